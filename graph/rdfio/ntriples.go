package rdfio

import (
	"io"

	"github.com/knakk/rdf"
)

// WriteNTriples writes the triples of quads, without their graph names, as
// N-Triples: one per line, sorted and without duplicates. It returns the
// number of lines written.
func WriteNTriples(w io.Writer, quads []rdf.Quad) (int, error) {
	triples := make([]rdf.Quad, len(quads))
	for i, q := range quads {
		triples[i] = rdf.Quad{Triple: q.Triple}
	}
	return WriteNQuads(w, triples)
}
