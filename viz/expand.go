package viz

import (
	"context"
	"fmt"
	"sort"

	"github.com/sckg/sckg/graph/store"
	"github.com/sckg/sckg/ontology"
)

// Expand adds to the chain, for each document named (by symbol or IRI),
// the documents it cites (or that cite it, in a cited-by chain) and the
// citations between them: what a reader asks for when a chain drawn one
// or two steps deep leaves a document's own sources out. Each document
// must already be in the chain. The same chain expanded by the same names,
// in the same order, gives the same chain.
func (c *Chain) Expand(ctx context.Context, st *store.Store, names []string, base string) error {
	for _, name := range names {
		step, err := Load(ctx, st, name, Options{Depth: 1, Direction: c.Direction, Base: base})
		if err != nil {
			return err
		}
		from, ok := c.NodeIndex()[step.Root]
		if !ok {
			return fmt.Errorf("%s is not in the chain of %s, so it cannot be expanded", name, c.Nodes[0].Symbol)
		}
		c.merge(step, c.Nodes[from].Depth)
		c.Expanded = append(c.Expanded, c.Nodes[from].Symbol)
	}
	if len(names) == 0 {
		return nil
	}
	// A document drawn at the chain's last step may cite one an expansion
	// brought in; no step's query answers that citation, so ask for the
	// citations among all the documents drawn.
	all := make([]string, len(c.Nodes))
	for i, n := range c.Nodes {
		all[i] = "<" + n.IRI + ">"
	}
	sort.Strings(all)
	_, err := c.addDetails(ctx, st, ontology.NewMinter(base), []string{}, all, true)
	return err
}

// merge adds the nodes and edges of step that c lacks, after c's own, in
// step's order; a new node's depth counts from c's root through step's
// root, which is depth deep in c.
func (c *Chain) merge(step *Chain, depth int) {
	have := c.NodeIndex()
	for _, n := range step.Nodes {
		if _, ok := have[n.IRI]; ok {
			continue
		}
		n.Depth += depth
		have[n.IRI] = len(c.Nodes)
		c.Nodes = append(c.Nodes, n)
	}
	edges := map[[2]string]bool{}
	for _, e := range c.Edges {
		edges[[2]string{e.Source, e.Target}] = true
	}
	var added []Edge
	for _, e := range step.Edges {
		if !edges[[2]string{e.Source, e.Target}] {
			edges[[2]string{e.Source, e.Target}] = true
			added = append(added, e)
		}
	}
	sort.SliceStable(added, func(a, b int) bool {
		if added[a].Source != added[b].Source {
			return added[a].Source < added[b].Source
		}
		return added[a].Target < added[b].Target
	})
	c.Edges = append(c.Edges, added...)
}
