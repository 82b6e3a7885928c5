package viz

import (
	"cmp"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/sckg/sckg/graph/store"
	"github.com/sckg/sckg/ontology"
	"github.com/sckg/sckg/ontology/symbol"
	"github.com/sckg/sckg/queries"
)

//go:embed details.js
var detailsScript string

// ErrNotInStore is the error Load returns for a document the store does
// not hold.
var ErrNotInStore = errors.New("not in the store")

// Options say which chain to load.
type Options struct {
	Depth     int       // how many citations to follow; 10 if <= 0
	Direction Direction // Cites (default) or CitedBy
	Base      string    // base IRI the store was built with; ontology.Base if empty
}

// Load reads the chain of the document named by symbol (a symbol as
// printed, normalised, or an IRI) from a store: the nodes and edges the
// canned citation-chain or cited-by query answers, and, from one more
// script, each node's symbol, kind, year and title and each edge's
// citations.
func Load(ctx context.Context, st *store.Store, symbol string, opt Options) (*Chain, error) {
	if opt.Depth <= 0 {
		opt.Depth = 10
	}
	if opt.Direction == "" {
		opt.Direction = Cites
	}
	name := "citation-chain"
	switch opt.Direction {
	case Cites:
	case CitedBy:
		name = "cited-by"
	default:
		return nil, fmt.Errorf("direction %q: use cites or cited-by", opt.Direction)
	}
	q, ok := queries.Get(name)
	if !ok {
		return nil, fmt.Errorf("no canned query %s", name)
	}
	m := ontology.NewMinter(opt.Base)
	found, err := queries.FindNode(ctx, st, m.Base, symbol)
	if err != nil {
		return nil, err
	}
	params := map[string]string{"symbol": found, "depth": strconv.Itoa(opt.Depth)}
	bound, err := q.Bind(params, m.Base)
	if err != nil {
		return nil, err
	}
	root := bound["symbol"]
	res, err := queries.Run(ctx, st, q, params, queries.Options{Base: m.Base})
	if errors.Is(err, queries.ErrNotInStore) {
		return nil, notInStore(symbol)
	}
	if err != nil {
		return nil, err
	}
	c := &Chain{Root: strip(root), Direction: opt.Direction, Depth: opt.Depth}
	c.Nodes = append(c.Nodes, Node{IRI: strip(root)})
	gizmoNodes := []string{root}
	sources := map[string]bool{}
	for _, r := range res.Rows {
		switch r["kind"] {
		case "node":
			id := fmt.Sprint(r["id"])
			d, _ := strconv.Atoi(fmt.Sprint(r["depth"]))
			c.Nodes = append(c.Nodes, Node{IRI: strip(id), Depth: d})
			gizmoNodes = append(gizmoNodes, id)
		case "edge":
			s, t := fmt.Sprint(r["source"]), fmt.Sprint(r["target"])
			c.Edges = append(c.Edges, Edge{Source: strip(s), Target: strip(t)})
			sources[s] = true
		}
	}
	known, err := c.addDetails(ctx, st, m, gizmoNodes, sortedKeys(sources), false)
	if err != nil {
		return nil, err
	}
	if len(c.Edges) == 0 && !known[c.Root] {
		return nil, notInStore(symbol)
	}
	return c, nil
}

// notInStore is the error for a document named as symbol that the store
// does not hold, with how to name one.
func notInStore(symbol string) error {
	return fmt.Errorf("%s is %w (name a document by its symbol, S/RES/2584 (2021), or a resolution by its number, 2584)", symbol, ErrNotInStore)
}

// addDetails fills in the nodes and edges from the store, and tells which
// nodes the store knows anything of (a type or a symbol). With link, a
// citation between two documents of the chain that no edge joins yet
// becomes an edge, and the edges already there are left as they are.
func (c *Chain) addDetails(ctx context.Context, st *store.Store, m ontology.Minter, nodes, sources []string, link bool) (map[string]bool, error) {
	nj, _ := json.Marshal(nodes)
	sj, _ := json.Marshal(sources)
	bound := map[string]string{"nodes": string(nj), "sources": string(sj), "def": m.Base + "def#"}
	pj, _ := json.Marshal(bound)
	res, err := queries.RunScript(ctx, st, "var params = "+string(pj)+"; "+detailsScript, queries.Options{Base: m.Base})
	if err != nil {
		return nil, fmt.Errorf("chain details: %w", err)
	}
	known := map[string]bool{}
	fresh := map[int]bool{} // edges this call added
	idx := c.NodeIndex()
	edges := map[[2]string]int{}
	for i, e := range c.Edges {
		edges[[2]string{e.Source, e.Target}] = i
	}
	for _, r := range res.Rows {
		switch r["kind"] {
		case "node":
			i, ok := idx[strip(str(r["id"]))]
			if !ok {
				continue
			}
			n := &c.Nodes[i]
			n.Symbol = str(r["symbol"])
			types, _ := r["types"].([]any)
			known[n.IRI] = n.Symbol != "" || len(types) > 0
			if n.Symbol == "" {
				n.Symbol = n.IRI
				if ref, ok := m.Read(n.IRI); ok {
					n.Symbol = ref.String()
				}
			}
			n.Title = str(r["title"])
			n.Kind = kindOf(r["types"])
			n.Year = yearOf(str(r["date"]), str(r["adopted"]), n.Symbol)
			n.Date = cmp.Or(str(r["date"]), str(r["adopted"]))
			n.InCorpus = str(r["source"]) != ""
		case "citation":
			src := strip(str(r["source"]))
			cited := strip(str(r["cited"]))
			target, _, _ := strings.Cut(cited, "#")
			key := [2]string{src, target}
			i, ok := edges[key]
			_, srcIn := idx[src]
			_, targetIn := idx[target]
			switch {
			case ok && link && !fresh[i]:
				continue // drawn before, with its citations
			case !ok && (!link || src == target || !srcIn || !targetIn):
				continue // a citation of a document outside the chain, or of the document itself
			case !ok:
				i = len(c.Edges)
				c.Edges = append(c.Edges, Edge{Source: src, Target: target})
				edges[key], fresh[i] = i, true
			}
			para := strip(str(r["paragraph"]))
			_, frag, _ := strings.Cut(para, "#") // the IRI's fragment: a paragraph id
			c.Edges[i].Citations = append(c.Edges[i].Citations, Citation{
				IRI:       strip(str(r["id"])),
				Type:      localName(str(r["type"])),
				Paragraph: frag,
				Text:      str(r["text"]),
				Evidence:  str(r["evidence"]),
				Cited:     cited,
			})
		}
	}
	for i := range c.Edges {
		e := &c.Edges[i]
		sort.SliceStable(e.Citations, func(a, b int) bool {
			x, y := e.Citations[a], e.Citations[b]
			if x.Paragraph != y.Paragraph {
				return paragraphLess(x.Paragraph, y.Paragraph)
			}
			return x.IRI < y.IRI
		})
		e.Type = "cites"
		for _, ct := range e.Citations {
			if rank(ct.Type) < rank(e.Type) {
				e.Type = ct.Type
			}
		}
	}
	return known, nil
}

// paragraphLess orders pp before op, then by number: pp_2 < pp_10 < op_1.
func paragraphLess(a, b string) bool {
	ka, na := paragraphKey(a)
	kb, nb := paragraphKey(b)
	if ka != kb {
		return ka < kb
	}
	if na != nb {
		return na < nb
	}
	return a < b
}

func paragraphKey(p string) (string, int) {
	ref, _ := symbol.ParseParagraph(p)
	kind := ref.Kind
	if kind == symbol.Preambular {
		kind = "0pp" // preamble first
	}
	return kind, ref.Ordinal()
}

func str(v any) string {
	if v == nil {
		return ""
	}
	s := fmt.Sprint(v)
	// a typed literal: "value"^^<type>
	if strings.HasPrefix(s, `"`) {
		if i := strings.LastIndex(s, `"^^`); i > 0 {
			return s[1:i]
		}
	}
	return s
}

func strip(iri string) string {
	return strings.TrimSuffix(strings.TrimPrefix(iri, "<"), ">")
}

func localName(iri string) string {
	iri = strip(iri)
	if i := strings.LastIndexAny(iri, "#/"); i >= 0 {
		return iri[i+1:]
	}
	return iri
}

// kindOf picks the sckg class among a node's types: the first, sorted,
// that is not eli:LegalResource.
func kindOf(types any) string {
	list, _ := types.([]any)
	var names []string
	for _, t := range list {
		s := strip(fmt.Sprint(t))
		if s == ontology.ELILegalResource {
			continue
		}
		names = append(names, localName(s))
	}
	sort.Strings(names)
	if len(names) == 0 {
		return "UNDocument"
	}
	return names[0]
}

// yearOf is the year of a document: of its date, of its adoption, or as
// its symbol says (S/RES/2584(2021), S/PRST/2018/10, S/2020/476); 0 if
// none tells.
func yearOf(date, adopted, sym string) int {
	for _, d := range []string{date, adopted} {
		if len(d) >= 4 {
			if y, err := strconv.Atoi(d[:4]); err == nil {
				return y
			}
		}
	}
	y, _ := strconv.Atoi(symbol.Parse(sym).Year())
	return y
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
