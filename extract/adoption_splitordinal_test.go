package extract

import "testing"

// TestSplitMeetingOrdinal holds the form where OCR cut a meeting's
// ordinal in two with a space ("the 273 1st meeting"): the figures before
// the space are the number's head, where the meeting was read as the 1st.
// Figures after other figures or a mark are no head.
func TestSplitMeetingOrdinal(t *testing.T) {
	for _, c := range []struct{ line, meeting string }{
		{"Adopted unanimously at the 273 1st meeting.", "2731"},
		{"Adopted unanimously at the 331 5th meeting.", "3315"},
		{"Adopted unanimously at the\n283 1st meeting.", "2831"},
		{"Adopted at the 29 63rd meeting by 12 votes to 2 (Cuba and Yemen).", "2963"},
		{"Adopted by the Security Council at its 31 19th meeting, on 6 October 1992", "3119"},
		// As before: an ordinal whole, one after a date's year (too many
		// figures), one after a mark.
		{"Adopted unanimously at the 2731st meeting.", "2731"},
		{"Adopted on 16 May 1994 3377th meeting", "3377"},
		{"Adopted at the (1) 5th meeting", "5"},
		{"Adopted at the 12345 6th meeting", "6"},
	} {
		var v Vote
		meeting, _, _ := readAdoptionInto(&v, c.line, footnotes{}, "", &stateNameMemo{}, func(Warning) {})
		if meeting != c.meeting {
			t.Errorf("meeting of %q: %q, want %q", c.line, meeting, c.meeting)
		}
	}
}

// TestSplitMeetingOrdinalDev holds the development set's adoption lines
// with an ordinal cut in two to the meetings they print.
func TestSplitMeetingOrdinalDev(t *testing.T) {
	checkDevMeetings(t, map[string]string{
		"S_RES_0594_1987_EN_GOLD.txt": "2731",
		"S_RES_0624_1988_EN_GOLD.txt": "2831",
		"S_RES_0885_1993_EN_GOLD.txt": "3315",
	})
}

// checkDevMeetings holds development files, each read as one document,
// to their meetings, and returns their results for further checks.
func checkDevMeetings(t *testing.T, meetings map[string]string) map[string]Result {
	t.Helper()
	results := devResults(t)
	for file, meeting := range meetings {
		r := results[file]
		if r.Source == nil || len(r.Source.Documents) != 1 {
			t.Errorf("%s: not read", file)
			continue
		}
		if got := r.Source.Documents[0].Meeting; got != meeting {
			t.Errorf("%s: meeting %q, want %q", file, got, meeting)
		}
	}
	return results
}
