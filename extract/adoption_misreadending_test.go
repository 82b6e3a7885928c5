package extract

import (
	"regexp"
	"strings"
	"testing"
)

// TestMisreadOrdinalEnding holds the form where OCR misread a letter of a
// meeting's ordinal ending, or dropped its "t", in a word that is figures
// otherwise: read when the ending the number takes is the printed one
// with one letter changed, with an ocr-repair warning; no meeting when
// the ending is further from it.
func TestMisreadOrdinalEnding(t *testing.T) {
	for _, c := range []struct{ line, meeting string }{
		{"Adopted unanimously at the 76tb meeting.", "76"},
		{"Adopted at the 30h meeting by 9 votes to none.", "30"},
		{"Adopted unanimously at the / 1811h meeting.", "1811"},
		{"Adopted unanimously at the 42od meeting.", "42"},
		{"Adopted at the 1382ud meeting by 10 votes to none.", "1382"},
		{"Adopted at the 2963id meeting by\n12 votes to 2 (Cuba and Yemen),", "2963"},
		{"Adopted without a vote at the 3101sl meeting.", "3101"},
		{"Adopted unanimously at the 3101et meeting.", "3101"},
		// Figures cut from its front, as the clean ordinal's may be.
		{"Adopted unanimously at the\n273 1sl meeting.", "2731"},
		// An ending two letters from the number's, a letter that is no
		// "h" alone, a number no meeting has: no meeting.
		{"Adopted unanimously at the 2963ih meeting.", ""},
		{"Adopted unanimously at the 2749x meeting.", ""},
		{"Adopted unanimously at the 2742h meeting.", ""},
		{"Adopted unanimously at the 299155tb meeting.", ""},
	} {
		var v Vote
		var warnings []Warning
		meeting, _, _ := readAdoptionInto(&v, c.line, footnotes{}, "", &stateNameMemo{}, func(w Warning) { warnings = append(warnings, w) })
		if meeting != c.meeting {
			t.Errorf("meeting of %q: %q, want %q", c.line, meeting, c.meeting)
		}
		if repaired := len(warnings) == 1 && warnings[0].Kind == WarnOCRRepair && strings.Contains(warnings[0].Message, " as the "+c.meeting); repaired != (c.meeting != "") {
			t.Errorf("warnings of %q: %v", c.line, warnings)
		}
	}
}

// cleanOrdinalRE is a meeting's ordinal as the development set prints it
// clean, before "meeting".
var cleanOrdinalRE = regexp.MustCompile(`\b(\d+)(st|nd|rd|th)(\s+meeting)`)

// misreadEndings are the letters OCR reads for each ending's: one letter
// changed, or the "t" of "th" dropped.
var misreadEndings = map[string][]string{"th": {"tb", "h"}, "st": {"sl"}, "nd": {"od"}, "rd": {"id"}}

// TestMisreadOrdinalEndingDev misreads, in each development file whose
// adoption line prints its meeting clean, the ordinal's ending as OCR
// does, and wants the meeting read as from the clean text.
func TestMisreadOrdinalEndingDev(t *testing.T) {
	results := devResults(t)
	files := 0
	eachDevText(t, func(name, src string) {
		r := results[name]
		if r.Source == nil || len(r.Source.Documents) != 1 || r.Source.Documents[0].Meeting == "" {
			return
		}
		want := r.Source.Documents[0].Meeting
		at := strings.LastIndex(src, "\nAdopted")
		if at < 0 {
			return
		}
		m := cleanOrdinalRE.FindStringSubmatchIndex(src[at:])
		if m == nil || src[at+m[2]:at+m[3]] != want || OrdinalSuffix(want) != src[at+m[4]:at+m[5]] {
			return
		}
		files++
		for _, ending := range misreadEndings[src[at+m[4]:at+m[5]]] {
			garbled := src[:at+m[4]] + ending + src[at+m[5]:]
			s, _, err := defaultExtractor.File(name, garbled)
			if err != nil || len(s.Documents) != 1 {
				t.Errorf("%s with %q: not read (%v)", name, ending, err)
				continue
			}
			if got := s.Documents[0].Meeting; got != want {
				t.Errorf("%s with %q: meeting %q, want %q", name, ending, got, want)
			}
		}
	})
	if files < 200 {
		t.Errorf("%d development files with a clean ordinal, want over 200", files)
	}
}
