package extract

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// Relations between actors that a text states, with the paragraph as
// evidence: support, coordination and exchange of information,
// authorization by the Council, condemnation of attacks against an actor;
// and, weaker, two actors named in one paragraph.

// ActorRelation is one stated tie between two actors.
type ActorRelation struct {
	Paragraph *Paragraph
	Kind      string // "supports", "coordinatesWith", "authorizes", "condemnsAttacksOn", "coMentionedWith"
	From, To  string
	Text      string
	Span      Span
}

var (
	// "support provided by MINUSMA to the FC-G5S", "support from MINUSMA …
	// to", as the pattern
	//
	//	\bsupport (?:provided )?(?:by|from) ([^;]{3,80}?) to (?:the )?([^;,]{2,80})
	//
	// reads them, are read by hand (findSupport).
	//
	// "MINUSMA's support to the FC-G5S"
	possessiveSupportRE = lazyRegexp(`([A-Z][\w-]+)'s support to (?:the )?([^;,]{2,60})`)
	// "coordination … between MINUSMA, the MDSF, the FC-G5S, …"
	// "coordination … between MINUSMA, the MDSF, the FC-G5S, …", read as
	//
	//	\b(?:coordination|cooperation|exchange of information|information sharing|information-sharing)\b[^;]{0,120}?\bbetween ([^;]{3,250})
	//
	// would read it (coordinationFrom); "condemns the attacks against …"
	// as (?i)\bcondemn\w* (?:all |the )?(?:continued |repeated )?attacks? (?:against|on) ([^;]{3,400})
	// would (findCondemnation). The counted repetitions make those
	// patterns programs of 800 instructions, too large for Go's
	// backtracker: its slower matcher ran over every paragraph. The
	// condemnation's head stays a pattern; the coordination's is read by
	// hand (coordinationHeadAt); their gaps and tails are counted by hand.
	//
	// condemnHeadAtRE is the condemnation's head at the start of its
	// input: the \b before it, condemnHeadFrom tells from the byte
	// before.
	condemnHeadAtRE = lazyRegexp(`(?i)^` + condemnHead)
)

// findRelations reads the relations stated in each paragraph.
func findRelations(d *Document, facts []*MandateFact) []*ActorRelation {
	mentioned := newParagraphMentions(d)
	defer releaseMentionLists(mentioned.pooled)
	// The actors of a stretch are listed in one of two lists kept for
	// the document (the givers' and the recipients' of support; the
	// coordinated and the condemned), which each stretch read made a
	// list of its own for.
	var givers, recipients []string
	in := func(list *[]string, ms []*Mention, from, to int) []string {
		out := (*list)[:0]
		for _, m := range ms {
			if m.within(from, to) {
				out = appendNew(out, m.Actor)
			}
		}
		*list = out
		return out
	}
	var out []*ActorRelation
	add := func(p *Paragraph, kind, from, to, text string) {
		if from != to {
			out = append(out, &ActorRelation{Paragraph: p, Kind: kind, From: from, To: to, Text: text, Span: p.Span})
		}
	}
	for i, p := range d.Paragraphs {
		pm := mentioned.next(i, p) // asked of every paragraph, in order
		if p.Kind == Sub {
			continue // read as part of its paragraph
		}
		if len(pm) == 0 {
			// Every relation below is between actors the paragraph
			// mentions (a condemnation's is the Council's with one): with
			// none, no pattern's match could make one.
			continue
		}
		// Each pattern runs only where its key word stands: they are costly.
		// The words each pattern cannot match without are among the
		// paragraph's keys, found in one pass. Both patterns of support
		// need "support ".
		keys := relationKeys(p)
		if keys&keySupport != 0 {
			var found [][]int
			if keys&keySupportBy != 0 {
				found = findSupport(p.Text)
			}
			found = append(found, findPossessiveSupport(p.Text)...)
			for _, m := range found {
				// The recipient is named right after "to": "to continue
				// cooperating with the United Nations" names none.
				named := slices.DeleteFunc(in(&recipients, pm, m[4], m[5]), func(b string) bool {
					return !startsAt(pm, b, m[4])
				})
				for _, a := range in(&givers, pm, m[2], m[3]) {
					for _, b := range named {
						add(p, "supports", a, b, p.Text[m[0]:m[1]])
					}
				}
			}
		}
		var coordination [][]int
		if keys&keyBetween != 0 && mayNameCoordination(p.Text) {
			coordination = findCoordinationClauses(p.Text)
		}
		for _, m := range coordination {
			actors := slices.DeleteFunc(in(&givers, pm, m[2], m[3]), func(a string) bool {
				return locatedIn(p, a, m[2], m[3], pm)
			})
			for i := range actors {
				for j := i + 1; j < len(actors); j++ {
					add(p, "coordinatesWith", actors[i], actors[j], p.Text[m[0]:m[1]])
				}
			}
		}
		if p.Kind == Operative || p.Kind == Preambular {
			var found [][]int
			// The pattern ignores case, so the look for its words before
			// it does too: "ondemn" and "ttac" in any case ("STRONGLY
			// CONDEMNS THE ATTACKS" is a condemnation). Neither has a
			// letter that case folding matches outside ASCII (as it does
			// k and s), so a look in ASCII is enough. "ondemn", the rarer,
			// is a key; "ttac" is looked for only where it stands.
			if keys&keyCondemn != 0 && containsASCIIFoldBy(p.Text, "ttac", 3) {
				found = findCondemnation(p.Text)
			}
			for _, m := range found {
				// The attacked are named in the condemnation's own clause:
				// "Strongly condemns attacks against UNAVEM II personnel
				// in Angola, and demands that the Government and UNITA
				// …" condemns no attack on UNITA, and Angola is where the
				// personnel are, not a party attacked.
				end := nextClauseAt(p.Text, m[2], m[3])
				for _, b := range in(&recipients, pm, m[2], end) {
					if !locatedIn(p, b, m[2], end, pm) {
						add(p, "condemnsAttacksOn", "security-council", b, p.Text[m[0]:end])
					}
				}
			}
		}
	}
	for _, f := range facts {
		if f.Kind == "authorization" {
			for _, a := range f.Actors {
				add(f.Paragraph, "authorizes", "security-council", a, f.Text)
			}
		}
	}
	return out
}

// relationKeys is the keys of p that findRelations reads: "support ",
// "between " and "ondemn" (relationKeySet), which it asks of an operative
// or preambular paragraph alone. An operative paragraph's keys are read
// in one pass for every extractor that reads them; another paragraph's
// relation keys are read in the citation scanner's pass over its bytes
// (findIn), with its anchors, where three searches of their own were 1 %
// of BenchmarkDev's profile, or here, for a paragraph the scanner did not
// read, in a pass for them alone.
func relationKeys(p *Paragraph) paragraphKeys {
	if p.keysRead || p.Kind == Operative {
		return p.keys() & relationKeySet
	}
	if p.keysFound&keyRelationsRead == 0 {
		p.keysFound = readMarks(p.Text, paragraphMarks{}, markRelationKeys).keys | keyRelationsRead
	}
	return p.keysFound & relationKeySet
}

// mentionsByParagraph lists the mentions of each paragraph of d, in the
// order of d.Paragraphs and, within a paragraph, of d.Mentions. Mentions
// come in the order of the paragraphs, and each paragraph's are then a
// part of d.Mentions, not a copy; no list may be written to.
func mentionsByParagraph(d *Document) [][]*Mention {
	return mentionsByParagraphInto(nil, d)
}

// mentionsByParagraphInto is mentionsByParagraph in the room of out.
func mentionsByParagraphInto(out [][]*Mention, d *Document) [][]*Mention {
	out = slices.Grow(out[:0], len(d.Paragraphs))[:len(d.Paragraphs)]
	ms := d.Mentions
	k := 0
	for i, p := range d.Paragraphs {
		j := k
		for j < len(ms) && ms[j].Paragraph == p {
			j++
		}
		out[i], k = ms[k:j:j], j
	}
	if k == len(ms) {
		return out
	}
	// Mentions in another order: gathered by paragraph.
	byParagraph := map[*Paragraph][]*Mention{}
	for _, m := range ms {
		byParagraph[m.Paragraph] = append(byParagraph[m.Paragraph], m)
	}
	for i, p := range d.Paragraphs {
		out[i] = byParagraph[p]
	}
	return out
}

// mentionListsPool keeps the lists of mentionsByParagraph that
// findRequests and findRelations read only while they run, from document
// to document: a list for every document was a fifth of their
// allocations (issue 13).
var mentionListsPool = sync.Pool{New: func() any { return new([][]*Mention) }}

// pooledMentionsByParagraph is mentionsByParagraph in a pooled list,
// which releaseMentionLists(pooled) gives back. A function to release
// it, closing over the list, was made on the heap at each call (3.7 % of
// BenchmarkDev's allocations).
func pooledMentionsByParagraph(d *Document) (lists [][]*Mention, pooled *[][]*Mention) {
	p := mentionListsPool.Get().(*[][]*Mention)
	*p = mentionsByParagraphInto(*p, d)
	return *p, p
}

// releaseMentionLists gives back a list of pooledMentionsByParagraph, or
// does nothing with nil.
func releaseMentionLists(p *[][]*Mention) {
	if p != nil {
		clear(*p) // holding no document's mentions while pooled
		mentionListsPool.Put(p)
	}
}

// CoMention counts the paragraphs of a document that name two actors.
type CoMention struct {
	A, B  string
	Count int
}

// coMentions counts, for each pair of actors, the paragraphs naming both.
// The actors are numbered in the order of their keys, and the counts kept
// in a triangle of numbers, one for each pair (first, second) with first
// < second, in that order: read row by row, it gives the pairs in the
// order of their keys, with no map of pairs of strings and no sort.
// The list is made in lists (the file's arena's).
func coMentions(d *Document, lists *arenaBuffers[CoMention]) []CoMention {
	scratch := coMentionScratch.Get().(*coMentionCounts)
	defer scratch.release()
	actors, number := scratch.numberActors(d.Mentions)
	n := len(actors)
	counts := scratch.triangle(n * (n - 1) / 2)
	row := func(a int) int { return a*(2*n-a-1)/2 - a - 1 } // counts[row(a)+b] is (a, b)
	pairs := 0
	count := func(a, b int) {
		if counts[row(a)+b] == 0 {
			pairs++
		}
		counts[row(a)+b]++
	}
	named := scratch.named[:0] // the actors of the paragraph read, by number
	for from := 0; from < len(d.Mentions); {
		// Mentions come in the order of the text, a paragraph's together.
		ms := d.Mentions
		to := from + 1
		for to < len(ms) && ms[to].Paragraph == ms[from].Paragraph {
			to++
		}
		if n <= 64 {
			// The paragraph's actors as a set of bits, read in the
			// order of their numbers, with no list to sort and
			// compact: a document names 5 actors on average in dev.
			var set uint64
			for _, a := range number[from:to] {
				set |= 1 << a
			}
			for ; set != 0; set &= set - 1 {
				a := bits.TrailingZeros64(set)
				for rest := set &^ (2<<a - 1); rest != 0; rest &= rest - 1 {
					count(a, bits.TrailingZeros64(rest))
				}
			}
			from = to
			continue
		}
		named = named[:0]
		for _, a := range number[from:to] {
			named = append(named, int(a))
		}
		slices.Sort(named)
		named = slices.Compact(named)
		for i, a := range named {
			for _, b := range named[i+1:] {
				count(a, b)
			}
		}
		from = to
	}
	scratch.named = named
	if cap(scratch.counts) > maxKeptCounts {
		scratch.counts = nil // a document of thousands of actors pays for its own
	}
	out := lists.take(pairs)
	for a := range n {
		for b := a + 1; b < n; b++ {
			if c := counts[row(a)+b]; c > 0 {
				out = append(out, CoMention{actors[a], actors[b], int(c)})
			}
		}
	}
	return out
}

// coMentionCounts is coMentions' scratch, kept from document to document
// by coMentionScratch: none of it outlives the counting.
type coMentionCounts struct {
	actors []string // the actors named, in the order of their keys
	seen   []string // the same, in the order first named
	rank   []int32  // rank[i] is where seen[i] stands in actors
	order  []int32  // actors as places in seen
	number []int32  // each mention's actor, by its place in actors
	counts []int32
	named  []int
	// seenAt finds an actor in seen once there are too many to look
	// through (maxActorsLookedThrough); nil until a document has so many.
	seenAt map[string]int32
}

var coMentionScratch = sync.Pool{New: func() any { return new(coMentionCounts) }}

// maxKeptCounts is the most counts coMentionScratch keeps room for, those
// of 256 actors.
const maxKeptCounts = 256 * 255 / 2

// triangle is the scratch's counts, n of them, all 0.
func (c *coMentionCounts) triangle(n int) []int32 {
	c.counts = slices.Grow(c.counts[:0], n)[:n]
	clear(c.counts)
	return c.counts
}

// numberActors returns the keys of the actors mentioned, once each, in
// order, and the number of each mention's actor in that list. Each
// mention's actor is found among those seen before, not by a binary
// search of the sorted keys: a document names a few actors many times
// (14 mentions of 5 actors on average in dev), most often the same one
// twice running, and the search compared several keys for every mention
// (2.7 % of BenchmarkDev's profile, issue 13). Only the actors, once
// each, are looked up in the sorted list.
func (c *coMentionCounts) numberActors(mentions []*Mention) (actors []string, number []int32) {
	seen, number := c.seen[:0], c.number[:0]
	if c.seenAt != nil {
		clear(c.seenAt)
	}
	last, lastIndex := "", int32(-1)
	for _, m := range mentions {
		if lastIndex < 0 || m.Actor != last {
			last, lastIndex = m.Actor, c.indexOf(&seen, m.Actor)
		}
		number = append(number, lastIndex)
	}
	// The actors in the order of their keys, as places in seen: each
	// one's rank is where it lands, with no search for it after the sort.
	order := c.order[:0]
	for i := range seen {
		order = append(order, int32(i))
	}
	slices.SortFunc(order, func(a, b int32) int { return strings.Compare(seen[a], seen[b]) })
	actors = c.actors[:0]
	rank := slices.Grow(c.rank[:0], len(seen))[:len(seen)]
	for r, i := range order {
		actors = append(actors, seen[i])
		rank[i] = int32(r)
	}
	c.order = order
	for i, a := range number {
		number[i] = rank[a]
	}
	c.seen, c.rank, c.number, c.actors = seen, rank, number, actors
	return actors, number
}

// release gives c back to coMentionScratch holding none of the
// document's keys: a new actor's key is cut from its text.
func (c *coMentionCounts) release() {
	clear(c.actors)
	clear(c.seen)
	clear(c.seenAt)
	coMentionScratch.Put(c)
}

// indexOf is the place of actor in *seen, which it is added to if it is
// not there: looked through while there are few, else in seenAt.
func (c *coMentionCounts) indexOf(seen *[]string, actor string) int32 {
	if len(*seen) <= maxActorsLookedThrough {
		if i := slices.Index(*seen, actor); i >= 0 {
			return int32(i)
		}
		*seen = append(*seen, actor)
		if len(*seen) > maxActorsLookedThrough {
			// From now on actors are found by the map: it holds all seen.
			if c.seenAt == nil {
				c.seenAt = map[string]int32{}
			}
			for i, a := range *seen {
				c.seenAt[a] = int32(i)
			}
		}
		return int32(len(*seen) - 1)
	}
	if i, ok := c.seenAt[actor]; ok {
		return i
	}
	*seen = append(*seen, actor)
	c.seenAt[actor] = int32(len(*seen) - 1)
	return int32(len(*seen) - 1)
}

// maxActorsLookedThrough is the most actors numberActors looks through
// for one already seen: past it, a map finds them.
const maxActorsLookedThrough = 32

// locatedIn reports whether every mention of actor a in p.Text[from:to] is
// a place ("the European Union missions in Mali"), not a party.
func locatedIn(p *Paragraph, a string, from, to int, mentions []*Mention) bool {
	for _, m := range mentions {
		if m.Actor == a && m.within(from, to) && !strings.HasSuffix(p.Text[:m.start], " in ") {
			return false
		}
	}
	return true
}

// nextClauseAt is where the first clause of s[from:to] that an
// operative verb opens starts (", and demands that …", ", calls on …",
// as findRequests splits a paragraph), or to when none does.
func nextClauseAt(s string, from, to int) int {
	for i := nextClauseMark(s, from); i < to; i = nextClauseMark(s, i+1) {
		if _, end := verbGroupAfter(s, i); end > 0 {
			return i
		}
	}
	return to
}

// startsAt reports whether actor a is mentioned at byte at.
func startsAt(mentions []*Mention, a string, at int) bool {
	for _, m := range mentions {
		if m.Actor == a && int(m.start) == at {
			return true
		}
	}
	return false
}

// coordinationFrom is the first match of coordinationRE (see above) in
// s that starts at or after byte p, or nil, as FindStringSubmatchIndex
// finds it there: the head at a word's start, the nearest "between" after
// it within 120 characters of the same clause that is followed by three
// or more, and those, up to 250. findCoordination, in the tests, finds
// them all from one match's end to the next, as the pattern does.
func coordinationFrom(s string, p int) []int {
	for ; p < len(s); p++ {
		if c := s[p]; c != 'c' && c != 'e' && c != 'i' || !wordStartsAt(s, p) {
			continue
		}
		head := coordinationHeadAt(s[p:])
		if head == 0 {
			continue
		}
		q := p + head
		for gap := 0; gap <= 120 && q <= len(s); gap++ {
			if strings.HasPrefix(s[q:], "between ") && wordStartsAt(s, q) {
				if end, n := clauseRun(s, q+len("between "), 250); n >= 3 {
					return []int{p, end, q + len("between "), end}
				}
			}
			if q == len(s) || s[q] == ';' {
				break
			}
			_, size := utf8.DecodeRuneInString(s[q:])
			q += size
		}
	}
	return nil
}

// findCoordinationClauses is the coordinations of s as coordinationFrom
// finds them, each with its parties cut to its own clause: up to the
// next clause an operative verb opens (nextClauseAt), and up to another
// "between". "cooperation between the Democratic People's Republic of
// Korea and the Agency and the prospect of contacts between the
// Democratic People's Republic of Korea and other Member States" ties
// Member States to no one by cooperation; "… between MINUSMA, the FC-G5S
// and the French forces, …, and reiterates … its request to the
// Secretary-General to enhance cooperation between MINUSMA and the G5
// Sahel Member States …" ties the Secretary-General to no one, and its
// second coordination, which the first one's run of 250 characters takes
// in, is looked for after the cut.
func findCoordinationClauses(s string) [][]int {
	var out [][]int
	for from := 0; ; {
		m := coordinationFrom(s, from)
		if m == nil {
			return out
		}
		end := nextClauseAt(s, m[2], m[3])
		if k := strings.Index(s[m[2]:end], " between "); k >= 0 {
			end = m[2] + k
		}
		m[1], m[3] = end, end
		out = append(out, m)
		from = end
	}
}

// mayNameCoordination reports whether s holds a part of every one of
// coordinationHeads: where it does not, findCoordinationClauses, which
// reads every byte, finds nothing. Each part is looked for by a rare letter or
// pair of letters, the "f" of "nformation" and the "oo" the other two open
// with, which IndexByte and Index pass over many bytes at once to find:
// strings.Contains of each part stopped at every "n" or "o" it tried
// (BenchmarkMayNameCoordination: 2.5x).
func mayNameCoordination(s string) bool {
	return containsBy(s, "nformation", 1) || containsOOWord(s)
}

// containsOOWord reports whether s holds "oordination" or "ooperation",
// looked for at each "oo", which few words have.
func containsOOWord(s string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], "oo")
		if k < 0 {
			return false
		}
		i += k
		if rest := s[i:]; strings.HasPrefix(rest, "oordination") || strings.HasPrefix(rest, "ooperation") {
			return true
		}
		i++
	}
}

// coordinationHeads are the words that open coordinationRE (see above).
var coordinationHeads = []string{"coordination", "cooperation", "exchange of information", "information sharing", "information-sharing"}

// coordinationHeadAt is the length of the head of coordinationRE that s
// opens with, as a whole word, or 0: what
//
//	^(?:coordination|cooperation|exchange of information|information sharing|information-sharing)\b
//
// matches, by hand: the pattern, run at every word that opens with c, e
// or i, was half the time of findRelations (issue 13).
func coordinationHeadAt(s string) int {
	for _, h := range coordinationHeads {
		if strings.HasPrefix(s, h) && (len(s) == len(h) || !isWordByte(s[len(h)])) {
			return len(h)
		}
	}
	return 0
}

// findSupport finds what the pattern of support (see above) would, as
// FindAllStringSubmatchIndex does: at each "support " that opens a word,
// "provided " if it follows, "by " or "from ", then the fewest characters
// of the clause, three to 80, after which " to ", perhaps "the ", and two
// or more of the clause before a comma stand; the recipient is as many
// of those as there are, up to 80. The pattern, run over every paragraph
// that says "support by", was a quarter of findRelations' time on dev and
// the seeds.
func findSupport(s string) [][]int {
	var out [][]int
	for at := 0; ; {
		k := strings.Index(s[at:], "support ")
		if k < 0 {
			return out
		}
		p := at + k
		at = p + 1
		if !wordStartsAt(s, p) {
			continue
		}
		if m := supportAt(s, p); m != nil {
			out = append(out, m)
			at = m[1]
		}
	}
}

// supportAt is the match of the pattern of support at s[p:], which opens
// with "support ", or nil.
func supportAt(s string, p int) []int {
	q := p + len("support ")
	q += len(prefixIn(s[q:], "provided "))
	by := prefixIn(s[q:], "by ", "from ")
	if by == "" {
		return nil
	}
	from := q + len(by)
	// The giver: the fewest characters of the clause (no ';') that " to "
	// and a recipient follow.
	end := from
	for n := 1; n <= 80; n++ {
		if end >= len(s) || s[end] == ';' {
			return nil
		}
		_, size := utf8.DecodeRuneInString(s[end:])
		end += size
		if n < 3 || !strings.HasPrefix(s[end:], " to ") {
			continue
		}
		to := end + len(" to ")
		if strings.HasPrefix(s[to:], "the ") {
			if stop, count := recipientRun(s, to+len("the ")); count >= 2 {
				return []int{p, stop, from, end, to + len("the "), stop}
			}
		}
		if stop, count := recipientRun(s, to); count >= 2 {
			return []int{p, stop, from, end, to, stop}
		}
	}
	return nil
}

// recipientRun counts the characters from s[i] up to the next ';' or ',',
// at most 80 of them: where they end, and how many.
func recipientRun(s string, i int) (end, n int) {
	for i < len(s) && n < 80 && s[i] != ';' && s[i] != ',' {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n++
	}
	return i, n
}

// prefixIn is the first of words that s opens with, or "".
func prefixIn(s string, words ...string) string {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return w
		}
	}
	return ""
}

// findCondemnation finds what condemnRE (see above) would: its head, and
// after it three or more characters of the clause, up to 400.
func findCondemnation(s string) [][]int {
	var out [][]int
	from := 0
	// A head holds no other head, so heads found one after another are
	// all the places a match may start.
	for at := 0; ; {
		start, end := condemnHeadFrom(s, at)
		if start < 0 {
			return out
		}
		at = end
		if start < from {
			continue
		}
		if stop, n := clauseRun(s, end, 400); n >= 3 {
			out = append(out, []int{start, stop, end, stop})
			from = stop
		}
	}
}

// condemnHead is the pattern of the condemnation's head: "condemns
// (all) (the) (continued) attacks on/against".
const condemnHead = `condemn\w* (?:all |the )?(?:continued |repeated )?attacks? (?:against|on) `

// condemnHeadFrom is the first match of (?i)\b and condemnHead in s
// from byte at on, as FindAllStringIndex finds the one after a match that ends at at,
// or -1, -1. A match opens with "condemn" in any case (none of its
// letters folds to a rune outside ASCII, as k and s do) after no word
// byte: the pattern is run, anchored, only at such places, not over the
// whole paragraph, where it stopped at every byte (2.5 % of the time of
// the actors' part of extraction on dev and the seeds, for 31 paragraphs
// that say "condemn" and "ttac").
func condemnHeadFrom(s string, at int) (start, end int) {
	for {
		k := indexASCIIFoldBy(s[at:], "condemn", 5)
		if k < 0 {
			return -1, -1
		}
		start = at + k
		at = start + 1
		if !wordStartsAt(s, start) {
			continue
		}
		if m := condemnHeadAtRE.FindStringIndex(s[start:]); m != nil {
			return start, start + m[1]
		}
	}
}

// possessiveSupport is the words every match of possessiveSupportRE
// holds, right after its first group.
const possessiveSupport = "'s support to "

// findPossessiveSupport is possessiveSupportRE.FindAllStringSubmatchIndex(s,
// -1), the pattern run only near the places that hold possessiveSupport:
// unanchored, it was tried at every byte of a paragraph that holds the
// words once (7 % of the profile of a seed with a few). A match starts in
// the run of word bytes and hyphens right before the words (its first
// group, [A-Z][\w-]+, is of those alone), and ends at most 60 characters
// of [^;,] and "the " after them. So the pattern is run from the start
// of that run, or from the end of the match before if that is later, on
// a window that holds the longest match there can be: with nothing
// before the start that \w or a group could read, and nothing past the
// window that a match could reach, it finds there what it finds in s.
func findPossessiveSupport(s string) [][]int {
	var out [][]int
	for from := 0; ; {
		k := strings.Index(s[from:], possessiveSupport)
		if k < 0 {
			return out
		}
		k += from
		start := k
		for start > from && (isWordByte(s[start-1]) || s[start-1] == '-') {
			start--
		}
		// The longest tail: "the " and 60 characters of up to
		// utf8.UTFMax bytes each.
		end := min(len(s), k+len(possessiveSupport)+len("the ")+60*utf8.UTFMax)
		m := possessiveSupportRE.FindStringSubmatchIndex(s[start:end])
		if m == nil || start+m[0] > k {
			// None here; a match of words further on, which the window
			// may cut short, is looked for from there.
			from = k + 1
			continue
		}
		for i := range m {
			if m[i] >= 0 {
				m[i] += start
			}
		}
		out = append(out, m)
		from = m[1] // matches are never empty
	}
}

// clauseRun counts the characters from s[i] up to the next ";", at most
// max of them: where they end, and how many.
func clauseRun(s string, i, max int) (end, n int) {
	for i < len(s) && n < max && s[i] != ';' {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n++
	}
	return i, n
}

// containsASCIIFold reports whether s holds w, lower-case ASCII letters,
// in any mix of cases. For a letter c, b|0x20 == c only when b is c in
// either case. The places w may start are found by its first letter in
// each case, with strings.IndexByte.
func containsASCIIFold(s, w string) bool {
	return containsASCIIFoldBy(s, w, 0)
}

// containsASCIIFoldBy is containsASCIIFold looking for w by its letter at
// k: a letter rarer than the first makes IndexByte stop at fewer places
// that are not w (the m of "ondemn" is one byte in fifty of the corpus,
// the t of "ttac" one in thirteen).
func containsASCIIFoldBy(s, w string, k int) bool {
	return indexASCIIFoldBy(s, w, k) >= 0
}

// indexASCIIFoldBy is where the first w, lower-case ASCII letters, stands
// in s in any mix of cases, or -1; it is looked for by its letter at k,
// as containsASCIIFoldBy does.
func indexASCIIFoldBy(s, w string, k int) int {
	if k >= len(w) || w[k] < 'a' || w[k] > 'z' {
		return indexASCIIFoldEach(s, w)
	}
	lower, upper := w[k], w[k]-'a'+'A'
	nextLower, nextUpper := -1, -1 // the next of each at or after i, or len(s)
	for i := k; i+len(w)-k <= len(s); i++ {
		if nextLower < i {
			nextLower = indexByteFrom(s, lower, i)
		}
		if nextUpper < i {
			nextUpper = indexByteFrom(s, upper, i)
		}
		i = min(nextLower, nextUpper)
		start := i - k
		if start+len(w) > len(s) {
			return -1
		}
		j := 0
		for j < len(w) && s[start+j]|0x20 == w[j] {
			j++
		}
		if j == len(w) {
			return start
		}
	}
	return -1
}

// indexByteFrom is the offset of the first c in s at or after i, or
// len(s).
func indexByteFrom(s string, c byte, i int) int {
	if k := strings.IndexByte(s[i:], c); k >= 0 {
		return i + k
	}
	return len(s)
}

// indexASCIIFoldEach is indexASCIIFoldBy, trying each offset of s.
func indexASCIIFoldEach(s, w string) int {
	for i := 0; i+len(w) <= len(s); i++ {
		k := 0
		for k < len(w) && s[i+k]|0x20 == w[k] {
			k++
		}
		if k == len(w) {
			return i
		}
	}
	return -1
}
