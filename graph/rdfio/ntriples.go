package rdfio

import (
	"io"

	"github.com/knakk/rdf"
)

// WriteNTriples writes the triples of quads, without their graph names, as
// N-Triples: one per line, sorted and without duplicates. It returns the
// number of lines written.
func WriteNTriples(w io.Writer, quads []rdf.Quad) (int, error) {
	return writeAll(w, NTriples, quads, nil)
}
