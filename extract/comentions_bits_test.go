package extract

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// TestCoMentionsAroundSetOfBits holds coMentions to coMentionsReference
// on documents that name about as many actors as a paragraph's set of
// bits holds (64), up to more than it holds, where the paragraphs' actors
// are listed and sorted instead: the corpora's documents name far fewer.
func TestCoMentionsAroundSetOfBits(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, distinct := range []int{2, 63, 64, 65, 100} {
		// Distinct keys in a drawn order: drawn with repeats, the 65
		// actors were 64, and the bound was never crossed.
		keys := make([]string, distinct)
		for i, k := range r.Perm(1000)[:distinct] {
			keys[i] = fmt.Sprintf("actor/%03d", k)
		}
		for range 50 {
			d := &Document{}
			// The first paragraph names every actor, so that the
			// document names them all; the others a few.
			p := &Paragraph{}
			for _, i := range r.Perm(distinct) {
				d.Mentions = append(d.Mentions, &Mention{Actor: keys[i], Paragraph: p})
			}
			for range r.IntN(8) {
				p := &Paragraph{}
				for range r.IntN(12) {
					d.Mentions = append(d.Mentions, &Mention{Actor: keys[r.IntN(distinct)], Paragraph: p})
				}
			}
			coMentionsAgree(t, fmt.Sprintf("%d actors", distinct), d)
		}
	}
}
