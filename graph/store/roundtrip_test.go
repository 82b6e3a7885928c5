package store_test

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/graph"
	"github.com/sckg/sckg/graph/rdfio"
	"github.com/sckg/sckg/graph/store"
	"github.com/sckg/sckg/internal/storetest"
	"github.com/sckg/sckg/ontology"
)

// The store answers with the quads the Turtle holds: one build, two outputs.
func TestStoreHoldsTheBuiltQuads(t *testing.T) {
	quads := storetest.MaliQuads(t)
	st, err := store.Open(filepath.Join(t.TempDir(), "db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.ReplaceGraphs(context.Background(), quads); err != nil {
		t.Fatal(err)
	}
	back, err := st.Quads()
	if err != nil {
		t.Fatal(err)
	}
	var a, b strings.Builder
	if _, err := rdfio.WriteNQuads(&a, quads); err != nil {
		t.Fatal(err)
	}
	if _, err := rdfio.WriteNQuads(&b, back); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Errorf("the store gives back other quads than were loaded (%d vs %d lines)", strings.Count(a.String(), "\n"), strings.Count(b.String(), "\n"))
	}
}

// The round trip: Turtle written by sckg, read back with knakk/rdf,
// loaded into a Cayley store and dumped as N-Quads, is the direct export's
// set of triples; and N-Quads the same way keeps every named graph.
func TestRoundTripThroughCayley(t *testing.T) {
	onto, err := graph.OntologyQuads(ontology.NewMinter(""))
	if err != nil {
		t.Fatal(err)
	}
	quads := append(onto, storetest.MaliQuads(t)...)
	for _, f := range []rdfio.Format{rdfio.Turtle, rdfio.NQuads} {
		var out bytes.Buffer
		if _, err := rdfio.Write(&out, f, quads, ontology.Prefixes()); err != nil {
			t.Fatal(err)
		}
		back, err := rdfio.Read(&out, f)
		if err != nil {
			t.Fatal(err)
		}
		st, err := store.Open("memory")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := st.ReplaceGraphs(context.Background(), back); err != nil {
			t.Fatal(err)
		}
		dumped, err := st.Quads()
		st.Close()
		if err != nil {
			t.Fatal(err)
		}
		want := sortedNQuads(t, quads)
		if f == rdfio.Turtle {
			want = sortedNQuads(t, withoutGraphs(quads))
		}
		if got := sortedNQuads(t, dumped); got != want {
			t.Errorf("%s → knakk/rdf → Cayley → N-Quads differs from the direct export:\n%s", f, lineDiff(got, want))
		}
	}
}

func withoutGraphs(quads []rdf.Quad) []rdf.Quad {
	out := make([]rdf.Quad, len(quads))
	for i, q := range quads {
		out[i] = rdf.Quad{Triple: q.Triple}
	}
	return out
}
