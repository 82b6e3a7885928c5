package extract

import (
	"runtime"

	"github.com/sckg/sckg/internal/inorder"
)

// FilesEach reads and extracts inputs on up to Options.Jobs goroutines
// and calls f with each result in input order, as soon as it and every
// result before it are ready. At most a few results per goroutine wait
// for f at any time, so that a build holds a window of files, not the
// whole corpus. f is called on a goroutine of FilesEach's, one call at
// a time. The first error f returns stops the reading and is returned.
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
	w := inorder.Start(jobs, func() func(Input) Result { return x.readOne }, f)
	for _, in := range inputs {
		if w.Add(in) != nil {
			break
		}
	}
	return w.Wait()
}

// YearsOpen tells whether s cites a resolution by number alone whose year
// its own file does not print: SettleYears with the years of the other
// files of the build completes it.
func (s *Source) YearsOpen() bool {
	for _, d := range s.Documents {
		for _, c := range d.Citations {
			if c.number() != "" {
				return true
			}
		}
	}
	return false
}
