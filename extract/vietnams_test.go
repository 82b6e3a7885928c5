package extract

import (
	"slices"
	"testing"
)

// The two Viet-Nams of 1954–1976 are former states of their own, the
// Republic (the South, RVN) and the Democratic Republic (the North, VDR),
// and neither is today's Viet Nam (VNM), whose full name holds the
// South's; "Viet-Nam" alone names none.
func TestVietNamsMentionedByTheirNames(t *testing.T) {
	for _, tt := range []struct {
		line string
		want []string
	}{
		{"the Governments of the\nKingdom of Cambodia and the Republic of Viet-Nam", []string{"state/KHM", "state/RVN"}},
		{"units of the Army of the Republic of Viet Nam", []string{"state/RVN"}},
		{"the Government of the Democratic Republic of Viet-Nam", []string{"state/VDR"}},
		{"the Democratic Republic\nof Viet-Nam and the Republic of Viet-Nam", []string{"state/VDR", "state/RVN"}},
		{"the Socialist Republic of Viet Nam", []string{"state/VNM"}},
		{"Viet Nam and Cambodia", []string{"state/VNM", "state/KHM"}},
		{"the Cambodian-Viet-Namese frontier", nil},
		{"the Government of Viet-Nam", nil},
	} {
		got := mentionedOn(tt.line, "1964-06-04")
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: actors %q, want %q", tt.line, got, tt.want)
		}
	}
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
