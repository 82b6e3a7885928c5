package viz

import (
	"bufio"
	"fmt"
	"html"
	"io"
	"strconv"
	"strings"
)

// WriteSVG draws the chain as a standalone SVG: one column per year with
// the year above it, each document a box with its symbol and short
// title, each citation an orthogonal path coloured and dashed by its type
// with the citing paragraph as its tooltip, and a legend of the types.
func WriteSVG(w io.Writer, c *Chain, l *Layout) error {
	bw := bufio.NewWriter(w)
	used := usedTypes(c)
	legendH := 0.0
	if len(used) > 0 {
		legendH = 28 + 18*float64(len(used))
	}
	width, height := max(l.Width, 420), l.Height+legendH
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	p(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	p(`<svg xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s" font-family="Helvetica, Arial, sans-serif">`+"\n",
		num(width), num(height), num(width), num(height))
	root := c.Nodes[0]
	p("<title>%s of %s</title>\n", esc(directionTitle(c.Direction)), esc(root.Symbol))
	p(`<defs>` + "\n")
	for _, s := range used {
		p(`<marker id="arrow-%s" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="%s"/></marker>`+"\n", s.Type, s.Color)
	}
	p(`</defs>` + "\n")
	p(`<rect width="100%%" height="100%%" fill="#ffffff"/>` + "\n")

	// Year labels and column guides.
	p(`<g class="years" font-size="13" font-weight="bold" fill="#333333" text-anchor="middle">` + "\n")
	for _, col := range l.Columns {
		label := "n.d."
		if col.Year != 0 {
			label = strconv.Itoa(col.Year)
		}
		x := col.X + BoxW/2
		p(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#e6e6e6" stroke-width="1"/>`+"\n", num(x), num(Margin+HeaderH-8), num(x), num(l.Height-Margin))
		p(`<text x="%s" y="%s">%s</text>`+"\n", num(x), num(Margin+HeaderH-14), label)
	}
	p("</g>\n")

	// Edges under the boxes.
	idx := c.NodeIndex()
	p(`<g class="edges" fill="none">` + "\n")
	for i, e := range c.Edges {
		s := StyleOf(e.Type)
		p(`<path class="edge %s" d="%s" stroke="%s" stroke-width="%s"`, s.Type, pathData(l.Paths[i]), s.Color, num(s.Width))
		if s.Dash != "" {
			p(` stroke-dasharray="%s"`, s.Dash)
		}
		p(` marker-end="url(#arrow-%s)">`, s.Type)
		p("<title>%s</title></path>\n", esc(edgeTooltip(c, idx, e)))
	}
	p("</g>\n")

	// Nodes.
	p(`<g class="nodes" font-size="11">` + "\n")
	for i, n := range c.Nodes {
		b := l.Boxes[i]
		stroke, sw, fill := "#333333", "1", "#f7f7f7"
		if i == 0 {
			stroke, sw, fill = "#000000", "2.5", "#ffffff"
		}
		p(`<g class="node" id="n%d"><title>%s</title>`, i, esc(nodeTooltip(n)))
		p(`<rect x="%s" y="%s" width="%s" height="%s" rx="4" fill="%s" stroke="%s" stroke-width="%s"/>`,
			num(b.X), num(b.Y), num(b.W), num(b.H), fill, stroke, sw)
		p(`<text x="%s" y="%s" font-weight="bold">%s</text>`, num(b.X+6), num(b.Y+16), esc(fit(n.Symbol, true, labelRoom)))
		p(`<text x="%s" y="%s" fill="#555555">%s</text>`, num(b.X+6), num(b.Y+31), esc(fit(ShortTitle(n), false, labelRoom)))
		p("</g>\n")
	}
	p("</g>\n")

	// Legend.
	if len(used) > 0 {
		y := l.Height + 8
		p(`<g class="legend" font-size="12" fill="#222222">` + "\n")
		p(`<text x="%s" y="%s" font-weight="bold">Citation types (arrow: cites)</text>`+"\n", num(Margin), num(y+8))
		for k, s := range used {
			ly := y + 26 + 18*float64(k)
			p(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="%s"`, num(Margin), num(ly-4), num(Margin+48), num(ly-4), s.Color, num(s.Width))
			if s.Dash != "" {
				p(` stroke-dasharray="%s"`, s.Dash)
			}
			p("/>")
			p(`<text x="%s" y="%s">%s</text>`+"\n", num(Margin+58), num(ly), esc(s.Label))
		}
		p("</g>\n")
	}
	p("</svg>\n")
	return bw.Flush()
}

func directionTitle(d Direction) string {
	if d == CitedBy {
		return "Documents citing"
	}
	return "Citation chain"
}

// usedTypes are the styles of the types the chain's edges have, in
// legend order.
func usedTypes(c *Chain) []Style {
	seen := map[string]bool{}
	for _, e := range c.Edges {
		seen[e.Type] = true
	}
	var out []Style
	for _, s := range Types {
		if seen[s.Type] {
			out = append(out, s)
			delete(seen, s.Type)
		}
	}
	for _, e := range c.Edges { // unknown types, in edge order
		if seen[e.Type] {
			out = append(out, StyleOf(e.Type))
			delete(seen, e.Type)
		}
	}
	return out
}

// edgeTooltip says who cites whom, how, and in which words.
func edgeTooltip(c *Chain, idx map[string]int, e Edge) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s %s", c.Nodes[idx[e.Source]].Symbol, StyleOf(e.Type).Type, c.Nodes[idx[e.Target]].Symbol)
	for k, ct := range e.Citations {
		if k == 3 {
			fmt.Fprintf(&b, "\n… and %d more citations", len(e.Citations)-3)
			break
		}
		fmt.Fprintf(&b, "\n%s (%s, %q): %s", ct.Paragraph, ct.Type, ct.Evidence, clip(ct.Text, 400))
	}
	return b.String()
}

func nodeTooltip(n Node) string {
	s := n.Symbol + " (" + n.Kind
	if n.Year != 0 {
		s += ", " + strconv.Itoa(n.Year)
	}
	s += ")"
	if n.Title != "" {
		s += "\n" + n.Title
	}
	if !n.InCorpus {
		s += "\nnot in the corpus: the graph knows it only as cited"
	}
	return s + "\n" + n.IRI
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

func pathData(pts []Point) string {
	var b strings.Builder
	for i, pt := range pts {
		if i == 0 {
			b.WriteString("M")
		} else {
			b.WriteString(" L")
		}
		b.WriteString(num(pt.X) + "," + num(pt.Y))
	}
	return b.String()
}

// num writes a coordinate with at most two decimals, the same on every
// platform.
func num(f float64) string {
	return strconv.FormatFloat(round2(f), 'f', -1, 64)
}

func round2(f float64) float64 {
	return float64(int64(f*100+copysignHalf(f))) / 100
}

func copysignHalf(f float64) float64 {
	if f < 0 {
		return -0.5
	}
	return 0.5
}

func esc(s string) string { return html.EscapeString(s) }
