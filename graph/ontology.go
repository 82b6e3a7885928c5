package graph

// The ontology that goes into every export, as quads of its own graph.

import (
	"fmt"
	"strings"
	"sync"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/ontology"
)

// OntologyGraph is the named graph that holds the ontology in an export.
func OntologyGraph(m ontology.Minter) string { return m.Base + "graph/ontology" }

var ontologyTriples = sync.OnceValues(func() ([]rdf.Triple, error) {
	dec := rdf.NewTripleDecoder(strings.NewReader(ontology.Turtle()), rdf.Turtle)
	triples, err := dec.DecodeAll()
	if err != nil {
		return nil, fmt.Errorf("ontology/sckg.ttl: %w", err)
	}
	return triples, nil
})

// OntologyQuads returns the sckg ontology (ontology/sckg.ttl) as quads of
// its own named graph, OntologyGraph(m), so that an export explains every
// term it uses.
func OntologyQuads(m ontology.Minter) ([]rdf.Quad, error) {
	triples, err := ontologyTriples()
	if err != nil {
		return nil, err
	}
	g := iri(OntologyGraph(m))
	out := make([]rdf.Quad, len(triples))
	for i, t := range triples {
		out[i] = rdf.Quad{Triple: t, Ctx: g}
	}
	return out, nil
}
