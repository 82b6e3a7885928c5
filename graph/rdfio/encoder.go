package rdfio

import (
	"fmt"
	"slices"

	"github.com/knakk/rdf"
)

// An Encoder makes a sink's records on another goroutine: checking terms
// and writing records is most of what a sink does with a quad, and a build
// that reads its files on all cores would otherwise do it on one. The
// sink takes the records, in the order the encoders are handed to it,
// with AddEncoded: the file is the same as if the quads had gone to Add
// in that order.
type Encoder struct {
	recordMaker
	buf   []byte  // the records, one after another
	ends  []int32 // where each record ends in buf
	heads []int32 // each record's head length (records.add)
	// err is why the quad after the records could not be written: Add
	// stops there, as Sink.Add does.
	err error
}

// NewEncoder returns an encoder of records for s, to be used by one
// goroutine at a time; s is not touched until AddEncoded.
func (s *Sink) NewEncoder() *Encoder {
	e := &Encoder{recordMaker: recordMaker{f: s.f}}
	if s.f == JSONLD {
		e.uses = map[string]*usage{}
	}
	return e
}

// Add makes the records of quads. After a quad that cannot be written it
// takes no more; AddEncoded returns the error.
func (e *Encoder) Add(quads ...rdf.Quad) {
	for i := range quads {
		if e.err != nil {
			return
		}
		buf, head, err := e.appendRecord(doubledFor(e.buf, recordRoom), &quads[i])
		if err != nil {
			e.err = err
			return
		}
		e.buf = buf
		e.ends = append(doubledFor(e.ends, 1), int32(len(e.buf)))
		e.heads = append(doubledFor(e.heads, 1), int32(head))
	}
}

// recordRoom is room for most records, which an encoder's buffer has
// before it makes one: a record longer than that grows it as append does.
const recordRoom = 1 << 10

// doubledFor returns s with room for n more elements, doubling its
// capacity when it has less. append grows a long slice by a quarter at a
// time: each growth fresh memory, whose pages fault in (some 14 us each
// on the build's VM), and a buffer grown to 500 KB by quarters has been
// some 2 MB of them, against 1 MB doubled.
func doubledFor[T any](s []T, n int) []T {
	if cap(s)-len(s) >= n {
		return s
	}
	return slices.Grow(s, max(n, cap(s), 256))
}

// Reset forgets the records, keeping the buffers for the next.
func (e *Encoder) Reset() {
	e.buf, e.ends, e.heads, e.err = e.buf[:0], e.ends[:0], e.heads[:0], nil
	if e.uses != nil {
		clear(e.uses)
	}
}

// AddEncoded takes the records e made, as Add would have taken its quads,
// spilling when the sink holds more than its memory; e may then be Reset.
func (s *Sink) AddEncoded(e *Encoder) error {
	start := int32(0)
	for i, end := range e.ends {
		s.added++
		s.held.add(e.buf[start:end], int(e.heads[i]))
		start = end
		if s.opts.Memory > 0 && s.held.size() > s.opts.Memory {
			if err := s.spill(); err != nil {
				return err
			}
		}
	}
	for p, u := range e.uses {
		s.addUsage(p, u)
	}
	if e.err != nil {
		i := s.added
		s.added++
		return fmt.Errorf("quad %d: %w", i, e.err)
	}
	return nil
}
