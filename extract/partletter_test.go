package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// partLetterRE is a part of a General Assembly resolution after its
// number ("268 B (III)"), as scanNumber read it from the five bytes after
// the number: partLetterLen's specification.
var partLetterRE = anchored(`^ ([A-H]) ?\(`)

// partLetterByPattern is partLetterLen as the pattern gives it.
func partLetterByPattern(s string) int {
	m := partLetterRE.FindStringSubmatch(s[:min(len(s), 5)])
	if m == nil {
		return 0
	}
	return len(m[0])
}

// TestPartLetterAsPattern holds partLetterLen to partLetterRE after
// every figure of the corpora, on every string of four pieces or fewer
// made of the pattern's pieces and their neighbours.
func TestPartLetterAsPattern(t *testing.T) {
	check := func(s string) {
		if got, want := partLetterLen(s), partLetterByPattern(s); got != want {
			t.Fatalf("partLetterLen(%q) = %d, want %d", s, got, want)
		}
	}
	found := 0
	eachCorpusText(t, func(text string) {
		for i := 0; i < len(text); i++ {
			if isDigit(text[i]) {
				check(text[i+1:])
				if partLetterLen(text[i+1:]) > 0 {
					found++
				}
			}
		}
	})
	if found == 0 {
		t.Error("no part letter found in the corpora")
	}
	pieces := []byte(" (A@HIa\tB)\xc3")
	var walk func(prefix string)
	walk = func(prefix string) {
		check(prefix)
		check(prefix + "(III)")
		if len(prefix) >= 4 {
			return
		}
		for _, c := range pieces {
			walk(prefix + string(c))
		}
	}
	walk("")
	r := rand.New(rand.NewPCG(7, 8))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(7) {
			b.WriteByte(byte(r.IntN(256)))
		}
		check(b.String())
	}
}
