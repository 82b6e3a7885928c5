package extract

import (
	"strings"
	"testing"
)

// TestMisreadVoteWords holds adoption lines where OCR misread a letter
// of a word of the vote. A word as long as the vote's, its first and
// last letters kept and one other misread ("abstcntion", "voles",
// "witbout", "consensns"), is read as the word with an ocr-repair
// warning, and so is a word of two letters with the t or the o of "to"
// between the votes and a count ("ta none"). A word misread past that
// ("witb", "votc", "abstentiou") leaves the count it prints unstated,
// with a vote-count warning, where the counts read beside it gave it as
// 0.
func TestMisreadVoteWords(t *testing.T) {
	const none = VoteSides(0)
	for _, c := range []struct {
		line                       string
		inFavour, against, abstain int
		unread                     VoteSides
		withoutVote, consensus     bool
		warnings                   string // the kinds, in order
	}{
		{"Adopted at the 1770th meeting by 10 votes to none, with 1 abstcntion (China).", 10, 0, 1, none, false, false, "ocr-repair"},
		{"Adopted at the 1770th meeting by 9 votes to none, with 2 absientions (China, France).", 9, 0, 2, none, false, false, "ocr-repair"},
		{"Adopted at the 1770th meeting by 10 voles to 1 (Cuba).", 10, 1, 0, none, false, false, "ocr-repair"},
		{"Adopted at the 1770th meeting by 10 vctes to none, wilh 1 abstention (China).", 10, 0, 1, none, false, false, "ocr-repair ocr-repair"},
		{"Adopted at the 1770th meeting by 14 votes ta none.", 14, 0, 0, none, false, false, "ocr-repair"},
		{"Adopted at the 1770th meeting by 12 votes lo 2 (Cuba and Yemen).", 12, 2, 0, none, false, false, "ocr-repair"},
		{"Adopted witbout a vote at the 1770th meeting.", 0, 0, 0, none, true, false, "ocr-repair"},
		{"Adopted by consensns at the 1770th meeting.", 0, 0, 0, none, true, true, "ocr-repair"},
		// Misread past reading: the count is unstated, not 0.
		{"Adopted at the 1770th meeting by 10 votes to none, witb 1 abstention (China).", 10, 0, 0, AbstainingSide, false, false, "vote-count"},
		{"Adopted at the 1770th meeting by 10 votes to none, with 1 abstentiou (China).", 10, 0, 0, AbstainingSide, false, false, "vote-count"},
		{"Adopted at the 1770th meeting by 10 votc to none, with 1 abstention (China).", 0, 0, 1, InFavourSide | AgainstSide, false, false, "vote-count"},
		{"Adopted at the 1770th meeting by 10 vote5 to 1 (Cuba), with 1 abstention (France).", 0, 0, 1, InFavourSide | AgainstSide, false, false, "vote-count"},
		// Clean lines, and a word in brackets: nothing read otherwise.
		{"Adopted at the 1770th meeting by 10 votes to none, with 1 abstention (China).", 10, 0, 1, none, false, false, ""},
		{"Adopted at the 1770th meeting by 14 votes to none.", 14, 0, 0, none, false, false, ""},
		{"Adopted at the 1770th meeting by 14 votes to none, with no abstentions.", 14, 0, 0, none, false, false, ""},
		// Abstaining members named by a participle: no misread word, the
		// counts in favour and against as printed. (The reader knows no
		// count of abstentions in this form: abstain -1, not checked.)
		{"Adopted at the 1770th meeting by 10 votes to 1, with 4 members abstaining.", 10, 1, -1, none, false, false, ""},
		{"Adopted at the 1770th meeting by 10 votes to none, the USSR abstaining.", 10, 0, -1, none, false, false, ""},
	} {
		var v Vote
		var kinds []string
		_, _, voted := readAdoptionInto(&v, c.line, footnotes{}, "1974-01-01", &stateNameMemo{}, func(w Warning) { kinds = append(kinds, string(w.Kind)) })
		if !voted {
			t.Errorf("%q: no vote read", c.line)
			continue
		}
		if v.InFavourCount != c.inFavour || v.AgainstCount != c.against || c.abstain >= 0 && v.AbstainingCount != c.abstain || v.unread != c.unread || v.WithoutVote != c.withoutVote || v.Consensus != c.consensus {
			t.Errorf("%q: %d/%d/%d unread %b without %v consensus %v; want %d/%d/%d unread %b without %v consensus %v", c.line,
				v.InFavourCount, v.AgainstCount, v.AbstainingCount, v.unread, v.WithoutVote, v.Consensus,
				c.inFavour, c.against, c.abstain, c.unread, c.withoutVote, c.consensus)
		}
		if got := strings.Join(kinds, " "); got != c.warnings {
			t.Errorf("%q: warnings %q, want %q", c.line, got, c.warnings)
		}
		if c.withoutVote && !isAdoptionStart(c.line) {
			t.Errorf("%q: not an adoption line", c.line)
		}
	}
}

// TestMisreadVoteWordsDev misreads, in each development file whose
// adoption line is counted, a word of its vote as OCR does and wants the
// counts of the clean text, or the one count the misread word prints
// left unstated, never another count.
func TestMisreadVoteWordsDev(t *testing.T) {
	files := 0
	eachDevDocument(t, func(name, src string, want *Document) {
		if want.Vote == nil || !want.Vote.Counted {
			return
		}
		at := strings.LastIndex(src, "\nAdopted ")
		if at < 0 {
			return
		}
		files++
		foot := src[at:]
		type variant struct {
			old, new string
			unread   VoteSides
		}
		var variants []variant
		for _, v := range []variant{
			{" votes", " voles", 0}, {" votes", " vctes", 0}, {"abstention", "abstcntion", 0},
			{"with ", "wilh ", 0}, {"with ", "witb ", AbstainingSide}, {" votes", " vote5", InFavourSide | AgainstSide},
		} {
			if k := strings.Index(foot, v.old); k >= 0 && (v.unread != AbstainingSide || strings.Contains(foot[k:], "abstention")) {
				variants = append(variants, v)
			}
		}
		for _, v := range variants {
			s, _, err := defaultExtractor.File(name, src[:at]+strings.Replace(foot, v.old, v.new, 1))
			if err == nil && len(s.Documents) == 1 && s.Documents[0].Vote == nil && v.unread&InFavourSide != 0 && want.Vote.AbstainingCount == 0 {
				continue // nothing else read: no vote, and no count stated
			}
			if err != nil || len(s.Documents) != 1 || s.Documents[0].Vote == nil {
				t.Errorf("%s with %q: no vote read (%v)", name, v.new, err)
				continue
			}
			got, w := s.Documents[0].Vote, want.Vote
			counts := [3]int{got.InFavourCount, got.AgainstCount, got.AbstainingCount}
			wants := [3]int{w.InFavourCount, w.AgainstCount, w.AbstainingCount}
			for i, side := range []VoteSides{InFavourSide, AgainstSide, AbstainingSide} {
				if v.unread&side != 0 {
					if !got.CountUnread(side) {
						t.Errorf("%s with %q: count %d stated as %d, want it unstated", name, v.new, i, counts[i])
					}
				} else if got.CountUnread(side) || counts[i] != wants[i] {
					t.Errorf("%s with %q: count %d is %d (unread %v), want %d", name, v.new, i, counts[i], got.CountUnread(side), wants[i])
				}
			}
		}
	})
	if files < 100 {
		t.Errorf("%d development files with a counted vote, want over 100", files)
	}
}
