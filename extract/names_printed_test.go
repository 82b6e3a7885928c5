package extract

import "testing"

// mayStart hashes a word as printed from the chunk that starts with it,
// read from the paragraph with the bytes after it; the labels' first
// words are hashed alone in their strings. The two must agree on every
// word, or a label is lost.
func printedHashesAgree(t *testing.T, s string) {
	t.Helper()
	for _, w := range appendTextWords(nil, s) {
		got := printedHash(s, int(w.start), int(w.end))
		if want := printedHash(w.in(s), 0, int(w.end-w.start)); got != want {
			t.Fatalf("%.120q: word %q: printedHash in its text %#x, of the word alone %#x", s, w.in(s), got, want)
		}
	}
}

func TestPrintedHashInTextAsAlone(t *testing.T) {
	eachWordsText(t, 2, func(s string) { printedHashesAgree(t, s) })
}
