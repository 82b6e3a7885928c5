//go:build unix

// Package cputime tells the CPU time the process has used, for the
// benchmarks of issue 13: on a shared machine a benchmark's wall time
// counts the waits for a core too, its CPU time does not.
package cputime

import (
	"syscall"
	"time"
)

// Used is the CPU time the process has used, its garbage collector's
// included.
func Used() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
