package extract

import (
	"math/rand"
	"slices"
	"sort"
	"testing"
)

// citationsOfReference is what findRequests read a paragraph's
// citations from before citedParagraphs: a map of those that name a
// paragraph, by paragraph, each list in the order of their places.
func citationsOfReference(d *Document) map[*Paragraph][]*Citation {
	citationsOf := map[*Paragraph][]*Citation{}
	for _, c := range d.Citations {
		if c.TargetParagraph != "" {
			citationsOf[c.Paragraph] = append(citationsOf[c.Paragraph], c)
		}
	}
	for _, cs := range citationsOf {
		sort.SliceStable(cs, func(i, j int) bool { return cs[i].at < cs[j].at })
	}
	return citationsOf
}

// citedParagraphs gives each paragraph the citations the map gave, for
// the documents of dev and seeds, their citations in the order found
// and shuffled out of it (which the map serves).
func TestCitedParagraphsAsReference(t *testing.T) {
	rng := rand.New(rand.NewSource(16))
	docs := extractedDocuments(append(devInputs(t), seedInputs(t)...))
	outOfOrder := 0
	for _, d := range docs {
		shuffled := *d
		shuffled.Citations = slices.Clone(d.Citations)
		rng.Shuffle(len(shuffled.Citations), func(i, j int) {
			shuffled.Citations[i], shuffled.Citations[j] = shuffled.Citations[j], shuffled.Citations[i]
		})
		if !citedByParagraph(&shuffled) {
			outOfOrder++
		}
		for _, d := range []*Document{d, &shuffled} {
			want := citationsOfReference(d)
			cited := newCitedParagraphs(d, nil)
			for i, p := range d.Paragraphs {
				if got := cited.namingParagraphs(cited.of(i, p)); !slices.Equal(got, want[p]) {
					t.Fatalf("%s, %s: citations %v, want %v", d.ID(), p.ID, got, want[p])
				}
			}
		}
	}
	if outOfOrder == 0 {
		t.Fatal("no document's citations came out of order")
	}
}
