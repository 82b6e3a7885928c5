package extract

import (
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// checkLineCensus holds the census readLines takes as it makes the lines
// of src to the one countLines takes in a pass over them: the same text
// lines, the same counts of blank lines before them, the same lengths.
// It tells whether readLines took its census in place: where a line of
// marks alone cleans to nothing, readLines takes it again by countLines.
func checkLineCensus(t *testing.T, sc *lexScratch, src string) (inPlace bool) {
	t.Helper()
	lines, got := sc.readLines(src)
	inPlace = !slices.ContainsFunc(lines, func(l line) bool {
		return l.kind == lineBlank && strings.TrimSpace(l.raw(src)) != ""
	})
	// Copied out: countLines reuses the scratch's counts.
	gotText, gotSpaced := slices.Clone(got.textLines), slices.Clone(got.blanks.spacedBefore)
	want := newFileScratch().countLines(lines)
	if !slices.Equal(gotText, want.textLines) || !slices.Equal(gotSpaced, want.blanks.spacedBefore) || got.lengths != want.lengths || got.rules != want.rules {
		t.Fatalf("%q: readLines' census\n%v %v %+v %v\ncountLines'\n%v %v %+v %v", src,
			gotText, gotSpaced, got.lengths, got.rules, want.textLines, want.blanks.spacedBefore, want.lengths, want.rules)
	}
	return inPlace
}

// TestLineCensusAsCounted holds readLines' census to countLines' on every
// file of the corpora and on texts drawn from the pieces that decide a
// line's kind: blank lines, noise, marks that clean to nothing ("**",
// "<br>", "\\*") and lines long enough to count.
func TestLineCensusAsCounted(t *testing.T) {
	sc := newFileScratch()
	for _, src := range corpusSources() {
		checkLineCensus(t, sc, src)
	}
	long := fmt.Sprintf("%60s", "x")
	pieces := []string{"a", "word", " ", "\n", "\n\n", "\r\n", "\u00a0", "**", "<br>", "\\*", "*", "#", "- ", "é",
		"20-08599", "*2008599*", "---", "https://undocs.org/S/1", "S/2020/1", long, long + "é", long + long}
	rng := rand.New(rand.NewSource(14))
	inPlace, again := 0, 0
	for range 20000 {
		if checkLineCensus(t, sc, drawnPieces(rng, pieces, 24)) {
			inPlace++
		} else {
			again++
		}
	}
	// Where the census is taken again it is countLines' own: the check
	// tells something only of the texts whose census was taken in place.
	if inPlace < 10000 || again == 0 {
		t.Fatalf("%d drawn texts' census taken in place, %d taken again: the draw misses a path", inPlace, again)
	}
}

// FuzzLineCensusAsCounted holds readLines' census to countLines' on any
// text.
func FuzzLineCensusAsCounted(f *testing.F) {
	for _, s := range []string{"a b\n\nc", "**\nword\n\n<br>\n" + fmt.Sprintf("%70s", "é"), " \r\n\u00a0\n20-08599\nx"} {
		f.Add(s)
	}
	sc := newFileScratch()
	f.Fuzz(func(t *testing.T, s string) {
		checkLineCensus(t, sc, s)
	})
}
