package rdfio

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/extract"
	"github.com/sckg/sckg/graph"
	"github.com/sckg/sckg/ontology"
)

// matchReference is match as it was before the namespaces were indexed by
// how they end: every namespace long enough, longest first.
func matchReference(p *prefixer, iri string) int {
	minLen := len(iri)
	for minLen > 0 && isNameChar(iri[minLen-1]) {
		minLen--
	}
	for i, ns := range p.iris {
		if len(ns) < minLen {
			break
		}
		if len(iri) > len(ns) && iri[:len(ns)] == ns && isSafeLocalName(iri[len(ns):]) {
			return i
		}
	}
	return -1
}

// prefixSetsForMatch are sckg's prefixes and sets that its own lacks:
// namespaces that end in a name character, nested in one another, one
// namespace under two names, an empty name.
var prefixSetsForMatch = [][]ontology.Prefix{
	ontology.Prefixes(),
	append(ontology.Prefixes(),
		ontology.Prefix{Name: "doc", IRI: ontology.Base + "doc/"},
		ontology.Prefix{Name: "res", IRI: ontology.Base + "doc/S/RES/"},
		ontology.Prefix{Name: "r", IRI: ontology.Base + "doc/S/RES"},
		ontology.Prefix{Name: "re", IRI: ontology.Base + "doc/S/RE"},
		ontology.Prefix{Name: "base", IRI: ontology.Base},
		ontology.Prefix{Name: "rdf2", IRI: ontology.RDF},
		ontology.Prefix{Name: "ty", IRI: ontology.RDF + "ty"},
		ontology.Prefix{Name: "", IRI: "http://example.org/"},
		ontology.Prefix{Name: "x", IRI: "http://example.org/x"},
		ontology.Prefix{Name: "xx", IRI: "http://example.org/x_"},
	),
	nil,
}

// TestMatchAsReference holds match to matchReference on every IRI of the
// Mali graph and of the development corpus's (when it is there), and on
// each namespace with tails that end it or do not.
func TestMatchAsReference(t *testing.T) {
	quads := seedExportQuads(t)
	quads = append(quads, devCorpusQuads(t)...)
	iris := map[string]bool{}
	for _, q := range quads {
		for _, term := range []rdf.Term{q.Subj, q.Pred, q.Obj, q.Ctx} {
			switch term := term.(type) {
			case rdf.IRI:
				iris[term.String()] = true
			case rdf.Literal:
				iris[term.DataType.String()] = true
			}
		}
	}
	tails := []string{"", "a", "A1", "_", "_x", "1", "-", "a-b_c", "a)", "a/b", "a#b", "a.b", "é", "a b"}
	for _, set := range prefixSetsForMatch {
		for _, pre := range set {
			for _, tail := range tails {
				iris[pre.IRI+tail] = true
				iris[pre.IRI[:len(pre.IRI)-1]+tail] = true
			}
		}
	}
	for n, set := range prefixSetsForMatch {
		p, err := newPrefixer(set)
		if err != nil {
			t.Fatal(err)
		}
		for iri := range iris {
			want := matchReference(p, iri)
			if got := match(p, iri); got != want {
				t.Fatalf("set %d: match(%q) = %d, want %d", n, iri, got, want)
			}
			if got := match(p, []byte(iri)); got != want {
				t.Fatalf("set %d: match([]byte(%q)) = %d, want %d", n, iri, got, want)
			}
		}
	}
	t.Logf("%d IRIs", len(iris))
}

// devCorpusQuads are the quads of the development corpus, when it is there.
func devCorpusQuads(t *testing.T) []rdf.Quad {
	dir := filepath.Join("..", "..", "..", "shared", "corpus", "crunsc-dev")
	if _, err := os.Stat(dir); err != nil {
		t.Logf("no development corpus: %v", err)
		return nil
	}
	inputs, _ := extract.Collect([]string{dir})
	var sources []*extract.Source
	for _, r := range extract.New(nil, extract.Options{}).Files(inputs) {
		if r.Err == nil {
			sources = append(sources, r.Source)
		}
	}
	return graph.Builder{Minter: ontology.NewMinter("")}.Build(sources)
}

// FuzzMatchAsReference holds match to matchReference on namespaces and
// IRIs of the fuzzer's, beside sckg's prefixes.
func FuzzMatchAsReference(f *testing.F) {
	f.Add("http://example.org/", "http://example.org/a", "b")
	f.Add(ontology.Base+"doc/", ontology.Base+"doc/S", "/RES/1")
	f.Add("http://x/#", "http://x/#a", "a")
	f.Fuzz(func(t *testing.T, ns1, ns2, tail string) {
		set := append(ontology.Prefixes(),
			ontology.Prefix{Name: "f1", IRI: ns1},
			ontology.Prefix{Name: "f2", IRI: ns2})
		p, err := newPrefixer(set)
		if err != nil {
			return // a namespace that cannot be written
		}
		for _, iri := range []string{tail, ns1 + tail, ns2 + tail, ns1[:len(ns1)/2] + tail, ontology.RDF + tail} {
			if got, want := match(p, iri), matchReference(p, iri); got != want {
				t.Fatalf("match(%q) = %d, want %d (namespaces %q)", iri, got, want, p.iris)
			}
		}
	})
}
