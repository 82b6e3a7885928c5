package extract

import (
	"math/rand"
	"regexp"
	"testing"
)

// adoptNoVoteRE is the pattern saysWithoutVote reads by hand.
var adoptNoVoteRE = regexp.MustCompile(`(?i)\b(?:adopted\s+)?without\s+(?:a\s+)?v[oa]te\b`)

func checkSaysWithoutVote(t *testing.T, s string) bool {
	t.Helper()
	got, want := saysWithoutVote(s), adoptNoVoteRE.MatchString(s)
	if got != want {
		t.Fatalf("saysWithoutVote(%q) = %v, the pattern %v", s, got, want)
	}
	return got
}

// TestSaysWithoutVoteAsPattern holds saysWithoutVote to adoptNoVoteRE on
// the adoption lines of the corpora and their footnotes, as read and
// single-spaced, and on drawn texts of the pattern's words in every case
// and spacing, with look-alikes around them.
func TestSaysWithoutVoteAsPattern(t *testing.T) {
	matched := 0
	eachAdoptionBlock(append(devInputs(t), seedInputs(t)...), func(p *part, k int) {
		line := p.blocks[k].t.s
		for _, s := range []string{line, singleSpaced(line), footnotesUnder(p.blocks[k+1:]).text, joinedSpaced(singleSpaced(line), footnotesUnder(p.blocks[k+1:]).text)} {
			if checkSaysWithoutVote(t, s) {
				matched++
			}
		}
	})
	r := rand.New(rand.NewSource(13))
	pieces := []string{" ", "  ", "\n", "\t", "\v", "\f", "\r", "_", "a", "A", "x", "1", ".", "é", "\u212a", "ſ",
		"without", "WITHOUT", "Without", "xwithout", "withou", "withoutx", "adopted", "Adopted", "vote", "VATE", "Vote", "votes", "vote_", "vite", "vot", "ote",
		"without vote", "without a vote", "without  a\tvote", "without av", "withouta vote", "Adopted without a vote."}
	for n := 0; n < 30000; n++ {
		if checkSaysWithoutVote(t, spacedPieces(r, pieces, 8, 2)) {
			matched++
		}
		checkSaysWithoutVote(t, drawnPieces(r, pieces, 8))
	}
	if matched < 1000 {
		t.Errorf("only %d texts say without a vote", matched)
	}
}

func FuzzSaysWithoutVoteAsPattern(f *testing.F) {
	for _, s := range []string{"Adopted without vote.", "without a\tvote", "WITHOUT  VATE", "without avote", "xwithout vote", "without votes"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkSaysWithoutVote(t, s) })
}
