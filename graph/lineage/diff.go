package lineage

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
func diff(a, b []uint32, maxD int) ([]op, bool) {
	var d differ
	return d.diff(a, b, maxD)
}

// differ holds the buffers of diff, reused from one paragraph pair to the
// next: a search that fails, as most between unrelated paragraphs do,
// fills D² frontiers before it gives up.
type differ struct {
	v     []int32 // the furthest x on each diagonal
	trace []int32 // the frontiers before each step, for backtrack
	rev   []op    // the middle's script, last op first
}

// keptTrace is the most frontiers a differ records on a first search,
// the trace of D = 256. Two long paragraphs (a modern resolution's
// operative paragraph with its lettered items runs to a thousand words
// and more) may need a D of a thousand: a trace grown to its million
// frontiers as the search went on was most of the seed resolutions'
// lineage, in copies and fresh pages (issue 13). Past this, the search
// goes on without the trace, and one that succeeds runs again to record
// the trace of its D, whose size it then knows.
const keptTrace = 256 * 256

func (df *differ) diff(a, b []uint32, maxD int) ([]op, bool) {
	// Common ends cost nothing and are most of a revised paragraph.
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	rev, ok := df.myers(a[pre:len(a)-suf], b[pre:len(b)-suf], maxD)
	if !ok {
		return nil, false
	}
	out := make([]op, 0, pre+len(rev)+suf)
	for range pre {
		out = append(out, keep)
	}
	for i := len(rev) - 1; i >= 0; i-- {
		out = append(out, rev[i])
	}
	for range suf {
		out = append(out, keep)
	}
	return out, true
}

// myers returns the edit script from a to b backwards, in df.rev.
func (df *differ) myers(a, b []uint32, maxD int) ([]op, bool) {
	n, m := len(a), len(b)
	df.rev = df.rev[:0]
	if n == 0 || m == 0 {
		if n+m > maxD {
			return nil, false
		}
		for range m {
			df.rev = append(df.rev, ins)
		}
		for range n {
			df.rev = append(df.rev, del)
		}
		return df.rev, true
	}
	limit := min(n+m, maxD)
	// Room for the whole trace a search to limit may need, up to
	// keptTrace: a short pair's diff (Segments, for one step of a
	// provision's history) makes no more.
	if room := min(limit*limit, keptTrace); cap(df.trace) < room {
		df.trace = make([]int32, 0, room)
	}
	d, recorded, ok := df.search(a, b, limit, cap(df.trace))
	if !ok {
		return nil, false
	}
	if !recorded {
		df.trace = make([]int32, 0, d*d)
		df.search(a, b, d, d*d)
	}
	df.rev = backtrack(df.rev, df.trace, n, m, d)
	return df.rev, true
}

// search runs Myers' greedy search for the fewest steps D from a to b, up
// to limit, recording in df.trace the frontier before each step while
// the trace stays within room frontiers. It tells whether the trace of D
// is whole.
func (df *differ) search(a, b []uint32, limit, room int) (d int, recorded, ok bool) {
	n, m := len(a), len(b)
	off := limit + 1
	if need := 2*limit + 3; cap(df.v) < need {
		df.v = make([]int32, need)
	} else {
		df.v = df.v[:need]
		clear(df.v)
	}
	v := df.v
	// The frontier before each step d > 0, for backtrack: only diagonals
	// -(d-1) to d-1 are reached by then, so step d's starts at (d-1)² and
	// the whole trace is D² long, not D × (N+M).
	df.trace = df.trace[:0]
	recorded = true
	for d := 0; d <= limit; d++ {
		if d > 0 && recorded {
			if d*d > room {
				recorded = false
			} else {
				df.trace = append(df.trace, v[off-(d-1):off+d]...)
			}
		}
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || k != d && v[off+k-1] < v[off+k+1] {
				x = int(v[off+k+1]) // down: insert b[y-1]
			} else {
				x = int(v[off+k-1]) + 1 // right: delete a[x-1]
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			v[off+k] = int32(x)
			if x >= n && y >= m {
				return d, recorded, true
			}
		}
	}
	return 0, false, false
}

// backtrack reads the edit script back from the saved frontiers,
// appending it to rev last op first.
func backtrack(rev []op, trace []int32, n, m, d int) []op {
	// frontier is diagonal k's furthest x before step d.
	frontier := func(d, k int) int { return int(trace[(d-1)*(d-1)+k+d-1]) }
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
	return rev
}
