package extract

import (
	"math/rand"
	"slices"
	"testing"
)

// TestParagraphRunsAsLeadingRuns holds paragraphRunsOf, one pass over a
// document's mentions for where each paragraph's stand, to the check of
// their order (inParagraphOrder) and the runs split off one paragraph
// after another (leadingRun), which findRequests read before: on the
// documents of dev and the seeds, their mentions in the order found and
// shuffled out of it, and on made lists naming a paragraph of no
// document's.
func TestParagraphRunsAsLeadingRuns(t *testing.T) {
	rng := rand.New(rand.NewSource(15))
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
	var room []int // kept from document to document, as findRequests keeps it
	inOrder, outOfOrder := 0, 0
	for _, d := range docs {
		shuffled := *d
		shuffled.Mentions = slices.Clone(d.Mentions)
		rng.Shuffle(len(shuffled.Mentions), func(i, j int) {
			shuffled.Mentions[i], shuffled.Mentions[j] = shuffled.Mentions[j], shuffled.Mentions[i]
		})
		for _, d := range []*Document{d, &shuffled} {
			runs, ok := paragraphRunsOf(d.Paragraphs, d.Mentions, room)
			room = runs.bounds
			if want := inParagraphOrder(d.Paragraphs, d.Mentions); ok != want {
				t.Fatalf("%s: in order %v, want %v", d.ID(), ok, want)
			}
			if !ok {
				outOfOrder++
				continue
			}
			inOrder++
			rest := d.Mentions
			for i, p := range d.Paragraphs {
				var want []*Mention
				want, rest = leadingRun(rest, p)
				if got := runs.of(i); !slices.Equal(got, want) || cap(got) != len(got) {
					t.Fatalf("%s, %s: mentions %v (room %d), want %v", d.ID(), p.ID, got, cap(got), want)
				}
			}
		}
	}
	if outOfOrder == 0 || inOrder == 0 {
		t.Fatalf("%d documents' mentions in order, %d out of it: the test tells little", inOrder, outOfOrder)
	}
}
