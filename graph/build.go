// Package graph maps the model that package extract makes to RDF quads:
// documents, paragraphs, citations, actors, requests, votes and mandate
// facts, one named graph per document, with the IRIs package ontology
// mints. Writing the quads as files is package graph/rdfio's job, keeping
// them in a store package graph/store's.
package graph

import (
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/extract"
	"github.com/sckg/sckg/ontology"
	"github.com/sckg/sckg/ontology/symbol"
)

// Builder maps extracted sources to quads.
type Builder struct {
	// Minter mints the IRIs (ontology.NewMinter).
	Minter ontology.Minter
	// Registry describes the actors: the registry extraction used
	// (extract.Extractor.Registry), so that actors are described as it
	// knows them; the default registry when nil.
	Registry *ontology.Registry
}

// Build turns extracted sources into quads: one named graph per document,
// holding everything learned from it. The result is sorted, so the same
// sources always give the same quads in the same order.
func (g Builder) Build(sources []*extract.Source) []rdf.Quad {
	var out []rdf.Quad
	m := g.Mapper()
	for _, src := range sources {
		for _, d := range src.Documents {
			b := m.docBuilder(src, d)
			b.build()
			out = append(out, b.quads...)
			m.release(b)
		}
	}
	return sortQuads(out)
}

// chunkQuads is how many statements Each holds before it hands them on.
const chunkQuads = 1 << 16

// Each maps one source to quads and hands them to emit in chunks, in no
// particular order, as they are made: a document of a million citations
// is never held whole as quads (issue 16). The chunks of one document end
// before the next document's begin. Whoever needs an order sorts, as the
// graph file's writer does. emit must not keep the slice it is handed:
// the next chunk reuses it.
func (g Builder) Each(src *extract.Source, emit func([]rdf.Quad) error) error {
	return g.Mapper().Each(src, emit)
}

// A Mapper maps sources one after another, as Builder.Each does, and
// keeps from source to source what does not change between them: the
// vocabulary's terms, the descriptions of registered actors and states,
// and the slice that holds a document's quads. Making them again for
// each file was most of a build's mapping garbage. A Mapper is for one
// goroutine at a time.
type Mapper struct {
	builder  Builder
	registry *ontology.Registry
	terms    *terms
	quads    []rdf.Quad
	// paragraphs and actors are one document's, emptied for the next.
	paragraphs map[*extract.Paragraph]rdf.IRI
	actorIRIs  map[string]rdf.IRI
}

// Mapper returns a Mapper of g's.
func (g Builder) Mapper() *Mapper {
	r := g.Registry
	if r == nil {
		r = ontology.DefaultRegistry()
	}
	return &Mapper{
		builder: g, registry: r, terms: newTerms(),
		paragraphs: map[*extract.Paragraph]rdf.IRI{}, actorIRIs: map[string]rdf.IRI{},
	}
}

// Each is Builder.Each.
func (m *Mapper) Each(src *extract.Source, emit func([]rdf.Quad) error) error {
	for _, d := range src.Documents {
		b := m.docBuilder(src, d)
		b.emit = emit
		b.build()
		if b.err == nil && len(b.quads) > 0 {
			b.err = emit(b.quads)
		}
		m.release(b)
		if b.err != nil {
			return b.err
		}
	}
	return nil
}

func (m *Mapper) docBuilder(src *extract.Source, d *extract.Document) *docBuilder {
	return &docBuilder{
		m: m.builder.Minter, src: src, doc: d, registry: m.registry, terms: m.terms,
		quads: m.quads[:0], paragraphs: m.paragraphs, actorIRIs: m.actorIRIs,
	}
}

// release takes back b's slice and maps for the next document. The
// slice is cleared so that it does not keep the last file's text alive.
func (m *Mapper) release(b *docBuilder) {
	clear(b.quads)
	m.quads = b.quads[:0]
	clear(m.paragraphs)
	clear(m.actorIRIs)
}

// sortQuads orders quads by graph, subject, predicate and object, each
// quad's key written once: serialising inside the comparison cost a
// document of many statements most of its build time.
func sortQuads(quads []rdf.Quad) []rdf.Quad {
	keys := make([]string, len(quads))
	order := make([]int, len(quads))
	for i, q := range quads {
		keys[i], order[i] = quadKey(q), i
	}
	sort.Slice(order, func(a, b int) bool { return keys[order[a]] < keys[order[b]] })
	sorted := make([]rdf.Quad, len(quads))
	for i, k := range order {
		sorted[i] = quads[k]
	}
	return sorted
}

// DocumentIRI is the IRI minted for an extracted document.
func DocumentIRI(m ontology.Minter, d *extract.Document) string {
	if d.Symbol != "" {
		return m.Document(d.Symbol)
	}
	return m.UnsymbolledDocument(d.TextHash)
}

var kindClass = map[extract.Kind]string{
	extract.KindResolution:            ontology.Resolution,
	extract.KindDraftResolution:       ontology.DraftResolution,
	extract.KindLetter:                ontology.Letter,
	extract.KindPresidentialStatement: ontology.PresidentialStatement,
	extract.KindReport:                ontology.Report,
	extract.KindPressRelease:          ontology.PressRelease,
	extract.KindMeetingRecord:         ontology.MeetingRecord,
	extract.KindUnknown:               ontology.UNDocument,
}

// symbolClass is the class of a cited document, as far as its symbol
// tells: a document known only from a citation has no kind of its own.
var symbolClass = map[symbol.Kind]string{
	symbol.KindResolution:            ontology.Resolution,
	symbol.KindAssemblyResolution:    ontology.Resolution,
	symbol.KindPresidentialStatement: ontology.PresidentialStatement,
	symbol.KindMeetingRecord:         ontology.MeetingRecord,
	symbol.KindDocument:              ontology.UNDocument,
	symbol.KindOther:                 ontology.UNDocument,
}

var paragraphClass = map[extract.ParagraphKind]string{
	extract.Preambular: ontology.PreambularParagraph,
	extract.Operative:  ontology.OperativeParagraph,
	extract.Running:    ontology.TextParagraph,
	extract.Sub:        ontology.SubParagraph,
}

type docBuilder struct {
	registry *ontology.Registry
	m        ontology.Minter
	src      *extract.Source
	doc      *extract.Document
	iri      string
	iriTerm  rdf.IRI // iri's term, an object of many statements
	graph    rdf.Context
	source   string
	// sourceTerm is source's term, the object of every span's statement:
	// kept here, not in terms, which would keep every file's.
	sourceTerm rdf.Object
	quads      []rdf.Quad
	// emit, when set, takes the quads made so far whenever they are
	// many (Each); err is the first error it gave.
	emit func([]rdf.Quad) error
	err  error
	// The subject of the last statement: a node's statements are mostly
	// added one after another, and its IRI is checked and boxed once.
	lastSubj     string
	lastSubjTerm rdf.Subject
	terms        *terms // shared by a Mapper's documents
	// The IRIs of the document's paragraphs and actors, made once: each
	// is the subject or object of statements in several places.
	paragraphs map[*extract.Paragraph]rdf.IRI
	actorIRIs  map[string]rdf.IRI
}

// terms holds the terms of the vocabulary a build uses, each checked and
// boxed once for the documents of a Mapper: predicates and classes are
// the ontology's, a fixed few, and checking an IRI's characters
// (rdf.NewIRI) and boxing its term for each statement was a third of
// mapping documents to quads. Only IRIs of which a build has few are
// kept, since they are kept for the whole build.
type terms struct {
	preds   map[string]rdf.Predicate
	objects map[string]rdf.Object
	// actors and states hold the statements that describe a registered
	// actor, by its key, and a member state, by its code: the registry's,
	// the same in every document but for the graph they are in.
	actors, states map[string]description
}

// description is what the registry tells of an actor: its IRI, and the
// statements that describe it and the actors it leads to.
type description struct {
	iri     rdf.IRI
	triples []rdf.Triple
}

func newTerms() *terms {
	return &terms{preds: map[string]rdf.Predicate{}, objects: map[string]rdf.Object{},
		actors: map[string]description{}, states: map[string]description{}}
}

func (b *docBuilder) build() {
	d := b.doc
	b.iri = DocumentIRI(b.m, d)
	b.iriTerm = iri(b.iri)
	b.graph = iri(b.m.Graph(b.iri))
	b.source = b.m.Source(b.src.SHA256[:16])
	b.sourceTerm = iri(b.source)

	b.add(b.iri, ontology.RDFType, b.vocab(ontology.ELILegalResource))
	b.add(b.iri, ontology.RDFType, b.vocab(kindClass[d.Kind]))
	if d.Symbol != "" {
		b.describeSymbol(b.iri, d.Symbol)
		b.add(b.iri, ontology.PrintedSymbol, plain(d.PrintedSymbol))
		b.add(b.iri, ontology.RDFSLabel, plain(d.PrintedSymbol))
	}
	if d.Title != "" {
		b.add(b.iri, ontology.DCTTitle, lang(d.Title, d.Language))
		if d.Symbol == "" {
			b.add(b.iri, ontology.RDFSLabel, lang(d.Title, d.Language))
		}
	}
	b.add(b.iri, ontology.DCTLanguage, b.vocab(ontology.Language(d.Language)))
	switch d.Relation {
	case extract.RelAnnexOf:
		b.add(b.iri, ontology.AnnexOf, iri(DocumentIRI(b.m, d.Parent)))
	case extract.RelQuotedIn:
		b.add(b.iri, ontology.QuotedIn, iri(DocumentIRI(b.m, d.Parent)))
	}
	b.add(b.iri, ontology.PROVWasDerivedFrom, b.span(d.Span))

	b.add(b.source, ontology.RDFType, b.vocab(ontology.SourceFile))
	b.add(b.source, ontology.FileName, plain(b.src.Name))
	b.add(b.source, ontology.SHA256, plain(b.src.SHA256))

	for _, sec := range d.Sections {
		si := b.m.Fragment(b.iri, sec.ID)
		b.add(si, ontology.RDFType, b.vocab(ontology.Section))
		b.add(si, ontology.ELIIsPartOf, b.iriTerm)
		b.add(si, ontology.RDFSLabel, lang(sec.Title, d.Language))
		b.add(si, ontology.Ordinal, nonNegative(sec.Ordinal))
		b.add(si, ontology.PROVWasDerivedFrom, b.span(sec.Span))
	}
	for _, p := range d.Paragraphs {
		b.paragraph(p)
	}
	b.citations()
	b.facts()
	b.actors()
}

// paragraphIRI is the IRI of one of the document's paragraphs.
func (b *docBuilder) paragraphIRI(p *extract.Paragraph) rdf.IRI {
	if t, ok := b.paragraphs[p]; ok {
		return t
	}
	t := iri(b.m.Fragment(b.iri, p.ID))
	b.paragraphs[p] = t
	return t
}

// describeSymbol states what the symbol alone tells of a document.
func (b *docBuilder) describeSymbol(doc, sym string) {
	b.add(doc, ontology.ELIIDLocal, plain(sym))
	b.add(doc, ontology.RDFSSeeAlso, iri(ontology.UNDocs(sym)))
}

func (b *docBuilder) paragraph(p *extract.Paragraph) {
	pi := b.paragraphIRI(p).String()
	b.add(pi, ontology.RDFType, b.vocab(ontology.ELILegalResourceSubdivision))
	b.add(pi, ontology.RDFType, b.vocab(paragraphClass[p.Kind]))
	if p.Parent != nil {
		b.add(pi, ontology.ELIIsPartOf, b.paragraphIRI(p.Parent))
	} else {
		b.add(pi, ontology.ELIIsPartOf, b.iriTerm)
	}
	if p.Number != "" {
		b.add(pi, ontology.ELINumber, plain(p.Number))
	}
	b.add(pi, ontology.Ordinal, nonNegative(p.Ordinal))
	b.add(pi, ontology.Text, lang(p.Text, b.doc.Language))
	if p.Lead != "" {
		b.add(pi, ontology.LeadWord, lang(p.Lead, b.doc.Language))
	}
	if p.Section != nil {
		b.add(pi, ontology.InSection, iri(b.m.Fragment(b.iri, p.Section.ID)))
	}
	b.add(pi, ontology.PROVWasDerivedFrom, b.span(p.Span))
}

// citations writes each citation as a fact node with its evidence, and
// eli:cites between the documents (and paragraphs) so that simple queries
// stay simple.
func (b *docBuilder) citations() {
	perParagraph := map[*extract.Paragraph]int{}
	for _, c := range b.doc.Citations {
		perParagraph[c.Paragraph]++
		ci := b.m.Fragment(b.iri, fmt.Sprintf("%s-cit-%d", c.Paragraph.ID, perParagraph[c.Paragraph]))
		citing := b.paragraphIRI(c.Paragraph)
		target := b.m.Document(c.Target)
		cited := target
		if c.TargetParagraph != "" {
			cited = b.m.Fragment(target, c.TargetParagraph)
			// op_20__a__ii is part of op_20__a, which is part of op_20.
			parent := target
			if ref, ok := symbol.ParseParagraph(c.TargetParagraph); ok {
				if up, ok := ref.Parent(); ok {
					parent = b.m.Fragment(target, up.String())
				}
			}
			b.add(cited, ontology.ELIIsPartOf, iri(parent))
		}
		b.add(ci, ontology.RDFType, b.vocab(ontology.CiTOCitation))
		switch c.Form {
		case extract.FormInternal:
			b.add(ci, ontology.RDFType, b.vocab(ontology.InternalCitation))
		case extract.FormSanctionsRegime:
			b.add(ci, ontology.RDFType, b.vocab(ontology.SanctionsRegimeCitation))
		}
		b.add(ci, ontology.CiTOHasCitingEntity, citing)
		b.add(ci, ontology.CiTOHasCitedEntity, iri(cited))
		b.add(ci, ontology.CiTOHasCitationCharacterizat, b.vocab(ontology.CITO+CiTO(c.Function)))
		b.add(ci, ontology.Confidence, typed(strconv.FormatFloat(c.Confidence, 'f', -1, 64), ontology.XSDDecimal))
		b.add(ci, ontology.CitedAs, plain(c.Text))
		b.add(ci, ontology.PROVWasDerivedFrom, b.span(c.Span))
		for _, link := range c.Links {
			b.add(ci, ontology.Hyperlink, iri(link))
		}
		b.add(citing.String(), ontology.ELICites, iri(cited))
		if c.Form == extract.FormInternal {
			continue // the document itself: no self-citation between documents
		}
		b.add(b.iri, ontology.ELICites, iri(target))

		b.add(target, ontology.RDFType, b.vocab(ontology.ELILegalResource))
		b.add(target, ontology.RDFType, b.vocab(symbolClass[symbol.Parse(c.Target).Kind()]))
		b.describeSymbol(target, c.Target)
	}
}

// span writes a character span of the source file and returns its IRI,
// the term its statements' subject was made as.
func (b *docBuilder) span(s extract.Span) rdf.IRI {
	si := b.m.Span(b.source, s.Start, s.End)
	b.add(si, ontology.RDFType, b.vocab(ontology.NIFOffsetBasedString))
	b.add(si, ontology.NIFBeginIndex, nonNegative(s.Start))
	b.add(si, ontology.NIFEndIndex, nonNegative(s.End))
	b.add(si, ontology.DCTSource, b.sourceTerm)
	return b.lastSubjTerm.(rdf.IRI)
}

func (b *docBuilder) add(subj, pred string, obj rdf.Object) {
	if b.lastSubjTerm == nil || subj != b.lastSubj {
		b.lastSubj, b.lastSubjTerm = subj, iri(subj)
	}
	b.addTriple(rdf.Triple{Subj: b.lastSubjTerm, Pred: b.predicate(pred), Obj: obj})
}

// addTriple adds t in the document's graph, and hands the quads on when
// they are many. emit keeps none of them, so the slice is reused.
func (b *docBuilder) addTriple(t rdf.Triple) {
	b.quads = append(b.quads, rdf.Quad{Triple: t, Ctx: b.graph})
	if b.emit != nil && len(b.quads) >= chunkQuads && b.err == nil {
		b.err = b.emit(b.quads)
		clear(b.quads)
		b.quads = b.quads[:0]
	}
}

// predicate returns the term of predicate p, one of the ontology's.
func (b *docBuilder) predicate(p string) rdf.Predicate {
	if t, ok := b.terms.preds[p]; ok {
		return t
	}
	var t rdf.Predicate = iri(p)
	b.terms.preds[p] = t
	return t
}

// vocab returns the term of an IRI the graph uses as an object again and
// again: a class, a characterisation, a language. Only for IRIs of which
// a build has few, since each is kept while the Mapper lives.
func (b *docBuilder) vocab(s string) rdf.Object {
	if t, ok := b.terms.objects[s]; ok {
		return t
	}
	var t rdf.Object = iri(s)
	b.terms.objects[s] = t
	return t
}

// iri makes an IRI term. Symbols and ids only hold characters that IRIs
// allow, but a user's odd file must not crash a build: anything else is
// percent-encoded.
func iri(s string) rdf.IRI {
	if v, err := rdf.NewIRI(s); err == nil {
		return v
	}
	var sb strings.Builder
	for _, r := range s {
		if r <= ' ' || strings.ContainsRune("<>\"{}|^`\\", r) {
			sb.WriteString(url.QueryEscape(string(r)))
			continue
		}
		sb.WriteRune(r)
	}
	v, err := rdf.NewIRI(sb.String())
	if err != nil {
		panic("graph: cannot make an IRI of " + strconv.Quote(s) + ": " + err.Error())
	}
	return v
}

func plain(s string) rdf.Literal { return rdf.NewTypedLiteral(s, datatypes[ontology.XSDString]) }

func typed(s, datatype string) rdf.Literal {
	dt, ok := datatypes[datatype]
	if !ok {
		dt = iri(datatype)
	}
	return rdf.NewTypedLiteral(s, dt)
}

// datatypes are the literals' datatypes, their IRIs made once.
var datatypes = func() map[string]rdf.IRI {
	out := map[string]rdf.IRI{}
	for _, dt := range []string{ontology.XSDString, ontology.XSDBoolean, ontology.XSDDate, ontology.XSDDecimal, ontology.XSDDuration, ontology.XSDLanguage, ontology.XSDNonNegativeInteger, ontology.XSDTime} {
		out[dt] = iri(dt)
	}
	return out
}()

func nonNegative(n int) rdf.Literal {
	return typed(strconv.Itoa(n), ontology.XSDNonNegativeInteger)
}

func lang(s, tag string) rdf.Literal {
	l, err := rdf.NewLangLiteral(s, tag)
	if err != nil {
		return plain(s)
	}
	return l
}

func quadKey(q rdf.Quad) string {
	return q.Ctx.String() + "\x00" + q.Subj.String() + "\x00" + q.Pred.String() + "\x00" + q.Obj.Serialize(rdf.NQuads)
}
