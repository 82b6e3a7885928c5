package rdfio

import (
	"bytes"
	"encoding/binary"
	"testing"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/internal/cputime"

	"github.com/sckg/sckg/ontology"
)

// TestAddEncodedInBatches: records an encoder made and a sink took a
// run at a time hold what records taken one at a time hold, record by
// record, in the same groups, across the chunks they fill (the Mali
// graph a graph at a time, as a build's documents come, four times
// over: more than a chunk), handed over in batches of every few sizes,
// and by Add. Taken one at a time, each record is grouped by comparing
// its head with the last group's, not by what the encoder told, and
// goes into the next chunk when the last has no room for it.
func TestAddEncodedInBatches(t *testing.T) {
	var quads []rdf.Quad
	for range 4 {
		quads = append(quads, byShuffledGraphs(seedExportQuads(t))...)
	}
	newSink := func(f Format) *Sink {
		s, err := NewSink(f, ontology.Prefixes(), SinkOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	for _, f := range []Format{Turtle, TriG, NQuads} {
		want := newSink(f)
		addInBatches(t, want, quads, 1)
		if want.held.used < 2 {
			t.Fatalf("%s: the records fill %d chunk(s): no chunk's end is tried", f, want.held.used)
		}
		for _, batch := range []int{7, 700, len(quads)} {
			got := newSink(f)
			addInBatches(t, got, quads, batch)
			sameRecords(t, f, batch, &got.held, &want.held)
		}
		added := newSink(f)
		if err := added.Add(quads...); err != nil {
			t.Fatal(err)
		}
		sameRecords(t, f, addBatch, &added.held, &want.held)
	}
}

// addRecord adds rec, whose head is rec[:head], to r on its own, as a
// sink takes an encoder's single record: for tests of records that are
// not statements.
func addRecord(r *records, rec []byte, head int) {
	e := &Encoder{buf: binary.AppendUvarint(nil, uint64(len(rec)))}
	at := len(e.buf)
	e.buf = append(e.buf, rec...)
	e.recs = []encoded{{at: int32(at), end: int32(len(e.buf)), head: int32(head)}}
	r.addEncoded(e, 0, 0)
}

// sameRecords fails unless got and want hold the same records in the
// same groups.
func sameRecords(t *testing.T, f Format, batch int, got, want *records) {
	t.Helper()
	if got.len() != want.len() || len(got.groups) != len(want.groups) || got.size() != want.size() {
		t.Fatalf("%s, batches of %d: %d records in %d groups, %d bytes; one at a time %d in %d, %d bytes",
			f, batch, got.len(), len(got.groups), got.size(), want.len(), len(want.groups), want.size())
	}
	for i := range want.len() {
		if !bytes.Equal(got.at(i), want.at(i)) || got.entries[i].group != want.entries[i].group {
			t.Fatalf("%s, batches of %d: record %d is %q in group %d; one at a time %q in %d",
				f, batch, i, got.at(i), got.entries[i].group, want.at(i), want.entries[i].group)
		}
	}
	for g := range want.groups {
		if !bytes.Equal(got.head(got.groups[g]), want.head(want.groups[g])) {
			t.Fatalf("%s, batches of %d: group %d's head %q; one at a time %q", f, batch, g, got.head(got.groups[g]), want.head(want.groups[g]))
		}
	}
}

// TestEncoderSpillsAsAdd: a document's records handed over whole to a
// sink that spills within them, so that a group may be cut by a spill,
// make the file Write makes of the quads.
func TestEncoderSpillsAsAdd(t *testing.T) {
	quads := byShuffledGraphs(seedExportQuads(t))
	for _, f := range []Format{Turtle, TriG, NQuads} {
		want, wantN := export(t, f, quads)
		for _, memory := range []int{3_000, 40_000, 250_000} {
			s, err := NewSink(f, ontology.Prefixes(), SinkOptions{Memory: memory, TempDir: t.TempDir()})
			if err != nil {
				t.Fatal(err)
			}
			addInBatches(t, s, quads, 500)
			var got bytes.Buffer
			n, err := s.Finish(&got)
			if err != nil {
				t.Fatal(err)
			}
			if n != wantN || !bytes.Equal(got.Bytes(), want) {
				t.Errorf("%s, memory %d: %d statements, %d bytes; Write %d, %d bytes", f, memory, n, got.Len(), wantN, len(want))
			}
		}
	}
}

// BenchmarkAddEncoded measures a sink's taking of encoded records, on
// the goroutine that merges a build's files: the Mali graph, or
// -bench.nt, a graph at a time, encoded before the loop in batches of
// 2,000 quads, as a build's files come.
//
//	go test ./graph/rdfio -run '^$' -bench AddEncoded -benchtime 20x -bench.nt /tmp/902.nq
func BenchmarkAddEncoded(b *testing.B) {
	quads := byShuffledGraphs(benchQuads(b))
	s, err := NewSink(Turtle, ontology.Prefixes(), SinkOptions{})
	if err != nil {
		b.Fatal(err)
	}
	var encoders []*Encoder
	for start := 0; start < len(quads); start += 2000 {
		e := s.NewEncoder()
		e.Add(quads[start:min(start+2000, len(quads))]...)
		encoders = append(encoders, e)
	}
	start := cputime.Used()
	for b.Loop() {
		for _, e := range encoders {
			if err := s.AddEncoded(e); err != nil {
				b.Fatal(err)
			}
		}
		s.held.reset()
	}
	reportRates(b, len(quads)*b.N, cputime.Used()-start, "records")
}

// addInBatches adds quads to s through one encoder, batch quads at a
// time, as the build's workers hand them on.
func addInBatches(tb testing.TB, s *Sink, quads []rdf.Quad, batch int) {
	tb.Helper()
	e := s.NewEncoder()
	for start := 0; start < len(quads); start += batch {
		e.Add(quads[start:min(start+batch, len(quads))]...)
		if err := s.AddEncoded(e); err != nil {
			tb.Fatal(err)
		}
		e.Reset()
	}
}
