package main

// Lineage's pairs are written as RDF on worker goroutines, as files'
// graphs are (mapping.go): made and encoded one pair after another on the
// goroutine that merges, their quads were some 0.12 s of a 902-text
// build with the other cores idle (issue 13). The merging goroutine
// takes each pair's graph in the order of the pairs, so the graph file
// and the store's batches get what they got when it did all of it.

import (
	"runtime"
	"sync"

	"github.com/sckg/sckg/graph/lineage"
	"github.com/sckg/sckg/graph/rdfio"
)

type pairJob struct {
	pair *lineage.PairToMake
	out  chan<- *encodedGraph
}

// writeLineage adds the quads of pairs, a pair at a time, to the graph
// file and the store, on jobs workers (0: one per core). Each pair's
// documents are made on the worker and let go once its quads are; pairs
// is cleared as it goes, so that a text no pair still to come names is
// let go too (issue 13).
func (b *streamBuild) writeLineage(pairs []*lineage.PairToMake, jobs int) error {
	if jobs < 1 {
		jobs = runtime.GOMAXPROCS(0)
	}
	work := make(chan pairJob)
	pending := make(chan chan *encodedGraph, 2*jobs) // in the order of the pairs
	// The encoders of merged pairs, whose buffers later pairs reuse: the
	// pairs in the window, on the workers and being merged.
	encoders := make(chan *rdfio.Encoder, 3*jobs+1)
	stop := make(chan struct{}) // closed when a merge fails
	go func() {
		defer close(work)
		defer close(pending)
		for i, p := range pairs {
			out := make(chan *encodedGraph, 1)
			select {
			case pending <- out:
			case <-stop:
				return
			}
			work <- pairJob{p, out}
			pairs[i] = nil
		}
	}()
	var workers sync.WaitGroup
	for range jobs {
		workers.Add(1)
		go func() {
			defer workers.Done()
			for j := range work {
				j.out <- b.pairGraph(j.pair, encoders) // buffered: never waits
			}
		}()
	}
	var err error
	for out := range pending {
		g := <-out
		if err == nil {
			if err = b.addEncoded(g); err != nil {
				close(stop)
			}
		}
		g.enc.Reset()
		select {
		case encoders <- g.enc:
		default: // enough kept
		}
	}
	workers.Wait()
	return err
}

// pairGraph makes and encodes the quads of one pair, with an encoder
// that an earlier pair left when there is one.
func (b *streamBuild) pairGraph(p *lineage.PairToMake, encoders chan *rdfio.Encoder) *encodedGraph {
	g := &encodedGraph{}
	select {
	case g.enc = <-encoders:
	default:
		g.enc = b.sink.NewEncoder()
	}
	quads := lineage.Quads(b.minter, []*lineage.Pair{p.Make()})
	g.enc.Add(quads...)
	g.names = appendGraphNames(nil, quads)
	if b.spool != nil {
		g.quads = len(quads)
		g.err = writeQuads(&g.store, quads)
	}
	return g
}
