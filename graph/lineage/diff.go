package lineage

import "slices"

// op is one step of an edit script from a to b.
type op byte

const (
	keep op = iota
	del     // a word of a that b does not have
	ins     // a word of b that a does not have
)

// eachRun walks an edit script from a to b run by run: f gets each run
// of words kept or changed (removed, added or both) as the words
// a[i0:i] and b[j0:j].
func eachRun(ops []op, f func(kept bool, i0, i, j0, j int)) {
	i, j := 0, 0
	for k := 0; k < len(ops); {
		i0, j0 := i, j
		kept := ops[k] == keep
		for ; k < len(ops) && (ops[k] == keep) == kept; k++ {
			if ops[k] != ins {
				i++
			}
			if ops[k] != del {
				j++
			}
		}
		f(kept, i0, i, j0, j)
	}
}

// diff returns the shortest edit script from a to b (Myers' O((N+M)D)
// algorithm), or nil and false when it needs more than maxD insertions
// and deletions: past that, the two texts are not versions of one
// provision, and a bound keeps dissimilar long paragraphs from costing
// quadratic time.
func diff(a, b []string, maxD int) ([]op, bool) {
	// Common ends cost nothing and are most of a revised paragraph.
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	mid, ok := myers(a[pre:len(a)-suf], b[pre:len(b)-suf], maxD)
	if !ok {
		return nil, false
	}
	out := make([]op, 0, pre+len(mid)+suf)
	for range pre {
		out = append(out, keep)
	}
	out = append(out, mid...)
	for range suf {
		out = append(out, keep)
	}
	return out, true
}

func myers(a, b []string, maxD int) ([]op, bool) {
	n, m := len(a), len(b)
	if n == 0 || m == 0 {
		if n+m > maxD {
			return nil, false
		}
		out := make([]op, 0, n+m)
		for range n {
			out = append(out, del)
		}
		for range m {
			out = append(out, ins)
		}
		return out, true
	}
	limit := min(n+m, maxD)
	off := limit + 1
	v := make([]int, 2*limit+3)
	// The frontier before each step d > 0, for backtrack: only diagonals
	// -(d-1) to d-1 are reached by then, so step d's starts at (d-1)² and
	// the whole trace is D² long, not D × (N+M).
	var trace []int
	for d := 0; d <= limit; d++ {
		if d > 0 {
			trace = append(trace, v[off-(d-1):off+d]...)
		}
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || k != d && v[off+k-1] < v[off+k+1] {
				x = v[off+k+1] // down: insert b[y-1]
			} else {
				x = v[off+k-1] + 1 // right: delete a[x-1]
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			v[off+k] = x
			if x >= n && y >= m {
				return backtrack(trace, n, m, d), true
			}
		}
	}
	return nil, false
}

// backtrack reads the edit script back from the saved frontiers.
func backtrack(trace []int, n, m, d int) []op {
	// frontier is diagonal k's furthest x before step d.
	frontier := func(d, k int) int { return trace[(d-1)*(d-1)+k+d-1] }
	var rev []op
	x, y := n, m
	for ; d > 0; d-- {
		k := x - y
		var pk int
		if k == -d || k != d && frontier(d, k-1) < frontier(d, k+1) {
			pk = k + 1
		} else {
			pk = k - 1
		}
		px := frontier(d, pk)
		py := px - pk
		for x > px && y > py {
			rev = append(rev, keep)
			x--
			y--
		}
		if x == px {
			rev = append(rev, ins)
		} else {
			rev = append(rev, del)
		}
		x, y = px, py
	}
	for x > 0 && y > 0 {
		rev = append(rev, keep)
		x--
		y--
	}
	slices.Reverse(rev)
	return rev
}
