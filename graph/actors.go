package graph

import (
	"strconv"
	"strings"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/extract"
	"github.com/sckg/sckg/ontology"
)

// actors writes the actors a document names, the requests it addresses to
// them, its mandate facts and the relations it states between them.
func (b *docBuilder) actors() {
	d := b.doc
	fresh := map[string]extract.NewActor{}
	for _, na := range d.NewActors {
		fresh[na.Key] = na
	}
	actor := func(key string) node {
		if n, ok := b.actorIRIs[key]; ok {
			return n
		}
		b.describeActor(key, fresh)
		n := newNode(b.m.ActorIRI(key))
		b.actorIRIs[key] = n
		return n
	}
	for _, m := range d.Mentions {
		b.add(b.paragraphNode(m.Paragraph), ontology.Mentions, actor(m.Actor).obj)
	}
	for _, r := range d.Requests {
		node := b.fragment(r.Paragraph.ID + "-req-" + strconv.Itoa(r.Ordinal))
		b.add(node, ontology.RDFType, b.vocab(ontology.Request))
		b.add(node, ontology.InParagraph, b.paragraphNode(r.Paragraph).obj)
		b.add(node, ontology.OperativeVerb, plain(r.Lemma))
		b.add(node, ontology.VerbAsPrinted, lang(r.Verb, d.Language))
		for _, a := range r.Addressee {
			b.add(node, ontology.Addressee, actor(a).obj)
		}
		if r.Action != "" {
			b.add(node, ontology.Action, lang(r.Action, d.Language))
		}
		if r.Deadline != "" {
			b.add(node, ontology.Deadline, typed(r.Deadline, ontology.XSDDate))
		}
		switch len(r.DeadlinePeriod) {
		case len("1992-07"):
			b.add(node, ontology.DeadlineMonth, typed(r.DeadlinePeriod, ontology.XSDGYearMonth))
		case len("1993"):
			b.add(node, ontology.DeadlineYear, typed(r.DeadlinePeriod, ontology.XSDGYear))
		}
		if r.DeadlineDuration != "" {
			b.add(node, ontology.DeadlineDuration, typed(r.DeadlineDuration, ontology.XSDDuration))
		}
		if r.Interval != "" {
			b.add(node, ontology.Interval, typed(r.Interval, ontology.XSDDuration))
		}
		for _, c := range r.RefersTo {
			b.add(node, ontology.RefersTo, iri(b.m.Fragment(b.m.Document(c.Target), c.TargetParagraph)))
		}
		b.add(node, ontology.PROVWasDerivedFrom, b.span(r.Span))
	}
	for i, f := range d.Mandate {
		node := b.fragment(f.Paragraph.ID + "-mandate-" + strconv.Itoa(i+1))
		b.add(node, ontology.InParagraph, b.paragraphNode(f.Paragraph).obj)
		b.add(node, ontology.PROVWasDerivedFrom, b.span(f.Span))
		who := ontology.Mission
		if f.Kind == "authorization" {
			who = ontology.AuthorizedActor
		}
		b.add(node, ontology.RDFType, b.vocab(mandateClasses[f.Kind]))
		for _, a := range f.Actors {
			b.add(node, who, actor(a).obj)
		}
		// Each kind has its own of these, the others' left zero.
		if f.Until != "" && f.UntilFrom != "" {
			// Computed from the end another paragraph prints: said so.
			b.add(node, ontology.MandateUntilDerived, typed(f.Until, ontology.XSDDate))
			b.add(node, ontology.MandateUntilFrom, iri(b.m.Fragment(b.m.Document(f.UntilFrom), f.UntilFromParagraph)))
		} else if f.Until != "" {
			b.add(node, ontology.MandateUntil, typed(f.Until, ontology.XSDDate))
		}
		if f.Period != "" {
			b.add(node, ontology.MandatePeriod, typed(f.Period, ontology.XSDDuration))
		}
		if f.Military > 0 {
			b.add(node, ontology.MilitaryCeiling, nonNegative(f.Military))
		}
		if f.Police > 0 {
			b.add(node, ontology.PoliceCeiling, nonNegative(f.Police))
		}
	}
	perParagraph := map[string]int{}
	for _, r := range d.Relations {
		perParagraph[r.Paragraph.ID]++
		node := b.fragment(r.Paragraph.ID + "-rel-" + strconv.Itoa(perParagraph[r.Paragraph.ID]))
		from, to := actor(r.From), actor(r.To)
		b.add(node, ontology.RDFType, b.vocab(ontology.ActorRelation))
		b.add(node, ontology.RelationType, b.vocab(ontology.DEF+r.Kind))
		b.add(node, ontology.FromActor, from.obj)
		b.add(node, ontology.ToActor, to.obj)
		b.add(node, ontology.PROVWasDerivedFrom, b.span(r.Span))
		b.add(from, ontology.DEF+r.Kind, to.obj)
	}
	for _, c := range d.CoMentions {
		node := b.fragment(coMentionID(c.A, c.B))
		b.add(node, ontology.RDFType, b.vocab(ontology.CoMention))
		b.add(node, ontology.CoMentionedActor, actor(c.A).obj)
		b.add(node, ontology.CoMentionedActor, actor(c.B).obj)
		b.add(node, ontology.ParagraphCount, nonNegative(c.Count))
	}
}

// mandateClasses are the classes of the kinds of extract.MandateFact.
var mandateClasses = map[string]string{
	"extension":     ontology.MandateExtension,
	"establishment": ontology.MissionEstablishment,
	"ceiling":       ontology.PersonnelCeiling,
	"authorization": ontology.Authorization,
}

// describeActor writes what the registry knows of an actor: its classes,
// names and ties to other actors; a new actor gets the name the text gave.
func (b *docBuilder) describeActor(key string, fresh map[string]extract.NewActor) {
	if code, ok := strings.CutPrefix(key, "state/"); ok {
		b.state(code)
		return
	}
	if na, ok := fresh[key]; ok {
		a := newNode(b.m.ActorIRI(key))
		b.add(a, ontology.RDFType, b.vocab(ontology.ActorClass))
		b.add(a, ontology.SKOSPrefLabel, lang(na.Name, b.doc.Language))
		b.add(a, ontology.SKOSNotation, plain(na.Acronym))
		b.add(a, ontology.DiscoveredIn, b.docNode.obj)
		return
	}
	b.described(b.terms.actors, key, func() rdf.Object { return b.describeRegistered(key) })
}

// describeRegistered writes what the registry knows of an actor that is
// not a state, and returns its IRI.
func (b *docBuilder) describeRegistered(key string) rdf.Object {
	a := newNode(b.m.ActorIRI(key))
	ra, ok := b.registry.Actor(key)
	if !ok {
		return a.obj
	}
	for _, c := range ra.Classes {
		b.add(a, ontology.RDFType, iri(c))
	}
	for l, name := range ra.Pref {
		b.add(a, ontology.SKOSPrefLabel, lang(name, l))
	}
	for l, names := range ra.Alt {
		for _, name := range names {
			b.add(a, ontology.SKOSAltLabel, lang(name, l))
		}
	}
	if ra.Notation != "" {
		b.add(a, ontology.SKOSNotation, plain(ra.Notation))
	}
	for _, p := range ra.SubOrgOf {
		b.add(a, ontology.ORGSubOrganizationOf, iri(b.m.ActorIRI(p)))
	}
	for _, p := range ra.LinkedTo {
		b.add(a, ontology.ORGLinkedTo, iri(b.m.ActorIRI(p)))
	}
	if ra.EstablishedBy != "" {
		b.add(a, ontology.EstablishedBy, iri(b.m.Document(ra.EstablishedBy)))
	}
	return a.obj
}

// described adds the statements that describe a registered actor or a
// member state, known by key in known, and returns its IRI. The registry and the
// states are the same for every document of a build, so describe, which
// adds them, runs once for a Mapper: the statements it made are kept and
// added again, in the document's graph, for the next documents. Their
// terms are shared, not made and checked again, which was much of the
// garbage mapping made (a vote names up to fifteen states, each with its
// names in six languages). With the graphs merged, they are added the
// first time only (Builder.GraphsMerged): whatever is known has been
// added, to the document's quads or to a description that holds it and
// is added in turn.
func (b *docBuilder) described(known map[string]description, key string, describe func() rdf.Object) rdf.Object {
	d, ok := known[key]
	if ok && b.graphsMerged {
		return d.iri
	}
	if !ok {
		d = b.record(describe)
		known[key] = d
	}
	for _, t := range d.triples {
		b.addTriple(t)
	}
	return d.iri
}

// record runs describe with the statements it adds set aside, not added,
// and returns them.
func (b *docBuilder) record(describe func() rdf.Object) description {
	quads, emit := b.quads, b.emit
	b.quads, b.emit = nil, nil
	d := description{iri: describe()}
	d.triples = make([]rdf.Triple, len(b.quads))
	for i, q := range b.quads {
		d.triples[i] = q.Triple
	}
	b.quads, b.emit = quads, emit
	return d
}

// coMentionID is the id of the node of two actors' co-mention: their
// keys, each "/" made "-", in one string.
func coMentionID(a, b string) string {
	id := make([]byte, 0, len("comention-")+len(a)+1+len(b))
	id = appendSlashesAsDashes(append(id, "comention-"...), a)
	id = appendSlashesAsDashes(append(id, '-'), b)
	return string(id)
}

func appendSlashesAsDashes(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '/' {
			c = '-'
		}
		dst = append(dst, c)
	}
	return dst
}
