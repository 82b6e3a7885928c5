// Package inorder runs work on several goroutines and merges the results
// in the order the work was added, as sckg's build needs three times:
// files are extracted, files' graphs are mapped and encoded, and lineage's
// pairs are written, each on all cores, and each must reach the graph
// file exactly as a run on one core would give it (issue 13).
package inorder

import (
	"errors"
	"sync"
)

// ErrStopped is what Add returns once a merge has failed: the merge's own
// error is Wait's.
var ErrStopped = errors.New("the work stopped: a merge failed")

// Workers does the work of the values added on its goroutines and merges
// each result, on one goroutine of its own, once it and every result
// before it are ready. At most window results are made ahead of the
// merge, so that what waits is a window of the work, not all of it.
type Workers[In, Out any] struct {
	work     chan job[In, Out]
	pending  chan chan Out // in the order added
	stop     chan struct{} // closed when a merge fails
	finished chan struct{} // closed when every result is merged
	err      error         // the merge's, once finished
	workers  sync.WaitGroup
}

type job[In, Out any] struct {
	in  In
	out chan<- Out
}

// Start starts jobs workers, each doing its work with the function
// newWorker gives it (once per goroutine, so that a worker may keep
// scratch from one value to the next), and the merging goroutine, which
// calls merge with each result in order until merge returns an error;
// the results after it are dropped. The window of results made ahead of
// the merge is twice the workers.
func Start[In, Out any](jobs int, newWorker func() func(In) Out, merge func(Out) error) *Workers[In, Out] {
	jobs = max(jobs, 1)
	w := &Workers[In, Out]{
		work:     make(chan job[In, Out]),
		pending:  make(chan chan Out, 2*jobs),
		stop:     make(chan struct{}),
		finished: make(chan struct{}),
	}
	for range jobs {
		w.workers.Add(1)
		go func() {
			defer w.workers.Done()
			do := newWorker()
			for j := range w.work {
				j.out <- do(j.in) // buffered: never waits
			}
		}()
	}
	go w.mergeInOrder(merge)
	return w
}

// Add hands v on to the workers; it waits while the window is full. Once
// a merge has failed it returns ErrStopped, and the caller should add no
// more. Add is for one goroutine, the one that calls Wait.
func (w *Workers[In, Out]) Add(v In) error {
	out := make(chan Out, 1)
	select {
	case w.pending <- out:
	case <-w.stop:
		return ErrStopped
	}
	w.work <- job[In, Out]{v, out} // the workers run until Wait
	return nil
}

// Wait returns once every value added is merged (or dropped after a
// failed merge) and the workers have ended, with the first error merge
// returned.
func (w *Workers[In, Out]) Wait() error {
	close(w.work)
	close(w.pending)
	<-w.finished
	w.workers.Wait()
	return w.err
}

func (w *Workers[In, Out]) mergeInOrder(merge func(Out) error) {
	defer close(w.finished)
	for out := range w.pending {
		r := <-out
		if w.err != nil {
			continue // drained, so that Add never waits for good
		}
		if w.err = merge(r); w.err != nil {
			close(w.stop)
		}
	}
}
