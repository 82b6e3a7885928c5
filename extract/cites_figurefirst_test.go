package extract

import (
	"slices"
	"strings"
	"testing"
)

// checkCitingAnchors holds readMarks asked for anchors only in a
// paragraph with a figure (markCitingAnchors) to readMarks asked for all
// of them: the same marks where s holds a figure, no anchors and may
// false where it holds none, and the same keys, ASCII and figure either
// way, with each kind of keys.
func checkCitingAnchors(t *testing.T, s string) {
	t.Helper()
	for _, keys := range []markKinds{0, markKeys, markRelationKeys} {
		var r1, r2 [4]int
		all := readMarks(s, paragraphMarks{anchors: r1[:0]}, markAnchors|keys)
		got := readMarks(s, paragraphMarks{anchors: r2[:0]}, markCitingAnchors|keys)
		want := all
		if !all.figure {
			want.anchors, want.may = nil, false
		}
		if !slices.Equal(got.anchors, want.anchors) || got.may != want.may || got.keys != want.keys || got.ascii != want.ascii || got.figure != want.figure {
			t.Fatalf("readMarks(%q, %b): %+v, want %+v", s, markCitingAnchors|keys, got, want)
		}
	}
}

// TestCitingAnchorsAsAll reads every paragraph of the corpora and the
// citation samples, each cut at every offset of the eight bytes around
// its first figure (the figure found in the first of nextMark's turns of
// four bytes, the last, or the bytes after them), and drawn strings of the
// anchors' letters, figures and their neighbours.
func TestCitingAnchorsAsAll(t *testing.T) {
	samples := append(append(citeSamples(t), tokenSamples...), citationSamples...)
	for _, s := range samples {
		checkCitingAnchors(t, s)
		if k := nextFigure(s, 0); k >= 0 {
			for cut := max(0, k-9); cut <= min(len(s), k+9); cut++ {
				checkCitingAnchors(t, s[:cut])
				checkCitingAnchors(t, s[cut:])
			}
		}
	}
	eachCorpusText(t, func(text string) {
		for _, p := range strings.Split(text, "\n") {
			checkCitingAnchors(t, p)
		}
	})
	pieces := []byte("resolutionparagraphsanctionCommitteeRESOLUTION/ 0129:;号决议\x80\xe5")
	eachStringOfBytes(pieces, 14, func(s string) { checkCitingAnchors(t, s) })
	for _, w := range []string{"resolution 1", "S/2020/1", "paragraph 2", "the 1267 Committee", "号决议 3", "sanctions 9"} {
		for pad := 0; pad < 24; pad++ {
			checkCitingAnchors(t, strings.Repeat("x", pad)+w)
			checkCitingAnchors(t, w+strings.Repeat("y", pad)+"7")
		}
	}
}

func FuzzCitingAnchorsAsAll(f *testing.F) {
	for _, s := range append(citationSamples, trickySamples...) {
		f.Add(s)
	}
	f.Fuzz(checkCitingAnchors)
}
