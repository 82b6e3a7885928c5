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
	"errors"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/ontology"
)

const (
	rdfTypeIRI       = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
	rdfLangStringIRI = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
	xsdStringIRI     = "http://www.w3.org/2001/XMLSchema#string"
)

var (
	// safeLocalName is deliberately narrower than Turtle's PN_LOCAL: a name
	// that matches it needs no escapes in any Turtle parser we know of.
	safeLocalName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_-]*$`)
	// prefixNamePattern is PN_PREFIX restricted to ASCII and without dots.
	prefixNamePattern = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9_-]*)?$`)
	// iriSchemePattern: only absolute IRIs are written; a relative IRI would
	// be resolved against the file's location by whoever reads it.
	iriSchemePattern = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*:`)
	langTagPattern   = regexp.MustCompile(`^[A-Za-z]+(-[A-Za-z0-9]+)*$`)
	blankPattern     = regexp.MustCompile(`^[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?$`)
)

// Kinds of term, in the order they are sorted.
const (
	kindIRI = iota
	kindBlank
	kindLiteral
)

// rdfTerm is a checked RDF term with its canonical N-Triples form.
type rdfTerm struct {
	kind     int
	value    string // IRI, blank node label (without "_:"), or lexical form
	lang     string // language tag of a language literal
	datatype string // datatype IRI of a typed literal; "" for xsd:string and language literals
	nt       string // N-Triples form, also the identity of the term
}

// termOf checks t and returns it as an rdfTerm.
func termOf(t rdf.Term) (rdfTerm, error) {
	switch t := t.(type) {
	case rdf.IRI:
		if err := checkIRI(t.String()); err != nil {
			return rdfTerm{}, err
		}
		return rdfTerm{kind: kindIRI, value: t.String(), nt: t.Serialize(rdf.NTriples)}, nil
	case rdf.Blank:
		if !blankPattern.MatchString(t.String()) {
			return rdfTerm{}, fmt.Errorf("blank node label %q cannot be written", t.String())
		}
		return rdfTerm{kind: kindBlank, value: t.String(), nt: t.Serialize(rdf.NTriples)}, nil
	case rdf.Literal:
		return literalTerm(t)
	case nil:
		return rdfTerm{}, errors.New("missing term")
	default:
		return rdfTerm{}, fmt.Errorf("unsupported term type %T", t)
	}
}

func literalTerm(l rdf.Literal) (rdfTerm, error) {
	esc, err := escapeString(l.String())
	if err != nil {
		return rdfTerm{}, err
	}
	term := rdfTerm{kind: kindLiteral, value: l.String()}
	dt := l.DataType.String()
	switch {
	case l.Lang() != "":
		if !langTagPattern.MatchString(l.Lang()) {
			return rdfTerm{}, fmt.Errorf("invalid language tag %q", l.Lang())
		}
		term.lang = l.Lang()
		term.nt = esc + "@" + l.Lang()
	case dt == rdfLangStringIRI:
		return rdfTerm{}, fmt.Errorf("language literal %s has no language tag", esc)
	case dt == "" || dt == xsdStringIRI:
		// RDF 1.1: a literal without datatype is an xsd:string.
		term.nt = esc
	default:
		if err := checkIRI(dt); err != nil {
			return rdfTerm{}, fmt.Errorf("datatype of %s: %w", esc, err)
		}
		term.datatype = dt
		term.nt = esc + "^^" + l.DataType.Serialize(rdf.NTriples)
	}
	return term, nil
}

// checkIRI rejects what cannot be written between < and > without escapes,
// and relative IRIs.
func checkIRI(s string) error {
	if !iriSchemePattern.MatchString(s) {
		return fmt.Errorf("IRI %q is not absolute", s)
	}
	if !utf8.ValidString(s) {
		return fmt.Errorf("IRI %q is not valid UTF-8", s)
	}
	for _, r := range s {
		if r <= 0x20 || strings.ContainsRune(`<>"{}|^`+"`"+`\`, r) {
			return fmt.Errorf("IRI %q contains %q", s, r)
		}
	}
	return nil
}

// escapeString quotes s as a Turtle and N-Triples string. Control characters
// are escaped although both formats would allow most of them raw, so that a
// file never holds invisible characters.
func escapeString(s string) (string, error) {
	if !utf8.ValidString(s) {
		return "", fmt.Errorf("literal %q is not valid UTF-8", s)
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case '"':
			b.WriteString(`\"`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 || r == 0x7f {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String(), nil
}

// less orders terms: IRIs by IRI, then blank nodes, then literals.
func (t rdfTerm) less(u rdfTerm) bool {
	if t.kind != u.kind {
		return t.kind < u.kind
	}
	if t.value != u.value {
		return t.value < u.value
	}
	return t.nt < u.nt
}

// prefixer abbreviates IRIs with the longest matching namespace.
type prefixer struct {
	names, iris []string // longest namespace first
}

func newPrefixer(prefixes []ontology.Prefix) (*prefixer, error) {
	seen := map[string]bool{}
	p := &prefixer{}
	order := make([]int, 0, len(prefixes))
	for i, pre := range prefixes {
		if !prefixNamePattern.MatchString(pre.Name) {
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
	return p, nil
}

// iri writes an IRI as a prefixed name when its local part is safe.
func (p *prefixer) iri(s string) string {
	for i, ns := range p.iris {
		if local, ok := strings.CutPrefix(s, ns); ok && safeLocalName.MatchString(local) {
			return p.names[i] + ":" + local
		}
	}
	return "<" + s + ">"
}

func (p *prefixer) term(t rdfTerm) string {
	switch {
	case t.kind == kindIRI:
		return p.iri(t.value)
	case t.kind == kindLiteral && t.datatype != "":
		esc, _ := escapeString(t.value) // checked in termOf
		return esc + "^^" + p.iri(t.datatype)
	default:
		return t.nt
	}
}

// subjectGroup holds one subject's predicates and objects, keyed by N-Triples form.
type subjectGroup struct {
	subject rdfTerm
	preds   map[string]*predicateGroup
}

type predicateGroup struct {
	predicate rdfTerm
	objects   map[string]rdfTerm
}

// WriteTurtle writes the triples of quads, without their graph names and
// without duplicates, as Turtle: the prefixes in the order given, then one
// block per subject in IRI order, rdf:type first as "a", then the other
// predicates in IRI order. The output depends only on the set of triples.
// It returns the number of distinct triples written.
func WriteTurtle(w io.Writer, quads []rdf.Quad, prefixes []ontology.Prefix) (triples int, err error) {
	return writeAll(w, Turtle, quads, prefixes)
}

// turtleWriter writes Turtle one subject at a time (a Sink's groupWriter).
type turtleWriter struct {
	bw       *bufio.Writer
	pre      *prefixer
	prefixes []ontology.Prefix
	subjects int
}

func (t *turtleWriter) begin() {
	for _, p := range t.prefixes {
		fmt.Fprintf(t.bw, "@prefix %s: <%s> .\n", p.Name, p.IRI)
	}
}

func (t *turtleWriter) subject(_ *rdfTerm, sg *subjectGroup) {
	if t.subjects > 0 || len(t.prefixes) > 0 {
		t.bw.WriteByte('\n')
	}
	t.subjects++
	writeSubject(t.bw, t.pre, sg)
}

func (t *turtleWriter) end() {}

func tripleOf(q rdf.Quad) (s, p, o rdfTerm, err error) {
	if s, err = termOf(q.Subj); err != nil {
		return s, p, o, fmt.Errorf("subject: %w", err)
	}
	if p, err = termOf(q.Pred); err != nil {
		return s, p, o, fmt.Errorf("predicate: %w", err)
	}
	if o, err = termOf(q.Obj); err != nil {
		return s, p, o, fmt.Errorf("object: %w", err)
	}
	if s.kind == kindLiteral || p.kind != kindIRI {
		return s, p, o, fmt.Errorf("invalid triple %s %s %s", s.nt, p.nt, o.nt)
	}
	return s, p, o, nil
}

// writeSubject writes one block:
//
//	doc:a a eli:LegalResource ;
//	    eli:cites doc:b ,
//	        doc:c .
func writeSubject(bw *bufio.Writer, pre *prefixer, sg *subjectGroup) {
	preds := make([]*predicateGroup, 0, len(sg.preds))
	for _, pg := range sg.preds {
		preds = append(preds, pg)
	}
	sort.Slice(preds, func(i, j int) bool {
		ti, tj := preds[i].predicate.value == rdfTypeIRI, preds[j].predicate.value == rdfTypeIRI
		if ti != tj {
			return ti
		}
		return preds[i].predicate.value < preds[j].predicate.value
	})
	bw.WriteString(pre.term(sg.subject))
	for i, pg := range preds {
		if i > 0 {
			bw.WriteString(" ;\n   ")
		}
		if pg.predicate.value == rdfTypeIRI {
			bw.WriteString(" a")
		} else {
			bw.WriteString(" " + pre.iri(pg.predicate.value))
		}
		objs := make([]rdfTerm, 0, len(pg.objects))
		for _, o := range pg.objects {
			objs = append(objs, o)
		}
		sort.Slice(objs, func(i, j int) bool { return objs[i].less(objs[j]) })
		for j, o := range objs {
			if j > 0 {
				bw.WriteString(" ,\n       ")
			}
			bw.WriteString(" " + pre.term(o))
		}
	}
	bw.WriteString(" .\n")
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
	s, p, o, err := tripleOf(q)
	if err != nil {
		return "", err
	}
	if q.Ctx == nil {
		return s.nt + " " + p.nt + " " + o.nt + " .\n", nil
	}
	g, err := termOf(q.Ctx)
	if err != nil {
		return "", fmt.Errorf("graph: %w", err)
	}
	return s.nt + " " + p.nt + " " + o.nt + " " + g.nt + " .\n", nil
}
