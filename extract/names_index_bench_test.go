package extract

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/sckg/sckg/internal/cputime"
	"github.com/sckg/sckg/ontology"
)

// BenchmarkIndexRegistry is what every extractor pays before its first
// file: the index of the registry's labels.
func BenchmarkIndexRegistry(b *testing.B) {
	r := ontology.DefaultRegistry()
	b.ReportAllocs()
	start := cputime.Used()
	for b.Loop() {
		indexRegistry(r)
	}
	b.ReportMetric(float64((cputime.Used()-start).Microseconds())/1000/float64(b.N), "cpu-ms/op")
}

// TestRegistryIndexAsAdded holds indexRegistry, which makes the trie from
// blocks, to adding the registry's labels one by one, then the places of
// no state and the states' governments by their adjectives: the same nodes, in the same order, with the same entries and
// filters.
func TestRegistryIndexAsAdded(t *testing.T) {
	r := ontology.DefaultRegistry()
	want := nameIndex{t: newNameTrie(1 << 11)}
	for _, a := range r.Actors() {
		if a.IsCollective() {
			continue // read as the addressees of requests only
		}
		for _, l := range a.Labels() {
			want.add(l, a.Key)
		}
	}
	for _, place := range ontology.PlacesOfNoState() {
		want.add(place) // read whole, as names of no actor
	}
	for _, g := range ontology.GovernmentNames() {
		want.add(g.Name, "state/"+g.Alpha3) // the states' governments by their adjectives
	}
	got := indexRegistry(r)
	if len(got.t.nodes) != len(want.t.nodes) {
		t.Fatalf("%d nodes, want %d", len(got.t.nodes), len(want.t.nodes))
	}
	for i := range want.t.nodes {
		g, w := got.t.nodes[i], want.t.nodes[i]
		if g.parent != w.parent || g.hash != w.hash || g.word != w.word || g.children != w.children || len(g.entries) != len(w.entries) {
			t.Fatalf("node %d: %+v, want %+v", i, g, w)
		}
		for j := range w.entries {
			if !reflect.DeepEqual(*g.entries[j], *w.entries[j]) {
				t.Fatalf("node %d entry %d: %+v, want %+v", i, j, *g.entries[j], *w.entries[j])
			}
		}
	}
	if !slices.Equal(got.t.starts, want.t.starts) || !slices.Equal(got.t.firsts, want.t.firsts) {
		t.Errorf("filters differ")
	}
	for i := range want.t.nodes[1:] {
		c := int32(i + 1)
		n := &got.t.nodes[c]
		if found, ok := got.t.child(n.parent, n.hash, n.word); !ok || found != c {
			t.Fatalf("node %d (%q) is not found under its parent", c, n.word)
		}
	}
}

// TestIsUpperCaseAsToUpper holds isUpperCase to strings.ToUpper.
func TestIsUpperCaseAsToUpper(t *testing.T) {
	cases := []string{"", "UN", "Un", "ÉTATS-UNIS", "États", "ß", "\u212a", "İ", "ı", "Σ", "σ", "ς", "联合国", "\xff", "A\xc3", "\ufffd", "ǅ", "ǈ", "123 ABC", "MALI'S"}
	for _, a := range ontology.DefaultRegistry().Actors() {
		cases = append(cases, a.Labels()...)
	}
	cases = append(cases, localLabels...)
	for _, s := range cases {
		if got, want := isUpperCase(s), strings.ToUpper(s) == s; got != want {
			t.Errorf("isUpperCase(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzIsUpperCase(f *testing.F) {
	for _, s := range []string{"UN", "Un", "\xff", "ǅ", "ß"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isUpperCase(s), strings.ToUpper(s) == s; got != want {
			t.Errorf("isUpperCase(%q) = %v, want %v", s, got, want)
		}
	})
}
