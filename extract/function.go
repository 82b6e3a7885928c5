package extract

import (
	"math/bits"
	"regexp/syntax"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// How a Council text uses what it cites is said by the words before the
// citation: "Recalling …", "pursuant to …", "Welcoming …". The nearest such
// words in the same clause decide. Extraction says what the text does;
// package graph maps that to CiTO.

// Function is what a citing text does with what it cites, as its words
// say.
type Function uint8

// The functions of a citation.
const (
	// Untyped is a citation not read yet: none leaves extraction so.
	Untyped Function = iota
	// Cites is a citation whose words say nothing more, or that a
	// clause of its own opens ("requests", "decides" …).
	Cites
	Recalls     // "Recalling", "recalls"
	Reaffirms   // "Reaffirming", "Reiterating"
	Welcomes    // "Welcoming"
	TakesNoteOf // "Taking note of", "Noting"
	Extends     // "extends", "renews" (a mandate, a regime)
	Amends      // "amends"
	// ActsPursuantTo is a citation the text acts on or rests on:
	// "pursuant to", "in accordance with", "under", "established by",
	// "as requested in", "based on" …
	ActsPursuantTo
	// RefersTo points the reader at what it cites: "referred to in",
	// "contained in", "paragraph 3 above".
	RefersTo
	// NamesRegime names a sanctions regime by the resolutions that set it
	// up: "the 2374 sanctions list", "the 1267/1989/2253 … Committee".
	NamesRegime
)

var functionNames = [...]string{"untyped", "cites", "recalls", "reaffirms", "welcomes", "takes-note-of", "extends", "amends", "acts-pursuant-to", "refers-to", "names-regime"}

func (f Function) String() string {
	if int(f) < len(functionNames) {
		return functionNames[f]
	}
	return "function(" + strconv.Itoa(int(f)) + ")"
}

type citationCue struct {
	re       *lazyRE
	function Function
	near     bool // counts only right before the citation (a preposition)
}

// citationCues are matched on the clause before a citation, lower-cased.
var citationCues = citationCueList[:]

var citationCueList = [...]citationCue{
	{lazyRegexp(`\b(?:recall(?:s|ing|ed)?|bearing in mind)\b`), Recalls, false},
	{lazyRegexp(`\b(?:reaffirm|reiterat)(?:s|es|ing|ed|e)?\b`), Reaffirms, false},
	{lazyRegexp(`\bwelcom(?:es|ing|ed|e)\b`), Welcomes, false},
	{lazyRegexp(`\b(?:tak(?:es|ing) (?:positive )?note|not(?:es|ing))\b`), TakesNoteOf, false},
	{lazyRegexp(`\b(?:extend(?:s|ing)?|renew(?:s|ing)?)\b`), Extends, false},
	{lazyRegexp(`\bamend(?:s|ing|ed)?\b`), Amends, false},
	{lazyRegexp(`\b(?:pursuant to|in pursuance of|in accordance with|consistent with|in line with|in conformity with|in compliance with|as per|under|established by|created by|set (?:out )?(?:by|in)|imposed by|mandated by|authori[sz]ed (?:by|in)|as requested (?:by|in)|requested in|called for (?:in|by)|provided for (?:in|by)|as outlined in|acting under)\b`), ActsPursuantTo, true},
	// A text that implements, applies or keeps to what it cites, or
	// measures an act against it, rests on it as on a rule: "to implement
	// immediately Security Council resolution 338 (1973)", "in further
	// implementation of resolutions 814 (1993)", "giving effect to General
	// Assembly resolutions 41 (I)", "comply immediately with the
	// provisions of", "contrary to the provisions of its resolution 353
	// (1974)", "violating the provisions of Security Council resolutions
	// 253 (1968)", "carrying out the present resolution and Council
	// resolutions 92 (1951)". The words reach as a preposition does.
	{lazyRegexp(`\b(?:implement(?:s|ed|ing|ation)?|giv(?:e|es|en|ing) effect to|compl(?:y|ies|ied|ying|iance)|contrary to|violat(?:e|es|ed|ing|ion|ions)|carr(?:y|ies|ied|ying) out|fulfil(?:s|led|ling)?|fulfill(?:s|ed|ing)?)\b`), ActsPursuantTo, true},
	{lazyRegexp(`\b(?:referr?ed to in|referenced in|mentioned in|described in|contained in)\b`), RefersTo, true},
	{lazyRegexp(`\b(?:based (?:both |solely |only )?(?:on|upon)|on the basis of)\b`), ActsPursuantTo, true},
	// Other operative verbs open a clause of their own: a citation after
	// "further requests …" is not governed by a "Recalls" before it; so
	// does the noun of "expresses": "Renewing the expression of its deep
	// appreciation … for his efforts in the implementation of resolutions
	// 186 (1964) …" renews the appreciation, not the resolutions. The
	// singular "request", "call", "demand" is the noun, which opens
	// nothing: "Reaffirms its call, in paragraph 5 of resolution 771
	// (1992)" reaffirms it, "Taking note of the joint request" takes note.
	{lazyRegexp(`\b(?:requests|requesting|decides?|deciding|expresse?s?|expressing|the expression of|urges?|urging|calls|calling|encourages?|encouraging|stresses|stressing|underlines?|underlining|emphasi[sz]es|emphasi[sz]ing|demands|demanding|condemns?|condemning|authori[sz]es|authori[sz]ing|invites?|inviting)\b`), Cites, false},
}

// nearWindow is how far before a citation a preposition may stand and
// still govern it, in bytes: "measures pursuant to resolution …".
const nearWindow = 40

// clauseWindow is how far back from a citation its governing words may
// stand, in bytes.
const clauseWindow = 400

// citationFunction says how the text s uses the citation that starts at
// byte at, or Cites when nothing says. It reads s afresh for one
// citation; a paragraph with many citations uses a cueIndex instead.
func citationFunction(s string, at int) Function {
	ws := clauseStart(s, at)
	lower := strings.ToLower(s[ws:at])
	best, bestAt := Cites, -1
	for _, cue := range citationCues {
		for _, m := range cue.re.FindAllStringIndex(lower, -1) {
			if cue.near && len(lower)-m[1] > nearWindow {
				continue
			}
			if m[0] > bestAt {
				best, bestAt = cue.function, m[0]
			}
		}
	}
	return best
}

// clauseStart is where the words that may govern a citation at byte at
// begin: after the last ";" or ":" before it, and no more than
// clauseWindow bytes back. Only those bytes are searched for the
// separator, so that a paragraph of many citations is not read back to its
// start for each of them (issue 16: a 21 MB citation list took hours).
func clauseStart(s string, at int) int {
	ws := max(0, at-clauseWindow)
	if k := lastSeparator(s, ws, at); k >= 0 {
		return k + 1
	}
	return ws
}

// lastSeparator is the offset of the last ";" or ":" in s[from:to], or -1.
// Neither separator is a byte of a longer UTF-8 character, so each byte
// is looked at, as strings.LastIndexAny does for ASCII; eight at a time,
// back from to, as the first citation of a clause may look back
// clauseWindow bytes (TestLastSeparatorAsBytes).
func lastSeparator(s string, from, to int) int {
	for ; to-from >= 8; to -= 8 {
		if m := separatorsIn(load8At(s, to-8)); m != 0 {
			return to - 8 + (63-bits.LeadingZeros64(m))>>3
		}
	}
	for k := to - 1; k >= from; k-- {
		if s[k] == ';' || s[k] == ':' {
			return k
		}
	}
	return -1
}

// separatorsIn has the high bit of each byte of x that is ";" or ":":
// the two differ only in their lowest bit, so setting it in every byte
// leaves ";" just where either stood.
func separatorsIn(x uint64) uint64 { return bytesEqual(x|ones, ';') }

// cueIndex holds the cue words of one paragraph, found in one pass over
// it, so that typing each of its citations costs only a look at the cues
// in that citation's clause, not another search of the clause: a
// paragraph of a hundred thousand citations is read once, not a hundred
// thousand times. The pass goes no further than the last citation typed
// (indexTo): the rest of a paragraph is often long and cites nothing.
// Nor does it read what lies before the clause of the citation typed
// (skipTo): only a clause's cues decide.
type cueIndex struct {
	s string // the paragraph
	// words is the text the cues are looked for in: s, read with ASCII
	// letters lowered as it is read, or, where lowering s moves its bytes,
	// its lower case as the patterns once read it (see newCueIndex).
	words   string
	inPlace bool       // words is s: its offsets are s's
	base    int        // the words starting from base …
	next    int        // … and before next are indexed
	matches []cueMatch // every cue's matches in s, in the order read
	// lastEnd is where each cue's latest match read ends: a cue's
	// matches do not overlap.
	lastEnd [len(citationCueList)]int
	clause  clauseMemo // the clause of the citation typed last
}

// cueMatch is a match of a cue's wording in a paragraph.
type cueMatch struct {
	start, end int
	cue        int // index in citationCues
}

// clauseMemo is a citation's offset and where its clause starts
// (clauseStart), so that the next citation of a list looks back for a
// separator only as far as the one before it, not clauseWindow bytes.
type clauseMemo struct {
	at, start int
	known     bool
}

// cuePhrase is one wording of a cue: "recalling", "pursuant to".
type cuePhrase struct {
	cue    int // index in citationCues
	phrase string
}

// cuePhrases lists every wording of every cue by its first word. The cues'
// patterns are finite lists of words between \b marks, written as regular
// expressions for reading; they are expanded once here so that a paragraph
// is read by looking up each of its words, not by ten regular-expression
// searches (issue 13).
var cuePhrases = func() map[string][]cuePhrase {
	out := map[string][]cuePhrase{}
	for i, cue := range citationCues {
		phrases := wordingsOf(cue.re)
		for _, p := range phrases {
			for _, q := range phrases {
				// The pattern prefers its first alternative, the index
				// any that matches: they agree only when no wording is
				// another's first words.
				if p != q && strings.HasPrefix(p, q+" ") {
					panic("cue " + cue.re.String() + ": " + q + " begins " + p)
				}
			}
			first, _, _ := strings.Cut(p, " ")
			out[first] = append(out[first], cuePhrase{i, p})
		}
	}
	return out
}()

// wordingsOf lists the strings a pattern \b(…)\b of literals,
// alternatives, optional parts and small classes matches.
func wordingsOf(re *lazyRE) []string {
	tree, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		panic(err)
	}
	subs := tree.Sub
	if tree.Op != syntax.OpConcat || len(subs) < 3 || subs[0].Op != syntax.OpWordBoundary || subs[len(subs)-1].Op != syntax.OpWordBoundary {
		panic("cue " + re.String() + " is not \\b…\\b")
	}
	var words []string
	for _, w := range expand(&syntax.Regexp{Op: syntax.OpConcat, Sub: subs[1 : len(subs)-1]}) {
		if w == "" || !isWordByte(w[0]) || !isWordByte(w[len(w)-1]) {
			panic("cue " + re.String() + " matches " + strconv.Quote(w))
		}
		words = append(words, w)
	}
	return words
}

// expand lists the strings a finite pattern matches.
func expand(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpEmptyMatch:
		return []string{""}
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			panic("expand: a cue is lower case")
		}
		return []string{string(re.Rune)}
	case syntax.OpCharClass:
		var out []string
		for i := 0; i < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				out = append(out, string(r))
			}
		}
		return out
	case syntax.OpCapture:
		return expand(re.Sub[0])
	case syntax.OpQuest:
		return append([]string{""}, expand(re.Sub[0])...)
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			out = append(out, expand(sub)...)
		}
		return out
	case syntax.OpConcat:
		out := []string{""}
		for _, sub := range re.Sub {
			var next []string
			for _, head := range out {
				for _, tail := range expand(sub) {
					next = append(next, head+tail)
				}
			}
			out = next
		}
		return out
	}
	panic("expand: " + re.String() + " is not a finite list of words")
}

// isWordByte is a byte of a word as \b sees words: ASCII letters, digits
// and "_".
func isWordByte(c byte) bool { return wordBytes[c] }

// wordBytes holds the bytes isWordByte reports: one look-up for a byte,
// where the cue index's pass over a clause tested four ranges for each.
var wordBytes = func() (set [256]bool) {
	for c := range set {
		set[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
	}
	return set
}()

// newCueIndex prepares to find the cues of s as the cues' patterns would
// on its lower case: at each word, the wordings that start with it and end
// at a word's end; a cue's matches do not overlap ("acting under" holds no
// second "under"). The words are read when a citation needs them.
func newCueIndex(s string) *cueIndex {
	ix := &cueIndex{}
	ix.reset(s, false)
	return ix
}

// reset makes ix the index of s, keeping the room its matches had: a
// citationScanner indexes paragraph after paragraph with one. An ascii s,
// as the scanner's pass over it found, is not read again to learn that
// its lower case moves no byte.
func (ix *cueIndex) reset(s string, ascii bool) {
	ix.s, ix.words, ix.inPlace = s, s, true
	ix.clause = clauseMemo{}
	ix.restartAt(0)
	if !ascii && lowerMovesBytes(s) {
		// The cues are ASCII, so where lower-casing keeps every byte in
		// place, lowering ASCII alone as the words are read finds them at
		// the same bytes. Elsewhere the lower case is read as it was
		// before the index read s itself, so that nothing found changes.
		lower := strings.ToLower(s)
		if len(lower) != len(s) {
			lower = asciiLower(s)
		}
		ix.words, ix.inPlace = lower, false
	}
}

// maxKeptMatches is the most matches an index kept from paragraph to
// paragraph keeps room for.
const maxKeptMatches = 1 << 10

// shed lets go of the paragraph ix indexed, and of the room for matches
// that a paragraph of very many cues grew, which each such paragraph pays
// for anew, in proportion to its length.
func (ix *cueIndex) shed() {
	ix.s, ix.words = "", ""
	if cap(ix.matches) > maxKeptMatches {
		ix.matches = nil
	}
}

// restartAt forgets the words read and reads on from p.
func (ix *cueIndex) restartAt(p int) {
	ix.base, ix.next = p, p
	ix.matches = ix.matches[:0]
	ix.lastEnd = [len(citationCueList)]int{}
}

// skipTo makes sure the index holds every word from ws, the start of a
// citation's clause, reading as little before ws as it may. The index
// holds the cue wordings the patterns would match from its base on, if
// the patterns would find none running across its base: so it may start
// after any byte that is neither a letter nor a space (",", ".", "(", a
// digit), which no wording holds, and is read from the last such byte
// before ws, when that lies beyond what was read already. A clause that
// starts before the base is read again from such a byte, or from the
// paragraph's start (a list's citations of paragraphs start before the
// citations of it that came first).
func (ix *cueIndex) skipTo(ws int) {
	from := ix.next
	switch {
	case ws < ix.base:
		from = 0
	case ws <= ix.next:
		return
	}
	for k := ws - 1; k >= from; k-- {
		if c := ix.words[k]; c != ' ' && !isWordByte(c) {
			ix.restartAt(k + 1)
			return
		}
	}
	if from == 0 {
		ix.restartAt(0)
	}
}

// lowerMovesBytes reports whether strings.ToLower(s) may hold a byte
// other than s's ASCII lowered at the same offset: where a character's
// lower case is longer or shorter than it (the Kelvin sign, İ, Ⱥ) or
// invalid UTF-8 is written as U+FFFD. Most paragraphs are ASCII.
func lowerMovesBytes(s string) bool {
	for i := 0; i < len(s); {
		if i+8 <= len(s) && load8At(s, i)&highBits == 0 {
			i += 8 // eight bytes of ASCII, which lowers in place
			continue
		}
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == utf8.RuneError && n == 1:
			return true
		case r >= caselessFrom && r < caselessTo:
		case utf8.RuneLen(unicode.ToLower(r)) != n:
			return true
		}
	}
	return false
}

// No character from U+2E80 (CJK radicals) up to U+A640 (Cyrillic
// Extended-B) has a case (TestCaselessRange): Chinese text is passed over
// without a look-up of each character.
const caselessFrom, caselessTo = 0x2E80, 0xA640

// indexTo reads the words that start before byte at, if not read yet.
func (ix *cueIndex) indexTo(at int) {
	w := ix.words
	i := ix.next
	for i < len(w) && i < at {
		if !isWordByte(w[i]) {
			i++
			continue
		}
		j := wordBytesEnd(w, i+1)
		if mayOpenCue(w[i:j]) {
			ix.addCuesAt(i, j)
		}
		i = j
	}
	ix.next = i
}

// wordBytesEnd is where the run of word bytes (isWordByte) that goes on
// at s[j] ends, read eight bytes at a time: the cue index reads every
// word of a citation's clause, and finding each one's end byte by byte
// was the most of its time.
func wordBytesEnd(s string, j int) int {
	for ; j+8 <= len(s); j += 8 {
		if n := wordBytesIn(load8At(s, j)); n < 8 {
			return j + n
		}
	}
	for j < len(s) && isWordByte(s[j]) {
		j++
	}
	return j
}

// wordBytesIn is how many of the eight bytes of x, from the first, are
// word bytes (isWordByte): ASCII letters, digits and "_". A byte outside
// ASCII, its high bit set, is none; inRange reads the others' low bits.
func wordBytesIn(x uint64) int {
	word := alnumIn(x) | bytesEqual(x, '_')
	return bits.TrailingZeros64(^word&highBits) >> 3
}

// maxCueWord is the longest first word of a cue's wording ("information"
// would be 11): longer words are no cue and are not looked up.
const maxCueWord = 16

// addCuesAt records the cues whose wordings start with the word w[i:j],
// which mayOpenCue lets through.
func (ix *cueIndex) addCuesAt(i, j int) {
	w := ix.words
	var buf [maxCueWord]byte
	for k := i; k < j; k++ {
		buf[k-i] = lowerByte(w[k])
	}
	for _, cp := range cuePhrases[string(buf[:j-i])] {
		end := i + len(cp.phrase)
		if hasLowerPrefix(w[i:], cp.phrase) && (end == len(w) || !isWordByte(w[end])) &&
			ix.lastEnd[cp.cue] <= i {
			ix.matches = append(ix.matches, cueMatch{i, end, cp.cue})
			ix.lastEnd[cp.cue] = end
		}
	}
}

// mayOpenCue reports whether word may be a cue's first word in any case
// of ASCII, by its length and its first two and its first and last bytes
// (cueOpenings): most words are no cue's, and are passed over without a
// look-up. A word's first letter and length let three in ten of the
// development set's words through, one in five of them a cue's; these
// let one in twelve through, three in four of them a cue's.
func mayOpenCue(word string) bool {
	if len(word) > maxCueWord {
		return false
	}
	bit := uint32(1) << len(word)
	return cueOpenings.heads[bytePairKey(word[0], word[min(1, len(word)-1)])]&bit != 0 &&
		cueOpenings.ends[bytePairKey(word[0], word[len(word)-1])]&bit != 0
}

// bytePairKey files two bytes by their five low bits each, where an ASCII
// letter and its upper case are one: words that differ otherwise may
// share a key too.
func bytePairKey(a, b byte) int { return int(a&31)<<5 | int(b&31) }

// cueOpenings holds the lengths of the cues' first words as bits, by the
// key of their first two bytes (heads: the first twice for a word of one)
// and of their first and last (ends).
var cueOpenings = func() (t struct{ heads, ends [1 << 10]uint32 }) {
	for first := range cuePhrases {
		if len(first) > maxCueWord {
			panic("cue word " + first + " is longer than maxCueWord")
		}
		bit := uint32(1) << len(first)
		t.heads[bytePairKey(first[0], first[min(1, len(first)-1)])] |= bit
		t.ends[bytePairKey(first[0], first[len(first)-1])] |= bit
	}
	return t
}()

func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// hasLowerPrefix reports whether s, its ASCII letters lowered, starts with
// the lower-case ASCII prefix.
func hasLowerPrefix(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for k := 0; k < len(prefix); k++ {
		if lowerByte(s[k]) != prefix[k] {
			return false
		}
	}
	return true
}

// function types the citation at byte at as citationFunction does: the
// last cue that starts and ends in its clause wins, prepositions only when
// they stand within nearWindow bytes of it.
func (ix *cueIndex) function(at int) Function {
	ws := ix.clauseStart(at)
	if ix.inPlace {
		ix.skipTo(ws)
	}
	ix.indexTo(at)
	// Each cue's latest match that ends by at is its only one that can
	// win: the latest of those that start in the clause wins, a
	// preposition only near at, the cue listed first of two that start
	// together. The matches are read back from at, as they start in
	// order, until one wins: mostly the last read.
	ms := ix.matches
	var seen uint32        // the cues whose latest match ending by at was looked at
	best, bestAt := -1, -1 // the winning match and where it starts
	for k := startingBefore(ms, at) - 1; k >= 0 && ms[k].start >= max(ws, bestAt); k-- {
		m := &ms[k]
		if m.end > at || seen&(1<<m.cue) != 0 {
			continue
		}
		seen |= 1 << m.cue
		cue := &citationCues[m.cue]
		if cue.near && at-m.end > nearWindow {
			continue
		}
		if best < 0 || m.cue < ms[best].cue {
			best, bestAt = k, m.start
		}
	}
	if best < 0 {
		return Cites
	}
	return citationCues[ms[best].cue].function
}

// clauseStart is clauseStart(ix.s, at). After the clause of a citation
// before at is known, only the bytes between the two are looked at: the
// last separator before at is among them, or it is the one before the
// earlier citation, if that lies within clauseWindow of at.
func (ix *cueIndex) clauseStart(at int) int {
	m := &ix.clause
	if !m.known || at < m.at {
		*m = clauseMemo{at: at, start: clauseStart(ix.s, at), known: true}
		return m.start
	}
	s, from := ix.s, max(0, at-clauseWindow)
	start := from
	if k := lastSeparator(s, max(from, m.at), at); k >= 0 {
		start = k + 1
	}
	if start == from && m.start > from && (s[m.start-1] == ';' || s[m.start-1] == ':') {
		start = m.start // m.start > from, so the separator is within the window of at
	}
	*m = clauseMemo{at: at, start: start, known: true}
	return start
}

// startingBefore is how many of ms, matches in order, start before byte
// at. Citations are mostly typed in text order, when every match read
// starts before at: the last is looked at before a search.
func startingBefore(ms []cueMatch, at int) int {
	if n := len(ms); n == 0 || ms[n-1].start < at {
		return n
	}
	return sort.Search(len(ms), func(j int) bool { return ms[j].start >= at })
}

// function types a citation of the paragraph being scanned, making the
// paragraph's cue index on its first citation.
func (f *finder) function(at int) Function {
	if f.cues == nil {
		f.cues = &cueIndex{}
	}
	if !f.cuesRead {
		f.cues.reset(f.s, f.ascii)
		f.cuesRead = true
	}
	return f.cues.function(at)
}

func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
