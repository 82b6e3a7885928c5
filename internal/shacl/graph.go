package shacl

import (
	"sort"
	"strings"

	"github.com/knakk/rdf"
)

// Namespaces the validator reads.
const (
	SH     = "http://www.w3.org/ns/shacl#"
	rdfNS  = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	rdfsNS = "http://www.w3.org/2000/01/rdf-schema#"
	xsdNS  = "http://www.w3.org/2001/XMLSchema#"

	rdfType       = rdfNS + "type"
	rdfFirst      = rdfNS + "first"
	rdfRest       = rdfNS + "rest"
	rdfNil        = rdfNS + "nil"
	rdfLangString = rdfNS + "langString"
	rdfsSubClass  = rdfsNS + "subClassOf"
	xsdString     = xsdNS + "string"
)

// Kind is the kind of an RDF term.
type Kind uint8

// Kinds of term, in the order they sort.
const (
	IRI Kind = iota
	Blank
	Literal
)

// Term is an RDF term, comparable, so that it can key a map. A literal
// always has a datatype: xsd:string when none is written, rdf:langString
// when it has a language.
type Term struct {
	Kind     Kind
	Value    string // IRI, blank node label, or lexical form
	Lang     string
	Datatype string
}

// TermOf converts a knakk/rdf term.
func TermOf(t rdf.Term) Term {
	switch t := t.(type) {
	case rdf.IRI:
		return Term{Kind: IRI, Value: t.String()}
	case rdf.Blank:
		return Term{Kind: Blank, Value: strings.TrimPrefix(t.String(), "_:")}
	case rdf.Literal:
		l := Term{Kind: Literal, Value: t.String(), Lang: t.Lang(), Datatype: t.DataType.String()}
		switch {
		case l.Lang != "":
			l.Datatype = rdfLangString
		case l.Datatype == "":
			l.Datatype = xsdString
		}
		return l
	}
	return Term{}
}

// String writes the term as in N-Triples, without escapes: for messages.
func (t Term) String() string {
	switch t.Kind {
	case IRI:
		return "<" + t.Value + ">"
	case Blank:
		return "_:" + t.Value
	}
	s := `"` + t.Value + `"`
	switch {
	case t.Lang != "":
		return s + "@" + t.Lang
	case t.Datatype != xsdString:
		return s + "^^<" + t.Datatype + ">"
	}
	return s
}

func (t Term) less(u Term) bool {
	if t.Kind != u.Kind {
		return t.Kind < u.Kind
	}
	if t.Value != u.Value {
		return t.Value < u.Value
	}
	if t.Lang != u.Lang {
		return t.Lang < u.Lang
	}
	return t.Datatype < u.Datatype
}

func iri(s string) Term { return Term{Kind: IRI, Value: s} }

// Graph is a set of triples indexed for validation. Named graphs are
// merged: a data graph is validated as one.
type Graph struct {
	out      map[Term]map[string][]Term // subject → predicate → objects
	subjects map[string][]Term          // predicate → subjects
	objects  map[string][]Term          // predicate → objects
}

// NewGraph indexes triples, dropping duplicates.
func NewGraph(triples []rdf.Triple) *Graph {
	g := &Graph{out: map[Term]map[string][]Term{}, subjects: map[string][]Term{}, objects: map[string][]Term{}}
	seen := map[[3]Term]bool{}
	for _, tr := range triples {
		s, p, o := TermOf(tr.Subj), TermOf(tr.Pred).Value, TermOf(tr.Obj)
		key := [3]Term{s, iri(p), o}
		if seen[key] {
			continue
		}
		seen[key] = true
		po := g.out[s]
		if po == nil {
			po = map[string][]Term{}
			g.out[s] = po
		}
		po[p] = append(po[p], o)
		g.subjects[p] = append(g.subjects[p], s)
		g.objects[p] = append(g.objects[p], o)
	}
	return g
}

// Objects returns the objects of s's property p.
func (g *Graph) Objects(s Term, p string) []Term { return g.out[s][p] }

func (g *Graph) object(s Term, p string) (Term, bool) {
	if os := g.out[s][p]; len(os) > 0 {
		return os[0], true
	}
	return Term{}, false
}

// instancesOf returns the SHACL instances of class: nodes typed with it or
// with one of its subclasses (rdfs:subClassOf*, in this graph).
func (g *Graph) instancesOf(class string) []Term {
	classes := g.subClassesOf(class)
	seen := map[Term]bool{}
	var out []Term
	for _, s := range g.subjects[rdfType] {
		if seen[s] {
			continue
		}
		for _, t := range g.out[s][rdfType] {
			if t.Kind != Literal && classes[t] {
				seen[s] = true
				out = append(out, s)
				break
			}
		}
	}
	return out
}

// subClassesOf returns class and every class below it.
func (g *Graph) subClassesOf(class string) map[Term]bool {
	set := map[Term]bool{iri(class): true}
	queue := []Term{iri(class)}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		for _, s := range g.subjects[rdfsSubClass] {
			if set[s] {
				continue
			}
			for _, sup := range g.out[s][rdfsSubClass] {
				if sup == c {
					set[s] = true
					queue = append(queue, s)
					break
				}
			}
		}
	}
	return set
}

// isInstance tells whether node is a SHACL instance of class.
func (g *Graph) isInstance(node Term, class string, cache map[string]map[Term]bool) bool {
	classes := cache[class]
	if classes == nil {
		classes = g.subClassesOf(class)
		cache[class] = classes
	}
	for _, t := range g.out[node][rdfType] {
		if classes[t] {
			return true
		}
	}
	return false
}

// list reads an RDF list starting at head.
func (g *Graph) list(head Term) ([]Term, bool) {
	var out []Term
	for n := 0; head != iri(rdfNil); n++ {
		first, ok := g.object(head, rdfFirst)
		if !ok || n > 10000 {
			return nil, false
		}
		out = append(out, first)
		if head, ok = g.object(head, rdfRest); !ok {
			return nil, false
		}
	}
	return out, true
}

func sortTerms(ts []Term) {
	sort.Slice(ts, func(i, j int) bool { return ts[i].less(ts[j]) })
}
