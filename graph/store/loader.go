package store

import (
	"context"
	"fmt"
	"iter"
	"maps"
	"slices"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/knakk/rdf"
)

// Loader replaces named graphs a batch at a time, for a build too large to
// hold in memory: each batch is given to ReplaceGraphs, and the store
// stays marked unfinished from the first batch until Close, so that a
// load stopped between two batches is never taken for a complete one.
type Loader struct {
	s      *Store
	ctx    context.Context
	loaded map[string]bool // graphs replaced by an earlier batch
	added  int
	// direct is set when the store held no quads as the load began: then
	// every batch of graphs the load has not stored yet holds only new
	// quads, and is written straight in Cayley's layout (bulk.go), as a
	// fresh store's first batch is, rather than through Cayley, which
	// holds each batch whole and is slower by half.
	direct, started bool
	writing         chan error // the direct write of the last batch, until waited for
}

// NewLoader starts a load; ctx stops it between batches of changes, as it
// stops ReplaceGraphs.
func (s *Store) NewLoader(ctx context.Context) *Loader {
	return &Loader{s: s, ctx: ctx, loaded: map[string]bool{}}
}

// Add makes the named graphs of quads hold exactly the quads given for
// them, as ReplaceGraphs does, except a graph that an earlier batch of
// this load replaced (a document found in two files): its quads are added
// to what that batch stored.
func (l *Loader) Add(quads []rdf.Quad) (err error) {
	defer guard(l.s.location, &err)()
	if err := l.wait(); err != nil {
		return err
	}
	fresh, again := l.split(quads)
	if err := l.start(); err != nil {
		return err
	}
	n, err := l.replace(fresh)
	if err != nil {
		return err
	}
	l.added += n
	m, err := l.addTo(again)
	if err != nil {
		return err
	}
	l.added += m
	for _, q := range fresh {
		if q.Ctx != nil {
			l.loaded[q.Ctx.String()] = true
		}
	}
	return nil
}

// AddEach is Add for a batch given a quad at a time, which it reads
// through unless quads yields an error, and then returns that error. A
// direct load holds the batch only as its distinct terms and each quad as
// four numbers, not as quads: a batch may hold a whole graph of a large
// build (its lineage), several times the memory of the rest of the load.
//
// A direct load writes the batch on a goroutine of its own and returns
// once the batch is read, so that the next batch is read (from a build's
// spool: its terms decoded, hashed and made distinct) while bolt writes
// this one: two cores, where reading was a fifth of a load on one. An
// error in writing is returned by the next AddEach, by Close or by Stop.
func (l *Loader) AddEach(quads iter.Seq2[rdf.Quad, error]) (err error) {
	defer guard(l.s.location, &err)()
	if err := l.start(); err != nil {
		return err
	}
	if !l.direct {
		var batch []rdf.Quad
		for q, err := range quads {
			if err != nil {
				return err
			}
			batch = append(batch, q)
		}
		return l.Add(batch)
	}
	b, err := l.read(quads)
	if err != nil {
		return err
	}
	if err := l.wait(); err != nil {
		return err
	}
	done := make(chan error, 1)
	l.writing = done
	go func() {
		var err error
		defer func() { done <- err }()
		defer guard(l.s.location, &err)()
		err = l.write(b)
	}()
	return nil
}

// readBatch is a batch of a direct load, read: the quads of graphs no
// earlier batch held, made distinct, and those of graphs one did.
type readBatch struct {
	fresh *bulkInput
	again []rdf.Quad
}

// read reads a batch of a direct load. The graphs it holds count as
// loaded from here on, for the batches read after it: they are written
// after it, or not at all if it fails.
func (l *Loader) read(quads iter.Seq2[rdf.Quad, error]) (readBatch, error) {
	fresh := newBulkBuilder(0)
	var again []rdf.Quad
	graphs := map[string]bool{}
	i := 0
	for q, err := range quads {
		if err != nil {
			return readBatch{}, err
		}
		i++
		if l.wasLoaded(q) {
			again = append(again, q)
			continue
		}
		if err := fresh.add(q); err != nil {
			return readBatch{}, fmt.Errorf("quad %d: %w", i-1, err)
		}
		if q.Ctx != nil {
			graphs[q.Ctx.String()] = true
		}
	}
	maps.Copy(l.loaded, graphs)
	return readBatch{fresh.in, again}, nil
}

// write writes a batch of a direct load, on the goroutine that writes.
func (l *Loader) write(b readBatch) error {
	n, err := l.s.appendInput(l.ctx, b.fresh)
	if err != nil {
		return err
	}
	l.added += n
	m, err := l.addTo(b.again)
	if err != nil {
		return err
	}
	l.added += m
	return nil
}

// wait waits for the batch being written, if any, and returns its error.
func (l *Loader) wait() error {
	if l.writing == nil {
		return nil
	}
	err := <-l.writing
	l.writing = nil
	return err
}

// Stop waits for the batch being written, if any, and leaves the store
// marked unfinished: for a load given up before Close.
func (l *Loader) Stop() error { return l.wait() }

// start writes the mark of an unfinished load before the first batch of
// a direct load, and tells whether the load is direct.
func (l *Loader) start() error {
	if l.started {
		return nil
	}
	// Asked before the mark is written: the mark is a quad, and a store
	// holding one is no longer empty.
	var err error
	if l.direct, err = l.s.canBulkLoad(); err != nil {
		return fmt.Errorf("store %s: %w", l.s.location, err)
	}
	if l.direct {
		if err := l.s.markUnfinished(); err != nil {
			return err
		}
	}
	l.started = true
	return nil
}

// replace stores the quads of graphs no earlier batch replaced. A direct
// load writes them (the store holds none of their graphs), and its mark,
// written once before its first batch, stays until Close; through
// Cayley, ReplaceGraphs marks the store and clears the mark when it
// ends, but the load has not.
func (l *Loader) replace(quads []rdf.Quad) (int, error) {
	if l.direct {
		return l.s.appendNew(l.ctx, quads)
	}
	n, err := l.s.ReplaceGraphs(l.ctx, quads)
	if err != nil {
		return 0, err
	}
	return n, l.s.markUnfinished()
}

// split parts quads into those of graphs no earlier batch replaced and
// those of graphs one did. Documents seldom come back, so the batch is
// given back whole, not copied, when none of its graphs were loaded.
func (l *Loader) split(quads []rdf.Quad) (fresh, again []rdf.Quad) {
	if len(l.loaded) == 0 {
		return quads, nil
	}
	first := -1
	for i, q := range quads {
		if l.wasLoaded(q) {
			first = i
			break
		}
	}
	if first < 0 {
		return quads, nil
	}
	fresh = slices.Clip(quads[:first])
	for _, q := range quads[first:] {
		if l.wasLoaded(q) {
			again = append(again, q)
		} else {
			fresh = append(fresh, q)
		}
	}
	return fresh, again
}

func (l *Loader) wasLoaded(q rdf.Quad) bool { return q.Ctx != nil && l.loaded[q.Ctx.String()] }

// addTo adds quads to graphs already loaded, and counts those that were
// not stored yet.
func (l *Loader) addTo(quads []rdf.Quad) (int, error) {
	if len(quads) == 0 {
		return 0, nil
	}
	want, labels, err := wantedQuads(quads)
	if err != nil {
		return 0, err
	}
	err = l.s.eachInGraphs(context.Background(), sortedValues(labels), func(q quad.Quad) {
		delete(want, q.NQuad())
	})
	if err != nil {
		return 0, fmt.Errorf("store %s: %w", l.s.location, err)
	}
	var deltas []cgraph.Delta
	for _, key := range sortedKeys(want) {
		deltas = append(deltas, cgraph.Delta{Quad: want[key], Action: cgraph.Add})
	}
	if err := l.ctx.Err(); err != nil {
		return 0, fmt.Errorf("store %s: loading stopped before it finished, so the store is marked unfinished: %w", l.s.location, err)
	}
	if err := l.s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true}); err != nil {
		return 0, fmt.Errorf("store %s: %w", l.s.location, err)
	}
	return len(deltas), nil
}

// Graphs is the number of named graphs loaded so far.
func (l *Loader) Graphs() int { return len(l.loaded) }

// Close ends the load: the store is no longer marked unfinished. It
// returns the number of distinct quads loaded.
func (l *Loader) Close() (added int, err error) {
	defer guard(l.s.location, &err)()
	if err := l.wait(); err != nil {
		return 0, err
	}
	if l.direct {
		if err := l.s.syncDirect(); err != nil {
			return 0, err
		}
	}
	if err := l.s.clearUnfinished(); err != nil {
		return 0, err
	}
	return l.added, nil
}
