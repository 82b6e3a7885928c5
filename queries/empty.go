package queries

import (
	"context"
	"fmt"
	"strings"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/graph/store"
	"github.com/sckg/sckg/ontology"
)

// WhyEmpty says, for a query that answered nothing, what in the store
// explains it, in sentences a reader can act on; bound are the
// parameters as Resolve returned them. It says nothing where the empty
// answer is all there is to say.
//
// A document the store knows only as cited (a resolution the corpus
// cites but does not hold: it has no prov:wasDerivedFrom) cites nothing,
// has no paragraphs and no vote. A path that follows citations from the
// citing document to the cited one never leads to a later document.
func (q Query) WhyEmpty(ctx context.Context, st *store.Store, bound map[string]string, base string) ([]string, error) {
	var notes []string
	m := ontology.NewMinter(base)
	for _, p := range q.Params {
		node := bound[p.Name]
		if !p.Node || node == "" {
			continue
		}
		iri := strings.TrimSuffix(strings.TrimPrefix(node, "<"), ">")
		ref, ok := m.Read(iri)
		if !ok || ref.Fragment != "" {
			continue
		}
		read, err := derived(ctx, st, iri)
		if err != nil {
			return nil, err
		}
		if !read {
			notes = append(notes, fmt.Sprintf("%s is in the store only as cited by other documents: its own text was not among the files built", ref))
		}
	}
	if q.Name == "path" && bound["direction"] == "out" {
		why := ""
		if strings.Contains(bound["via"], ontology.ELICites) {
			why = " (a document cites earlier ones)"
		}
		notes = append(notes, fmt.Sprintf("no chain of at most %s links from %s to %s following each link from subject to object%s; --param direction=both follows links either way", bound["depth"], shown(base, bound["from"]), shown(base, bound["to"]), why))
	}
	return notes, nil
}

// derived tells whether the node was read from a source file: it has a
// prov:wasDerivedFrom.
func derived(ctx context.Context, st *store.Store, iri string) (bool, error) {
	found := false
	err := st.EachQuad(ctx, store.Subject, iri, func(q rdf.Quad) {
		if q.Pred.String() == ontology.PROVWasDerivedFrom {
			found = true
		}
	})
	return found, err
}
