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
// (paragraphMarks.figure) to what it rests on: the whole-paragraph reference
// finds no citation in s, a text with no ASCII figure, and neither does
// the scanner.
func checkCitesNothingWithoutFigures(t *testing.T, s string) {
	t.Helper()
	var cs citationScanner
	if want := findCitationsReference(s); len(want) > 0 {
		t.Fatalf("%q, with no figure, cites:%s", s, describeCitations(want))
	}
	if got := cs.find(s); len(got) > 0 {
		t.Fatalf("%q, with no figure, cites:%s", s, describeCitations(got))
	}
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
