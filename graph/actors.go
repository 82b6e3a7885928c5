package graph

import (
	"strconv"

	"github.com/knakk/rdf"
	"strings"

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
	actor := func(key string) rdf.IRI {
		if t, ok := b.actorIRIs[key]; ok {
			return t
		}
		b.describeActor(key, fresh)
		t := iri(b.m.ActorIRI(key))
		b.actorIRIs[key] = t
		return t
	}
	for _, m := range d.Mentions {
		b.add(b.paragraphIRI(m.Paragraph).String(), ontology.Mentions, actor(m.Actor))
	}
	for _, r := range d.Requests {
		node := b.m.Fragment(b.iri, r.Paragraph.ID+"-req-"+strconv.Itoa(r.Ordinal))
		b.add(node, ontology.RDFType, b.vocab(ontology.Request))
		b.add(node, ontology.InParagraph, b.paragraphIRI(r.Paragraph))
		b.add(node, ontology.OperativeVerb, plain(r.Lemma))
		b.add(node, ontology.VerbAsPrinted, lang(r.Verb, d.Language))
		for _, a := range r.Addressee {
			b.add(node, ontology.Addressee, (actor(a)))
		}
		if r.Action != "" {
			b.add(node, ontology.Action, lang(r.Action, d.Language))
		}
		if r.Deadline != "" {
			b.add(node, ontology.Deadline, typed(r.Deadline, ontology.XSDDate))
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
		node := b.m.Fragment(b.iri, f.Paragraph.ID+"-mandate-"+strconv.Itoa(i+1))
		b.add(node, ontology.InParagraph, b.paragraphIRI(f.Paragraph))
		b.add(node, ontology.PROVWasDerivedFrom, b.span(f.Span))
		switch f.Kind {
		case "extension":
			b.add(node, ontology.RDFType, b.vocab(ontology.MandateExtension))
			for _, a := range f.Actors {
				b.add(node, ontology.Mission, (actor(a)))
			}
			b.add(node, ontology.MandateUntil, typed(f.Until, ontology.XSDDate))
		case "ceiling":
			b.add(node, ontology.RDFType, b.vocab(ontology.PersonnelCeiling))
			for _, a := range f.Actors {
				b.add(node, ontology.Mission, (actor(a)))
			}
			if f.Military > 0 {
				b.add(node, ontology.MilitaryCeiling, nonNegative(f.Military))
			}
			if f.Police > 0 {
				b.add(node, ontology.PoliceCeiling, nonNegative(f.Police))
			}
		case "authorization":
			b.add(node, ontology.RDFType, b.vocab(ontology.Authorization))
			for _, a := range f.Actors {
				b.add(node, ontology.AuthorizedActor, (actor(a)))
			}
		}
	}
	perParagraph := map[string]int{}
	for _, r := range d.Relations {
		perParagraph[r.Paragraph.ID]++
		node := b.m.Fragment(b.iri, r.Paragraph.ID+"-rel-"+strconv.Itoa(perParagraph[r.Paragraph.ID]))
		from, to := actor(r.From), actor(r.To)
		b.add(node, ontology.RDFType, b.vocab(ontology.ActorRelation))
		b.add(node, ontology.RelationType, b.vocab(ontology.DEF+r.Kind))
		b.add(node, ontology.FromActor, from)
		b.add(node, ontology.ToActor, to)
		b.add(node, ontology.PROVWasDerivedFrom, b.span(r.Span))
		b.add(from.String(), ontology.DEF+r.Kind, to)
	}
	for _, c := range d.CoMentions {
		node := b.m.Fragment(b.iri, "comention-"+strings.ReplaceAll(c.A, "/", "-")+"-"+strings.ReplaceAll(c.B, "/", "-"))
		b.add(node, ontology.RDFType, b.vocab(ontology.CoMention))
		b.add(node, ontology.CoMentionedActor, (actor(c.A)))
		b.add(node, ontology.CoMentionedActor, (actor(c.B)))
		b.add(node, ontology.ParagraphCount, nonNegative(c.Count))
	}
}

// describeActor writes what the registry knows of an actor: its classes,
// names and ties to other actors; a new actor gets the name the text gave.
func (b *docBuilder) describeActor(key string, fresh map[string]extract.NewActor) {
	if code, ok := strings.CutPrefix(key, "state/"); ok {
		b.state(code)
		return
	}
	if na, ok := fresh[key]; ok {
		a := b.m.ActorIRI(key)
		b.add(a, ontology.RDFType, b.vocab(ontology.ActorClass))
		b.add(a, ontology.SKOSPrefLabel, lang(na.Name, b.doc.Language))
		b.add(a, ontology.SKOSNotation, plain(na.Acronym))
		b.add(a, ontology.DiscoveredIn, b.iriTerm)
		return
	}
	b.described(b.terms.actors, key, func() rdf.IRI { return b.describeRegistered(key) })
}

// describeRegistered writes what the registry knows of an actor that is
// not a state, and returns its IRI.
func (b *docBuilder) describeRegistered(key string) rdf.IRI {
	a := b.m.ActorIRI(key)
	ra, ok := b.registry.Actor(key)
	if !ok {
		return iri(a)
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
	return iri(a)
}

// described adds the statements that describe a registered actor or a
// member state, known by key in known, and returns its IRI. The registry and the
// states are the same for every document of a build, so describe, which
// adds them, runs once for a Mapper: the statements it made are kept and
// added again, in the document's graph, for the next documents. Their
// terms are shared, not made and checked again, which was much of the
// garbage mapping made (a vote names up to fifteen states, each with its
// names in six languages).
func (b *docBuilder) described(known map[string]description, key string, describe func() rdf.IRI) rdf.IRI {
	d, ok := known[key]
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
func (b *docBuilder) record(describe func() rdf.IRI) description {
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
