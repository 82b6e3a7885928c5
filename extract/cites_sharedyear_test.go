package extract

import (
	"fmt"
	"slices"
	"testing"
)

// resolutionsCitedIn is the target@confidence of each resolution a line cites,
// "=" for a number whose year the line does not print.
func resolutionsCitedIn(line string) []string {
	return citedIn(line, func(x *Citation) (string, bool) {
		target := x.Target
		if target == "" {
			target = "="
		}
		if x.TargetParagraph != "" {
			target += "#" + x.TargetParagraph
		}
		return fmt.Sprintf("%s@%g", target, x.Confidence), x.Form == FormResolution
	})
}

// TestListSharesYear reads a list of resolutions that prints the year once,
// after its last number ("resolutions 82 and 83 (1950)", "660, 661 and 662
// (1990)"), wrapped or not: each number before it is of that year where the
// Council's resolutions of the year can bear it, with confidence 0.9. A
// number the year cannot hold, one that a date or other words part from
// the dated item, and one not below it keep no year (the build's other
// files may tell it; "=" below), and a General Assembly session is no year.
func TestListSharesYear(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string // target@confidence of each resolution cited
	}{
		{"Recalling its resolutions 82 and 83 (1950) of 25 and 27 June 1950,", []string{"S/RES/82(1950)@0.9", "S/RES/83(1950)@1"}},
		{"Recalling its resolutions 82\nand 83 (1950),", []string{"S/RES/82(1950)@0.9", "S/RES/83(1950)@1"}},
		{"resolutions 660, 661 and 662 (1990)", []string{"S/RES/660(1990)@0.9", "S/RES/661(1990)@0.9", "S/RES/662(1990)@1"}},
		{"resolutions 660,\n661 and\n662 (1990)", []string{"S/RES/660(1990)@0.9", "S/RES/661(1990)@0.9", "S/RES/662(1990)@1"}},
		{"resolutions 242 (1967), 338 and 339 (1973)", []string{"S/RES/242(1967)@1", "S/RES/338(1973)@0.9", "S/RES/339(1973)@1"}},
		{"paragraph 4 of resolutions 660 and 661 (1990)", []string{"S/RES/660(1990)#op_4@0.9", "S/RES/661(1990)@1"}},
		// A number its year cannot hold is no item of that year.
		{"resolutions 1373 and 2231 (2015)", []string{"=@1", "S/RES/2231(2015)@1"}},
		{"resolutions 84 and 850 (1993)", []string{"=@1", "S/RES/850(1993)@1"}},
		// A date between: the number is dated apart.
		{"resolutions 82 of 25 June and 83 (1950)", []string{"=@1", "S/RES/83(1950)@1"}},
		// A number not below the dated one is no earlier item of its list.
		{"resolutions 662 and 661 (1990)", []string{"=@1", "S/RES/661(1990)@1"}},
		// The year printed beside each: as before.
		{"resolutions 660 (1990) and 661 (1990)", []string{"S/RES/660(1990)@1", "S/RES/661(1990)@1"}},
	} {
		if got := resolutionsCitedIn(c.line); !slices.Equal(got, c.want) {
			t.Errorf("%q: cites %q, want %q", c.line, got, c.want)
		}
	}
}
