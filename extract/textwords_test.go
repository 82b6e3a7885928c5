package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// appendTextWords reads a text's words from chunks of eight bytes; the
// reference is the reading word by word that the matcher did before
// (issue 13): refTextWords's bounds, each word hashed as foldedHash
// hashes it.

// textWordsAgree checks appendTextWords against the reference on s.
func textWordsAgree(t *testing.T, s string) {
	t.Helper()
	got := appendTextWords(nil, s)
	want := refTextWords(s)
	for i := 0; i < max(len(got), len(want)); i++ {
		if i >= len(got) || i >= len(want) {
			t.Fatalf("%.120q: %d words, want %d", s, len(got), len(want))
		}
		w := newTextWord(want[i].start, want[i].end, foldedHash(s[want[i].start:want[i].end]))
		if got[i] != w {
			t.Fatalf("%.120q: word %d is %+v %q, want %+v %q", s, i, got[i], s[got[i].start:got[i].end], w, s[w.start:w.end])
		}
	}
}

// wordPieces are what generated texts are made of: words of every
// length around a chunk's, the bytes that end a word or may not, and
// characters outside ASCII that are letters, digits, Han or none.
var wordPieces = []string{
	"a", "Mali", "the", "United", "Nations", "Peacekeeping", "abcdefg", "abcdefgh", "ABCDEFGHI", "x0123456789abcdefXYZ",
	" ", " ", " ", "  ", ", ", ".", "-", "'", "'s", "’", "(", ")", "\n", "\t", "--", "é", "Côte", "联合国", "٣", "\u00a0",
	"\u212a", "İ", "\xff", "\xc3", "Σ", "d'", "l'", "MINUSMA's", "9", "0-",
}

// generatedText is a text of n pieces drawn by r.
func generatedText(r *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(wordPieces[r.IntN(len(wordPieces))])
	}
	return b.String()
}

// eachWordsText hands check the texts the word readers' reference tests
// try: the names' cases and labels, 20,000 texts drawn from wordPieces
// with the generator seeded by seed, each also without its first one to
// eight bytes, so that the words end at every place of a chunk, and the
// corpora's texts.
func eachWordsText(t *testing.T, seed uint64, check func(string)) {
	for _, s := range append(namesCases, localLabels...) {
		check(s)
	}
	r := rand.New(rand.NewPCG(13, seed))
	for range 20000 {
		s := generatedText(r, r.IntN(24))
		for k := 0; k < len(s) && k < 9; k++ {
			check(s[k:])
		}
	}
	eachCorpusText(t, check)
}

func TestTextWordsAsReference(t *testing.T) {
	eachWordsText(t, 1, func(s string) { textWordsAgree(t, s) })
}

func FuzzTextWordsAsReference(f *testing.F) {
	for _, s := range namesCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		textWordsAgree(t, s)
	})
}

// BenchmarkTextWordsReference is the reference's reading of the words
// that BenchmarkTextWords reads (bounds by nextWord, each word hashed by
// foldedHash), for comparison.
func BenchmarkTextWordsReference(b *testing.B) {
	paras, n := benchParagraphs(b)
	var words []textWord
	benchBytes(b, n, func() {
		for _, p := range paras {
			words = words[:0]
			s := p.Text
			for i := 0; ; {
				start, end := nextWord(s, i)
				if start == len(s) {
					break
				}
				words = append(words, newTextWord(start, end, foldedHash(s[start:end])))
				i = end
			}
		}
	})
}
