// Package extract turns the text of UN Security Council documents into a
// typed model: documents, their paragraphs and the citations in them. It
// knows nothing of RDF. Every extracted value keeps its span in the source
// file, counted in characters.
//
// The pipeline runs in small passes, each with one job: lines are split and
// cleaned of layout noise (layout.go), joined into blocks (blocks.go),
// assigned to documents (segment.go), split into paragraphs
// (paragraphs.go), and scanned for citations (citations.go).
package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"io"
	"math/bits"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/sckg/sckg/ontology"
	"github.com/sckg/sckg/ontology/symbol"
)

// Extractor reads files into the model with one registry of actors and
// one set of options. It indexes the registry's names once, when it is
// made; its methods may be called from several goroutines at once.
type Extractor struct {
	registry *ontology.Registry
	names    nameIndex
	// collectives are the labels of the registry's collectives, grouped
	// by their last word, and their words (indexCollectives), read as the
	// addressees of requests only (findRequests).
	collectives collectiveIndex
	opts        Options
	scratch     sync.Pool // of *lexScratch: the buffers lexing a file reuses
	arenas      arenaPool // the memory of released Sources
}

// Options tune an Extractor.
type Options struct {
	// Jobs is how many files Files reads at once: all cores when < 1.
	Jobs int
}

// New returns an Extractor that finds the actors of registry r (the
// default registry when nil).
func New(r *ontology.Registry, opts Options) *Extractor {
	startCompiling()
	if r == nil {
		r = ontology.DefaultRegistry()
	}
	return &Extractor{registry: r, names: indexRegistry(r), collectives: indexCollectives(r), opts: opts, arenas: newArenaPool(opts.Jobs)}
}

// Registry is the registry of actors x finds: the one graph.Builder
// should describe them from.
func (x *Extractor) Registry() *ontology.Registry { return x.registry }

// File extracts the documents in the text src of the file called name.
// The years of resolutions cited without one come from this file alone;
// Files takes them from every file it reads.
func (x *Extractor) File(name, src string) (*Source, []Warning, error) {
	s, warnings, err := x.file(name, src)
	if s != nil {
		warnings = append(warnings, settleAlone(s)...)
	}
	return s, warnings, err
}

func (x *Extractor) file(name, src string) (*Source, []Warning, error) {
	if len(src) > maxTextSize {
		// The offsets of texts, mentions and citations take 32 bits.
		return nil, nil, &InputError{name, fmt.Sprintf("text is %d MiB; sckg reads texts up to %d MiB (is it really a UN document?)", len(src)>>20, maxTextSize>>20)}
	}
	sc := x.getScratch()
	defer x.putScratch(sc)
	sum := sha256.Sum256(stringBytes(src))
	sc.arena = x.getArena()
	source := sc.arena.newSource(name, sc.strings.hex(sum[:]))
	first := &sc.arena.room.first
	var warnings []Warning
	text, ci, page := sc.readableText(name, src)
	// Cleaning a text's lines writes no Han character: a file without
	// one has no paragraph with one. A web page's entities may write one
	// into the text read from it.
	sc.mayHoldHan = sc.chars.holdsHan() || page && holdsHan(text)
	lines, census := sc.readLines(text)
	blocks := sc.buildBlocksFrom(lines, census, page)
	parts := segmentInto(blocks, sc, first)
	named, fromName := symbolOfFileName(name, parts)
	if fromName && !anySymbol(parts) && len(parts) == 1 && len(parts[0].blocks) > 0 {
		// The text names nothing; the file name is a resolution's symbol.
		d := parts[0].doc
		d.Symbol, d.PrintedSymbol, d.IdentityConfidence = named, path.Base(name), 0.6
		warnings = append(warnings, Warning{File: name, Kind: WarnIdentityFromName,
			Message: "the text prints no symbol or title; named " + named + " after the file name"})
	}
	// The links and the distribution code of each part, in one pass over
	// the lines: a pass per part is quadratic in a file of many documents.
	// Which part owns each line is worked out at the first line that
	// prints either: most files print none (lineOwners was 1.3 % of
	// BenchmarkDev's profile).
	links := map[*part][]Link{}
	distributions := map[*part]string{}
	var owner []*part
	for i := range lines {
		l := &lines[i]
		if l.link() == nil && l.distribution() == "" {
			continue
		}
		if owner == nil {
			owner = sc.lineOwners(lines, parts)
		}
		switch p := owner[i]; {
		case p == nil:
		case l.kind == lineLink:
			link := *l.link()
			link.Span = ci.span(link.Span.Start, link.Span.End)
			links[p] = append(links[p], link)
		case l.distribution() != "" && distributions[p] == "":
			distributions[p] = strings.Join(strings.Fields(l.distribution()), " ")
		}
	}
	for _, p := range parts {
		warn := func(w Warning) {
			w.File, w.Message = name, describe(p.doc)+": "+w.Message
			warnings = append(warnings, w)
		}
		distribution := distributions[p]
		d := buildDocument(p, text, links[p], ci, x.names, x.collectives, x.registry, warn)
		if d != nil {
			d.DistributionCode = distribution
		}
		if d == nil {
			if len(parts) > 1 || p.doc.Symbol != "" {
				sp := spanOf(p, ci)
				warnings = append(warnings, Warning{File: name, Span: sp, Kind: WarnSkippedText, Message: fmt.Sprintf("skipped text at characters %d-%d: not a kind of document sckg knows", sp.Start, sp.End)})
			}
			continue
		}
		source.Documents = append(source.Documents, d)
	}
	if len(source.Documents) == 0 {
		source.Release() // its arena serves the next file
		return nil, warnings, &InputError{name, "no Security Council document recognised (no UN symbol such as S/RES/2531 (2020), no resolution title, no press-release text)"}
	}
	if fromName && !slices.ContainsFunc(source.Documents, func(d *Document) bool { return d.Symbol == named }) {
		warnings = append(warnings, Warning{File: name, Kind: WarnNameContradicts,
			Message: "the file name says " + named + " but the text is " + source.Documents[0].ID()})
	}
	return source, warnings, nil
}

// paragraphsAtMost bounds the paragraphs and items raw makes: each raw
// paragraph one, and an operative one an item at most for each block
// after its first (appendSubParagraphs).
func paragraphsAtMost(raw []rawParagraph) int {
	n := len(raw)
	for _, rp := range raw {
		if rp.p.Kind == Operative && len(rp.blocks) > 1 {
			n += len(rp.blocks) - 1
		}
	}
	return n
}

// sourceRoom is the room of a Source's first document, its list of
// documents and the first document's vote: most files hold one document,
// most of them a resolution whose adoption line reports a vote, and its
// list, document and vote cost an allocation each for each file (870 a
// run of dev).
type sourceRoom struct {
	list  [1]*Document
	first Document
	vote  Vote // the first document's (voteRoom)
}

// newSource makes the Source of the file name, its list of documents and
// first document in a's room. The document is the first part's, which
// the Source lists only once it is built. The Source itself is not the
// arena's: one kept by mistake past its Release is empty, not the next
// file's, and a second Release does nothing.
func (a *fileArena) newSource(name, digest string) *Source {
	a.room = sourceRoom{}
	return &Source{Name: name, SHA256: digest, Documents: a.room.list[:0], arena: a}
}

// voteRoom is where the vote d keeps is made: in the room of the file's
// Source when d is its first document, which keeps one vote at most, or
// a Vote of its own.
func (sc *lexScratch) voteRoom(d *Document) *Vote {
	if sc.arena != nil && d == &sc.arena.room.first {
		return &sc.arena.room.vote
	}
	return new(Vote)
}

// hex is hex.EncodeToString(b) for a digest, encoded into s's block,
// where EncodeToString made its bytes on the heap and then the string
// (two allocations for every file).
func (s *stringSlab) hex(b []byte) string {
	return s.keep(hex.AppendEncode(s.room(hex.EncodedLen(len(b))), b))
}

// newline ends each paragraph of the text a document with no symbol is
// hashed by.
var newline = []byte{'\n'}

// stringBytes is s as bytes, without the copy []byte(s) makes: for
// reading only (a hash), never to be written to or kept.
func stringBytes(s string) []byte { return unsafe.Slice(unsafe.StringData(s), len(s)) }

// readableText is the text of a file to read for documents: the file
// itself, or the text of a web page, whose spans still count characters
// of the page (ci maps them, from sc's index of src).
func (sc *lexScratch) readableText(name, src string) (text string, ci spanner, page bool) {
	sc.chars.index(src)
	if !isHTML(name, src) {
		return src, &sc.chars, false
	}
	text, toPage := htmlText(src)
	return text, pageIndex{&sc.chars, toPage}, true
}

// settleAlone settles the years a file leaves open from the file alone.
func settleAlone(s *Source) []Warning {
	if !leavesYearsOpen(s) {
		return nil // and no map of the years it prints to make (issue 13)
	}
	return SettleYears(s, ResolutionYears([]*Source{s}))
}

// fileSymbolRE reads a resolution's symbol in a file name:
// "S_RES_0678_1990_EN_GOLD.txt", "S-RES-678(1990).pdf.txt", "S_RES_678_1990.txt".
var fileSymbolRE = lazyRegexp(`(?i)(?:^|[^a-z])S[_ -]RES[_ -]0*(\d{1,4})\s*[_ -]?\(?((?:19|20)\d\d)\)?(?:[^0-9]|$)`)

// symbolOfFileName is the symbol of the resolution a file's name names,
// if it names one. It is most often the symbol of a part of the file
// too, whose string it shares, where a string made for each file's name
// was 300 allocations a run of dev (issue 13).
func symbolOfFileName(name string, parts []*part) (string, bool) {
	base := path.Base(name)
	if isASCII(base) {
		number, year, ok := fileSymbolIn(base)
		if !ok {
			return "", false
		}
		return resolutionOf(number, year, parts), true
	}
	m := fileSymbolRE.FindStringSubmatch(base)
	if m == nil {
		return "", false
	}
	return resolutionOf(m[1], m[2], parts), true
}

// resolutionOf is symbol.Resolution(number, year).String(): the symbol of
// one of parts when it is that, a string of its own otherwise.
func resolutionOf(number, year string, parts []*part) string {
	var room [32]byte
	sym := symbol.AppendResolution(room[:0], number, year)
	for _, p := range parts {
		if p.doc.Symbol == string(sym) {
			return p.doc.Symbol
		}
	}
	return string(sym)
}

func anySymbol(parts []*part) bool {
	for _, p := range parts {
		if p.doc.Symbol != "" {
			return true
		}
	}
	return false
}

func describe(d *Document) string {
	if d.PrintedSymbol != "" {
		return d.PrintedSymbol
	}
	return "document"
}

func buildDocument(p *part, src string, links []Link, ci spanner, names nameIndex, collectives collectiveIndex, r *ontology.Registry, warn func(Warning)) *Document {
	d := p.doc
	// Parsed once: councilParagraphs and classify both ask for the kind.
	kind := symbol.Parse(d.Symbol).Kind()
	raw, sections := p.scratch.councilParagraphs(p.blocks, p.quoted, kind == symbol.KindResolution, warn)
	for _, rs := range sections {
		start, end := rs.t.source(0, len(rs.t.s))
		rs.s.Span = ci.span(start, end)
		d.Sections = append(d.Sections, rs.s)
	}
	d.Kind = classify(p, raw != nil, kind)
	if d.Kind == "" || d.Kind == KindResolution && len(raw) == 0 && p.parent == nil && len(p.blocks) <= 3 {
		// Nothing sckg knows, or the title of the next resolution of a
		// printed volume with none of its text.
		return nil
	}
	if raw == nil {
		skip := 0
		if d.Kind == KindPressRelease && len(p.blocks) > 0 {
			d.Title = p.blocks[0].t.s
			skip = 1
		}
		raw = runningParagraphs(p.blocks, skip)
	}
	var all hash.Hash // the text of a document with no symbol, hashed as it is read
	if d.Symbol == "" {
		all = sha256.New()
	}
	hasHan := false // a paragraph holds a Han character (paragraphsLanguage)
	// Each raw paragraph is one paragraph and perhaps some items: room
	// for the paragraphs is made once, not grown by append (issue 13).
	d.Paragraphs = p.scratch.arena.paragraphLists.take(paragraphsAtMost(raw))
	scratch := documentScratchPool.Get().(*documentScratch)
	defer scratch.release()
	texts := paragraphTexts{paragraphs: d.Paragraphs, texts: scratch.texts[:0]}
	found := scratch.citations[:0] // the document's citations, copied once when all are found
	citations := citationScanner{f: finder{out: scratch.cited[:0]}, made: &p.scratch.arena.citations.made}
	for _, rp := range raw {
		t := p.scratch.joinParagraph(rp.blocks)
		rp.p.Text = t.s
		start, end := t.source(0, len(t.s))
		if rp.numbered.s != "" {
			start, _ = rp.numbered.source(0, len(rp.numbered.s))
		}
		rp.p.Span = ci.span(start, end)
		d.Paragraphs = append(d.Paragraphs, rp.p)
		texts.texts = append(texts.texts, t)
		if rp.p.Kind == Operative {
			d.Paragraphs, texts.texts = appendSubParagraphs(d.Paragraphs, texts.texts, rp, &p.scratch.arena.items, &p.scratch.arena.texts, ci, warn)
		}
		if all != nil {
			io.WriteString(all, t.s)
			all.Write(newline)
		}
		cited := citations.findIn(rp.p)
		hasHan = hasHan || p.scratch.mayHoldHan && holdsHan(t.s)
		for _, c := range cited {
			placeCitation(c, rp.p, c.Span.Start, t, ci, src)
			found = append(found, c)
		}
	}
	if d.Kind == KindResolution {
		notes := readFootnotes(scratch.notes[:0], p.blocks, p.scratch.lines, paragraphsEnd(raw), src)
		if len(notes) > 0 {
			found = addFootnoteCitations(found, notes, raw, &citations, ci, src, warn)
		}
		scratch.notes = notes
	}
	if len(found) > 0 {
		d.Citations = append(p.scratch.arena.citations.list(len(found)), found...)
	}
	scratch.citations = found
	scratch.cited = citations.f.out
	d.Language = paragraphsLanguage(raw, hasHan)
	if all != nil {
		var sum [sha256.Size]byte
		d.TextHash = p.scratch.strings.hex(all.Sum(sum[:0])[:8])
	}
	texts.paragraphs = d.Paragraphs
	d.Span = spanOf(p, ci)
	d.Links = links
	scratch.texts = texts.texts
	resolveCitations(d, warn)
	readMetadata(d, p, ci, warn)
	checkOwnYear(d, warn)
	d.Mentions, d.NewActors = documentMentions(d, names, r, &p.scratch.arena.mentions)
	for _, m := range d.Mentions {
		start, end := texts.of(m.Paragraph).source(m.bounds())
		m.setSpan(ci.span(start, end))
		if d.misprintedHyphens {
			if r, _, ok := repairedHyphens(m.Text()); ok {
				warn(Warning{Kind: WarnOCRRepair, Message: m.Paragraph.ID + ": read the name printed " + strconv.Quote(m.Text()) + " as " + strconv.Quote(r) + ", its hyphen printed as another mark"})
			}
		}
	}
	d.Mandate = findMandateFacts(d, r)
	d.Relations = findRelations(d, d.Mandate)
	d.CoMentions = coMentions(d, &p.scratch.arena.coMentionLists)
	d.Requests = findRequests(d, &p.scratch.arena.requests, collectives, warn)
	texts.rewind() // the requests come in the order of the paragraphs too
	for _, rq := range d.Requests {
		start, end := texts.of(rq.Paragraph).source(rq.Span.Start, rq.Span.End)
		rq.Span = ci.span(start, end)
	}
	if n := len(d.Paragraphs); n > 0 && mayBeCut(d, d.Paragraphs[n-1]) {
		warn(Warning{Kind: WarnTruncated, Message: "the last operative paragraph ends mid-sentence: is the file truncated?"})
	}
	return d
}

// mayBeCut reports whether d may end where its file was cut: its last
// paragraph, last, is operative and ends mid-sentence, and nothing of d
// follows it. The printed volumes drop the full stop of a resolution's
// only or last paragraph ("Demands the complete and immediate withdrawal
// of all Israeli armed forces from Lebanese territory", "16. Decides to
// remain seized of the matter") above the adoption line: a text that goes
// on after the paragraph was not cut there.
func mayBeCut(d *Document, last *Paragraph) bool {
	return (last.Kind == Operative || last.Kind == Sub) && !endsSentence(last.Text) && d.Span.End <= last.Span.End
}

// placeCitation makes c, found at c.Span in text t, the citation of
// paragraph p at byte at of p's text: its span mapped to the source, its
// confidence lowered where t guessed what it reads (a repair of the
// text), and the source lines it is printed on counted.
func placeCitation(c *Citation, p *Paragraph, at int, t text, ci spanner, src string) {
	c.Paragraph, c.at = p, int32(at)
	if t.guessed(c.Span.Start, c.Span.End) {
		c.Confidence = min(c.Confidence, 0.7)
	}
	start, end := t.source(c.Span.Start, c.Span.End)
	c.Span = ci.span(start, end)
	c.lines = int32(strings.Count(src[start:end], "\n") + 1)
}

// documentScratch is room that buildDocument reads a document in and
// lets go of when it is built: the texts of its paragraphs and the
// citations found in them, which grew by append in lists made for each
// document (d.Citations alone 4.4 % of BenchmarkDev's allocations).
type documentScratch struct {
	texts     []text
	citations []*Citation
	// cited is the list the citation scanner hands each paragraph's
	// citations in: grown from nothing for each document, it was 3.9 %
	// of BenchmarkDev's allocations.
	cited []*Citation
	// notes are the footnotes of the document (readFootnotes).
	notes []footnote
}

var documentScratchPool = sync.Pool{New: func() any { return new(documentScratch) }}

// release gives s back to the pool, holding nothing of the document.
// The texts and citations lists only grew while the document was read,
// and what lies past their lengths was cleared by the releases before:
// their lengths are cleared, not their room, which the longest document
// read so far set, so that each short document paid for clearing it
// (0.8 % of BenchmarkDev's profile). The scanner's list was cut back at
// each paragraph, and is cleared whole.
func (s *documentScratch) release() {
	clear(s.texts)
	clear(s.citations)
	clear(s.cited[:cap(s.cited)])
	clear(s.notes)
	s.texts, s.citations, s.cited, s.notes = s.texts[:0], s.citations[:0], s.cited[:0], s.notes[:0]
	documentScratchPool.Put(s)
}

// paragraphTexts holds the text of each paragraph of a document, in the
// order of its paragraphs: texts[i] is paragraphs[i]'s. The mentions and
// requests that ask for them come in that order, so each is looked for
// from the last found on; a map of them was a document's largest
// (issue 13).
type paragraphTexts struct {
	paragraphs []*Paragraph
	texts      []text
	last       int                // where the last paragraph asked for was
	byPointer  map[*Paragraph]int // made only if one is asked for out of order
}

// rewind has the next paragraph asked for looked for from the first on,
// for a list in the order of the paragraphs: looked for from the last
// one asked, the first of them made the map (19,000 allocations in 30
// runs of BenchmarkDev, one for most documents).
func (pt *paragraphTexts) rewind() { pt.last = 0 }

// of is the text of p, a paragraph of the document.
func (pt *paragraphTexts) of(p *Paragraph) text {
	for i := pt.last; i < len(pt.paragraphs); i++ {
		if pt.paragraphs[i] == p {
			pt.last = i
			return pt.texts[i]
		}
	}
	if pt.byPointer == nil {
		pt.byPointer = make(map[*Paragraph]int, len(pt.paragraphs))
		for i, q := range pt.paragraphs {
			pt.byPointer[q] = i
		}
	}
	i, ok := pt.byPointer[p]
	if !ok {
		return text{} // as the map's look-up gave for a paragraph it lacked
	}
	pt.last = i
	return pt.texts[i]
}

var (
	draftRE  = lazyRegexp(`(?i)\bdraft resolution\b|决议草案$`)
	letterRE = lazyRegexp(`^(?:Letter|Identical letters) dated|的信$`)
	reportRE = anchored(`^Report of the Secretary-General`)
	// Press releases report a meeting and quote what it adopted.
	pressRE = lazyRegexp(`(?i)reads as follows|^The meeting (?:began|was called to order) at|^Unanimously adopting resolution`)
)

// The patterns of classify run on every header block, and pressRE on
// every block of a text with no symbol. Each is looked for only in the
// blocks that hold a word it cannot match without: a word with no s or
// k, the two ASCII letters that (?i) also folds to a letter outside
// ASCII, so that a look in ASCII finds it.

func isDraftHeading(s string) bool {
	return (containsASCIIFold(s, "draft") || strings.HasSuffix(s, "决议草案")) && draftRE.MatchString(s)
}

func isLetterHeading(s string) bool {
	return (strings.HasPrefix(s, "Letter") || strings.HasPrefix(s, "Identical") || strings.HasSuffix(s, "的信")) && letterRE.MatchString(s)
}

func isPressBlock(s string) bool {
	return (containsASCIIFold(s, "follow") || hasPrefixFold(s, "the meeting") || hasPrefixFold(s, "unanimou")) && pressRE.MatchString(s)
}

// classify says what kind of document a part is, from its header and the
// kind of its symbol, or "" when it is none sckg knows.
func classify(p *part, council bool, kind symbol.Kind) Kind {
	d := p.doc
	header := p.blocks
	for i, b := range p.blocks {
		if preambleRE.MatchString(b.t.s) || i == 12 {
			header = p.blocks[:i]
			break
		}
	}
	anyHeader := func(is func(string) bool) bool {
		for _, h := range header {
			if is(h.t.s) {
				return true
			}
		}
		return false
	}
	switch {
	case council && anyHeader(isDraftHeading) && kind != symbol.KindResolution:
		return KindDraftResolution
	case kind == symbol.KindResolution:
		return KindResolution
	case kind == symbol.KindPresidentialStatement:
		return KindPresidentialStatement
	case anyHeader(isLetterHeading):
		return KindLetter
	case anyHeader(reportRE.MatchString):
		return KindReport
	case d.Symbol == "":
		for _, b := range p.blocks {
			if isPressBlock(b.t.s) {
				return KindPressRelease
			}
		}
	}
	return ""
}

// paragraphsLanguage is the language of a document's raw paragraphs,
// told by their script as language tells it of their texts together,
// when hasHan says whether they hold a Han character. A text with none is
// not Chinese, whatever its letters: they are counted only in a document
// that has one, where counting them was a pass over every byte of every
// document's paragraphs (issue 13).
func paragraphsLanguage(raw []rawParagraph, hasHan bool) string {
	if !hasHan {
		return "en"
	}
	var c scriptCount
	for _, rp := range raw {
		c.add(rp.p.Text)
	}
	return c.language()
}

// holdsHan reports whether s holds a Han character: it passes over eight
// ASCII bytes at a time, and decodes the other runes alone.
func holdsHan(s string) bool {
	for i := 0; i < len(s); {
		if len(s)-i >= 8 && load8At(s, i)&highBits == 0 {
			i += 8
			continue
		}
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isHan(r) {
			return true
		}
		i += n
	}
	return false
}

// scriptCount counts the Han characters and the other letters of a text,
// a piece at a time: a document's language is read from its paragraphs
// without joining them.
type scriptCount struct{ han, letters int }

func (c scriptCount) language() string {
	if c.han*3 > c.letters {
		return "zh"
	}
	return "en"
}

func (c *scriptCount) add(s string) {
	for i := 0; i < len(s); {
		if len(s)-i >= 8 {
			if w := load8At(s, i); w&highBits == 0 {
				c.letters += asciiLettersIn(w)
				i += 8
				continue
			}
		}
		if b := s[i]; b < utf8.RuneSelf {
			// ASCII, the most of the UN's other languages, is no Han.
			c.letters += int(asciiLetters[b])
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case isHan(r):
			c.han++
		case unicode.IsLetter(r):
			c.letters++
		}
		i += n
	}
}

// asciiLettersIn counts the letters among the eight ASCII bytes of w, all
// at once.
func asciiLettersIn(w uint64) int { return bits.OnesCount64(letterBits(w)) }

// asciiLetters is 1 for each ASCII letter.
var asciiLetters = func() (set [utf8.RuneSelf]uint8) {
	for c := range set {
		if isASCIILetter(byte(c)) {
			set[c] = 1
		}
	}
	return set
}()

func spanOf(p *part, ci spanner) Span {
	first, last := p.blocks[0].t, p.blocks[len(p.blocks)-1].t
	start, _ := first.source(0, len(first.s))
	_, end := last.source(0, len(last.s))
	return ci.span(start, end)
}

// lineOwners says which part each line belongs to, in sc's buffer: the
// part of the block it is in or, for noise between blocks, of the block
// before it.
func (sc *lexScratch) lineOwners(lines []line, parts []*part) []*part {
	owner := zeroed(sc.owners, len(lines))
	sc.owners = owner
	for _, p := range parts {
		for _, b := range p.blocks {
			for i := b.first; i <= b.last; i++ {
				owner[i] = p
			}
		}
	}
	for i := 1; i < len(owner); i++ {
		if owner[i] == nil {
			owner[i] = owner[i-1]
		}
	}
	return owner
}
