package extract

import (
	"strings"
	"testing"
)

// TestMisreadAdoptionWords holds the forms where OCR misread a letter of
// the words that make a line an adoption line and name its meeting: the
// verb ("Adopled"), the "at" before "the" ("al the", "ai the"), the m of
// "meeting" as "rn" ("rneeting"). The line is an adoption line and its
// meeting read; a word further from them is not.
func TestMisreadAdoptionWords(t *testing.T) {
	for _, c := range []struct{ line, meeting string }{
		{"Adopled unanimously at the 76th meeting.", "76"},
		{"Adopied at the 2963rd meeting by\n12 votes to 2 (Cuba and Yemen),", "2963"},
		{"Adopted al the 1382nd meeting.", "1382"},
		{"Adopted ai the\n30th meeting by 9 votes to none.", "30"},
		{"Adopted unanimously at the 76th rneeting.", "76"},
		{"Adopted at the 2963rd\nrneet- ing by 12 votes to 2.", "2963"},
		// Two letters of the verb, a word other than "the" after "al", an
		// "r" alone for the m: no adoption line, or no meeting.
		{"Adoplcb at the 76th meeting.", ""},
		{"Adopted al these meetings.", ""},
		{"Adopted unanimously at the 76th reeting.", ""},
	} {
		start := isAdoptionStart(c.line)
		var v Vote
		meeting, _, _ := readAdoptionInto(&v, c.line, footnotes{}, "", &stateNameMemo{}, func(Warning) {})
		if c.meeting == "" {
			if start && meeting != "" {
				t.Errorf("%q: an adoption line of meeting %q", c.line, meeting)
			}
			continue
		}
		if !start || meeting != c.meeting {
			t.Errorf("%q: adoption line %v, meeting %q; want the %s", c.line, start, meeting, c.meeting)
		}
	}
}

// TestMisreadAdoptionWordsDev misreads, in each development file whose
// adoption line opens "Adopted … at the … meeting", each of those words
// as OCR does, and wants the meeting and vote read as from the clean
// text.
func TestMisreadAdoptionWordsDev(t *testing.T) {
	files := 0
	eachDevDocument(t, func(name, src string, want *Document) {
		if want.Meeting == "" {
			return
		}
		at := strings.LastIndex(src, "\nAdopted ")
		if at < 0 || strings.Count(src[at:], " meeting") != 1 {
			return
		}
		files++
		foot := src[at:]
		variants := []string{strings.Replace(foot, "Adopted", "Adopled", 1)}
		if cleanOrdinalRE.MatchString(foot) {
			// An ordinal OCR garbled too is read before "meet" alone.
			variants = append(variants, strings.Replace(foot, " meeting", " rneeting", 1))
		}
		if strings.HasPrefix(foot, "\nAdopted at the") {
			variants = append(variants, strings.Replace(foot, "Adopted at the", "Adopted al the", 1))
		}
		for _, v := range variants {
			s, _, err := defaultExtractor.File(name, src[:at]+v)
			if err != nil || len(s.Documents) != 1 {
				t.Errorf("%s: not read (%v)", name, err)
				continue
			}
			got := s.Documents[0]
			if got.Meeting != want.Meeting || (got.Vote == nil) != (want.Vote == nil) || got.Vote != nil && (got.Vote.Unanimous != want.Vote.Unanimous || got.Vote.InFavourCount != want.Vote.InFavourCount || got.Vote.AbstainingCount != want.Vote.AbstainingCount || len(got.Vote.Abstaining) != len(want.Vote.Abstaining)) {
				t.Errorf("%s with %q: meeting %q, vote %+v; want %q, %+v", name, strings.SplitN(v[1:], "\n", 2)[0], got.Meeting, got.Vote, want.Meeting, want.Vote)
			}
		}
	})
	if files < 200 {
		t.Errorf("%d development files with an adoption line, want over 200", files)
	}
}
