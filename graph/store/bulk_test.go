package store_test

import (
	"context"
	"encoding/binary"
	"fmt"
	"iter"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"github.com/knakk/rdf"

	"github.com/sckg/sckg/graph"
	"github.com/sckg/sckg/graph/store"
	"github.com/sckg/sckg/internal/storetest"
	"github.com/sckg/sckg/ontology"
	"github.com/sckg/sckg/queries"
)

// A fresh bolt store loaded directly (bulk.go) holds what Cayley's own
// loading writes, key by key up to the identifiers and times Cayley
// assigns: the same terms with the same use counts, the same quads, the
// same index entries, the same size. Cayley reads it back as loaded,
// answers the canned queries alike, and a rebuild on top of each (which
// goes through Cayley: the store is no longer fresh) leaves both alike
// again. Small transactions, so that terms and index keys are shared
// between them.
func TestFreshLoadIsCayleys(t *testing.T) {
	onto, err := graph.OntologyQuads(ontology.NewMinter(""))
	if err != nil {
		t.Fatal(err)
	}
	mali := storetest.MaliQuads(t)
	input := append(append(append([]rdf.Quad{}, mali...), onto...), mali[:500]...) // repeats too
	saved := *store.DeltaBatch
	t.Cleanup(func() { *store.DeltaBatch, *store.BulkLoad = saved, true })
	*store.DeltaBatch = 3000

	// a rebuild: one document's graph loses quads and gains one
	const g1 = "https://w3id.org/sckg/graph/doc/S/RES/2531(2020)"
	var rebuilt []rdf.Quad
	for i, q := range mali {
		if q.Ctx.String() == g1 && i%3 != 0 {
			rebuilt = append(rebuilt, q)
		}
	}
	g1IRI, _ := rdf.NewIRI(g1)
	s1, _ := rdf.NewIRI("https://w3id.org/sckg/doc/S/RES/2531(2020)")
	p1, _ := rdf.NewIRI("http://www.w3.org/2000/01/rdf-schema#comment")
	o1, _ := rdf.NewLiteral("rebuilt")
	rebuilt = append(rebuilt, rdf.Quad{Triple: rdf.Triple{Subj: s1, Pred: p1, Obj: o1}, Ctx: g1IRI})

	type result struct{ layout, quads, answers, rebuiltLayout, rebuiltQuads string }
	load := func(bulk bool) result {
		*store.BulkLoad = bulk
		dir := filepath.Join(t.TempDir(), "store")
		st, err := store.Open("bolt:" + dir)
		if err != nil {
			t.Fatal(err)
		}
		n, err := st.ReplaceGraphs(context.Background(), input)
		if err != nil {
			t.Fatal(err)
		}
		if want := distinct(input); n != want {
			t.Errorf("bulk %v: %d quads loaded, want %d", bulk, n, want)
		}
		var r result
		r.quads = storeNQuads(t, st)
		r.answers = cannedAnswers(t, st)
		st.Close()
		r.layout = cayleyLayout(t, dir)
		st, err = store.OpenExisting("bolt:" + dir)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := st.ReplaceGraphs(context.Background(), rebuilt); err != nil {
			t.Fatal(err)
		}
		r.rebuiltQuads = storeNQuads(t, st)
		st.Close()
		r.rebuiltLayout = cayleyLayout(t, dir)
		return r
	}
	bulk, cayley := load(true), load(false)
	if want := sortedNQuads(t, input); bulk.quads != want {
		t.Errorf("the bulk-loaded store gives back other quads than were loaded:\n%s", lineDiff(bulk.quads, want))
	}
	if bulk.quads != cayley.quads {
		t.Errorf("the two loads give back other quads:\n%s", lineDiff(bulk.quads, cayley.quads))
	}
	if bulk.answers != cayley.answers {
		t.Errorf("the canned queries answer otherwise:\n%s", lineDiff(bulk.answers, cayley.answers))
	}
	if bulk.layout != cayley.layout {
		t.Errorf("the stores differ:\n%s", lineDiff(bulk.layout, cayley.layout))
	}
	if bulk.rebuiltQuads != cayley.rebuiltQuads {
		t.Errorf("after a rebuild, the two give back other quads:\n%s", lineDiff(bulk.rebuiltQuads, cayley.rebuiltQuads))
	}
	if bulk.rebuiltLayout != cayley.rebuiltLayout {
		t.Errorf("after a rebuild, the stores differ:\n%s", lineDiff(bulk.rebuiltLayout, cayley.rebuiltLayout))
	}
	if strings.Count(bulk.layout, "\nquad ") < 1000 || !strings.Contains(bulk.rebuiltLayout, `"rebuilt"`) {
		t.Errorf("the layout is missing quads:\n%.2000s", bulk.layout)
	}
}

// cannedAnswers runs some canned queries on the Mali graph.
func cannedAnswers(t *testing.T, st *store.Store) string {
	t.Helper()
	var out strings.Builder
	for _, bq := range benchSets[0].queries {
		q, ok := queries.Get(bq.name)
		if !ok {
			t.Fatalf("no query %s", bq.name)
		}
		res, err := queries.Run(context.Background(), st, q, bq.params, queries.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Rows) == 0 {
			t.Errorf("%s: no answer", bq.name)
		}
		fmt.Fprintf(&out, "%s %v\n", bq.name, res.Rows)
	}
	return out.String()
}

// cayleyLayout describes what a bolt store holds in Cayley's layout,
// without the identifiers and times Cayley assigns, as sorted lines; it
// fails the test where the store contradicts itself (a term's hash, use
// count or identifier; an index entry under the wrong key or out of
// order; the size).
func cayleyLayout(t *testing.T, dir string) string {
	t.Helper()
	db, err := bolt.Open(filepath.Join(dir, "indexes.bolt"), 0o644, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var lines []string
	err = db.View(func(tx *bolt.Tx) error {
		terms := map[uint64]quad.Value{}
		live := map[uint64]*proto.Primitive{}
		uses := map[string]int{}
		dead, maxID := 0, uint64(0)
		err := tx.Bucket([]byte("log")).ForEach(func(k, v []byte) error {
			var p proto.Primitive
			if err := p.Unmarshal(v); err != nil {
				return err
			}
			if binary.BigEndian.Uint64(k) != p.ID {
				t.Errorf("log entry %x holds %d", k, p.ID)
			}
			maxID = max(maxID, p.ID)
			switch {
			case p.IsNode():
				val, err := pquads.UnmarshalValue(p.Value)
				if err != nil {
					return err
				}
				terms[p.ID] = val
			case p.Deleted:
				dead++
			default:
				live[p.ID] = &p
			}
			return nil
		})
		if err != nil {
			return err
		}
		name := func(id uint64) string {
			if id == 0 {
				return "-"
			}
			if v, ok := terms[id]; ok {
				return v.String()
			}
			t.Errorf("no term %d", id)
			return "?"
		}
		quadName := func(p *proto.Primitive) string {
			return name(p.Subject) + " " + name(p.Predicate) + " " + name(p.Object) + " " + name(p.Label)
		}
		for _, p := range live {
			lines = append(lines, "quad "+quadName(p))
			for _, id := range []uint64{p.Subject, p.Predicate, p.Object, p.Label} {
				if id != 0 {
					uses[name(id)]++
				}
			}
		}
		lines = append(lines, fmt.Sprintf("dead quads %d", dead))
		// terms: hash → identifier ('v'), hash → uses ('n')
		ids, counts := map[string]uint64{}, map[string]uint64{}
		err = tx.ForEach(func(bname []byte, b *bolt.Bucket) error {
			if len(bname) != 3 || bname[0] != 'v' && bname[0] != 'n' {
				return nil
			}
			return b.ForEach(func(k, v []byte) error {
				n, _ := binary.Uvarint(v)
				if bname[0] == 'v' {
					ids[string(k)] = n
				} else {
					counts[string(k)] = n
				}
				return nil
			})
		})
		if err != nil {
			return err
		}
		for id, val := range terms {
			h := cgraph.HashOf(val)
			if ids[string(h[:])] != id {
				t.Errorf("term %s: identifier %d, its hash gives %d", val, id, ids[string(h[:])])
			}
			if int(counts[string(h[:])]) != uses[val.String()] {
				t.Errorf("term %s: %d uses counted, %d quads use it", val, counts[string(h[:])], uses[val.String()])
			}
			lines = append(lines, fmt.Sprintf("term %s uses %d", val, counts[string(h[:])]))
		}
		if len(ids) != len(terms) || len(counts) != len(terms) {
			t.Errorf("%d terms, %d hashes, %d use counts", len(terms), len(ids), len(counts))
		}
		// indexes
		for _, ind := range ckv.DefaultQuadIndexes {
			bname := ind.KeyFor(&proto.Primitive{})[0]
			deadEntries := 0
			err := tx.Bucket(bname).ForEach(func(k, v []byte) error {
				var list []uint64
				for len(v) > 0 {
					id, n := binary.Uvarint(v)
					list = append(list, id)
					v = v[n:]
				}
				if !slices.IsSorted(list) {
					t.Errorf("index %s: entry %x out of order: %v", bname, k, list)
				}
				for _, id := range list {
					p, ok := live[id]
					if !ok {
						deadEntries++
						continue
					}
					if want := ind.KeyFor(p)[1]; string(want) != string(k) {
						t.Errorf("index %s: quad %s under key %x", bname, quadName(p), k)
					}
					lines = append(lines, fmt.Sprintf("index %s %s", bname, quadName(p)))
				}
				return nil
			})
			if err != nil {
				return err
			}
			lines = append(lines, fmt.Sprintf("index %s entries of removed quads %d", bname, deadEntries))
		}
		meta := tx.Bucket([]byte("meta"))
		size := binary.LittleEndian.Uint64(meta.Get([]byte("size")))
		if int(size) != len(live) {
			t.Errorf("size %d, %d quads", size, len(live))
		}
		if h := binary.LittleEndian.Uint64(meta.Get([]byte("horizon"))); h < maxID {
			t.Errorf("horizon %d below the identifier %d", h, maxID)
		}
		lines = append(lines, fmt.Sprintf("size %d", size), fmt.Sprintf("meta %q", meta.Get([]byte("indexes"))))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// A load in batches (store.Loader, as sckg build --store makes it) that
// begins on an empty bolt store writes every batch of new graphs directly;
// the store gives back what Cayley's way gives, answers the same, and
// Cayley can rebuild a graph on top of it. The Mali graph goes in batches
// of whole documents, the ontology last, and one document twice (a
// document found in two files, which Cayley's way adds to).
func TestLoaderBatchesAreDirect(t *testing.T) {
	onto, err := graph.OntologyQuads(ontology.NewMinter(""))
	if err != nil {
		t.Fatal(err)
	}
	mali := storetest.MaliQuads(t)
	var batches [][]rdf.Quad
	for i, q := range mali {
		if i == 0 || q.Ctx.String() != mali[i-1].Ctx.String() {
			batches = append(batches, nil)
		}
		batches[len(batches)-1] = append(batches[len(batches)-1], q)
	}
	batches = append(batches, onto, batches[1][:50])
	t.Cleanup(func() { *store.BulkLoad = true })
	load := func(bulk, each bool) (quads, answers, rebuilt string) {
		*store.BulkLoad = bulk
		dir := filepath.Join(t.TempDir(), "store")
		st, err := store.Open("bolt:" + dir)
		if err != nil {
			t.Fatal(err)
		}
		l := st.NewLoader(context.Background())
		for _, b := range batches {
			add := l.Add
			if each { // a batch given a quad at a time, as a build's spool gives it
				add = func(b []rdf.Quad) error { return l.AddEach(seqOf(b)) }
			}
			if err := add(b); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := l.Close(); err != nil {
			t.Fatal(err)
		}
		quads, answers = storeNQuads(t, st), cannedAnswers(t, st)
		st.Close()
		st, err = store.OpenExisting("bolt:" + dir)
		if err != nil {
			t.Fatalf("bulk %v: %v", bulk, err)
		}
		defer st.Close()
		if _, err := st.ReplaceGraphs(context.Background(), batches[2][:len(batches[2])/2]); err != nil {
			t.Fatal(err)
		}
		return quads, answers, storeNQuads(t, st)
	}
	bq, ba, br := load(true, false)
	cq, ca, cr := load(false, false)
	eq, ea, er := load(true, true)
	if eq != bq || ea != ba || er != br {
		t.Errorf("a load a quad at a time differs from one of whole batches:\n%s\n%s", lineDiff(eq, bq), lineDiff(er, br))
	}
	if want := sortedNQuads(t, append(append([]rdf.Quad{}, mali...), onto...)); bq != want {
		t.Errorf("the store gives back other quads than were loaded:\n%s", lineDiff(bq, want))
	}
	if bq != cq || ba != ca {
		t.Errorf("direct and Cayley's loads differ:\n%s\n%s", lineDiff(bq, cq), lineDiff(ba, ca))
	}
	if br != cr {
		t.Errorf("after a rebuild, direct and Cayley's loads differ:\n%s", lineDiff(br, cr))
	}
}

// seqOf gives quads one at a time.
func seqOf(quads []rdf.Quad) iter.Seq2[rdf.Quad, error] {
	return func(yield func(rdf.Quad, error) bool) {
		for _, q := range quads {
			if !yield(q, nil) {
				return
			}
		}
	}
}
