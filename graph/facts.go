package graph

import (
	"strconv"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/extract"
	"github.com/sckg/sckg/ontology"
)

// facts writes what a document states about itself: dates, meeting,
// sponsors, languages, Chapter VII, signatory, the vote it reports and who
// spoke.
func (b *docBuilder) facts() {
	d := b.doc
	if d.Date != "" {
		b.add(b.docNode, ontology.ELIDateDocument, typed(d.Date, ontology.XSDDate))
	}
	if d.AdoptionDate != "" {
		b.add(b.docNode, ontology.AdoptionDate, typed(d.AdoptionDate, ontology.XSDDate))
	}
	if d.Meeting != "" {
		meeting := newNode(b.m.Meeting(d.Meeting))
		b.add(b.docNode, ontology.AdoptedAt, meeting.obj)
		b.add(meeting, ontology.RDFType, b.vocab(ontology.Meeting))
		b.add(meeting, ontology.MeetingNumber, plain(d.Meeting))
		b.add(meeting, ontology.RDFSLabel, lang(d.Meeting+extract.OrdinalSuffix(d.Meeting)+" meeting of the Security Council", "en"))
	}
	if d.OriginalLanguage != "" {
		b.add(b.docNode, ontology.OriginalLanguage, typed(d.OriginalLanguage, ontology.XSDLanguage))
	}
	if d.DistributionCode != "" {
		b.add(b.docNode, ontology.DistributionCode, plain(d.DistributionCode))
	}
	if d.ActingUnder != "" {
		b.add(b.docNode, ontology.ActsUnder, lang(d.ActingUnder+" of the Charter of the United Nations", "en"))
	}
	for _, a := range d.Sponsors {
		if a.State != "" {
			b.add(b.docNode, ontology.Sponsor, b.state(a.State))
		}
	}
	if d.AgendaItem != "" {
		b.add(b.docNode, ontology.AgendaItem, lang(d.AgendaItem, d.Language))
	}
	if d.Signatory != "" {
		b.add(b.docNode, ontology.Signatory, lang(d.Signatory, d.Language))
		if d.SignatoryRole != "" {
			b.add(b.docNode, ontology.SignatoryRole, lang(d.SignatoryRole, d.Language))
		}
	}
	if d.MeetingStart != "" {
		b.add(b.docNode, ontology.MeetingStart, typed(d.MeetingStart+":00", ontology.XSDTime))
		b.add(b.docNode, ontology.MeetingEnd, typed(d.MeetingEnd+":00", ontology.XSDTime))
	}
	for i, sp := range d.Speakers {
		node := b.fragment("speaker_" + strconv.Itoa(i+1))
		b.add(b.docNode, ontology.Speaker, node.obj)
		b.add(node, ontology.RDFType, b.vocab(ontology.Statement))
		b.add(node, ontology.SpeakerName, plain(sp.Name))
		b.add(node, ontology.OnBehalfOf, b.state(sp.State.State))
		b.add(node, ontology.PROVWasDerivedFrom, b.span(sp.Span))
	}
	if d.Vote != nil {
		b.vote(d.Vote)
		if d.Kind == extract.KindPressRelease && d.Vote.Result != "" {
			b.add(b.docNode, ontology.ReportsOn, iri(b.m.Document(d.Vote.Result)))
		}
	}
}

func (b *docBuilder) vote(v *extract.Vote) {
	key := v.Draft
	if key == "" {
		key = v.Result
	}
	if key == "" {
		return
	}
	node := newNode(b.m.Vote(key))
	b.add(node, ontology.RDFType, b.vocab(ontology.Vote))
	b.add(node, ontology.ReportedIn, b.docNode.obj)
	b.add(node, ontology.PROVWasDerivedFrom, b.span(v.Span))
	if v.Draft != "" {
		b.add(node, ontology.OnDraft, iri(b.m.Document(v.Draft)))
	}
	if v.Result != "" {
		b.add(node, ontology.VoteResult, iri(b.m.Document(v.Result)))
	}
	if v.Draft != "" && v.Result != "" {
		// The draft became the resolution: FRBR's transformation of a work.
		b.add(newNode(b.m.Document(v.Draft)), ontology.FRBRTransformation, iri(b.m.Document(v.Result)))
	}
	if v.Date != "" {
		b.add(node, ontology.VoteDate, typed(v.Date, ontology.XSDDate))
	}
	if v.Unanimous {
		b.add(node, ontology.Unanimous, trueLiteral)
	}
	if v.WithoutVote {
		b.add(node, ontology.WithoutVote, trueLiteral)
	}
	if v.Consensus {
		b.add(node, ontology.ByConsensus, trueLiteral)
	}
	for _, a := range v.NotParticipating {
		if a.State != "" {
			b.add(node, ontology.NotParticipating, b.state(a.State))
		}
	}
	for _, a := range v.Absent {
		if a.State != "" {
			b.add(node, ontology.Absent, b.state(a.State))
		}
	}
	if !v.Listed && !v.Counted {
		return
	}
	for _, side := range []struct {
		pred, countPred string
		actors          []extract.Actor
		count           int
		side            extract.VoteSides
	}{
		{ontology.InFavour, ontology.InFavourCount, v.InFavour, v.InFavourCount, extract.InFavourSide},
		{ontology.Against, ontology.AgainstCount, v.Against, v.AgainstCount, extract.AgainstSide},
		{ontology.Abstaining, ontology.AbstainingCount, v.Abstaining, v.AbstainingCount, extract.AbstainingSide},
	} {
		// A count the line printed past reading is no count of 0.
		if (v.Counted || v.Listed && side.count > 0 || v.Listed && !v.Counted) && !v.CountUnread(side.side) {
			b.add(node, side.countPred, nonNegative(side.count))
		}
		for _, a := range side.actors {
			if a.State != "" {
				b.add(node, side.pred, b.state(a.State))
			}
		}
	}
}

// state describes a member state in this graph and returns its IRI.
func (b *docBuilder) state(alpha3 string) rdf.Object {
	return b.described(b.terms.states, alpha3, func() rdf.Object { return b.describeState(alpha3) })
}

func (b *docBuilder) describeState(alpha3 string) rdf.Object {
	s := newNode(b.m.StateIRI(alpha3))
	st, ok := ontology.StateByAlpha3(alpha3)
	if !ok {
		return s.obj
	}
	b.add(s, ontology.RDFType, b.vocab(ontology.MemberState))
	b.add(s, ontology.SKOSNotation, plain(alpha3))
	for _, l := range st.Languages() {
		b.add(s, ontology.SKOSPrefLabel, lang(st.Pref[l], l))
		for _, alt := range st.Alt[l] {
			b.add(s, ontology.SKOSAltLabel, lang(alt, l))
		}
	}
	if st.SeatOf != "" {
		// The seat's holder today is described too, so that the link
		// leads to a named state.
		b.add(s, ontology.HeldSeatOf, b.state(st.SeatOf))
	}
	return s.obj
}
