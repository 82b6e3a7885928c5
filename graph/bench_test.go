package graph

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/extract"
	"github.com/sckg/sckg/graph/rdfio"
	"github.com/sckg/sckg/internal/cputime"
	"github.com/sckg/sckg/ontology"
)

// devSources extracts the development corpus, or skips b without it.
func devSources(b *testing.B) []*extract.Source {
	dir := filepath.Join("..", "..", "shared", "corpus", "crunsc-dev")
	if _, err := os.Stat(dir); err != nil {
		b.Skipf("no development corpus: %v", err)
	}
	inputs, _ := extract.Collect([]string{dir})
	var sources []*extract.Source
	for _, r := range extract.New(nil, extract.Options{}).Files(inputs) {
		if r.Err == nil {
			sources = append(sources, r.Source)
		}
	}
	return sources
}

// BenchmarkEach maps the development corpus to quads as a build's worker does,
// file by file, the quads handed on and dropped; it reports the CPU time
// of one round besides its wall time, which waits for a core count on a
// shared machine.
func BenchmarkEach(b *testing.B) {
	sources := devSources(b)
	g := Builder{Minter: ontology.NewMinter("")}.Mapper() // one a worker, as a build
	drop := func([]rdf.Quad) error { return nil }
	benchmarkMapping(b, sources, g, drop, func() {})
}

// BenchmarkEachEncoded maps the development corpus and encodes its quads
// as the graph file's records (Turtle), as a build's worker does: the
// mapping and the encoder's checks of its terms together.
func BenchmarkEachEncoded(b *testing.B) {
	sources := devSources(b)
	g := Builder{Minter: ontology.NewMinter("")}.Mapper()
	sink, err := rdfio.NewSink(rdfio.Turtle, ontology.Prefixes(), rdfio.SinkOptions{})
	if err != nil {
		b.Fatal(err)
	}
	enc := sink.NewEncoder()
	encode := func(quads []rdf.Quad) error { enc.Add(quads...); return nil }
	benchmarkMapping(b, sources, g, encode, enc.Reset)
}

// benchmarkMapping maps sources with g, handing each file's quads to
// emit and calling reset after the file.
func benchmarkMapping(b *testing.B, sources []*extract.Source, g *Mapper, emit func([]rdf.Quad) error, reset func()) {
	b.ReportAllocs()
	start := cputime.Used()
	for b.Loop() {
		for _, src := range sources {
			if err := g.Each(src, emit); err != nil {
				b.Fatal(err)
			}
			reset()
		}
	}
	if used := cputime.Used() - start; used > 0 {
		b.ReportMetric(float64(used.Milliseconds())/float64(b.N), "cpu-ms/op")
	}
}
