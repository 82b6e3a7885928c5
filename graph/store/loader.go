package store

import (
	"context"
	"fmt"
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
	// The first batch is marked by ReplaceGraphs itself, before its first
	// change: a mark written here would be a quad in an empty store, and
	// turn a fresh load away from the direct path (bulk.go).
	fresh, again := l.split(quads)
	if !l.started {
		if l.direct, err = l.s.canBulkLoad(); err != nil {
			return fmt.Errorf("store %s: %w", l.s.location, err)
		}
	}
	var n int
	if l.direct && l.started {
		n, err = l.s.appendNew(l.ctx, fresh)
	} else {
		n, err = l.s.ReplaceGraphs(l.ctx, fresh)
	}
	l.started = true
	if err != nil {
		return err
	}
	// ReplaceGraphs clears the mark when it ends; the load has not.
	if err := l.s.markUnfinished(); err != nil {
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
	if err := l.s.clearUnfinished(); err != nil {
		return 0, err
	}
	return l.added, nil
}
