package extract

import (
	"math/rand"
	"slices"
	"testing"
)

// TestParagraphMentionsAsLists holds paragraphMentions, the mentions of
// each paragraph read in turn from d.Mentions, to the lists of every
// paragraph's mentions findRequests read them from before
// (mentionsByParagraph): on the documents of dev and the seeds, their
// mentions in the order found and shuffled out of it (which the pooled
// lists serve), and on made lists naming a paragraph of no document's.
func TestParagraphMentionsAsLists(t *testing.T) {
	outOfOrder, inOrder := 0, 0
	for _, d := range documentsInAndOutOfOrder(t, 13) {
		want := mentionsByParagraph(d)
		mentioned := newParagraphMentions(d)
		if mentioned.lists == nil {
			inOrder++
		} else {
			outOfOrder++
		}
		for i, p := range d.Paragraphs {
			if got := mentioned.next(i, p); !slices.Equal(got, want[i]) {
				t.Fatalf("%s, %s: mentions %v, want %v", d.ID(), p.ID, got, want[i])
			}
		}
		releaseMentionLists(mentioned.pooled)
	}
	if outOfOrder == 0 || inOrder == 0 {
		t.Fatalf("%d documents' mentions in order, %d out of it: the test tells little", inOrder, outOfOrder)
	}
}

// documentsInAndOutOfOrder are the documents of dev and the seeds, and
// made ones whose mentions name a paragraph of no document's or come
// back to one, each with its mentions in the order found and shuffled
// out of it by a generator seeded with seed.
func documentsInAndOutOfOrder(t *testing.T, seed int64) []*Document {
	rng := rand.New(rand.NewSource(seed))
	docs := extractedDocuments(append(devInputs(t), seedInputs(t)...))
	ps := []*Paragraph{{ID: "p1"}, {ID: "p2"}, {ID: "p3"}}
	m := func(p *Paragraph, start int) *Mention { return &Mention{Paragraph: p, start: int32(start)} }
	for _, ms := range [][]*Mention{
		nil,
		{m(ps[0], 1), m(ps[0], 5), m(ps[2], 0)},
		{m(ps[2], 1), m(ps[0], 5), m(ps[2], 0)},
		{m(ps[0], 1), m(&Paragraph{ID: "other"}, 5), m(ps[1], 0)},
		{m(ps[0], 1), m(ps[1], 5), m(ps[0], 0)},
	} {
		docs = append(docs, &Document{Paragraphs: ps, Mentions: ms})
	}
	var out []*Document
	for _, d := range docs {
		shuffled := *d
		shuffled.Mentions = slices.Clone(d.Mentions)
		rng.Shuffle(len(shuffled.Mentions), func(i, j int) {
			shuffled.Mentions[i], shuffled.Mentions[j] = shuffled.Mentions[j], shuffled.Mentions[i]
		})
		out = append(out, d, &shuffled)
	}
	return out
}
