package rdfio

// A Sink writes a graph too large to hold: quads come in any order, a
// document at a time, are sorted in runs of bounded size, spilled to
// temporary files, and merged by Finish into exactly the file the Write
// functions make of the same quads. The Write functions are a Sink that
// never spills.

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/ontology"
)

// SinkOptions bound the memory a Sink holds.
type SinkOptions struct {
	// Memory is about how many bytes of statements the sink holds: half
	// of them are sorted and spilled to a file while the other half
	// fills; 0 never spills.
	Memory int
	// TempDir is the folder spilled runs go to (os.TempDir() when empty).
	// The sink removes its files from it when it closes.
	TempDir string
	// Namespaces are IRIs that many of the statements' IRIs begin with,
	// beside the prefixes': the grouped formats' records hold each as a
	// byte (recordCodes), so that they are smaller to sort, spill and
	// merge. The file is the same whatever they are.
	Namespaces []string
}

// maxRuns is how many spilled runs a sink keeps before merging them into
// one: each open run costs a file descriptor and a read buffer in the
// final merge.
const maxRuns = 64

// Sink takes quads in any order and writes them in format f, sorted and
// without duplicates, when finished: byte for byte what Write gives for
// the same quads.
type Sink struct {
	f        Format
	codes    recordCodes       // the grouped formats' (NewEncoder)
	uses     map[string]*usage // JSON-LD's, by predicate IRI: all encoders'
	prefixes []ontology.Prefix
	pre      *prefixer
	opts     SinkOptions

	added int      // quads added, to name a bad one as Write does
	held  records  // the statements not spilled yet
	enc   *Encoder // Add's, made on its first call
	// spilling, while a run is sorted and written on another goroutine,
	// gives back its records, emptied, and its error; spare is the
	// records it gave back, for held to fill next.
	spilling chan spilled
	spare    records
	// runs and levels belong to the spilling goroutine while it runs.
	runs []string
	// levels[i] is how many merges runs[i] has been through: runs of one
	// level are merged maxRuns at a time into one of the next, so that
	// each statement is rewritten once per level, not once per merge.
	levels []int
}

// spilled is what a spilling goroutine gives back.
type spilled struct {
	held records
	err  error
}

// recordMaker checks quads and makes their records for one format: an
// Encoder's, on the goroutine that encodes.
type recordMaker struct {
	f     Format
	codes recordCodes // the grouped formats'
	terms checker
	uses  map[string]*usage // JSON-LD's, by predicate IRI
	// the terms of the statement being made, reused
	triple checkedTriple
	graph  rdfTerm
}

// lineMode tells the formats that sort lines (N-Quads, N-Triples) from
// those that group statements by graph and subject.
func (f Format) lineMode() bool { return f == NQuads || f == NTriples }

// NewSink returns a sink for format f.
func NewSink(f Format, prefixes []ontology.Prefix, opts SinkOptions) (*Sink, error) {
	if _, ok := extensions[f]; !ok {
		return nil, fmt.Errorf("unknown format %q", f)
	}
	// A run is sorted and written on another goroutine while the next
	// fills (spill): each holds half the memory, and from here on
	// opts.Memory is what held may hold.
	if opts.Memory > 0 {
		opts.Memory = max(1, opts.Memory/2)
	}
	s := &Sink{f: f, uses: map[string]*usage{}, prefixes: prefixes, opts: opts}
	if opts.Memory > 0 {
		s.held.memory.chunks = chunksFor(opts.Memory)
		s.spare.memory.chunks = chunksFor(opts.Memory)
		s.held.reserve(opts.Memory)
		s.spare.reserve(opts.Memory)
	}
	if !f.lineMode() {
		pre, err := newPrefixer(prefixes)
		if err != nil {
			return nil, err
		}
		s.pre = pre
		namespaces := slices.Clone(opts.Namespaces)
		for _, p := range prefixes {
			namespaces = append(namespaces, p.IRI)
		}
		s.codes = newRecordCodes(namespaces)
	}
	return s, nil
}

// Add takes quads; when the sink holds more than its memory, it spills.
// It encodes them itself, addBatch at a time, and takes their records
// as AddEncoded does, which spills after the same record as ever.
func (s *Sink) Add(quads ...rdf.Quad) error {
	if s.enc == nil {
		s.enc = s.NewEncoder()
	}
	for start := 0; start < len(quads); start += addBatch {
		s.enc.Reset() // of the batch before, or of an Add that failed
		s.enc.Add(quads[start:min(start+addBatch, len(quads))]...)
		if err := s.AddEncoded(s.enc); err != nil {
			return err
		}
	}
	return nil
}

// addBatch is how many quads Add encodes before it takes their records:
// a few hundred kilobytes of them, not a second copy of all a Write's.
const addBatch = 2000

// appendRecord checks q and appends its record, and returns the length
// of the record's head (records: what groups them): an N-Quads line's
// subject and the space after it, a grouped record's graph and subject.
// On an error, dst is returned as it was.
func (s *recordMaker) appendRecord(dst []byte, q *rdf.Quad) (rec []byte, head int, err error) {
	if s.f.lineMode() {
		start := len(dst)
		if dst, err = s.terms.appendNQuad(dst, s.lineQuad(q)); err != nil {
			return dst, 0, err
		}
		return dst, bytes.IndexByte(dst[start:], ' ') + 1, nil // a subject holds no space
	}
	t := &s.triple
	if err := s.terms.triple(q, t); err != nil {
		return dst, 0, err
	}
	var g *rdfTerm
	if q.Ctx != nil && s.f != Turtle { // Turtle merges the graphs
		g = &s.graph
		if err := s.terms.term(q.Ctx, g); err != nil {
			return dst, 0, fmt.Errorf("graph: %w", err)
		}
		if g.kind == kindLiteral {
			return dst, 0, errors.New("a literal cannot name a graph")
		}
	}
	if s.f == JSONLD {
		s.use(&t.p, &t.o)
	}
	rec, head = appendRecord(dst, s.codes, g, t)
	return rec, head, nil
}

// lineQuad is q as a line of the sink's format: N-Triples has no graphs.
func (s *recordMaker) lineQuad(q *rdf.Quad) rdf.Quad {
	if s.f == NTriples {
		return rdf.Quad{Triple: q.Triple}
	}
	return *q
}

// Finish writes the file to w and removes the spilled runs. It returns
// the number of statements written: distinct triples for Turtle and
// N-Triples, distinct quads for the others.
func (s *Sink) Finish(w io.Writer) (n int, err error) {
	defer s.Discard()
	bw := bufio.NewWriterSize(w, 1<<16)
	if s.f.lineMode() {
		n, err = s.writeLines(bw)
	} else {
		n, err = s.writeGroups(bw)
	}
	if err != nil {
		return 0, err
	}
	if err := bw.Flush(); err != nil {
		return 0, err
	}
	return n, nil
}

// Discard removes the spilled runs without writing: for a build that
// stops halfway. Finish discards them itself.
func (s *Sink) Discard() {
	s.waitSpill()
	for _, r := range s.runs {
		os.Remove(r)
	}
	s.runs, s.levels, s.held, s.spare = nil, nil, records{}, records{}
}

// chunksFor is how many chunks records of about memory bytes fill: as
// many as their bytes would, which leaves room for the last chunk's
// unused end, as the records' entries and groups count in memory too
// (a 902-text build's 8 MB spills fill 7 chunks).
func chunksFor(memory int) int { return max(1, memory/chunkSize) }

// spill hands what the sink holds to another goroutine, which sorts it
// and writes it to a run file, and holds the next statements in the
// records the last spill gave back: the sort and the writing were most
// of the time of the goroutine that adds, which a build's files wait for.
func (s *Sink) spill() error {
	if err := s.waitSpill(); err != nil {
		return err
	}
	full := s.held
	s.held, s.spare = s.spare, records{}
	done := make(chan spilled, 1)
	s.spilling = done
	go func() {
		err := s.writeRun(&full)
		full.reset()
		done <- spilled{full, err}
	}()
	return nil
}

// waitSpill waits for the run being spilled, if any, and returns its
// error.
func (s *Sink) waitSpill() error {
	if s.spilling == nil {
		return nil
	}
	done := <-s.spilling
	s.spilling, s.spare = nil, done.held
	return done.err
}

// writeRun sorts held and writes it to a new run file, merging the runs
// of a level when there are maxRuns of them.
func (s *Sink) writeRun(held *records) error {
	held.sort()
	err := s.newRun(0, func(bw *bufio.Writer) error {
		var prev []byte
		for i := range held.len() {
			rec := held.at(i)
			writeRunRecord(bw, rec, prev) // its error is the Flush's
			prev = rec
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("spilling sorted statements: %w", err)
	}
	// The runs of a level stand together at the end of the list: when
	// there are maxRuns of them, they become one run of the next level.
	for n := len(s.runs); n >= maxRuns && s.levels[n-maxRuns] == s.levels[n-1]; n = len(s.runs) {
		if err := s.compact(n - maxRuns); err != nil {
			return err
		}
	}
	return nil
}

// compact merges the spilled runs from runs[from] on into one, of the
// next level. Merging all runs into one each time rewrote the first
// statements once per merge, a time that grew with the square of the
// input (a 50 MB paragraph: 11 GB of runs, rewritten dozens of times).
func (s *Sink) compact(from int) error {
	old := slices.Clone(s.runs[from:])
	level := s.levels[from] + 1
	s.runs, s.levels = s.runs[:from], s.levels[:from]
	err := s.newRun(level, func(bw *bufio.Writer) error {
		return merge(old, nil, func(rec, prev []byte) error {
			return writeRunRecord(bw, rec, prev)
		})
	})
	for _, r := range old {
		os.Remove(r)
	}
	if err != nil {
		return fmt.Errorf("merging sorted statements: %w", err)
	}
	return nil
}

// newRun writes a run file of the given level with write and adds it to
// the runs: before it is written, so that Discard removes a run that
// failed halfway.
func (s *Sink) newRun(level int, write func(bw *bufio.Writer) error) error {
	f, err := os.CreateTemp(s.opts.TempDir, "sckg-run-*")
	if err != nil {
		return err
	}
	s.runs, s.levels = append(s.runs, f.Name()), append(s.levels, level)
	bw := bufio.NewWriterSize(f, 1<<16)
	err = write(bw)
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

func (s *Sink) writeLines(bw *bufio.Writer) (int, error) {
	if err := s.sortHeld(); err != nil {
		return 0, err
	}
	n := 0
	err := s.mergeAll(func(line, _ []byte) error {
		n++
		_, err := bw.Write(line)
		return err
	})
	return n, err
}

// writeGroups writes the grouped formats from the merged records, telling
// the writer of each statement what it shares with the one before.
func (s *Sink) writeGroups(bw *bufio.Writer) (int, error) {
	if err := s.sortHeld(); err != nil {
		return 0, err
	}
	var out groupWriter
	switch s.f {
	case Turtle:
		out = &turtleWriter{bw: bw, pre: s.pre, prefixes: s.prefixes}
	case TriG:
		out = &turtleWriter{bw: bw, pre: s.pre, prefixes: s.prefixes, trig: true}
	case JSONLD:
		out = newJSONLDWriter(bw, s.pre, s.prefixes, s.uses)
	}
	out.begin()
	n := 0
	st := statement{codes: s.codes}
	err := s.mergeAll(func(rec, prev []byte) error {
		n++
		out.statement(&st, st.readChange(rec, prev))
		return nil
	})
	if err != nil {
		return 0, err
	}
	out.end()
	return n, nil
}

// mergeAll calls emit with the sink's statements in order, merged on
// another goroutine (mergeAhead).
func (s *Sink) mergeAll(emit func(rec, prev []byte) error) error {
	return mergeAhead(s.runs, &s.held, s.batchBuffers(), emit)
}

// sortHeld sorts the statements held while the last run is spilled, and
// waits for it.
func (s *Sink) sortHeld() error {
	s.held.sort()
	return s.waitSpill()
}

// change is what a statement does not share with the one before it.
type change int

const (
	newObject change = iota
	newPredicate
	newSubject
	newGraph // the first statement too
)

// changeFrom tells what st, read from rec, does not share with prev, the
// record before it (nil for the first). Two records that are the same
// bytes up to the end of their subject share their graph and subject:
// a record's parts are each as long as their bytes say.
func (st *statement) changeFrom(rec, prev []byte) change {
	switch {
	case prev == nil || !bytes.HasPrefix(prev, rec[:st.graphEnd]):
		return newGraph
	case !bytes.HasPrefix(prev, rec[:st.subjectEnd]):
		return newSubject
	case !bytes.HasPrefix(prev, rec[:st.predicateEnd]):
		return newPredicate
	}
	return newObject
}

// groupWriter writes a grouped format one statement at a time, in the
// file's order.
type groupWriter interface {
	begin()
	statement(st *statement, c change)
	end()
}

// merge calls emit with the records of the sorted runs (files) and of the
// sorted held, in order, each distinct record once, with the record
// emitted before it (nil for the first). Both are valid until emit
// returns.
func merge(runs []string, held *records, emit func(rec, prev []byte) error) error {
	var h cursorHeap
	for _, name := range runs {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := h.push(&cursor{run: newRunReader(f)}); err != nil {
			return err
		}
	}
	if held != nil {
		if err := h.push(&cursor{held: held}); err != nil {
			return err
		}
	}
	var prev []byte
	first := true
	for len(h) > 0 {
		rec := h[0].head
		if first || !bytes.Equal(prev, rec) {
			var last []byte
			if !first {
				last = prev
			}
			if err := emit(rec, last); err != nil {
				return err
			}
			prev, first = append(prev[:0], rec...), false
		}
		if err := h.advance(); err != nil {
			return err
		}
	}
	return nil
}

// cursor reads the records of a run file, or of held records.
type cursor struct {
	head []byte // the current record
	run  *runReader
	held *records
	next int // held's next record
}

// advance moves the cursor on and tells whether it has a record.
func (c *cursor) advance() (bool, error) {
	if c.run == nil {
		if c.next == c.held.len() {
			return false, nil
		}
		c.head = c.held.at(c.next)
		c.next++
		return true, nil
	}
	rec, err := c.run.next()
	if err == io.EOF {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	c.head = rec
	return true, nil
}

// cursorHeap is a heap of cursors by their current record.
type cursorHeap []*cursor

func (h *cursorHeap) push(c *cursor) error {
	ok, err := c.advance()
	if !ok {
		return err
	}
	*h = append(*h, c)
	for i := len(*h) - 1; i > 0; {
		parent := (i - 1) / 2
		if !h.less(i, parent) {
			break
		}
		(*h)[i], (*h)[parent] = (*h)[parent], (*h)[i]
		i = parent
	}
	return nil
}

// advance moves the first cursor on and restores the heap.
func (h *cursorHeap) advance() error {
	ok, err := (*h)[0].advance()
	if err != nil {
		return err
	}
	if !ok {
		last := len(*h) - 1
		(*h)[0] = (*h)[last]
		*h = (*h)[:last]
	}
	h.down(0)
	return nil
}

func (h cursorHeap) down(i int) {
	for {
		least := i
		for _, child := range [2]int{2*i + 1, 2*i + 2} {
			if child < len(h) && h.less(child, least) {
				least = child
			}
		}
		if least == i {
			return
		}
		h[i], h[least] = h[least], h[i]
		i = least
	}
}

func (h cursorHeap) less(i, j int) bool { return bytes.Compare(h[i].head, h[j].head) < 0 }

// A spilled run is its records in order, each written as how many of
// its first bytes it shares with the record before it (prev, nil for
// the first), then the length and bytes of the rest: records in order
// share their graph and subject, often their predicate, so a run holds
// a fraction of their bytes, which the spill writes and the final merge
// reads, and the kernel takes and gives back as page cache.
func writeRunRecord(bw *bufio.Writer, rec, prev []byte) error {
	shared := commonPrefixLen(rec, prev)
	if bw.Available() < 2*binary.MaxVarintLen64 {
		bw.Flush()
	}
	lengths := binary.AppendUvarint(bw.AvailableBuffer(), uint64(shared))
	bw.Write(binary.AppendUvarint(lengths, uint64(len(rec)-shared)))
	_, err := bw.Write(rec[shared:])
	return err
}

// commonPrefixLen is how many first bytes a and b share, compared eight
// at a time.
func commonPrefixLen(a, b []byte) int {
	n := min(len(a), len(b))
	i := 0
	for i+8 <= n && binary.LittleEndian.Uint64(a[i:]) == binary.LittleEndian.Uint64(b[i:]) {
		i += 8
	}
	for i < n && a[i] == b[i] {
		i++
	}
	return i
}

// runReader reads a run file's records (writeRunRecord) from a buffer
// of its own, each made from the one before it and the bytes it does
// not share with it.
type runReader struct {
	f          io.Reader
	buf        []byte
	start, end int    // buf[start:end] is read and not yet returned
	rec        []byte // the record last returned
}

func newRunReader(f io.Reader) *runReader {
	return &runReader{f: f, buf: make([]byte, 1<<16)}
}

// next returns the next record, valid until the next call, or io.EOF
// after the last.
func (r *runReader) next() ([]byte, error) {
	for {
		rest := r.buf[r.start:r.end]
		shared, k := binary.Uvarint(rest)
		var n uint64
		var kn int
		if k > 0 {
			n, kn = binary.Uvarint(rest[k:])
		}
		if k > 0 && kn > 0 && uint64(len(rest)-k-kn) >= n {
			if shared > uint64(len(r.rec)) {
				return nil, errors.New("a spilled run's record shares more than the record before it has")
			}
			at := r.start + k + kn
			r.start = at + int(n)
			r.rec = append(r.rec[:shared], r.buf[at:r.start]...)
			return r.rec, nil
		}
		if k < 0 || kn < 0 {
			return nil, errors.New("a spilled run's record length overflows")
		}
		// The record's lengths, or its bytes, reach past what is read.
		need := 2 * binary.MaxVarintLen64
		if kn > 0 {
			need = k + kn + int(n)
		}
		if err := r.fill(need); err != nil {
			return nil, err
		}
	}
}

// fill reads more of the run, with room for at least need bytes from
// the first not returned.
func (r *runReader) fill(need int) error {
	left := r.end - r.start
	if need > len(r.buf) {
		buf := make([]byte, need)
		copy(buf, r.buf[r.start:r.end])
		r.buf = buf
	} else {
		copy(r.buf, r.buf[r.start:r.end])
	}
	r.start, r.end = 0, left
	n, err := io.ReadAtLeast(r.f, r.buf[r.end:], 1)
	r.end += n
	if err == io.EOF && left > 0 {
		return io.ErrUnexpectedEOF
	}
	return err
}

// writeAll writes quads with a sink that never spills: the Write functions.
func writeAll(w io.Writer, f Format, quads []rdf.Quad, prefixes []ontology.Prefix) (int, error) {
	s, err := NewSink(f, prefixes, SinkOptions{})
	if err != nil {
		return 0, err
	}
	if err := s.Add(quads...); err != nil {
		return 0, err
	}
	return s.Finish(w)
}
