package extract

import (
	"slices"
	"strings"
	"testing"
)

// "Council" alone is the Security Council, but not where it is a word of
// another council's name: after a capitalised word of the same sentence,
// or before "of" and a name. Lines as the texts print them (1947-1994 and
// the seeds).
func TestCouncilOfAnotherName(t *testing.T) {
	for _, tt := range []struct {
		line string
		sc   bool // the Security Council is mentioned
	}{
		{"Taking note of the initiative taken by the European Council on the rapid", false},
		{"“Reaffirming Council resolutions 660 (1990)", true}, // a quote opens the sentence
		{"‘Reaffirming Council resolutions 660 (1990)", true},
		{"the date of the installation of the Transitional Executive Council,", false},
		{"the Chairman of the Defence Council and Council of Ministers of the Autonomous Republic of Abkhazia", false},
		{"the resolution adopted by the Council of Ministers of the Organization of African Unity", false},
		{"Whereas on 17 December 1920 the Council of\nthe League of Nations", false},
		{"including the Committee of Inquiry as well as the Truth, Justice and Reconciliation Council, and", false},
		{"the Chairman-in-Office of the Council of Ministers of the Conference on", false},
		{"Requests the Secretary-General to report to the Council on the implementation", true},
		{"following the resolution of the Council of 1 August 1947, such", true},
		{"the approval of the members of the Council of the application of the", true},
		{"is inconsistent with Council resolution 27 (1947);", true},
		{"Reaffirming Council resolutions 660 (1990) and 661 (1990),", true},
		{"will report to the Security 'Council within forty-five days.", true},
		{"the statement made by the President of the Council on 11 November 1976,", true},
		{"Decides that the Council shall remain seized", true},
	} {
		got := mentionedIn(tt.line)
		if sc := slices.Contains(got, "security-council"); sc != tt.sc {
			t.Errorf("%q: actors %q; the Security Council mentioned: %v, want %v", tt.line, got, sc, tt.sc)
		}
	}
}

// The development set's councils of other names: the European Council
// (798 (1992)), the Transitional Executive Council (894 (1994)), the
// Council of Ministers of the OAU (411 (1977)), of the CSCE (855 (1993))
// and of Abkhazia with its Defence Council (876 (1993)), the Council of
// the League of Nations (21 (1947)).
func TestCouncilOfAnotherNameDev(t *testing.T) {
	results := devResults(t)
	for file, names := range map[string][]string{
		"S_RES_0798_1992_EN_GOLD.txt": {"European Council"},
		"S_RES_0894_1994_EN_GOLD.txt": {"Executive Council"},
		"S_RES_0411_1977_EN_GOLD.txt": {"Council of Ministers"},
		"S_RES_0855_1993_EN_GOLD.txt": {"Council of Ministers"},
		"S_RES_0876_1993_EN_GOLD.txt": {"Defence Council", "Council of Ministers"},
		"S_RES_0021_1947_EN_GOLD.txt": {"Council of the League"},
	} {
		r := results[file]
		if r.Source == nil || len(r.Source.Documents) != 1 {
			t.Errorf("%s: not read as one document", file)
			continue
		}
		for _, m := range r.Source.Documents[0].Mentions {
			if m.Actor != "security-council" || m.Text() != "Council" {
				continue
			}
			start, end := m.bounds()
			around := strings.Join(strings.Fields(m.Paragraph.Text[max(0, start-16):min(len(m.Paragraph.Text), end+16)]), " ")
			for _, name := range names {
				if strings.Contains(around, name) {
					t.Errorf("%s: the Council of %q read as the Security Council", file, around)
				}
			}
		}
	}
}

// "Secretary-General" followed by another organisation the text names is
// that organisation's Secretary-General, not the United Nations'.
func TestSecretaryGeneralOfAnotherOrganisation(t *testing.T) {
	for _, tt := range []struct {
		line string
		want []string
	}{
		{"Having received the report from the Secretary-General\nof the Organization of American States transmitting", []string{"oas"}},
		{"unless the Secretary-General, having regard for the views of the Secretary-General of the Organization of American States,", []string{"secretary-general", "oas"}},
		{"the Secretary-General of the Organization of African Unity", []string{"oau"}},
		{"Requests the Secretary-General of the United Nations to report", []string{"secretary-general"}},
		{"the Secretary-General of the Organization", []string{"secretary-general"}},
		{"the report of the Secretary-General of 3 May 1993", []string{"secretary-general"}},
		{"the Secretary-General and the Organization of African Unity", []string{"secretary-general", "oau"}},
	} {
		got := mentionedIn(tt.line)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: actors %q, want %q", tt.line, got, tt.want)
		}
	}
	// 156 (1960) names the OAS's Secretary-General alone.
	r := devResults(t)["S_RES_0156_1960_EN_GOLD.txt"]
	if r.Source == nil || len(r.Source.Documents) != 1 {
		t.Fatal("156 (1960) not read as one document")
	}
	for _, m := range r.Source.Documents[0].Mentions {
		if m.Actor == "secretary-general" {
			t.Errorf("156 (1960): %q read as the Secretary-General of the United Nations", m.Text())
		}
	}
}
