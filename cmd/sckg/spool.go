package main

// The quads a build loads into its store wait on disk, in batches of
// whole documents, so that memory holds one document at a time. The load
// starts once every document is read, with the batches cut by then, and
// reads each later one (lineage's is the last) as it is cut, while
// lineage and the graph file are written.

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"slices"
	"sync"

	"github.com/knakk/rdf"
)

// spoolBatch is about how many quads go to the store at once: whole
// documents, so that a batch replaces whole named graphs. A direct load
// writes a batch while it reads the next, so a batch is also what a load
// holds twice over, and what it reads before it can start writing: 50k,
// not 100k, lowered a build's peak with --store from some 200 MB to 150
// MB at 1x the development set (600 vs 650-700 MB at 10x) for the same
// CPU. At 25k a 10x load's CPU grew by a fifth: each transaction rewrites
// the pages of bolt's root that hold the term buckets it touches.
var spoolBatch = 50_000

// spool writes quads to a temporary file in batches and reads them back,
// from another goroutine as they are cut: a build starts its store's load
// before lineage's quads, the last batch, are written.
type spool struct {
	f     *os.File
	w     *bufio.Writer
	open  int // quads in the batch being written
	total int

	mu         sync.Mutex
	cutOrEnded *sync.Cond // on mu
	batches    []int      // quads in each batch cut, flushed to the file
	ended      bool       // no more batches will be cut
	err        error      // the build stopped before the spool ended
}

func newSpool(dir string) (*spool, error) {
	f, err := os.CreateTemp(dir, "sckg-store-*")
	if err != nil {
		return nil, fmt.Errorf("keeping the store's quads: %w", err)
	}
	s := &spool{f: f, w: bufio.NewWriterSize(f, 1<<16)}
	s.cutOrEnded = sync.NewCond(&s.mu)
	return s, nil
}

// add writes quads to the batch being written.
func (s *spool) add(quads []rdf.Quad) error {
	if err := writeQuads(s.w, quads); err != nil {
		return err
	}
	s.open += len(quads)
	s.total += len(quads)
	return nil
}

// addEncoded writes n quads that writeQuads wrote to data, on a mapping
// worker, to the batch being written.
func (s *spool) addEncoded(data []byte, n int) error {
	if _, err := s.w.Write(data); err != nil {
		return fmt.Errorf("keeping the store's quads: %w", err)
	}
	s.open += n
	s.total += n
	return nil
}

// writeQuads writes quads as the spool keeps them.
func writeQuads(w termWriter, quads []rdf.Quad) error {
	for _, q := range quads {
		for _, t := range [4]rdf.Term{q.Subj, q.Pred, q.Obj, q.Ctx} {
			if err := writeTerm(w, t); err != nil {
				return fmt.Errorf("keeping the store's quads: %w", err)
			}
		}
	}
	return nil
}

// cut ends the batch being written if it is large enough: called between
// documents. The batch is flushed to the file, where replay may read it.
func (s *spool) cut(force bool) error {
	if s.open == 0 || !force && s.open < spoolBatch {
		return nil
	}
	err := s.w.Flush()
	if err != nil {
		err = fmt.Errorf("keeping the store's quads: %w", err)
	}
	s.mu.Lock()
	s.batches = append(s.batches, s.open)
	if err != nil && s.err == nil {
		s.err = err
	}
	s.mu.Unlock()
	s.cutOrEnded.Broadcast()
	s.open = 0
	return err
}

// end cuts the last batch: replay reads no more after it. It returns the
// first error in flushing a batch.
func (s *spool) end() error {
	s.cut(true)
	s.mu.Lock()
	s.ended = true
	err := s.err
	s.mu.Unlock()
	s.cutOrEnded.Broadcast()
	return err
}

// batch waits for the i-th batch to be cut and returns its quads, or
// false once the spool has ended before it.
func (s *spool) batch(i int) (int, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i >= len(s.batches) && !s.ended && s.err == nil {
		s.cutOrEnded.Wait()
	}
	switch {
	case s.err != nil:
		return 0, false, s.err
	case i < len(s.batches):
		return s.batches[i], true, nil
	}
	return 0, false, nil
}

// replay calls f with each batch in the order written: its number of
// quads, and the quads, read as f asks for them. It reads the batches as
// they are cut, until the spool ends: a load given up must still end it.
func (s *spool) replay(f func(n int, batch iter.Seq2[rdf.Quad, error]) error) error {
	file, err := os.Open(s.f.Name())
	if err != nil {
		return fmt.Errorf("reading the store's quads back: %w", err)
	}
	defer file.Close()
	r := &termReader{r: bufio.NewReaderSize(file, 1<<16)}
	for i := 0; ; i++ {
		n, ok, err := s.batch(i)
		if err != nil || !ok {
			return err
		}
		read := 0
		err = f(n, func(yield func(rdf.Quad, error) bool) {
			// The batch's terms are let go once it is read, before the
			// store writes it.
			defer r.forget()
			for ; read < n; read++ {
				q, err := r.quad()
				if err != nil {
					yield(q, fmt.Errorf("reading the store's quads back: %w", err))
					return
				}
				if !yield(q, nil) {
					return
				}
			}
		})
		if err != nil {
			return err
		}
		if read != n {
			return fmt.Errorf("reading the store's quads back: a batch of %d was read to quad %d", n, read)
		}
	}
}

// close removes the file.
func (s *spool) close() {
	s.f.Close()
	os.Remove(s.f.Name())
}

// A term is a tag and its strings, each its length and bytes.
const (
	tagNone = iota
	tagIRI
	tagBlank
	tagLiteral
)

// termWriter is the spool's file, or a mapping worker's buffer.
type termWriter interface {
	io.Writer
	io.ByteWriter
	io.StringWriter
}

func writeTerm(w termWriter, t rdf.Term) error {
	var strs []string
	switch t := t.(type) {
	case nil:
		return w.WriteByte(tagNone)
	case rdf.IRI:
		w.WriteByte(tagIRI)
		strs = []string{t.String()}
	case rdf.Blank:
		w.WriteByte(tagBlank)
		strs = []string{t.String()}
	case rdf.Literal:
		w.WriteByte(tagLiteral)
		strs = []string{t.String(), t.Lang(), t.DataType.String()}
	default:
		return fmt.Errorf("unsupported term type %T", t)
	}
	for _, s := range strs {
		var n [binary.MaxVarintLen64]byte
		w.Write(n[:binary.PutUvarint(n[:], uint64(len(s)))])
		if _, err := w.WriteString(s); err != nil {
			return err
		}
	}
	return nil
}

// termReader reads terms back, each distinct term of a batch made once:
// a batch repeats its graph names, predicates and classes in quad after
// quad, and one string and one term for each use would be most of the
// memory a batch holds while it is loaded, and garbage after it.
type termReader struct {
	r     *bufio.Reader
	raw   []byte              // the term being read, as written
	terms map[string]rdf.Term // by what was written, for this batch
}

// quad reads the next quad.
func (t *termReader) quad() (rdf.Quad, error) {
	var terms [4]rdf.Term
	for j := range terms {
		term, err := t.read()
		if err != nil {
			return rdf.Quad{}, err
		}
		terms[j] = term
	}
	q := rdf.Quad{Triple: rdf.Triple{Subj: terms[0].(rdf.Subject), Pred: terms[1].(rdf.Predicate), Obj: terms[2].(rdf.Object)}}
	if terms[3] != nil {
		q.Ctx = terms[3].(rdf.Context)
	}
	return q, nil
}

// forget ends a batch: the next one makes its own terms.
func (t *termReader) forget() { t.terms = nil }

// read reads the next term.
func (t *termReader) read() (rdf.Term, error) {
	if err := t.readRaw(); err != nil {
		return nil, err
	}
	if term, ok := t.terms[string(t.raw)]; ok {
		return term, nil
	}
	if t.terms == nil {
		t.terms = make(map[string]rdf.Term)
	}
	term, err := readTerm(bytes.NewReader(t.raw))
	if err != nil {
		return nil, err
	}
	t.terms[string(t.raw)] = term
	return term, nil
}

// readRaw reads the bytes of the next term, as writeTerm wrote them.
func (t *termReader) readRaw() error {
	tag, err := t.r.ReadByte()
	if err != nil {
		return err
	}
	t.raw = append(t.raw[:0], tag)
	strs := 0
	switch tag {
	case tagNone:
	case tagIRI, tagBlank:
		strs = 1
	case tagLiteral:
		strs = 3
	default:
		return errors.New("unknown term tag")
	}
	for range strs {
		n, err := binary.ReadUvarint(t.r)
		if err != nil {
			return err
		}
		t.raw = binary.AppendUvarint(t.raw, n)
		start := len(t.raw)
		t.raw = slices.Grow(t.raw, int(n))[:start+int(n)]
		if _, err := io.ReadFull(t.r, t.raw[start:]); err != nil {
			return err
		}
	}
	return nil
}

// readTerm decodes a term as writeTerm wrote it.
func readTerm(r interface {
	io.Reader
	io.ByteReader
}) (rdf.Term, error) {
	tag, err := r.ReadByte()
	if err != nil {
		return nil, err
	}
	str := func() (string, error) {
		n, err := binary.ReadUvarint(r)
		if err != nil {
			return "", err
		}
		b := make([]byte, n)
		_, err = io.ReadFull(r, b)
		return string(b), err
	}
	switch tag {
	case tagNone:
		return nil, nil
	case tagIRI:
		s, err := str()
		if err != nil {
			return nil, err
		}
		return rdf.NewIRI(s)
	case tagBlank:
		s, err := str()
		if err != nil {
			return nil, err
		}
		return rdf.NewBlank(s)
	case tagLiteral:
		var v [3]string
		for i := range v {
			if v[i], err = str(); err != nil {
				return nil, err
			}
		}
		if v[1] != "" {
			return rdf.NewLangLiteral(v[0], v[1])
		}
		if v[2] == "" {
			return rdf.NewTypedLiteral(v[0], rdf.IRI{}), nil
		}
		dt, err := rdf.NewIRI(v[2])
		if err != nil {
			return nil, err
		}
		return rdf.NewTypedLiteral(v[0], dt), nil
	}
	return nil, errors.New("unknown term tag")
}
