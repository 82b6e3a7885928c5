package extract

import (
	"strings"
	"testing"
)

// TestPartWithItsOwnPreamble reads a part of a resolution that opens, under
// its heading ("B"), with a preamble of its own: its paragraphs are
// preambular, in the part, not lines of the operative paragraph before
// the heading.
func TestPartWithItsOwnPreamble(t *testing.T) {
	src := strings.Join([]string{
		"Resolution 9999 (1993)",
		"of 15 September 1993",
		"",
		"The Security Council,",
		"",
		"Recalling its resolutions 696 (1991) of 30 May 1991 and 747 (1992)",
		"of 24 March 1992 on the question of the peace process,",
		"",
		"A",
		"",
		"1. Welcomes the further report of the Secretary-General of 13 and",
		"14 September 1993 and decides to extend the mandate;",
		"",
		"2. Demands that the parties release all foreign citizens held against",
		"their will and abstain from any action against foreign property,",
		"",
		"B",
		"",
		"Strongly condemning the attacks carried out against the personnel of",
		"the Mission working to provide humanitarian assistance,",
		"",
		"Acting under Chapter VII of the Charter of the United Nations,",
		"",
		"3. Decides that all States shall prevent the sale or supply of arms",
		"and related materiel of all types to the parties to the conflict;",
		"",
		"II",
		"",
		"Determined to ensure respect for its resolutions and the full",
		"implementation of the Peace Accords by all the parties concerned,",
		"",
		"4. Decides to remain seized of the matter and to consider further",
		"measures should the parties fail to implement the present resolution.",
		"",
		"Adopted unanimously at the 3277th meeting.",
	}, "\n")
	d := checkParagraphs(t, "part", src, []paragraphWant{
		{"pp_1", "Recalling its resolutions", ""},
		{"op_1", "Welcomes the further report", "A"},
		{"op_2", "Demands that the parties release all foreign citizens", "A"},
		{"pp_2", "Strongly condemning the attacks", "B"},
		{"pp_3", "Acting under Chapter VII", "B"},
		{"op_3", "Decides that all States", "B"},
		{"pp_4", "Determined to ensure respect", "II"},
		{"op_4", "Decides to remain seized", "II"},
	})
	if got := d.Paragraphs[2].Text; strings.Contains(got, "condemning") {
		t.Errorf("op_2 holds the preamble of part B: %q", got)
	}

	// 864 (1993): part B opens with five preambular paragraphs.
	dev := devResults(t)["S_RES_0864_1993_EN_GOLD.txt"].Source.Documents[0]
	leads := map[string]string{"pp_10": "Strongly condemning", "pp_11": "Determined", "pp_12": "Urging", "pp_13": "Determining", "pp_14": "Acting"}
	for _, p := range dev.Paragraphs {
		if p.ID == "op_16" && strings.Contains(p.Text, "Strongly condemning") {
			t.Errorf("864 (1993) op_16 holds the preamble of part B: %.300q", p.Text)
		}
		if lead, ok := leads[p.ID]; ok {
			if p.Kind != Preambular || p.Lead != lead || p.Section == nil || p.Section.Title != "B" {
				t.Errorf("864 (1993) %s: %s, lead %q, section %v; want preambular, %q, in B", p.ID, p.Kind, p.Lead, p.Section, lead)
			}
			delete(leads, p.ID)
		}
		if p.ID == "op_17" && (p.Section == nil || p.Section.Title != "B") {
			t.Errorf("864 (1993) op_17 is in section %v, want B", p.Section)
		}
	}
	for id := range leads {
		t.Errorf("864 (1993): no %s", id)
	}
	if got := len(paragraphIDs(dev, Preambular)); got != 14 {
		t.Errorf("864 (1993): %d preambular paragraphs, want 14", got)
	}
}
