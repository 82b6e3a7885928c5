package extract

import (
	"math/rand/v2"
	"testing"
)

// lastSeparatorByBytes is lastSeparator as clauseStart once read it, byte
// by byte back from to.
func lastSeparatorByBytes(s string, from, to int) int {
	for k := to - 1; k >= from; k-- {
		if s[k] == ';' || s[k] == ':' {
			return k
		}
	}
	return -1
}

// TestLastSeparatorAsBytes holds lastSeparator to the byte-by-byte
// reading back from every offset of the corpora to a clause window before
// it, and over every span of made strings of the separators, the bytes
// that share all but one of their bits, and bytes outside ASCII.
func TestLastSeparatorAsBytes(t *testing.T) {
	check := func(s string, from, to int) {
		if got, want := lastSeparator(s, from, to), lastSeparatorByBytes(s, from, to); got != want {
			t.Fatalf("lastSeparator(%q, %d, %d) = %d, want %d", s, from, to, got, want)
		}
	}
	eachCorpusText(t, func(s string) {
		for to := 0; to <= len(s); to++ {
			check(s, max(0, to-clauseWindow), to)
		}
	})
	pieces := []byte(";:xa 89{z\x3a\x3b\x2a\x2b\x1a\x1b\x7a\x7b\xba\xbb\xbc\x00\xff")
	r := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		b := make([]byte, r.IntN(40))
		for k := range b {
			if r.IntN(4) == 0 {
				b[k] = byte(r.IntN(256))
			} else {
				b[k] = pieces[r.IntN(len(pieces))]
			}
		}
		s := string(b)
		for to := 0; to <= len(s); to++ {
			for from := 0; from <= to; from++ {
				check(s, from, to)
			}
		}
	}
}
