package extract

import "testing"

// TestAppendSpacedMapsAsWritten holds appendSpaced, which lets a space
// for a one-byte line break and the line after it carry on the copied
// run before them, to write(" ") and appendText, which keep each its own
// piece: the same bytes, and every byte, every slice of bytes and their
// repairs mapped to the same source. On the corpora's cleaned lines and
// drawn strings, after a run that ends where the break begins (and so
// is carried on), one that does not, and a break of two bytes.
func TestAppendSpacedMapsAsWritten(t *testing.T) {
	check := func(raw string) {
		line, _, _ := cleanLine(raw, 6)
		for _, c := range []struct{ runSrc, breakLen int }{{3, 1}, {2, 1}, {3, 2}} {
			var got, want textBuilder
			for _, tb := range []*textBuilder{&got, &want} {
				tb.next()
				tb.copy("ab", c.runSrc)
			}
			got.appendSpaced(line, 5, c.breakLen)
			want.write(" ", 5, c.breakLen)
			want.appendText(line)
			g, w := got.text(), want.text()
			if g.s != w.s || len(g.segs) > len(w.segs) {
				t.Fatalf("appendSpaced(%q) = %q %v, write and appendText %q %v", line.s, g.s, g.segs, w.s, w.segs)
			}
			checkSameMapping(t, g, w)
			// Slices of a dozen starts and ends.
			step := max(1, len(g.s)/12)
			for start := 0; start <= len(g.s); start += step {
				for end := start; end <= len(g.s); end += step {
					checkSameMapping(t, g.slice(start, end), w.slice(start, end))
				}
			}
		}
	}
	for _, s := range corpusTexts(t) {
		if len(s) < 120 {
			check(s)
		}
	}
	for _, s := range drawnMarkedTexts() {
		check(s)
	}
}

// checkSameMapping fails unless g and w are the same bytes mapped to the
// same source, byte by byte, from either side, with the same repairs.
// It asks for no t.Helper: called for every slice, that was a fifth of
// the test's time.
func checkSameMapping(t *testing.T, g, w text) {
	if g.s != w.s {
		t.Fatalf("texts %q and %q differ", g.s, w.s)
	}
	for off := 0; off <= len(g.s); off++ {
		for _, after := range []bool{false, true} {
			if after && off == len(g.s) {
				continue
			}
			if a, b := g.sourceAt(off, after), w.sourceAt(off, after); a != b {
				t.Fatalf("%q byte %d (after %v) maps to %d by %v, to %d by %v", g.s, off, after, a, g.segs, b, w.segs)
			}
		}
		if a, b := g.guessed(off, off+1), w.guessed(off, off+1); a != b {
			t.Fatalf("%q byte %d guessed %v by %v, %v by %v", g.s, off, a, g.segs, b, w.segs)
		}
	}
}
