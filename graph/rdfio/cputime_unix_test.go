//go:build unix

package rdfio

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the process has used, its garbage collector's
// included: on a shared machine a benchmark's wall time counts the waits
// for a core too, its CPU time does not.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
