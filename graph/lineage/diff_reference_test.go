package lineage

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// referenceMyers is diff's search as it was before its trace was bounded
// (issue 13): one pass that records every frontier in a trace grown as it
// goes. Of the many shortest edit scripts two texts may have, backtrack
// picks one by the frontiers: the bounded search must give the same.
func referenceMyers(a, b []uint32, maxD int) ([]op, bool) {
	n, m := len(a), len(b)
	var rev []op
	if n == 0 || m == 0 {
		if n+m > maxD {
			return nil, false
		}
		for range m {
			rev = append(rev, ins)
		}
		for range n {
			rev = append(rev, del)
		}
		return rev, true
	}
	limit := min(n+m, maxD)
	off := limit + 1
	v := make([]int, 2*limit+3)
	var trace []int32
	for d := 0; d <= limit; d++ {
		if d > 0 {
			for _, x := range v[off-(d-1) : off+d] {
				trace = append(trace, int32(x))
			}
		}
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || k != d && v[off+k-1] < v[off+k+1] {
				x = v[off+k+1]
			} else {
				x = v[off+k-1] + 1
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			v[off+k] = x
			if x >= n && y >= m {
				return backtrack(rev, trace, n, m, d), true
			}
		}
	}
	return nil, false
}

// editedWords is a text of n words from an alphabet of size words, and a
// version of it with about one word in every changeEvery changed,
// dropped or added: few distinct words make many shortest scripts.
func editedWords(r *rand.Rand, n, words, changeEvery int) (a, b []uint32) {
	for range n {
		w := uint32(r.IntN(words))
		a = append(a, w)
		switch r.IntN(changeEvery) {
		case 0:
			b = append(b, uint32(r.IntN(words)))
		case 1: // dropped
		case 2:
			b = append(b, w, uint32(r.IntN(words)))
		default:
			b = append(b, w)
		}
	}
	return a, b
}

// TestBoundedTraceAsReference holds the differ, reused from pair to pair
// as an aligner reuses it, to the unbounded search, on short and long
// texts (a D of over a thousand, past keptTrace's 256), similar and not,
// with bounds that let the search succeed and fail.
func TestBoundedTraceAsReference(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 1))
	var df differ
	for i := range 600 {
		n := 1 + r.IntN(60)
		if i%5 == 0 {
			n = 300 + r.IntN(1500)
		}
		a, b := editedWords(r, n, 2+r.IntN(40), 2+r.IntN(8))
		for _, maxD := range []int{(len(a) + len(b)) / 2, len(a) + len(b), 3} {
			want, wantOK := referenceMyers(a, b, maxD)
			got, ok := df.myers(a, b, maxD)
			if ok != wantOK || !slices.Equal(got, want) {
				t.Fatalf("text %d (%d and %d words, bound %d): script of %d steps, ok %v; want %d, ok %v",
					i, len(a), len(b), maxD, len(got), ok, len(want), wantOK)
			}
		}
	}
}
