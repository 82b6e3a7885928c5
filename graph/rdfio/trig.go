package rdfio

import (
	"io"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/ontology"
)

// WriteTriG writes quads as TriG: the prefixes, then one block per graph,
// the default graph first and then the named graphs in IRI order, each
// laid out as WriteTurtle lays out a file. It returns the number of
// distinct quads written.
//
//	<https://w3id.org/sckg/graph/doc/S/RES/2531(2020)> {
//	    <https://w3id.org/sckg/doc/S/RES/2531(2020)> a eli:LegalResource ;
//	        eli:cites <https://w3id.org/sckg/doc/S/RES/2480(2019)> .
//	}
func WriteTriG(w io.Writer, quads []rdf.Quad, prefixes []ontology.Prefix) (int, error) {
	return writeAll(w, TriG, quads, prefixes)
}

// TriG is written by turtleWriter.
