package graph

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/extract"
	"github.com/sckg/sckg/internal/cputime"
	"github.com/sckg/sckg/ontology"
)

// BenchmarkEach maps the development corpus to quads as a build's worker does,
// file by file, the quads handed on and dropped; it reports the CPU time
// of one round besides its wall time, which waits for a core count on a
// shared machine.
func BenchmarkEach(b *testing.B) {
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
	g := Builder{Minter: ontology.NewMinter("")}.Mapper() // one a worker, as a build
	drop := func([]rdf.Quad) error { return nil }
	b.ReportAllocs()
	start := cputime.Used()
	for b.Loop() {
		for _, src := range sources {
			if err := g.Each(src, drop); err != nil {
				b.Fatal(err)
			}
		}
	}
	if used := cputime.Used() - start; used > 0 {
		b.ReportMetric(float64(used.Milliseconds())/float64(b.N), "cpu-ms/op")
	}
}
