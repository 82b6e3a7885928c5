package extract

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// splitLinesByLine is splitLines as it was before plain lines were found
// with their ends (plainLineAt): each line found by a search for its
// break, trimmed of its "\r"s and classified by classifyLine, and those
// with marks cleaned.
func splitLinesByLine(src string) []line {
	n := strings.Count(src, "\n") + 1
	lines := make([]line, n)
	tb := &textBuilder{src: src, segs: make([]seg, 0, n)}
	var marked []int32
	bytes, k := 0, 0
	for start := 0; start < len(src); k++ {
		raw, next := rawLineAt(src, start)
		if classifyLine(&lines[k], tb, raw, start, strings.IndexByte(raw, 0xC2) >= 0) {
			// A plain line, which plainLineAt finds in the file, read
			// here by itself.
			if i := leadingSpace(raw, 0); isPlainLine(raw, i) {
				lines[k].setPlainText(tb, raw[i:], start+i)
			} else {
				marked = append(marked, int32(k))
				bytes += len(raw)
			}
		}
		start = next
	}
	cleanMarkedLines(lines, marked, bytes, tb, src, new(lineLengths))
	for _, k := range marked {
		// A line plain but for the spaces after its text is cleaned to
		// its text, as a plain line, and told ASCII as one: splitLines
		// takes it for one (plainLineAt).
		l := &lines[k]
		raw := l.raw(src)
		if isPlainLine(strings.TrimRight(raw, " "), leadingSpace(raw, 0)) {
			l.ascii = true
		}
	}
	return lines[:k]
}

// lineDump writes out every field of a line, its text's map and what it
// carries included.
func lineDump(l *line) string {
	s := fmt.Sprintf("%d-%d %q %v ind=%v ascii=%v kind=%d md=%v bullet=%v form=%d",
		l.start, l.end, l.t.s, l.t.segs, l.indented, l.ascii, l.kind, l.mdHead, l.bullet, l.form)
	if l.extra != nil {
		s += fmt.Sprintf(" dist=%q", l.extra.distribution)
		if l.extra.link != nil {
			s += fmt.Sprintf(" link=%+v", *l.extra.link)
		}
	}
	return s
}

func checkSplitLines(t *testing.T, sc *lexScratch, src string) {
	t.Helper()
	got, want := sc.splitLines(src), splitLinesByLine(src)
	if len(got) != len(want) {
		t.Fatalf("%q: %d lines, the line-by-line reading makes %d", src, len(got), len(want))
	}
	for i := range got {
		if g, w := lineDump(&got[i]), lineDump(&want[i]); g != w {
			t.Fatalf("line %d of %q:\n got %s\nwant %s", i, src, g, w)
		}
	}
}

// TestSplitLinesAsByLine holds splitLines to the line-by-line reading on
// every file of the corpora.
func TestSplitLinesAsByLine(t *testing.T) {
	sc := newFileScratch()
	n := 0
	for _, src := range corpusSources() {
		checkSplitLines(t, sc, src)
		n++
	}
	if n == 0 {
		t.Skip("no corpus at hand")
	}
}

// TestSplitLinesGenerated holds splitLines to the line-by-line reading on
// texts drawn from the pieces that decide a line's end and plainness:
// line breaks with and without "\r", spaces before them, no-break and
// other white space, the bytes that open noise lines and marks.
func TestSplitLinesGenerated(t *testing.T) {
	pieces := []string{"a", "word", "Z", " ", "  ", "\t", "\n", "\r", "\r\n", "\r\r\n", "\u00a0", "\u2003", "\v",
		"(", ")", ",", ".", "-", "_", "=", "*", "#", "S", "S/2020/1", "h", "https://undocs.org/S/RES/1(1946)",
		"1", "20-08599", "12/17", "20-08606 (E)    010720", "*2008599*", "---", "—", "é", "\\", "[", "$", "<", "'"}
	rng := rand.New(rand.NewSource(7))
	sc := newFileScratch()
	for range 20000 {
		var sb strings.Builder
		for n := rng.Intn(24); n > 0; n-- {
			sb.WriteString(pieces[rng.Intn(len(pieces))])
		}
		checkSplitLines(t, sc, sb.String())
	}
}

// FuzzSplitLinesAsByLine holds splitLines to the line-by-line reading on
// any text.
func FuzzSplitLinesAsByLine(f *testing.F) {
	for _, s := range []string{"a b\nc", " x \r\n\u00a0y\r\r\n", "1. Decides\n20-08599\n", "( a\nb ,\n\tc"} {
		f.Add(s)
	}
	sc := newFileScratch()
	f.Fuzz(func(t *testing.T, s string) {
		checkSplitLines(t, sc, s)
	})
}
