package extract

import (
	"regexp"
	"testing"
)

// periodAfter finds what withinRE and everyRE find, in the
// corpora's paragraphs and in texts made to trip it.
func TestPeriodAsPattern(t *testing.T) {
	samples := append(citeSamples(t), timingSamples...)
	samples = append(samples, "within 3 days", "within 1234 days", "within 123 days", "within 12a days", "within Three weeks", "within three weeksx",
		"within three weeks_", "within three weekss", "within three weeks2", "awithin 3 days", "_within 3 days", "within  3 days", "within 3  days",
		"within 3 dayswithin 4 days", "within x within 5 months", "every twelve months, every year", "within 3 day", "within é days", "within 3",
		"within ", "every 2 years.", "every 2 yearsé", "within 045 months;", "every year")
	for _, s := range samples {
		for _, c := range []struct {
			word string
			re   *regexp.Regexp
		}{{"within ", withinRE}, {"every ", everyRE}} {
			var want [2]string
			if m := c.re.FindStringSubmatch(s); m != nil {
				want = [2]string{m[1], m[2]}
			}
			if n, unit := periodAfter(s, c.word); [2]string{n, unit} != want {
				t.Fatalf("periodAfter(%q, %q) = %q, %q, want %q", s, c.word, n, unit, want)
			}
		}
	}
}

func FuzzPeriodAsPattern(f *testing.F) {
	for _, s := range []string{"within 180 days", "every three months", "within 1234 days every 2 years", "awithin 3 days_"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want [2]string
		if m := withinRE.FindStringSubmatch(s); m != nil {
			want = [2]string{m[1], m[2]}
		}
		if n, unit := periodAfter(s, "within "); [2]string{n, unit} != want {
			t.Fatalf("periodAfter(%q) = %q, %q, want %q", s, n, unit, want)
		}
	})
}
