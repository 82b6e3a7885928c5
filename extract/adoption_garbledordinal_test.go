package extract

import (
	"strings"
	"testing"
)

// TestGarbledMeetingOrdinal holds the form where OCR printed a meeting's
// ordinal with marks or letters for its figures or its ending ("30tb",
// "1811h", "273 1sl" too): read when the ending leaves one number, with
// an ocr-repair warning; no meeting when it leaves none or two.
func TestGarbledMeetingOrdinal(t *testing.T) {
	for _, c := range []struct{ line, meeting string }{
		{"Adopted at the ]8S6ih meeting by 13 votes to none.", "1856"},
		{"Adopted unanimously at the 27491h meeting.", "2749"},
		{"Adopted without a vote at the 176I1st meeting.", "1761"},
		{"Adopted unanimously at the 2O17th meeting.", "2017"},
		{"Adopted at the 1S22nd meeting by 13 votes to none.", "1522"},
		{"Adopted at the\n29S3rd meet- ing.", "2953"},
		{"Adopted at the 1S1S1st meeting.", "1151"},
		// An ending with one letter misread, or its "t" dropped, in a word
		// of figures (misreadOrdinalEnding).
		{"Adopted unanimously at the 76tb meeting.", "76"},
		{"Adopted at the 30h meeting by 9 votes to none.", "30"},
		{"Adopted unanimously at the\n1811h meeting.", "1811"},
		{"Adopted unanimously at the 42od meeting.", "42"},
		{"Adopted at the 1382ud meeting by 10 votes to none.", "1382"},
		{"Adopted at the 2963id meeting by\n12 votes to 2 (Cuba and Yemen),", "2963"},
		{"Adopted without a vote at the 3101sl meeting.", "3101"},
		{"Adopted unanimously at the 3101et meeting.", "3101"},
		// Figures cut from its front, as the clean ordinal's may be.
		{"Adopted unanimously at the\n273 1sl meeting.", "2731"},
		// An ending two letters from the number's, a letter that is no "h"
		// alone, a number no meeting has: no meeting.
		{"Adopted unanimously at the 2963ih meeting.", ""},
		{"Adopted unanimously at the 2742h meeting.", ""},
		{"Adopted unanimously at the 299155tb meeting.", ""},
		// The ending fits no reading, or two readings with a letter left out.
		{"Adopted unanimously at the 3S52st meeting.", ""},
		{"Adopted unanimously at the 1S0S1st meeting.", ""},
		// No figure, no ending, too many figures: no meeting.
		{"Adopted at the meeting.", ""},
		{"Adopted at the IIth meeting.", ""},
		{"Adopted unanimously at the 299155 meeting", ""},
		{"Adopted unanimously at the 2749x meeting.", ""},
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

// TestGarbledMeetingOrdinalDev holds the development set's adoption lines
// with a garbled ordinal to the meetings they print, each with a warning.
func TestGarbledMeetingOrdinalDev(t *testing.T) {
	meetings := map[string]string{
		"S_RES_0345_1974_EN_GOLD.txt": "1761",
		"S_RES_0381_1975_EN_GOLD.txt": "1856",
		"S_RES_0597_1987_EN_GOLD.txt": "2749",
	}
	results := checkDevMeetings(t, meetings)
	for file := range meetings {
		r := results[file]
		warned := false
		for _, w := range r.Warnings {
			warned = warned || w.Kind == WarnOCRRepair && strings.Contains(w.Message, "meeting printed")
		}
		if !warned {
			t.Errorf("%s: no warning of the repaired meeting", file)
		}
	}
}
