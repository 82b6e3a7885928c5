package ontology

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/knakk/rdf"
)

// The actor registry is RDF data (actors.ttl), so that users extend it
// with files of the same shape rather than with code. What the shipped
// file says is also compiled in, as a table (actors_table.go) that
// TestShippedActorsAreActorsTTL holds to the file: every command that
// names actors started by decoding 108 KB of Turtle, 16-24 ms.

//go:generate go test -run TestShippedActorsAreActorsTTL -update

// IsPeaceOperationOrForce tells the actors a mandate belongs to and a
// resolution is about: peace operations (UNFICYP, MINUSMA) and forces
// (FC-G5S, Task Force Takuba).
func (a *RegisteredActor) IsPeaceOperationOrForce() bool {
	return slices.Contains(a.Classes, peaceOperationClass) || slices.Contains(a.Classes, forceClass)
}

// IsCollective reports whether the actor is a collective (sckg:Collective):
// "all States", "the parties", whose labels name an addressee of a
// request only, not a mention wherever they are printed.
func (a *RegisteredActor) IsCollective() bool {
	return slices.Contains(a.Classes, collectiveClass)
}

// IsPost reports whether the actor is a post (org:Post): the
// Secretary-General, a Special Representative, a mediator, whom a text
// calls "he" or "she".
func (a *RegisteredActor) IsPost() bool {
	return slices.Contains(a.Classes, postClass)
}

var (
	postClass           = "http://www.w3.org/ns/org#Post"
	collectiveClass     = DEF + "Collective"
	peaceOperationClass = DEF + "PeaceOperation"
	forceClass          = DEF + "Force"
)

// RegisteredActor is one actor of the registry.
type RegisteredActor struct {
	// Key is the actor's IRI below the actor/ base: "minusma", "state/FRA".
	Key      string
	Classes  []string
	Pref     map[string]string   // language -> preferred label
	Alt      map[string][]string // language -> other labels
	Notation string
	SubOrgOf []string // keys
	LinkedTo []string // keys
	// EstablishedBy is the symbol of the resolution that set the actor
	// up ("S/RES/743(1992)"), where the registry knows it.
	EstablishedBy string
}

// Labels lists every name the actor goes by, notation included.
func (a *RegisteredActor) Labels() []string { return a.AppendLabels(nil) }

// AppendLabels appends the actor's labels, as Labels lists them, to out:
// the preferred labels and then the others, each by language, and the
// notation.
func (a *RegisteredActor) AppendLabels(out []string) []string {
	var room [8]string // an actor has a label in each of six languages at most
	for _, l := range appendSortedKeys(room[:0], a.Pref) {
		out = append(out, a.Pref[l])
	}
	for _, l := range appendSortedKeys(room[:0], a.Alt) {
		out = append(out, a.Alt[l]...)
	}
	if a.Notation != "" {
		out = append(out, a.Notation)
	}
	return out
}

// Registry is the set of actors sckg knows by name: the shipped registry,
// a user's additions, and the member states.
type Registry struct {
	actors map[string]*RegisteredActor
}

// ActorBase is where actor IRIs are minted: Base + "actor/".
const ActorBase = Base + "actor/"

// LoadRegistry reads the shipped registry and then each extra Turtle file;
// an extra entry with a known IRI adds to that actor.
func LoadRegistry(extra map[string]io.Reader) (*Registry, error) {
	statesOnce.Do(loadStates)
	r := &Registry{actors: make(map[string]*RegisteredActor, len(shippedActors)+len(states))}
	addShippedActors(r.actors)
	names := make([]string, 0, len(extra))
	for n := range extra {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if err := r.read(n, extra[n]); err != nil {
			return nil, err
		}
	}
	for code, st := range states {
		key := "state/" + code
		if _, ok := r.actors[key]; ok {
			continue
		}
		r.actors[key] = &RegisteredActor{Key: key, Classes: []string{MemberState}, Pref: st.Pref, Alt: st.Alt, Notation: code}
	}
	return r, nil
}

var (
	defaultOnce     sync.Once
	defaultRegistry *Registry
)

// DefaultRegistry is the shipped registry with the member states.
func DefaultRegistry() *Registry {
	defaultOnce.Do(func() {
		r, err := LoadRegistry(nil)
		if err != nil {
			panic("ontology: the built-in actors.ttl does not load: " + err.Error())
		}
		defaultRegistry = r
	})
	return defaultRegistry
}

// shippedActor is an actor of actors.ttl, as the table holds it: the
// labels by language are lists, which the compiler lays out in the binary,
// where maps would be made as the program starts.
type shippedActor struct {
	key, notation, establishedBy string
	classes, subOrgOf, linkedTo  []string
	pref                         []langLabel
	alt                          []langLabels
}

type langLabel struct{ lang, label string }

type langLabels struct {
	lang   string
	labels []string
}

// addShippedActors adds the actors of actors.ttl to actors, each made
// anew: a user's file may add to them.
func addShippedActors(actors map[string]*RegisteredActor) {
	for i := range shippedActors {
		s := &shippedActors[i]
		a := &RegisteredActor{
			Key: s.key, Notation: s.notation, EstablishedBy: s.establishedBy,
			// Clipped, so that a user's file appends to a copy.
			Classes: slices.Clip(s.classes), SubOrgOf: slices.Clip(s.subOrgOf), LinkedTo: slices.Clip(s.linkedTo),
			Pref: make(map[string]string, len(s.pref)),
			Alt:  make(map[string][]string, len(s.alt)),
		}
		for _, p := range s.pref {
			a.Pref[p.lang] = p.label
		}
		for _, l := range s.alt {
			a.Alt[l.lang] = slices.Clip(l.labels)
		}
		actors[s.key] = a
	}
}

func (r *Registry) read(name string, in io.Reader) error {
	triples, err := rdf.NewTripleDecoder(in, rdf.Turtle).DecodeAll()
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	for _, t := range triples {
		subj := t.Subj.String()
		key, ok := strings.CutPrefix(subj, ActorBase)
		if !ok {
			return fmt.Errorf("%s: %s is not an actor IRI (they start with %s)", name, subj, ActorBase)
		}
		a := r.actors[key]
		if a == nil {
			a = &RegisteredActor{Key: key, Pref: map[string]string{}, Alt: map[string][]string{}}
			r.actors[key] = a
		}
		obj := t.Obj.String()
		lang := ""
		if l, ok := t.Obj.(rdf.Literal); ok {
			lang = l.Lang()
		}
		switch t.Pred.String() {
		case RDFType:
			a.Classes = append(a.Classes, obj)
		case SKOSPrefLabel:
			a.Pref[langOr(lang)] = obj
		case SKOSAltLabel:
			a.Alt[langOr(lang)] = append(a.Alt[langOr(lang)], obj)
		case SKOSNotation:
			a.Notation = obj
		case ORG + "subOrganizationOf":
			a.SubOrgOf = append(a.SubOrgOf, strings.TrimPrefix(obj, ActorBase))
		case ORG + "linkedTo":
			a.LinkedTo = append(a.LinkedTo, strings.TrimPrefix(obj, ActorBase))
		case EstablishedBy:
			// Kept as a symbol, so that a graph under another base points
			// at its own IRI of the resolution.
			ref, ok := NewMinter(Base).Read(obj)
			if !ok {
				return fmt.Errorf("%s: %s: sckg:establishedBy %s is not a document IRI (they start with %sdoc/)", name, subj, obj, Base)
			}
			a.EstablishedBy = ref.String()
		}
	}
	return nil
}

func langOr(l string) string {
	if l == "" {
		return "en"
	}
	return l
}

// Actor returns the actor with the key.
func (r *Registry) Actor(key string) (*RegisteredActor, bool) {
	a, ok := r.actors[key]
	return a, ok
}

// Actors lists the registry, sorted by key.
func (r *Registry) Actors() []*RegisteredActor {
	out := make([]*RegisteredActor, 0, len(r.actors))
	for _, a := range r.actors {
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

// ActorIRI is the IRI of an actor by its key.
func (m Minter) ActorIRI(key string) string { return m.Base + "actor/" + key }

func sortedKeys[V any](m map[string]V) []string {
	return appendSortedKeys(make([]string, 0, len(m)), m)
}

// appendSortedKeys appends the keys of m, sorted, to out.
func appendSortedKeys[V any](out []string, m map[string]V) []string {
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
