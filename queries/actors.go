package queries

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/graph/store"
	"github.com/sckg/sckg/ontology"
)

// The names an actor is known by in the graph: those of the actor
// registry, in every language it has.
var actorNames = []string{
	ontology.SKOS + "prefLabel",
	ontology.SKOS + "altLabel",
	ontology.SKOS + "notation",
	ontology.RDFS + "label",
}

// actorClasses are the classes whose members are actors: the actors of
// the registry and those the texts name, and the states, which the
// graph types sckg:MemberState alone.
var actorClasses = []string{ontology.ActorClass, ontology.MemberState}

// governmentOf opens the name of a state's government as the texts
// print it ("the Government of Israel"), which names the state where no
// actor bears that name itself.
const governmentOf = "government of "

// ActorIRI finds the actor a user names and returns its IRI in angle
// brackets: an IRI is taken as it is; otherwise the actor (an IRI under
// base's "actor/") one of whose names (any language) or whose IRI's last
// part ("minusma", "FRA", or as tables print it, "actor/state/FRA") is
// name, ignoring case, spacing and a leading "the"; failing that, for "the
// Government of X", the actor named X. It fails if no actor or more than
// one has that name.
func ActorIRI(ctx context.Context, st *store.Store, base, name string) (string, error) {
	iri, err := actorIRI(ctx, st, base, name)
	if err != nil {
		if rest, ok := strings.CutPrefix(foldName(name), governmentOf); ok && rest != "" {
			if state, err2 := actorIRI(ctx, st, base, rest); err2 == nil {
				return state, nil
			}
		}
	}
	return iri, err
}

func actorIRI(ctx context.Context, st *store.Store, base, name string) (string, error) {
	name = strings.TrimSpace(name)
	switch {
	case name == "":
		return "", nil
	case strings.HasPrefix(name, "<") && strings.HasSuffix(name, ">"):
		return name, nil
	case strings.Contains(name, "://"):
		return "<" + name + ">", nil
	}
	prefix := ontology.NewMinter(base).Base + "actor/"
	want := foldName(name)
	names := map[string]bool{}
	for _, p := range actorNames {
		names[p] = true
	}
	// The actors and their names: from the type, through the object index,
	// then each actor's own quads, through the subject index. Asking for
	// every quad of a name predicate instead would read the whole store on
	// the key-value backends, which index no predicate alone.
	found := map[string]bool{}
	var actors []string
	for _, class := range actorClasses {
		members, err := subjects(ctx, st, ontology.RDFType, class)
		if err != nil {
			return "", err
		}
		actors = append(actors, members...)
	}
	for _, a := range actors {
		if !strings.HasPrefix(a, prefix) {
			continue
		}
		err := st.EachQuad(ctx, store.Subject, a, func(q rdf.Quad) {
			if names[q.Pred.String()] && foldName(text(q.Obj)) == want {
				found[a] = true
			}
		})
		if err != nil {
			return "", err
		}
	}
	// the IRI's last part: actor/minusma, actor/state/FRA, as typed or
	// as tables print it (actor/state/FRA, state/FRA)
	last := strings.TrimPrefix(strings.TrimPrefix(name, "actor/"), "state/")
	for _, iri := range []string{prefix + strings.ToLower(last), prefix + "state/" + strings.ToUpper(last)} {
		ok, err := holds(ctx, st, "<"+iri+">")
		if err != nil {
			return "", err
		}
		if ok {
			found[iri] = true
		}
	}
	switch len(found) {
	case 0:
		return "", fmt.Errorf("no actor called %q in the store; give another of its names, or its IRI", name)
	case 1:
		for iri := range found {
			return "<" + iri + ">", nil
		}
	}
	var all []string
	for iri := range found {
		all = append(all, strings.TrimPrefix(iri, prefix))
	}
	sort.Strings(all)
	return "", fmt.Errorf("%q names %d actors (%s); give the IRI of the one you mean", name, len(all), strings.Join(all, ", "))
}

// text is the text of a literal, whatever its language or type.
func text(o rdf.Object) string {
	if l, ok := o.(rdf.Literal); ok {
		return l.String()
	}
	return ""
}

// foldName makes names that differ only in case, spacing or a leading
// "the" equal.
func foldName(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.TrimPrefix(s, "the ")
}

// subjects are the IRIs with the given object over pred.
func subjects(ctx context.Context, st *store.Store, pred, obj string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	err := st.EachQuad(ctx, store.Object, obj, func(q rdf.Quad) {
		s, ok := q.Subj.(rdf.IRI)
		if ok && q.Pred.String() == pred && !seen[s.String()] {
			seen[s.String()] = true
			out = append(out, s.String())
		}
	})
	sort.Strings(out)
	return out, err
}
