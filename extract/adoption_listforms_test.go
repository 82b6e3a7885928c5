package extract

import (
	"fmt"
	"testing"
)

// TestVoteListForms holds forms of the vote that the adoption lines and
// their footnotes print beside the volumes' usual one: a state's name
// with brackets of its own in a list ("(Iran (Islamic Republic of))"),
// abstentions counted as "members abstaining", and the press releases'
// "by a vote of 10 to 0". Each is read as the usual form is.
func TestVoteListForms(t *testing.T) {
	for _, c := range []struct {
		line, notes                                 string
		inFavour, against, abstained                int
		againstStates, abstaining, notParticipating string
	}{
		{"Adopted at the 2963rd meeting by 12 votes to 2 (Cuba and Yemen), with 1 abstention (Iran (Islamic Republic of)).", "",
			12, 2, 1, "[CUB YEM]", "[IRN]", "[]"},
		{"Adopted at the 2963rd meeting by 12 votes to 2 (Cuba and Iran (Islamic Republic of)), with 1 abstention (China).", "",
			12, 2, 1, "[CUB IRN]", "[CHN]", "[]"},
		{"Adopted at the 2963rd meeting by 12 votes to 2 (Cuba, Iran (Islamic Republic of)), with 1 abstention (China).", "",
			12, 2, 1, "[CUB IRN]", "[CHN]", "[]"},
		{"Adopted at the 2963rd meeting by 13 votes to none, with 2 abstentions (Venezuela (Bolivarian Republic of) and Yemen).", "",
			13, 0, 2, "[]", "[VEN YEM]", "[]"},
		{"Adopted at the 2963rd meeting by 14 votes to none.", "One member (Iran (Islamic Republic of)) did not participate in the voting.",
			14, 0, 0, "[]", "[]", "[IRN]"},
		{"Adopted at the 2963rd meeting by 13 votes to none, with 2 members abstaining (China and Yemen).", "",
			13, 0, 2, "[]", "[CHN YEM]", "[]"},
		{"Adopted at the 2963rd meeting by 14 votes to none, with 1 member abstaining (China).", "",
			14, 0, 1, "[]", "[CHN]", "[]"},
		{"Adopted at the 2963rd meeting by 13 votes to none, with two members abstaining.", "",
			13, 0, 2, "[]", "[]", "[]"},
		{"Adopted at the 2963rd meeting by a vote of 10 to 0, with 5 abstentions (China, Cuba, India, Yemen and Zimbabwe).", "",
			10, 0, 5, "[]", "[CHN CUB IND YEM ZWE]", "[]"},
		{"Adopted at the 2963rd meeting by a vote of 12 to 1 (Cuba), with 2 abstentions (China and Yemen).", "",
			12, 1, 2, "[CUB]", "[CHN YEM]", "[]"},
		{"Adopted at the 2963rd meeting by a vote of 13 to none, with 2 members abstaining (China, Yemen).", "",
			13, 0, 2, "[]", "[CHN YEM]", "[]"},
		{"Adopted at the 2963rd meeting by a vote of |0 to O, with S abstentions (China, Cuba, India, Yemen and Zimbabwe).", "",
			10, 0, 5, "[]", "[CHN CUB IND YEM ZWE]", "[]"},
	} {
		var v Vote
		notes := footnotes{text: c.notes}
		if c.notes != "" {
			notes.words = footnoteWordsIn(c.notes)
		}
		readAdoptionInto(&v, c.line, notes, "1990-06-01", &stateNameMemo{}, func(Warning) {})
		got := fmt.Sprintf("%d-%d-%d %s %s %s", v.InFavourCount, v.AgainstCount, v.AbstainingCount, statesIn(v.Against), statesIn(v.Abstaining), statesIn(v.NotParticipating))
		want := fmt.Sprintf("%d-%d-%d %s %s %s", c.inFavour, c.against, c.abstained, c.againstStates, c.abstaining, c.notParticipating)
		if got != want || !v.Counted {
			t.Errorf("%q / %q: %s (counted %v), want %s", c.line, c.notes, got, v.Counted, want)
		}
	}
}

// statesIn lists the states of actors.
func statesIn(actors []Actor) string {
	var s []string
	for _, a := range actors {
		s = append(s, a.State)
	}
	return fmt.Sprint(s)
}
