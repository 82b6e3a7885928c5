package main

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// TestSoftLimitRisesWithTheLiveHeap keeps 48 MB live under a limit of
// 16 MB: the limit must rise to half again what is live, and stay where
// it is once ended; a limit above what is live must not move.
func TestSoftLimitRisesWithTheLiveHeap(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))

	high := startSoftLimit(1 << 40)
	time.Sleep(3 * softLimitTick)
	high.end()
	if got := debug.SetMemoryLimit(-1); got != 1<<40 {
		t.Errorf("a limit above the live heap moved to %d", got)
	}

	kept := make([][]byte, 48)
	for i := range kept {
		kept[i] = make([]byte, 1<<20)
		kept[i][0] = 1
	}
	l := startSoftLimit(16 << 20)
	deadline := time.Now().Add(10 * time.Second)
	for debug.SetMemoryLimit(-1) < 48<<20*3/2 && time.Now().Before(deadline) {
		runtime.GC()
		time.Sleep(softLimitTick)
	}
	runtime.KeepAlive(kept)
	l.end()
	got := debug.SetMemoryLimit(-1)
	if got < 48<<20*3/2 {
		t.Fatalf("with 48 MB live the limit is %d MB, want at least 72", got>>20)
	}
	runtime.GC()
	time.Sleep(3 * softLimitTick)
	if after := debug.SetMemoryLimit(-1); after != got {
		t.Errorf("the limit moved from %d to %d once ended", got, after)
	}
}
