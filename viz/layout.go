package viz

import (
	"math"
	"sort"
)

// Geometry of a layout, in SVG user units (pixels).
const (
	BoxW      = 176.0 // node box width
	BoxH      = 40.0  // node box height
	BoxGap    = 16.0  // vertical space between boxes in a column
	ColGap    = 96.0  // horizontal space between columns, where edges run
	Margin    = 24.0
	HeaderH   = 36.0 // room for the year labels above the columns
	laneStep  = 6.0  // spacing of vertical edge lanes within a gap
	barySweep = 4    // sweeps of barycentre ordering (each one left-to-right and back)
)

// Rect is an axis-aligned box.
type Rect struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
	W float64 `json:"w"`
	H float64 `json:"h"`
}

// Point is a point of an edge's path.
type Point struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
}

// Column is one year of a layout.
type Column struct {
	Year  int     // 0: the documents whose year is unknown
	X     float64 // left edge of the column's boxes
	Nodes []int   // indexes into Chain.Nodes, top to bottom
}

// Layout is where a chain's nodes and edges are drawn.
type Layout struct {
	Width, Height float64
	Columns       []Column
	Boxes         []Rect    // by node index
	Paths         [][]Point // by edge index: orthogonal polylines, source to target
}

// Lay computes a layered layout in time: one column per year, oldest on
// the left, so that the root of a chain of citations (the newest) is on
// the right and the root of a cited-by chain (the oldest) on the left;
// within a column, nodes are ordered by a few sweeps of barycentre
// ordering; edges run orthogonally in the gaps between columns and cross
// columns only through the spaces between boxes. Deterministic.
func Lay(c *Chain) *Layout {
	l := &Layout{}
	n := len(c.Nodes)
	if n == 0 {
		l.Width, l.Height = 2*Margin, 2*Margin
		return l
	}
	// Columns: one per year, the root at its extreme.
	years := make([]int, n)
	rootYear := c.Nodes[0].Year
	for i, nd := range c.Nodes {
		y := nd.Year
		if rootYear != 0 && y != 0 {
			if c.Direction == CitedBy && y < rootYear || c.Direction != CitedBy && y > rootYear {
				y = rootYear // a date out of order: keep the root at the edge
			}
		}
		years[i] = y
	}
	distinct := map[int]bool{}
	for _, y := range years {
		distinct[y] = true
	}
	var ys []int
	for y := range distinct {
		ys = append(ys, y)
	}
	// Unknown years (0) sort first: at the far side from a cites root.
	sort.Ints(ys)
	if c.Direction == CitedBy && distinct[0] {
		ys = append(ys[1:], 0) // …and at the far side from a cited-by root
	}
	colOf := make([]int, n)
	colIndex := map[int]int{}
	for i, y := range ys {
		colIndex[y] = i
		l.Columns = append(l.Columns, Column{Year: y})
	}
	for i := range c.Nodes {
		colOf[i] = colIndex[years[i]]
		l.Columns[colOf[i]].Nodes = append(l.Columns[colOf[i]].Nodes, i)
	}

	// Neighbours for barycentres.
	idx := c.NodeIndex()
	nbrs := make([][]int, n)
	for _, e := range c.Edges {
		s, t := idx[e.Source], idx[e.Target]
		nbrs[s] = append(nbrs[s], t)
		nbrs[t] = append(nbrs[t], s)
	}
	// Initial order: by depth, then symbol, then IRI.
	for ci := range l.Columns {
		col := l.Columns[ci].Nodes
		sort.SliceStable(col, func(a, b int) bool {
			x, y := c.Nodes[col[a]], c.Nodes[col[b]]
			if x.Depth != y.Depth {
				return x.Depth < y.Depth
			}
			if x.Symbol != y.Symbol {
				return x.Symbol < y.Symbol
			}
			return x.IRI < y.IRI
		})
	}
	// pos is a node's place in its column, centred, in rows.
	pos := make([]float64, n)
	place := func(ci int) {
		col := l.Columns[ci].Nodes
		off := float64(len(col)-1) / 2
		for r, v := range col {
			pos[v] = float64(r) - off
		}
	}
	for ci := range l.Columns {
		place(ci)
	}
	reorder := func(ci int) {
		col := l.Columns[ci].Nodes
		bary := make(map[int]float64, len(col))
		for _, v := range col {
			if len(nbrs[v]) == 0 {
				bary[v] = pos[v]
				continue
			}
			sum := 0.0
			for _, u := range nbrs[v] {
				sum += pos[u]
			}
			bary[v] = sum / float64(len(nbrs[v]))
		}
		sort.SliceStable(col, func(a, b int) bool { return bary[col[a]] < bary[col[b]] })
		place(ci)
	}
	for s := 0; s < barySweep; s++ {
		for ci := range l.Columns {
			reorder(ci)
		}
		for ci := len(l.Columns) - 1; ci >= 0; ci-- {
			reorder(ci)
		}
	}

	// Coordinates: columns centred vertically on the tallest.
	maxRows := 0
	for _, col := range l.Columns {
		maxRows = max(maxRows, len(col.Nodes))
	}
	tall := float64(maxRows)*(BoxH+BoxGap) - BoxGap
	top := Margin + HeaderH + BoxGap // room above the first box for edges to pass
	l.Boxes = make([]Rect, n)
	for ci := range l.Columns {
		col := &l.Columns[ci]
		col.X = Margin + ColGap + float64(ci)*(BoxW+ColGap)
		h := float64(len(col.Nodes))*(BoxH+BoxGap) - BoxGap
		y0 := top + (tall-h)/2
		for r, v := range col.Nodes {
			l.Boxes[v] = Rect{col.X, y0 + float64(r)*(BoxH+BoxGap), BoxW, BoxH}
		}
	}
	l.Width = Margin + ColGap + float64(len(l.Columns))*(BoxW+ColGap) - ColGap + ColGap/2 + Margin
	l.Height = top + tall + BoxGap + Margin

	l.Paths = make([][]Point, len(c.Edges))
	for i, e := range c.Edges {
		l.Paths[i] = l.route(i, idx[e.Source], idx[e.Target], colOf)
	}
	return l
}

// slots are the heights at which an edge may cross column ci: between two
// boxes, above the first or below the last.
func (l *Layout) slots(ci int) []float64 {
	col := l.Columns[ci].Nodes
	out := make([]float64, 0, len(col)+1)
	if len(col) == 0 {
		return out
	}
	out = append(out, l.Boxes[col[0]].Y-BoxGap/2)
	for _, v := range col {
		out = append(out, l.Boxes[v].Y+BoxH+BoxGap/2)
	}
	return out
}

// lane is the x of edge i's vertical run in the gap left of column ci
// (ci == len(Columns) is the gap right of the last column).
func (l *Layout) lane(ci, i int) float64 {
	right := Margin + ColGap + float64(ci)*(BoxW+ColGap)
	lanes := int((ColGap - 2*laneStep) / laneStep)
	return right - ColGap + laneStep + float64(i%lanes)*laneStep + laneStep/2
}

// route draws edge i from node s to node t orthogonally: out of the side
// of s facing t, vertical runs only in the gaps between columns, and
// horizontal runs across columns only through slots.
func (l *Layout) route(i, s, t int, colOf []int) []Point {
	bs, bt := l.Boxes[s], l.Boxes[t]
	cs, ct := colOf[s], colOf[t]
	ys, yt := bs.Y+BoxH/2, bt.Y+BoxH/2
	// a little spread so that edges leaving one box do not coincide
	ys += float64(i%5-2) * 3
	yt += float64((i/5)%5-2) * 3
	if cs == ct {
		// same year: out of the left sides, down the gap, back in
		x := l.lane(cs, i)
		return []Point{{bs.X, ys}, {x, ys}, {x, yt}, {bt.X, yt}}
	}
	step := -1
	startX, endX := bs.X, bt.X+BoxW
	if ct > cs {
		step = 1
		startX, endX = bs.X+BoxW, bt.X
	}
	pts := []Point{{startX, ys}}
	y := ys
	for ci := cs; ci != ct; ci += step {
		gap := ci // the gap left of column ci
		if step > 0 {
			gap = ci + 1
		}
		x := l.lane(gap, i)
		next := ci + step
		var ny float64
		if next == ct {
			ny = yt
		} else {
			ny = nearest(l.slots(next), yt, y)
		}
		pts = append(pts, Point{x, y})
		if ny != y {
			pts = append(pts, Point{x, ny})
		}
		y = ny
	}
	pts = append(pts, Point{endX, y})
	return simplify(pts)
}

// nearest is the slot closest to want, ties to the one closest to from.
func nearest(slots []float64, want, from float64) float64 {
	best, bd := slots[0], math.Inf(1)
	for _, s := range slots {
		d := math.Abs(s-want) + 1e-6*math.Abs(s-from)
		if d < bd {
			best, bd = s, d
		}
	}
	return best
}

// simplify drops points in the middle of straight runs.
func simplify(pts []Point) []Point {
	out := pts[:1]
	for i := 1; i < len(pts); i++ {
		p := pts[i]
		if p == out[len(out)-1] {
			continue
		}
		if len(out) >= 2 {
			a, b := out[len(out)-2], out[len(out)-1]
			if a.X == b.X && b.X == p.X || a.Y == b.Y && b.Y == p.Y {
				out[len(out)-1] = p
				continue
			}
		}
		out = append(out, p)
	}
	return out
}
