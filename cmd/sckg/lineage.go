package main

// Lineage's pairs are written as RDF on worker goroutines, as files'
// graphs are (mapping.go): made and encoded one pair after another on the
// goroutine that merges, their quads were some 0.12 s of a 902-text
// build with the other cores idle (issue 13). The merging goroutine
// takes each pair's graph in the order of the pairs, so the graph file
// and the store's batches get what they got when it did all of it.

import (
	"runtime"

	"github.com/sckg/sckg/graph/lineage"
	"github.com/sckg/sckg/internal/inorder"
)

// writeLineage adds the quads of pairs, a pair at a time, to the graph
// file and the store, on jobs workers (0: one per core). Each pair's
// documents are made on the worker and let go once its quads are; pairs
// is cleared as it goes, so that a text no pair still to come names is
// let go too (issue 13).
func (b *streamBuild) writeLineage(pairs []*lineage.PairToMake, jobs int) error {
	if jobs < 1 {
		jobs = runtime.GOMAXPROCS(0)
	}
	encoders := newEncoderPool(b.sink, jobs)
	w := inorder.Start(jobs, func() func(*lineage.PairToMake) *encodedGraph {
		return func(p *lineage.PairToMake) *encodedGraph { return b.pairGraph(p, encoders) }
	}, func(g *encodedGraph) error {
		defer encoders.put(g.enc)
		return b.addEncoded(g)
	})
	for i, p := range pairs {
		if w.Add(p) != nil {
			break
		}
		pairs[i] = nil
	}
	return w.Wait()
}

// pairGraph makes and encodes the quads of one pair, with an encoder
// that an earlier pair left when there is one. The graph file's sink
// sorts what it is given, so the quads are sorted only for the store,
// which then loads them in the order it always did.
func (b *streamBuild) pairGraph(p *lineage.PairToMake, encoders encoderPool) *encodedGraph {
	g := &encodedGraph{enc: encoders.get()}
	quads := lineage.UnsortedQuads(b.minter, []*lineage.Pair{p.Make()})
	if b.spool != nil {
		lineage.SortQuads(quads)
	}
	g.enc.Add(quads...)
	g.names = appendGraphNames(nil, quads)
	if b.spool != nil {
		g.quads = len(quads)
		g.err = writeQuads(&g.store, quads)
	}
	return g
}
