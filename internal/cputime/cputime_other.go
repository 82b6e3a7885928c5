//go:build !unix

// Package cputime tells the CPU time the process has used, for the
// benchmarks of issue 13; here it is not measured.
package cputime

import "time"

// Used is 0: the benchmarks report wall time alone.
func Used() time.Duration { return 0 }
