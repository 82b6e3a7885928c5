package extract

import (
	"math/rand"
	"testing"
)

// TestMarksASCII holds the scanner's word on whether a paragraph is ASCII,
// which spares the cue index its own pass (lowerMovesBytes), to isASCII
// over the paragraphs of the corpora and made strings with one byte outside
// ASCII at every offset of the eight-byte reads.
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
