package rdfio

import (
	"bytes"
	"math/rand"
	"os"
	"testing"

	"github.com/sckg/sckg/ontology"
)

// TestSinkSpills writes the Mali graph through a sink that spills after
// every few hundred statements, the quads in shuffled order and some of
// them twice, one document's worth at a time, and checks that each format
// comes out byte for byte as Write makes it of the whole graph at once,
// with no run file left behind.
func TestSinkSpills(t *testing.T) {
	quads := seedExportQuads(t)
	shuffled := append(quads[:len(quads):len(quads)], quads[:5000]...)
	rand.New(rand.NewSource(13)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	for _, f := range Formats {
		want, wantN := export(t, f, quads)
		dir := t.TempDir()
		var got bytes.Buffer
		// About 150 statements a run: the graph's 30,000 quads make over
		// 64 runs, so that runs are merged before the end as well.
		s, err := NewSink(f, ontology.Prefixes(), SinkOptions{Memory: 100_000, TempDir: dir})
		if err != nil {
			t.Fatal(err)
		}
		for start := 0; start < len(shuffled); start += 700 {
			if err := s.Add(shuffled[start:min(start+700, len(shuffled))]...); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
		}
		n, err := s.Finish(&got)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if n != wantN || !bytes.Equal(got.Bytes(), want) {
			t.Errorf("%s: the sink wrote %d statements, %d bytes; Write %d, %d bytes", f, n, got.Len(), wantN, len(want))
		}
		if left, _ := os.ReadDir(dir); len(left) > 0 {
			t.Errorf("%s: %d run files left in the temporary folder", f, len(left))
		}
	}
}

// TestSinkCountsQuadsAcrossAdds: a bad quad is named by its place among
// all quads added, as Write names it in its slice.
func TestSinkCountsQuadsAcrossAdds(t *testing.T) {
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
	err = s.Add(quads[0], bad)
	if err == nil || err.Error()[:8] != "quad 11:" {
		t.Errorf("got %v, want an error about quad 11", err)
	}
}
