package viz

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// WriteDOT writes the chain for Graphviz: one rank per year (rank=same),
// years in order, edges coloured and styled by citation type with the
// citing paragraph as their tooltip. Render with: dot -Tsvg chain.dot.
func WriteDOT(w io.Writer, c *Chain, l *Layout) error {
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	rankdir := "RL" // citing (newer, right) → cited (older, left)
	p("digraph %s {\n", dotID(directionTitle(c.Direction)+" of "+c.Nodes[0].Symbol))
	p("  graph [rankdir=%s, newrank=true, nodesep=0.25, ranksep=0.9, fontname=\"Helvetica\"];\n", rankdir)
	p("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#f7f7f7\", fontname=\"Helvetica\", fontsize=10];\n")
	p("  edge [fontname=\"Helvetica\", fontsize=8, arrowsize=0.7];\n")
	for ci, col := range l.Columns {
		label := "n.d."
		if col.Year != 0 {
			label = strconv.Itoa(col.Year)
		}
		p("  subgraph %s {\n    rank=same;\n", dotID(fmt.Sprintf("year_%d", ci)))
		p("    %s [shape=plaintext, style=\"\", label=%s, fontsize=12];\n", dotID(fmt.Sprintf("year:%d", ci)), dotID(label))
		for _, v := range col.Nodes {
			n := c.Nodes[v]
			extra := ""
			if v == 0 {
				extra = ", penwidth=2.5, fillcolor=\"#ffffff\""
			}
			p("    %s [label=%s, tooltip=%s, year=%d, kind=%s%s];\n", dotID(n.IRI),
				dotID(n.Symbol+"\n"+clip(ShortTitle(n), 30)), dotID(nodeTooltip(n)), n.Year, dotID(n.Kind), extra)
		}
		p("  }\n")
	}
	// Keep the years in order with invisible edges between their labels.
	for ci := 1; ci < len(l.Columns); ci++ {
		p("  %s -> %s [style=invis];\n", dotID(fmt.Sprintf("year:%d", ci)), dotID(fmt.Sprintf("year:%d", ci-1)))
	}
	idx := c.NodeIndex()
	for _, e := range c.Edges {
		s := StyleOf(e.Type)
		para, _, _ := e.Paragraph()
		p("  %s -> %s [color=%s, style=%s, citation=%s, paragraph=%s, tooltip=%s];\n",
			dotID(e.Source), dotID(e.Target), dotID(s.Color), s.DOT, dotID(e.Type), dotID(para), dotID(edgeTooltip(c, idx, e)))
	}
	p("}\n")
	return bw.Flush()
}

// dotID quotes a DOT identifier.
func dotID(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", "")
	return `"` + r.Replace(s) + `"`
}
