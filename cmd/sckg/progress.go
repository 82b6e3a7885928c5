package main

// A build of the whole record takes minutes: on a terminal it shows how far
// it has got, on one line of standard error that it clears before it
// reports. Anywhere else (a pipe, a log file, the tests) it writes nothing,
// so that what a build says stays the same from run to run.

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progress is a build's progress bar; a nil *progress shows nothing.
type progress struct {
	bar          *progressbar.ProgressBar
	w            io.Writer
	throttle     time.Duration
	files, total int
	documents    int
}

// newProgress returns the build's progress, or nil when stderr is not a
// terminal or the user asked for quiet.
func newProgress(stderr io.Writer, quiet bool) *progress {
	if f, ok := stderr.(*os.File); quiet || !ok || !isTerminal(f) {
		return nil
	}
	return &progress{w: stderr, throttle: 100 * time.Millisecond}
}

// reading starts the bar for reading the inputs of sizes: bytes, files,
// documents.
func (p *progress) reading(sizes []int64) {
	if p == nil {
		return
	}
	var size int64
	for _, n := range sizes {
		size += n
	}
	p.total = len(sizes)
	p.bar = p.newBar(size, true)
	p.describe()
}

func (p *progress) newBar(max int64, bytes bool) *progressbar.ProgressBar {
	opts := []progressbar.Option{
		progressbar.OptionSetWriter(p.w),
		progressbar.OptionSetWidth(20),
		progressbar.OptionThrottle(p.throttle),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetRenderBlankState(true),
	}
	if bytes {
		// MB read and MB/s: what users compare builds by.
		opts = append(opts, progressbar.OptionShowBytes(true))
	} else {
		opts = append(opts, progressbar.OptionShowCount(), progressbar.OptionShowIts(), progressbar.OptionSetItsString("quads"))
	}
	return progressbar.NewOptions64(max, opts...)
}

func (p *progress) describe() {
	p.bar.Describe(fmt.Sprintf("reading: %d/%d files, %d documents", p.files, p.total, p.documents))
}

// read counts a file read, of size bytes, that held documents.
func (p *progress) read(size int64, documents int) {
	if p == nil {
		return
	}
	p.files++
	p.documents += documents
	p.describe()
	p.bar.Add64(size)
}

// loading starts the bar for the store's load of total quads.
func (p *progress) loading(total int) {
	if p == nil {
		return
	}
	p.done()
	p.bar = p.newBar(int64(total), false)
	p.bar.Describe("loading the store:")
}

// loaded counts quads loaded into the store.
func (p *progress) loaded(n int) {
	if p == nil {
		return
	}
	p.bar.Add(n)
}

// done clears the bar, before the build reports.
func (p *progress) done() {
	if p == nil || p.bar == nil {
		return
	}
	p.bar.Finish()
	p.bar.Clear()
	p.bar = nil
}
