package graph

// The Cayley store: open, replace named graphs, dump, close.

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/kv/bolt"  // registers "bolt"
	_ "github.com/cayleygraph/cayley/graph/memstore" // registers "memstore"
	// Without the writer package graph.NewQuadWriter returns nil; imported
	// so that users of QuadStore() (the HTTP API) can write.
	_ "github.com/cayleygraph/cayley/writer"
	"github.com/cayleygraph/quad"
	"github.com/knakk/rdf"
)

// deltaBatch is the number of changes sent to the store at once; about
// 100k was fastest for bolt when measured (see DESIGN.md).
const deltaBatch = 100_000

// Store is a Cayley quad store holding sckg's graph, one named graph per
// source document.
type Store struct {
	qs       cgraph.QuadStore
	location string
}

// OpenStore opens the store at location: "" or "memory" for a store in
// memory, otherwise a directory holding a bolt database, created on first
// use. Bolt allows one process at a time; a store in use elsewhere is
// reported as an error instead of waiting for it.
func OpenStore(location string) (*Store, error) {
	switch {
	case location == "" || location == "memory":
		qs, err := cgraph.NewQuadStore("memstore", "", nil)
		if err != nil {
			return nil, fmt.Errorf("memory store: %w", err)
		}
		return &Store{qs: qs, location: "memory"}, nil
	case strings.HasPrefix(location, "postgres://") || strings.HasPrefix(location, "postgresql://"):
		shown := location
		if u, err := url.Parse(location); err == nil {
			shown = u.Redacted()
		}
		return nil, fmt.Errorf("store %s: PostgreSQL stores are not supported yet; give a directory for a bolt store", shown)
	case strings.Contains(location, "://"):
		return nil, fmt.Errorf("store %s: unknown kind of store; give a directory for a bolt store, or \"memory\"", location)
	}
	return openBolt(location)
}

func openBolt(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("store %s: %w", dir, err)
	}
	if err := checkBoltFree(dir); err != nil {
		return nil, err
	}
	// Init on an existing database fails with ErrDatabaseExists, which only
	// means there is nothing to create.
	if err := cgraph.InitQuadStore("bolt", dir, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
		return nil, fmt.Errorf("store %s: create: %w", dir, err)
	}
	qs, err := cgraph.NewQuadStore("bolt", dir, nil)
	if err != nil {
		return nil, fmt.Errorf("store %s: open: %w", dir, err)
	}
	return &Store{qs: qs, location: dir}, nil
}

// checkBoltFree fails if another process (or this one) has the bolt file
// open. Cayley opens bolt without a lock timeout, so without this check a
// second "sckg load" would wait silently for the first to exit. A shared
// read-only lock taken for a moment conflicts with the writer's exclusive
// lock and is given back at once; the window between this check and the
// real open is small and harmless (the open then waits).
func checkBoltFree(dir string) error {
	file := filepath.Join(dir, "indexes.bolt") // the name Cayley's bolt backend uses
	if _, err := os.Stat(file); err != nil {
		return nil // nothing to lock yet, or an error the open will report
	}
	db, err := bolt.Open(file, 0o644, &bolt.Options{ReadOnly: true, Timeout: 200 * time.Millisecond})
	if errors.Is(err, bolt.ErrTimeout) {
		return fmt.Errorf("store %s is in use by another process (a bolt store allows one at a time)", dir)
	}
	if err != nil {
		return fmt.Errorf("store %s: %w", dir, err)
	}
	return db.Close()
}

// QuadStore gives the underlying Cayley store, for queries.
func (s *Store) QuadStore() cgraph.QuadStore { return s.qs }

// Close flushes and closes the store; a bolt store can then be opened by
// another process.
func (s *Store) Close() error { return s.qs.Close() }

// Count returns the number of quads in the store.
func (s *Store) Count() (int64, error) {
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
// It returns the number of distinct quads in the input, all of which are
// in the store afterwards.
func (s *Store) ReplaceGraphs(quads []rdf.Quad) (added int, err error) {
	ctx := context.Background()
	want := make(map[string]quad.Quad, len(quads))
	labels := map[string]quad.Value{}
	for i, q := range quads {
		cq, err := cayleyQuad(q)
		if err != nil {
			return 0, fmt.Errorf("quad %d: %w", i, err)
		}
		want[cq.NQuad()] = cq
		if cq.Label != nil {
			labels[cq.Label.String()] = cq.Label
		}
	}
	added = len(want)

	// Compare what each graph holds now with what it should hold, so that
	// an unchanged reload writes nothing.
	var deltas []cgraph.Delta
	for _, label := range sortedValues(labels) {
		ref := s.qs.ValueOf(label)
		if ref == nil {
			continue // a new graph
		}
		var stale []quad.Quad
		err := cgraph.Iterate(ctx, s.qs.QuadIterator(quad.Label, ref)).Each(func(r cgraph.Ref) {
			q := s.qs.Quad(r)
			key := q.NQuad()
			if _, ok := want[key]; ok {
				delete(want, key) // already stored
			} else {
				stale = append(stale, q)
			}
		})
		if err != nil {
			return 0, fmt.Errorf("store %s: reading graph %s: %w", s.location, label, err)
		}
		for _, q := range stale {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Delete})
		}
	}
	for _, key := range sortedKeys(want) {
		deltas = append(deltas, cgraph.Delta{Quad: want[key], Action: cgraph.Add})
	}

	opts := cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}
	for start := 0; start < len(deltas); start += deltaBatch {
		end := min(start+deltaBatch, len(deltas))
		if err := s.qs.ApplyDeltas(deltas[start:end], opts); err != nil {
			return 0, fmt.Errorf("store %s: %w", s.location, err)
		}
	}
	return added, nil
}

// Quads returns every quad in the store, sorted as in N-Quads.
func (s *Store) Quads() ([]rdf.Quad, error) {
	var (
		out     []rdf.Quad
		convErr error
	)
	err := cgraph.Iterate(context.Background(), s.qs.QuadsAllIterator()).Each(func(r cgraph.Ref) {
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
		keys[i], _ = nquadLine(q) // "" sorts first if a term cannot be written
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
		case dt == rdfLangStringIRI:
			return nil, fmt.Errorf("language literal %q has no language tag", t.String())
		case dt == "" || dt == xsdStringIRI:
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
		return langLiteral(string(v.Value), v.Lang)
	case quad.TypedString:
		if v.Type == xsdStringIRI {
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

// langLiteral makes a language literal. knakk/rdf's NewLangLiteral accepts
// only one '-' in a tag ("zh-Hans" but not "zh-Hans-CN"), while its parsers
// accept any; for such tags the literal is made by its N-Triples parser.
func langLiteral(value, lang string) (rdf.Term, error) {
	if l, err := rdf.NewLangLiteral(value, lang); err == nil {
		return l, nil
	}
	esc, err := escapeString(value)
	if err != nil {
		return nil, err
	}
	if !langTagPattern.MatchString(lang) {
		return nil, fmt.Errorf("invalid language tag %q", lang)
	}
	line := "<urn:x:s> <urn:x:p> " + esc + "@" + lang + " .\n"
	tr, err := rdf.NewTripleDecoder(strings.NewReader(line), rdf.NTriples).Decode()
	if err != nil {
		return nil, fmt.Errorf("language literal %s@%s: %w", esc, lang, err)
	}
	return tr.Obj, nil
}
