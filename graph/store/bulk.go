package store

// Loading a fresh bolt store fast. Cayley's own path (ApplyDeltas) costs
// about 25 µs of CPU per quad on a fresh store: it hashes every term of
// every quad again for each batch, asks three Bloom filters of 100 million
// entries each (their random reads and writes over 80 MB arrays were a
// third of the time), and writes each key through hidalgo, which looks up
// (and tries to create) the key's bucket in bolt's root on every put. On a
// store that holds no quads there is nothing to compare with, so sckg
// writes the quads itself, in the layout Cayley's key-value backend reads
// (graph/kv, data version 2, its default indexes): each distinct term
// hashed once, written once, its uses counted; each quad once; the index
// entries gathered, sorted and written bucket by bucket. Cayley reads the
// result as if it had written it (TestFreshLoadIsCayleys compares the
// two, key by key, and a rebuild on top of each).
//
// The load is cut into transactions of deltaBatch quads, each complete in
// itself (terms, their use counts, quads, indexes and the store's size),
// so that a load that stops between two leaves a store Cayley can go on
// changing. While it runs bolt does not wait for the disk after each
// transaction (NoSync) or as the file grows (NoGrowSync), nor after each
// batch of a Loader: the store is
// new, so a crash loses nothing but the load, and the mark of an
// unfinished load, written and made durable before, says so. The data
// are synced once, before the mark is cleared.

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"github.com/knakk/rdf"
)

// bulkLoad is whether fresh bolt stores are loaded directly; off in the
// tests that compare with Cayley's way.
var bulkLoad = true

// Cayley's layout, from graph/kv/indexing.go: the names are not exported.
var (
	kvMeta = []byte("meta")
	kvLog  = []byte("log")
)

// kvDataVersion is the version of Cayley's layout that bulk writes; a
// store of another version is loaded through Cayley.
const kvDataVersion = 2

// bulkNode is a distinct term of the input.
type bulkNode struct {
	val  quad.Value
	hash cgraph.ValueHash
	id   uint64 // once written; terms already in the store have theirs
	refs int    // uses by the quads of the transaction being written
}

// bulkInput is the input made distinct: its terms, and each quad as the
// indexes of its terms (-1: no graph).
type bulkInput struct {
	nodes []bulkNode
	quads [][4]int32
}

// prepareBulk converts the quads, drops repeated ones and hashes each
// distinct term once.
func prepareBulk(quads []rdf.Quad) (*bulkInput, error) {
	b := newBulkBuilder(len(quads))
	for i, q := range quads {
		if err := b.add(q); err != nil {
			return nil, fmt.Errorf("quad %d: %w", i, err)
		}
	}
	return b.in, nil
}

// bulkBuilder makes a bulkInput a quad at a time, so that a batch read
// from elsewhere (a build's spool) is never held as quads: the input
// holds each distinct term once and each quad as four numbers. Terms are
// told apart by their hashes, as Cayley tells them apart (the hash is of
// the string form); a term met again is found by its parts, without
// making its Cayley value or its string form again.
type bulkBuilder struct {
	in     *bulkInput
	byTerm map[termKey]int32
	byHash map[cgraph.ValueHash]int32
	seen   map[[4]int32]struct{}
}

// termKey is an RDF term's parts, as strings that need no allocation:
// rdf.Literal itself may hold a Go value that cannot be a map key.
type termKey struct {
	kind          byte // 'i' IRI, 'b' blank node, 'l' literal
	str, lang, dt string
}

// newBulkBuilder sizes its tables for about quads quads.
func newBulkBuilder(quads int) *bulkBuilder {
	return &bulkBuilder{
		in:     &bulkInput{quads: make([][4]int32, 0, quads)},
		byTerm: make(map[termKey]int32, quads/2),
		byHash: make(map[cgraph.ValueHash]int32, quads/2),
		seen:   make(map[[4]int32]struct{}, quads),
	}
}

// add adds q to the input unless it is there already.
func (b *bulkBuilder) add(q rdf.Quad) error {
	var k [4]int32
	var err error
	if k[0], err = b.node(q.Subj); err != nil {
		return fmt.Errorf("subject: %w", err)
	}
	if k[1], err = b.node(q.Pred); err != nil {
		return fmt.Errorf("predicate: %w", err)
	}
	if k[2], err = b.node(q.Obj); err != nil {
		return fmt.Errorf("object: %w", err)
	}
	k[3] = -1
	if q.Ctx != nil {
		if k[3], err = b.node(q.Ctx); err != nil {
			return fmt.Errorf("graph: %w", err)
		}
	}
	if _, ok := b.seen[k]; ok {
		return nil
	}
	b.seen[k] = struct{}{}
	b.in.quads = append(b.in.quads, k)
	return nil
}

// node is the index of the term t.
func (b *bulkBuilder) node(t rdf.Term) (int32, error) {
	key, ok := keyOf(t)
	if ok {
		if i, ok := b.byTerm[key]; ok {
			return i, nil
		}
	}
	v, err := cayleyValue(t)
	if err != nil {
		return 0, err
	}
	h := cgraph.HashOf(v)
	i, found := b.byHash[h]
	if !found {
		i = int32(len(b.in.nodes))
		b.byHash[h] = i
		b.in.nodes = append(b.in.nodes, bulkNode{val: v, hash: h})
	}
	if ok {
		b.byTerm[key] = i
	}
	return i, nil
}

// keyOf is the key of t in bulkBuilder.byTerm; false for a kind of term
// cayleyValue does not know, which it reports.
func keyOf(t rdf.Term) (termKey, bool) {
	switch t := t.(type) {
	case rdf.IRI:
		return termKey{kind: 'i', str: t.String()}, true
	case rdf.Blank:
		return termKey{kind: 'b', str: t.String()}, true
	case rdf.Literal:
		return termKey{kind: 'l', str: t.String(), lang: t.Lang(), dt: t.DataType.String()}, true
	}
	return termKey{}, false
}

// canBulkLoad tells whether quads may be written directly: a bolt store
// with no quads, in Cayley's current layout with its default indexes.
func (s *Store) canBulkLoad() (bool, error) { return directLoadable(s.bolt) }

// directLoadable is canBulkLoad for the bolt database db (nil: not bolt).
func directLoadable(db *bolt.DB) (bool, error) {
	if db == nil || !bulkLoad {
		return false, nil
	}
	ok := false
	err := db.View(func(tx *bolt.Tx) error {
		meta := tx.Bucket(kvMeta)
		if meta == nil || tx.Bucket(kvLog) == nil {
			return nil
		}
		if v := meta.Get([]byte("version")); len(v) != 8 || binary.LittleEndian.Uint64(v) != kvDataVersion {
			return nil
		}
		if v := meta.Get([]byte("size")); len(v) == 8 && binary.LittleEndian.Uint64(v) != 0 {
			return nil
		}
		var indexes []ckv.QuadIndex
		if err := json.Unmarshal(meta.Get([]byte("indexes")), &indexes); err != nil {
			return nil
		}
		def, _ := json.Marshal(ckv.DefaultQuadIndexes)
		got, _ := json.Marshal(indexes)
		ok = bytes.Equal(def, got)
		return nil
	})
	return ok, err
}

// bulkLoad writes the input into the bolt store, which holds no quads (but
// may hold the terms of the mark of an unfinished load), in transactions
// of deltaBatch quads. It does not wait for the disk: the load's end
// does, before it clears the mark (syncDirect).
func (s *Store) bulkLoad(ctx context.Context, in *bulkInput) error {
	db := s.bolt
	if err := s.findStoredNodes(db, in); err != nil {
		return err
	}
	// Nor when the file grows: bolt truncates and fsyncs it each time it
	// grows (16 MB at a time), and an fsync writes back every page the
	// load left to the cache so far. The final sync (fdatasync) holds the
	// file's size too.
	savedSync, savedGrow := db.NoSync, db.NoGrowSync
	db.NoSync, db.NoGrowSync = true, true
	defer func() { db.NoSync, db.NoGrowSync = savedSync, savedGrow }()
	for start := 0; start < len(in.quads); start += deltaBatch {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("store %s: loading stopped before it finished, so the store is marked unfinished: %w", s.location, err)
		}
		end := min(start+deltaBatch, len(in.quads))
		if err := db.Update(func(tx *bolt.Tx) error { return writeBulk(tx, in, in.quads[start:end]) }); err != nil {
			return fmt.Errorf("store %s: %w", s.location, err)
		}
		if afterBatch != nil {
			if err := afterBatch(); err != nil {
				return fmt.Errorf("store %s: %w", s.location, err)
			}
		}
	}
	return nil
}

// syncDirect waits for the disk to hold what direct loads wrote, which
// they leave to the system's cache: once before a load clears its mark,
// not after each batch (a 10x build's load spent 1.3 s of its 13 s
// waiting for thirteen such syncs).
func (s *Store) syncDirect() error {
	if err := s.bolt.Sync(); err != nil {
		return fmt.Errorf("store %s: %w", s.location, err)
	}
	return nil
}

// findStoredNodes gives the input's terms that the store already holds
// (those of the mark, in a store with no quads) their identifiers.
func (s *Store) findStoredNodes(db *bolt.DB, in *bulkInput) error {
	return db.View(func(tx *bolt.Tx) error {
		for i := range in.nodes {
			n := &in.nodes[i]
			if b := tx.Bucket(valueBucket('v', n.hash)); b != nil {
				if v := b.Get(n.hash[:]); v != nil {
					n.id, _ = binary.Uvarint(v)
				}
			}
		}
		return nil
	})
}

func valueBucket(kind byte, h cgraph.ValueHash) []byte { return []byte{kind, h[0], h[1]} }

// writeBulk writes quads, and the terms they use first, in one
// transaction, as Cayley's ApplyDeltas would with IgnoreDup: terms
// (log entry, hash → identifier, use count), quads (log entry), the
// index entries of each quad, the store's size and its last identifier.
func writeBulk(tx *bolt.Tx, in *bulkInput, quads [][4]int32) error {
	meta := tx.Bucket(kvMeta)
	logB := tx.Bucket(kvLog)
	if meta == nil || logB == nil {
		return fmt.Errorf("the store has no %q or %q bucket", kvMeta, kvLog)
	}
	logB.FillPercent = 0.95 // appended in order of identifier: fill the pages
	horizon := metaInt(meta, "horizon")
	first := horizon + 1 // identifiers from here on are this transaction's

	// the terms: new ones get identifiers in order of first use
	var used, fresh []int32
	for _, q := range quads {
		for _, i := range q {
			if i < 0 {
				continue
			}
			n := &in.nodes[i]
			if n.refs == 0 {
				used = append(used, i)
				if n.id == 0 {
					horizon++
					n.id = horizon
					fresh = append(fresh, i)
				}
			}
			n.refs++
		}
	}
	// The quads' identifiers follow the terms'. Their index entries are
	// gathered and sorted on another goroutine while this one puts the
	// terms and the log: that work needs no bolt, and it was a tenth of
	// the goroutine that writes, which a load waits for.
	quadsFrom := horizon + 1
	sorted := make(chan [][]indexEntry, 1)
	go func() { sorted <- sortedIndexEntries(in, quads, quadsFrom) }()
	now := time.Now().UnixNano()
	ar := &arena{}
	putLog := func(p *proto.Primitive) error {
		v := ar.take(p.ProtoSize())
		if _, err := p.MarshalTo(v); err != nil {
			return err
		}
		return logB.Put(binary.BigEndian.AppendUint64(ar.take(8)[:0], p.ID), v)
	}
	for _, i := range fresh {
		n := &in.nodes[i]
		v, err := pquads.MarshalValue(n.val)
		if err != nil {
			return err
		}
		if err := putLog(&proto.Primitive{ID: n.id, Value: v, Timestamp: now}); err != nil {
			return err
		}
	}
	// the use counts of all, and hash → identifier for the new terms, in
	// hash order: bucket by bucket, each bucket's keys in order, and the
	// 'n' buckets before the 'v' ones, so that the buckets a fresh store
	// creates are added at the end of bolt's root, not before thousands
	// of others (each such insertion moves them all)
	slices.SortFunc(fresh, func(a, b int32) int { return bytes.Compare(in.nodes[a].hash[:], in.nodes[b].hash[:]) })
	slices.SortFunc(used, func(a, b int32) int { return bytes.Compare(in.nodes[a].hash[:], in.nodes[b].hash[:]) })
	if err := eachInBuckets(tx, 'n', in, used, func(b *bolt.Bucket, n *bulkNode) error {
		refs := uint64(n.refs)
		if n.id < first { // stored before: add to its count
			if v := b.Get(n.hash[:]); v != nil {
				old, _ := binary.Uvarint(v)
				refs += old
			}
		}
		n.refs = 0
		return b.Put(n.hash[:], binary.AppendUvarint(ar.take(binary.MaxVarintLen64)[:0], refs))
	}); err != nil {
		return err
	}

	if err := eachInBuckets(tx, 'v', in, fresh, func(b *bolt.Bucket, n *bulkNode) error {
		return b.Put(n.hash[:], binary.AppendUvarint(ar.take(binary.MaxVarintLen64)[:0], n.id))
	}); err != nil {
		return err
	}

	// the quads
	for _, q := range quads {
		horizon++
		p := proto.Primitive{ID: horizon, Timestamp: now}
		for d, i := range q {
			if i >= 0 {
				p.SetDirection(quad.Directions[d], in.nodes[i].id)
			}
		}
		if err := putLog(&p); err != nil {
			return err
		}
	}
	entries := <-sorted
	for k, ind := range ckv.DefaultQuadIndexes {
		name := ind.KeyFor(&proto.Primitive{})[0]
		b, err := bucket(tx, name)
		if err != nil {
			return err
		}
		// Most keys are new terms' (new identifiers, larger than any
		// stored): they go at the end, as the log's do, and pages split
		// at bolt's half-full default would stay half empty.
		b.FillPercent = 0.95
		es := entries[k]
		for i := 0; i < len(es); {
			j := i + 1
			for j < len(es) && es[j].key == es[i].key {
				j++
			}
			// A key with a term new in this transaction is new too: every
			// stored key is of a stored quad, whose terms were all stored
			// before. Only a key of old terms alone may hold quads already.
			key := ar.take(8 * len(ind.Dirs))[:0]
			fresh := false
			for _, id := range es[i].key[:len(ind.Dirs)] {
				key = binary.BigEndian.AppendUint64(key, id)
				fresh = fresh || id >= first
			}
			var old []byte
			if !fresh {
				old = b.Get(key)
			}
			v := append(ar.take(len(old) + binary.MaxVarintLen64*(j-i))[:0], old...)
			for _, e := range es[i:j] {
				v = binary.AppendUvarint(v, e.id)
			}
			if err := b.Put(key, v); err != nil {
				return err
			}
			i = j
		}
	}
	if err := putMetaInt(meta, "size", metaInt(meta, "size")+uint64(len(quads))); err != nil {
		return err
	}
	return putMetaInt(meta, "horizon", horizon)
}

// indexEntry is a quad's entry in an index: the key's terms, in the
// index's order, and the quad's identifier.
type indexEntry struct {
	key [4]uint64
	id  uint64
}

// sortedIndexEntries gathers the entries of quads, whose identifiers are
// from on in order, in each of Cayley's default indexes, and sorts them:
// each key's quads together, in order of identifier. The terms of quads
// have their identifiers.
func sortedIndexEntries(in *bulkInput, quads [][4]int32, from uint64) [][]indexEntry {
	entries := make([][]indexEntry, len(ckv.DefaultQuadIndexes))
	for k := range entries {
		entries[k] = make([]indexEntry, 0, len(quads))
	}
	for n, q := range quads {
		var p proto.Primitive
		for d, i := range q {
			if i >= 0 {
				p.SetDirection(quad.Directions[d], in.nodes[i].id)
			}
		}
		for k, ind := range ckv.DefaultQuadIndexes {
			e := indexEntry{id: from + uint64(n)}
			for j, d := range ind.Dirs {
				e.key[j] = p.GetDirection(d)
			}
			entries[k] = append(entries[k], e)
		}
	}
	for _, es := range entries {
		slices.SortFunc(es, func(a, b indexEntry) int {
			if c := slices.Compare(a.key[:], b.key[:]); c != 0 {
				return c
			}
			return cmp.Compare(a.id, b.id)
		})
	}
	return entries
}

// eachInBuckets calls f for the terms nodes (sorted by hash) in the
// buckets of kind ('v': hash → identifier, 'n': hash → use count) their
// hashes fall in, opening each bucket once.
func eachInBuckets(tx *bolt.Tx, kind byte, in *bulkInput, nodes []int32, f func(*bolt.Bucket, *bulkNode) error) error {
	var (
		b    *bolt.Bucket
		last = -1
	)
	for _, i := range nodes {
		n := &in.nodes[i]
		if pre := int(n.hash[0])<<8 | int(n.hash[1]); pre != last {
			var err error
			if b, err = bucket(tx, valueBucket(kind, n.hash)); err != nil {
				return err
			}
			last = pre
		}
		if err := f(b, n); err != nil {
			return err
		}
	}
	return nil
}

// bucket opens the bucket name, creating it if it does not exist. Bolt's
// CreateBucketIfNotExists tries to create it first, and searches the
// root for it twice when it exists, as most do after a load's first
// transaction.
func bucket(tx *bolt.Tx, name []byte) (*bolt.Bucket, error) {
	if b := tx.Bucket(name); b != nil {
		return b, nil
	}
	return tx.CreateBucket(name)
}

// arena hands out the keys and values of one transaction from large
// blocks: bolt keeps every key and value it is given until the commit, and
// a few large blocks cost the garbage collector less than millions of
// small ones.
type arena struct{ block []byte }

func (a *arena) take(n int) []byte {
	if n > len(a.block) {
		a.block = make([]byte, max(n, 1<<20))
	}
	b := a.block[:n:n]
	a.block = a.block[n:]
	return b
}

func metaInt(meta *bolt.Bucket, key string) uint64 {
	if v := meta.Get([]byte(key)); len(v) == 8 {
		return binary.LittleEndian.Uint64(v)
	}
	return 0
}

func putMetaInt(meta *bolt.Bucket, key string, n uint64) error {
	return meta.Put([]byte(key), binary.LittleEndian.AppendUint64(nil, n))
}
