package viz

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// WriteMermaid writes the chain as a Mermaid flowchart for Markdown: one
// subgraph per year, edges labelled with their citation type and styled
// (colour and dash) by it.
func WriteMermaid(w io.Writer, c *Chain, l *Layout) error {
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	p("flowchart RL\n")
	for ci, col := range l.Columns {
		label := "n.d."
		if col.Year != 0 {
			label = strconv.Itoa(col.Year)
		}
		p("  subgraph y%d [\"%s\"]\n", ci, label)
		for _, v := range col.Nodes {
			n := c.Nodes[v]
			p("    n%d[\"%s<br/><small>%s</small>\"]\n", v, mmd(n.Symbol), mmd(clip(ShortTitle(n), 30)))
		}
		p("  end\n")
	}
	idx := c.NodeIndex()
	for _, e := range c.Edges {
		p("  n%d -->|%s| n%d\n", idx[e.Source], e.Type, idx[e.Target])
	}
	for i, e := range c.Edges {
		s := StyleOf(e.Type)
		style := "stroke:" + s.Color + ",stroke-width:" + num(s.Width) + "px"
		if s.Dash != "" {
			style += ",stroke-dasharray:" + s.Dash
		}
		p("  linkStyle %d %s\n", i, style)
	}
	p("  style n0 stroke-width:3px\n")
	return bw.Flush()
}

// mmd escapes text for a quoted Mermaid label.
func mmd(s string) string {
	r := strings.NewReplacer(`"`, "#quot;", "<", "#lt;", ">", "#gt;")
	return r.Replace(s)
}
