package extract

import (
	"math/rand"
	"testing"
)

func checkMayStateInFootnote(t *testing.T, s string) bool {
	t.Helper()
	got, want := footnoteWordsIn(s), footnotesOf(s).words
	if got != want {
		t.Fatalf("footnoteWordsIn(%q) = %b, the word searches %b", s, got, want)
	}
	return got != 0
}

// TestMayStateInFootnoteAsSearches holds footnoteWordsIn's one pass to
// the searches for its words, on every block of dev and the seeds
// and on drawn texts of the words, their pieces and look-alikes in every
// case, at every offset of the eight-byte reads.
func TestMayStateInFootnoteAsSearches(t *testing.T) {
	found := 0
	in := append(devInputs(t), seedInputs(t)...)
	eachAdoptionBlock(in, func(p *part, k int) {
		for _, b := range p.blocks {
			if checkMayStateInFootnote(t, b.t.s) {
				found++
			}
		}
	})
	r := rand.New(rand.NewSource(17))
	pieces := []string{" ", "x", "1", ".", "é", "\u212a", "ſ", "\x00", "@", "W", "w", "i", "I", "P", "pa", "PA", "\x17", "\x10",
		"without", "WITHOUT", "WithOut", "withou", "ithout", "participate", "PARTICIPATE", "participat", "articipate", "wi", "p",
		"objection", "OBJECTION", "Objectio", "bjection", "ob", "o", "absent", "ABSENT", "Absen", "bsent", "ab", "a", "abſent"}
	for n := 0; n < 30000; n++ {
		s := drawnPieces(r, pieces, 10)
		for k := 0; k < len(s) && k < 9; k++ {
			if checkMayStateInFootnote(t, s[k:]) && k == 0 {
				found++
			}
		}
	}
	if found < 1000 {
		t.Errorf("only %d texts hold a word", found)
	}
}

func FuzzMayStateInFootnoteAsSearches(f *testing.F) {
	for _, s := range []string{"One member (China) did not participate in the voting.", "Adopted WITHOUT vote", "xxxxxxxwithout", "partic", "\x17\x10ithout",
		"One member (Union of Soviet Socialist Republics) was absent.", "ABSENTxxabsen"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkMayStateInFootnote(t, s) })
}
