// Package graph maps the model that package extract makes to RDF quads:
// documents, paragraphs, citations, actors, requests, votes and mandate
// facts, one named graph per document, with the IRIs package ontology
// mints. Writing the quads as files is package graph/rdfio's job, keeping
// them in a store package graph/store's.
package graph

import (
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
	// GraphsMerged tells that whoever takes the quads merges the
	// documents' graphs into one and drops the statements made twice
	// (a Turtle or N-Triples file): what the registry tells of an actor
	// or a state, the same statements in every document that names it,
	// then goes out once for a Mapper, with the first of its documents
	// that names it, not again with each of the others. Those repeats
	// were a ninth of the statements of a build of 902 texts, each
	// checked, encoded, sorted, spilled and merged only to be dropped.
	GraphsMerged bool
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
	held     int // quads[:held] are the last document's, the rest zero
	// paragraphs and actors are one document's, emptied for the next.
	paragraphs map[*extract.Paragraph]node
	actorIRIs  map[string]node
}

// Mapper returns a Mapper of g's.
func (g Builder) Mapper() *Mapper {
	r := g.Registry
	if r == nil {
		r = ontology.DefaultRegistry()
	}
	return &Mapper{
		builder: g, registry: r, terms: newTerms(),
		paragraphs: map[*extract.Paragraph]node{}, actorIRIs: map[string]node{},
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
		graphsMerged: m.builder.GraphsMerged,
		quads:        m.quads[:0], paragraphs: m.paragraphs, actorIRIs: m.actorIRIs,
	}
}

// release takes back b's slice and maps for the next document. The
// slice keeps the quads of the last document alone, which the next
// overwrites: what an earlier, longer one left past them is cleared, so
// that the slice does not keep older files' texts alive. Clearing all of
// it for every document, and writing it again, was a tenth of mapping
// while the collector ran (each a write barrier).
func (m *Mapper) release(b *docBuilder) {
	if n := len(b.quads); cap(b.quads) == cap(m.quads) && n < m.held {
		clear(b.quads[n:m.held])
	}
	m.quads, m.held = b.quads[:0], len(b.quads)
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
	docNode  node // iri's term, the subject and object of many statements
	graph    rdf.Context
	// source is the source file's node, the object of every span's
	// statement: kept here, not in terms, which would keep every file's.
	source node
	quads  []rdf.Quad
	// emit, when set, takes the quads made so far whenever they are
	// many (Each); err is the first error it gave.
	emit  func([]rdf.Quad) error
	err   error
	terms *terms // shared by a Mapper's documents
	// graphsMerged is the Builder's GraphsMerged.
	graphsMerged bool
	// The nodes of the document's paragraphs and actors, made once: each
	// is the subject or object of statements in several places.
	paragraphs map[*extract.Paragraph]node
	actorIRIs  map[string]node
}

// node is an IRI boxed once as each kind of term it is used as: the
// subject of some statements, the object of others. Boxing an rdf.IRI
// in an interface allocates it anew each time, where asserting one
// interface to another shares the value boxed.
type node struct {
	subj rdf.Subject
	obj  rdf.Object
}

func newNode(s string) node {
	var subj rdf.Subject = iri(s)
	return node{subj: subj, obj: subj.(rdf.Object)}
}

func (n node) String() string { return n.subj.String() }

// terms holds the terms of the vocabulary a build uses, each checked and
// boxed once for the documents of a Mapper: predicates and classes are
// the ontology's, a fixed few, and checking an IRI's characters
// (rdf.NewIRI) and boxing its term for each statement was a third of
// mapping documents to quads. Only IRIs of which a build has few are
// kept, since they are kept for the whole build.
type terms struct {
	preds   termCache[rdf.Predicate]
	objects termCache[rdf.Object]
	// citoFunctions are the CiTO characterisations by function, and
	// confidences the citations' confidences as literals: one of a few
	// each, made again for every citation before.
	citoFunctions map[extract.Function]rdf.Object
	confidences   map[float64]rdf.Object
	// actors and states hold the statements that describe a registered
	// actor, by its key, and a member state, by its code: the registry's,
	// the same in every document but for the graph they are in.
	actors, states map[string]description
	targets        citedTargets
}

// description is what the registry tells of an actor: its IRI, and the
// statements that describe it and the actors it leads to.
type description struct {
	iri     rdf.Object
	triples []rdf.Triple
}

func newTerms() *terms {
	return &terms{
		preds: newTermCache[rdf.Predicate](), objects: newTermCache[rdf.Object](),
		citoFunctions: map[extract.Function]rdf.Object{}, confidences: map[float64]rdf.Object{},
		actors: map[string]description{}, states: map[string]description{},
		targets: citedTargets{},
	}
}

// termCache keeps the terms of IRIs by the IRI. The IRIs asked for are
// the ontology's constants, asked for at nearly every statement: a slot
// chosen by the IRI's length and last bytes, compared with the string
// it holds (the same constant: equal pointers), finds one without
// hashing all its bytes as the map behind it does.
type termCache[T rdf.Term] struct {
	slots [256]struct {
		iri  string
		term T
	}
	all map[string]T
}

func newTermCache[T rdf.Term]() termCache[T] { return termCache[T]{all: map[string]T{}} }

// get returns the term of s, made by box the first time.
func (c *termCache[T]) get(s string, box func(rdf.IRI) T) T {
	slot := &c.slots[termSlot(s)]
	if slot.iri == s && len(s) > 0 {
		return slot.term
	}
	t, ok := c.all[s]
	if !ok {
		t = box(iri(s))
		c.all[s] = t
	}
	slot.iri, slot.term = s, t
	return t
}

// termSlot spreads IRIs over 256 slots by their length and last bytes,
// where the IRIs of one namespace differ.
func termSlot(s string) int {
	n := len(s)
	if n < 2 {
		return 0
	}
	return (n ^ int(s[n-1])<<2 ^ int(s[n-2])<<5) & 255
}

func (b *docBuilder) build() {
	d := b.doc
	b.iri = DocumentIRI(b.m, d)
	b.docNode = newNode(b.iri)
	b.graph = iri(b.m.Graph(b.iri))
	b.source = newNode(b.m.Source(b.src.SHA256[:16]))

	b.add(b.docNode, ontology.RDFType, b.vocab(ontology.ELILegalResource))
	b.add(b.docNode, ontology.RDFType, b.vocab(kindClass[d.Kind]))
	if d.Symbol != "" {
		b.describeSymbol(b.docNode, d.Symbol)
		b.add(b.docNode, ontology.PrintedSymbol, plain(d.PrintedSymbol))
		b.add(b.docNode, ontology.RDFSLabel, plain(d.PrintedSymbol))
	}
	if d.Title != "" {
		b.add(b.docNode, ontology.DCTTitle, lang(d.Title, d.Language))
		if d.Symbol == "" {
			b.add(b.docNode, ontology.RDFSLabel, lang(d.Title, d.Language))
		}
	}
	b.add(b.docNode, ontology.DCTLanguage, b.vocab(ontology.Language(d.Language)))
	switch d.Relation {
	case extract.RelAnnexOf:
		b.add(b.docNode, ontology.AnnexOf, iri(DocumentIRI(b.m, d.Parent)))
	case extract.RelQuotedIn:
		b.add(b.docNode, ontology.QuotedIn, iri(DocumentIRI(b.m, d.Parent)))
	}
	b.add(b.docNode, ontology.PROVWasDerivedFrom, b.span(d.Span))

	b.add(b.source, ontology.RDFType, b.vocab(ontology.SourceFile))
	b.add(b.source, ontology.FileName, plain(b.src.Name))
	b.add(b.source, ontology.SHA256, plain(b.src.SHA256))

	for _, sec := range d.Sections {
		si := b.fragment(sec.ID)
		b.add(si, ontology.RDFType, b.vocab(ontology.Section))
		b.add(si, ontology.ELIIsPartOf, b.docNode.obj)
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

// fragment is the node of a part of the document, by its id.
func (b *docBuilder) fragment(id string) node { return newNode(b.m.Fragment(b.iri, id)) }

// paragraphNode is the node of one of the document's paragraphs.
func (b *docBuilder) paragraphNode(p *extract.Paragraph) node {
	if n, ok := b.paragraphs[p]; ok {
		return n
	}
	n := b.fragment(p.ID)
	b.paragraphs[p] = n
	return n
}

// describeSymbol states what the symbol alone tells of a document.
func (b *docBuilder) describeSymbol(doc node, sym string) {
	b.add(doc, ontology.ELIIDLocal, plain(sym))
	b.add(doc, ontology.RDFSSeeAlso, iri(ontology.UNDocs(sym)))
}

func (b *docBuilder) paragraph(p *extract.Paragraph) {
	pi := b.paragraphNode(p)
	b.add(pi, ontology.RDFType, b.vocab(ontology.ELILegalResourceSubdivision))
	b.add(pi, ontology.RDFType, b.vocab(paragraphClass[p.Kind]))
	if p.Parent != nil {
		b.add(pi, ontology.ELIIsPartOf, b.paragraphNode(p.Parent).obj)
	} else {
		b.add(pi, ontology.ELIIsPartOf, b.docNode.obj)
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
		ci := b.fragment(c.Paragraph.ID + "-cit-" + strconv.Itoa(perParagraph[c.Paragraph]))
		citing := b.paragraphNode(c.Paragraph)
		targetIRI := b.m.Document(c.Target)
		target := newNode(targetIRI)
		cited := target
		if c.TargetParagraph != "" {
			cited = newNode(b.m.Fragment(targetIRI, c.TargetParagraph))
			// op_20__a__ii is part of op_20__a, which is part of op_20.
			parent := target.obj
			if ref, ok := symbol.ParseParagraph(c.TargetParagraph); ok {
				if up, ok := ref.Parent(); ok {
					parent = iri(b.m.Fragment(targetIRI, up.String()))
				}
			}
			b.add(cited, ontology.ELIIsPartOf, parent)
		}
		b.add(ci, ontology.RDFType, b.vocab(ontology.CiTOCitation))
		switch c.Form {
		case extract.FormInternal:
			b.add(ci, ontology.RDFType, b.vocab(ontology.InternalCitation))
		case extract.FormSanctionsRegime:
			b.add(ci, ontology.RDFType, b.vocab(ontology.SanctionsRegimeCitation))
		}
		b.add(ci, ontology.CiTOHasCitingEntity, citing.obj)
		b.add(ci, ontology.CiTOHasCitedEntity, cited.obj)
		b.add(ci, ontology.CiTOHasCitationCharacterizat, b.citoFunction(c.Function))
		b.add(ci, ontology.Confidence, b.confidence(c.Confidence))
		b.add(ci, ontology.CitedAs, plain(c.Text))
		if c.Footnote != "" {
			b.add(ci, ontology.Footnote, plain(c.Footnote))
		}
		b.add(ci, ontology.PROVWasDerivedFrom, b.span(c.Span))
		for _, link := range c.Links {
			b.add(ci, ontology.Hyperlink, iri(link))
		}
		b.add(citing, ontology.ELICites, cited.obj)
		if c.Form == extract.FormInternal {
			continue // the document itself: no self-citation between documents
		}
		b.add(b.docNode, ontology.ELICites, target.obj)
		if b.graphsMerged && b.terms.targets.described(c.Target) {
			continue
		}
		b.add(target, ontology.RDFType, b.vocab(ontology.ELILegalResource))
		b.add(target, ontology.RDFType, b.vocab(symbolClass[symbol.Parse(c.Target).Kind()]))
		b.describeSymbol(target, c.Target)
	}
}

// citedTargets are the cited documents a Mapper has described, for
// graphs merged (Builder.GraphsMerged): what a symbol tells of a
// document is the same statements wherever it is cited, a document cited
// by many documents, or many times by one, is described once. It takes
// no more past maxCitedTargets, which bounds what a Mapper keeps for the
// whole build: the targets it does not hold are described each time they
// are cited, and the file is the same.
type citedTargets map[string]struct{}

const maxCitedTargets = 1 << 12

// described tells whether the target is described already, and
// remembers it as described from here on while there is room.
func (t citedTargets) described(target string) bool {
	if _, ok := t[target]; ok {
		return true
	}
	if len(t) < maxCitedTargets {
		t[strings.Clone(target)] = struct{}{} // the target may be a slice of its file's text
	}
	return false
}

// citoFunction is the term of the CiTO characterisation of function f.
func (b *docBuilder) citoFunction(f extract.Function) rdf.Object {
	t, ok := b.terms.citoFunctions[f]
	if !ok {
		t = b.vocab(ontology.CITO + CiTO(f))
		b.terms.citoFunctions[f] = t
	}
	return t
}

// maxConfidences bounds the confidences a Mapper keeps as literals:
// extraction gives a few, but nothing promises that.
const maxConfidences = 256

// confidence is a citation's confidence as a literal.
func (b *docBuilder) confidence(c float64) rdf.Object {
	if t, ok := b.terms.confidences[c]; ok {
		return t
	}
	var t rdf.Object = typed(strconv.FormatFloat(c, 'f', -1, 64), ontology.XSDDecimal)
	if len(b.terms.confidences) < maxConfidences {
		b.terms.confidences[c] = t
	}
	return t
}

// span writes a character span of the source file and returns its node.
func (b *docBuilder) span(s extract.Span) rdf.Object {
	si := newNode(b.m.Span(b.source.String(), s.Start, s.End))
	start, end := decimals(s.Start, s.End)
	b.add(si, ontology.RDFType, b.vocab(ontology.NIFOffsetBasedString))
	b.add(si, ontology.NIFBeginIndex, rdf.NewTypedLiteral(start, xsdNonNegativeInteger))
	b.add(si, ontology.NIFEndIndex, rdf.NewTypedLiteral(end, xsdNonNegativeInteger))
	b.add(si, ontology.DCTSource, b.source.obj)
	return si.obj
}

// decimals writes two numbers as strconv.Itoa does, in one string: each
// of a span's ends would otherwise be a string of its own.
func decimals(a, b int) (string, string) {
	var buf [2 * 20]byte
	both := string(strconv.AppendInt(append(strconv.AppendInt(buf[:0], int64(a), 10), ' '), int64(b), 10))
	i := strings.IndexByte(both, ' ')
	return both[:i], both[i+1:]
}

func (b *docBuilder) add(subj node, pred string, obj rdf.Object) {
	b.addTriple(rdf.Triple{Subj: subj.subj, Pred: b.predicate(pred), Obj: obj})
}

// addTriple adds t in the document's graph, and hands the quads on when
// they are many. emit keeps none of them, so the slice is reused.
func (b *docBuilder) addTriple(t rdf.Triple) {
	// The quad's terms are stored one by one into a zero quad appended:
	// a quad appended whole is copied with a bulk write barrier, most of
	// adding a statement while the collector runs.
	b.quads = append(b.quads, rdf.Quad{})
	q := &b.quads[len(b.quads)-1]
	q.Subj, q.Pred, q.Obj, q.Ctx = t.Subj, t.Pred, t.Obj, b.graph
	if b.emit != nil && len(b.quads) >= chunkQuads && b.err == nil {
		b.err = b.emit(b.quads)
		clear(b.quads)
		b.quads = b.quads[:0]
	}
}

// predicate returns the term of predicate p, one of the ontology's.
func (b *docBuilder) predicate(p string) rdf.Predicate {
	return b.terms.preds.get(p, func(t rdf.IRI) rdf.Predicate { return t })
}

// vocab returns the term of an IRI the graph uses as an object again and
// again: a class, a characterisation, a language. Only for IRIs of which
// a build has few, since each is kept while the Mapper lives.
func (b *docBuilder) vocab(s string) rdf.Object {
	return b.terms.objects.get(s, func(t rdf.IRI) rdf.Object { return t })
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

func plain(s string) rdf.Literal { return rdf.NewTypedLiteral(s, xsdString) }

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

// The datatypes of most of a graph's literals: plain ones, and the
// offsets and ordinals.
var (
	xsdString             = datatypes[ontology.XSDString]
	xsdNonNegativeInteger = datatypes[ontology.XSDNonNegativeInteger]
)

// trueLiteral is xsd:boolean true, the value of a vote's flags.
var trueLiteral rdf.Object = typed("true", ontology.XSDBoolean)

// smallNumbers are the literals of ordinals and counts below 256, made
// once: a paragraph's ordinal is one.
var smallNumbers = func() (out [256]rdf.Object) {
	for n := range out {
		out[n] = typed(strconv.Itoa(n), ontology.XSDNonNegativeInteger)
	}
	return out
}()

func nonNegative(n int) rdf.Object {
	if 0 <= n && n < len(smallNumbers) {
		return smallNumbers[n]
	}
	return rdf.NewTypedLiteral(strconv.Itoa(n), xsdNonNegativeInteger)
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
