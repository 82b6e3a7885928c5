package extract

import "testing"

// mayStart hashes a short word as printed from the chunk that starts
// with it (shortPrintedHash); the labels' first words are hashed by
// printedHash. The two must agree on every word, or a label is lost.

func printedHashesAgree(t *testing.T, s string) {
	t.Helper()
	for _, w := range appendTextWords(nil, s) {
		n := int(w.end - w.start)
		if n >= 8 || int(w.start)+8 > len(s) {
			continue
		}
		got := shortPrintedHash(load8(s[w.start:]), n)
		if want := printedHash(s, int(w.start), int(w.end)); got != want {
			t.Fatalf("%.120q: word %q: shortPrintedHash %#x, printedHash %#x", s, w.in(s), got, want)
		}
		// As a label's word, alone in its string.
		if want := printedHash(w.in(s), 0, n); got != want {
			t.Fatalf("%.120q: word %q: shortPrintedHash %#x, printedHash of the word alone %#x", s, w.in(s), got, want)
		}
	}
}

func TestShortPrintedHashAsPrintedHash(t *testing.T) {
	eachWordsText(t, 2, func(s string) { printedHashesAgree(t, s) })
}
