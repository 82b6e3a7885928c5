package extract

import (
	"regexp"
	"testing"
)

// adoptedWordRE is the word after "Adopted" that a narrow column may
// break with a hyphen: "unanimously", "without".
var adoptedWordRE = regexp.MustCompile(`(?m)^(\s*Adopted) (unani)(mously)|^(\s*Adopted) (with)(out)`)

// TestBrokenAdoptionWordDev breaks, in each development file, the word
// after the adoption line's verb at a line's end ("Adopted unani-" /
// "mously at the 1382nd meeting.", "Adopted with-" / "out a vote") and
// wants the meeting and the vote read as from the clean text.
func TestBrokenAdoptionWordDev(t *testing.T) {
	files := 0
	eachDevDocument(t, func(name, src string, d *Document) {
		if d.Vote == nil || !adoptedWordRE.MatchString(src) {
			return
		}
		files++
		broken := adoptedWordRE.ReplaceAllString(src, "$1$4 $2$5-\n$3$6")
		s, _, err := defaultExtractor.File(name, broken)
		if err != nil || len(s.Documents) != 1 || s.Documents[0].Vote == nil {
			t.Errorf("%s broken: no vote (%v)", name, err)
			return
		}
		got, want := s.Documents[0], d
		if got.Meeting != want.Meeting || got.Vote.Unanimous != want.Vote.Unanimous || got.Vote.WithoutVote != want.Vote.WithoutVote {
			t.Errorf("%s broken: meeting %s, unanimous %v, without vote %v; want %s, %v, %v", name, got.Meeting, got.Vote.Unanimous, got.Vote.WithoutVote,
				want.Meeting, want.Vote.Unanimous, want.Vote.WithoutVote)
		}
	})
	if files < 100 {
		t.Errorf("%d development files adopted unanimously or without a vote, want over 100", files)
	}
}
