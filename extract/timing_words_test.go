package extract

import (
	"regexp"
	"strings"
	"testing"
)

// timingWordsReference is what timingWordsIn finds, each word searched for
// in the whole of s.
func timingWordsReference(s string) (words uint8) {
	for _, w := range []struct {
		word string
		bit  uint8
	}{{"within ", saysWithin}, {"every ", saysEvery}, {"quarterly", saysQuarterly}, {"annual", saysYearly}, {"year", saysYearly}} {
		if strings.Contains(s, w.word) {
			words |= w.bit
		}
	}
	if strings.ContainsAny(s, "0123456789") {
		words |= saysFigure
	}
	return words
}

// TestTimingWordsAsReference puts each word at every offset of the words
// of eight bytes timingWordsIn reads, so that its pairs of letters fall
// astride two of them, and runs it over the corpora's paragraphs.
func TestTimingWordsAsReference(t *testing.T) {
	samples := append(citeSamples(t), timingSamples...)
	for _, w := range []string{"within ", "every ", "quarterly", "annual", "year", "7", "withi", "evervy", "annua", "yea", "nn", "wiwithin ", "eevery ", "aannual"} {
		for pad := 0; pad < 17; pad++ {
			for tail := 0; tail < 9; tail++ {
				samples = append(samples, strings.Repeat("x", pad)+w+strings.Repeat("z", tail))
			}
		}
	}
	for _, s := range samples {
		if got, want := timingWordsIn(s), timingWordsReference(s); got != want {
			t.Fatalf("timingWordsIn(%q) = %05b, want %05b", s, got, want)
		}
	}
}

func FuzzTimingWordsAsReference(f *testing.F) {
	for _, s := range timingSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := timingWordsIn(s), timingWordsReference(s); got != want {
			t.Fatalf("timingWordsIn(%q) = %05b, want %05b", s, got, want)
		}
	})
}

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
