package rdfio

import (
	"bufio"
	"bytes"
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

// trigWriter writes TriG one subject at a time (a Sink's groupWriter),
// the subjects of a graph coming together.
type trigWriter struct {
	turtleWriter
	inGraph bool
	graph   *rdfTerm
	graphs  int
	block   bytes.Buffer
}

func (t *trigWriter) subject(g *rdfTerm, sg *subjectGroup) {
	bw := t.bw
	if !t.inGraph || !sameGraph(t.graph, g) {
		if t.inGraph {
			bw.WriteString("}\n")
		}
		if t.graphs > 0 || len(t.prefixes) > 0 {
			bw.WriteByte('\n')
		}
		if g != nil {
			bw.WriteString(t.pre.term(*g) + " ")
		}
		bw.WriteString("{\n")
		t.inGraph, t.graph, t.subjects = true, g, 0
		t.graphs++
	}
	if t.subjects > 0 {
		bw.WriteByte('\n')
	}
	t.subjects++
	// Literals never hold a raw line break (escapeString), so indenting
	// every line of the block is safe.
	t.block.Reset()
	bb := bufio.NewWriter(&t.block)
	writeSubject(bb, t.pre, sg)
	bb.Flush()
	for _, line := range bytes.SplitAfter(t.block.Bytes(), []byte("\n")) {
		if len(line) > 0 {
			bw.WriteString("    ")
			bw.Write(line)
		}
	}
}

func (t *trigWriter) end() {
	if t.inGraph {
		t.bw.WriteString("}\n")
	}
}
