package extract

import (
	"fmt"
	"slices"
	"testing"
)

// TestResolutionRange reads a range of Council resolutions, "resolutions
// 660 (1990) to 678 (1990)", as its ends and each resolution between them,
// of their year or of the one year between theirs that can hold it, with
// confidence 0.9; a range its ends' numbers and years do not make (a
// decreasing one, one longer than thirty, a number its year cannot hold,
// General Assembly sessions) is its ends alone.
func TestResolutionRange(t *testing.T) {
	span := func(from, to int) []string {
		var s []string
		for n := from; n <= to; n++ {
			s = append(s, fmt.Sprintf("S/RES/%d(1990)", n))
		}
		return s
	}
	for _, c := range []struct {
		line string
		want []string
	}{
		{"Recalling its resolutions 660 (1990) to 678 (1990),", span(660, 678)},
		{"Recalling its resolutions 660 (1990) to 662 (1990) and 686 (1991),", []string{"S/RES/660(1990)", "S/RES/661(1990)", "S/RES/662(1990)", "S/RES/686(1991)"}},
		{"Reaffirming resolutions 676 (1990) to 680 (1991)", []string{"S/RES/676(1990)", "S/RES/677(1990)", "S/RES/678(1990)", "S/RES/680(1991)"}},
		// Its ends alone.
		{"resolutions 678 (1990) to 660 (1990)", []string{"S/RES/678(1990)", "S/RES/660(1990)"}},
		{"resolutions 600 (1987) to 700 (1991)", []string{"S/RES/600(1987)", "S/RES/700(1991)"}},
		{"resolutions 60 (1990) to 62 (1990)", []string{"S/RES/60(1990)", "S/RES/62(1990)"}},
		{"General Assembly resolutions 1514 (XV) to 1516 (XV)", []string{"A/RES/1514(XV)", "A/RES/1516(XV)"}},
	} {
		got := citedIn(c.line, func(x *Citation) (string, bool) { return x.Target, x.Form == FormResolution })
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: cites %q, want %q", c.line, got, c.want)
		}
	}
	for _, x := range findCitations("resolutions 660 (1990) to 663 (1990)") {
		want := 1.0
		if x.Target == "S/RES/661(1990)" || x.Target == "S/RES/662(1990)" {
			want = 0.9
		}
		if x.Confidence != want {
			t.Errorf("%s: confidence %v, want %v", x.Target, x.Confidence, want)
		}
	}
}
