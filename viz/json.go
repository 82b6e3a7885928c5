package viz

import (
	"encoding/json"
	"io"
)

// WriteJSON writes the chain as nodes and edges, with each edge's
// citations and, if l is not nil, each node's box and each edge's path;
// styles are how the SVG draws the citation types the edges have, for a
// reader that draws the chain itself or explains the SVG's lines.
func WriteJSON(w io.Writer, c *Chain, l *Layout) error {
	type node struct {
		Node
		Box *Rect `json:"box,omitempty"`
	}
	type edge struct {
		Edge
		Path []Point `json:"path,omitempty"`
	}
	out := struct {
		Root      string    `json:"root"`
		Direction Direction `json:"direction"`
		Depth     int       `json:"depth"`
		Nodes     []node    `json:"nodes"`
		Edges     []edge    `json:"edges"`
		Expanded  []string  `json:"expanded,omitempty"`
		Styles    []Style   `json:"styles"`
	}{Root: c.Root, Direction: c.Direction, Depth: c.Depth, Nodes: []node{}, Edges: []edge{}, Expanded: c.Expanded, Styles: append([]Style{}, usedTypes(c)...)}
	for i, n := range c.Nodes {
		x := node{Node: n}
		if l != nil {
			x.Box = &l.Boxes[i]
		}
		out.Nodes = append(out.Nodes, x)
	}
	for i, e := range c.Edges {
		x := edge{Edge: e}
		if l != nil {
			x.Path = l.Paths[i]
		}
		out.Edges = append(out.Edges, x)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
