package extract

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestWithMissionMentionsAsSort holds withMentionsMerged, which merges
// the document's mentions and its mentions of "the Mission" a paragraph
// at a time, to sortedMentions, the stable sort of the two lists one
// after the other that it replaces: on every document of the
// development corpus and the seeds, and on lists drawn over their
// paragraphs, in order or not, with mentions that start together, of
// paragraphs the document does not have, and empty.
func TestWithMissionMentionsAsSort(t *testing.T) {
	docs := extractedDocuments(append(devInputs(t), seedInputs(t)...))
	merged := 0
	for _, d := range docs {
		more := missionMentions(d, defaultExtractor.registry)
		if len(more) > 0 {
			merged++
		}
		checkWithMissionMentions(t, d, d.Mentions, more)
	}
	if merged == 0 {
		t.Fatal("no document of the corpora says \"the Mission\"")
	}
	r := rand.New(rand.NewPCG(13, 8))
	stranger := &Paragraph{Text: "elsewhere"}
	for range 20000 {
		d := docs[r.IntN(len(docs))]
		if len(d.Paragraphs) == 0 {
			continue
		}
		draw := func() []*Mention {
			ms := make([]*Mention, r.IntN(12))
			for k := range ms {
				p := d.Paragraphs[r.IntN(len(d.Paragraphs))]
				if r.IntN(50) == 0 {
					p = stranger
				}
				ms[k] = &Mention{Actor: string(rune('a' + k)), Paragraph: p, start: int32(r.IntN(6))}
			}
			if r.IntN(8) != 0 {
				sortMentions(d, ms) // most lists come in order
			}
			return ms
		}
		checkWithMissionMentions(t, d, draw(), draw())
	}
}

// checkWithMissionMentions fails t when withMentionsMerged gives other
// mentions, or another order, than sortedMentions for mentions and more.
func checkWithMissionMentions(t *testing.T, d *Document, mentions, more []*Mention) {
	t.Helper()
	want := mentions
	if len(more) > 0 {
		want = sortedMentions(d, slices.Clone(mentions), slices.Clone(more))
	}
	got := withMentionsMerged(d, slices.Clone(mentions), slices.Clone(more), new(mentionRoom))
	if !slices.Equal(got, want) {
		t.Fatalf("%s: merged %d and %d mentions into another list than their sort", d.Symbol, len(mentions), len(more))
	}
}
