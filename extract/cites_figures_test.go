package extract

import (
	"strings"
	"testing"
)

// withoutFigures is s with each ASCII figure written as with.
func withoutFigures(s, with string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			b.WriteString(with)
		} else {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// checkCitesNothingWithoutFigures holds the scanner's gate on figures
// (paragraphMarks.figure) to what it rests on: in s, a text with no ASCII
// figure, neither the whole-paragraph reference nor the scanner with the
// gate lifted finds a citation, so the gate turns away none. (The scanner
// as it runs, gate and all, would find none by construction.)
func checkCitesNothingWithoutFigures(t *testing.T, s string) {
	t.Helper()
	var cs citationScanner
	if want := findCitationsReference(s); len(want) > 0 {
		t.Fatalf("%q, with no figure, cites:%s", s, describeCitations(want))
	}
	if got := cs.findUngated(s); len(got) > 0 {
		t.Fatalf("%q, with no figure, cites to the scanner without its gate:%s", s, describeCitations(got))
	}
}

// findUngated is find with the gate on figures lifted: s is read into
// tokens and scanned at its anchors whether or not it holds a figure.
func (cs *citationScanner) findUngated(s string) []*Citation {
	var room [32]int
	marks := readMarks(s, paragraphMarks{anchors: room[:0]}, markAnchors)
	marks.figure = true
	return cs.findMarked(s, marks)
}

// TestCitesNothingWithoutFigures reads the corpora's paragraphs and the
// citation samples with their figures written as nothing, letters and
// signs OCR reads for figures, figures outside ASCII and the bytes that
// glue a citation's parts.
func TestCitesNothingWithoutFigures(t *testing.T) {
	samples := append(append(citeSamples(t), tokenSamples...), citationSamples...)
	for _, s := range samples {
		for _, with := range []string{"", "O", "l", "I", "S", "$", "５", "٣", "/", " ", "(", ")", ",", "A/"} {
			checkCitesNothingWithoutFigures(t, withoutFigures(s, with))
		}
	}
}

func FuzzCitesNothingWithoutFigures(f *testing.F) {
	for _, s := range append(citationSamples, trickySamples...) {
		f.Add(s, "")
	}
	f.Add("resolution 2374 (2017)", "O")
	f.Fuzz(func(t *testing.T, s, with string) {
		if strings.ContainsAny(with, "0123456789") {
			return
		}
		checkCitesNothingWithoutFigures(t, withoutFigures(s, with))
	})
}
