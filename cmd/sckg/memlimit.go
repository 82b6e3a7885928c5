package main

import (
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// softLimit is the build's soft memory limit (buildMain), raised as the
// live heap grows. What the build keeps for the corpus-wide steps (the
// texts and word numbers lineage compares, the years, the warnings)
// grows with the corpus, and past some ten thousand documents it nears
// a fixed limit: the collector then runs without end for the little the
// limit leaves it. 30,000 generated texts (issue 13's scale) took 48 s,
// a third of the CPU the collector's, against 18.5 s with no limit. So
// every tick the limit becomes half again what the last collection
// found live, if that is more: a large corpus costs memory in proportion
// to what it keeps, not the collector's time. Up to ten times the
// development set the live heap stays under two thirds of the fixed
// limit, which then holds as it was (issue 13's 10x/1x bound).
type softLimit struct {
	stop, done chan struct{}
}

// softLimitTick is how often the live heap is read: a collection of a
// build's heap takes some milliseconds, and the limit only ever rises.
const softLimitTick = 50 * time.Millisecond

// startSoftLimit sets the limit to base and starts raising it.
func startSoftLimit(base int64) *softLimit {
	debug.SetMemoryLimit(base)
	l := &softLimit{stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(l.done)
		live := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		limit := base
		tick := time.NewTicker(softLimitTick)
		defer tick.Stop()
		for {
			select {
			case <-l.stop:
				return
			case <-tick.C:
			}
			metrics.Read(live)
			if want := int64(live[0].Value.Uint64()) * 3 / 2; want > limit {
				limit = want
				debug.SetMemoryLimit(limit)
			}
		}
	}()
	return l
}

// end stops raising the limit, which stays where it is; nil is a limit
// never started.
func (l *softLimit) end() {
	if l == nil {
		return
	}
	select {
	case <-l.stop:
	default:
		close(l.stop)
	}
	<-l.done
}
