package inorder

import (
	"errors"
	"math/rand/v2"
	"sync/atomic"
	"testing"
	"time"
)

// TestResultsMergeInOrder has workers finish out of order (a random
// sleep each) and checks that merge sees every result in the order the
// values were added, one call at a time.
func TestResultsMergeInOrder(t *testing.T) {
	for _, jobs := range []int{0, 1, 3, 8} {
		var workers atomic.Int32
		var merged []int
		var inMerge atomic.Int32
		w := Start(jobs, func() func(int) int {
			workers.Add(1)
			r := rand.New(rand.NewPCG(uint64(jobs), 1))
			return func(v int) int {
				time.Sleep(time.Duration(r.IntN(200)) * time.Microsecond)
				return v * v
			}
		}, func(sq int) error {
			if inMerge.Add(1) != 1 {
				t.Error("two merges at once")
			}
			merged = append(merged, sq)
			inMerge.Add(-1)
			return nil
		})
		for v := range 500 {
			if err := w.Add(v); err != nil {
				t.Fatalf("jobs %d: Add(%d) = %v", jobs, v, err)
			}
		}
		if err := w.Wait(); err != nil {
			t.Fatalf("jobs %d: Wait = %v", jobs, err)
		}
		if len(merged) != 500 {
			t.Fatalf("jobs %d: %d merged, want 500", jobs, len(merged))
		}
		for v, sq := range merged {
			if sq != v*v {
				t.Fatalf("jobs %d: result %d is %d, want %d", jobs, v, sq, v*v)
			}
		}
		if want := int32(max(jobs, 1)); workers.Load() != want {
			t.Errorf("jobs %d: %d workers made, want %d", jobs, workers.Load(), want)
		}
	}
}

// TestFailedMergeStops checks that a merge's error stops the adding soon
// after, that no result after it is merged, and that Wait returns it.
func TestFailedMergeStops(t *testing.T) {
	failed := errors.New("disk full")
	var merged []int
	w := Start(2, func() func(int) int { return func(v int) int { return v } }, func(v int) error {
		merged = append(merged, v)
		if v == 10 {
			return failed
		}
		return nil
	})
	added := 0
	for v := range 100_000 {
		if err := w.Add(v); err != nil {
			if !errors.Is(err, ErrStopped) {
				t.Fatalf("Add = %v, want ErrStopped", err)
			}
			break
		}
		added++
	}
	if err := w.Wait(); err != failed {
		t.Fatalf("Wait = %v, want %v", err, failed)
	}
	if added == 100_000 {
		t.Error("every value was added after the merge failed")
	}
	if len(merged) != 11 || merged[10] != 10 {
		t.Errorf("merged %v, want 0 to 10", merged)
	}
}
