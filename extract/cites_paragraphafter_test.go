package extract

import (
	"slices"
	"testing"
)

// TestParagraphAfterResolution reads a paragraph named after the
// resolution it belongs to and a comma, "resolution 781 (1992), paragraph
// 3", as that resolution's paragraph, one citation for each paragraph
// named, and not as a paragraph of the citing text; "above", "below" or
// "of this resolution" say the text's own, "of which" leaves the
// resolution whole, and a footnote's mark after the paragraph's number
// ("paragraph 2 61") is no second paragraph.
func TestParagraphAfterResolution(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string // target#paragraph=text of each citation
	}{
		{"the mechanism referred to in resolution 781 (1992), paragraph 3 so as to provide", []string{"S/RES/781(1992)#op_3=resolution 781 (1992), paragraph 3"}},
		{"as required by resolution 687 (1991), paragraphs 8 and 9,", []string{"S/RES/687(1991)#op_8=resolution 687 (1991), paragraphs 8 and 9", "S/RES/687(1991)#op_9=resolution 687 (1991), paragraphs 8 and 9"}},
		{"resolutions 660 (1990) and 687 (1991), paragraph 4 (a)", []string{"S/RES/660(1990)#=resolutions 660 (1990)", "S/RES/687(1991)#op_4__a=687 (1991), paragraph 4 (a)"}},
		// The text's own paragraph, or the resolution whole.
		{"resolution 687 (1991), paragraph 4 above", []string{"S/RES/687(1991)#=resolution 687 (1991)", "#op_4=paragraph 4 above"}},
		{"resolution 687 (1991), paragraph 4 of which", []string{"S/RES/687(1991)#=resolution 687 (1991)"}},
		{"resolution 687 (1991) and paragraph 4", []string{"S/RES/687(1991)#=resolution 687 (1991)", "#op_4=paragraph 4"}},
		{"S/25704, paragraph 4", []string{"S/25704#=S/25704", "#op_4=paragraph 4"}},
		// A footnote's mark after the number.
		{"pursuant to paragraph 2 61 and his statement", []string{"#op_2=paragraph 2"}},
	} {
		got := citedIn(c.line, func(x *Citation) (string, bool) { return x.Target + "#" + x.TargetParagraph + "=" + x.Text, true })
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: cites %q, want %q", c.line, got, c.want)
		}
	}
}
