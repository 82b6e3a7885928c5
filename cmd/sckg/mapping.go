package main

// A file's documents are mapped to RDF, and the statements checked and
// encoded for the graph file and the store, on worker goroutines, as
// extraction is: done where the files come back in order, it was a third
// of a build's time on one core while the others waited (issue 13). The
// one goroutine that merges takes each file's graph in the order of the
// files, so the graph file, the store and lineage see exactly what they
// saw when it did all of it.

import (
	"bytes"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/extract"
	"github.com/sckg/sckg/graph"
	"github.com/sckg/sckg/graph/lineage"
	"github.com/sckg/sckg/graph/rdfio"
	"github.com/sckg/sckg/internal/inorder"
)

// mapOnWorkerMax is the largest file, in bytes, whose graph a worker
// makes whole: a larger file's quads go to the sink in chunks as they
// are made, on the merging goroutine, so that a file of a million
// citations is never held whole as statements (issue 16). Its records
// take some 20 bytes for each byte of text. Variable so that the tests can
// send every file down the merging goroutine's path.
var mapOnWorkerMax int64 = 256 << 10

// releaseSources tells whether a file's Source is handed back to the
// extractor once mapped, for the next files to be made in its memory
// (extract.Source.Release). Variable so that the tests can build with
// every Source made in new memory and compare.
var releaseSources = true

// release hands src back to its extractor: nothing reads it any more.
func release(src *extract.Source) {
	if releaseSources {
		src.Release()
	}
}

// fileGraph is one file's graph, made by a worker, waiting for its turn.
type fileGraph struct {
	input int             // the file's place among the inputs
	src   *extract.Source // set instead of the rest for a large file
	encodedGraph
	trim []*lineage.Text // what lineage keeps of the documents
}

// encodedGraph is quads made and encoded on a worker goroutine (a file's,
// a lineage pair's), waiting to be merged in order.
type encodedGraph struct {
	enc   *rdfio.Encoder // the graph file's records
	names []string       // the named graphs, each once
	store bytes.Buffer   // the store's quads, as the spool writes them
	quads int            // in store
	err   error          // of making them, or writing the store's
}

// encoderPool keeps the encoders of merged graphs, whose buffers later
// graphs reuse: not a sync.Pool, which every collection empties, and the
// build's memory limit has the collector run often.
type encoderPool struct {
	sink *rdfio.Sink
	kept chan *rdfio.Encoder
}

func newEncoderPool(sink *rdfio.Sink, jobs int) encoderPool {
	// Enough for the graphs in the window, on the workers and being
	// merged.
	return encoderPool{sink, make(chan *rdfio.Encoder, 3*jobs+1)}
}

// get is a kept encoder, or a new one.
func (p encoderPool) get() *rdfio.Encoder {
	select {
	case enc := <-p.kept:
		return enc
	default:
		return p.sink.NewEncoder()
	}
}

// put keeps enc, emptied, unless enough are kept.
func (p encoderPool) put(enc *rdfio.Encoder) {
	enc.Reset()
	select {
	case p.kept <- enc:
	default:
	}
}

// addEncoded adds a graph encoded on a worker to the graph file and to
// the store's batch being written.
func (b *streamBuild) addEncoded(g *encodedGraph) error {
	if g.err != nil {
		return g.err
	}
	if err := b.sink.AddEncoded(g.enc); err != nil {
		return err
	}
	for _, name := range g.names {
		b.graphs[name] = true
	}
	if b.spool != nil {
		return b.spool.addEncoded(g.store.Bytes(), g.quads)
	}
	return nil
}

type mapJob struct {
	input int
	src   *extract.Source
	size  int64
}

// mapping is the workers that make files' graphs and the goroutine that
// merges them, in order, into the build.
type mapping struct {
	b        *streamBuild
	workers  *inorder.Workers[mapJob, *fileGraph]
	encoders encoderPool
}

func (b *streamBuild) startMapping(jobs int) *mapping {
	m := &mapping{b: b, encoders: newEncoderPool(b.sink, jobs)}
	m.workers = inorder.Start(jobs, func() func(mapJob) *fileGraph {
		// One mapper for the worker's files: it keeps the vocabulary's
		// terms and the registry's descriptions.
		mapper := b.builder().Mapper()
		return func(j mapJob) *fileGraph {
			if j.size > mapOnWorkerMax {
				return &fileGraph{input: j.input, src: j.src} // mapped by merge
			}
			return m.graphOf(mapper, j.input, j.src)
		}
	}, m.merge)
	return m
}

// add hands the source of input i on to be mapped; it waits while the
// window of files is full. Once a merge has failed it returns
// inorder.ErrStopped, which stops extraction: the merge's own error is
// the build's.
func (m *mapping) add(i int, src *extract.Source, size int64) error {
	return m.workers.Add(mapJob{i, src, size})
}

// wait returns once every file added is merged, with the merge's error.
func (m *mapping) wait() error { return m.workers.Wait() }

// graphOf makes the graph of one file's documents with the worker's
// mapper.
func (m *mapping) graphOf(mapper *graph.Mapper, i int, src *extract.Source) *fileGraph {
	g := &fileGraph{input: i, encodedGraph: encodedGraph{enc: m.encoders.get()}}
	g.err = mapper.Each(src, func(quads []rdf.Quad) error {
		g.enc.Add(quads...)
		g.names = appendGraphNames(g.names, quads)
		if m.b.spool == nil {
			return nil
		}
		g.quads += len(quads)
		return writeQuads(&g.store, quads)
	})
	g.trim = trimmed(m.b.lexicon, src)
	// Nothing of src is read from here on: what the graph and lineage
	// keep of it is encoded or copied. The next files are made in its
	// memory.
	release(src)
	return g
}

// appendGraphNames appends the named graphs of quads to names, a run of
// quads in one graph once: a document's quads are all in its own.
func appendGraphNames(names []string, quads []rdf.Quad) []string {
	for _, q := range quads {
		if q.Ctx == nil {
			continue
		}
		if name := q.Ctx.String(); len(names) == 0 || names[len(names)-1] != name {
			names = append(names, name)
		}
	}
	return names
}

// merge adds one file's graph to the graph file, the store and lineage.
func (m *mapping) merge(g *fileGraph) error {
	b := m.b
	if g.src != nil {
		defer release(g.src)
		return b.source(g.input, g.src)
	}
	defer m.encoders.put(g.enc)
	if err := b.addEncoded(&g.encodedGraph); err != nil {
		return err
	}
	if b.spool != nil {
		b.spool.cut(false)
	}
	b.lineage[g.input] = append(b.lineage[g.input], g.trim...)
	return nil
}

// trimmed is what lineage keeps of a file's documents, their words
// numbered in lex and signed.
func trimmed(lex *lineage.Lexicon, src *extract.Source) []*lineage.Text {
	var out []*lineage.Text
	for _, d := range src.Documents {
		if t := lex.Prepare(d); t != nil {
			out = append(out, t)
		}
	}
	return out
}
