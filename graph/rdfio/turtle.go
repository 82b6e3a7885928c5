package rdfio

// Turtle and N-Quads writers.
//
// sckg writes RDF files itself instead of using knakk/rdf's TripleEncoder or
// Cayley's writers: knakk/rdf writes local names unescaped (doc:2531(2020) is
// not Turtle), does not escape control characters, and writes some typed
// literals bare; Cayley's writers drop language tags. Every term here is
// checked before it is written, so a file that is written parses.

import (
	"bufio"
	"fmt"
	"io"
	"sort"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/ontology"
)

// prefixer abbreviates IRIs with the longest matching namespace.
type prefixer struct {
	names, iris []string // longest namespace first
	// The namespaces by how they can match (match): those that end in a
	// name character, longest first, and the others by their length,
	// each length's in the order of iris.
	nameEnded []int
	byLength  [][]int
}

func newPrefixer(prefixes []ontology.Prefix) (*prefixer, error) {
	seen := map[string]bool{}
	p := &prefixer{}
	order := make([]int, 0, len(prefixes))
	for i, pre := range prefixes {
		if !isPrefixName(pre.Name) {
			return nil, fmt.Errorf("prefix name %q cannot be written", pre.Name)
		}
		if seen[pre.Name] {
			return nil, fmt.Errorf("prefix %q declared twice", pre.Name)
		}
		seen[pre.Name] = true
		if err := checkIRI(pre.IRI); err != nil {
			return nil, fmt.Errorf("prefix %s: %w", pre.Name, err)
		}
		order = append(order, i)
	}
	// Stable: of two prefixes for the same namespace, the first given wins.
	sort.SliceStable(order, func(a, b int) bool {
		return len(prefixes[order[a]].IRI) > len(prefixes[order[b]].IRI)
	})
	for _, i := range order {
		p.names = append(p.names, prefixes[i].Name)
		p.iris = append(p.iris, prefixes[i].IRI)
	}
	p.indexByEnd()
	return p, nil
}

// indexByEnd sorts the namespaces for match: one that ends in another
// character than a name's can only match an IRI whose local name begins
// right after it, so it is found by the length of the IRI's run of name
// characters at its end; one that ends in a name character may match
// wherever that run begins, and is tried in turn.
func (p *prefixer) indexByEnd() {
	for i, ns := range p.iris {
		if isNameChar(ns[len(ns)-1]) { // never empty: checkIRI wants a scheme
			p.nameEnded = append(p.nameEnded, i)
			continue
		}
		for len(p.byLength) <= len(ns) {
			p.byLength = append(p.byLength, nil)
		}
		p.byLength[len(ns)] = append(p.byLength[len(ns)], i)
	}
}

// cut splits an IRI into a prefix's name and a local part that is safe
// after it, or tells that none is.
func (p *prefixer) cut(iri string) (name, local string, ok bool) {
	if i := match(p, iri); i >= 0 {
		return p.names[i], iri[len(p.iris[i]):], true
	}
	return "", "", false
}

// writeIRI writes an IRI as a prefixed name when its local part is safe.
func (p *prefixer) writeIRI(bw *bufio.Writer, iri []byte) {
	if i := match(p, iri); i >= 0 {
		bw.WriteString(p.names[i])
		bw.WriteByte(':')
		bw.Write(iri[len(p.iris[i]):])
		return
	}
	bw.WriteByte('<')
	bw.Write(iri)
	bw.WriteByte('>')
}

// match returns the index of the longest namespace that iri begins with
// and leaves a safe local name of, or -1. A safe local name holds name
// characters only, so the namespace must reach past iri's last other
// character: of the namespaces that end in another character, only those
// that end exactly there can match, and those that end in a name
// character are longer still. An IRI that ends in another character, as
// a symbol's ends in ')', has no match.
func match[S string | []byte](p *prefixer, iri S) int {
	minLen := len(iri)
	for minLen > 0 && isNameChar(iri[minLen-1]) {
		minLen--
	}
	for _, i := range p.nameEnded {
		if len(p.iris[i]) < minLen {
			break // longest first
		}
		if leavesLocalName(p, i, iri) {
			return i
		}
	}
	if minLen < len(p.byLength) {
		for _, i := range p.byLength[minLen] {
			if leavesLocalName(p, i, iri) {
				return i
			}
		}
	}
	return -1
}

// leavesLocalName tells whether iri is namespace i, at least minLen
// bytes long, and a safe local name. Past minLen, iri holds name
// characters only, so the local name is safe if it begins as one.
func leavesLocalName[S string | []byte](p *prefixer, i int, iri S) bool {
	ns := p.iris[i]
	if len(iri) <= len(ns) || string(iri[:len(ns)]) != ns {
		return false
	}
	first := iri[len(ns)]
	return isLetter(first) || first == '_'
}

// WriteTurtle writes the triples of quads, without their graph names and
// without duplicates, as Turtle: the prefixes in the order given, then one
// block per subject in IRI order, rdf:type first as "a", then the other
// predicates in IRI order. The output depends only on the set of triples.
// It returns the number of distinct triples written.
func WriteTurtle(w io.Writer, quads []rdf.Quad, prefixes []ontology.Prefix) (triples int, err error) {
	return writeAll(w, Turtle, quads, prefixes)
}

// turtleWriter writes Turtle, or TriG, one statement at a time (a Sink's
// groupWriter): one block per subject,
//
//	doc:a a eli:LegalResource ;
//	    eli:cites doc:b ,
//	        doc:c .
//
// and in TriG one block per graph around them, their lines indented.
type turtleWriter struct {
	bw       *bufio.Writer
	pre      *prefixer
	prefixes []ontology.Prefix
	trig     bool
	graphs   int
	subjects int    // in the file (Turtle) or the graph (TriG)
	quoted   []byte // a literal quoted, reused
}

// trigIndent is the indent of a TriG graph's lines: literals never hold
// a raw line break (appendQuoted), so every line of a subject's block
// begins where the writer writes a line break.
const trigIndent = "    "

func (t *turtleWriter) begin() {
	for _, p := range t.prefixes {
		t.bw.WriteString("@prefix ")
		t.bw.WriteString(p.Name)
		t.bw.WriteString(": <")
		t.bw.WriteString(p.IRI)
		t.bw.WriteString("> .\n")
	}
}

func (t *turtleWriter) statement(st *statement, c change) {
	bw := t.bw
	if c >= newSubject && t.subjects > 0 {
		bw.WriteString(" .\n")
	}
	if c == newGraph && t.trig {
		t.beginGraph(st)
	}
	indent := ""
	if t.trig {
		indent = trigIndent
	}
	switch c {
	case newGraph, newSubject:
		if t.subjects > 0 || !t.trig && len(t.prefixes) > 0 {
			bw.WriteByte('\n')
		}
		t.subjects++
		bw.WriteString(indent)
		t.term(st.s)
		t.predicate(st)
	case newPredicate:
		bw.WriteString(" ;\n")
		bw.WriteString(indent)
		bw.WriteString("   ")
		t.predicate(st)
	default:
		bw.WriteString(" ,\n")
		bw.WriteString(indent)
		bw.WriteString("       ")
	}
	bw.WriteByte(' ')
	t.term(st.o)
}

// beginGraph ends the graph before and begins st's.
func (t *turtleWriter) beginGraph(st *statement) {
	if t.graphs > 0 {
		t.bw.WriteString("}\n")
	}
	if t.graphs > 0 || len(t.prefixes) > 0 {
		t.bw.WriteByte('\n')
	}
	if st.hasGraph {
		t.term(st.g)
		t.bw.WriteByte(' ')
	}
	t.bw.WriteString("{\n")
	t.graphs++
	t.subjects = 0
}

func (t *turtleWriter) end() {
	if t.subjects > 0 {
		t.bw.WriteString(" .\n")
	}
	if t.trig && t.graphs > 0 {
		t.bw.WriteString("}\n")
	}
}

// predicate writes st's predicate, rdf:type as "a".
func (t *turtleWriter) predicate(st *statement) {
	if st.isType {
		t.bw.WriteString(" a")
		return
	}
	t.bw.WriteByte(' ')
	t.pre.writeIRI(t.bw, st.p.value)
}

// term writes a term, its IRIs as prefixed names where they can be.
func (t *turtleWriter) term(v termView) {
	switch v.kind {
	case kindIRI:
		t.pre.writeIRI(t.bw, v.value)
	case kindBlank:
		t.bw.WriteString("_:")
		t.bw.Write(v.value)
	default:
		t.quoted = appendQuoted(t.quoted[:0], v.value)
		t.bw.Write(t.quoted)
		if dt := v.datatype(); dt != nil {
			t.bw.WriteString("^^")
			t.pre.writeIRI(t.bw, dt)
		} else {
			t.bw.Write(v.suffix) // a language tag, or nothing
		}
	}
}

// checkedTriple is a statement's subject, predicate and object, checked.
type checkedTriple struct{ s, p, o rdfTerm }

func tripleOf(q rdf.Quad) (checkedTriple, error) {
	var t checkedTriple
	err := (*checker)(nil).triple(&q, &t)
	return t, err
}

// triple checks q's triple and sets *t to it.
func (c *checker) triple(q *rdf.Quad, t *checkedTriple) error {
	if err := c.term(q.Subj, &t.s); err != nil {
		return fmt.Errorf("subject: %w", err)
	}
	if err := c.term(q.Pred, &t.p); err != nil {
		return fmt.Errorf("predicate: %w", err)
	}
	if err := c.term(q.Obj, &t.o); err != nil {
		return fmt.Errorf("object: %w", err)
	}
	if t.s.kind == kindLiteral || t.p.kind != kindIRI {
		return fmt.Errorf("invalid triple %s %s %s", t.s.nt(), t.p.nt(), t.o.nt())
	}
	return nil
}

// WriteNQuads writes quads as N-Quads, one per line, sorted and without
// duplicates, and returns the number of lines written. A quad without a
// graph name is written as a triple of the default graph.
func WriteNQuads(w io.Writer, quads []rdf.Quad) (int, error) {
	return writeAll(w, NQuads, quads, nil)
}

// NQuad returns q as one N-Quads line, with its newline: the canonical
// form sckg sorts and compares quads by.
func NQuad(q rdf.Quad) (string, error) {
	line, err := (*checker)(nil).appendNQuad(nil, q)
	return string(line), err
}

// appendNQuad appends q as NQuad makes it; on an error, dst is returned
// as it was.
func (c *checker) appendNQuad(dst []byte, q rdf.Quad) ([]byte, error) {
	var t checkedTriple
	if err := c.triple(&q, &t); err != nil {
		return dst, err
	}
	var g rdfTerm
	if q.Ctx != nil {
		if err := c.term(q.Ctx, &g); err != nil {
			return dst, fmt.Errorf("graph: %w", err)
		}
	}
	dst = append(t.s.appendNT(dst), ' ')
	dst = append(t.p.appendNT(dst), ' ')
	dst = t.o.appendNT(dst)
	if q.Ctx != nil {
		dst = g.appendNT(append(dst, ' '))
	}
	return append(dst, " .\n"...), nil
}
