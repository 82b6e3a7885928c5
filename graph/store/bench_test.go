package store_test

// Benchmarks of the store backends on sckg's load and query mix, on the
// Mali graph and on a synthetic graph of 3,000 resolutions and 20,000
// citations. They run only with -bench:
//
//	go test ./graph/store -run '^$' -bench . -benchtime 1x
//
// PostgreSQL is measured when SCKG_TEST_POSTGRES names a server (see
// internal/storetest). Compare backends by the ratios of their figures in
// one run; the README gives the figures that chose DefaultKind.

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/knakk/rdf"

	"github.com/sckg/sckg/graph/store"
	"github.com/sckg/sckg/internal/storetest"
	"github.com/sckg/sckg/queries"
)

type benchBackend struct {
	name string
	new  func(b *testing.B) string
}

func folder(kind store.Kind) func(b *testing.B) string {
	return func(b *testing.B) string { return string(kind) + ":" + filepath.Join(b.TempDir(), "store") }
}

var benchBackends = []benchBackend{
	{"bolt", folder(store.Bolt)},
	{"badger", folder(store.Badger)},
	{"leveldb", folder(store.LevelDB)},
	{"memory", func(*testing.B) string { return "memory" }},
	{"postgres", func(b *testing.B) string { return storetest.PostgresURL(b) }},
}

type benchQuery struct {
	name   string
	params map[string]string
}

type benchSet struct {
	name    string
	quads   func(b *testing.B) []rdf.Quad
	queries []benchQuery
}

var (
	synthOnce  sync.Once
	synthQuads []rdf.Quad
)

// The synthetic graph's resolutions are S/RES/1000(1990) to
// S/RES/3999(2019): 3,000 of them.
var benchSets = []benchSet{
	{"mali", func(b *testing.B) []rdf.Quad { return storetest.MaliQuads(b) }, []benchQuery{
		{"citation-chain", map[string]string{"symbol": "S/RES/2584(2021)"}},
		{"cited-by", map[string]string{"symbol": "S/RES/2374(2017)"}},
		{"paragraph-citations", map[string]string{"symbol": "S/RES/2531(2020)"}},
		{"path", map[string]string{"from": "S/RES/2584(2021)", "to": "S/RES/2480(2019)"}},
	}},
	{"synthetic", func(*testing.B) []rdf.Quad {
		synthOnce.Do(func() { synthQuads = synthetic(3000, 20000) })
		return synthQuads
	}, []benchQuery{
		{"citation-chain", map[string]string{"symbol": "S/RES/3999(2019)"}},
		{"cited-by", map[string]string{"symbol": "S/RES/3900(2019)"}},
		{"paragraph-citations", map[string]string{"symbol": "S/RES/3999(2019)"}},
		{"path", map[string]string{"from": "S/RES/3999(2019)", "to": "S/RES/3800(2018)"}},
	}},
}

func distinctCount(quads []rdf.Quad) int {
	seen := make(map[string]bool, len(quads))
	for _, q := range quads {
		seen[q.Serialize(rdf.NQuads)] = true
	}
	return len(seen)
}

// BenchmarkLoad loads a graph into a new store and closes it (flushing it
// to disk): quads/s is the load rate.
func BenchmarkLoad(b *testing.B) {
	for _, set := range benchSets {
		for _, be := range benchBackends {
			b.Run(set.name+"/"+be.name, func(b *testing.B) {
				quads := set.quads(b)
				n := distinctCount(quads)
				for b.Loop() {
					b.StopTimer()
					s, err := store.Open(be.new(b))
					if err != nil {
						b.Fatal(err)
					}
					b.StartTimer()
					if _, err := s.ReplaceGraphs(context.Background(), quads); err != nil {
						b.Fatal(err)
					}
					if err := s.Close(); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "quads/s")
			})
		}
	}
}

// BenchmarkFreshLoad loads a graph into a new store of the default kind
// (a folder) and closes it, and in the same run loads the same distinct
// quads as Cayley's own loader does ('cayley load': a new bolt store, its
// "single" quad writer, batches of quad.DefaultBatch), and, unless -short,
// sckg's load through Cayley's ApplyDeltas (the way sckg loaded every
// store before bulk.go). quads/s is sckg's rate; cayley-quads/s and
// via-cayley-quads/s the others; x-cayley sckg's rate over Cayley's.
// Each is timed from creating the store to closing it.
//
//	go test ./graph/store -run '^$' -bench FreshLoad -benchtime 3x
func BenchmarkFreshLoad(b *testing.B) {
	for _, set := range benchSets {
		b.Run(set.name, func(b *testing.B) {
			quads := set.quads(b)
			n := distinctCount(quads)
			cq, err := store.CayleyQuads(distinctQuads(quads))
			if err != nil {
				b.Fatal(err)
			}
			var sckg, cayley, via time.Duration
			runs := 0
			for b.Loop() {
				b.StopTimer()
				runs++
				cayley += timed(b, func() { cayleyLoad(b, filepath.Join(b.TempDir(), "cayley"), cq) })
				if !testing.Short() {
					via += timed(b, func() { sckgLoad(b, filepath.Join(b.TempDir(), "via"), quads, false) })
				}
				b.StartTimer()
				sckg += timed(b, func() { sckgLoad(b, filepath.Join(b.TempDir(), "sckg"), quads, true) })
			}
			rate := func(d time.Duration) float64 { return float64(n) * float64(runs) / d.Seconds() }
			b.ReportMetric(rate(sckg), "quads/s")
			b.ReportMetric(rate(cayley), "cayley-quads/s")
			if via > 0 {
				b.ReportMetric(rate(via), "via-cayley-quads/s")
			}
			b.ReportMetric(rate(sckg)/rate(cayley), "x-cayley")
		})
	}
}

func timed(b *testing.B, f func()) time.Duration {
	start := time.Now()
	f()
	return time.Since(start)
}

// sckgLoad loads quads into a new store in dir as 'sckg build --store'
// does, directly or (bulk false) through Cayley's ApplyDeltas.
func sckgLoad(b *testing.B, dir string, quads []rdf.Quad, bulk bool) {
	defer func(saved bool) { *store.BulkLoad = saved }(*store.BulkLoad)
	*store.BulkLoad = bulk
	s, err := store.Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := s.ReplaceGraphs(context.Background(), quads); err != nil {
		b.Fatal(err)
	}
	if err := s.Close(); err != nil {
		b.Fatal(err)
	}
}

// cayleyLoad loads quads into a new bolt store in dir as 'cayley load
// --init' does (cmd/cayley/command/database.go, internal/load.go).
func cayleyLoad(b *testing.B, dir string, quads []quad.Quad) {
	if err := cgraph.InitQuadStore("bolt", dir, nil); err != nil {
		b.Fatal(err)
	}
	qs, err := cgraph.NewQuadStore("bolt", dir, nil)
	if err != nil {
		b.Fatal(err)
	}
	qw, err := cgraph.NewQuadWriter("single", qs, nil)
	if err != nil {
		b.Fatal(err)
	}
	w := cgraph.NewWriter(qw)
	if _, err := quad.CopyBatch(w, quad.NewReader(quads), quad.DefaultBatch); err != nil {
		b.Fatal(err)
	}
	if err := w.Close(); err != nil {
		b.Fatal(err)
	}
	if err := qw.Close(); err != nil {
		b.Fatal(err)
	}
	if err := qs.Close(); err != nil {
		b.Fatal(err)
	}
}

func distinctQuads(quads []rdf.Quad) []rdf.Quad {
	seen := make(map[string]bool, len(quads))
	var out []rdf.Quad
	for _, q := range quads {
		if k := q.Serialize(rdf.NQuads); !seen[k] {
			seen[k] = true
			out = append(out, q)
		}
	}
	return out
}

// BenchmarkReload loads the same graph again into a store that holds it:
// what a rebuild costs when nothing changed.
func BenchmarkReload(b *testing.B) {
	for _, set := range benchSets {
		for _, be := range benchBackends {
			b.Run(set.name+"/"+be.name, func(b *testing.B) {
				quads := set.quads(b)
				s, err := store.Open(be.new(b))
				if err != nil {
					b.Fatal(err)
				}
				defer s.Close()
				if _, err := s.ReplaceGraphs(context.Background(), quads); err != nil {
					b.Fatal(err)
				}
				for b.Loop() {
					if _, err := s.ReplaceGraphs(context.Background(), quads); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkQuery runs the canned queries on a loaded store: ns/op is the
// latency of one query.
func BenchmarkQuery(b *testing.B) {
	for _, set := range benchSets {
		for _, be := range benchBackends {
			b.Run(set.name+"/"+be.name, func(b *testing.B) {
				quads := set.quads(b)
				s, err := store.Open(be.new(b))
				if err != nil {
					b.Fatal(err)
				}
				defer s.Close()
				if _, err := s.ReplaceGraphs(context.Background(), quads); err != nil {
					b.Fatal(err)
				}
				for _, bq := range set.queries {
					q, ok := queries.Get(bq.name)
					if !ok {
						b.Fatalf("no query %s", bq.name)
					}
					b.Run(bq.name, func(b *testing.B) {
						results := 0
						for b.Loop() {
							ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
							res, err := queries.Run(ctx, s, q, bq.params, queries.Options{})
							cancel()
							if err != nil {
								b.Fatal(err)
							}
							results = len(res.Rows)
						}
						if results == 0 {
							b.Fatalf("%s %v: no results", bq.name, bq.params)
						}
						b.ReportMetric(float64(results), "results")
					})
				}
			})
		}
	}
}

// TestSyntheticGraph checks the generator: its size, that it is the same
// on every call, and that the benchmark queries have answers in it.
func TestSyntheticGraph(t *testing.T) {
	small := synthetic(300, 2000)
	if again := synthetic(300, 2000); len(again) != len(small) || fmt.Sprint(again[len(again)-1]) != fmt.Sprint(small[len(small)-1]) {
		t.Errorf("two runs of the generator differ")
	}
	docs, cits := map[string]bool{}, 0
	for _, q := range small {
		switch {
		case q.Pred.String() == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" && q.Obj.String() == "https://w3id.org/sckg/def#Resolution":
			docs[q.Subj.String()] = true
		case q.Pred.String() == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" && q.Obj.String() == "http://purl.org/spar/cito/Citation":
			cits++
		}
	}
	if len(docs) != 300 || cits != 2000 {
		t.Errorf("%d resolutions and %d citations, want 300 and 2000", len(docs), cits)
	}
	s, err := store.Open("memory")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.ReplaceGraphs(context.Background(), small); err != nil {
		t.Fatal(err)
	}
	q, _ := queries.Get("path")
	res, err := queries.Run(context.Background(), s, q, map[string]string{"from": "S/RES/1299(2019)", "to": "S/RES/1200(2010)"}, queries.Options{})
	if err != nil || len(res.Rows) == 0 {
		t.Errorf("no path between two resolutions of the synthetic graph: %v", err)
	}
}
