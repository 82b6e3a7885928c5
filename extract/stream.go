package extract

import (
	"runtime"
	"sync"
)

// FilesEach reads and extracts inputs on up to Options.Jobs goroutines
// and calls f with each result in input order, as soon as it and every
// result before it are ready. At most a few results per goroutine wait
// for f at any time, so that a build holds a window of files, not the
// whole corpus. The first error f returns stops the reading and is
// returned.
//
// Unlike Files, it settles the years of resolutions cited without one
// from each file alone: the other files' years are not known until the
// last is read. YearsOpen tells which sources still need them
// (SettleYears, with ResolutionYears of every source).
func (x *Extractor) FilesEach(inputs []Input, f func(Result) error) error {
	jobs := x.opts.Jobs
	if jobs < 1 {
		jobs = runtime.GOMAXPROCS(0)
	}
	type job struct {
		i   int
		out chan Result
	}
	// pending holds, in input order, the results being made: its capacity
	// is the window of files read ahead of f.
	pending := make(chan chan Result, 2*jobs)
	work := make(chan job)
	done := make(chan struct{})
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range work {
				j.out <- x.readOne(inputs[j.i]) // buffered: never waits
			}
		}()
	}
	go func() {
		defer close(pending)
		defer close(work)
		for i := range inputs {
			out := make(chan Result, 1)
			select {
			case pending <- out:
			case <-done:
				return
			}
			select {
			case work <- job{i, out}:
			case <-done:
				return
			}
		}
	}()
	var err error
	for out := range pending {
		if err != nil {
			continue // drain, so that the feeder ends
		}
		if err = f(<-out); err != nil {
			close(done)
		}
	}
	wg.Wait()
	return err
}

// YearsOpen tells whether s cites a resolution by number alone whose year
// its own file does not print: SettleYears with the years of the other
// files of the build completes it.
func (s *Source) YearsOpen() bool {
	for _, d := range s.Documents {
		for _, c := range d.Citations {
			if c.number != "" {
				return true
			}
		}
	}
	return false
}
