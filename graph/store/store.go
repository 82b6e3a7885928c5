// Package store is sckg's graph store: Cayley's quad store behind a door of
// sckg's own. It is the only package that imports Cayley. It opens a store
// on any of Cayley's backends (bolt, leveldb, badger, memory, PostgreSQL),
// replaces named graphs with the quads of a build, runs Gizmo scripts
// within limits, answers the few lookups the queries need (does a node
// occur, which quads start or end at it), and serves Cayley's own HTTP
// API. A store that is damaged, or whose last load did not finish, is an
// error that says how to rebuild it, never a panic or an empty answer.
package store

// The store: open, replace named graphs, dump, close.

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/knakk/rdf"

	"github.com/sckg/sckg/graph/rdfio"
	"github.com/sckg/sckg/ontology"
)

// deltaBatch is the number of changes sent to the store at once; about
// 100k was fastest for bolt when it was measured. BenchmarkLoad
// (bench_test.go) measures loads again; the README's "Stores" section has
// its figures.
// Badger refuses a transaction that large ("Txn is too big to fit into one
// request"), so it gets smaller ones. Variables so that the tests can cut
// a small graph into several batches.
var (
	deltaBatch       = 100_000
	badgerDeltaBatch = 10_000
)

// Store is a Cayley quad store holding sckg's graph, one named graph per
// source document.
type Store struct {
	qs       cgraph.QuadStore
	kind     Kind
	location string // for messages: a folder, "memory", or a URL without its password

	// For a bolt store: the database under qs, which a fresh load writes
	// directly (bulk.go), and a new Cayley store on it, which forgets
	// what qs keeps in memory about the store as it was before.
	bolt   *bolt.DB
	reopen func() (cgraph.QuadStore, error)
}

// Open opens the store at location, creating it if it does not exist
// yet. location is one of:
//
//   - "memory" (or ""): a store in memory, empty, gone when closed;
//   - a folder: a store on disk, created with the default backend
//     (DefaultKind) or opened with the backend that made it;
//   - "bolt:DIR", "badger:DIR", "leveldb:DIR": a folder with that backend;
//   - "postgres://…" or "postgresql://…": a PostgreSQL database, its
//     tables created on first use.
//
// Bolt allows one process at a time; a store in use elsewhere is reported
// as an error instead of waiting for it. A damaged store is an error
// (ErrDamaged). A store whose last load did not finish opens, so that a
// build can load it again.
func Open(location string) (*Store, error) { return open(location, true) }

// OpenExisting opens a store as Open does, but fails instead of creating
// one: for commands that only read, where a new store would only give
// empty answers to a mistyped name. It also fails, with ErrUnfinished, on a
// store whose last load did not finish, whose answers would be
// incomplete. A memory store never exists beforehand.
func OpenExisting(location string) (*Store, error) {
	s, err := open(location, false)
	if err != nil {
		return nil, err
	}
	if err := s.checkFinished(); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// Kind is the backend the store uses.
func (s *Store) Kind() Kind { return s.kind }

// String names the store for messages, without a password.
func (s *Store) String() string { return s.location }

// Close flushes and closes the store; a bolt store can then be opened by
// another process.
func (s *Store) Close() (err error) {
	defer guard(s.location, &err)()
	return s.qs.Close()
}

// Count returns the number of quads in the store.
func (s *Store) Count() (n int64, err error) {
	defer guard(s.location, &err)()
	ctx := context.Background()
	st, err := s.qs.Stats(ctx, true)
	if err != nil {
		return 0, fmt.Errorf("store %s: %w", s.location, err)
	}
	if st.Quads.Exact {
		return st.Quads.Size, nil
	}
	return cgraph.Iterate(ctx, s.qs.QuadsAllIterator()).Count()
}

// ReplaceGraphs makes each named graph that occurs in quads hold exactly
// the quads given for it: quads of those graphs that are not in the input
// are removed, input quads not yet stored are added, and other graphs are
// left alone. Loading the same input twice therefore changes nothing, and
// rebuilding one document replaces exactly its graph. Quads without a
// graph name go to the default graph, which is only added to.
//
// Before its first change it marks the store unfinished, and it clears
// the mark after its last: a load that is killed, fails, or stops because
// ctx ended (it looks between batches of changes) leaves the mark, and
// OpenExisting then refuses the store until a load completes.
//
// It returns the number of distinct quads in the input, all of which are
// in the store afterwards.
func (s *Store) ReplaceGraphs(ctx context.Context, quads []rdf.Quad) (added int, err error) {
	defer guard(s.location, &err)()
	if ok, err := s.canBulkLoad(); err != nil {
		return 0, fmt.Errorf("store %s: %w", s.location, err)
	} else if ok {
		return s.loadFresh(ctx, quads)
	}
	want, labels, err := wantedQuads(quads)
	if err != nil {
		return 0, err
	}
	added = len(want)

	// Compare what each graph holds now with what it should hold, so that
	// an unchanged reload writes nothing. Reading changes nothing, so it
	// is not worth stopping halfway: ctx is for the writes.
	var removals, additions []cgraph.Delta
	err = s.eachInGraphs(context.Background(), sortedValues(labels), func(q quad.Quad) {
		key := q.NQuad()
		if _, ok := want[key]; ok {
			delete(want, key) // already stored
		} else {
			removals = append(removals, cgraph.Delta{Quad: q, Action: cgraph.Delete})
		}
	})
	if err != nil {
		return 0, fmt.Errorf("store %s: reading the graphs to replace: %w", s.location, err)
	}
	for _, key := range sortedKeys(want) {
		additions = append(additions, cgraph.Delta{Quad: want[key], Action: cgraph.Add})
	}

	if len(removals)+len(additions) > 0 {
		if err := s.markUnfinished(); err != nil {
			return 0, err
		}
	}
	// Removals and additions go in separate calls: in one call, Cayley's
	// key-value backends store an added quad without those of its terms
	// whose count of uses the same call lowers (a graph name that loses
	// quads as it gains one: the new quad would lose its graph).
	opts := cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}
	batch := deltaBatch
	if s.kind == Badger {
		batch = badgerDeltaBatch
	}
	for _, deltas := range [][]cgraph.Delta{removals, additions} {
		for start := 0; start < len(deltas); start += batch {
			if err := ctx.Err(); err != nil {
				return 0, fmt.Errorf("store %s: loading stopped before it finished, so the store is marked unfinished: %w", s.location, err)
			}
			end := min(start+batch, len(deltas))
			if err := s.qs.ApplyDeltas(deltas[start:end], opts); err != nil {
				return 0, fmt.Errorf("store %s: %w", s.location, err)
			}
			if afterBatch != nil {
				if err := afterBatch(); err != nil {
					return 0, fmt.Errorf("store %s: %w", s.location, err)
				}
			}
		}
	}
	// Also after a load that had nothing to change: the one before it may
	// have been stopped after its last change but before this.
	if err := s.clearUnfinished(); err != nil {
		return 0, err
	}
	return added, nil
}

// loadFresh loads quads into a bolt store that holds none, writing them
// directly (bulk.go) between the marks of a load begun and finished.
func (s *Store) loadFresh(ctx context.Context, quads []rdf.Quad) (int, error) {
	in, err := prepareBulk(quads)
	if err != nil {
		return 0, err
	}
	if len(in.quads) > 0 {
		if err := s.markUnfinished(); err != nil {
			return 0, err
		}
		if err := s.loadDirect(ctx, in); err != nil {
			return 0, err
		}
		if err := s.syncDirect(); err != nil {
			return 0, err
		}
	}
	if err := s.clearUnfinished(); err != nil {
		return 0, err
	}
	return len(in.quads), nil
}

// appendNew writes quads that the store does not hold, in graphs it does
// not hold, straight in Cayley's layout: a batch of a load that began on
// an empty store (Loader), whose mark of an unfinished load stays.
func (s *Store) appendNew(ctx context.Context, quads []rdf.Quad) (int, error) {
	in, err := prepareBulk(quads)
	if err != nil {
		return 0, err
	}
	return s.appendInput(ctx, in)
}

// appendInput is appendNew for quads already made distinct.
func (s *Store) appendInput(ctx context.Context, in *bulkInput) (int, error) {
	if len(in.quads) == 0 {
		return 0, nil
	}
	if err := s.loadDirect(ctx, in); err != nil {
		return 0, err
	}
	return len(in.quads), nil
}

// loadDirect writes the input straight in Cayley's layout (bulk.go), then
// opens Cayley's store anew: the one in memory believes the quads and
// terms it did not write do not exist (its Bloom filters say so). It is
// opened anew after a failed load too, whose store the next load changes.
func (s *Store) loadDirect(ctx context.Context, in *bulkInput) error {
	err := s.bulkLoad(ctx, in)
	qs, rerr := s.reopen()
	if rerr != nil {
		return fmt.Errorf("store %s: %w", s.location, rerr)
	}
	s.qs = qs
	return err
}

// afterBatch, when set (by tests), is called after each batch of changes
// is written; an error from it ends the load there, as a crash would.
var afterBatch func() error

// pgScanGraphs is the number of graphs to replace above which one pass over
// a PostgreSQL store reads them faster than a query per graph.
var pgScanGraphs = 100

// eachInGraphs calls f with each stored quad of the named graphs labels.
//
// Cayley's key-value backends (bolt, badger, leveldb) index quads by
// subject and by object, not by graph: asking for a graph's quads reads
// every quad. For them one pass over the store serves every graph, instead
// of a pass per graph (a rebuild of 3,000 documents would otherwise read
// the store 3,000 times). Memory and PostgreSQL find a graph's quads by
// its label; for PostgreSQL one pass is still faster when many graphs are
// replaced (BenchmarkReload: a query per graph costs about what reading
// 200 quads does).
func (s *Store) eachInGraphs(ctx context.Context, labels []quad.Value, f func(quad.Quad)) error {
	refs := map[any]bool{}
	var byLabel []cgraph.Ref
	for _, l := range labels {
		if ref := s.qs.ValueOf(l); ref != nil { // else a new graph
			refs[cgraph.ToKey(ref)] = true
			byLabel = append(byLabel, ref)
		}
	}
	if len(byLabel) == 0 {
		return nil
	}
	if s.kind == Bolt || s.kind == Badger || s.kind == LevelDB || s.kind == Postgres && len(byLabel) > pgScanGraphs {
		return cgraph.Iterate(ctx, s.qs.QuadsAllIterator()).Each(func(r cgraph.Ref) {
			if refs[cgraph.ToKey(s.qs.QuadDirection(r, quad.Label))] {
				f(s.qs.Quad(r))
			}
		})
	}
	for _, ref := range byLabel {
		err := cgraph.Iterate(ctx, s.qs.QuadIterator(quad.Label, ref)).Each(func(r cgraph.Ref) {
			f(s.qs.Quad(r))
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// Quads returns every quad in the store, sorted as in N-Quads.
func (s *Store) Quads() (_ []rdf.Quad, err error) {
	defer guard(s.location, &err)()
	var (
		out     []rdf.Quad
		convErr error
	)
	err = cgraph.Iterate(context.Background(), s.qs.QuadsAllIterator()).Each(func(r cgraph.Ref) {
		if convErr != nil {
			return
		}
		q, err := rdfQuad(s.qs.Quad(r))
		if err != nil {
			convErr = err
			return
		}
		out = append(out, q)
	})
	if err == nil {
		err = convErr
	}
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", s.location, err)
	}
	keys := make([]string, len(out))
	for i, q := range out {
		keys[i], _ = rdfio.NQuad(q) // "" sorts first if a term cannot be written
	}
	sort.Sort(byKey{out, keys})
	return out, nil
}

type byKey struct {
	quads []rdf.Quad
	keys  []string
}

func (b byKey) Len() int           { return len(b.quads) }
func (b byKey) Less(i, j int) bool { return b.keys[i] < b.keys[j] }
func (b byKey) Swap(i, j int) {
	b.quads[i], b.quads[j] = b.quads[j], b.quads[i]
	b.keys[i], b.keys[j] = b.keys[j], b.keys[i]
}

func sortedKeys(m map[string]quad.Quad) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func sortedValues(m map[string]quad.Value) []quad.Value {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	vals := make([]quad.Value, len(keys))
	for i, k := range keys {
		vals[i] = m[k]
	}
	return vals
}

// Conversions between knakk/rdf terms and Cayley values. They are built by
// hand because Cayley's own parsers and JSON output lose language tags.

func cayleyQuad(q rdf.Quad) (quad.Quad, error) {
	var cq quad.Quad
	var err error
	if cq.Subject, err = cayleyValue(q.Subj); err != nil {
		return cq, fmt.Errorf("subject: %w", err)
	}
	if cq.Predicate, err = cayleyValue(q.Pred); err != nil {
		return cq, fmt.Errorf("predicate: %w", err)
	}
	if cq.Object, err = cayleyValue(q.Obj); err != nil {
		return cq, fmt.Errorf("object: %w", err)
	}
	if q.Ctx != nil {
		if cq.Label, err = cayleyValue(q.Ctx); err != nil {
			return cq, fmt.Errorf("graph: %w", err)
		}
	}
	return cq, nil
}

func cayleyValue(t rdf.Term) (quad.Value, error) {
	switch t := t.(type) {
	case rdf.IRI:
		return quad.IRI(t.String()), nil
	case rdf.Blank:
		return quad.BNode(t.String()), nil
	case rdf.Literal:
		dt := t.DataType.String()
		switch {
		case t.Lang() != "":
			return quad.LangString{Value: quad.String(t.String()), Lang: t.Lang()}, nil
		case dt == ontology.RDF+"langString":
			return nil, fmt.Errorf("language literal %q has no language tag", t.String())
		case dt == "" || dt == ontology.XSDString:
			return quad.String(t.String()), nil
		default:
			return quad.TypedString{Value: quad.String(t.String()), Type: quad.IRI(dt)}, nil
		}
	case nil:
		return nil, errors.New("missing term")
	default:
		return nil, fmt.Errorf("unsupported term type %T", t)
	}
}

func rdfQuad(cq quad.Quad) (rdf.Quad, error) {
	var q rdf.Quad
	s, err := rdfTermOf(cq.Subject)
	if err != nil {
		return q, err
	}
	p, err := rdfTermOf(cq.Predicate)
	if err != nil {
		return q, err
	}
	o, err := rdfTermOf(cq.Object)
	if err != nil {
		return q, err
	}
	var ok bool
	if q.Subj, ok = s.(rdf.Subject); !ok {
		return q, fmt.Errorf("%v cannot be a subject", cq.Subject)
	}
	if q.Pred, ok = p.(rdf.Predicate); !ok {
		return q, fmt.Errorf("%v cannot be a predicate", cq.Predicate)
	}
	if q.Obj, ok = o.(rdf.Object); !ok {
		return q, fmt.Errorf("%v cannot be an object", cq.Object)
	}
	if cq.Label != nil {
		g, err := rdfTermOf(cq.Label)
		if err != nil {
			return q, err
		}
		if q.Ctx, ok = g.(rdf.Context); !ok {
			return q, fmt.Errorf("%v cannot be a graph name", cq.Label)
		}
	}
	return q, nil
}

func rdfTermOf(v quad.Value) (rdf.Term, error) {
	switch v := v.(type) {
	case quad.IRI:
		return rdf.NewIRI(string(v))
	case quad.BNode:
		return rdf.NewBlank(string(v))
	case quad.String:
		return rdf.NewLiteral(string(v))
	case quad.LangString:
		return rdfio.LangLiteral(string(v.Value), v.Lang)
	case quad.TypedString:
		if v.Type == quad.IRI(ontology.XSDString) {
			return rdf.NewLiteral(string(v.Value))
		}
		dt, err := rdf.NewIRI(string(v.Type))
		if err != nil {
			return nil, fmt.Errorf("datatype of %v: %w", v, err)
		}
		return rdf.NewTypedLiteral(string(v.Value), dt), nil
	case quad.TypedStringer:
		// quad.Int, quad.Float, quad.Bool, quad.Time: values that other
		// tools may have put in the store.
		return rdfTermOf(v.TypedString())
	case nil:
		return nil, errors.New("missing value")
	default:
		return nil, fmt.Errorf("value %v of type %T has no RDF form", v, v)
	}
}

// wantedQuads converts quads for Cayley, keyed by their N-Quads form (which
// drops duplicates), with the named graphs they are in.
func wantedQuads(quads []rdf.Quad) (want map[string]quad.Quad, labels map[string]quad.Value, err error) {
	want = make(map[string]quad.Quad, len(quads))
	labels = map[string]quad.Value{}
	for i, q := range quads {
		cq, err := cayleyQuad(q)
		if err != nil {
			return nil, nil, fmt.Errorf("quad %d: %w", i, err)
		}
		want[cq.NQuad()] = cq
		if cq.Label != nil {
			labels[cq.Label.String()] = cq.Label
		}
	}
	return want, labels, nil
}
