package rdfio

import (
	"encoding/binary"
	"errors"
)

// mergeAhead calls emit as merge does, while another goroutine merges
// the runs a batch of records ahead of it. Writing a build's file was one
// goroutine that read and merged the runs (a third of its time) and
// formatted each statement, the other core idle; now the two overlap.
// The batches are buffers, handed to emit's goroutine and back, so the
// merge makes no memory past their first filling.
func mergeAhead(runs []string, held *records, buffers [][]byte, emit func(rec, prev []byte) error) error {
	p := newMergePipe(buffers)
	go p.fill(runs, held)
	err := p.drain(emit)
	if err != nil {
		close(p.stop)
	}
	for range p.full { // what the merge filled before it saw the stop
	}
	if merr := <-p.merged; err == nil {
		err = merr
	}
	return err
}

// batchBytes is about how many bytes of records a batch holds: a few
// batches in flight keep the two goroutines apart for some thousands of
// records each, in memory a sink holds already (Sink.batchBuffers).
const batchBytes = 256 << 10

// mergeBatches is how many batches a merge ahead hands round: one
// filled, one written, two to spare for the faster side.
const mergeBatches = 4

// errWriterStopped stops a merge whose records are no longer written.
var errWriterStopped = errors.New("the writer stopped")

// mergePipe carries batches of merged records, each record framed as a
// chunk of records frames it (a varint of its length, then its bytes),
// from the goroutine that merges them to the one that writes them
// (full), and the emptied batches back (free).
type mergePipe struct {
	full, free chan []byte
	stop       chan struct{} // closed when the writer fails
	merged     chan error    // the merge's error, once it ends
}

func newMergePipe(buffers [][]byte) *mergePipe {
	p := &mergePipe{
		full:   make(chan []byte, len(buffers)),
		free:   make(chan []byte, len(buffers)),
		stop:   make(chan struct{}),
		merged: make(chan error, 1),
	}
	for _, b := range buffers {
		p.free <- b[:0]
	}
	return p
}

// fill merges the records into batches and hands each on when the next
// record would not fit (a batch grows past batchBytes only for a longer
// record), then the last, then the merge's error.
func (p *mergePipe) fill(runs []string, held *records) {
	defer close(p.full)
	batch := <-p.free
	err := merge(runs, held, func(rec, _ []byte) error {
		if len(batch) > 0 && len(batch)+binary.MaxVarintLen64+len(rec) > batchBytes {
			var ok bool
			if batch, ok = p.handOn(batch); !ok {
				return errWriterStopped
			}
		}
		batch = binary.AppendUvarint(batch, uint64(len(rec)))
		batch = append(batch, rec...)
		return nil
	})
	if err == nil && len(batch) > 0 {
		select {
		case p.full <- batch:
		case <-p.stop:
		}
	}
	p.merged <- err
}

// handOn hands a full batch to the writer and returns an empty one, or
// false once the writer has stopped.
func (p *mergePipe) handOn(batch []byte) ([]byte, bool) {
	select {
	case p.full <- batch:
	case <-p.stop:
		return nil, false
	}
	select {
	case batch = <-p.free:
		return batch[:0], true
	case <-p.stop:
		return nil, false
	}
}

// drain calls emit with the records of the batches in order, each with
// the one before it (the last batch's last for a batch's first), until
// the batches end or emit fails.
func (p *mergePipe) drain(emit func(rec, prev []byte) error) error {
	var last []byte // the record before the batch, nil before the first
	for batch := range p.full {
		prev := last
		for rest := batch; len(rest) > 0; {
			n, k := binary.Uvarint(rest)
			rec := rest[k : k+int(n)]
			if err := emit(rec, prev); err != nil {
				return err
			}
			prev, rest = rec, rest[k+int(n):]
		}
		last = append(last[:0], prev...) // a record is never empty
		p.free <- batch
	}
	return nil
}

// batchBuffers are the buffers of a merge ahead: cut from the chunks the
// last spill gave back, which it filled already (so their pages are the
// process's) and which no one uses once the sink finishes; or grown as
// the batches need them, for a sink that never spilled.
func (s *Sink) batchBuffers() [][]byte {
	buffers := make([][]byte, mergeBatches)
	i := 0
	for _, c := range s.spare.chunks {
		for at := 0; at+batchBytes <= cap(c) && i < len(buffers); at += batchBytes {
			buffers[i] = c[at : at : at+batchBytes]
			i++
		}
	}
	return buffers
}
