package main

import (
	"cmp"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/internal/cputime"
)

// BenchmarkLoadStore loads the development corpus's quads into a new bolt
// store as a build does once its graph file is written: from the spool,
// a batch at a time, each batch whole documents. The quads are those of a
// build of crunsc-dev, spooled a named graph at a time before the timer
// starts. quads/s counts wall time, which waits for a core on a shared
// machine; cpu-quads/s the process's CPU time (the garbage collector's
// and any goroutine's included).
//
//	go test ./cmd/sckg -run '^$' -bench LoadStore -benchtime 5x
func BenchmarkLoadStore(b *testing.B) {
	dir := devCorpus(b)
	nq := filepath.Join(b.TempDir(), "dev.nq")
	if code := run([]string{"build", dir, "--quiet", "-o", nq}, os.Stdout, os.Stderr); code != 0 {
		b.Fatalf("build: exit %d", code)
	}
	f, err := os.Open(nq)
	if err != nil {
		b.Fatal(err)
	}
	quads, err := rdf.NewQuadDecoder(f, rdf.NQuads).DecodeAll()
	f.Close()
	if err != nil {
		b.Fatal(err)
	}
	sp, err := spoolByGraph(b.TempDir(), quads)
	if err != nil {
		b.Fatal(err)
	}
	defer sp.close()
	in := catchInterrupts(os.Stderr)
	defer in.stop()
	start := cputime.Used()
	for b.Loop() {
		b.StopTimer()
		db := filepath.Join(b.TempDir(), "db")
		b.StartTimer()
		if _, _, err := loadStore(in.ctx, in, db, sp, &deferredBar{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(quads))*float64(b.N)/b.Elapsed().Seconds(), "quads/s")
	if used := cputime.Used() - start; used > 0 {
		b.ReportMetric(float64(len(quads))*float64(b.N)/used.Seconds(), "cpu-quads/s")
	}
}

// spoolByGraph spools quads a named graph at a time, in the order the
// graphs first appear, cutting batches between graphs as a build cuts
// them between documents.
func spoolByGraph(dir string, quads []rdf.Quad) (*spool, error) {
	first := map[string]int{}
	for i, q := range quads {
		if _, ok := first[graphOf(q)]; !ok {
			first[graphOf(q)] = i
		}
	}
	quads = slices.Clone(quads)
	slices.SortStableFunc(quads, func(a, b rdf.Quad) int { return cmp.Compare(first[graphOf(a)], first[graphOf(b)]) })
	sp, err := newSpool(dir)
	if err != nil {
		return nil, err
	}
	for start := 0; start < len(quads); {
		end := start + 1
		for end < len(quads) && graphOf(quads[end]) == graphOf(quads[start]) {
			end++
		}
		if err := sp.add(quads[start:end]); err != nil {
			sp.close()
			return nil, err
		}
		sp.cut(false)
		start = end
	}
	if err := sp.end(); err != nil {
		sp.close()
		return nil, err
	}
	return sp, nil
}

func graphOf(q rdf.Quad) string {
	if q.Ctx == nil {
		return ""
	}
	return q.Ctx.String()
}
