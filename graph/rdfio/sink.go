package rdfio

// A Sink writes a graph too large to hold: quads come in any order, a
// document at a time, are sorted in runs of bounded size, spilled to
// temporary files, and merged by Finish into exactly the file the Write
// functions make of the same quads. The Write functions are a Sink that
// never spills.

import (
	"bufio"
	"container/heap"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/ontology"
)

// SinkOptions bound the memory a Sink holds.
type SinkOptions struct {
	// Memory is about how many bytes of statements the sink holds before
	// it sorts them and spills them to a file; 0 never spills.
	Memory int
	// TempDir is the folder spilled runs go to (os.TempDir() when empty).
	// The sink removes its files from it when it closes.
	TempDir string
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
	prefixes []ontology.Prefix
	pre      *prefixer
	opts     SinkOptions

	added int // quads added, to name a bad one as Write does
	held  int // bytes held, estimated
	lines []string
	recs  []record
	runs  []string
	// levels[i] is how many merges runs[i] has been through: runs of one
	// level are merged maxRuns at a time into one of the next, so that
	// each statement is rewritten once per level, not once per merge.
	levels []int
	uses   map[string]*usage // JSON-LD's, by predicate IRI
}

// record is one statement of a grouped format (Turtle, TriG, JSON-LD).
type record struct {
	hasGraph bool
	g        rdfTerm
	s, p, o  rdfTerm
}

// lineMode tells the formats that sort lines (N-Quads, N-Triples) from
// those that group statements by graph and subject.
func (f Format) lineMode() bool { return f == NQuads || f == NTriples }

// NewSink returns a sink for format f.
func NewSink(f Format, prefixes []ontology.Prefix, opts SinkOptions) (*Sink, error) {
	if _, ok := extensions[f]; !ok {
		return nil, fmt.Errorf("unknown format %q", f)
	}
	s := &Sink{f: f, prefixes: prefixes, opts: opts, uses: map[string]*usage{}}
	if !f.lineMode() {
		pre, err := newPrefixer(prefixes)
		if err != nil {
			return nil, err
		}
		s.pre = pre
	}
	return s, nil
}

// Add takes quads; when the sink holds more than its memory, it spills.
func (s *Sink) Add(quads ...rdf.Quad) error {
	for _, q := range quads {
		i := s.added
		s.added++
		if s.f.lineMode() {
			if s.f == NTriples {
				q = rdf.Quad{Triple: q.Triple}
			}
			line, err := NQuad(q)
			if err != nil {
				return fmt.Errorf("quad %d: %w", i, err)
			}
			s.lines = append(s.lines, line)
			s.held += len(line) + 16
		} else {
			r, err := s.record(q)
			if err != nil {
				return fmt.Errorf("quad %d: %w", i, err)
			}
			if s.f == JSONLD {
				s.use(r)
			}
			s.recs = append(s.recs, r)
			s.held += r.size()
		}
		if s.opts.Memory > 0 && s.held > s.opts.Memory {
			if err := s.spill(); err != nil {
				return err
			}
		}
	}
	return nil
}

func (s *Sink) record(q rdf.Quad) (record, error) {
	var r record
	var err error
	if r.s, r.p, r.o, err = tripleOf(q); err != nil {
		return r, err
	}
	if q.Ctx == nil || s.f == Turtle {
		return r, nil // Turtle merges the graphs
	}
	if r.g, err = termOf(q.Ctx); err != nil {
		return r, fmt.Errorf("graph: %w", err)
	}
	if r.g.kind == kindLiteral {
		return r, errors.New("a literal cannot name a graph")
	}
	r.hasGraph = true
	return r, nil
}

func (t rdfTerm) size() int { return len(t.value) + len(t.lang) + len(t.datatype) + len(t.nt) }

// size estimates the bytes a record holds: its strings and their headers.
func (r record) size() int { return r.g.size() + r.s.size() + r.p.size() + r.o.size() + 400 }

// Finish writes the file to w and removes the spilled runs. It returns
// the number of statements written: distinct triples for Turtle and
// N-Triples, distinct quads for the others.
func (s *Sink) Finish(w io.Writer) (n int, err error) {
	defer s.Discard()
	bw := bufio.NewWriter(w)
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
	for _, r := range s.runs {
		os.Remove(r)
	}
	s.runs, s.levels, s.lines, s.recs = nil, nil, nil, nil
}

func compareLines(a, b string) int { return strings.Compare(a, b) }

// compareRecords orders statements as the grouped formats write them: the
// default graph first, then named graphs by IRI; subjects; rdf:type
// before other predicates, the others by IRI; objects.
func compareRecords(a, b record) int {
	if a.hasGraph != b.hasGraph {
		if !a.hasGraph {
			return -1
		}
		return 1
	}
	if c := a.g.compare(b.g); c != 0 {
		return c
	}
	if c := a.s.compare(b.s); c != 0 {
		return c
	}
	if at, bt := a.p.value == rdfTypeIRI, b.p.value == rdfTypeIRI; at != bt {
		if at {
			return -1
		}
		return 1
	}
	if c := strings.Compare(a.p.value, b.p.value); c != 0 {
		return c
	}
	return a.o.compare(b.o)
}

// compare orders terms as less does.
func (t rdfTerm) compare(u rdfTerm) int {
	if t.kind != u.kind {
		return t.kind - u.kind
	}
	if c := strings.Compare(t.value, u.value); c != 0 {
		return c
	}
	return strings.Compare(t.nt, u.nt)
}

// spill sorts what the sink holds and writes it to a run file.
func (s *Sink) spill() error {
	f, err := os.CreateTemp(s.opts.TempDir, "sckg-run-*")
	if err != nil {
		return fmt.Errorf("spilling sorted statements: %w", err)
	}
	s.runs, s.levels = append(s.runs, f.Name()), append(s.levels, 0)
	bw := bufio.NewWriterSize(f, 1<<16)
	if s.f.lineMode() {
		slices.SortFunc(s.lines, compareLines)
		for _, l := range s.lines {
			bw.WriteString(l)
		}
		s.lines = s.lines[:0]
	} else {
		slices.SortFunc(s.recs, compareRecords)
		for _, r := range s.recs {
			writeRecord(bw, r)
		}
		s.recs = s.recs[:0]
	}
	s.held = 0
	err = bw.Flush()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
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
	f, err := os.CreateTemp(s.opts.TempDir, "sckg-run-*")
	if err != nil {
		return fmt.Errorf("merging sorted statements: %w", err)
	}
	bw := bufio.NewWriterSize(f, 1<<16)
	old := slices.Clone(s.runs[from:])
	s.runs = append(s.runs[:from], f.Name())
	s.levels = append(s.levels[:from], s.levels[from]+1)
	if s.f.lineMode() {
		err = merge(old, nil, readLine, compareLines, func(l string) error {
			_, err := bw.WriteString(l)
			return err
		})
	} else {
		err = merge(old, nil, readRecord, compareRecords, func(r record) error {
			return writeRecord(bw, r)
		})
	}
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	for _, r := range old {
		os.Remove(r)
	}
	if err != nil {
		return fmt.Errorf("merging sorted statements: %w", err)
	}
	return nil
}

func (s *Sink) writeLines(bw *bufio.Writer) (int, error) {
	slices.SortFunc(s.lines, compareLines)
	n := 0
	err := merge(s.runs, s.lines, readLine, compareLines, func(l string) error {
		n++
		_, err := bw.WriteString(l)
		return err
	})
	return n, err
}

// writeGroups writes the grouped formats from the merged records, one
// subject (and graph) at a time.
func (s *Sink) writeGroups(bw *bufio.Writer) (int, error) {
	slices.SortFunc(s.recs, compareRecords)
	var out groupWriter
	switch s.f {
	case Turtle:
		out = &turtleWriter{bw: bw, pre: s.pre, prefixes: s.prefixes}
	case TriG:
		out = &trigWriter{turtleWriter: turtleWriter{bw: bw, pre: s.pre, prefixes: s.prefixes}}
	case JSONLD:
		out = newJSONLDWriter(bw, s.pre, s.prefixes, s.uses)
	}
	out.begin()
	n := 0
	var sg *subjectGroup
	var graph *rdfTerm
	flush := func() {
		if sg != nil {
			out.subject(graph, sg)
			sg = nil
		}
	}
	err := merge(s.runs, s.recs, readRecord, compareRecords, func(r record) error {
		n++
		var g *rdfTerm
		if r.hasGraph {
			g = &r.g
		}
		if sg != nil && (!sameGraph(graph, g) || sg.subject.nt != r.s.nt) {
			flush()
		}
		if sg == nil {
			graph = g
			sg = &subjectGroup{subject: r.s, preds: map[string]*predicateGroup{}}
		}
		pg := sg.preds[r.p.nt]
		if pg == nil {
			pg = &predicateGroup{predicate: r.p, objects: map[string]rdfTerm{}}
			sg.preds[r.p.nt] = pg
		}
		pg.objects[r.o.nt] = r.o
		return nil
	})
	if err != nil {
		return 0, err
	}
	flush()
	out.end()
	return n, nil
}

func sameGraph(a, b *rdfTerm) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return a.nt == b.nt
}

// groupWriter writes a grouped format one subject at a time, subjects
// coming in the file's order.
type groupWriter interface {
	begin()
	subject(graph *rdfTerm, sg *subjectGroup)
	end()
}

// merge calls emit with the items of the sorted runs (files) and of the
// sorted slice held, in order, each distinct item once.
func merge[T any](runs []string, held []T, read func(*bufio.Reader) (T, error), cmp func(a, b T) int, emit func(T) error) error {
	h := &mergeHeap[T]{cmp: cmp}
	for _, name := range runs {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		br := bufio.NewReaderSize(f, 1<<16)
		h.add(func() (T, bool, error) {
			t, err := read(br)
			if err == io.EOF {
				return t, false, nil
			}
			return t, err == nil, err
		})
	}
	i := 0
	h.add(func() (T, bool, error) {
		var zero T
		if i == len(held) {
			return zero, false, nil
		}
		i++
		return held[i-1], true, nil
	})
	if h.err != nil {
		return h.err
	}
	var last T
	first := true
	for h.Len() > 0 {
		t := h.items[0].head
		if first || cmp(last, t) != 0 {
			if err := emit(t); err != nil {
				return err
			}
		}
		last, first = t, false
		h.advance()
		if h.err != nil {
			return h.err
		}
	}
	return nil
}

type mergeItem[T any] struct {
	head T
	next func() (T, bool, error)
}

// mergeHeap is a heap of runs by their next item.
type mergeHeap[T any] struct {
	items []mergeItem[T]
	cmp   func(a, b T) int
	err   error
}

func (h *mergeHeap[T]) Len() int           { return len(h.items) }
func (h *mergeHeap[T]) Less(i, j int) bool { return h.cmp(h.items[i].head, h.items[j].head) < 0 }
func (h *mergeHeap[T]) Swap(i, j int)      { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *mergeHeap[T]) Push(x any)         { h.items = append(h.items, x.(mergeItem[T])) }
func (h *mergeHeap[T]) Pop() any {
	x := h.items[len(h.items)-1]
	h.items = h.items[:len(h.items)-1]
	return x
}

func (h *mergeHeap[T]) add(next func() (T, bool, error)) {
	t, ok, err := next()
	if err != nil {
		h.err = err
	}
	if ok {
		heap.Push(h, mergeItem[T]{t, next})
	}
}

// advance moves the first run on to its next item.
func (h *mergeHeap[T]) advance() {
	t, ok, err := h.items[0].next()
	switch {
	case err != nil:
		h.err = err
	case ok:
		h.items[0].head = t
		heap.Fix(h, 0)
	default:
		heap.Pop(h)
	}
}

func readLine(br *bufio.Reader) (string, error) {
	l, err := br.ReadString('\n')
	if err == io.EOF && l != "" {
		return "", io.ErrUnexpectedEOF
	}
	return l, err
}

// A spilled record is its graph flag and terms, each term its kind and
// four strings, each string its length and bytes.
func writeRecord(bw *bufio.Writer, r record) error {
	flag := byte(0)
	if r.hasGraph {
		flag = 1
	}
	bw.WriteByte(flag)
	for _, t := range [4]*rdfTerm{&r.g, &r.s, &r.p, &r.o} {
		bw.WriteByte(byte(t.kind))
		for _, str := range [4]string{t.value, t.lang, t.datatype, t.nt} {
			var n [binary.MaxVarintLen64]byte
			bw.Write(n[:binary.PutUvarint(n[:], uint64(len(str)))])
			if _, err := bw.WriteString(str); err != nil {
				return err
			}
		}
	}
	return nil
}

func readRecord(br *bufio.Reader) (record, error) {
	var r record
	flag, err := br.ReadByte()
	if err != nil {
		return r, err // io.EOF between records: the end of the run
	}
	r.hasGraph = flag == 1
	for _, t := range [4]*rdfTerm{&r.g, &r.s, &r.p, &r.o} {
		kind, err := br.ReadByte()
		if err != nil {
			return r, unexpected(err)
		}
		t.kind = int(kind)
		for _, str := range [4]*string{&t.value, &t.lang, &t.datatype, &t.nt} {
			n, err := binary.ReadUvarint(br)
			if err != nil {
				return r, unexpected(err)
			}
			b := make([]byte, n)
			if _, err := io.ReadFull(br, b); err != nil {
				return r, unexpected(err)
			}
			*str = string(b)
		}
	}
	return r, nil
}

func unexpected(err error) error {
	if err == io.EOF {
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
