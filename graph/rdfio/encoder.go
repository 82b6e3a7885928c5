package rdfio

import (
	"bytes"
	"encoding/binary"
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
	// buf is the records one after another, each its length and bytes,
	// as a sink's chunk holds them: the sink copies a run of them at a
	// time (records.addEncoded), not each on its own.
	buf  []byte
	recs []encoded
	// err is why the quad after the records could not be written: Add
	// stops there, and AddEncoded takes the records before it and
	// returns err, as Sink.Add returns it.
	err error
}

// encoded is where a record of an Encoder's lies in its buf, and what the
// sink groups it by, told on the encoder's goroutine.
type encoded struct {
	at, end int32 // its bytes, past its length
	head    int32 // its head's length (records: what groups them)
	// sameHead tells that its head is the record before's: they are
	// of one group, unless a spill came between them.
	sameHead bool
}

// NewEncoder returns an encoder of records for s, to be used by one
// goroutine at a time; s is not touched until AddEncoded.
func (s *Sink) NewEncoder() *Encoder {
	e := &Encoder{recordMaker: recordMaker{f: s.f, codes: s.codes}}
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
		start := len(e.buf)
		// The record goes after a byte for its length, which is all most
		// records' lengths take.
		buf, head, err := e.appendRecord(append(doubledFor(e.buf, recordRoom), 0), &quads[i])
		if err != nil {
			e.err = err
			return
		}
		var at int
		e.buf, at = lengthFirst(buf, start)
		rec := encoded{at: int32(at), end: int32(len(e.buf)), head: int32(head)}
		if n := len(e.recs); n > 0 {
			last := e.recs[n-1]
			rec.sameHead = bytes.Equal(e.buf[last.at:last.at+last.head], e.buf[rec.at:rec.at+rec.head])
		}
		e.recs = append(doubledFor(e.recs, 1), rec)
	}
}

// lengthFirst writes the length of the record at buf[start+1:] in the
// byte before it, moving the record on when its length takes more: a
// record of 128 bytes or more. Moving every record by its length's
// bytes copied all of a build's records once more. It returns where the
// record begins now.
func lengthFirst(buf []byte, start int) (_ []byte, at int) {
	n := uint64(len(buf) - start - 1)
	k := uvarintLen(n)
	if k > 1 {
		buf = append(buf, make([]byte, k-1)...)
		copy(buf[start+k:], buf[start+1:len(buf)-(k-1)])
	}
	binary.PutUvarint(buf[start:], n)
	return buf, start + k
}

// uvarintLen is how many bytes binary.PutUvarint writes of n.
func uvarintLen(n uint64) int {
	k := 1
	for ; n >= 0x80; n >>= 7 {
		k++
	}
	return k
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
	e.buf, e.recs, e.err = e.buf[:0], e.recs[:0], nil
	if e.uses != nil {
		clear(e.uses)
	}
}

// AddEncoded takes the records e made, as Add would have taken its quads,
// spilling when the sink holds more than its memory; e may then be Reset.
func (s *Sink) AddEncoded(e *Encoder) error {
	for i := 0; i < len(e.recs); {
		i = s.held.addEncoded(e, i, s.opts.Memory)
		if s.opts.Memory > 0 && s.held.size() > s.opts.Memory {
			if err := s.spill(); err != nil {
				return err
			}
		}
	}
	s.added += len(e.recs)
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

// lengthAt is where record i's length begins in e.buf, or where the
// records end for i past the last.
func (e *Encoder) lengthAt(i int) int {
	if i == 0 {
		return 0
	}
	return int(e.recs[i-1].end)
}
