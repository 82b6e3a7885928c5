package extract

import (
	"slices"
	"strings"
	"testing"
)

// condemnHeadRE is the condemnation's head as findCondemnation once
// looked for it anywhere in a paragraph: condemnHeadFrom's specification.
var condemnHeadRE = lazyRegexp(`(?i)\b` + condemnHead)

// condemnHeadsAgree checks that condemnHeadFrom, from one match's end to
// the next, finds in s what condemnHeadRE.FindAllStringIndex does.
func condemnHeadsAgree(t *testing.T, s string) {
	t.Helper()
	var got [][]int
	for at := 0; ; {
		start, end := condemnHeadFrom(s, at)
		if start < 0 {
			break
		}
		got, at = append(got, []int{start, end}), end
	}
	if want := condemnHeadRE.FindAllStringIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
		t.Fatalf("condemnHeadFrom on %q: %v, want %v", s, got, want)
	}
}

// condemnPieces make texts with condemnations in every case, words that
// run on into them or from them, and the runes the pattern's (?i) folds.
var condemnPieces = []string{"condemn", "CONDEMNS", "Condemned", "condemnation", "xcondemns", "_condemn", "écondemns",
	"condemn_", " ", "  ", "the ", "all ", "THE ", "continued ", "repeated ", "attack ", "attacks ", "ATTACKS ", "attackſ ",
	"against ", "on ", "AGAINST ", "MINUSMA", ";", ",", "K", "\u212a", "ſ", "ondemn", "c", "\xff", "9"}

func TestCondemnHeadsAsPattern(t *testing.T) {
	checked := 0
	eachCorpusText(t, func(text string) {
		condemnHeadsAgree(t, text)
		for _, line := range strings.Split(text, "\n") {
			if containsASCIIFold(line, "ondemn") {
				condemnHeadsAgree(t, line)
				checked++
			}
		}
	})
	if checked < 20 {
		t.Errorf("only %d lines with a condemnation checked", checked)
	}
	eachStringOfPieces(condemnPieces, 2, 24, 13, func(s string) { condemnHeadsAgree(t, s) })
}

func FuzzCondemnHeadsAsPattern(f *testing.F) {
	f.Add("Strongly condemns the attacks against MINUSMA; condemns attacks on UNIFIL")
	f.Add("CONDEMNS ALL CONTINUED ATTACKS ON the Mission")
	f.Fuzz(func(t *testing.T, s string) { condemnHeadsAgree(t, s) })
}
