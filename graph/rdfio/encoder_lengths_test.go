package rdfio

import (
	"bytes"
	"strings"
	"testing"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/ontology"
)

// TestEncoderLengthsAsAdd: an encoder's records, whose lengths take one
// byte, two or three (lengthFirst), are read back from a sink whole, each
// the record appendRecord makes of its quad. Sink.Add goes through an
// encoder too, so each is compared with its record made on its own.
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
	got, err := NewSink(Turtle, ontology.Prefixes(), SinkOptions{})
	if err != nil {
		t.Fatal(err)
	}
	e := got.NewEncoder()
	e.Add(quads...)
	if err := got.AddEncoded(e); err != nil {
		t.Fatal(err)
	}
	if got.held.len() != len(quads) {
		t.Fatalf("%d records, want %d", got.held.len(), len(quads))
	}
	maker := recordMaker{f: Turtle, codes: got.codes}
	for i := range quads {
		want, _, err := maker.appendRecord(nil, &quads[i])
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.held.at(i), want) {
			t.Fatalf("record %d: %d bytes read back, want %d", i, len(got.held.at(i)), len(want))
		}
	}
}

var xsdStringIRIForTest, _ = rdf.NewIRI(xsdStringIRI)
