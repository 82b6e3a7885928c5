package store

// Whether a store can be trusted: a load that did not finish leaves a mark
// in the store, and a store whose files are damaged is reported as such,
// even where the libraries below panic on it.

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// ErrUnfinished is the error OpenExisting returns for a store whose last
// load did not finish.
var ErrUnfinished = errors.New("the last build of this store did not finish")

// ErrDamaged is the error for a store whose files cannot be read as a
// store.
var ErrDamaged = errors.New("the store is damaged")

// The mark of an unfinished load is a quad in the store itself, so that it
// works on every backend, PostgreSQL included, travels with a copied
// folder, and is written and cleared by the same transactions as the data.
// Its terms are URNs, not IRIs under the base, because a store does not
// know the base it was built with. Its object is the time the load began.
var (
	markNode      = quad.IRI("urn:sckg:store")
	markPredicate = quad.IRI("urn:sckg:loadBegan")
)

// markUnfinished writes the mark, before a load changes anything.
func (s *Store) markUnfinished() error {
	began := quad.String(time.Now().UTC().Format(time.RFC3339))
	mark := quad.Quad{Subject: markNode, Predicate: markPredicate, Object: began, Label: markNode}
	err := s.qs.ApplyDeltas([]cgraph.Delta{{Quad: mark, Action: cgraph.Add}}, cgraph.IgnoreOpts{IgnoreDup: true})
	if err != nil {
		return fmt.Errorf("store %s: marking the load as begun: %w", s.location, err)
	}
	return nil
}

// clearUnfinished removes the marks of loads that began and did not
// finish, once a load has finished; when there are none it writes nothing.
func (s *Store) clearUnfinished() error {
	marks, err := s.marks()
	if err != nil || len(marks) == 0 {
		return err
	}
	deltas := make([]cgraph.Delta, len(marks))
	for i, m := range marks {
		deltas[i] = cgraph.Delta{Quad: m, Action: cgraph.Delete}
	}
	if err := s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreMissing: true}); err != nil {
		return fmt.Errorf("store %s: marking the load as finished: %w", s.location, err)
	}
	return nil
}

// marks are the marks of unfinished loads in the store.
func (s *Store) marks() ([]quad.Quad, error) {
	ref := s.qs.ValueOf(markNode)
	if ref == nil {
		return nil, nil
	}
	var out []quad.Quad
	err := cgraph.Iterate(context.Background(), s.qs.QuadIterator(quad.Subject, ref)).Each(func(r cgraph.Ref) {
		if q := s.qs.Quad(r); q.Predicate == markPredicate {
			out = append(out, q)
		}
	})
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", s.location, err)
	}
	return out, nil
}

// checkFinished fails with ErrUnfinished if a load began and did not
// finish.
func (s *Store) checkFinished() (err error) {
	defer guard(s.location, &err)()
	marks, err := s.marks()
	if err != nil || len(marks) == 0 {
		return err
	}
	began := ""
	if t, ok := marks[0].Object.(quad.String); ok {
		began = " (begun " + string(t) + ")"
	}
	return fmt.Errorf("store %s: %w%s, so its answers would be incomplete: rebuild it with 'sckg build PATH... --store %s'", s.location, ErrUnfinished, began, s.location)
}

// damaged is the error for a store that cannot be read, with what was
// found wrong and how to make the store again.
func damaged(location string, cause any) error {
	return fmt.Errorf("store %s: %w (%v): remove it and rebuild it with 'sckg build PATH... --store %s'", location, ErrDamaged, cause, location)
}

// guard turns a panic below the store into a damage error, for use at
// each entry into Cayley as "defer guard(location, &err)()". Cayley's
// key-value backends panic on a file they cannot make sense of (bolt's
// cursor indexes past the end of a page; a truncated file, mapped into
// memory, faults, which without SetPanicOnFault would end the process),
// and sckg must say what is wrong instead of printing a stack trace.
func guard(location string, err *error) func() {
	fault := debug.SetPanicOnFault(true)
	return func() {
		debug.SetPanicOnFault(fault)
		if r := recover(); r != nil {
			*err = damaged(location, strings.TrimPrefix(fmt.Sprint(r), "runtime error: "))
		}
	}
}
