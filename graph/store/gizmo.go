package store

// What the queries need of a store: running a Gizmo script within limits,
// and a few lookups that are faster asked of the indexes than in Gizmo.

import (
	"context"
	"errors"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/gizmo" // registers "gizmo"
	"github.com/cayleygraph/quad"
	"github.com/knakk/rdf"
)

// GizmoOptions are the limits a script runs with.
type GizmoOptions struct {
	// Limit is the most results passed on; no limit if <= 0.
	Limit int
	// Nulls passes on the null results too, among them the script's own
	// value (its last expression's), as Cayley's HTTP API answers them.
	Nulls bool
	// MemoryLimit stops the script when the memory the process holds grows
	// by more than this many bytes while it runs (WithMemoryLimit); no
	// limit if <= 0.
	MemoryLimit int64
}

// Gizmo runs a Gizmo script and passes each result to emit, as Gizmo's
// JSON collation gives it: what the script passes to g.Emit, and the tag
// maps of path.All(). It stops when ctx is done, even inside a script
// that never ends, and after opt.Limit results; truncated says there were
// more.
func (s *Store) Gizmo(ctx context.Context, script string, opt GizmoOptions, emit func(result any)) (truncated bool, err error) {
	defer guard(s.location, &err)()
	ctx, stop := WithMemoryLimit(ctx, opt.MemoryLimit)
	defer stop()
	defer func() {
		if m := memoryError(ctx); m != nil {
			err = m
		}
	}()
	lang := query.GetLanguage("gizmo")
	if lang == nil || lang.Session == nil {
		return false, errors.New("the Gizmo query language is not available")
	}
	// One more than the limit, to tell whether there were more.
	qopt := query.Options{Collation: query.JSON}
	if opt.Limit > 0 {
		qopt.Limit = opt.Limit + 1
	}
	// Execute does not watch its context; the iterator's Next does, and
	// interrupts the JavaScript VM when the context ends.
	it, err := lang.Session(s.qs).Execute(ctx, script, qopt)
	if err != nil {
		return false, err
	}
	defer it.Close() // also stops a script still running after the limit
	n := 0
	for it.Next(ctx) {
		v := it.Result()
		if v == nil && !opt.Nulls {
			continue
		}
		if opt.Limit > 0 && n == opt.Limit {
			truncated = true
			break
		}
		n++
		emit(v)
	}
	return truncated, it.Err()
}

// Direction says which end of a quad a lookup starts from.
type Direction int

// The ends of a quad that lookups can start from: the two that Cayley's
// key-value backends index.
const (
	Subject Direction = iota
	Object
)

func (d Direction) cayley() quad.Direction {
	if d == Object {
		return quad.Object
	}
	return quad.Subject
}

// HasNode tells whether the store has a quad with the IRI as its subject
// or object. Asking the store for the node alone is not enough:
// PostgreSQL's ValueOf answers for any IRI.
func (s *Store) HasNode(ctx context.Context, iri string) (ok bool, err error) {
	defer guard(s.location, &err)()
	ref := s.qs.ValueOf(quad.IRI(iri))
	if ref == nil {
		return false, nil
	}
	for _, dir := range []quad.Direction{quad.Subject, quad.Object} {
		n, err := cgraph.Iterate(ctx, s.qs.QuadIterator(dir, ref)).Limit(1).Count()
		if err != nil || n > 0 {
			return n > 0, err
		}
	}
	return false, nil
}

// EachQuad calls f with each quad whose subject (or object, by dir) is the
// IRI, through the store's index of that end: a step from one node, which
// every backend answers without reading the whole store.
func (s *Store) EachQuad(ctx context.Context, dir Direction, iri string, f func(rdf.Quad)) (err error) {
	defer guard(s.location, &err)()
	ref := s.qs.ValueOf(quad.IRI(iri))
	if ref == nil {
		return nil
	}
	var convErr error
	err = cgraph.Iterate(ctx, s.qs.QuadIterator(dir.cayley(), ref)).Each(func(r cgraph.Ref) {
		if convErr != nil {
			return
		}
		q, err := rdfQuad(s.qs.Quad(r))
		if err != nil {
			convErr = err
			return
		}
		f(q)
	})
	if err == nil {
		err = convErr
	}
	return err
}
