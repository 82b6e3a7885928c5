package lineage

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/sckg/sckg/extract"
	"github.com/sckg/sckg/internal/cputime"
	"github.com/sckg/sckg/ontology"
)

var benchCorpus = flag.String("lineage.corpus", filepath.Join("..", "..", "..", "shared", "corpus", "crunsc-dev"),
	"folder whose resolutions the benchmarks compare (a corpusgen corpus measures scale)")

// trimmedCorpus is what a build hands Series: the trimmed documents of
// every file of the benchmark corpus.
func trimmedCorpus(b *testing.B) []*extract.Source {
	b.Helper()
	if _, err := os.Stat(*benchCorpus); err != nil {
		b.Skipf("no corpus to compare: %v", err)
	}
	var docs []*extract.Document
	for _, src := range read(b, *benchCorpus) {
		for _, d := range src.Documents {
			if t := Trim(d); t != nil {
				docs = append(docs, t)
			}
		}
	}
	return []*extract.Source{{Documents: docs}}
}

// cpuLoop runs a benchmark's loop and reports the CPU time of one round
// besides its wall time: on a shared machine the wall time counts the
// waits for a core too, the CPU time (garbage collection included) does
// not.
func cpuLoop(b *testing.B, loop func()) {
	b.ReportAllocs()
	start := cputime.Used()
	for b.Loop() {
		loop()
	}
	if used := cputime.Used() - start; used > 0 {
		b.ReportMetric(float64(used.Milliseconds())/float64(b.N), "cpu-ms/op")
	}
}

func BenchmarkSeries(b *testing.B) {
	sources := trimmedCorpus(b)
	cpuLoop(b, func() { Series(sources) })
}

// BenchmarkQuads writes the pairs as a build does, one pair at a time.
func BenchmarkQuads(b *testing.B) {
	pairs := Series(trimmedCorpus(b))
	m := ontology.NewMinter("")
	cpuLoop(b, func() {
		for _, p := range pairs {
			Quads(m, []*Pair{p})
		}
	})
}

// BenchmarkUnsortedQuads writes the pairs as a build does for its graph
// file, which its sink sorts: one pair at a time, unsorted.
func BenchmarkUnsortedQuads(b *testing.B) {
	pairs := Series(trimmedCorpus(b))
	m := ontology.NewMinter("")
	cpuLoop(b, func() {
		for _, p := range pairs {
			UnsortedQuads(m, []*Pair{p})
		}
	})
}

// BenchmarkSeriesOfPrepared is lineage as a build runs it: texts prepared
// in one Lexicon as the files are read (not timed), then compared, which
// makes again the documents it aligns from what the texts keep.
func BenchmarkSeriesOfPrepared(b *testing.B) {
	texts := preparedCorpus(b)
	cpuLoop(b, func() { SeriesOf(texts) })
}

// BenchmarkSeriesToMake is the pairs chosen as a build chooses them, with
// their documents and links left to the writing of their quads.
func BenchmarkSeriesToMake(b *testing.B) {
	texts := preparedCorpus(b)
	cpuLoop(b, func() { SeriesToMake(texts) })
}

// preparedCorpus is the benchmark corpus's texts prepared in one Lexicon,
// as a build's mapping workers prepare them.
func preparedCorpus(b *testing.B) []*Text {
	b.Helper()
	if _, err := os.Stat(*benchCorpus); err != nil {
		b.Skipf("no corpus to compare: %v", err)
	}
	lex := NewLexicon()
	var texts []*Text
	for _, src := range read(b, *benchCorpus) {
		for _, d := range src.Documents {
			if t := lex.Prepare(d); t != nil {
				texts = append(texts, t)
			}
		}
	}
	return texts
}

// BenchmarkCandidates is the search for each resolution's candidates
// (bucket and candidates) of the benchmark corpus, its texts prepared
// before the timer starts.
func BenchmarkCandidates(b *testing.B) {
	if _, err := os.Stat(*benchCorpus); err != nil {
		b.Skipf("no corpus to compare: %v", err)
	}
	lex := NewLexicon()
	byID := map[string]*doc{}
	var res []*doc
	for _, src := range read(b, *benchCorpus) {
		for _, d := range src.Documents {
			t := lex.Prepare(d)
			if t == nil || t.sig == nil || byID[t.kept.id()] != nil {
				continue
			}
			x := &doc{k: t.kept, num: t.kept.resolutionNum(), sig: t.sig, words: t.words, res: len(res)}
			byID[t.kept.id()] = x
			res = append(res, x)
		}
	}
	cpuLoop(b, func() { allCandidates(res, byID) })
}

// BenchmarkPrepare prepares every document of the benchmark corpus in a
// new Lexicon, as a build's mapping workers do (the files read before the
// timer starts): its words read, numbered and, for a resolution, signed.
func BenchmarkPrepare(b *testing.B) {
	if _, err := os.Stat(*benchCorpus); err != nil {
		b.Skipf("no corpus to compare: %v", err)
	}
	var docs []*extract.Document
	for _, src := range read(b, *benchCorpus) {
		docs = append(docs, src.Documents...)
	}
	cpuLoop(b, func() {
		lex := NewLexicon()
		for _, d := range docs {
			lex.Prepare(d)
		}
	})
}

// BenchmarkReadTokens reads the words of every paragraph of the benchmark
// corpus, as readWords does, without numbering or signing them.
func BenchmarkReadTokens(b *testing.B) {
	if _, err := os.Stat(*benchCorpus); err != nil {
		b.Skipf("no corpus to compare: %v", err)
	}
	var texts []string
	for _, src := range read(b, *benchCorpus) {
		for _, d := range src.Documents {
			for _, p := range d.Paragraphs {
				texts = append(texts, p.Text)
			}
		}
	}
	var r tokenReader
	cpuLoop(b, func() {
		for _, text := range texts {
			r.read(text)
		}
	})
}
