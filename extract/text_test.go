package extract

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// TestAppendTextToAsSliced holds appendTextTo to appendText of the slice
// it stands for, on the corpora's lines cleaned as the lexer cleans them
// (their maps with written pieces: spaces, quotes, dropped marks) and on
// strings drawn from the bytes cleaning rewrites, cut at every length,
// appended after a text already in the builder.
func TestAppendTextToAsSliced(t *testing.T) {
	check := func(raw string) {
		line, _, _ := cleanLine(raw, 7)
		for end := 0; end <= len(line.s); end++ {
			var got, want textBuilder
			for _, tb := range []*textBuilder{&got, &want} {
				tb.next()
				tb.copy("ab", 3)
			}
			got.appendTextTo(line, end)
			want.appendText(line.slice(0, end))
			g, w := got.text(), want.text()
			if g.s != w.s || !slices.Equal(g.segs, w.segs) {
				t.Fatalf("appendTextTo(%q, %d) = %q %v, appendText of the slice %q %v", line.s, end, g.s, g.segs, w.s, w.segs)
			}
		}
	}
	for _, s := range corpusTexts(t) {
		if len(s) < 200 {
			check(s)
		}
	}
	for _, s := range drawnMarkedTexts() {
		check(s)
	}
}

// TestAppendSpacedAsWritten holds appendSpaced to write(" ") and
// appendText, and current to text().s, on the corpora's cleaned lines
// and on drawn strings, after a text held unwritten (a slice of the
// source) and after one written.
func TestAppendSpacedAsWritten(t *testing.T) {
	check := func(raw string) {
		line, _, _ := cleanLine(raw, 7)
		for _, src := range []string{"", "xxxab"} {
			var got, want textBuilder
			for _, tb := range []*textBuilder{&got, &want} {
				tb.src = src
				tb.next()
				tb.copy("ab", 3)
				if g := tb.current(); g != tb.text().s {
					t.Fatalf("current() = %q, text() says %q", g, tb.text().s)
				}
			}
			got.appendSpaced(line, 5, 2)
			want.write(" ", 5, 2)
			want.appendText(line)
			g, w := got.text(), want.text()
			if g.s != w.s || !slices.Equal(g.segs, w.segs) || got.current() != g.s {
				t.Fatalf("appendSpaced(%q) = %q %v, write and appendText %q %v", line.s, g.s, g.segs, w.s, w.segs)
			}
		}
	}
	for _, s := range corpusTexts(t) {
		check(s)
	}
	for _, s := range drawnMarkedTexts() {
		check(s)
	}
}

// drawnMarkedTexts is 5,000 short strings drawn from the pieces a
// cleaned line's text is made of: spaces, tabs, hyphens, quotes, soft
// hyphens, Markdown escapes, markup and a letter outside ASCII.
func drawnMarkedTexts() []string {
	rng := rand.New(rand.NewSource(13))
	alphabet := []string{"a", "Z", " ", "  ", "\t", "-", "‘", "’", "“", "*", "\u00ad", "\\(", "<sup>1</sup>", "[x](y)", "é"}
	texts := make([]string, 5000)
	for n := range texts {
		var sb strings.Builder
		for k := rng.Intn(10); k >= 0; k-- {
			sb.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		texts[n] = sb.String()
	}
	return texts
}
