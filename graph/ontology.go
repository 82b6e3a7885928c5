package graph

// The ontology that goes into every export, as quads of its own graph.

import (
	"sync"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/ontology"
)

// OntologyGraph is the named graph that holds the ontology in an export.
func OntologyGraph(m ontology.Minter) string { return m.Base + "graph/ontology" }

// The ontology's triples are compiled in, as a table (ontology_table.go)
// that TestOntologyTableIsSckgTTL holds to ontology/sckg.ttl: every build
// decoded its 43 KB of Turtle as it started, 7,700 allocations and some
// 4 ms.

//go:generate go test -run TestOntologyTableIsSckgTTL -update

var ontologyTriples = sync.OnceValues(func() ([]rdf.Triple, error) {
	return triplesOfTable(), nil
})

// tableTriple is a triple of sckg.ttl, as the table holds it: strings the
// compiler lays out in the binary, made into terms when first asked for.
type tableTriple struct {
	subj tableTerm
	pred string
	obj  tableTerm
}

// tableTerm is an IRI, a blank node (its label without "_:") or a literal
// (a language's string, or a value of its datatype).
type tableTerm struct {
	blank, literal        bool
	value, lang, datatype string
}

// triplesOfTable makes the terms of the table's triples as the Turtle
// decoder makes them.
func triplesOfTable() []rdf.Triple {
	out := make([]rdf.Triple, len(ontologyTable))
	for i, t := range ontologyTable {
		out[i] = rdf.Triple{Subj: t.subj.term().(rdf.Subject), Pred: iri(t.pred), Obj: t.obj.term()}
	}
	return out
}

func (t tableTerm) term() rdf.Object {
	switch {
	case t.blank:
		b, err := rdf.NewBlank(t.value)
		if err != nil {
			panic("graph: a blank node of ontology_table.go: " + err.Error())
		}
		return b
	case t.literal && t.lang != "":
		l, err := rdf.NewLangLiteral(t.value, t.lang)
		if err != nil {
			panic("graph: a literal of ontology_table.go: " + err.Error())
		}
		return l
	case t.literal:
		return rdf.NewTypedLiteral(t.value, iri(t.datatype))
	}
	return iri(t.value)
}

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
