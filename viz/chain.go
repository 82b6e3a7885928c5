// Package viz draws citation chains: it reads a chain from a store with
// the canned citation-chain and cited-by queries, lays it out in time (one
// column per year) and writes it as SVG, DOT, GraphML, Mermaid or JSON.
// Every step is deterministic: the same chain gives the same bytes.
package viz

// Direction says which way a chain is followed from its root.
type Direction string

const (
	// Cites follows what the root cites, transitively (citation-chain).
	Cites Direction = "cites"
	// CitedBy follows what cites the root, transitively (cited-by).
	CitedBy Direction = "cited-by"
)

// Chain is a citation chain: the documents reached from a root and the
// citations between them.
type Chain struct {
	Root      string    `json:"root"` // IRI of the root document, without angle brackets
	Direction Direction `json:"direction"`
	Depth     int       `json:"depth"` // the depth asked for
	Nodes     []Node    `json:"nodes"` // root first, then by depth and IRI
	Edges     []Edge    `json:"edges"` // by source, then target
	// Expanded are the documents whose own citations were added to the
	// chain, one step deep (see Expand), in the order they were expanded.
	Expanded []string `json:"expanded,omitempty"`
}

// Node is one document of a chain.
type Node struct {
	IRI    string `json:"id"`
	Symbol string `json:"symbol"`
	Year   int    `json:"year,omitempty"` // 0 when unknown
	Kind   string `json:"kind"`           // sckg class local name: Resolution, PresidentialStatement, …
	Title  string `json:"title,omitempty"`
	// Date is the day the document bears or was adopted on
	// (YYYY-MM-DD), when the store has it.
	Date string `json:"date,omitempty"`
	// InCorpus says the document was read from one of the build's files
	// (it has a prov:wasDerivedFrom); a document only cited has its
	// symbol and kind and nothing more.
	InCorpus bool `json:"inCorpus"`
	Depth    int  `json:"depth"`
}

// Edge is one document citing another, with the citations that say so.
type Edge struct {
	Source string `json:"source"`
	Target string `json:"target"`
	// Type is the CiTO local name drawn for the edge: the strongest of
	// its citations' types (see Types), "cites" if none is known.
	Type      string     `json:"type"`
	Citations []Citation `json:"citations,omitempty"`
}

// Citation is one cito:Citation behind an edge.
type Citation struct {
	IRI       string `json:"id"`
	Type      string `json:"type"`      // CiTO local name
	Paragraph string `json:"paragraph"` // the citing paragraph's fragment id: op_2, pp_3__a
	Text      string `json:"text,omitempty"`
	Evidence  string `json:"evidence,omitempty"` // the words cited, sckg:citedAs
	Cited     string `json:"cited"`              // the cited IRI: the target or one of its paragraphs
}

// Paragraph returns the edge's first citing paragraph and its text, for
// labels and tooltips; empty if the edge has no citation details.
func (e Edge) Paragraph() (id, text, evidence string) {
	if len(e.Citations) == 0 {
		return "", "", ""
	}
	c := e.Citations[0]
	return c.Paragraph, c.Text, c.Evidence
}

// NodeIndex maps each node's IRI to its index in c.Nodes.
func (c *Chain) NodeIndex() map[string]int {
	m := make(map[string]int, len(c.Nodes))
	for i, n := range c.Nodes {
		m[n.IRI] = i
	}
	return m
}
