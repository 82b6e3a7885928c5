package extract

import (
	"fmt"
	"testing"
)

// checkNotParticipating holds appendNotParticipating to
// notParticipatingRE on s.
func checkNotParticipating(t *testing.T, s string) int {
	t.Helper()
	var got [][]int
	for _, m := range appendNotParticipating(nil, s) {
		got = append(got, []int{m.start, m.end, m.list[0], m.list[1]})
	}
	var want [][]int
	for _, m := range notParticipatingRE.FindAllStringSubmatchIndex(s, -1) {
		want = append(want, []int{m[0], m[1], m[4], m[5]})
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("matches of %q: %v, want %v", s, got, want)
	}
	return len(got)
}

// TestNotParticipatingAsPattern holds the hand reader of
// notParticipatingRE to the pattern on the adoption lines of the corpora
// and their footnotes, the samples of the other adoption words, and every
// string of the pattern's pieces and their neighbours up to three, and
// 20,000 drawn ones.
func TestNotParticipatingAsPattern(t *testing.T) {
	matched := 0
	for _, s := range adoptionWordSamples(t) {
		matched += checkNotParticipating(t, s)
	}
	eachAdoptionBlock(append(devInputs(t), seedInputs(t)...), func(p *part, k int) {
		notes := joinedSpaced(singleSpaced(p.blocks[k].t.s), footnotesUnder(p.blocks[k+1:]).text)
		matched += checkNotParticipating(t, notes)
		matched += checkNotParticipating(t, participationWindow(notes))
	})
	pieces := []string{" ", "\n", "\t", "\v", "a", "Two", "_", "1", "é", "ſ", "\u212a", "member", "MEMBERS", "Members", "membersx", "xmember",
		"memberſ", "(China)", "(", ")", "()", "(a, b", "did", "DOES", "do", "didn't", "not", "NOT", "nota", "participate", "PARTICIPATEd",
		"participat", " members (Cuba) did not participate", "One member (China) does not participate", "Two members (a, b)did not  participate",
		"(a (b) c)", "(a (b (c)))", "One member (Iran (Islamic Republic of)) did not participate"}
	eachStringOfPieces(pieces, 3, 14, 17, func(s string) { matched += checkNotParticipating(t, s) })
	if matched < 1000 {
		t.Errorf("only %d matches", matched)
	}
}

func FuzzNotParticipatingAsPattern(f *testing.F) {
	for _, s := range []string{"One member (China) did not participate in the voting.",
		"Two members (Cuba, Yemen) did not participate. Three members (a) does not participate", "x members(y)does\tnot\nparticipate"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkNotParticipating(t, s) })
}

// TestAbsentMembersOfDevelopmentSet reads the members absent from a vote
// in both forms the development set prints them, apart from those present
// and not voting: in the adoption line ("Australia, present and not
// voting; Union of Soviet Socialist Republics, absent") and in a footnote
// ("One member (Union of Soviet Socialist Republics) was absent.", the
// Soviet boycott of 1950). The hand-read facts of 81 (1950) list no
// member as not participating (devfacts.json).
func TestAbsentMembersOfDevelopmentSet(t *testing.T) {
	for _, c := range []struct {
		file                     string
		notParticipating, absent string
		inFavour                 int
	}{
		{"S_RES_0003_1946_EN_GOLD.txt", "[AUS]", "[SUN]", 9},
		{"S_RES_0081_1950_EN_GOLD.txt", "[]", "[SUN]", 10},
		{"S_RES_0084_1950_EN_GOLD.txt", "[]", "[SUN]", 7},
	} {
		d := devDocument(t, c.file)
		v := d.Vote
		if v == nil {
			t.Fatalf("%s: no vote read", c.file)
		}
		if got := fmt.Sprint(stateCodes(v.NotParticipating)); got != c.notParticipating {
			t.Errorf("%s: not participating %s, want %s", c.file, got, c.notParticipating)
		}
		if got := fmt.Sprint(stateCodes(v.Absent)); got != c.absent {
			t.Errorf("%s: absent %s, want %s", c.file, got, c.absent)
		}
		if v.InFavourCount != c.inFavour || !v.Listed {
			t.Errorf("%s: %d in favour (listed %v), want %d, listed", c.file, v.InFavourCount, v.Listed, c.inFavour)
		}
	}
}
