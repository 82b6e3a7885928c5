package extract

import (
	"testing"
)

// wordBytesEndByBytes is wordBytesEnd's specification: the run of word
// bytes from s[j] on, read byte by byte, as the cue index read it.
func wordBytesEndByBytes(s string, j int) int {
	for j < len(s) && isWordByte(s[j]) {
		j++
	}
	return j
}

// TestWordBytesEndAsBytes holds wordBytesEnd to the byte-by-byte reading
// from every offset of the corpora's texts and of made strings of every
// byte, word bytes and their neighbours ("@", "[", "`", "{", "/", ":",
// "_" and bytes outside ASCII that share their low seven bits).
func TestWordBytesEndAsBytes(t *testing.T) {
	check := func(s string) {
		for j := 0; j <= len(s); j++ {
			if got, want := wordBytesEnd(s, j), wordBytesEndByBytes(s, j); got != want {
				t.Fatalf("wordBytesEnd(%q, %d) = %d, want %d", s, j, got, want)
			}
		}
	}
	eachCorpusText(t, check)
	pieces := []byte("aAzZ09_@[`{/:- \x00\x7f\x80\xc1\xda\xe1\xfa\xb0\xb9\xdf\xe0\xff")
	eachStringOfBytes(pieces, 4, check)
}

// FuzzWordBytesEnd holds wordBytesEnd to the byte-by-byte reading.
func FuzzWordBytesEnd(f *testing.F) {
	f.Add("pursuant to resolution_2374 (2017)", 0)
	f.Add("Acting under Chapter VII\xc1\xda", 3)
	f.Fuzz(func(t *testing.T, s string, j int) {
		if j < 0 || j > len(s) {
			return
		}
		if got, want := wordBytesEnd(s, j), wordBytesEndByBytes(s, j); got != want {
			t.Fatalf("wordBytesEnd(%q, %d) = %d, want %d", s, j, got, want)
		}
	})
}
