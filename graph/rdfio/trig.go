package rdfio

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"sort"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/ontology"
)

// graphGroup holds the subjects of one graph; name is unset for the
// default graph.
type graphGroup struct {
	name     *rdfTerm
	subjects map[string]*subjectGroup
}

// groupQuads sorts quads into graphs, subjects and predicates, dropping
// duplicates, and returns the graphs in order (the default graph first,
// then named graphs by IRI) and the number of distinct quads.
func groupQuads(quads []rdf.Quad) ([]*graphGroup, int, error) {
	graphs := map[string]*graphGroup{}
	n := 0
	for i, q := range quads {
		s, p, o, err := tripleOf(q)
		if err != nil {
			return nil, 0, fmt.Errorf("quad %d: %w", i, err)
		}
		key := ""
		var name *rdfTerm
		if q.Ctx != nil {
			g, err := termOf(q.Ctx)
			if err != nil {
				return nil, 0, fmt.Errorf("quad %d: graph: %w", i, err)
			}
			if g.kind == kindLiteral {
				return nil, 0, fmt.Errorf("quad %d: a literal cannot name a graph", i)
			}
			key, name = g.nt, &g
		}
		gg := graphs[key]
		if gg == nil {
			gg = &graphGroup{name: name, subjects: map[string]*subjectGroup{}}
			graphs[key] = gg
		}
		if addTriple(gg.subjects, s, p, o) {
			n++
		}
	}
	out := make([]*graphGroup, 0, len(graphs))
	for _, g := range graphs {
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i].name, out[j].name
		if a == nil || b == nil {
			return a == nil && b != nil
		}
		return a.less(*b)
	})
	return out, n, nil
}

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
	pre, err := newPrefixer(prefixes)
	if err != nil {
		return 0, err
	}
	graphs, n, err := groupQuads(quads)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriter(w)
	for _, p := range prefixes {
		fmt.Fprintf(bw, "@prefix %s: <%s> .\n", p.Name, p.IRI)
	}
	var block bytes.Buffer
	for i, g := range graphs {
		if i > 0 || len(prefixes) > 0 {
			bw.WriteByte('\n')
		}
		if g.name != nil {
			bw.WriteString(pre.term(*g.name) + " ")
		}
		bw.WriteString("{\n")
		for j, sg := range sortedSubjects(g.subjects) {
			if j > 0 {
				bw.WriteByte('\n')
			}
			// Literals never hold a raw line break (escapeString), so
			// indenting every line of the block is safe.
			block.Reset()
			bb := bufio.NewWriter(&block)
			writeSubject(bb, pre, sg)
			bb.Flush()
			for _, line := range bytes.SplitAfter(block.Bytes(), []byte("\n")) {
				if len(line) > 0 {
					bw.WriteString("    ")
					bw.Write(line)
				}
			}
		}
		bw.WriteString("}\n")
	}
	if err := bw.Flush(); err != nil {
		return 0, err
	}
	return n, nil
}
