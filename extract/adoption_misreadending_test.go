package extract

import (
	"regexp"
	"strings"
	"testing"
)

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
	files := 0
	eachDevDocument(t, func(name, src string, d *Document) {
		want := d.Meeting
		if want == "" {
			return
		}
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
