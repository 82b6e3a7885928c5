package rdfio

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"io"
	"math/rand"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/internal/cputime"
	"github.com/sckg/sckg/ontology"
)

// TestSinkSpills writes the Mali graph through a sink that spills after
// every few hundred statements, the quads in shuffled order and some of
// them twice, one document's worth at a time, and checks that each format
// comes out byte for byte as Write makes it of the whole graph at once,
// with no run file left behind.
func TestSinkSpills(t *testing.T) {
	quads := seedExportQuads(t)
	shuffled := shuffledWithRepeats(quads, 13)
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

var benchStatements = flag.String("bench.nt", "", "N-Triples or N-Quads `file` whose statements BenchmarkWriteTurtle writes, instead of the Mali graph")

// TestRecordsSort: records sort by their bytes, whatever their heads and
// the groups they come in.
func TestRecordsSort(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	heads := []string{"a ", "b ", "ab ", "a\x00 ", "\x00 ", "ba ",
		// alike past eight and sixteen bytes, ending within them or not
		"prefix/aaaaaaaa/b ", "prefix/aaaaaaaa/a ", "prefix/aaaaaaaa ", "prefix/aaaaaaab ",
		"prefix/aaaaaaaa\x00 ", "prefix/aaaaaaaa/b\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00 ",
		"prefix/aaaaaaaa/b\x00\x00\x00\x00\x00\x00\x00 "}
	tails := []string{"", "x", "xy", "y", "\x00", "\xff"}
	var r records
	var want [][]byte
	for round := range 3 {
		r.reset()
		want = want[:0]
		for range 2000 + round {
			head := heads[rng.Intn(len(heads))]
			rec := []byte(head + tails[rng.Intn(len(tails))] + tails[rng.Intn(len(tails))])
			if rng.Intn(50) == 0 {
				rec = append(rec, bytes.Repeat([]byte{'z'}, chunkSize)...) // a record of its own chunk
			}
			addRecord(&r, rec, len(head))
			want = append(want, rec)
		}
		slices.SortFunc(want, bytes.Compare)
		r.sort()
		for i := range want {
			if !bytes.Equal(r.at(i), want[i]) {
				t.Fatalf("round %d: record %d is %q, want %q", round, i, r.at(i)[:min(20, len(r.at(i)))], want[i][:min(20, len(want[i]))])
			}
		}
	}
}

// BenchmarkWriteTurtle measures the Turtle writer on the Mali graph as a
// build makes it, or on the statements of -bench.nt, in triples written
// per second: the figure issue 13 compares with rapper's
// (internal/bench/run.sh).
//
//	go test ./graph/rdfio -run '^$' -bench WriteTurtle -benchtime 20x
//	sckg build ../shared/corpus/crunsc-dev --out /tmp/dev.nt
//	go test ./graph/rdfio -run '^$' -bench WriteTurtle -benchtime 20x -bench.nt /tmp/dev.nt
func BenchmarkWriteTurtle(b *testing.B) {
	quads := benchQuads(b)
	triples := 0
	start := cputime.Used()
	for b.Loop() {
		n, err := WriteTurtle(io.Discard, quads, ontology.Prefixes())
		if err != nil {
			b.Fatal(err)
		}
		triples += n
	}
	reportRates(b, triples, cputime.Used()-start, "triples")
}

// BenchmarkSink measures each format's path through a sink as 'sckg
// build' uses it: the quads a document at a time, a build's memory
// budget, then Finish.
//
//	go test ./graph/rdfio -run '^$' -bench Sink -benchtime 20x
func BenchmarkSink(b *testing.B) {
	quads := seedExportQuads(b)
	for _, f := range Formats {
		b.Run(string(f), func(b *testing.B) {
			statements := 0
			start := cputime.Used()
			for b.Loop() {
				s, err := NewSink(f, ontology.Prefixes(), SinkOptions{Memory: 16 << 20, TempDir: b.TempDir()})
				if err != nil {
					b.Fatal(err)
				}
				for start := 0; start < len(quads); start += 1000 {
					if err := s.Add(quads[start:min(start+1000, len(quads))]...); err != nil {
						b.Fatal(err)
					}
				}
				n, err := s.Finish(io.Discard)
				if err != nil {
					b.Fatal(err)
				}
				statements += n
			}
			reportRates(b, statements, cputime.Used()-start, "statements")
		})
	}
}

// reportRates reports n things done per second of the benchmark's wall
// time, and per second of the CPU time the process used (cpu-), garbage
// collection included: on a shared machine the wall time counts the
// waits for a core too, the CPU time does not.
func reportRates(b *testing.B, n int, cpu time.Duration, things string) {
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), things+"/s")
	if cpu > 0 {
		b.ReportMetric(float64(n)/cpu.Seconds(), "cpu-"+things+"/s")
	}
}

// benchQuads are the statements of -bench.nt, or the Mali graph.
func benchQuads(b *testing.B) []rdf.Quad {
	if *benchStatements == "" {
		return seedExportQuads(b)
	}
	f, err := os.Open(*benchStatements)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	quads, err := rdf.NewQuadDecoder(bufio.NewReader(f), rdf.NQuads).DecodeAll()
	if err != nil {
		b.Fatal(err)
	}
	return quads
}

// BenchmarkRecordsSort measures the sort of a spill: 16 MB of records of
// the Mali graph, or of -bench.nt, in Turtle's record format, put back in
// the order they came in before each sort. They come a graph at a time,
// the graphs shuffled, as a build's documents come in the order of their
// files, not of their IRIs.
//
//	go test ./graph/rdfio -run '^$' -bench RecordsSort -benchtime 20x -bench.nt /tmp/902.nq
func BenchmarkRecordsSort(b *testing.B) {
	quads := byShuffledGraphs(benchQuads(b))
	s, err := NewSink(Turtle, ontology.Prefixes(), SinkOptions{})
	if err != nil {
		b.Fatal(err)
	}
	for _, q := range quads {
		if s.held.size() > 16<<20 {
			break
		}
		if err := s.Add(q); err != nil {
			b.Fatal(err)
		}
	}
	came := slices.Clone(s.held.entries)
	sorted := 0
	start := cputime.Used()
	for b.Loop() {
		s.held.entries = append(s.held.entries[:0], came...)
		s.held.sort()
		sorted += len(came)
	}
	reportRates(b, sorted, cputime.Used()-start, "records")
}

// byShuffledGraphs returns quads a graph at a time, in an order of the
// graphs of its own, each graph's quads in their order.
func byShuffledGraphs(quads []rdf.Quad) []rdf.Quad {
	var names []string
	graphs := map[string][]rdf.Quad{}
	for _, q := range quads {
		name := ""
		if q.Ctx != nil {
			name = q.Ctx.String()
		}
		if _, ok := graphs[name]; !ok {
			names = append(names, name)
		}
		graphs[name] = append(graphs[name], q)
	}
	rand.New(rand.NewSource(13)).Shuffle(len(names), func(i, j int) { names[i], names[j] = names[j], names[i] })
	out := make([]rdf.Quad, 0, len(quads))
	for _, name := range names {
		out = append(out, graphs[name]...)
	}
	return out
}

// TestSinkStopsWhenTheWriterFails: Finish returns the error of a file
// that cannot be written, having spilled runs.
func TestSinkStopsWhenTheWriterFails(t *testing.T) {
	quads := seedExportQuads(t)
	for _, f := range Formats {
		s, err := NewSink(f, ontology.Prefixes(), SinkOptions{Memory: 1 << 20, TempDir: t.TempDir()})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Add(quads...); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Finish(&failingWriter{left: 1 << 20}); !errors.Is(err, errDiskFull) {
			t.Errorf("%s: got %v, want %v", f, err, errDiskFull)
		}
	}
}

var errDiskFull = errors.New("disk full")

// failingWriter takes left bytes, then fails.
type failingWriter struct{ left int }

func (w *failingWriter) Write(p []byte) (int, error) {
	if len(p) > w.left {
		w.left = 0
		return 0, errDiskFull
	}
	w.left -= len(p)
	return len(p), nil
}

// BenchmarkSinkFinish measures Finish alone, as 'sckg build' ends: the
// Mali graph's statements, or those of -bench.nt, added a graph at a
// time in shuffled order with a build's memory, spilled, then merged and
// written as Turtle.
//
//	go test ./graph/rdfio -run '^$' -bench SinkFinish -benchtime 5x -bench.nt /tmp/902.nq
func BenchmarkSinkFinish(b *testing.B) {
	quads := byShuffledGraphs(benchQuads(b))
	statements := 0
	var cpu time.Duration // Finish's, the runs' goroutines' too
	for b.Loop() {
		b.StopTimer()
		s, err := NewSink(Turtle, ontology.Prefixes(), SinkOptions{Memory: 16 << 20, TempDir: b.TempDir()})
		if err != nil {
			b.Fatal(err)
		}
		if err := s.Add(quads...); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := cputime.Used()
		n, err := s.Finish(io.Discard)
		if err != nil {
			b.Fatal(err)
		}
		cpu += cputime.Used() - start
		statements += n
	}
	b.ReportMetric(float64(statements)/b.Elapsed().Seconds(), "statements/s")
	b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
}

// BenchmarkTurtleStatements measures the Turtle writer alone, the last
// stage of Finish: the records of the Mali graph, or of -bench.nt, held
// and sorted before the loop, read and written as statements to nowhere.
//
//	go test ./graph/rdfio -run '^$' -bench TurtleStatements -benchtime 20x -bench.nt /tmp/902.nq
func BenchmarkTurtleStatements(b *testing.B) {
	s, err := NewSink(Turtle, ontology.Prefixes(), SinkOptions{})
	if err != nil {
		b.Fatal(err)
	}
	if err := s.Add(benchQuads(b)...); err != nil {
		b.Fatal(err)
	}
	s.held.sort()
	bw := bufio.NewWriter(io.Discard)
	statements := 0
	start := cputime.Used()
	for b.Loop() {
		out := &turtleWriter{bw: bw, pre: s.pre, prefixes: s.prefixes}
		out.begin()
		st := statement{codes: s.codes}
		var prev []byte
		for i := range s.held.len() {
			rec := s.held.at(i)
			if prev != nil && bytes.Equal(rec, prev) {
				continue // a duplicate, as merge drops it
			}
			out.statement(&st, st.readChange(rec, prev))
			prev = rec
			statements++
		}
		out.end()
		bw.Flush()
	}
	reportRates(b, statements, cputime.Used()-start, "statements")
}

// shuffledWithRepeats is quads, the first 5,000 of them (all, when there
// are fewer) twice, in an order fixed by seed: input a sink must sort and
// make distinct.
func shuffledWithRepeats(quads []rdf.Quad, seed int64) []rdf.Quad {
	out := append(quads[:len(quads):len(quads)], quads[:min(5000, len(quads))]...)
	rand.New(rand.NewSource(seed)).Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// TestRunReaderAsWritten: a run's records read back as writeRunRecord
// wrote them, sharing their first bytes with the one before or not,
// those longer than the reader's buffer and those cut by its edge too,
// duplicates and prefixes of the next; and a run cut short is an error,
// not its end.
func TestRunReaderAsWritten(t *testing.T) {
	rng := rand.New(rand.NewSource(13))
	var want [][]byte
	for i := range 5000 {
		n := 1 + rng.Intn(300)
		if i%500 == 7 {
			n = 1<<16 + rng.Intn(1<<17) // past the buffer
		}
		rec := make([]byte, n)
		for j := range rec {
			rec[j] = "ab\x00"[rng.Intn(3)] // few bytes: long shared prefixes
		}
		want = append(want, rec)
		if i%50 == 3 {
			want = append(want, rec, rec[:n/2])
		}
	}
	slices.SortFunc(want, bytes.Compare)
	var run bytes.Buffer
	bw := bufio.NewWriter(&run)
	var prev []byte
	for _, rec := range want {
		writeRunRecord(bw, rec, prev)
		prev = rec
	}
	bw.Flush()
	if run.Len() >= len(bytes.Join(want, nil)) {
		t.Errorf("the run is %d bytes, no fewer than its records'", run.Len())
	}
	read := func(run []byte) (got [][]byte, err error) {
		r := newRunReader(bytes.NewReader(run))
		for {
			rec, err := r.next()
			if err != nil {
				return got, err
			}
			got = append(got, bytes.Clone(rec))
		}
	}
	got, err := read(run.Bytes())
	if err != io.EOF || len(got) != len(want) {
		t.Fatalf("read %d records and %v, want %d and EOF", len(got), err, len(want))
	}
	for i := range want {
		if !bytes.Equal(got[i], want[i]) {
			t.Fatalf("record %d differs", i)
		}
	}
	for _, cut := range []int{1, 2, 100, run.Len() / 2} {
		if _, err := read(run.Bytes()[:run.Len()-cut]); err != io.ErrUnexpectedEOF {
			t.Errorf("a run cut %d bytes short: %v, want %v", cut, err, io.ErrUnexpectedEOF)
		}
	}
}

// TestMergeAheadAsMerge: merging ahead on another goroutine gives each
// record with the one before it as merge does, across the batches, in
// buffers given or grown, and a writer that fails stops the merge.
func TestMergeAheadAsMerge(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	var r records
	for range 20000 {
		rec := make([]byte, 1+rng.Intn(120))
		for i := range rec {
			rec[i] = byte('a' + rng.Intn(3))
		}
		addRecord(&r, rec, 1)
	}
	addRecord(&r, bytes.Repeat([]byte("b"), 3*batchBytes), 1) // longer than a batch
	r.sort()
	collect := func(each func(emit func(rec, prev []byte) error) error) (pairs []string) {
		each(func(rec, prev []byte) error {
			pairs = append(pairs, string(rec)+"|"+string(prev))
			return nil
		})
		return pairs
	}
	want := collect(func(emit func(rec, prev []byte) error) error { return merge(nil, &r, emit) })
	given := make([][]byte, mergeBatches)
	for i := range given {
		given[i] = make([]byte, 0, batchBytes)
	}
	for _, buffers := range [][][]byte{given, make([][]byte, mergeBatches)} {
		got := collect(func(emit func(rec, prev []byte) error) error { return mergeAhead(nil, &r, buffers, emit) })
		if len(want) < 10000 || !slices.Equal(got, want) {
			t.Errorf("mergeAhead gave %d records, merge %d (or not the same)", len(got), len(want))
		}
	}
	written := 0
	err := mergeAhead(nil, &r, make([][]byte, mergeBatches), func(rec, prev []byte) error {
		if written++; written == 5000 {
			return errDiskFull
		}
		return nil
	})
	if err != errDiskFull {
		t.Errorf("a writer that failed: %v, want %v", err, errDiskFull)
	}
}
