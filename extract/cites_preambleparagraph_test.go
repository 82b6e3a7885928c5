package extract

import (
	"slices"
	"testing"
)

// TestPreambleParagraphOfAnotherText: a preamble's "paragraph 5" that
// says neither "above", "below" nor "of the present resolution" is of the
// text the paragraph names, not an operative paragraph of the resolution
// it stands before; an operative paragraph's stays the resolution's own.
func TestPreambleParagraphOfAnotherText(t *testing.T) {
	for _, c := range []struct {
		paragraph string
		want      []string // the targets of the resolution's own paragraphs
	}{
		{"Stressing the importance of the Governors Island Agreement of 3 July 1993 (S/26063), including the provisions of paragraph 5, under which the parties call for assistance,", nil},
		{"Noting that paragraph 3 of the Agreement and paragraphs 4 and 5 provide for a cease-fire,", nil},
		// Said so, it is the resolution's own.
		{"Considering that the measures set out in paragraph 5 below are of a temporary nature,", []string{"S/RES/999(1993)#op_5"}},
		{"Noting that paragraph 5 of this resolution is of a temporary nature,", []string{"S/RES/999(1993)#op_5"}},
	} {
		src := "Resolution 999 (1993)\nof 23 September 1993\n\nThe Security Council,\n\n" + c.paragraph + "\n\n" +
			"1. Decides to establish a mission;\n\n2. Requests the Secretary-General to report;\n\n3. Decides to review it;\n\n4. Urges the parties to cooperate;\n\n" +
			"5. Decides that the measures in paragraph 1 shall end on 1 March 1994;\n\nAdopted unanimously at the 3282nd meeting.\n"
		d := oneDocument(t, "S_RES_0999_1993_EN_GOLD.txt", src)
		var got, ops []string
		for _, c := range d.Citations {
			if c.Form != FormInternal {
				continue
			}
			if c.Paragraph.Kind == Preambular {
				got = append(got, c.Target+"#"+c.TargetParagraph)
			} else {
				ops = append(ops, c.Target+"#"+c.TargetParagraph)
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q cites %v, want %v", c.paragraph, got, c.want)
		}
		if !slices.Equal(ops, []string{"S/RES/999(1993)#op_1"}) {
			t.Errorf("%q: the operative paragraph 5 cites %v, want its own op_1", c.paragraph, ops)
		}
	}
}
