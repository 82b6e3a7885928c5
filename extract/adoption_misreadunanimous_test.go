package extract

import (
	"strings"
	"testing"
)

// TestMisreadUnanimously holds the form where OCR misread a letter of the
// "unanimously" after an adoption line's verb: the line is an adoption
// line, its meeting read and its vote unanimous, with an ocr-repair
// warning; a word further from it, or elsewhere, is no such reading.
func TestMisreadUnanimously(t *testing.T) {
	for _, c := range []struct {
		line, meeting string
		unanimous     bool
	}{
		{"Adopted unanimousiy at the 76th meeting.", "76", true},
		{"Adopted unanimous1y at the\n1382nd meeting.", "1382", true},
		{"Adopted unanlmously at the 2963rd meeting.", "2963", true},
		{"Adopted unanimously at the 2963rd meeting.", "2963", true},
		// Two letters (a typist's swap too), a letter added or dropped,
		// another first or last letter, a space for a letter: no such word.
		{"Adopted unaminously at the 2963rd meeting.", "", false},
		{"Adopted unanimousiv at the 76th meeting.", "", false},
		{"Adopted unaminousiy at the 76th meeting.", "", false},
		{"Adopted unanirnously at the 76th meeting.", "", false},
		{"Adopted unanimous y at the 76th meeting.", "", false},
		{"Adopted nnanimously at the 76th meeting.", "", false},
	} {
		if start := isAdoptionStart(c.line); start != (c.meeting != "") {
			t.Errorf("isAdoptionStart(%q) = %v", c.line, start)
		}
		if c.meeting == "" {
			continue
		}
		var v Vote
		var warnings []Warning
		meeting, _, _ := readAdoptionInto(&v, c.line, footnotes{}, "", &stateNameMemo{}, func(w Warning) { warnings = append(warnings, w) })
		if meeting != c.meeting || v.Unanimous != c.unanimous {
			t.Errorf("%q: meeting %q, unanimous %v; want %q, %v", c.line, meeting, v.Unanimous, c.meeting, c.unanimous)
		}
		misread := !strings.Contains(c.line, "unanimously")
		if warned := len(warnings) == 1 && warnings[0].Kind == WarnOCRRepair && strings.Contains(warnings[0].Message, `as "unanimously"`); warned != misread {
			t.Errorf("warnings of %q: %v", c.line, warnings)
		}
	}
}

// TestMisreadUnanimouslyDev misreads, in each development file adopted
// "unanimously", a letter of the word as OCR does, and wants its meeting
// and unanimous vote read as from the clean text.
func TestMisreadUnanimouslyDev(t *testing.T) {
	files := 0
	eachDevDocument(t, func(name, src string, d *Document) {
		if d.Vote == nil || !d.Vote.Unanimous || d.Meeting == "" || strings.Count(src, "Adopted unanimously") != 1 {
			return
		}
		files++
		for _, misread := range []string{"unanimousiy", "unanimous1y", "unanlmously"} {
			s, _, err := defaultExtractor.File(name, strings.Replace(src, "Adopted unanimously", "Adopted "+misread, 1))
			if err != nil || len(s.Documents) != 1 {
				t.Errorf("%s with %q: not read (%v)", name, misread, err)
				continue
			}
			got := s.Documents[0]
			if got.Meeting != d.Meeting || got.Vote == nil || !got.Vote.Unanimous {
				t.Errorf("%s with %q: meeting %q, vote %+v; want %q, unanimous", name, misread, got.Meeting, got.Vote, d.Meeting)
			}
		}
	})
	if files < 100 {
		t.Errorf("%d development files adopted unanimously, want over 100", files)
	}
}
