package viz

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// WriteGraphML writes the chain for Gephi and yEd, with node attributes
// (symbol, kind, year, title, depth, root) and edge attributes (citation
// type, paragraph, evidence, text, number of citations).
func WriteGraphML(w io.Writer, c *Chain) error {
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	p(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	p(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	keys := []struct{ id, on, name, typ string }{
		{"label", "node", "label", "string"},
		{"symbol", "node", "symbol", "string"},
		{"kind", "node", "kind", "string"},
		{"year", "node", "year", "int"},
		{"title", "node", "title", "string"},
		{"depth", "node", "depth", "int"},
		{"root", "node", "root", "boolean"},
		{"citation", "edge", "citation type", "string"},
		{"paragraph", "edge", "paragraph", "string"},
		{"evidence", "edge", "evidence", "string"},
		{"text", "edge", "paragraph text", "string"},
		{"citations", "edge", "citations", "int"},
		{"color", "edge", "color", "string"},
	}
	for _, k := range keys {
		p(`  <key id="%s" for="%s" attr.name="%s" attr.type="%s"/>`+"\n", k.id, k.on, k.name, k.typ)
	}
	p(`  <graph id="%s" edgedefault="directed">`+"\n", xesc(c.Root))
	for i, n := range c.Nodes {
		p(`    <node id="%s">`+"\n", xesc(n.IRI))
		data(bw, "label", n.Symbol)
		data(bw, "symbol", n.Symbol)
		data(bw, "kind", n.Kind)
		data(bw, "year", fmt.Sprint(n.Year))
		data(bw, "title", n.Title)
		data(bw, "depth", fmt.Sprint(n.Depth))
		data(bw, "root", fmt.Sprint(i == 0))
		p("    </node>\n")
	}
	for i, e := range c.Edges {
		para, text, ev := e.Paragraph()
		p(`    <edge id="e%d" source="%s" target="%s">`+"\n", i, xesc(e.Source), xesc(e.Target))
		data(bw, "citation", e.Type)
		data(bw, "paragraph", para)
		data(bw, "evidence", ev)
		data(bw, "text", text)
		data(bw, "citations", fmt.Sprint(len(e.Citations)))
		data(bw, "color", StyleOf(e.Type).Color)
		p("    </edge>\n")
	}
	p("  </graph>\n</graphml>\n")
	return bw.Flush()
}

func data(w io.Writer, key, value string) {
	if value == "" {
		return
	}
	fmt.Fprintf(w, `      <data key="%s">%s</data>`+"\n", key, xesc(value))
}

func xesc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s)) // never fails on a strings.Builder
	return b.String()
}
