package viz

import (
	"context"
	"testing"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/graph/store"
	"github.com/sckg/sckg/internal/storetest"
	"github.com/sckg/sckg/ontology"
)

// citing is a store of documents that cite one another, each citation
// made in paragraph op_1, as sckg builds them.
func citing(t *testing.T, cites map[string][]string) *store.Store {
	t.Helper()
	m := ontology.NewMinter("")
	iri := func(s string) rdf.IRI { v, _ := rdf.NewIRI(s); return v }
	lit := func(s string) rdf.Literal {
		return rdf.NewTypedLiteral(s, iri("http://www.w3.org/2001/XMLSchema#string"))
	}
	var quads []rdf.Quad
	add := func(doc, s string, p string, o rdf.Object) {
		quads = append(quads, rdf.Quad{Triple: rdf.Triple{Subj: iri(s), Pred: iri(p), Obj: o}, Ctx: iri(m.Graph(m.Document(doc)))})
	}
	for from, targets := range cites {
		d := m.Document(from)
		add(from, d, ontology.RDFType, iri(ontology.Resolution))
		add(from, d, ontology.ELIIDLocal, lit(from))
		para := m.Fragment(d, "op_1")
		add(from, para, ontology.ELIIsPartOf, iri(d))
		add(from, para, ontology.Text, lit("Recalling "+from+"'s sources"))
		for _, to := range targets {
			add(from, d, ontology.ELICites, iri(m.Document(to)))
			cit := m.Fragment(d, "op_1-cit-"+to)
			add(from, cit, ontology.CiTOHasCitingEntity, iri(para))
			add(from, cit, ontology.CiTOHasCitedEntity, iri(m.Document(to)))
			add(from, cit, ontology.CiTOHasCitationCharacterizat, iri(ontology.CiTOCites))
			add(from, cit, ontology.CitedAs, lit(to))
		}
	}
	return storetest.Load(t, storetest.Backends[0], quads)
}

// A cites B and C; B and C both cite D. One step from A draws A, B, C;
// expanding B brings D, and with it C's citation of D, which no step's
// query answered: the line C → D must be drawn too.
func TestExpandDrawsEveryCitationBetweenDrawnDocuments(t *testing.T) {
	s := citing(t, map[string][]string{"A": {"B", "C"}, "B": {"D"}, "C": {"D"}})
	ctx := context.Background()
	c, err := Load(ctx, s, "A", Options{Depth: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Nodes) != 3 || len(c.Edges) != 2 {
		t.Fatalf("one step from A: %d documents, %d edges; want 3 and 2", len(c.Nodes), len(c.Edges))
	}
	if err := c.Expand(ctx, s, []string{"B"}, ""); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range c.Edges {
		got = append(got, c.Nodes[c.NodeIndex()[e.Source]].Symbol+"→"+c.Nodes[c.NodeIndex()[e.Target]].Symbol)
		if len(e.Citations) != 1 || e.Citations[0].Paragraph != "op_1" {
			t.Errorf("edge %s: citations %+v", got[len(got)-1], e.Citations)
		}
	}
	want := []string{"A→B", "A→C", "B→D", "C→D"}
	if len(got) != len(want) {
		t.Fatalf("edges after expanding B: %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("edges after expanding B: %v, want %v", got, want)
		}
	}
	if d := c.Nodes[c.NodeIndex()[ontology.NewMinter("").Document("D")]].Depth; d != 2 {
		t.Errorf("D at depth %d, want 2", d)
	}
	if err := c.Expand(ctx, s, []string{"E"}, ""); err == nil {
		t.Error("expanding a document the store lacks: no error")
	}
}
