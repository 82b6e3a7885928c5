package store_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/graph/rdfio"
	"github.com/sckg/sckg/graph/store"
	"github.com/sckg/sckg/internal/storetest"
)

func sortedNQuads(t *testing.T, quads []rdf.Quad) string {
	t.Helper()
	var buf bytes.Buffer
	if _, err := rdfio.WriteNQuads(&buf, quads); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func storeNQuads(t *testing.T, s *store.Store) string {
	t.Helper()
	quads, err := s.Quads()
	if err != nil {
		t.Fatal(err)
	}
	return sortedNQuads(t, quads)
}

// On every backend: the store gives back the Mali graph as built, a second
// load of the same quads changes nothing, and rebuilding one document
// replaces exactly its named graph.
func TestReplaceGraphsEveryBackend(t *testing.T) {
	mali := storetest.MaliQuads(t)
	want := sortedNQuads(t, mali)
	// The rebuild of one document: its graph loses some quads and gains
	// one; the other graphs are not in the input.
	const g1 = "https://w3id.org/sckg/graph/doc/S/RES/2531(2020)"
	var rebuilt, others []rdf.Quad
	dropped := 0
	for _, q := range mali {
		switch {
		case q.Ctx.String() != g1:
			others = append(others, q)
		case dropped < 20 && q.Pred.String() == "https://w3id.org/sckg/def#text":
			dropped++ // the text of some paragraphs
		default:
			rebuilt = append(rebuilt, q)
		}
	}
	if len(rebuilt) == 0 || dropped == 0 {
		t.Fatalf("no graph %s with paragraph texts in the Mali graph", g1)
	}
	g1IRI, _ := rdf.NewIRI(g1)
	s1, _ := rdf.NewIRI("https://w3id.org/sckg/doc/S/RES/2531(2020)")
	p1, _ := rdf.NewIRI("http://www.w3.org/2000/01/rdf-schema#comment")
	o1, _ := rdf.NewLiteral("rebuilt")
	rebuilt = append(rebuilt, rdf.Quad{Triple: rdf.Triple{Subj: s1, Pred: p1, Obj: o1}, Ctx: g1IRI})
	for _, b := range storetest.Backends {
		t.Run(b.Name, func(t *testing.T) {
			t.Parallel()
			s := storetest.Load(t, b, mali)
			if got := storeNQuads(t, s); got != want {
				t.Fatalf("%s gives back other quads than were loaded (%d lines, want %d)", b.Name, strings.Count(got, "\n"), strings.Count(want, "\n"))
			}
			n, err := s.Count()
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.ReplaceGraphs(context.Background(), mali); err != nil {
				t.Fatal(err)
			}
			if n2, _ := s.Count(); n2 != n {
				t.Errorf("second load: %d quads, was %d", n2, n)
			}
			if got := storeNQuads(t, s); got != want {
				t.Errorf("second load changed the store")
			}
			if _, err := s.ReplaceGraphs(context.Background(), rebuilt); err != nil {
				t.Fatal(err)
			}
			if got, want := storeNQuads(t, s), sortedNQuads(t, append(append([]rdf.Quad{}, others...), rebuilt...)); got != want {
				t.Errorf("rebuilding %s did not replace exactly its graph:\n%s", g1, lineDiff(got, want))
			}
			n3, err := s.Count()
			if err != nil {
				t.Fatal(err)
			}
			if want := int64(distinct(others) + distinct(rebuilt)); n3 != want {
				t.Errorf("after the rebuild: %d quads, want %d", n3, want)
			}
		})
	}
}

func distinct(quads []rdf.Quad) int {
	seen := map[string]bool{}
	for _, q := range quads {
		seen[q.Serialize(rdf.NQuads)] = true
	}
	return len(seen)
}

// lineDiff shows the first lines that only one of two N-Quads texts has.
func lineDiff(got, want string) string {
	in := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, l := range strings.Split(s, "\n") {
			m[l] = true
		}
		return m
	}
	g, w := in(got), in(want)
	var out []string
	for l := range g {
		if !w[l] && len(out) < 5 {
			out = append(out, "+ "+l)
		}
	}
	for l := range w {
		if !g[l] && len(out) < 10 {
			out = append(out, "- "+l)
		}
	}
	return strings.Join(out, "\n")
}

// Both ways of reading the graphs to replace from PostgreSQL, a query per
// graph and one pass over the store, replace exactly those graphs.
func TestReplaceGraphsPostgresBothWays(t *testing.T) {
	dec := func(text string) []rdf.Quad {
		quads, err := rdf.NewQuadDecoder(strings.NewReader(text), rdf.NQuads).DecodeAll()
		if err != nil {
			t.Fatal(err)
		}
		return quads
	}
	before := dec(`<urn:a> <urn:p> "1" <urn:g1> .
<urn:b> <urn:p> "2" <urn:g1> .
<urn:c> <urn:p> "3" <urn:g2> .
<urn:d> <urn:p> "4" <urn:g3> .
`)
	rebuild := dec(`<urn:a> <urn:p> "1" <urn:g1> .
<urn:e> <urn:p> "5" <urn:g1> .
<urn:f> <urn:p> "6" <urn:g2> .
`)
	want := sortedNQuads(t, append(rebuild, before[3]))
	saved := *store.PGScanGraphs
	defer func() { *store.PGScanGraphs = saved }()
	for _, scan := range []int{100, 0} {
		*store.PGScanGraphs = scan
		s, err := store.Open(storetest.PostgresURL(t))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.ReplaceGraphs(context.Background(), before); err != nil {
			t.Fatal(err)
		}
		if _, err := s.ReplaceGraphs(context.Background(), rebuild); err != nil {
			t.Fatal(err)
		}
		if got := storeNQuads(t, s); got != want {
			t.Errorf("one pass above %d graphs:\n%s\nwant\n%s", scan, got, want)
		}
		s.Close()
	}
}
