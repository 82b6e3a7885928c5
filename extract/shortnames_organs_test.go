package extract

import (
	"slices"
	"testing"
)

// The organisations, courts and parties a text has named by their full
// names it goes on to call by the head noun alone: "the Agency" for the
// International Atomic Energy Agency, "the Court" for the International
// Court of Justice, "the National Union" for UNITA, "the International
// Tribunal" for the tribunal for the former Yugoslavia, "the Observer
// Mission" for the United Nations Observer Mission Uganda-Rwanda. Lines as
// the texts of 1953-1993 print them; "Agency safeguards" with no "the" is
// no name.
func TestShortNamesOfOrganisations(t *testing.T) {
	for _, tt := range []struct {
		line string
		want []string
	}{
		{"the report of the Director-General of the International Atomic Energy Agency, and encourage the Agency to continue its consultations", []string{"iaea", "iaea"}},
		{"the International Atomic Energy Agency. Having also considered with regret the Agency's Board of Governors' findings", []string{"iaea", "iaea", "iaea-board-of-governors"}},
		{"the International Atomic Energy Agency and the integral role of Agency safeguards", []string{"iaea"}},
		{"the Statute of the International Court of Justice. Noting that a vacancy in the Court for the remainder of Judge Golunsky's term", []string{"icj", "icj"}},
		{"the National Union for the Total Independence of Angola (UNITA). Condemns the National Union for continuing military actions", []string{"unita", "unita", "unita"}},
		{"the International Tribunal for the Former Yugoslavia, and requests the International Tribunal to report", []string{"icty", "icty"}},
		// A mission's name that goes on past its head in its countries
		// or its number.
		{"Decides to establish the United Nations Observer Mission Uganda-Rwanda. Before the full deployment of the Observer Mission, a status-of-mission agreement", []string{"unomur", "unomur"}},
		{"the United Nations Angola Verification Mission II, and the strength of the Verification Mission", []string{"unavem-ii", "unavem-ii"}},
		// "MINUSMA Force Commander" is no Force.
		{"the MINUSMA Force Commander and the Force", []string{"force-commander"}},
		// A court of another name is no short name of the one named.
		{"the International Court of Justice and the Supreme Court of the Territory", []string{"icj"}},
		// A State whose name opens with "Union" is called no "the Union".
		{"the National Union for the Total Independence of Angola (UNITA) and the Union of Soviet Socialist Republics. Condemns the Union for continuing military actions", []string{"unita", "unita", "state/SUN", "unita"}},
		{"the representative of the Union of South Africa, and the Union", []string{"state/ZAF"}},
		// A mission in small letters between the operation and "the
		// Mission" may be the one meant: none is read.
		{"Recalling the establishment of the United Nations Observer Mission in El Salvador, and noting the visit of the Security Council mission to the region and the findings of the Mission", []string{"onusal", "security-council"}},
		{"Recalling the United Nations Observer Mission in Georgia and the report of the Security Council mission,\n\nTakes note of the findings of the Mission", []string{"unomig", "security-council"}},
		{"Recalling the United Nations Observer Mission in El Salvador, and commending the work of the Mission", []string{"onusal", "onusal"}},
		{"Before the full deployment of the United Nations Observer Mission Uganda-Rwanda, a status-of-mission agreement with the Mission", []string{"unomur", "unomur"}},
	} {
		if got := mentionedIn(tt.line); !slices.Equal(got, tt.want) {
			t.Errorf("%q: actors %q, want %q", tt.line, got, tt.want)
		}
	}
}

// An organisation's organ named with it or after it: the IAEA's Board of
// Governors, "the Agency's Board of Governors" (the Agency and its
// Board), "the IAEA Board of Governors".
func TestOrgansOfOrganisations(t *testing.T) {
	for _, tt := range []struct {
		line string
		want []string
	}{
		{"the International Atomic Energy Agency. Having also considered with regret the Agency's Board of Governors' findings contained in its resolution GOV/2645",
			[]string{"iaea", "iaea", "iaea-board-of-governors"}},
		{"to resolve the issues which are the subject of the Board of Governors’\nfindings and to report", []string{"iaea-board-of-governors"}},
		{"the report of the IAEA Board of Governors", []string{"iaea-board-of-governors"}},
	} {
		if got := mentionedIn(tt.line); !slices.Equal(got, tt.want) {
			t.Errorf("%q: actors %q, want %q", tt.line, got, tt.want)
		}
	}
}
