package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/sckg/sckg/ontology"
)

// Actors are found by name: every label of the registry (and the member
// states), the acronyms a text defines for itself ("the G5 Sahel joint
// force (FC-G5S)"), the names it defines for groups ("the Government of
// Mali and the Plateforme and Coordination armed groups ("the Malian
// parties")"), and organisations it introduces with an acronym that the
// registry does not know, which become new actors rather than being lost.

// Mention is a place where a text names an actor. Its text is not kept
// but cut from the paragraph's when asked (Text), and its offsets, in
// the paragraph and in the source (Span), take 32 bits, as a text's map's
// do: a document has hundreds of mentions, and a Mention of 40 bytes, not
// 72, is 45 % less to allocate and for the collector to scan (issue 13).
type Mention struct {
	Actor              string // registry key: "minusma", "state/FRA", or a new actor's key
	Paragraph          *Paragraph
	start, end         int32 // byte offsets in the paragraph text
	spanStart, spanEnd int32 // its Span: code-point offsets in the source
}

// mentionOf is the mention of actor a by the text of p from byte start
// to byte end.
func mentionOf(a string, p *Paragraph, start, end int) Mention {
	return Mention{Actor: a, Paragraph: p, start: int32(start), end: int32(end)}
}

// Text is the mention's text, as printed in its paragraph.
func (m *Mention) Text() string { return m.Paragraph.Text[m.start:m.end] }

// Span is where the mention stands in its source.
func (m *Mention) Span() Span { return Span{int(m.spanStart), int(m.spanEnd)} }

// setSpan places the mention at s in its source.
func (m *Mention) setSpan(s Span) { m.spanStart, m.spanEnd = int32(s.Start), int32(s.End) }

// bounds are the mention's byte offsets in its paragraph's text.
func (m *Mention) bounds() (start, end int) { return int(m.start), int(m.end) }

// within reports whether the mention lies in its paragraph's text from
// byte from to byte to.
func (m *Mention) within(from, to int) bool {
	return int(m.start) >= from && int(m.end) <= to
}

// NewActor is an organisation a text introduces that the registry does
// not know.
type NewActor struct {
	Key     string // "misad"
	Name    string // "Mission d'appui …", as printed
	Acronym string
}

// documentActors finds the actors a document names, in two passes: the
// first learns the names the document defines, the second finds every
// mention with those names too.
// Its mentions, and their list, are made in room (the file's arena's).
func documentActors(d *Document, base nameIndex, room *mentionRoom) ([]*Mention, []NewActor) {
	scratch := matcherScratches.Get().(*matcherScratch)
	// The document's own names: none until it defines one, then the
	// scratch's trie.
	local := nameIndex{}
	// The opening (see paragraphWords) of each name added to local, in
	// the order added.
	var added []uint32
	addLocal := func(label string, actors ...string) {
		if local.t == nil {
			local.t = scratch.localTrie()
		}
		local.addCopied(label, actors)
		if h, ok := labelOpening(label); ok {
			added = append(added, h)
		}
	}
	names := &nameMatcher{base: base, local: &local, mentions: &room.made, opening: &scratch.opening}
	// Each paragraph's words are read once, into one list for the
	// document, and looked at again from there. The mentions are gathered
	// in a list kept from document to document too, and copied once.
	words, first := scratch.words[:0], scratch.first[:0]
	defer func() {
		d.misprintedHyphens = names.misprinted
		clear(first) // let the document's mentions go
		scratch.words, scratch.first = words, first[:0]
		scratch.releaseLocal()
		matcherScratches.Put(scratch)
	}()
	var found []NewActor
	known := map[string]bool{}
	kept := readingsPool.Get().(*[]paragraphReading)
	defer readingsPool.Put(kept)
	readings := slices.Grow((*kept)[:0], len(d.Paragraphs))[:len(d.Paragraphs)]
	*kept = readings
	// first is every paragraph's first reading, in order. Sub-paragraphs
	// are read as part of their paragraph, whose text holds them: each
	// mention is counted once.
	for k, p := range d.Paragraphs {
		if p.Kind == Sub {
			continue
		}
		from, wordsFrom := len(first), len(words)
		words = appendTextWords(words, p.Text)
		first = appendMentions(first, p, words[wordsFrom:], names)
		mentions := first[from:]
		readings[k] = paragraphReading{from: from, to: len(first), wordsFrom: wordsFrom, wordsTo: len(words), adds: len(added)}
		open := strings.IndexByte(p.Text, '(')
		if open < 0 {
			// Names are defined in brackets: a paragraph without one is
			// scanned for it once, not by each reading of definitions.
			continue
		}
		for _, m := range mentions {
			// "the G5 Sahel joint force (FC-G5S)": an acronym in brackets
			// right after a mention names the same actor.
			if a, ok := acronymAfter(p.Text[m.end:]); ok {
				addLocal(a, m.Actor)
			}
		}
		brackets := &scratch.brackets
		brackets.read(p.Text, open)
		for _, g := range definedGroups(p.Text, mentions, brackets.groups) {
			addLocal(g.name, g.actors...)
			addLocal("the "+g.name, g.actors...)
		}
		for _, na := range newActorsAt(p.Text, base, brackets.acronyms) {
			if !known[na.Key] {
				known[na.Key] = true
				found = append(found, na)
				addLocal(na.Acronym, na.Key)
				addLocal(na.Name, na.Key)
			}
		}
	}
	again := false
	for k, p := range d.Paragraphs {
		r := &readings[k]
		r.again = false
		// Most paragraphs come after the last name added: only the few
		// before one have their words looked at again (issue 13).
		if p.Kind != Sub && r.adds < len(added) {
			r.again = mayOpenAny(words[r.wordsFrom:r.wordsTo], added[r.adds:])
		}
		again = again || r.again
	}
	if !again {
		return ownMentions(first, room), found
	}
	var all []*Mention
	all, first = readAgain(d, readings, first, words, names, room)
	return all, found
}

// seatsOfTheDay reads the states d mentions as a text of its day means
// them, as the vote lines are read: "China" in a text adopted before 25
// October 1971 is the Republic of China's seat (state/ROC), where
// "People's Republic of China" stays CHN, and "the Republic of the
// Congo" of 1960-1964 the Congo (Leopoldville), COD, not today's Republic
// of the Congo (ontology.StateOnDate); "the Russian Government" before
// 24 December 1991 is the Soviet Union's (ontology.GovernmentOnDate).
// Only China's, the Congo's and Russia's mentions are asked about, and
// only in a dated document; a Congo told by
// its capital in brackets after it ("the Republic of the Congo
// (Brazzaville)") is read with them (bracketedNamesOfTheDay).
func seatsOfTheDay(d *Document) {
	date := d.AdoptionDate
	if date == "" {
		date = d.Date
	}
	if date == "" {
		return
	}
	for _, m := range d.Mentions {
		a, ok := strings.CutPrefix(m.Actor, "state/")
		if ok && ontology.AdjectiveReadByDate(a) {
			// "the Russian Government" of 1956 is the Soviet Union's.
			if code, ok := ontology.GovernmentOnDate(m.Text(), date); ok {
				m.Actor = "state/" + code
			}
			continue
		}
		if !ok || !ontology.ReadByDate(a) {
			continue
		}
		if _, _, bracketed := bracketedStateName(m); bracketed {
			continue
		}
		if st, ok := ontology.StateOnDate(m.Text(), date); ok && "state/"+st.Alpha3 != m.Actor {
			m.Actor = "state/" + st.Alpha3
		}
	}
}

// bracketedNamesOfTheDay reads a state's name and the word in brackets
// printed right after it as one name where the two are a name of its day
// of another state: "Guinea (Bissau)", as the texts of 1971-1973 print
// Guinea-Bissau, is state/GNB, not Guinea. The registry's names hold
// brackets nowhere else, and a name's words are read only as printed
// next to each other, so the whole name is asked for here, of a state's
// mentions that a bracket follows alone.
func bracketedNamesOfTheDay(d *Document) {
	for _, m := range d.Mentions {
		if st, close, ok := bracketedStateName(m); ok && "state/"+st.Alpha3 != m.Actor {
			m.Actor = "state/" + st.Alpha3
			m.end = int32(close + 1)
		}
	}
}

// bracketedStateName is the state whose name is m's, a state's, with the
// word in brackets printed right after it ("Guinea (Bissau)", "the
// Congo (Brazzaville)"), the offset of the closing bracket in m's
// paragraph, and whether there is such a state.
func bracketedStateName(m *Mention) (*ontology.State, int, bool) {
	text := m.Paragraph.Text
	start, end := m.bounds()
	open := skipSpaces(text, end)
	if open == end || open == len(text) || text[open] != '(' || !strings.HasPrefix(m.Actor, "state/") {
		return nil, 0, false
	}
	close := strings.IndexByte(text[open:min(len(text), open+40)], ')')
	if close < 0 {
		return nil, 0, false
	}
	close += open
	name := text[start:end] + " (" + strings.ReplaceAll(strings.TrimSpace(text[open+1:close]), "\n", " ") + ")"
	st, ok := ontology.LookupState(name)
	return st, close, ok
}

// membersOfTheUnitedNations reads "Members of the United Nations",
// plural, as the Member States, not the United Nations: "Calls upon all
// States Members of the United Nations to comply …" asks the Member
// States. The mention takes the words before "of the United Nations"
// ("Members", "States Members"). "States not Members of the United
// Nations" are no Member States, and "a Member of the United Nations" is
// one of them: both keep their reading, as does "United Nations" before
// a capitalised word, the start of another body's name. Only the United
// Nations' mentions printed "United Nations" are looked at.
func membersOfTheUnitedNations(d *Document) {
	for _, m := range d.Mentions {
		if t := m.Text(); m.Actor != "united-nations" || len(t) != len("United Nations") || !strings.HasPrefix(t, "United") || !strings.HasSuffix(t, "Nations") {
			continue
		}
		text := m.Paragraph.Text
		if next := skipSpaces(text, int(m.end)); next > int(m.end) && next < len(text) && 'A' <= text[next] && text[next] <= 'Z' {
			continue // "the Members of the United Nations Commission …"
		}
		at, ok := wordsBefore(text, int(m.start), "Members", "of", "the")
		if !ok {
			continue
		}
		if _, ok := wordsBefore(text, at, "not"); ok {
			continue
		}
		if k, ok := wordsBefore(text, at, "States"); ok {
			at = k
		}
		m.Actor, m.start = "member-states", int32(at)
	}
}

// wordsBefore is where the words, printed in order with a space or a line
// break between each and after the last, start in text right before end,
// and whether they are there as whole words.
func wordsBefore(text string, end int, words ...string) (int, bool) {
	at := end
	for i := len(words) - 1; i >= 0; i-- {
		w := words[i]
		if at < 1 || !isClauseSpace(text[at-1]) || !strings.HasSuffix(text[:at-1], w) {
			return 0, false
		}
		at -= 1 + len(w)
		if !wordStartsAt(text, at) {
			return 0, false
		}
	}
	return at, true
}

// withoutOtherBodies is mentions without the Security Council's short
// label "Council" where it is the last or first word of another council's
// name: after a capitalised word within a sentence ("the European
// Council", "the Transitional Executive Council", "the Defence Council"),
// or before "of" and a name ("the Council of Ministers of the
// Organization of African Unity", "the Council of the League of
// Nations"). "Security" before it, an opening word ("Reaffirming Council
// resolutions"), a quote mark OCR left between ("Security 'Council") and
// a date after it ("the Council of 1 August 1947") keep it the Security
// Council's. Only the mentions printed "Council" are looked at.
//
// So is the Secretary-General's label where another organisation the
// text names follows it: "the Secretary-General of the Organization of
// American States" is that organisation's ("of the Organization" alone is
// the United Nations, which names no other actor).
//
// So is "Security Council" before "Committee": "the Security Council
// Committee established by resolution 661 (1990) concerning …" is the
// Committee, which the registry knows by the rest of its name.
//
// So is a state's name that fills the brackets right after another
// state's name: "the Federal Republic of Yugoslavia (Serbia and
// Montenegro)" glosses the name before it, the one the text names (the
// names of the day tell which state that is), and "Southern Rhodesia
// (Zimbabwe)" names Southern Rhodesia once. Only the mentions printed
// inside brackets are looked at.
func withoutOtherBodies(mentions []*Mention) []*Mention {
	kept := mentions[:0]
	for _, m := range mentions {
		switch {
		case m.Actor == "security-council" && m.Text() == "Council" && inOtherCouncilsName(m):
		case m.Actor == "security-council" && m.Text() == "Security Council" && beforeCommittee(m):
		case m.Actor == "secretary-general" && isSecretaryGeneral(m.Text()) && anotherOrganisationsPost(m, mentions):
		case m.start > 0 && m.Paragraph.Text[m.start-1] == '(' && glossesState(m, mentions):
		default:
			kept = append(kept, m)
		}
	}
	clear(mentions[len(kept):])
	return kept
}

// isSecretaryGeneral reports whether t is printed "Secretary-General", its
// hyphen maybe printed as another mark (repairedHyphens).
func isSecretaryGeneral(t string) bool {
	if !mayHoldMisprintedHyphen(t) {
		return t == "Secretary-General"
	}
	r, _, _ := repairedHyphens(t)
	return r == "Secretary-General"
}

// inOtherCouncilsName reports whether the "Council" m is printed as a
// word of another council's name (withoutOtherBodies).
func inOtherCouncilsName(m *Mention) bool {
	text := m.Paragraph.Text
	start, end := m.bounds()
	// The word before, in the same sentence.
	i := start
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\n') {
		i--
	}
	j := i
	for j > 0 && (isASCIILetterOrDigit(text[j-1]) || text[j-1] == '-') {
		j--
	}
	if before := text[j:i]; j < i && i < start && before[0] >= 'A' && before[0] <= 'Z' && before != "Security" {
		k := j
		for k > 0 && (text[k-1] == ' ' || text[k-1] == '\n') {
			k--
		}
		if r, _ := utf8.DecodeLastRuneInString(text[:k]); k > 0 && !strings.ContainsRune(".;:(\"“‘'", r) {
			return true
		}
	}
	// "of", "of the", then a capitalised word.
	next, ok := afterOfThe(text, end)
	return ok && text[next] >= 'A' && text[next] <= 'Z'
}

// beforeCommittee reports whether the word after m, in its paragraph, is
// "Committee" (withoutOtherBodies).
func beforeCommittee(m *Mention) bool {
	text := m.Paragraph.Text
	_, end := m.bounds()
	at := skipSpaces(text, end)
	return at > end && strings.HasPrefix(text[at:], "Committee") && wordEndsAt(text, at+len("Committee"))
}

// glossesState reports whether m, a state, fills the brackets printed
// right after the name of another mention of mentions that is a state,
// in the same paragraph: "Federal Republic of Yugoslavia (Serbia and
// Montenegro)" (withoutOtherBodies).
func glossesState(m *Mention, mentions []*Mention) bool {
	text := m.Paragraph.Text
	start, end := m.bounds()
	if !strings.HasPrefix(m.Actor, "state/") || end >= len(text) || text[end] != ')' || start < 2 || !isRESpace(text[start-2]) {
		return false
	}
	for _, o := range mentions {
		if o.Paragraph == m.Paragraph && int(o.end) == start-2 && strings.HasPrefix(o.Actor, "state/") {
			return true
		}
	}
	return false
}

// afterOfThe is the offset of the word after "of", or after "of the",
// that text holds from end on, past spaces and line breaks, and whether
// there is one: the names of other bodies and posts go on so ("the
// Council of the League of Nations", "the Secretary-General of the
// Organization of American States").
func afterOfThe(text string, end int) (int, bool) {
	at := skipSpaces(text, end)
	if at == end || !strings.HasPrefix(text[at:], "of") {
		return 0, false
	}
	next := skipSpaces(text, at+len("of"))
	if next == at+len("of") || next == len(text) {
		return 0, false
	}
	if after := next + len("the"); strings.HasPrefix(text[next:], "the") && skipSpaces(text, after) > after && skipSpaces(text, after) < len(text) {
		next = skipSpaces(text, after)
	}
	return next, true
}

// anotherOrganisationsPost reports whether the post m names is followed
// by "of" or "of the" and another actor of mentions than the United
// Nations, in the same paragraph.
func anotherOrganisationsPost(m *Mention, mentions []*Mention) bool {
	_, end := m.bounds()
	next, ok := afterOfThe(m.Paragraph.Text, end)
	if !ok {
		return false
	}
	for _, o := range mentions {
		if o.Paragraph == m.Paragraph && int(o.start) == next && o.Actor != "united-nations" && o.Actor != m.Actor {
			return true
		}
	}
	return false
}

// skipSpaces is the offset of the first byte of s from i that is no
// space or line break.
func skipSpaces(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\n') {
		i++
	}
	return i
}

// ownMentions is a copy of mentions, which belong to a pooled list, made
// in room, or nil when there is none.
func ownMentions(mentions []*Mention, room *mentionRoom) []*Mention {
	if len(mentions) == 0 {
		return nil
	}
	return append(room.list(len(mentions)), mentions...)
}

// readAgain is the mentions of d, each paragraph's as first read (in
// first) unless it is to be read again (paragraphReading.again) with
// every name the document defines. words are the words of d's
// paragraphs, as readings place them. The paragraphs read again append
// their mentions to first, the pooled list, and the document's list is
// made once, at its size: made as large as the first reading, it grew
// to twice that whenever a paragraph read again found a name more.
// readAgain returns the mentions and first as grown.
func readAgain(d *Document, readings []paragraphReading, first []*Mention, words []textWord, names *nameMatcher, room *mentionRoom) (all, grown []*Mention) {
	n := 0
	for k, p := range d.Paragraphs {
		r := &readings[k]
		if p.Kind == Sub {
			continue
		}
		if r.again {
			from := len(first)
			first = appendMentions(first, p, words[r.wordsFrom:r.wordsTo], names)
			r.from, r.to = from, len(first)
		}
		n += r.to - r.from
	}
	if n == 0 {
		return nil, first
	}
	all = room.list(n)
	for k, p := range d.Paragraphs {
		if r := &readings[k]; p.Kind != Sub {
			all = append(all, first[r.from:r.to]...)
		}
	}
	return all, first
}

// paragraphReading is a paragraph's first reading: its mentions (from
// and to in the document's list), its words, and the number of names local held
// then. When no name the document defines after it opens as one of its
// words (paragraphWords), the second pass would read the same mentions
// again; else it is read again.
type paragraphReading struct {
	from, to           int
	wordsFrom, wordsTo int // its words in documentActors' list
	adds               int
	again              bool
}

// readingsPool keeps the readings of documentActors from one document to
// the next.
var readingsPool = sync.Pool{New: func() any { return new([]paragraphReading) }}

// mayOpenAny reports whether a name whose opening (labelOpening) is
// among openings may be found in a text whose words are words: whether
// one of its words, or two standing together, has that opening. The few
// openings a document adds are compared one by one, so that no paragraph
// is read again for a name it cannot hold: the bits of paragraphWords,
// which a long paragraph's words nearly fill, sent 45 of the 115
// paragraphs of dev and the seeds read again to find the same mentions.
// Past maxOpeningsCompared, the bits are asked.
func mayOpenAny(words []textWord, openings []uint32) bool {
	if len(openings) > maxOpeningsCompared {
		held := paragraphWordsOf(words)
		return held.mayHoldAny(openings)
	}
	for k, w := range words {
		pair, paired := uint32(0), k+1 < len(words) && together(w, words[k+1])
		if paired {
			pair = pairHash(w.folded, words[k+1].folded)
		}
		for _, h := range openings {
			if h == w.folded || paired && h == pair {
				return true
			}
		}
	}
	return false
}

// maxOpeningsCompared is the most openings mayOpenAny compares with each
// word: a document that defines more names costs a look at a set of bits
// for each word, not a comparison with each name.
const maxOpeningsCompared = 16

// paragraphWords is a bit for the opening of each name a paragraph may
// hold: the foldedHash of each of its words, and the pairHash of the
// folded hashes of each two words standing together, as the words of a
// name do. A name can be found in a paragraph only where its opening is:
// its one word, or its first two. When the bit of none of the names added
// after the paragraph was read is set, reading it again would find the
// same. Pairs matter for names that open with a common word: "the Malian
// parties" would otherwise send every paragraph with "the" to be read
// again.
type paragraphWords [32]uint64

func (w *paragraphWords) add(h uint32) {
	h = spread(h) & 2047
	w[h>>6] |= 1 << (h & 63)
}

func (w *paragraphWords) mayHoldAny(hashes []uint32) bool {
	for _, h := range hashes {
		if h = spread(h) & 2047; w[h>>6]&(1<<(h&63)) != 0 {
			return true
		}
	}
	return false
}

// labelOpening is the opening of a label as paragraphWords keeps it: the
// foldedHash of its word, or the pairHash of those of its first two;
// false when it has no word.
func labelOpening(label string) (uint32, bool) {
	start, end := nextWord(label, 0)
	if start == len(label) {
		return 0, false
	}
	h := foldedHash(label[start:end])
	if start2, end2 := nextWord(label, end); start2 < len(label) {
		h = pairHash(h, foldedHash(label[start2:end2]))
	}
	return h, true
}

type definition struct {
	name   string
	actors []string
}

// acronymAfter returns the acronym in brackets that s opens with, as the
// pattern ^ \(([A-Z][A-Za-z0-9-]{1,14})\) (acronymAfterRE, in the tests)
// finds it: " (", a capital letter, one to 14 letters, digits or
// hyphens, and ")". The bracket that closes it is none of those, so the
// pattern matches exactly when the longest run of them does. The
// pattern made the match's list of strings for each name in brackets.
func acronymAfter(s string) (string, bool) {
	if !strings.HasPrefix(s, " (") {
		return "", false
	}
	if end, ok := capitalRunToBracket(s, 2, 15, &acronymAfterBytes); ok {
		return s[2:end], true
	}
	return "", false
}

// acronymAfterBytes are the bytes after the capital of an acronym after
// a mention: letters, digits and hyphens.
var acronymAfterBytes = func() (set [256]bool) {
	for c := range set {
		set[c] = isASCIILetterOrDigit(byte(c)) || c == '-'
	}
	return set
}()

// groupNameAt reads the name a text defines in brackets and quotes
// ("the Malian parties") at the bracket text[open], if any, as the
// pattern \s?\("the ([^"()]{3,60})"\) (groupNameRE, in the reference
// tests) finds it: the whole, from the space before the bracket if there
// is one, and the name. The name is a run of 3 to
// 60 characters other than quotes and brackets, and the quote after it
// closes the bracket: no shorter run can end at a quote, so the pattern
// matches exactly when the longest run does. No bracket stands inside
// a name, so that the pattern's next match starts at a later bracket, as
// each bracket is read on its own.
func groupNameAt(text string, open int) ([4]int, bool) {
	const opening = `("the `
	if !strings.HasPrefix(text[open:], opening) {
		return [4]int{}, false
	}
	start, i := open, open+len(opening)
	end, runes := i, 0
	for end < len(text) && runes <= 60 && !isQuoteOrBracket(text[end]) {
		_, n := utf8.DecodeRuneInString(text[end:])
		end += n
		runes++
	}
	if runes < 3 || runes > 60 || !strings.HasPrefix(text[end:], `")`) {
		return [4]int{}, false
	}
	if start > 0 && isRESpace(text[start-1]) {
		start--
	}
	return [4]int{start, end + 2, i, end}, true
}

// bracketPlaces are the places of what a text defines in brackets: the
// names of groups (groupNameAt) and the acronyms after a name
// (bracketAcronymAt). documentActors keeps one from paragraph to
// paragraph.
type bracketPlaces struct {
	groups   [][4]int
	acronyms [][2]int
}

// read finds the places in text, whose first bracket is at open (none
// when open < 0), in one pass over its brackets, each looked at for both
// kinds: the two were found by two searches of the text for brackets, a
// third after documentActors' own for the first (issue 13).
func (b *bracketPlaces) read(text string, open int) {
	b.groups, b.acronyms = b.groups[:0], b.acronyms[:0]
	if open < 0 {
		return
	}
	for ; open < len(text); open = indexByteFrom(text, '(', open+1) {
		if loc, ok := groupNameAt(text, open); ok {
			b.groups = append(b.groups, loc)
		}
		if loc, ok := bracketAcronymAt(text, open); ok {
			b.acronyms = append(b.acronyms, loc)
		}
	}
}

func isQuoteOrBracket(c byte) bool { return c == '"' || c == '(' || c == ')' }

// definedGroups finds ("the Malian parties"), at groups (groupNameAt),
// after a run of mentions joined by "and" and commas: the name means all
// of them.
func definedGroups(text string, mentions []*Mention, groups [][4]int) []definition {
	var out []definition
	for _, loc := range groups {
		var actors []string
		end := loc[0]
		for k := len(mentions) - 1; k >= 0; k-- {
			m := mentions[k]
			if int(m.end) > end {
				continue
			}
			gap := strings.TrimSpace(text[m.end:end])
			if gap != "" && !joinerRE.MatchString(gap) {
				break
			}
			actors = append(actors, m.Actor)
			end = int(m.start)
		}
		if len(actors) > 1 {
			for i, j := 0, len(actors)-1; i < j; i, j = i+1, j-1 {
				actors[i], actors[j] = actors[j], actors[i]
			}
			out = append(out, definition{name: text[loc[2]:loc[3]], actors: actors})
		}
	}
	return out
}

// joinerRE is what may stand between the names of a group.
var joinerRE = anchored(`^(?:,|and|, and|and the|, and the|, the|the)$`)

// A new actor is a capitalised name with an acronym in brackets, as the
// pattern newActorRE (in actors_reference_test.go) reads it: a capitalised
// word, then one to ten more, capitalised or joining words, one space
// apart, then " (" and the acronym. It is read by hand, from the bracket
// back: the pattern, tried at every byte before each bracket, was a tenth
// of finding actors (issue 13).

// bracketAcronymAt reads the acronym in brackets at the bracket
// text[open], if any, from the space before it: " (ACRONYM)", a capital
// letter and one to nine more capitals, digits or hyphens. No
// bracket stands inside one, so that each bracket is read on its own.
func bracketAcronymAt(text string, open int) ([2]int, bool) {
	if open == 0 || text[open-1] != ' ' {
		return [2]int{}, false
	}
	if end, ok := capitalRunToBracket(text, open+1, 10, &acronymBytes); ok {
		return [2]int{open - 1, end + 1}, true
	}
	return [2]int{}, false
}

// capitalRunToBracket reads the acronym an opening bracket's s[i-1]
// starts: a capital letter at s[i], then bytes of inRun, two to most in
// all, and the ")" that closes them, whose index it returns. The two
// kinds of acronym differ only in the bytes and the length they allow;
// a table, not a test, tells the bytes, as the reader is not inlined and
// a call per byte would cost more. The bracket is in no run, so the run
// read is the longest there is.
func capitalRunToBracket(s string, i, most int, inRun *[256]bool) (int, bool) {
	if i >= len(s) || s[i] < 'A' || s[i] > 'Z' {
		return 0, false
	}
	j := i + 1
	for j < len(s) && j-i <= most && inRun[s[j]] {
		j++
	}
	if n := j - i; n >= 2 && n <= most && j < len(s) && s[j] == ')' {
		return j, true
	}
	return 0, false
}

// acronymBytes are the bytes after the capital of a new actor's acronym:
// capitals, digits and hyphens.
var acronymBytes = func() (set [256]bool) {
	for c := range set {
		set[c] = 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-'
	}
	return set
}()

// organisationWords tell an organisation from a policy or a process.
var organisationWords = wordSet(`Mission Force Forces Office Committee Council Commission Conference Group Union
	Organisation Organization Agency Centre Center Movement Coalition Alliance Court Panel Team Service Authority
	Secretariat Bank Fund Programme Unit Battalion Operation Mouvement Front Congress Party Community League Tribunal`)

// namesOrganisation reports whether name holds one of organisationWords
// as a whole word, as the pattern \b(?:Mission|Force|…)\b
// (organisationWordsRE, in actors_reference_test.go) finds one: the
// pattern's words are all word characters, so a match is exactly a
// longest run of ASCII letters, digits and underscores (isWordByte).
// The pattern cost more than the rest of reading new actors.
func namesOrganisation(name string) bool {
	for i := 0; i < len(name); {
		if !isWordByte(name[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(name) && isWordByte(name[j]) {
			j++
		}
		if organisationWords[name[i:j]] {
			return true
		}
		i = j
	}
	return false
}

// sentenceWords open a clause, not a name: the operative verbs and
// preambular participles of Council texts, adverbs before them, articles,
// pronouns and prepositions that a sentence starts with. A capitalised run
// before an acronym often begins with one ("Commends the Organization of
// African Unity (OAU)"); the name starts after them.
var sentenceWords = wordSet(`a an the this that these those its his her their our such any all each both either
	in on by at to for from with under upon of and or as also further again once furthermore moreover however
	having being acting bearing taking noting recalling welcoming commending expressing reaffirming stressing
	emphasizing emphasising underlining acknowledging recognizing recognising condemning deploring determining
	considering reiterating urging calling requesting encouraging affirming appreciating desiring looking
	praising supporting endorsing highlighting following including regarding concerning recording paying
	guided mindful aware conscious convinced concerned alarmed determined seized gravely deeply strongly firmly
	decides requests urges calls encourages authorizes authorises demands welcomes condemns expresses stresses
	underlines emphasizes emphasises reiterates reaffirms recalls recognizes recognises takes invites commends
	acknowledges affirms regrets underscores deplores insists directs endorses appeals notes supports approves
	declares agrees considers renews extends praises salutes applauds establishes calls decided requested
	welcomed noted`)

// postWords name a post held in an organisation: "the Chairman-in-Office
// of the Conference on Security and Cooperation in Europe (CSCE)" names
// the Conference.
var postWords = wordSet(`chairman chairman-in-office chairperson chair president vice-president secretary-general
	director-general secretary head members member commander representative envoy government governments`)

// ingNames are words in -ing that do start names ("Peacebuilding
// Commission", "Monitoring Group"), unlike the participles of a preamble.
var ingNames = wordSet(`peacebuilding peacekeeping monitoring standing steering building training mining banking shipping policing demining planning`)

func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(s) {
		out[w] = true
	}
	return out
}

// organisationName cuts a capitalised run down to the name it ends with,
// by the form of a name: it starts at a capitalised name word, not at a
// verb, participle, adverb, article or preposition; a post before "of the"
// is not part of it; of two names joined by "and the" the last is the one
// the acronym belongs to. It returns "" when no name of two words is left.
func organisationName(run string) string {
	words := strings.Fields(run)
	if i := lastIndexPair(words, "and", "the"); i >= 0 {
		words = words[i+2:]
	}
	for {
		for len(words) > 0 {
			w := strings.ToLower(words[0])
			first, _ := utf8.DecodeRuneInString(words[0])
			if sentenceWords[w] || !unicode.IsUpper(first) ||
				strings.HasSuffix(w, "ing") && !ingNames[w] ||
				strings.HasSuffix(w, "ly") && len(w) > 4 {
				words = words[1:]
				continue
			}
			break
		}
		// "Chairman-in-Office of the Conference …": the post goes, the
		// organisation stays.
		if len(words) > 2 && postWords[strings.ToLower(words[0])] && words[1] == "of" {
			words = words[1:]
			continue
		}
		break
	}
	if len(words) < 2 {
		return ""
	}
	return strings.Join(words, " ")
}

// lastIndexPair is the index of the last "a b" in words, or -1.
func lastIndexPair(words []string, a, b string) int {
	for i := len(words) - 2; i >= 0; i-- {
		if words[i] == a && words[i+1] == b {
			return i
		}
	}
	return -1
}

// newActorStart reads the name before the acronym in brackets at
// text[loc[0]:loc[1]] as newActorAtEndRE does in the 200 bytes before it,
// and returns where its match starts, or -1 when there is no name. The
// match starts at the leftmost byte it can: the name is one to ten words
// (nameWord) after a first word whose capitalised end (capitalisedEnd)
// starts it, within the window. newActorsAt cuts the name and the
// acronym from the text with it.
func newActorStart(text string, loc []int) int {
	from := max(0, loc[0]-200)
	w := text[from:loc[0]]
	start := -1
	end := len(w)
	for words := 0; ; words++ {
		space := strings.LastIndexByte(w[:end], ' ')
		word := w[space+1 : end]
		if words >= 1 {
			if p := capitalisedEnd(word); p >= 0 {
				start = space + 1 + p
			}
		}
		if words == 10 || space < 0 || !isNameWord(word) {
			break
		}
		end = space
	}
	if start < 0 {
		return -1
	}
	return start + from
}

// capitalisedEnd returns where the last capitalised part of word starts,
// [A-Z][\p{L}'’-]* up to its end, or -1: the leftmost capital after which
// every character is a letter, an apostrophe or a hyphen.
func capitalisedEnd(word string) int {
	q := len(word)
	for q > 0 {
		r, n := utf8.DecodeLastRuneInString(word[:q])
		if !isNameRune(r) {
			break
		}
		q -= n
	}
	for p := q; p < len(word); p++ {
		if 'A' <= word[p] && word[p] <= 'Z' {
			return p
		}
	}
	return -1
}

// isNameRune is [\p{L}'’-].
func isNameRune(r rune) bool {
	return r == '\'' || r == '’' || r == '-' || unicode.IsLetter(r)
}

// joiningWords may stand between the capitalised words of a name.
var joiningWords = wordSet(`of the for and in on de du des la le les et pour à au aux en`)

// isNameWord reports whether word is one of a name after its first: a
// capitalised word, a joining word, or d' or l' and letters.
func isNameWord(word string) bool {
	switch {
	case word == "":
		return false
	case 'A' <= word[0] && word[0] <= 'Z':
		for _, r := range word[1:] {
			if !isNameRune(r) {
				return false
			}
		}
		return true
	case joiningWords[word]:
		return true
	case strings.HasPrefix(word, "d'") || strings.HasPrefix(word, "l'"):
		for _, r := range word[2:] {
			if !unicode.IsLetter(r) {
				return false
			}
		}
		return len(word) > 2
	}
	return false
}

// newActorsAt finds organisations the registry does not know, whose
// acronyms in brackets are at acronyms (bracketPlaces).
func newActorsAt(text string, known nameIndex, acronyms [][2]int) []NewActor {
	var out []NewActor
	// Look only before acronyms in brackets: the full pattern is costly.
	for _, loc := range acronyms {
		start := newActorStart(text, loc[:])
		if start < 0 {
			continue
		}
		name, acronym := organisationName(text[start:loc[0]]), text[loc[0]+2:loc[1]-1]
		if name == "" || !namesOrganisation(name) {
			continue
		}
		if e, _ := known.matchesAt(acronym); e != nil {
			continue // the acronym is a known actor's
		}
		if e, end := known.matchesAt(name); e != nil && lastWordEnd(name) == end {
			continue // the name is a known actor's
		}
		out = append(out, NewActor{Key: strings.ToLower(acronym), Name: name, Acronym: acronym})
	}
	return out
}

func appendNew(list []string, items ...string) []string {
	for _, it := range items {
		dup := false
		for _, x := range list {
			dup = dup || x == it
		}
		if !dup {
			list = append(list, it)
		}
	}
	return list
}

// documentMentions is what a document names, in the order of the steps
// that make it: the registry's names and the actors the text defines, the
// states whose adjectives a text joins before one government noun, the
// "Mission" that stands for the document's operation, less "Council"
// where it is another council's, with China as the seat of the day.
func documentMentions(d *Document, names nameIndex, r *ontology.Registry, room *mentionRoom) ([]*Mention, []NewActor) {
	var defined []NewActor
	d.Mentions, defined = documentActors(d, names, room) // missionMentions reads them
	d.Mentions = withMentionsMerged(d, d.Mentions, joinedGovernmentMentions(d, names.stateAdjectives, room), room)
	d.Mentions = withMentionsMerged(d, d.Mentions, missionMentions(d, r), room)
	d.Mentions = withShortNameMentions(d, d.Mentions, names.bodyHeads, names.bodyParts, room)
	d.Mentions = withoutOtherBodies(d.Mentions)
	seatsOfTheDay(d)
	bracketedNamesOfTheDay(d)
	if _, ok := r.Actor("member-states"); ok {
		membersOfTheUnitedNations(d)
	}
	return d.Mentions, defined
}
