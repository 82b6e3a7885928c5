package extract

import (
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
	eachStringOfBytes(pieces, 6, func(s string) {
		for to := 0; to <= len(s); to++ {
			for from := 0; from <= to; from++ {
				check(s, from, to)
			}
		}
	})
}
