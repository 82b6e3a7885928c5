// Package lineage follows a provision through the life of a mandate: it
// aligns the paragraphs of two versions of a Council text (a resolution and
// its renewal, a draft and the resolution it became) by content, not by
// number, and records for each pair how similar they are, whether the
// text is identical or changed, the words removed and added, and which
// paragraphs are new in the later text or dropped from it.
//
// Over a whole build it chooses the pairs itself (Series): drafts and the
// resolutions votes say they became, and for each resolution the earlier
// one of the same series it shares most text with, found by MinHash
// signatures in locality-sensitive hash bands, so that the whole record
// is never compared document by document.
package lineage

import (
	"cmp"
	"math"
	"slices"

	"github.com/sckg/sckg/extract"
)

// Status says what became of a paragraph from one version to the next.
type Status string

// The statuses of a Link.
const (
	Identical Status = "identical" // the same words, whatever the conversion noise
	Changed   Status = "changed"   // aligned, with words removed or added
	New       Status = "new"       // in the later text only
	Dropped   Status = "dropped"   // in the earlier text only
)

// Basis says why two documents were compared.
type Basis string

// The bases of a Pair.
const (
	// FromDraft: a vote reports that the earlier document, a draft, became
	// the later one.
	FromDraft Basis = "draft"
	// InSeries: the later resolution continues the earlier one (the
	// earlier resolution of its series that it shares most text with).
	InSeries Basis = "series"
	// Given: the user named the two documents (sckg diff).
	Given Basis = "given"
)

// Change is one run of words removed, added or replaced, as printed in
// the earlier and the later text.
type Change struct {
	Removed, Added string
}

// Link is what became of one paragraph: From in the earlier document (nil
// when New), To in the later one (nil when Dropped).
type Link struct {
	From, To *extract.Paragraph
	Status   Status
	// Score is the similarity of the two texts, from 0 to 1: twice the
	// words they share in order over the words of both (1 when identical),
	// rounded to three places. Zero for new and dropped paragraphs.
	Score   float64
	Changes []Change
}

// Pair is the alignment of two versions of a text.
type Pair struct {
	Old, New *extract.Document
	Basis    Basis
	// Links are the later document's paragraphs in order, each with its
	// predecessor or marked new, then the earlier document's paragraphs
	// that have no successor, in order.
	Links []Link
	// Score is how much of the two texts is shared: twice the words of
	// aligned paragraphs shared in order over all words of both, counting
	// only paragraphs with no sub-paragraphs (a paragraph's text includes
	// its sub-paragraphs').
	Score float64

	// unlinked is what align found, until link makes Links of it.
	unlinked *matching
}

// MinScore is the least similarity of two paragraphs that are versions of
// one provision. Below it a rewritten paragraph counts as dropped and
// replaced by a new one: at one half, a renewal's "until 30 June 2021"
// becoming "until 30 June 2022" scores 0.9, and a ceiling paragraph that
// lost a clause as long as itself still aligns.
const MinScore = 0.5

// para is a paragraph ready for comparison.
type para struct {
	i    int // its place among its document's paragraphs
	kind extract.ParagraphKind
	text string
	ids  []uint32 // its words, numbered by their text's Lexicon
	toks []token  // a segmentPara's words, as read
	// spans are where its words are printed, read when a change is
	// first printed.
	spans []span
	grams []uint64 // word bigrams, distinct, in no order
	pos   float64  // place in the document, 0 to 1
	leaf  bool     // has no sub-paragraphs
	// weight is its words, when leaf
	weight int
}

// prepare reads the paragraphs of d for comparison, numbering their
// words in lex.
func prepare(lex *Lexicon, d *extract.Document) []*para {
	w, _ := readWords(lex, d, false)
	return paragraphs(keepParagraphs(d.Paragraphs), w, &gramSet{}, &paraRoom{})
}

// paragraphs makes the paragraphs ps of a document ready for comparison
// from its words, read before; seen is appendBigrams' scratch. The
// paragraphs and their word pairs are each made in one allocation for
// the document, not one for each paragraph: texts are prepared again as
// the cache forgets them, and their paragraphs were most of the
// allocations of lineage.
func paragraphs(ps []keptPara, w *textWords, seen *gramSet, room *paraRoom) []*para {
	// A paragraph of n words has at most n pairs (one for one word).
	room.fit(len(ps), len(w.ids))
	out, all := room.ptrs, room.all
	grams := room.grams[:0]
	for i, p := range ps {
		x := &all[i]
		*x = para{i: i, kind: p.kind, text: p.text, ids: w.paragraph(i), leaf: w.leaf[i]}
		start := len(grams)
		grams = appendBigrams(grams, x.ids, seen)
		x.grams = grams[start:len(grams):len(grams)]
		if len(ps) > 1 {
			x.pos = float64(i) / float64(len(ps)-1)
		}
		if x.leaf {
			x.weight = len(x.ids)
		}
		out[i] = x
	}
	return out
}

// paraRoom is the memory of one document's prepared paragraphs, which
// the cache of prepared texts hands on to a text it prepares once it has
// let go of the one that had it: texts are prepared some 2.4 times each
// as the cache forgets them, and their fresh paragraphs were two fifths
// of the bytes lineage allocated.
type paraRoom struct {
	ptrs  []*para
	all   []para
	grams []uint64 // room for as many as the words
}

// fit makes room for n paragraphs of words words in all, keeping what
// is large enough.
func (r *paraRoom) fit(n, words int) {
	if cap(r.all) < n {
		r.ptrs, r.all = make([]*para, n), make([]para, n)
	}
	r.ptrs, r.all = r.ptrs[:n], r.all[:n]
	if cap(r.grams) < words {
		r.grams = make([]uint64, 0, words)
	}
}

// span is where a word is printed in its paragraph's text.
type span struct{ start, end int32 }

// readSpans reads where the words of x are printed, with r, unless they
// are read: only the spans are kept (8 bytes a word, where the tokens,
// with their keys, took 32 and more), and r's room serves every
// paragraph its aligner prints.
func (x *para) readSpans(r *tokenReader) {
	if x.spans != nil {
		return
	}
	// r is not made to forget the tokens (clearing its whole room, as a
	// text's reading does, was a fifth of this): they point into
	// paragraphs the build keeps and keys the next read replaces.
	x.spans = spansOf(r.read(x.text))
}

// spansOf is where each of ts is printed.
func spansOf(ts []token) []span {
	out := make([]span, len(ts))
	for i, t := range ts {
		out[i] = span{int32(t.start), int32(t.end)}
	}
	return out
}

// appendBigrams appends to dst the word pairs of ids (the single word of
// a one-word text), each pair the two words' numbers in one: pairs, not single words, so
// that two paragraphs sharing only common words ("the", "Council") are
// not candidates, and not longer runs, so that a one-word change in a
// short paragraph leaves most pairs shared. A single word is told from a
// pair by its high half, which no word's number fills.
//
// Each pair is kept once, as seen tells: the index counts paragraphs that
// share a pair, and the share of pairs counts distinct ones; their order
// matters to neither.
func appendBigrams(dst []uint64, ids []uint32, seen *gramSet) []uint64 {
	if len(ids) == 1 {
		return append(dst, uint64(ids[0])|0xffff_ffff<<32)
	}
	if len(ids) == 0 {
		return dst
	}
	seen.reset(len(ids) - 1)
	dst = slices.Grow(dst, len(ids)-1)
	for i := 0; i+1 < len(ids); i++ {
		if g := uint64(ids[i])<<32 | uint64(ids[i+1]); seen.add(g) {
			dst = append(dst, g)
		}
	}
	return dst
}

// gramSet is a set of word pairs, by open addressing, for bigrams: a
// paragraph's pairs, kept once each, where a sort and a pass cost more.
type gramSet struct {
	slots []uint64 // a pair plus one; 0 for an empty slot
	shift uint
}

// emptySlots gives an open-addressed table of empty slots for n entries
// (a power of two, at least twice n, reusing slots when it is large
// enough) and the shift that takes a 64-bit hash to a slot.
func emptySlots[T any](slots []T, n int) ([]T, uint) {
	bits := uint(4)
	for 1<<bits < 2*n {
		bits++
	}
	if size := 1 << bits; cap(slots) < size {
		slots = make([]T, size)
	} else {
		slots = slots[:size]
		clear(slots)
	}
	return slots, 64 - bits
}

// reset empties the set, with room for n pairs.
func (s *gramSet) reset(n int) {
	s.slots, s.shift = emptySlots(s.slots, n)
}

// add adds g and tells whether it was not in the set.
func (s *gramSet) add(g uint64) bool {
	mask := len(s.slots) - 1
	for i := int((g * 0x9e3779b97f4a7c15) >> s.shift); ; i = (i + 1) & mask {
		switch s.slots[i] {
		case 0:
			s.slots[i] = g + 1
			return true
		case g + 1:
			return false
		}
	}
}

// FNV-1a, 64 bits (hash/fnv's New64a), written out so that hashing a
// word allocates nothing.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = hashByte(h, s[i])
	}
	return h
}

func hashByte(h uint64, c byte) uint64 { return (h ^ uint64(c)) * fnvPrime }

// wordCounts counts the words two paragraphs share, in any order (each
// word as often as both have it): an upper bound of the words they
// share in order, which spares diff a search that cannot succeed. The
// earlier paragraph's words are counted once for every later paragraph
// it is compared with, by number, in tables as long as the lexicon,
// each count stamped with the paragraph it belongs to, so that no table
// is cleared: sorting each paragraph's words and merging them cost a
// sixth of the alignments.
type wordCounts struct {
	of, used []wordCount // by word number: a's words, and b's met so far
	a, b     uint32      // the stamps of the paragraphs being counted
}

// wordCount is a count of one word in the paragraph stamped.
type wordCount struct{ stamp, n uint32 }

// count counts the words of a, the earlier paragraph of the pairs to
// come, of a lexicon of size words.
func (c *wordCounts) count(a []uint32, words int) {
	if len(c.of) < words {
		c.of = make([]wordCount, words+words/4)
		c.used = make([]wordCount, len(c.of))
		c.a, c.b = 0, 0
	}
	c.a = nextStamp(c.a, c.of)
	for _, w := range a {
		if x := &c.of[w]; x.stamp == c.a {
			x.n++
		} else {
			*x = wordCount{c.a, 1}
		}
	}
}

// shared is how many of the words of b the paragraph counted last has.
func (c *wordCounts) shared(b []uint32) int {
	c.b = nextStamp(c.b, c.used)
	n := 0
	for _, w := range b {
		has := c.of[w]
		if has.stamp != c.a {
			continue
		}
		u := &c.used[w]
		if u.stamp != c.b {
			*u = wordCount{c.b, 0}
		}
		if u.n < has.n {
			u.n++
			n++
		}
	}
	return n
}

// nextStamp is the stamp after s for table, which it clears when the
// stamps start again, so that no old count carries a new stamp.
func nextStamp(s uint32, table []wordCount) uint32 {
	if s++; s == 0 {
		clear(table)
		s = 1
	}
	return s
}

// minCandidate is the least share of word pairs (Jaccard) for which two
// paragraphs are compared word by word: well below what MinScore needs,
// so that no pair that would verify is missed.
const minCandidate = 0.15

type candidate struct {
	a, b  int
	score float64
	ops   []op
	close float64 // difference of place in the documents
}

// Align aligns the paragraphs of old and new, which the caller knows to be
// versions of one text. Each paragraph of new is paired with the most
// similar paragraph of old, one to one, best pairs first: by content, so
// that a paragraph renumbered by an insertion above it still finds its
// predecessor.
func Align(old, new *extract.Document, basis Basis) *Pair {
	lex := NewLexicon()
	p := align(&aligner{lex: lex}, prepare(lex, old), prepare(lex, new), old, new, basis)
	p.link()
	return p
}

// aligner holds what one alignment after another reuses.
type aligner struct {
	lex    *Lexicon // of the words of the texts aligned
	index  gramIndex
	differ differ
	reader tokenReader // of the paragraphs whose changes are printed
	// indexed is the paragraphs index holds: a resolution is aligned
	// with each of its candidates in turn, and its paragraphs are indexed
	// once for all of them. Holding them, the aligner holds their
	// memory, so that new paragraphs are never at their address, until
	// the cache that prepared them hands their room on (prepared.reuse
	// clears it first).
	indexed []*para
	cands   []candidate // align's scratch
	shared  []int       // align's scratch
	counts  wordCounts  // align's scratch
}

// indexOnce indexes the word pairs of ps, unless they are indexed.
func (al *aligner) indexOnce(ps []*para) {
	if len(ps) > 0 && len(al.indexed) == len(ps) && &al.indexed[0] == &ps[0] {
		return
	}
	al.index.index(ps)
	al.indexed = ps
}

// gramIndex finds the paragraphs of a document that hold a word pair. One
// serves a build's every alignment, so that each does not grow a table of
// its own anew. Its table is its own, not a map: the look-ups were a
// fifth of a build's lineage, and a word pair's two numbers spread well
// enough for open addressing.
type gramIndex struct {
	slots    []gramSlot // a power of two of them, at most half full
	shift    uint       // 64 less the bits of a slot's number
	postings []posting
}

// gramSlot is a word pair's place in the table.
type gramSlot struct {
	gram uint64
	head int32 // the pair's last posting plus one; 0 for an empty slot
}

// posting is one paragraph holding a word pair.
type posting struct {
	para int32 // its place in the document
	prev int32 // the pair's posting before, -1 for none
}

// index indexes the word pairs of ps, forgetting those indexed before.
func (x *gramIndex) index(ps []*para) {
	n := 0
	for _, p := range ps {
		n += len(p.grams)
	}
	x.slots, x.shift = emptySlots(x.slots, n)
	x.postings = x.postings[:0]
	for i, p := range ps {
		for _, g := range p.grams {
			s := x.slot(g)
			s.gram = g
			x.postings = append(x.postings, posting{para: int32(i), prev: s.head - 1})
			s.head = int32(len(x.postings))
		}
	}
}

// slot is where gram is in the table, or the empty slot where it would go.
func (x *gramIndex) slot(gram uint64) *gramSlot {
	mask := len(x.slots) - 1
	for i := int((gram * 0x9e3779b97f4a7c15) >> x.shift); ; i = (i + 1) & mask {
		if s := &x.slots[i]; s.head == 0 || s.gram == gram {
			return s
		}
	}
}

// count adds to shared[i] the pairs of grams that indexed paragraph i holds.
func (x *gramIndex) count(grams []uint64, shared []int) {
	for _, g := range grams {
		for e := x.slot(g).head - 1; e >= 0; e = x.postings[e].prev {
			shared[x.postings[e].para]++
		}
	}
}

func align(al *aligner, as, bs []*para, old, new *extract.Document, basis Basis) *Pair {
	// Candidates from shared word pairs, through an index of new's pairs:
	// only paragraphs that share some are compared word by word.
	al.indexOnce(bs)
	cands := al.cands[:0]
	shared := slices.Grow(al.shared[:0], len(bs))[:len(bs)]
	words := len(al.lex.words) // every text aligned is numbered
	for i, a := range as {
		clear(shared)
		al.index.count(a.grams, shared)
		counted := false
		for j, n := range shared {
			b := bs[j]
			if n == 0 || float64(n)/float64(len(a.grams)+len(b.grams)-n) < minCandidate {
				continue
			}
			total := len(a.ids) + len(b.ids)
			maxD := int(float64(total) * (1 - MinScore))
			if !counted {
				al.counts.count(a.ids, words)
				counted = true
			}
			if total-2*al.counts.shared(b.ids) > maxD {
				// An edit script needs at least this many steps, more
				// than diff would take: spare it the search.
				continue
			}
			ops, ok := al.differ.diff(a.ids, b.ids, maxD)
			if !ok {
				continue
			}
			s := similarity(ops, total)
			if s < MinScore {
				continue
			}
			cands = append(cands, candidate{a: i, b: j, score: s, ops: ops, close: math.Abs(a.pos - b.pos)})
		}
	}
	// Best first; among equals (a boilerplate sub-heading printed twice),
	// the paragraph at the same place in its document, then the same
	// kind, then document order. No two candidates are equal in all of
	// these, so the order they were found in does not matter.
	slices.SortFunc(cands, func(cx, cy candidate) int {
		if cx.score != cy.score {
			return cmp.Compare(cy.score, cx.score)
		}
		kx, ky := as[cx.a].kind == bs[cx.b].kind, as[cy.a].kind == bs[cy.b].kind
		if kx != ky {
			if kx {
				return -1
			}
			return 1
		}
		if cx.close != cy.close {
			return cmp.Compare(cx.close, cy.close)
		}
		if cx.b != cy.b {
			return cmp.Compare(cx.b, cy.b)
		}
		return cmp.Compare(cx.a, cy.a)
	})
	from, taken := matched(cands, len(as), len(bs))
	clear(cands) // their edit scripts
	al.cands, al.shared = cands[:0], shared

	pair := &Pair{Old: old, New: new, Basis: basis}
	sharedWords, allWords := 0, 0
	for _, a := range as {
		allWords += a.weight
	}
	for j, b := range bs {
		allWords += b.weight
		c := from[j]
		if c == nil || !as[c.a].leaf || !b.leaf {
			continue
		}
		noise := 0
		if c.score < 1 {
			noise = noiseWords(al.lex, as[c.a], b, c.ops)
		}
		sharedWords += 2*common(c.ops) + noise
	}
	if allWords > 0 {
		pair.Score = round(float64(sharedWords) / float64(allWords))
	}
	pair.unlinked = &matching{lex: al.lex, reader: &al.reader, as: as, bs: bs, from: from, taken: taken}
	return pair
}

// matched pairs the paragraphs of cands, sorted best first, one to one,
// the best first: for each of the nb paragraphs of the later text, its
// match or nil, and whether each of the na of the earlier is matched.
// The matches are copied out of cands, the aligner's scratch, which the
// next alignment reuses: most candidates are not chosen, and all of them
// were the largest part of an alignment's bytes.
func matched(cands []candidate, na, nb int) (from []*candidate, taken []bool) {
	at := make([]int32, nb) // a match's place in cands plus one
	taken = make([]bool, na)
	n := 0
	for k, c := range cands {
		if at[c.b] != 0 || taken[c.a] {
			continue
		}
		at[c.b] = int32(k + 1)
		taken[c.a] = true
		n++
	}
	chosen := make([]candidate, 0, n)
	from = make([]*candidate, nb)
	for j, k := range at {
		if k != 0 {
			chosen = append(chosen, cands[k-1])
			from[j] = &chosen[len(chosen)-1]
		}
	}
	return from, taken
}

// matching is what align found of a pair, before it makes the pair's
// links: a build aligns each resolution with several candidates, and
// keeps one pair, chosen by its score.
type matching struct {
	lex    *Lexicon
	reader *tokenReader // the aligner's, for the words of changes
	as, bs []*para
	from   []*candidate // for each paragraph of bs, its match, or nil
	taken  []bool       // whether each paragraph of as is matched
}

// link makes the links of a pair that align left unlinked, to the
// paragraphs of p.Old and p.New.
func (p *Pair) link() {
	m := p.unlinked
	p.unlinked = nil
	p.linkAs(m.plan())
}

// A linkPlan is a Link with its paragraphs as their places in the earlier
// and the later document (-1 for none): what SeriesOf keeps of a pair
// until its documents are made (PairToMake).
type linkPlan struct {
	from, to int32
	status   Status
	score    float64
	changes  []Change
}

// plan is the links of the matching, in the order of Pair.Links.
func (m *matching) plan() []linkPlan {
	dropped := 0
	for _, t := range m.taken {
		if !t {
			dropped++
		}
	}
	out := make([]linkPlan, 0, len(m.bs)+dropped)
	for j, b := range m.bs {
		c := m.from[j]
		if c == nil {
			out = append(out, linkPlan{from: -1, to: int32(b.i), status: New})
			continue
		}
		a := m.as[c.a]
		l := linkPlan{from: int32(a.i), to: int32(b.i), score: 1, status: Identical}
		if c.score < 1 {
			var noise int
			l.changes, noise = changes(m.lex, m.reader, a, b, c.ops)
			if len(l.changes) > 0 {
				l.status = Changed
				l.score = round((c.score*float64(len(a.ids)+len(b.ids)) + float64(noise)) / float64(len(a.ids)+len(b.ids)))
			}
		}
		out = append(out, l)
	}
	for i, a := range m.as {
		if !m.taken[i] {
			out = append(out, linkPlan{from: int32(a.i), to: -1, status: Dropped})
		}
	}
	return out
}

// linkAs makes the Links of plan, to the paragraphs of p.Old and p.New.
func (p *Pair) linkAs(plan []linkPlan) {
	p.Links = make([]Link, len(plan))
	for i, l := range plan {
		link := Link{Status: l.status, Score: l.score, Changes: l.changes}
		if l.from >= 0 {
			link.From = p.Old.Paragraphs[l.from]
		}
		if l.to >= 0 {
			link.To = p.New.Paragraphs[l.to]
		}
		p.Links[i] = link
	}
}

func common(ops []op) int {
	n := 0
	for _, o := range ops {
		if o == keep {
			n++
		}
	}
	return n
}

func similarity(ops []op, total int) float64 {
	if total == 0 {
		return 1
	}
	return 2 * float64(common(ops)) / float64(total)
}

func round(x float64) float64 { return math.Round(x*1000) / 1000 }

// changes turns an edit script into runs of removed and added words, each
// run as printed: from the first word's start to the last word's end in
// the paragraph's own text, punctuation and spacing between included. A
// run whose words differ only in where the spaces fall ("thro ugh" and
// "through", "tosupport" and "to support": PDF text splits and joins
// words) is conversion noise, not a change; noise counts its words.
func changes(lex *Lexicon, r *tokenReader, a, b *para, ops []op) (out []Change, noise int) {
	a.readSpans(r)
	b.readSpans(r)
	eachRun(ops, func(kept bool, i0, i, j0, j int) {
		switch {
		case kept:
		case sameWords(lex, a, b, i0, i, j0, j):
			noise += i - i0 + j - j0
		default:
			out = append(out, Change{Removed: printed(a, i0, i), Added: printed(b, j0, j)})
		}
	})
	return out, noise
}

// noiseWords is the noise changes counts, without printing the changes.
func noiseWords(lex *Lexicon, a, b *para, ops []op) (noise int) {
	eachRun(ops, func(kept bool, i0, i, j0, j int) {
		if !kept && sameWords(lex, a, b, i0, i, j0, j) {
			noise += i - i0 + j - j0
		}
	})
	return noise
}

// sameWords tells whether a run changed only where the spaces fall: its
// words' keys, run together, are the same on both sides.
func sameWords(lex *Lexicon, a, b *para, i0, i, j0, j int) bool {
	return lex.sameJoined(a.ids[i0:i], b.ids[j0:j])
}

func printed(x *para, from, to int) string {
	if from == to {
		return ""
	}
	return x.text[x.spans[from].start:x.spans[to-1].end]
}
