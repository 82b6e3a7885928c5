package store

import (
	"context"
	"errors"
	"fmt"
	"runtime/metrics"
	"time"
)

// Gizmo's JavaScript engine has no memory limit of its own: a script that
// recurses deeply or builds a huge array grows the process until the
// machine gives out. A query is therefore watched from outside: the memory
// the Go runtime holds for heap objects and goroutine stacks is sampled
// every few milliseconds, and a query under which it grows past the limit
// is interrupted like one that runs out of time. The growth is the whole
// process's, so queries running side by side count each other's: the
// limit errs on the side of the server.

// ErrQueryMemory is the error of a query stopped at its memory limit.
var ErrQueryMemory = errors.New("query stopped at its memory limit")

// MemoryLimitError says which limit a query reached.
type MemoryLimitError struct{ Limit int64 }

func (e *MemoryLimitError) Error() string {
	return fmt.Sprintf("stopped: the query needed more than %s of memory (the limit; raise it with --query-memory)", FormatBytes(e.Limit))
}

func (e *MemoryLimitError) Unwrap() error { return ErrQueryMemory }

// heldMetrics are the runtime's figures for memory in use: heap objects
// (live, or dead and not yet swept) and goroutine stacks, where a deep
// recursion in the engine shows.
var heldMetrics = []string{"/memory/classes/heap/objects:bytes", "/memory/classes/heap/stacks:bytes"}

func heldBytes(samples []metrics.Sample) int64 {
	metrics.Read(samples)
	var n int64
	for _, s := range samples {
		if s.Value.Kind() == metrics.KindUint64 {
			n += int64(s.Value.Uint64())
		}
	}
	return n
}

// sampleEvery is how often a query's memory is looked at: often enough
// that a script allocating a gigabyte a second overshoots by a few
// megabytes.
const sampleEvery = 2 * time.Millisecond

// WithMemoryLimit returns a context that ends, with a *MemoryLimitError as
// its cause, when the memory the process holds grows by more than limit
// bytes over what it held at the start; stop ends the watching. A limit
// of zero or less watches nothing.
func WithMemoryLimit(ctx context.Context, limit int64) (context.Context, func()) {
	if limit <= 0 {
		return ctx, func() {}
	}
	ctx, cancel := context.WithCancelCause(ctx)
	samples := make([]metrics.Sample, len(heldMetrics))
	for i, name := range heldMetrics {
		samples[i].Name = name
	}
	base := heldBytes(samples)
	done := make(chan struct{})
	go func() {
		tick := time.NewTicker(sampleEvery)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-ctx.Done():
				return
			case <-tick.C:
				if heldBytes(samples)-base > limit {
					cancel(&MemoryLimitError{Limit: limit})
					return
				}
			}
		}
	}()
	return ctx, func() {
		close(done)
		cancel(nil)
	}
}

// memoryError returns the memory limit a context ended at, if that is why
// it ended.
func memoryError(ctx context.Context) error {
	var m *MemoryLimitError
	if errors.As(context.Cause(ctx), &m) {
		return m
	}
	return nil
}

// FormatBytes writes a size as people read it: "512 MiB".
func FormatBytes(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", n>>30)
	case n >= 1<<20:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// ParseBytes reads a size as a user writes it: "512MiB", "1 GiB", "300MB",
// "1048576".
func ParseBytes(s string) (int64, error) {
	var n float64
	var unit string
	if _, err := fmt.Sscanf(s, "%g%s", &n, &unit); err != nil {
		if _, err2 := fmt.Sscanf(s, "%g", &n); err2 != nil {
			return 0, fmt.Errorf("%q is no size: write it as 512MiB, 1GiB or a number of bytes", s)
		}
	}
	scale := map[string]float64{"": 1, "B": 1, "KB": 1e3, "KiB": 1 << 10, "MB": 1e6, "MiB": 1 << 20, "GB": 1e9, "GiB": 1 << 30, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
	f, ok := scale[unit]
	if !ok || n < 0 {
		return 0, fmt.Errorf("%q is no size: write it as 512MiB, 1GiB or a number of bytes", s)
	}
	return int64(n * f), nil
}
