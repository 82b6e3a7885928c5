package rdfio

import (
	"io"
	"testing"

	"github.com/sckg/sckg/internal/cputime"
	"github.com/sckg/sckg/ontology"
)

// BenchmarkSinkAsBuild measures a Turtle file's whole way through a sink
// as 'sckg build' takes it: the Mali graph, or -bench.nt, a graph at a
// time in shuffled order, encoded in batches of 2,000 quads (on the
// workers in a build), taken with a build's memory and its minted
// namespaces (sinkBuildNamespaces), spilled, merged and written, in CPU
// milliseconds of the process for each pass (the spills' goroutines'
// too).
//
//	sckg build /tmp/c902m --out /tmp/902.nq
//	go test ./graph/rdfio -run '^$' -bench SinkAsBuild -benchtime 10x -bench.nt /tmp/902.nq
func BenchmarkSinkAsBuild(b *testing.B) {
	quads := byShuffledGraphs(benchQuads(b))
	start := cputime.Used()
	for b.Loop() {
		s, err := NewSink(Turtle, ontology.Prefixes(), SinkOptions{Memory: 16 << 20, TempDir: b.TempDir(), Namespaces: sinkBuildNamespaces})
		if err != nil {
			b.Fatal(err)
		}
		addInBatches(b, s, quads, 2000)
		if _, err := s.Finish(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64((cputime.Used()-start).Milliseconds())/float64(b.N), "cpu-ms/op")
}

// sinkBuildNamespaces are a build's minted namespaces at the default
// base.
var sinkBuildNamespaces = ontology.NewMinter(ontology.Base).Namespaces()
