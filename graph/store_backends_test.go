package graph_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/graph"
	"github.com/sckg/sckg/internal/storetest"
)

func sortedNQuads(t *testing.T, quads []rdf.Quad) string {
	t.Helper()
	var buf bytes.Buffer
	if _, err := graph.WriteNQuads(&buf, quads); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func storeNQuads(t *testing.T, s *graph.Store) string {
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
	const g1 = "https://w3id.org/sckg/graph/doc/S/RES/2531(2020)"
	var fewer, others []rdf.Quad
	for _, q := range mali {
		if q.Ctx.String() == g1 {
			if len(fewer) < 5 {
				fewer = append(fewer, q)
			}
		} else {
			others = append(others, q)
		}
	}
	if len(fewer) == 0 {
		t.Fatalf("no graph %s in the Mali graph", g1)
	}
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
			if _, err := s.ReplaceGraphs(mali); err != nil {
				t.Fatal(err)
			}
			if n2, _ := s.Count(); n2 != n {
				t.Errorf("second load: %d quads, was %d", n2, n)
			}
			if got := storeNQuads(t, s); got != want {
				t.Errorf("second load changed the store")
			}
			if _, err := s.ReplaceGraphs(fewer); err != nil {
				t.Fatal(err)
			}
			if got, want := storeNQuads(t, s), sortedNQuads(t, append(append([]rdf.Quad{}, others...), fewer...)); got != want {
				t.Errorf("rebuilding %s did not replace exactly its graph", g1)
			}
			n3, err := s.Count()
			if err != nil {
				t.Fatal(err)
			}
			if want := int64(distinct(others) + distinct(fewer)); n3 != want {
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
