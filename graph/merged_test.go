package graph

import (
	"testing"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/extract"
	"github.com/sckg/sckg/ontology"
)

// With the graphs merged, a Mapper's documents give the triples they give
// without, each distinct one at least once, and leave out repeats: the
// Turtle or N-Triples file of both is the same. The crunsc fixtures and
// the seeds name the same states and actors in many documents.
func TestGraphsMergedGivesTheSameTriples(t *testing.T) {
	sources := append(seedSources(t), crunscSources(t)...)
	all := distinctTriples(t, Builder{Minter: ontology.NewMinter("")}, sources)
	merged := distinctTriples(t, Builder{Minter: ontology.NewMinter(""), GraphsMerged: true}, sources)
	if len(merged.distinct) != len(all.distinct) {
		t.Fatalf("merged: %d distinct triples, %d without", len(merged.distinct), len(all.distinct))
	}
	for k := range all.distinct {
		if !merged.distinct[k] {
			t.Fatalf("merged graphs lack %s", k)
		}
	}
	if merged.made >= all.made {
		t.Errorf("merged graphs made %d statements, %d without: no repeat left out", merged.made, all.made)
	}
}

type tripleCount struct {
	made     int
	distinct map[string]bool
}

// distinctTriples maps sources with one Mapper of b, as a build's worker
// does, and counts the statements made and the distinct triples.
func distinctTriples(t *testing.T, b Builder, sources []*extract.Source) tripleCount {
	t.Helper()
	c := tripleCount{distinct: map[string]bool{}}
	m := b.Mapper()
	for _, src := range sources {
		if err := m.Each(src, func(quads []rdf.Quad) error {
			for _, q := range quads {
				c.made++
				c.distinct[quadKey(rdf.Quad{Triple: q.Triple, Ctx: iri("g:")})] = true
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
	}
	return c
}

// crunscSources is what extraction makes of the CR-UNSC fixtures.
func crunscSources(t *testing.T) []*extract.Source {
	t.Helper()
	return sourcesIn(t, "../testdata/crunsc")
}
