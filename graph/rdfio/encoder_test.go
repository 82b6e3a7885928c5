package rdfio

import (
	"bytes"
	"testing"

	"github.com/sckg/sckg/ontology"
)

// TestEncoderAddsAsAddDoes: quads encoded on the side, in batches by
// encoders of their own, and handed to a sink that spills often, make
// the file Write makes of them, in every format.
func TestEncoderAddsAsAddDoes(t *testing.T) {
	quads := seedExportQuads(t)
	shuffled := shuffledWithRepeats(quads, 7)
	for _, f := range Formats {
		want, wantN := export(t, f, quads)
		s, err := NewSink(f, ontology.Prefixes(), SinkOptions{Memory: 100_000, TempDir: t.TempDir()})
		if err != nil {
			t.Fatal(err)
		}
		encoders := []*Encoder{s.NewEncoder(), s.NewEncoder()}
		for i, start := 0, 0; start < len(shuffled); i, start = i+1, start+700 {
			e := encoders[i%2]
			e.Add(shuffled[start:min(start+700, len(shuffled))]...)
			if err := s.AddEncoded(e); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			e.Reset()
		}
		var got bytes.Buffer
		n, err := s.Finish(&got)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if n != wantN || !bytes.Equal(got.Bytes(), want) {
			t.Errorf("%s: encoders made %d statements, %d bytes; Write %d, %d bytes", f, n, got.Len(), wantN, len(want))
		}
	}
}

// TestEncoderCountsQuadsAcrossAdds: a bad quad an encoder met is named by
// its place among all quads the sink took, as Add names it.
func TestEncoderCountsQuadsAcrossAdds(t *testing.T) {
	quads := seedExportQuads(t)[:10]
	bad := quads[3]
	bad.Ctx = nil
	bad.Subj = nil
	s, err := NewSink(NQuads, nil, SinkOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Add(quads...); err != nil {
		t.Fatal(err)
	}
	e := s.NewEncoder()
	e.Add(quads[0], bad, quads[1])
	err = s.AddEncoded(e)
	if err == nil || err.Error()[:8] != "quad 11:" {
		t.Errorf("got %v, want an error about quad 11", err)
	}
}
