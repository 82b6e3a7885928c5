package rdfio

import (
	"bytes"
	"strings"
	"testing"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/ontology"
)

// TestEncoderLengthsAsAdd: an encoder's records, whose lengths take one
// byte, two or three (lengthFirst), are those a sink's Add makes.
func TestEncoderLengthsAsAdd(t *testing.T) {
	var quads []rdf.Quad
	for _, n := range []int{0, 1, 50, 100, 110, 127, 128, 129, 200, 16_250, 16_383, 16_384, 16_500, 3 << 20} {
		quads = append(quads, rdf.Quad{Triple: rdf.Triple{
			Subj: rdf.IRI{}, Pred: rdf.IRI{}, Obj: rdf.NewTypedLiteral(strings.Repeat("x", n), xsdStringIRIForTest),
		}})
	}
	for i := range quads {
		s, _ := rdf.NewIRI("https://w3id.org/sckg/doc/S/RES/1(1946)")
		p, _ := rdf.NewIRI("https://w3id.org/sckg/def#text")
		quads[i].Subj, quads[i].Pred = s, p
	}
	want, err := NewSink(Turtle, ontology.Prefixes(), SinkOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got, _ := NewSink(Turtle, ontology.Prefixes(), SinkOptions{})
	if err := want.Add(quads...); err != nil {
		t.Fatal(err)
	}
	e := got.NewEncoder()
	e.Add(quads...)
	if err := got.AddEncoded(e); err != nil {
		t.Fatal(err)
	}
	if got.held.len() != want.held.len() {
		t.Fatalf("%d records, want %d", got.held.len(), want.held.len())
	}
	for i := range want.held.len() {
		if !bytes.Equal(got.held.at(i), want.held.at(i)) {
			t.Fatalf("record %d (%d bytes) differs", i, len(want.held.at(i)))
		}
	}
}

var xsdStringIRIForTest, _ = rdf.NewIRI(xsdStringIRI)
