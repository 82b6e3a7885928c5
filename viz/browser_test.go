package viz

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"net/http"
	"net/http/httptest"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/sckg/sckg/internal/browser"
)

// rendered is what Chromium reports of a chain's SVG. Boxes are
// getBoundingClientRect in CSS pixels, moved so that the SVG's top-left
// corner is at 0,0: at scale 1 they are in the layout's units.
type rendered struct {
	SVG    Rect          `json:"svg"`    // not moved: where the SVG is on the page
	Rects  []renderedBox `json:"rects"`  // g.node > rect
	Labels []renderedBox `json:"labels"` // g.node > text
	// EdgeLengths are the paths' getTotalLength, in document order, which
	// is the order of Chain.Edges.
	EdgeLengths []float64 `json:"edgeLengths"`
}

type renderedBox struct {
	Node string `json:"node"` // id of the g.node: "n" and the index in Chain.Nodes
	Text string `json:"text"`
	Box  Rect   `json:"box"`
}

// measureJS runs in the page. Labels are measured with
// getBoundingClientRect rather than getBBox so that they are in the same
// coordinates as the rects whatever transform an SVG may come to have.
const measureJS = `(() => {
	const svg = document.querySelector('svg').getBoundingClientRect();
	const box = el => {
		const r = el.getBoundingClientRect();
		return {x: r.x - svg.x, y: r.y - svg.y, w: r.width, h: r.height};
	};
	const all = sel => [...document.querySelectorAll(sel)];
	return {
		svg: {x: svg.x, y: svg.y, w: svg.width, h: svg.height},
		rects: all('g.node > rect').map(r => ({node: r.parentNode.id, box: box(r)})),
		labels: all('g.node > text').map(t => ({node: t.parentNode.id, text: t.textContent, box: box(t)})),
		edgeLengths: all('g.edges path.edge').map(p => p.getTotalLength()),
	};
})()`

// render serves the chain's SVG as a standalone document, the way a
// user opens the file, and measures it in Chromium.
func render(t *testing.T, ctx context.Context, c *Chain, l *Layout) rendered {
	t.Helper()
	var svg bytes.Buffer
	if err := WriteSVG(&svg, c, l); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/svg+xml")
		w.Write(svg.Bytes())
	}))
	t.Cleanup(srv.Close)
	var page rendered
	err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+"/chain.svg"),
		chromedp.WaitReady("svg g.node", chromedp.ByQuery),
		chromedp.Evaluate(measureJS, &page),
	)
	if err != nil {
		t.Fatalf("rendering the SVG in Chromium: %v", err)
	}
	// Without scale 1 the boxes could not be compared with the layout.
	if w, h := max(l.Width, 420), l.Height; math.Abs(page.SVG.W-w) > 0.5 || page.SVG.H < h-0.5 {
		t.Fatalf("the SVG is drawn %gx%g, want %gx%g and more below for the legend: not at scale 1", page.SVG.W, page.SVG.H, w, h)
	}
	return page
}

// nodeOf is the index in Chain.Nodes of the g.node with that id.
func nodeOf(t *testing.T, c *Chain, id string) int {
	t.Helper()
	i, err := strconv.Atoi(strings.TrimPrefix(id, "n"))
	if !strings.HasPrefix(id, "n") || err != nil || i < 0 || i >= len(c.Nodes) {
		t.Fatalf("g.node with id %q: not n0 to n%d", id, len(c.Nodes)-1)
	}
	return i
}

// checkBoxes checks that Chromium draws one box per node, where the layout
// put it, and that no two boxes overlap.
func checkBoxes(t *testing.T, c *Chain, l *Layout, page rendered) {
	t.Helper()
	if len(page.Rects) != len(c.Nodes) {
		t.Fatalf("Chromium drew %d node boxes, want %d", len(page.Rects), len(c.Nodes))
	}
	seen := make(map[int]bool, len(c.Nodes))
	for _, r := range page.Rects {
		i := nodeOf(t, c, r.Node)
		if seen[i] {
			t.Fatalf("two boxes for %s (%s)", c.Nodes[i].Symbol, r.Node)
		}
		seen[i] = true
		want, got := l.Boxes[i], r.Box
		if math.Abs(got.X-want.X) > 0.5 || math.Abs(got.Y-want.Y) > 0.5 || math.Abs(got.W-want.W) > 0.5 || math.Abs(got.H-want.H) > 0.5 {
			t.Errorf("%s is drawn at %+v, the layout put it at %+v", c.Nodes[i].Symbol, got, want)
		}
	}

	// Sort and sweep: a box can only overlap the ones that start, left to
	// right, before it ends.
	const eps = 0.01
	byX := append([]renderedBox(nil), page.Rects...)
	sort.Slice(byX, func(a, b int) bool { return byX[a].Box.X < byX[b].Box.X })
	for a, p := range byX {
		for _, q := range byX[a+1:] {
			if q.Box.X >= p.Box.X+p.Box.W-eps {
				break
			}
			dx := min(p.Box.X+p.Box.W, q.Box.X+q.Box.W) - q.Box.X
			dy := min(p.Box.Y+p.Box.H, q.Box.Y+q.Box.H) - max(p.Box.Y, q.Box.Y)
			if dx > eps && dy > eps {
				t.Errorf("the boxes of %s %+v and %s %+v overlap by %.2fx%.2f px",
					c.Nodes[nodeOf(t, c, p.Node)].Symbol, p.Box, c.Nodes[nodeOf(t, c, q.Node)].Symbol, q.Box, dx, dy)
			}
		}
	}
}

// checkLabels checks, with the fonts Chromium really uses, that each
// label lies inside its own node's box: svg.go cuts labels by an estimate
// of their width (textwidth.go), which only a browser can confirm.
func checkLabels(t *testing.T, c *Chain, page rendered) {
	t.Helper()
	const eps = 0.01
	boxOf := make(map[string]Rect, len(page.Rects))
	for _, r := range page.Rects {
		boxOf[r.Node] = r.Box
	}
	if want := 2 * len(c.Nodes); len(page.Labels) != want {
		t.Errorf("Chromium drew %d node labels, want %d (a symbol and a title per node)", len(page.Labels), want)
	}
	tightest, spare := "", math.Inf(1)
	for _, lb := range page.Labels {
		sym := c.Nodes[nodeOf(t, c, lb.Node)].Symbol
		r, ok := boxOf[lb.Node]
		if !ok {
			t.Errorf("label %q of %s has no box", lb.Text, sym)
			continue
		}
		b := lb.Box
		if b.W <= 0 || b.H <= 0 {
			t.Errorf("label %q of %s is drawn %gx%g", lb.Text, sym, b.W, b.H)
		}
		var over []string
		for _, side := range []struct {
			name string
			by   float64
		}{
			{"left", r.X - b.X},
			{"right", (b.X + b.W) - (r.X + r.W)},
			{"top", r.Y - b.Y},
			{"bottom", (b.Y + b.H) - (r.Y + r.H)},
		} {
			if side.by > eps {
				over = append(over, fmt.Sprintf("%.1f px on the %s", side.by, side.name))
			}
		}
		if len(over) > 0 {
			t.Errorf("label %q of %s overflows its box by %s (label %+v, box %+v)", lb.Text, sym, strings.Join(over, " and "), b, r)
		}
		if s := (r.X + r.W) - (b.X + b.W); s < spare {
			tightest, spare = fmt.Sprintf("%q of %s", lb.Text, sym), s
		}
	}
	t.Logf("widest label: %s, %.1f px short of its box's right side", tightest, spare)
}

// checkEdges checks that Chromium draws every edge, and draws it with
// some length.
func checkEdges(t *testing.T, c *Chain, page rendered) {
	t.Helper()
	if len(page.EdgeLengths) != len(c.Edges) {
		t.Fatalf("Chromium drew %d edge paths, want %d", len(page.EdgeLengths), len(c.Edges))
	}
	syms := make(map[string]string, len(c.Nodes))
	for _, n := range c.Nodes {
		syms[n.IRI] = n.Symbol
	}
	for i, length := range page.EdgeLengths {
		if !(length > 0) {
			e := c.Edges[i]
			t.Errorf("edge %s %s %s has length %g", syms[e.Source], e.Type, syms[e.Target], length)
		}
	}
}

// The check: a generated 300-node chain drawn by Chromium, with
// no node box over another, every box where the layout put it, every
// label inside its box and every edge drawn.
func TestSVGInBrowser300(t *testing.T) {
	ctx := browser.New(t, 30*time.Second)
	c := synthetic(300)
	l := Lay(c)
	page := render(t, ctx, c, l)
	checkBoxes(t, c, l, page)
	checkLabels(t, c, page)
	checkEdges(t, c, page)
	browser.Screenshot(t, ctx, "chain-300")
}

// The generated chain's long labels are made up; the chain of S/RES/2584
// (2021) has the symbols, titles and kinds of real documents.
func TestLabelsFitInBrowser(t *testing.T) {
	ctx := browser.New(t, 30*time.Second)
	c := maliChain(t)
	l := Lay(c)
	page := render(t, ctx, c, l)
	checkLabels(t, c, page)
	checkBoxes(t, c, l, page)
	checkEdges(t, c, page)
	browser.Screenshot(t, ctx, "chain-2584")
}
