package extract

import (
	"math/rand"
	"testing"
)

// TestMarksASCII holds the scanner's word on whether a paragraph is ASCII,
// which spares the cue index its own pass (lowerMovesBytes), to isASCII
// over the paragraphs of the corpora and made strings with one byte outside
// ASCII at every offset of eight bytes (readMarks looks bytes up four
// at a time, nextMark).
func TestMarksASCII(t *testing.T) {
	texts := citeSamples(t)
	rng := rand.New(rand.NewSource(13))
	for n := 0; n < 40; n++ {
		for at := 0; at < n; at++ {
			b := make([]byte, n)
			for k := range b {
				b[k] = byte('a' + rng.Intn(26))
			}
			b[at] = 0x80 | byte(rng.Intn(0x80))
			texts = append(texts, string(b), string(b[:at]))
		}
	}
	for _, s := range texts {
		if got, want := readMarks(s, paragraphMarks{}, markAnchors).ascii, isASCII(s); got != want {
			t.Fatalf("readMarks(%q).ascii = %v, want %v", s, got, want)
		}
	}
}

// TestASCIIWordEndAsBytes holds asciiWordEnd to the byte-by-byte reading
// from every offset of the corpora's texts and of made strings of word
// bytes, their neighbours ("@", "[", "`", "{", ",", ".", "&", "(") and
// bytes outside ASCII that share their low seven bits.
func TestASCIIWordEndAsBytes(t *testing.T) {
	check := func(s string) {
		for j := 0; j <= len(s); j++ {
			want := j
			for want < len(s) && isASCIIWordByte(s[want]) {
				want++
			}
			if got := asciiWordEnd(s, j); got != want {
				t.Fatalf("asciiWordEnd(%q, %d) = %d, want %d", s, j, got, want)
			}
		}
	}
	eachCorpusText(t, check)
	pieces := []byte("aAzZ09_@[`{-',.&( \x00\x7f\x80\xc1\xda\xe1\xfa\xad\xa7\xa6\xa8\xff")
	eachStringOfBytes(pieces, 5, check)
}
