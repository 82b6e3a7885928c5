package extract

import (
	"slices"
	"testing"
)

// operativeRequests reads one operative paragraph, put in a resolution of
// 1990, and gives its requests.
func operativeRequests(t *testing.T, paragraph string) []*Request {
	t.Helper()
	return operativeDocument(t, paragraph).Requests
}

// operativeSource is the text of a resolution of 1990 whose one
// operative paragraph is paragraph.
func operativeSource(paragraph string) string {
	return "Resolution 999 (1990)\nof 2 August 1990\n\nThe Security Council,\n\nRecalling its earlier resolutions,\n\n1. " + paragraph +
		"\n\nAdopted unanimously at the 2932nd meeting.\n"
}

// operativeDocument reads one operative paragraph, put in a resolution
// of 1990.
func operativeDocument(t *testing.T, paragraph string) *Document {
	t.Helper()
	s, _, err := defaultExtractor.File("S_RES_0999_1990_EN_GOLD.txt", operativeSource(paragraph))
	if err != nil || len(s.Documents) != 1 {
		t.Fatalf("%q: %v, %d documents", paragraph, err, len(s.Documents))
	}
	return s.Documents[0]
}

// TestAskedThatSubject holds the form "Demands that Iraq withdraw …": a
// demand, request, urging or insistence put as a "that" clause is
// addressed to the clause's subject, the run of capitalised words (and the
// small words joining them) after "that", with an adverb before "that" or
// none; other verbs, and "Decides", keep their own reading.
func TestAskedThatSubject(t *testing.T) {
	checkFirstAddressees(t, []firstAddressees{
		{"Demands that Iraq withdraw immediately and unconditionally all its forces;", []string{"state/IRQ"}},
		{"Demands that the Government of South Africa release and repatriate forthwith the persons concerned;", []string{"state/ZAF"}},
		{"Demands that Iraq and Kuwait immediately begin intensive negotiations;", []string{"state/IRQ", "state/KWT"}},
		{"Requests that the Secretary-General make appropriate arrangements;", []string{"secretary-general"}},
		{"Requests that the Secretary-General, under his authority, take the steps needed;", []string{"secretary-general"}},
		{"Demands also that South Africa cease its acts of aggression;", []string{"state/ZAF"}},
		{"Further demands that Israel refrain from such acts;", []string{"state/ISR"}},
		{"Insists that Iraq adhere scrupulously to all of its obligations;", []string{"state/IRQ"}},
		// The subject ends at its first other word: what follows is not
		// asked anything.
		{"Demands that all parties respect the rights of Iraq and Kuwait;", []string{"the-parties"}},
		{"Demands that it do so, in co-operation with the Secretary-General;", nil},
		// Not a verb that asks: a "that" clause says a thing, to no one.
		{"Stresses that Iraq remains bound by its obligations;", nil},
	})
}

// firstAddressees is an operative paragraph and its first request's
// addressees.
type firstAddressees struct {
	paragraph string
	want      []string
}

// checkFirstAddressees reads each paragraph (operativeRequests) and
// checks its first request's addressees.
func checkFirstAddressees(t *testing.T, cases []firstAddressees) {
	t.Helper()
	for _, c := range cases {
		rs := operativeRequests(t, c.paragraph)
		if len(rs) == 0 {
			t.Errorf("%q: no request", c.paragraph)
			continue
		}
		if !slices.Equal(rs[0].Addressee, c.want) {
			t.Errorf("%q: addressed to %q, want %q", c.paragraph, rs[0].Addressee, c.want)
		}
	}
}

// TestAskedThatSubjectDev holds the development set's "that" clauses
// addressed to their subjects.
func TestAskedThatSubjectDev(t *testing.T) {
	checkDevClauses(t, []devClause{
		{"S_RES_0660_1990_EN_GOLD.txt", "op_2", 1, "", []string{"state/IRQ"}},              // Demands that Iraq withdraw
		{"S_RES_0687_1991_EN_GOLD.txt", "op_2", 1, "", []string{"state/IRQ", "state/KWT"}}, // Demands that Iraq and Kuwait respect
		{"S_RES_0246_1968_EN_GOLD.txt", "op_2", 1, "", []string{"state/ZAF"}},              // that the Government of South Africa
		{"S_RES_0294_1971_EN_GOLD.txt", "op_1", 1, "", []string{"state/PRT"}},              // that the Government of Portugal should stop
		{"S_RES_0366_1974_EN_GOLD.txt", "op_5", 1, "", []string{"state/ZAF"}},              // Further demands that South Africa, pending …
		{"S_RES_0387_1976_EN_GOLD.txt", "op_3", 1, "", []string{"state/ZAF"}},              // Demands also that South Africa
		{"S_RES_0054_1948_EN_GOLD.txt", "op_11", 1, "", []string{"secretary-general"}},     // Requests that the Secretary-General make
		{"S_RES_0804_1993_EN_GOLD.txt", "op_11", 1, "", []string{"unita"}},                 // Demands that UNITA immediately
		{"S_RES_0792_1992_EN_GOLD.txt", "op_8", 1, "", []string{"pdk"}},                    // Demands that the PDK
		{"S_RES_0180_1963_EN_GOLD.txt", "op_6", 1, "", []string{"all-states"}},             // Requests that all States should refrain
	})
}

// A decision's "that" clause names its addressees as the other verbs'
// do: up to a "concerning", after which a name says what the body deals
// with ("the Security Council Committee established by resolution 661
// (1990) concerning the situation between Iraq and Kuwait shall …" is the
// Committee's alone). A subject with no "concerning" keeps its states.
func TestDecidedThatSubjectEndsAtConcerning(t *testing.T) {
	checkFirstAddressees(t, []firstAddressees{
		{"Decides that the Security Council Committee established by resolution 661 (1990) concerning the situation between Iraq and Kuwait shall keep the situation under review;", []string{"committee-661"}},
		{"Decides that the Committee established by resolution 421 (1977) concerning the question of South Africa shall report;", []string{"committee-421"}},
		{"Decides that Iraq and Kuwait shall respect the inviolability of the boundary;", []string{"state/IRQ", "state/KWT"}},
	})
	checkDevClauses(t, []devClause{
		{"S_RES_0666_1990_EN_GOLD.txt", "op_1", 1, "decides", []string{"committee-661"}},
	})
}
