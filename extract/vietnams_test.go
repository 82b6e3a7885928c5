package extract

import "testing"

// The two Viet-Nams of 1954–1976 are former states of their own, the
// Republic (the South, RVN) and the Democratic Republic (the North, VDR),
// and neither is today's Viet Nam (VNM), whose full name holds the
// South's; "Viet-Nam" alone names none.
func TestVietNamsMentionedByTheirNames(t *testing.T) {
	checkMentionedOn(t, []datedLine{
		{"1964-06-04", "the Governments of the\nKingdom of Cambodia and the Republic of Viet-Nam", []string{"state/KHM", "state/RVN"}, nil},
		{"1964-06-04", "units of the Army of the Republic of Viet Nam", []string{"state/RVN"}, nil},
		{"1964-06-04", "the Government of the Democratic Republic of Viet-Nam", []string{"state/VDR"}, nil},
		{"1964-06-04", "the Democratic Republic\nof Viet-Nam and the Republic of Viet-Nam", []string{"state/VDR", "state/RVN"}, nil},
		{"1964-06-04", "the Socialist Republic of Viet Nam", []string{"state/VNM"}, nil},
		{"1964-06-04", "Viet Nam and Cambodia", []string{"state/VNM", "state/KHM"}, nil},
		{"1964-06-04", "the Cambodian-Viet-Namese frontier", nil, nil},
		{"1964-06-04", "the Government of Viet-Nam", nil, nil},
	})
}

// TestVietNamInDevelopmentParagraphs holds the development set's text that
// names the Republic of Viet-Nam, which named no state.
func TestVietNamInDevelopmentParagraphs(t *testing.T) {
	results := devResults(t)
	const file = "S_RES_0189_1964_EN_GOLD.txt"
	r := results[file]
	if r.Source == nil || len(r.Source.Documents) != 1 {
		t.Fatalf("%s: not read", file)
	}
	found := map[string]bool{}
	for _, m := range r.Source.Documents[0].Mentions {
		found[m.Actor] = true
	}
	if !found["state/RVN"] || !found["state/KHM"] || found["state/VNM"] || found["state/VDR"] {
		t.Errorf("%s: actors %v, want the Republic of Viet-Nam and Cambodia", file, found)
	}
}
