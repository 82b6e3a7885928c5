package extract

import (
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
	var room []int // kept from document to document, as findRequests keeps it
	inOrder, outOfOrder := 0, 0
	for _, d := range documentsInAndOutOfOrder(t, 15) {
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
	if outOfOrder == 0 || inOrder == 0 {
		t.Fatalf("%d documents' mentions in order, %d out of it: the test tells little", inOrder, outOfOrder)
	}
}
