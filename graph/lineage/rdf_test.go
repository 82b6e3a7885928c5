package lineage

import (
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"testing"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/ontology"
)

// keyReference is the sort key as first written, of the terms' own
// strings: the specification appendKey is held to.
func keyReference(q rdf.Quad) string {
	return q.Ctx.String() + "\x00" + q.Subj.String() + "\x00" + q.Pred.String() + "\x00" + q.Obj.Serialize(rdf.NQuads)
}

func TestAppendKeyAsReference(t *testing.T) {
	m := ontology.NewMinter("")
	quads := Quads(m, seedPairs(t))
	if _, err := os.Stat(*benchCorpus); err == nil {
		quads = append(quads, Quads(m, Series(read(t, *benchCorpus)))...)
	}
	ctx, subj, pred := mustIRI(m.LineageGraph()), mustIRI("http://example.org/s"), mustIRI(ontology.AddedText)
	for _, text := range []string{"", "plain", "a \"quoted\"\nline\r\n", `back\slash`, "Côte d’Ivoire", "bad \xff\xfe UTF-8 \xe2\x82", "\ufffd"} {
		for _, o := range []rdf.Object{
			str(text), lang(text, "en"), lang(text, "fr-CA"),
			rdf.NewTypedLiteral(text, mustIRI(ontology.XSDDecimal)), rdf.NewTypedLiteral(text, rdf.IRI{}),
		} {
			quads = append(quads, rdf.Quad{Triple: rdf.Triple{Subj: subj, Pred: pred, Obj: o}, Ctx: ctx})
		}
	}
	quads = append(quads, rdf.Quad{Triple: rdf.Triple{Subj: subj, Pred: pred, Obj: mustIRI("http://example.org/o")}, Ctx: ctx})
	if len(quads) < 1000 {
		t.Fatalf("only %d quads to key", len(quads))
	}
	var buf []byte
	for _, q := range quads {
		buf = appendKey(buf[:0], q)
		if got, want := string(buf), keyReference(q); got != want {
			t.Fatalf("key of %v:\n got %q\nwant %q", q, got, want)
		}
	}
}

// TestPermuteAsCopy holds permute to the copy it replaces: quads[order[i]]
// at i, for permutations of every length to 40 and their cycles.
func TestPermuteAsCopy(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for n := range 41 {
		for range 20 {
			quads := make([]rdf.Quad, n)
			for i := range quads {
				quads[i].Subj = mustIRI("http://example.org/" + strconv.Itoa(i))
			}
			order := make([]int32, n)
			for i, k := range r.Perm(n) {
				order[i] = int32(k)
			}
			want := make([]rdf.Quad, n)
			for i, k := range order {
				want[i] = quads[k]
			}
			permute(quads, order)
			if !slices.Equal(quads, want) {
				t.Fatalf("permute of %d quads differs from the copy", n)
			}
		}
	}
}
