package extract

import (
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
