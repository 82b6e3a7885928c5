package rdfio

// Records: one statement as a sink holds it, sorts it, spills it and
// merges it, as bytes whose order (bytes.Compare) is the order of the
// file. Sorting and merging then compare bytes and nothing else, a sink's
// statements are a few chunks of bytes for the collector instead of
// sixteen strings each, and a spilled run is the records as they are.
//
// The formats that sort lines (N-Quads, N-Triples) hold the line itself.
// The grouped formats (Turtle, TriG, JSON-LD) hold
//
//	graph      0 for the default graph, or 1 and the graph's term
//	subject    its term
//	predicate  0 for rdf:type (written first, as "a"), or 1; then the IRI as a field
//	object     its term
//
// A term is its kind (kindIRI, kindBlank, kindLiteral) and its value as
// a field; a literal has a second field, what follows its quoted value in
// N-Triples ("", "@en", "^^<…#date>"). An IRI, and what follows a
// literal's value, are written with their namespace as a byte
// (recordCodes), in an order that keeps theirs. So records sort as the
// terms' kinds, values and N-Triples forms do. A field is its bytes with each
// 0x00 written 0x00 0xFF, then 0x00 0x01: a field that is a prefix of
// another sorts first, whatever byte comes next.

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"slices"
	"strings"
)

const (
	fieldEnd    = 0x01 // after 0x00: the field ends
	escapedZero = 0xFF // after 0x00: a 0x00 of the field
)

const (
	defaultGraph   = 0
	namedGraph     = 1
	typePredicate  = 0
	otherPredicate = 1
)

// appendRecord appends the record of a statement of a grouped format,
// its terms checked (checker.triple); g is nil in the default graph. It
// returns the length of the record's head too (records: what groups
// them), where the subject ends, which is then not looked for again.
func appendRecord(dst []byte, codes recordCodes, g *rdfTerm, t *checkedTriple) (rec []byte, head int) {
	start := len(dst)
	if g == nil {
		dst = append(dst, defaultGraph)
	} else {
		dst = appendTermKey(append(dst, namedGraph), codes, g)
	}
	dst = appendTermKey(dst, codes, &t.s)
	head = len(dst) - start
	if t.p.value == rdfTypeIRI {
		dst = append(dst, typePredicate)
	} else {
		dst = append(dst, otherPredicate)
	}
	dst = appendCodedIRI(dst, codes, t.p.value)
	return appendTermKey(dst, codes, &t.o), head
}

func appendTermKey(dst []byte, codes recordCodes, t *rdfTerm) []byte {
	dst = append(dst, byte(t.kind))
	switch t.kind {
	case kindIRI:
		return appendCodedIRI(dst, codes, t.value)
	case kindBlank:
		return appendChecked(dst, t.value)
	}
	dst = appendField(dst, t.value)
	// The language tag and datatype IRI hold no 0x00 (checker.term).
	suffix := len(dst)
	dst = codes.suffixes.codeInPlace(appendLiteralSuffix(dst, t.lang, t.datatype), suffix)
	return append(dst, 0, fieldEnd)
}

// appendCodedIRI appends a checked IRI's field, its namespace coded.
func appendCodedIRI(dst []byte, codes recordCodes, iri string) []byte {
	return append(codes.iris.appendCoded(dst, iri), 0, fieldEnd)
}

// appendChecked appends an IRI's or a blank node label's field: checked,
// it holds no 0x00 to escape (isWritableIRI, isBlankLabel), and is not
// searched for one, as a literal's value is.
func appendChecked(dst []byte, s string) []byte {
	return append(append(dst, s...), 0, fieldEnd)
}

func appendField(dst []byte, s string) []byte {
	for {
		i := strings.IndexByte(s, 0)
		if i < 0 {
			break
		}
		dst = append(append(dst, s[:i+1]...), escapedZero)
		s = s[i+1:]
	}
	return append(append(dst, s...), 0, fieldEnd)
}

// statement is a record of a grouped format read back: views of the
// record's bytes, valid until the next record is read.
type statement struct {
	codes      recordCodes // the records' (Sink)
	hasGraph   bool
	g, s, p, o termView
	// isType tells that p is rdf:type, as the record's predicate byte
	// says (typePredicate): a writer need not decode p to know it.
	isType bool
	// Where the graph, the subject and the predicate end in the record:
	// records that are the same bytes up to there share them.
	graphEnd, subjectEnd, predicateEnd int
	// scratch holds the fields that held a 0x00, and the IRIs and
	// suffixes decoded.
	scratch []byte
}

// termView is a term of a statement.
type termView struct {
	kind  byte
	value []byte
	// suffix is what follows a literal's quoted value in N-Triples.
	suffix []byte
}

// datatype is a typed literal's datatype IRI, or nil.
func (t termView) datatype() []byte {
	if len(t.suffix) > 3 && t.suffix[0] == '^' {
		return t.suffix[3 : len(t.suffix)-1] // ^^<…>
	}
	return nil
}

// lang is a language literal's tag, or nil.
func (t termView) lang() []byte {
	if len(t.suffix) > 1 && t.suffix[0] == '@' {
		return t.suffix[1:]
	}
	return nil
}

// readChange reads rec, a record that appendRecord made, into st, and
// returns what it does not share with prev, the record before it
// (changeFrom). Only the terms a writer
// writes for that change are read back whole: the graph and subject for
// a new subject or graph, the predicate for a new predicate, the object
// always. The others stay coded: most statements share their subject
// with the one before, which decoding it would copy for nothing.
func (st *statement) readChange(rec, prev []byte) change {
	st.readCoded(rec)
	c := st.changeFrom(rec, prev)
	st.decode(c)
	return c
}

// readCoded reads rec into st, its IRIs and suffixes as views of their
// coded bytes.
func (st *statement) readCoded(rec []byte) {
	st.scratch = st.scratch[:0]
	all := len(rec)
	st.hasGraph = rec[0] == namedGraph
	rec = rec[1:]
	if st.hasGraph {
		rec = st.readTerm(rec, &st.g)
	}
	st.graphEnd = all - len(rec)
	rec = st.readTerm(rec, &st.s)
	st.subjectEnd = all - len(rec)
	st.isType = rec[0] == typePredicate
	st.p.kind = kindIRI
	st.p.value, rec = st.readField(rec[1:])
	st.predicateEnd = all - len(rec)
	st.readTerm(rec, &st.o)
}

// decode reads back whole the terms that change c asks for (readChange).
func (st *statement) decode(c change) {
	if c >= newSubject {
		if st.hasGraph {
			st.decodeTerm(&st.g)
		}
		st.decodeTerm(&st.s)
	}
	if c >= newPredicate {
		st.p.value = st.decoded(st.codes.iris, st.p.value)
	}
	st.decodeTerm(&st.o)
}

func (st *statement) decodeTerm(t *termView) {
	switch t.kind {
	case kindIRI:
		t.value = st.decoded(st.codes.iris, t.value)
	case kindLiteral:
		t.suffix = st.decoded(st.codes.suffixes, t.suffix)
	}
}

func (st *statement) readTerm(rec []byte, t *termView) (rest []byte) {
	t.kind = rec[0]
	t.value, rec = st.readField(rec[1:])
	t.suffix = nil
	if t.kind == kindLiteral {
		t.suffix, rec = st.readField(rec)
	}
	return rec
}

// decoded is the string that a coded field stands for, in st.scratch.
func (st *statement) decoded(codes *namespaceCodes, field []byte) []byte {
	start := len(st.scratch)
	st.scratch = codes.appendDecoded(st.scratch, field)
	return st.scratch[start:]
}

// readField returns the field at the start of rec and what follows it.
// The field is rec's own bytes unless it held a 0x00, when it is
// unescaped into st.scratch.
func (st *statement) readField(rec []byte) (field, rest []byte) {
	i := bytes.IndexByte(rec, 0)
	if rec[i+1] == fieldEnd {
		return rec[:i], rec[i+2:]
	}
	start := len(st.scratch)
	for {
		i := bytes.IndexByte(rec, 0)
		st.scratch = append(st.scratch, rec[:i]...)
		if rec[i+1] == fieldEnd {
			return st.scratch[start:], rec[i+2:]
		}
		st.scratch = append(st.scratch, 0)
		rec = rec[i+2:]
	}
}

// records are records in chunks of bytes, each record its
// length and bytes: few objects for the collector however many
// statements they hold, and none copied as they grow (a slice grown by
// append copies its bytes several times over; a quarter of the Turtle
// writer's time). A record is found by a span: its chunk's index << 32,
// and its offset in the chunk, below chunkSize (a record too long for a
// chunk has one of its own, at offset 0).
//
// Records that come one after the other with the same head (their
// graph and subject, or an N-Quads line's subject and the space after
// it: no head begins another) form a group, and the sort orders the
// groups by their heads first, a few for each subject: the records then
// compare by their groups' ranks, and their bytes only within a rank. Comparing bytes meant reading two records
// at random places of megabytes for each comparison, most of a sort's
// time, and the first hundred bytes of both alike as often as not.
type records struct {
	chunks [][]byte
	// memory is where new chunks come from before the heap's own
	// allocations: a bounded sink's holds the chunks its memory fills.
	memory  chunkMemory
	used    int // chunks[:used] hold records, the last of them the one filled
	entries []entry
	groups  []group
	bytes   int
	// for sort: the groups in the order of their heads, their ranks,
	// where each rank's records begin and go next, and the entries sorted
	keys                []groupKey
	ranks, starts, next []int32
	sorted              []entry
}

// entry is a record's span and its group (its group's rank once sorted).
type entry struct {
	span  uint64
	group int32
}

// group is the records with one head: where its first record's bytes
// begin (a span past the record's length, which sorting the heads would
// otherwise decode at every comparison), and the length of the head.
type group struct {
	at   uint64
	head int32
}

// The bytes of an entry and of a group, with what sort adds to them.
const (
	entrySize = 2 * 16
	groupSize = 16 + 4*4
	chunkSize = 1 << 20
)

// reserve gives r's entries, sorted entries and groups the room of the
// records of a run of about memory bytes, made at once: grown by
// doubling, each of the four slices of a bounded sink's two records
// (entries and sorted, held and spare) was copied and cleared into
// fresh memory a dozen times, some 3 MB each for a 902-text build's
// runs of 8 MB, whose pages fault in one by one (4 KB, some 14 us each
// on the build's VM): 5 % of the build's CPU. Made at their size they
// are fresh pages of the heap, which only fault in as runs fill them.
// The room is for records of reservedRecordBytes and groups of two
// records or more; a run of more grows the slices as before.
func (r *records) reserve(memory int) {
	n := memory / (entrySize + reservedRecordBytes)
	r.entries = make([]entry, 0, n)
	r.sorted = make([]entry, 0, n)
	r.groups = make([]group, 0, n/2)
}

// reservedRecordBytes is about the shortest average of a run's records:
// a build's average 73 bytes, 3.3 to a group (a subject), coded.
const reservedRecordBytes = 64

func (r *records) len() int        { return len(r.entries) }
func (r *records) at(i int) []byte { return r.record(r.entries[i].span) }

func (r *records) size() int {
	return r.bytes + entrySize*len(r.entries) + groupSize*len(r.groups)
}

func (r *records) record(span uint64) []byte {
	chunk := r.chunks[span>>32][uint32(span):]
	n, k := binary.Uvarint(chunk)
	return chunk[k : k+int(n)]
}

func (r *records) head(g group) []byte {
	return r.chunks[g.at>>32][uint32(g.at):][:g.head]
}

// reset forgets the records and keeps the chunks for the next ones, but
// those of a single long record.
func (r *records) reset() {
	for i := range r.chunks[:r.used] {
		if cap(r.chunks[i]) > chunkSize {
			r.chunks[i] = nil
		}
		r.chunks[i] = r.chunks[i][:0]
	}
	r.used, r.entries, r.groups, r.bytes = 0, r.entries[:0], r.groups[:0], 0
}

// addEncoded adds e's records from its i-th on, until the last chunk
// has no room for the next or the records hold more than memory (0: no
// bound), and returns the index of the first it left. They go into the
// chunk in one copy: e holds them as a chunk does, and told which share
// their head with the record before. Records handed over in runs of any
// length end the same (TestAddEncodedInBatches).
func (r *records) addEncoded(e *Encoder, i, memory int) int {
	r.roomFor(int(e.recs[i].end - e.recs[i].at))
	last := r.used - 1
	chunk := r.chunks[last]
	from := e.lengthAt(i) // where the bytes copied into the chunk begin
	// spanOf is the span of e.buf[at:] once copied.
	spanOf := func(at int) uint64 { return uint64(last)<<32 | uint64(len(chunk)+at-from) }
	room := cap(chunk) - len(chunk)
	k := i
	for k < len(e.recs) {
		rec := e.recs[k]
		n := int(rec.end - rec.at)
		if k > i && e.lengthAt(k)-from+binary.MaxVarintLen64+n > room {
			break // roomFor would take the next chunk
		}
		if r.startsGroup(e, k) {
			r.groups = append(doubledFor(r.groups, 1), group{spanOf(int(rec.at)), rec.head})
		}
		r.entries = append(doubledFor(r.entries, 1), entry{spanOf(e.lengthAt(k)), int32(len(r.groups) - 1)})
		r.bytes += n
		k++
		if memory > 0 && r.size() > memory {
			break
		}
	}
	r.chunks[last] = append(chunk, e.buf[from:e.lengthAt(k)]...)
	return k
}

// startsGroup tells whether e's record k, added next, starts a group:
// the encoder compared its head with the record before it, which is
// r's last unless it is e's first.
func (r *records) startsGroup(e *Encoder, k int) bool {
	switch rec := e.recs[k]; {
	case len(r.groups) == 0:
		return true
	case k == 0:
		return !bytes.Equal(r.head(r.groups[len(r.groups)-1]), e.buf[rec.at:rec.at+rec.head])
	default:
		return !rec.sameHead
	}
}

// roomFor makes the last chunk one with room for a record of n bytes
// and its length.
func (r *records) roomFor(n int) {
	n += binary.MaxVarintLen64 // at most
	if r.used == 0 || cap(r.chunks[r.used-1])-len(r.chunks[r.used-1]) < n {
		if r.used == len(r.chunks) {
			r.chunks = append(r.chunks, nil)
		}
		if cap(r.chunks[r.used]) < n {
			r.chunks[r.used] = r.newChunk(n)
		}
		r.used++
	}
}

// newChunk returns an empty chunk with room for n bytes, of r's memory
// while it has one.
func (r *records) newChunk(n int) []byte {
	if n <= chunkSize {
		if c := r.memory.chunk(); c != nil {
			return c
		}
	}
	return make([]byte, 0, max(chunkSize, n))
}

// sort orders the records by their bytes: the groups by their heads,
// giving equal heads one rank; then the records by rank, counted into
// place, and within a rank (a few records, mostly of one group, side by
// side in their chunk) by their bytes past their common head.
func (r *records) sort() {
	ranks := resize(&r.ranks, len(r.groups))
	rank := r.rankGroups(ranks)
	// starts[k] is where rank k's records begin.
	starts := resize(&r.starts, int(rank)+2)
	clear(starts)
	for _, e := range r.entries {
		starts[ranks[e.group]+1]++
	}
	for k := 1; k < len(starts); k++ {
		starts[k] += starts[k-1]
	}
	// sorted becomes entries, and entries sorted: each has the room of
	// the other, so that neither grows again until a run holds more
	// records than any before it (sorted made as long as the records
	// alone was grown again, doubling, as the next run filled it).
	sorted := resizeRoom(&r.sorted, len(r.entries), cap(r.entries))
	next := resize(&r.next, len(starts))
	copy(next, starts)
	for _, e := range r.entries {
		k := ranks[e.group]
		sorted[next[k]] = e
		next[k]++
	}
	byTail := func(a, b entry) int {
		head := int(r.groups[a.group].head) // the same bytes as b's
		return bytes.Compare(r.record(a.span)[head:], r.record(b.span)[head:])
	}
	for k := 0; k <= int(rank); k++ {
		if same := sorted[starts[k]:starts[k+1]]; len(same) > 1 {
			slices.SortFunc(same, byTail)
		}
	}
	r.entries, r.sorted = sorted, r.entries
}

// rankGroups sets ranks[g] to group g's rank among the groups' heads,
// equal heads one rank, and returns the last rank (-1 with no group).
//
// The heads of a sort begin alike (a build's subjects are IRIs of one
// namespace, some 25 bytes, then "doc/S/RES/"), and comparing their bytes
// from the first at random places of megabytes was most of the sort: the
// groups are sorted by eight bytes of their heads at a time, as numbers
// kept beside them, from the end of the prefix all heads share.
func (r *records) rankGroups(ranks []int32) int32 {
	if len(r.groups) == 0 {
		return -1
	}
	keys := resize(&r.keys, len(r.groups))
	for g := range r.groups {
		keys[g].group = int32(g)
	}
	r.sortHeads(keys, r.commonHeadPrefix())
	rank := int32(0)
	ranks[keys[0].group] = 0
	for i := 1; i < len(keys); i++ {
		if !bytes.Equal(r.head(r.groups[keys[i-1].group]), r.head(r.groups[keys[i].group])) {
			rank++
		}
		ranks[keys[i].group] = rank
	}
	return rank
}

// sortHeads sorts groups whose heads share their first depth bytes by
// the eight bytes that follow, then each run of groups alike in those by
// the next eight. A head that ends within the eight sorts before the
// longer heads of its run, as a prefix of them (its key's bytes past
// its end are 0x00), the shorter of two first.
func (r *records) sortHeads(keys []groupKey, depth int) {
	for i := range keys {
		keys[i].key = prefixKey(r.head(r.groups[keys[i].group])[depth:])
	}
	slices.SortFunc(keys, func(a, b groupKey) int { return cmp.Compare(a.key, b.key) })
	for i := 0; i < len(keys); {
		j := i + 1
		for j < len(keys) && keys[j].key == keys[i].key {
			j++
		}
		if j-i > 1 {
			r.sortAlike(keys[i:j], depth+8)
		}
		i = j
	}
}

// sortAlike sorts groups whose heads share their first depth bytes, as
// far as the shorter of each two reaches: the heads that end there by
// their length, before the others, sorted by sortHeads.
func (r *records) sortAlike(keys []groupKey, depth int) {
	headLen := func(k groupKey) int { return int(r.groups[k.group].head) }
	ended := 0
	for i, k := range keys {
		if headLen(k) <= depth {
			keys[ended], keys[i] = k, keys[ended]
			ended++
		}
	}
	if ended > 1 {
		slices.SortFunc(keys[:ended], func(a, b groupKey) int { return cmp.Compare(headLen(a), headLen(b)) })
	}
	if len(keys)-ended > 1 {
		r.sortHeads(keys[ended:], depth)
	}
}

// groupKey is a group and the eight bytes of its head that sort it first.
type groupKey struct {
	key   uint64
	group int32
}

// commonHeadPrefix is the length of the prefix all groups' heads share.
func (r *records) commonHeadPrefix() int {
	first := r.head(r.groups[0])
	common := len(first)
	for _, g := range r.groups[1:] {
		head := r.head(g)
		n := min(common, len(head))
		i := 0
		for i < n && head[i] == first[i] {
			i++
		}
		common = i
	}
	return common
}

// prefixKey is the first eight bytes of b as a big-endian number, bytes
// past b's end as 0x00: a key below another's is of bytes that sort
// first (a shorter b that the other begins with sorts first, and sorts
// first as a key or ties), so only equal keys need their bytes compared.
func prefixKey(b []byte) uint64 {
	if len(b) >= 8 {
		return binary.BigEndian.Uint64(b)
	}
	var k [8]byte
	copy(k[:], b)
	return binary.BigEndian.Uint64(k[:])
}

// resize sets *s to n elements, reusing its array when it can.
func resize[T any](s *[]T, n int) []T { return resizeRoom(s, n, n) }

// resizeRoom sets *s to n elements with room for at least room,
// reusing its array when it can.
func resizeRoom[T any](s *[]T, n, room int) []T {
	*s = slices.Grow((*s)[:0], max(n, room))[:n]
	return *s
}
