package extract

import (
	"slices"
	"strings"
	"testing"
)

// checkCitingAnchors holds readMarks asked for the anchors that may start
// a citation (markCitingAnchors) to readMarks asked for all of them: in a
// paragraph with no figure none, and may false; in one with a figure the
// anchors from citingFrom on, and may as all of them say if any is kept;
// the same keys, ASCII and figure either way, with each kind of keys and
// with a figure known beforehand. And the scanner finds the same
// citations at the anchors it is given as at all of them.
func checkCitingAnchors(t *testing.T, s string) {
	t.Helper()
	for _, keys := range []markKinds{0, markKeys, markRelationKeys} {
		for _, known := range []bool{false, true} {
			var r1, r2 [4]int
			all := readMarks(s, paragraphMarks{anchors: r1[:0], figure: known}, markAnchors|keys)
			got := readMarks(s, paragraphMarks{anchors: r2[:0], figure: known}, markCitingAnchors|keys)
			want := all
			switch {
			case !all.figure:
				want.anchors, want.may = nil, false
			case !known:
				from := citingFrom(s, nextFigure(s, 0))
				want.anchors = slices.DeleteFunc(slices.Clone(all.anchors), func(a int) bool { return a < from && !slices.Contains(got.anchors, a) })
				if len(want.anchors) == 0 {
					want.may = false // no window to read
				}
			}
			if !slices.Equal(got.anchors, want.anchors) || got.may != want.may || got.keys != want.keys || got.ascii != want.ascii || got.figure != want.figure {
				t.Fatalf("readMarks(%q, figure %v, %b): %+v, want %+v", s, known, markCitingAnchors|keys, got, want)
			}
			var c1, c2 citationScanner
			if g, w := describeCitations(c1.findMarked(s, got)), describeCitations(c2.findMarked(s, all)); g != w {
				t.Fatalf("%q, at the anchors that may cite:%s\nat all:%s", s, g, w)
			}
		}
	}
}

// TestCitingAnchorsAsAll reads every paragraph of the corpora and the
// citation samples, each cut at every offset of its first figure's
// eight-byte read (the figure, and with it the anchors before it, found
// in the first read, the last, or the tail's), and drawn strings of the
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
	// A "reſolution" cites in a paragraph that may cite otherwise, by a
	// "/" before the stopper before the first figure.
	for _, s := range []string{"foo / bar reſolution 2374 (2017)", "the S/ and foo reſolution 2374", "x/y made reſolutions 1 and 2"} {
		checkCitingAnchors(t, s)
	}
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
	f.Add("foo / bar reſolution 2374 (2017)")
	f.Fuzz(checkCitingAnchors)
}
