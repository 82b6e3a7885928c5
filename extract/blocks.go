package extract

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// block is a paragraph, heading or header item: one or more lines joined.
type block struct {
	t       text
	heading bool     // a section heading ("Priority tasks", "French forces")
	bullet  bool     // its first line carried a list or bullet mark
	form    lineForm // the header or foot form of its first line, if any
	// afterRule is set when a rule ("-----") stands before the block: it
	// is a footnote.
	afterRule bool
	// note is set by councilParagraphs on a block it keeps out of the
	// paragraphs as a footnote, which readFootnotes reads as one.
	note  bool
	first int // index of its first line
	last  int // index of its last line
}

// startsItem reports whether s opens a numbered paragraph or a sub-item
// ("(a)", "(ii)"): such a line never continues the line before it.
func startsItem(s string) bool { return opensOperative(s) || opensSubItem(s) }

// wrapsAtCouncilName reports whether line next, read as a title, opens
// with the Council's name ("Security Council resolution 417 (1977),")
// right after a line that stops mid-sentence, on a lowercase letter
// ("… in particular"): the volumes wrap a citation there, and no title
// follows a line of running text.
func wrapsAtCouncilName(prev, next string) bool {
	if next == "" || next[0] != 'S' && next[0] != 'U' || prev == "" {
		return false
	}
	c := prev[len(prev)-1]
	return 'a' <= c && c <= 'z'
}

// wrapsCitationYear reports whether a resolution's number ends line prev
// and its year in brackets opens line next ("… 1990, 661" / "(1990) of 6
// August 1990, …"): one citation wrapped, where the figures after the
// comma would read as a footnote mark that ends the sentence.
//
// A list of resolutions or figures wrapped after a comma or a word is one
// too: "… of 13 September 1990," / "667 (1990) of 16 September 1990,".
func wrapsCitationYear(prev, next string) bool {
	if prev == "" || next == "" {
		return false
	}
	if isDigit(next[0]) {
		// After a comma or a word: "… 1990," / "667 (1990) of …",
		// "… implement resolution" / "660 (1990) and …", and the figures
		// of a list, "Articles 24, 33," / "34, 35, 36, 52 and 103 …",
		// "… of 2 August" / "1990, 661 (1990) …".
		if c := prev[len(prev)-1]; c != ',' && (c < 'a' || c > 'z') {
			return false
		}
		if _, _, end, ok := numberAndYearAt(next, 0); ok {
			return end == len(next) || next[end] == ' ' || next[end] == ','
		}
		d := digitRun(next, 0)
		return d < len(next) && next[d] == ','
	}
	if len(next) < len("(1990)") || next[0] != '(' || next[5] != ')' || !allDigits(next[1:5]) || !isDigit(prev[len(prev)-1]) {
		return false
	}
	return next[1] == '1' || next[1] == '2'
}

// endsSentence reports whether s ends as a paragraph, a list item or a
// clause of a preamble does: with a full stop, semicolon, colon or comma,
// perhaps inside a closing quote.
func endsSentence(s string) bool {
	if s != "" {
		// Most lines end with a letter or a stop: a byte of ASCII that is
		// no quote, space or figure is the last character whatever the
		// trimming below would do, and tells the answer at once.
		if c := s[len(s)-1]; c < utf8.RuneSelf && c != '"' && c != '\'' && c != ' ' && c != '/' && !isDigit(c) {
			return sentenceEnds[c]
		}
	}
	return endsSentenceTrimmed(s)
}

// sentenceEnds are the bytes of ASCII that end a sentence, as endsSentence
// tells them.
var sentenceEnds = func() (set [utf8.RuneSelf]bool) {
	for _, c := range ".;:,!?" {
		set[c] = true
	}
	return set
}()

// endsSentenceTrimmed is endsSentence with the closing quotes and a
// footnote mark trimmed first.
func endsSentenceTrimmed(s string) bool {
	s = trimClosingQuotes(s)
	s = trimFootnoteMark(s)
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".;:,!?。；：，！？", r)
}

// trimFootnoteMark drops the footnote mark that ends s and the spaces
// before it. The volumes print one after the punctuation: "… the
// thirty-two African Member States, 4", and the provisional texts with a
// slash, "… addressed to the Secretary-General, 2/".
func trimFootnoteMark(s string) string {
	if i := strings.LastIndexByte(s, ' '); i > 0 && len(s)-i-1 <= 3 && allDigits(strings.TrimSuffix(s[i+1:], "/")) {
		return strings.TrimRight(s[:i], " ")
	}
	return s
}

// trimClosingQuotes drops the quotation marks and spaces that close s:
// strings.TrimRight(s, `"'”’ `), without decoding the runes of a cut set.
func trimClosingQuotes(s string) string {
	for s != "" {
		switch {
		case s[len(s)-1] == '"' || s[len(s)-1] == '\'' || s[len(s)-1] == ' ':
			s = s[:len(s)-1]
		case strings.HasSuffix(s, "”") || strings.HasSuffix(s, "’"):
			s = s[:len(s)-len("’")]
		default:
			return s
		}
	}
	return s
}

// lineLengths counts a file's long and short text lines, to tell whether
// it is hard-wrapped PDF text (a paragraph spread over many short lines)
// rather than one paragraph a line. The line census counts them as the
// lines are read (readLines), where a pass of its own read every line
// once more.
type lineLengths struct{ long, short int }

// minColumnLine is the length of the shortest line a column wraps: the
// lines counted as wrapped, and the least a line must hold to fill its
// column before a page break.
const minColumnLine = 30

// add counts the text line l.
func (c *lineLengths) add(l *line) {
	// A line of fewer than 30 characters is a heading's or a paragraph's
	// last, not one a column wraps: the volumes wrap at about 55, and a
	// narrower column at 38 still wraps its lines of 30 and more, which
	// a bound of 40 left uncounted, so that every line break read as a
	// paragraph's end.
	if len(l.t.s) < minColumnLine {
		return
	}
	c.count(l.runesUpTo(110))
}

// addASCII counts a text line of n bytes of ASCII, as add would: a line
// of prose readLines finds plain is told by its length alone.
func (c *lineLengths) addASCII(n int) {
	if n >= minColumnLine {
		c.count(min(n, 110))
	}
}

// count counts a line of runes characters, up to 110.
func (c *lineLengths) count(runes int) {
	// Counted once, not by a test for each length.
	switch {
	case runes >= 110:
		c.long++
	case runes >= minColumnLine:
		c.short++
	}
}

// wrapped reports whether the lines counted are hard-wrapped.
func (c lineLengths) wrapped() bool { return c.short > 3*c.long }

// runesUpTo is runesUpTo of the line's text, which a line of ASCII
// answers from its length.
func (l *line) runesUpTo(limit int) int {
	if l.ascii {
		return min(len(l.t.s), limit)
	}
	return runesUpTo(l.t.s, limit)
}

// buildBlocksFrom builds the blocks of lines, whose census is census, in
// sc's buffers.
func (sc *lexScratch) buildBlocksFrom(lines []line, census lineCensus, explicit bool) []block {
	spans, room := sc.blockSpans(lines, census, explicit)
	textLines := census.textLines
	// Every field of a block is set by joinLines: the old ones need no
	// clearing.
	blocks := sc.blocks[:0]
	if cap(blocks) < len(spans) {
		blocks = make([]block, 0, len(spans))
	}
	joined := sc.joinedBuilder(room)
	vocab := &fileVocabulary{lines: lines, src: census.src, asked: &sc.questions}
	for _, sp := range spans {
		b := joinLines(joined, census.src, lines, textLines[sp.from:sp.to], vocab)
		b.afterRule = sp.afterRule
		blocks = append(blocks, b)
		if sp.to-sp.from > 1 {
			// A line break after each joined block, in the byte the room
			// counts for its last line: a paragraph of blocks that follow
			// each other here is a slice (joinParagraph).
			joined.b.writeByte('\n')
		}
	}
	sc.blocks, sc.joinedSegs = blocks[:0], joined.segs[:0]
	// The bytes as grown, should the room have been short, serve the
	// next file.
	sc.arena.joined = joined.b.buf
	markHeadings(blocks, lines, census.lengths.wrapped())
	return blocks
}

// blockSpan is where a block lies: its lines are the text lines
// textLines[from:to] of blockSpans.
type blockSpan struct {
	from, to int32
	// afterRule is set when a rule ("-----") stands before the block: it
	// is a footnote.
	afterRule bool
}

// joinedRoom is what the texts of the blocks of several lines take: their
// bytes, a line break's space after each line, and their pieces, one more
// for each line.
type joinedRoom struct{ bytes, segs int }

// blockSpans decides where each block begins and ends. Each text line is
// one block's, in order, so that a block's lines are a run of the file's
// text lines (census.textLines), which joinLines reads: they are not
// looked for again among the lines. The room the blocks of several lines
// take is counted as their lines are added, not in a pass over them after.
func (sc *lexScratch) blockSpans(lines []line, census lineCensus, explicit bool) (spans []blockSpan, room joinedRoom) {
	blanks, textLines := census.blanks, census.textLines
	wrapped := census.lengths.wrapped() // hard-wrapped PDF text
	// A block holds one text line at least: spans never outgrow this.
	spans = sc.spans[:0]
	if cap(spans) < len(textLines) {
		spans = make([]blockSpan, 0, len(textLines))
	}
	first, prev := -1, -1 // the first and last line of the block being built
	from := int32(0)      // the place of first in textLines
	// Whether the last text line opens a preamble clause: each line is
	// tested once, as it comes, not again as the line before the next.
	prevPreamble := false
	var open joinedRoom // the room of the block being built
	flush := func(to int32) {
		if first >= 0 {
			spans = append(spans, blockSpan{from: from, to: to})
			if first != prev {
				room.bytes += open.bytes
				room.segs += open.segs
			}
			first = -1
		}
	}
	// The boundary each text line after a block's first is asked at: the
	// file's fields are set once and the lines' as each comes, where a
	// boundary made and copied for each line cost some 55 instructions.
	j := boundary{wrapped: wrapped, blanks: blanks}
	// The text lines are walked, not every line. Whether lines stand
	// between two is told by their places, and whether a blank line does
	// by the census's counts; the lines between are read for a rule only
	// in a file that has one (rulesBetween).
	spaced := blanks.spacedBefore
	after := 0 // the line after the last text line
	for at, i := range textLines {
		k := int32(at)
		gap, blank := int(i) > after, spaced[k+1] != spaced[k]
		rule := census.rules && gap && rulesBetween(lines, after, int(i))
		after = int(i) + 1
		l := &lines[i]
		// isPreamble as itself, not through preambleRE's function value:
		// its test of the first byte is inlined, and most lines pass no
		// further.
		preamble := !explicit && isPreamble(l.t.s)
		if rule {
			flush(k)
			spans = append(spans, blockSpan{from: k, to: k + 1, afterRule: true})
			prevPreamble = preamble
			continue
		}
		if first >= 0 {
			j.first, j.prev, j.next = &lines[first], &lines[prev], l
			j.gap, j.paragraphBreak = gap, blank && blanks.meaningful(int(k))
			j.k, j.preamble = int(k), prevPreamble || preamble
			j.above = nil
			if k-2 >= from {
				// The block's line before prev.
				j.above = &lines[textLines[k-2]]
			}
			if explicit || !j.continues() {
				flush(k)
			}
		}
		if first < 0 {
			first, from = int(i), k
			open = joinedRoom{}
		}
		open.bytes += len(l.t.s) + 1
		open.segs += len(l.t.segs) + 1
		prev, prevPreamble = int(i), preamble
	}
	flush(int32(len(textLines)))
	sc.spans = spans[:0]
	return spans, room
}

// rulesBetween reports whether a rule stands among lines[from:to], the
// lines between two text lines (or before the first).
func rulesBetween(lines []line, from, to int) bool {
	for i := from; i < to; i++ {
		if lines[i].form == formRule {
			return true
		}
	}
	return false
}

// joinedBuilder is a builder with room for the texts of all the blocks of
// several lines: one buffer for their bytes and one for their maps.
func (sc *lexScratch) joinedBuilder(room joinedRoom) *textBuilder {
	// The builder is the scratch's, not one made for each file; its bytes
	// are the file's arena's, which the paragraphs' texts share.
	sc.joined = textBuilder{segs: sc.joinedSegs[:0], b: byteBuilder{sc.arena.joined[:0]}}
	tb := &sc.joined
	if cap(tb.segs) < room.segs {
		tb.segs = make([]seg, 0, room.segs)
	}
	tb.b.Grow(room.bytes)
	return tb
}

// lineCensus is what blockSpans must know of a file's lines before it
// reads them: the places of the text lines, in order, how blank lines
// stand among them (blankUse), and their lengths (lineLengths.wrapped).
// splitLines takes it as it makes the lines (readLines), where a pass of
// its own read every line again; countLines takes it of lines made
// otherwise.
type lineCensus struct {
	// src is the text the lines were cut from (readLines), or "" when
	// they were made otherwise.
	src       string
	textLines []int32
	blanks    blankUse
	lengths   lineLengths
	// blank is set while a blank line stands after the last text line.
	blank bool
	// rules is set when a rule (formRule) stands among the lines: where
	// none does, blockSpans need not read the lines between text lines.
	rules bool
}

// newLineCensus starts the census of n lines in sc's counts: the text
// lines' places and blankUse's counts, both from one allocation.
func (sc *lexScratch) newLineCensus(n int) lineCensus {
	counts := zeroed(sc.counts, 2*n+1)
	sc.counts = counts
	return lineCensus{textLines: counts[:0:n], blanks: blankUse{counts[n : n+1]}}
}

// addText counts line i, a text line; its length is counted apart
// (lengths.add), once its text is final.
func (c *lineCensus) addText(i int) {
	n := c.blanks.spacedBefore[len(c.blanks.spacedBefore)-1]
	if c.blank {
		n++
	}
	c.textLines = append(c.textLines, int32(i))
	c.blanks.spacedBefore = append(c.blanks.spacedBefore, n)
	c.blank = false
}

// add counts line i, l, by its kind.
func (c *lineCensus) add(i int, l *line) {
	switch l.kind {
	case lineText:
		c.addText(i)
		c.lengths.add(l)
	case lineBlank:
		c.blank = true
	default:
		c.rules = c.rules || l.form == formRule
	}
}

// countLines takes the census of lines in one pass over them, into sc's
// counts.
func (sc *lexScratch) countLines(lines []line) lineCensus {
	c := sc.newLineCensus(len(lines))
	for i := range lines {
		c.add(i, &lines[i])
	}
	return c
}

// blankUse says, for each text line, whether a blank line before it may
// end a paragraph (meaningful), and whether a plain line break before it
// may be mere wrapping (wraps). PDF converters often double-space
// everything, and there a blank line says nothing; the printed volumes
// separate paragraphs by blank lines and wrap lines anywhere; converters
// of web pages write a paragraph a line with no blank lines at all.
// Decided from the text lines around each, so that a file that changes
// layout midway is read right on both sides. Each answer is a difference
// of two counts, asked where a boundary needs it: a pass that answered
// for every line, into a list of flags, read most answers for nothing
// (meaningful only counts after a blank line, and wraps only for the
// few boundaries the tests before it leave open).
type blankUse struct {
	// spacedBefore[k] counts the text lines before the k-th with a blank
	// line before them.
	spacedBefore []int32
}

// blankUseWindow is how many text lines on each side of a line its
// answers look at.
const blankUseWindow = 6

// spaced counts the text lines with a blank line before them in the
// window around the k-th, and the text lines the window holds (not the
// file's first: nothing stands before it).
func (u blankUse) spaced(k int) (spaced, gaps int) {
	lo, hi := max(1, k-blankUseWindow), min(len(u.spacedBefore)-2, k+blankUseWindow)
	if gaps = max(0, hi-lo+1); gaps > 0 {
		spaced = int(u.spacedBefore[hi+1] - u.spacedBefore[lo])
	}
	return spaced, gaps
}

// meaningful reports whether a blank line before the k-th text line may
// end a paragraph: blank lines do not stand before most of the lines
// around it.
func (u blankUse) meaningful(k int) bool {
	spaced, gaps := u.spaced(k)
	return gaps == 0 || spaced*4 < gaps*3
}

// wraps reports whether a plain line break before the k-th text line may
// be mere wrapping: blank lines are in use around it.
func (u blankUse) wraps(k int) bool {
	spaced, _ := u.spaced(k)
	return spaced > 0
}

// boundary is the place between two text lines where a block may end.
type boundary struct {
	first, prev, next *line // the block's first line, its last, and the next
	wrapped           bool  // the file is hard-wrapped PDF text
	gap               bool  // blank or noise lines stand between prev and next
	// paragraphBreak is set when a blank line stands between them in a
	// file that separates paragraphs by blank lines.
	paragraphBreak bool
	// blanks and k tell whether blank lines are in use near next, the
	// k-th text line, so that a line break alone may be the wrapping of
	// a paragraph (blankUse.wraps).
	blanks blankUse
	k      int
	// preamble is set when prev or next opens a preamble clause
	// (preambleRE): such a line stands in a block of its own.
	preamble bool
	// above is the block's line above prev, or nil.
	above *line
}

// fullLine reports whether prev fills its column as the line above it
// does: a page break in a paragraph falls after a full line, and a
// column narrower than the volumes' holds no line of 60 characters.
func (j *boundary) fullLine() bool {
	return j.above != nil && len(j.prev.t.s) >= minColumnLine && len(j.prev.t.s)+4 >= len(j.above.t.s)
}

// continues decides whether line next carries on the block of prev.
func (j *boundary) continues() bool {
	prev, next := j.prev, j.next
	if prev.mdHead || next.mdHead || j.preamble {
		return false
	}
	if len(prev.t.s) <= maxLoneMark && prev == j.first && isLoneMark(prev.t.s) && startsMarkedText(next.t.s) {
		// "1." or "(b)" alone on its line, its text on the next, a
		// blank line between or none: the mark opens the paragraph or item
		// the next line holds, and stands in no block of its own.
		return true
	}
	// The header and foot lines of a resolution stand in blocks of their
	// own; a title keeps the date printed under it, and an adoption line
	// runs on to the next blank line. Each case asks for a form of the
	// three lines: at most boundaries none has one (formNone is 0), and
	// the cases are passed by one test.
	switch {
	case j.first.form|prev.form|next.form == formNone:
	case next.form == formDate && prev.form == formTitle:
		return true
	case j.first.form == formAdoption:
		// "Adopted by the Security Council at its 3119th meeting," /
		// "on 6 October 1992", a blank line or none between.
		return !j.gap || next.form == formDate
	case next.form == formTitle && !j.gap && wrapsAtCouncilName(prev.t.s, next.t.s):
		// "… to implement immediately" / "Security Council resolution
		// 338 (1973) of 22 October 1973;": a sentence wrapped at the
		// Council's name, not the title of another resolution.
		return true
	case next.form == formTitle || prev.form == formTitle && prev == j.first:
		// A title stands alone, unless it was a wrapped sentence's line.
		return false
	case next.form == formBracket && underTitle(prev) || prev.form == formBracket && prev == j.first:
		// The draft's symbol in brackets under a title ("[S/339]") stands
		// alone; a sentence may wrap before a symbol in brackets too,
		// "… dated 10 January 1994" / "(S/1994/16)", and carries on.
		return false
	case next.form == formAdoption && (j.gap || endsSentence(prev.t.s)):
		return false
	case prev.form == formAgenda || next.form == formAgenda && j.gap:
		return false
	}
	if opensFigureLabel(next.t.s) && opensSubItem(j.first.t.s) {
		// "(a) To cease hostilities forthwith, and" / "(6) To settle their
		// dispute …": in a run of lettered items, a figure in brackets is
		// the next item's letter as OCR misread it (misreadLetterLabel),
		// not words of the item before.
		return false
	}
	if j.paragraphBreak {
		// A blank line ends a paragraph, unless the sentence plainly goes
		// on: a page break in a paragraph of the volumes.
		first, _ := utf8.DecodeRuneInString(next.t.s)
		if startsItem(next.t.s) || next.bullet || len(next.t.s) <= maxLoneMark && isLoneMark(next.t.s) {
			return false
		}
		if endsWithPageJoinWord(prev.t.s) && leadWords(next.t.s) == "" && !opensOperative(next.t.s) {
			// "… in which the" / "Assembly declares …": no paragraph
			// ends with "the", unless the line after opens one by its
			// lead words or number ("… and the" / "Noting with concern
			// …", a paragraph left unended). Not by a decision verb:
			// "Assembly declares" reads as one.
			return true
		}
		if endsSentence(prev.t.s) || opensParagraph(next.t.s) {
			// A page break after a comma before words in lower case ("…
			// the representative of Sweden, 6" / "on the mission …"), or
			// between a resolution's number and its year ("… 355 (1974)
			// of 1 August, 357" / "(1974) of 14 August …"), where the
			// number reads as a footnote mark after the comma: no
			// paragraph opens so.
			// OCR's "l." for 1 opens a paragraph, in lower case.
			return unicode.IsLower(first) && endsWithComma(prev.t.s) && !(first == 'l' && (opensLetterOne(next.t.s) || opensOCRNumber(next.t.s))) ||
				next.t.s[0] == '(' && wrapsCitationYear(prev.t.s, next.t.s)
		}
		return !unicode.IsUpper(first) || endsWithJoiningHyphen(prev.t.s) || atLeastRunes(prev.t.s, 60) || j.fullLine()
	}
	if endsSentence(prev.t.s) && (opensParagraph(next.t.s) && !endsWithNameTitle(prev.t.s) || opensItemAfter(prev.t.s, next.t.s) || len(next.t.s) <= maxLoneMark && opensAlone(prev.t.s, next.t.s)) {
		// "Determined to secure full compliance with its decisions," /
		// "Acting under Chapter VII of the Charter,": two paragraphs with
		// no blank line between them.
		return false
	}
	if len(prev.t.s) <= len("PART XXX.") && partHeadingRE.MatchString(prev.t.s) {
		// "A" over "1. Welcomes …": the part of a resolution in parts.
		return false
	}
	if j.wrapped {
		// PDF text indents the first line of each paragraph and no other;
		// a line that merely starts with "(v)" carries on an inline list.
		return !next.indented
	}
	if next.bullet || startsItem(next.t.s) {
		return false
	}
	// Paragraphs and items begin with a capital or a mark; a line that
	// begins in lower case carries on the one before, even across a page,
	// unless it is OCR's "l." for the number 1 before a capital ("Resolves
	// that:" / "l. The International Court …"), which no sentence carries.
	first, _ := utf8.DecodeRuneInString(next.t.s)
	if first == 'l' && endsSentence(prev.t.s) && opensLetterOne(next.t.s) {
		return false
	}
	if unicode.IsLower(first) || wrapsCitationYear(prev.t.s, next.t.s) {
		return true
	}
	if endsSentence(prev.t.s) && !endsWithAbbreviation(prev.t.s) {
		return false
	}
	// A paragraph hard-wrapped in the middle of a sentence, or broken by a
	// page: "… implementation of the" / footer / "Agreement, through …".
	// Where blank lines separate paragraphs, a line break alone is
	// wrapping ("… the Principality of" / "Liechtenstein for admission");
	// elsewhere short lines are header items, and where no blank line is
	// in sight, every line is a paragraph.
	lineWraps := j.blanks.wraps(j.k)
	if lineWraps && !j.gap {
		return true
	}
	if j.gap && atLeastRunes(prev.t.s, longerThanColumn) && opensParagraph(next.t.s) {
		// A paragraph a line, blank lines between all of them, and the
		// next one opens as a paragraph does: no column holds a line as
		// long as the one before, which a page break cannot have cut.
		return false
	}
	return (j.gap || lineWraps) && atLeastRunes(prev.t.s, 60)
}

// maxLoneMark is the length of the longest lone mark, "(viii)": a
// longer line is told none before the call.
const maxLoneMark = len("(viii)")

// opensItemAfter reports whether next, after a line prev that ends a
// sentence, opens the next item of a list: its label after a clause's
// end ("… forthwith;" / "(b) Immediately …"), or after a comma before a
// capital ("… pursuant to paragraph 24 below," / "(b) To seek …"). A
// label wrapped from a reference carries on in small letters ("… in
// paragraph 3," / "(a) of resolution …").
func opensItemAfter(prev, next string) bool {
	_, size, ok := subItemLabel(next)
	if !ok {
		return false
	}
	if endsClause(prev) {
		return true
	}
	return size < len(next) && next[size] >= 'A' && next[size] <= 'Z' && endsWithComma(prev)
}

// opensAlone reports whether next, after a line prev that ends a
// sentence, is a lone mark that opens the next paragraph or item: a
// number after a preamble's comma or a paragraph's stop ("… 1966," /
// "1."), a label after a clause's end ("… forthwith;" / "(b)").
func opensAlone(prev, next string) bool {
	if next != "" && next[0] == '(' {
		return endsClause(prev) && isLoneLabel(next)
	}
	return isLoneNumberMark(next)
}

// isLoneMark reports whether s is a paragraph's number or an item's
// label and nothing else: "12.", "(b)", "(iv)".
func isLoneMark(s string) bool {
	if s != "" && s[0] == '(' {
		return isLoneLabel(s)
	}
	return isLoneNumberMark(s)
}

// isLoneLabel reports whether s is an item's label alone, "(b)", "(iv)":
// what subItemLabel reads when text follows it.
func isLoneLabel(s string) bool {
	if len(s) < 3 || s[len(s)-1] != ')' {
		return false
	}
	label := s[1 : len(s)-1]
	for i := 0; i < len(label); i++ {
		if label[i] < 'a' || label[i] > 'z' {
			return false
		}
	}
	return len(label) <= 2 || strings.Trim(label, "ivxl") == ""
}

// isLoneNumberMark reports whether s is an operative paragraph's number
// and nothing else: "12.", "3 .", "4,", OCR's "l." for 1.
func isLoneNumberMark(s string) bool {
	if len(s) < 2 || len(s) > len("123 .") {
		return false
	}
	last := s[len(s)-1]
	if last != '.' && last != ',' {
		return false
	}
	n := strings.TrimRight(s[:len(s)-1], " ")
	if n == "l" || n == "I" {
		return true
	}
	return len(n) >= 1 && len(n) <= 3 && allDigits(n) && n[0] != '0'
}

// startsMarkedText reports whether s may be the text a lone number mark
// opens: a capital, or an item's bracket ("(a) …").
func startsMarkedText(s string) bool {
	return s != "" && (s[0] >= 'A' && s[0] <= 'Z' || s[0] == '(' || s[0] == '"')
}

// longerThanColumn is a length no line of a page's column reaches: a
// line as long is a paragraph unwrapped.
const longerThanColumn = 120

// endsWithAbbreviation reports whether s ends with an abbreviation that
// a name or figure follows, whose full stop ends no sentence: a title
// before a name ("… and that Mr." / "Jarring felt …"), a reference before
// its number ("Article No." / "12"), "i.e." or "e.g.", or a name's
// initial ("Judge Richard R." / "Baxter"), a capital after a capitalised
// word that does not number a part ("Chapter V.", "annex I.").
func endsWithAbbreviation(s string) bool {
	w := s[strings.LastIndexByte(s, ' ')+1:]
	if len(w) < 2 || w[len(w)-1] != '.' {
		return false
	}
	if abbreviations[w] {
		return true
	}
	if len(w) != 2 || w[0] < 'A' || w[0] > 'Z' || len(s) < 4 {
		return false
	}
	before := lastWord(strings.TrimRight(s[:len(s)-2], " "))
	return before != "" && before[0] >= 'A' && before[0] <= 'Z' && len(before) > 1 && !partWords[strings.ToLower(before)]
}

// endsWithNameTitle reports whether s ends with the title a name follows
// ("Mr.", "Dr."): the next line opens with that name, even one that reads
// as a preamble's lead ("… and that Mr." / "Jarring felt …").
func endsWithNameTitle(s string) bool {
	return nameTitles[s[strings.LastIndexByte(s, ' ')+1:]]
}

// nameTitleWords are the titles a name follows, abbreviations all.
const nameTitleWords = "Mr. Mrs. Ms. Messrs. Mme. Dr. Prof. St."

var nameTitles = wordSet(nameTitleWords)

// abbreviations are the abbreviations after which the volumes go on with
// a name or a figure: their full stop is no sentence's end.
var abbreviations = wordSet(nameTitleWords + " No. Nos. Art. Arts. para. paras. " +
	"i.e. e.g. viz. cf. vol. Vol. p. pp.")

// partWords number a part of a text with a letter or a roman figure: a
// capital after them is that part's number ("Chapter V."), no initial.
var partWords = wordSet("chapter annex appendix part section article articles paragraph paragraphs table " +
	"schedule protocol volume category class resolution resolutions group list option phase stage zone sector area")

// underTitle reports whether l is a line of a resolution's heading, its
// title or the date under it, under which the volumes print the draft's
// symbol in brackets.
func underTitle(l *line) bool { return l.form == formTitle || l.form == formDate }

// opensFigureLabel reports whether s opens with a figure in brackets, not
// 1, before a capital: "(6) To settle …", the label of an item whose
// letter OCR misread. A list numbered "(1)", "(2)" opens with 1.
func opensFigureLabel(s string) bool {
	return len(s) > 4 && s[0] == '(' && s[1] >= '2' && s[1] <= '9' && s[2] == ')' && s[3] == ' ' && s[4] >= 'A' && s[4] <= 'Z'
}

// endsClause reports whether s ends a sentence or an item of a list, so
// that an "(a)" opening the next line is the next item, not a reference
// wrapped onto it ("as set out in paragraph 3" / "(a) of resolution …").
// "Decides that all States shall:" / "(a) Prevent …" is printed with no
// blank line or indent in the texts of 2001 and later.
func endsClause(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(trimClosingQuotes(s))
	return r == ':' || r == ';' || r == '.'
}

// partHeadingRE is the heading of a part of a resolution: "A", "II",
// "Part B".
var partHeadingRE = anchored(`^(?:[A-H]|[IVX]{1,4}|(?:Part|PART) [A-Z0-9]{1,3})\.?$`)

// opensParagraph reports whether a line opens an operative paragraph by
// its number or a preambular one by its lead word.
func opensParagraph(s string) bool {
	return opensOperative(s) || leadWords(s) != "" || adoptionStartRE.MatchString(s) || opensDecisionVerb(s) || opensOCRNumber(s)
}

// endsWithComma reports whether s ends with a comma, perhaps before a
// footnote mark ("… of Sweden, 6", "…, 2/").
func endsWithComma(s string) bool {
	return strings.HasSuffix(trimFootnoteMark(s), ",")
}

// pageJoinWords are the words no paragraph ends with: a page break after
// one ("… the Chief of Staff of the" / "United Nations Truce …") carries
// the paragraph on, whatever the capital after it.
// "and" and "or" may end a clause before the next ("… these obligations,
// and" / "Taking into account …"): they are not among them.
var pageJoinWords = []string{"the", "of", "a", "an", "to", "in", "by", "for", "with", "from", "at", "its", "their"}

// longestPageJoinWord is the length of the longest of pageJoinWords.
const longestPageJoinWord = len("their")

// endsWithPageJoinWord reports whether s ends with one of pageJoinWords.
func endsWithPageJoinWord(s string) bool {
	i := strings.LastIndexByte(s, ' ')
	if i < 0 || len(s)-i-1 > longestPageJoinWord {
		return false
	}
	return slices.Contains(pageJoinWords, s[i+1:])
}

// opensLetterOne reports whether s opens with OCR's "l." for the number 1
// and a capital after it ("l. The International Court …").
func opensLetterOne(s string) bool {
	return len(s) > 4 && s[0] == 'l' && s[1] == '.' && s[2] == ' ' && s[3] >= 'A' && s[3] <= 'Z'
}

// opensOCRNumber reports whether s opens with an operative number as OCR
// misprints it before a decision verb ("2, Urges …", "l. Decides …", "5 .
// Calls upon …"): a paragraph of its own, as "2. Urges …" is. The shape
// of the mark is looked at by hand first, the pattern only on its match.
func opensOCRNumber(s string) bool {
	i := 0
	for i < len(s) && i < 3 && (isDigit(s[i]) || s[i] == 'l' || s[i] == 'L' || s[i] == 'I') {
		i++
	}
	if i < len(s) && s[i] == ' ' {
		i++
	}
	if i == 0 || i == len(s) || s[i] != '.' && s[i] != ',' {
		return false
	}
	_, _, ok := operativeNumber(s)
	return ok
}

// joinLines makes one block of the given lines, joining them with a space
// (mapped to the line break it replaces) or, after a hyphen, with nothing.
// The text of a block of several lines is the next text of tb. src is the
// text the lines were cut from, or "" when they were made otherwise.
func joinLines(tb *textBuilder, src string, lines []line, idx []int32, vocab *fileVocabulary) block {
	first := lines[idx[0]]
	if len(idx) == 1 {
		// A block of one line is the line's text as it is: appending it
		// to an empty builder would copy it unchanged.
		return block{t: first.t, form: first.form, bullet: first.bullet, first: int(idx[0]), last: int(idx[0])}
	}
	tb.next()
	if src != "" && wrapsInPlace(lines, idx) {
		appendWrapped(tb, src, lines, idx)
		return block{t: tb.text(), form: first.form, bullet: first.bullet, first: int(idx[0]), last: int(idx[len(idx)-1])}
	}
	// Whether the line before broke a word with a hyphen now dropped: the
	// question is asked once, as that line is joined, not again for the
	// line that carries the word on.
	brokeWord := false
	for k, i := range idx {
		t := lines[i].t
		broken := brokeWord
		brokeWord = false
		// The line break before the line becomes a space, unless the line
		// before broke a word or ended with a hyphen that is kept.
		spaced := k > 0 && !broken && !endsWithJoiningHyphen(tb.current())
		if k+1 < len(idx) && endsWithSpacedHyphen(t.s) && !isSpacedDash(t.s, lines[idx[k+1]].t.s) {
			// "ill -" / "treatment": a PDF converter's space before a
			// hyphen that joins the next line's word; the space is dropped
			// and the hyphen read as any at a line's end.
			if spaced {
				prev := &lines[idx[k-1]]
				tb.write(" ", int(prev.end), int(lines[i].start-prev.end))
			}
			tb.appendTextTo(t, len(t.s)-2)
			if breaksWord(hyphenHead(t.s), lines[idx[k+1]].t.s, vocab) {
				brokeWord = true
			} else {
				tb.write("-", t.sourceAt(len(t.s)-1, false), 1)
			}
			continue
		}
		if k+1 < len(idx) && endsWithJoiningHyphen(t.s) && breaksWord(hyphenHead(t.s), lines[idx[k+1]].t.s, vocab) {
			// A line that breaks a word at its end is still a word apart
			// from the line before: "with" / "2 abstentions (… Social-" /
			// "ist Republics)" is "with 2 abstentions (… Socialist
			// Republics)", where "with2" was read.
			if spaced {
				prev := &lines[idx[k-1]]
				tb.write(" ", int(prev.end), int(lines[i].start-prev.end))
			}
			tb.appendTextTo(t, len(t.s)-1)
			brokeWord = true
			continue
		}
		if spaced {
			// Most lines of a file are joined so.
			prev := &lines[idx[k-1]]
			tb.appendSpaced(t, int(prev.end), int(lines[i].start-prev.end))
			continue
		}
		tb.appendText(t)
	}
	return block{
		t:      tb.text(),
		form:   first.form,
		bullet: first.bullet,
		first:  int(idx[0]),
		last:   int(idx[len(idx)-1]),
	}
}

// wrapsInPlace reports whether the lines at idx are a paragraph wrapped
// in src and nothing more: each line's text is its source line as it
// stands, each opens right after the line break of the line before, and
// none but the last ends with a hyphen. Their block is src from the first
// line to the last with a space for each line break, one copied piece:
// what joinLines makes of them a line at a time, as most blocks of a
// file are (in dev, 84 % of the lines of blocks of several lines).
func wrapsInPlace(lines []line, idx []int32) bool {
	for k, i := range idx {
		l := &lines[i]
		if len(l.t.segs) != 1 {
			return false
		}
		if sg := l.t.segs[0]; !sg.copied || sg.guessed || sg.src != l.start || sg.n != l.end-l.start {
			return false
		}
		if k > 0 && l.start != lines[idx[k-1]].end+1 {
			return false
		}
		if k+1 < len(idx) && strings.HasSuffix(l.t.s, "-") {
			return false
		}
	}
	return true
}

// appendWrapped appends to tb, as its current text, the lines at idx of
// src, which wrapsInPlace holds, copied at once: the piece joinLines
// would have grown by a space and a line at a time.
func appendWrapped(tb *textBuilder, src string, lines []line, idx []int32) {
	start, end := int(lines[idx[0]].start), int(lines[idx[len(idx)-1]].end)
	// The builder of joined blocks has no source of its own: the bytes
	// are written, one copied piece, and its line breaks made spaces.
	tb.copy(src[start:end], start)
	written := tb.b.buf[len(tb.b.buf)-(end-start):]
	for _, i := range idx[:len(idx)-1] {
		written[int(lines[i].end)-start] = ' '
	}
}

// compoundFirst are words that stand before a hyphen in compounds the
// Council writes ("self-determination", "peace-keeping", "co-operation",
// "re-establish"): a line-end hyphen after them is kept.
var compoundFirst = wordSet("self non co cease peace troop police well long short full part decision policy anti counter cross " +
	"multi post pre re sub under over follow half one two three four five six seven eight nine ten mid ex vice all " +
	"front war land time life far first second third large small world mine law human state fact heads follow-up ill")

// breaksWord decides whether the hyphen after head, the last word of a
// line (hyphenHead), splits one word across the line break ("So-" /
// "viet") rather than joining a compound ("troop-" / "contributing")
// with the first word of the next line, b. The file's own words decide where they can:
// the same compound printed with its hyphen inside a line keeps it, the
// word printed whole drops it. Otherwise a hyphen after a word that
// begins compounds is kept, and any other is dropped.
func breaksWord(head, b string, vocab *fileVocabulary) bool {
	tail := firstWord(b)
	if head == "" || tail == "" || !unicode.IsLower(rune(tail[0])) {
		return false
	}
	lh, lt := strings.ToLower(head), strings.ToLower(tail)
	switch {
	case vocab.has(lh + "-" + lt):
		return false
	case vocab.has(lh + lt):
		return true
	}
	return !compoundFirst[lh]
}

// hyphenHead is the word before the hyphen that ends line s and may break
// a word, bound to it ("Social-") or after a PDF converter's stray space
// ("ill -"), or "" when s ends with no such hyphen: the word breaksWord
// and the questions it may ask (wordQuestions.read) are about.
func hyphenHead(s string) string {
	switch {
	case endsWithJoiningHyphen(s):
		return lastWord(s[:len(s)-1])
	case endsWithSpacedHyphen(s):
		return lastWord(s[:len(s)-2])
	}
	return ""
}

func lastWord(s string) string {
	i := len(s)
	for i > 0 && isASCIILetter(s[i-1]) {
		i--
	}
	return s[i:]
}

func firstWord(s string) string {
	i := 0
	for i < len(s) && isASCIILetter(s[i]) {
		i++
	}
	return s[:i]
}

// fileVocabulary answers whether a file prints a word inside its lines
// (vocabulary). The questions breaksWord may ask are known from the lines
// that end with a hyphen: on the first, the file is read once for those
// words alone, which costs no allocation a word. Most files break no word
// at a line's end, and never ask.
type fileVocabulary struct {
	lines []line
	src   string // the text the lines were cut from, or ""
	// asked are the words breaksWord may ask about, and whether the file
	// prints each, once read (a scratch's, kept from file to file).
	asked *wordQuestions
	read  bool
	words map[string]bool // the whole vocabulary, for any other question
}

func (v *fileVocabulary) has(w string) bool {
	if !v.read {
		v.asked.read(v.lines)
		printedOf(v.lines, v.src, v.asked)
		v.read = true
	}
	if k, ok := v.asked.index[w]; ok {
		return v.asked.printed[k]
	}
	if v.words == nil {
		v.words = vocabulary(v.lines)
		v.asked.unasked++
	}
	return v.words[w]
}

// wordQuestions are words in lower case, each with whether a file prints
// it. The words are cut from one string, and their answers kept apart
// from the map, so that neither asking nor answering makes a string for
// each word (two for each line that ends with a hyphen, and one for each
// answer: 330 allocations a run of dev).
type wordQuestions struct {
	index   map[string]int // each word's place in printed
	printed []bool
	// unasked counts, over every file the scratch has read, those whose
	// lines asked a word outside index, answered by reading the whole
	// vocabulary: a map of every word, which
	// cost a file of the seeds a quarter of its extraction when its
	// spaced hyphens ("ill -") were not asked. No file of the corpora
	// should need it (TestHyphenQuestionsAreAsked).
	unasked int
}

// read makes q the questions of lines. Its map and answers are those of
// the questions before, cleared: a scratch's serve file after file, where
// each file that broke a word made a map, which grew as it was filled,
// and a list of answers (some 110 allocations a pass over dev).
func (q *wordQuestions) read(lines []line) {
	var wordRoom [512]byte
	var endRoom [64]int
	words, ends := wordRoom[:0], endRoom[:0] // the words, one after another, and where each ends
	for i := range lines {
		l := &lines[i]
		if l.kind != lineText {
			continue
		}
		head := hyphenHead(l.t.s)
		if head == "" {
			continue
		}
		next := i + 1
		for next < len(lines) && lines[next].kind != lineText {
			next++
		}
		if next == len(lines) {
			break
		}
		tail := firstWord(lines[next].t.s)
		if tail == "" {
			continue
		}
		words = append(appendLowerASCII(words, head), '-')
		words = appendLowerASCII(words, tail)
		ends = append(ends, len(words))
		words = appendLowerASCII(appendLowerASCII(words, head), tail)
		ends = append(ends, len(words))
	}
	if q.index == nil {
		q.index = make(map[string]int, len(ends))
	} else {
		clear(q.index)
	}
	all, start := string(words), 0
	for _, end := range ends {
		q.add(all[start:end])
		start = end
	}
	q.printed = zeroed(q.printed, len(q.index))
}

// add adds w to q's words, unless it is one already; before printedOf.
func (q *wordQuestions) add(w string) {
	if _, ok := q.index[w]; !ok {
		q.index[w] = len(q.index)
	}
}

// printedOf marks which of the words in q the file prints, reading its
// words as vocabulary does. src is the text the lines were cut from, or
// "": a line whose text stands in it is read only at the places a search
// of the whole text for the questions' first two letters (pairSearch)
// finds, where each line was read byte by byte for any word that opens
// with a question's first letter, most of them. A line with a text of its
// own (cleaned of marks) is read so still.
func printedOf(lines []line, src string, q *wordQuestions) {
	if len(q.index) == 0 {
		return
	}
	r := newQuestionReader(q)
	search := newPairSearch(src, q)
	for k := range lines {
		l := &lines[k]
		s := l.t.s
		if s == "" {
			continue
		}
		off, ok := search.lineAt(l)
		if !ok {
			r.readLine(s)
			continue
		}
		for p := search.next(off); p < off+len(s); p = search.next(p + 1) {
			r.readAt(s, p-off)
		}
	}
}

// questionReader reads a line's words for the questions of q.
type questionReader struct {
	q *wordQuestions
	// Only a word of the length and first letter of a question is
	// looked up: most are neither.
	lengths [64]bool
	firsts  [256]bool
	room    [64]byte
}

func newQuestionReader(q *wordQuestions) questionReader {
	r := questionReader{q: q}
	for w := range q.index {
		r.lengths[min(len(w), 63)] = true
		r.firsts[w[0]], r.firsts[w[0]-('a'-'A')] = true, true
	}
	return r
}

// readLine marks the questions that s prints, looking at every word that
// opens with a question's first letter.
func (r *questionReader) readLine(s string) {
	for i := 0; i < len(s); {
		// Only a byte that may open a question is looked at: the words
		// that open with another letter are passed over without finding
		// where they end.
		for i < len(s) && !r.firsts[s[i]] {
			i++
		}
		if i == len(s) {
			break
		}
		i = r.readAt(s, i)
	}
}

// readAt marks the question that s prints at s[i], if a word opens there
// and is one, and returns where to read on: past the word, or i+1.
func (r *questionReader) readAt(s string, i int) int {
	if !isASCIILetter(s[i]) || insideWord(s, i) {
		return i + 1
	}
	j := vocabWordEnd(s, i)
	if r.lengths[min(j-i, 63)] {
		lower := appendLowerASCII(r.room[:0], s[i:j])
		if w, ok := r.q.index[string(lower)]; ok {
			r.q.printed[w] = true
		}
	}
	return j
}

// maxPairs is the most first pairs of letters a pairSearch looks for: a
// file with more questions is read word by word, which costs no more
// with more questions (so far, no file of the corpora).
const maxPairs = 6

// pairSearch finds the places of a file's text where a question may open:
// its first two bytes, in either case (or-ed with 0x20, which makes ASCII
// letters small and keeps "-"), eight places at a time. It finds places
// of other bytes besides (a "\r" or-ed is a "-"), which are read as any
// other and answer no question.
type pairSearch struct {
	src    string
	pairs  [maxPairs][2]uint64 // the first and second bytes, in each of eight bytes
	n      int
	from   int // no place of the search in src[from:found]
	found  int
	asRead bool // whether the lines are read word by word
}

func newPairSearch(src string, q *wordQuestions) pairSearch {
	ps := pairSearch{src: src, found: -1, asRead: src == ""}
	for w := range q.index {
		if len(w) < 2 {
			// No question breaksWord asks (a head and a tail), but
			// one may be put.
			ps.asRead = true
			break
		}
		first, second := rep8(w[0]|0x20), rep8(w[1]|0x20)
		if slices.Contains(ps.pairs[:ps.n], [2]uint64{first, second}) {
			continue
		}
		if ps.n == maxPairs {
			ps.asRead = true
			break
		}
		ps.pairs[ps.n] = [2]uint64{first, second}
		ps.n++
	}
	return ps
}

// lineAt returns where l's text stands in the file's text, if it does:
// the text of a plain line is a slice of it, where its map's first piece,
// copied, says (compared as strings, which is one comparison of two
// pointers when it is the same slice). It need not end where the line
// ends: spaces may trail it.
func (ps *pairSearch) lineAt(l *line) (off int, ok bool) {
	if ps.asRead || len(l.t.segs) == 0 || !l.t.segs[0].copied {
		return 0, false
	}
	off = int(l.t.segs[0].src)
	end := off + len(l.t.s)
	return off, off >= int(l.start) && end <= int(l.end) && end <= len(ps.src) && l.t.s == ps.src[off:end]
}

// next returns the first place of the search at from or after it, or the
// text's length.
func (ps *pairSearch) next(from int) int {
	if from >= ps.from && from <= ps.found {
		return ps.found
	}
	ps.from, ps.found = from, ps.nextFrom(from)
	return ps.found
}

// nextFrom returns the first place of the search at j or after it. The
// places of a pair are the bytes where the text or-ed differs from the
// pair in neither its first byte nor the next: zero bytes of the two
// differences or-ed, told by zeroish, whose bits above a zero byte may be
// set too (a place more, read and turned away), never one short.
func (ps *pairSearch) nextFrom(j int) int {
	const fold = 0x2020202020202020
	s := ps.src
	switch ps.n {
	case 1:
		// Most files that ask: the pair held in registers, and sixteen
		// bytes read before a branch.
		p0, p1 := ps.pairs[0][0], ps.pairs[0][1]
		for ; j+17 <= len(s); j += 16 {
			a := pairPlaces(load8At(s, j)|fold, load8At(s, j+1)|fold, p0, p1)
			b := pairPlaces(load8At(s, j+8)|fold, load8At(s, j+9)|fold, p0, p1)
			if (a|b)&highBits != 0 {
				if a &= highBits; a != 0 {
					return j + bits.TrailingZeros64(a)>>3
				}
				return j + 8 + bits.TrailingZeros64(b&highBits)>>3
			}
		}
	case 2:
		p0, p1, q0, q1 := ps.pairs[0][0], ps.pairs[0][1], ps.pairs[1][0], ps.pairs[1][1]
		for ; j+9 <= len(s); j += 8 {
			first, second := load8At(s, j)|fold, load8At(s, j+1)|fold
			if at := (pairPlaces(first, second, p0, p1) | pairPlaces(first, second, q0, q1)) & highBits; at != 0 {
				return j + bits.TrailingZeros64(at)>>3
			}
		}
	}
	pairs := ps.pairs[:ps.n]
	for ; j+9 <= len(s); j += 8 {
		first, second := load8At(s, j)|fold, load8At(s, j+1)|fold
		var at uint64
		for _, p := range pairs {
			at |= pairPlaces(first, second, p[0], p[1])
		}
		if at &= highBits; at != 0 {
			return j + bits.TrailingZeros64(at)>>3
		}
	}
	for ; j+1 < len(s); j++ {
		first, second := rep8(s[j]|0x20), rep8(s[j+1]|0x20)
		for _, p := range pairs {
			if first == p[0] && second == p[1] {
				return j
			}
		}
	}
	return len(s)
}

// pairPlaces has the high bit set in each byte where first is p0 and
// second p1, and may have it in a byte above one (zeroish).
func pairPlaces(first, second, p0, p1 uint64) uint64 {
	return zeroish((first ^ p0) | (second ^ p1))
}

// insideWord reports whether the letter s[i] carries on a word of eachWord
// that opens before it.
func insideWord(s string, i int) bool {
	return i > 0 && (isASCIILetter(s[i-1]) || s[i-1] == '-' && i > 1 && isASCIILetter(s[i-2]))
}

// vocabWordEnd returns where the word of eachWord that opens at s[i] ends:
// its letters, and hyphens between letters.
func vocabWordEnd(s string, j int) int {
	for j < len(s) && (isASCIILetter(s[j]) || s[j] == '-' && j+1 < len(s) && isASCIILetter(s[j+1])) {
		j++
	}
	return j
}

// appendLowerASCII appends w, a word of ASCII letters and hyphens, in
// lower case.
func appendLowerASCII(b []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// vocabulary is the set of words, hyphenated compounds included, that a
// file prints inside its lines, in lower case.
func vocabulary(lines []line) map[string]bool {
	vocab := map[string]bool{}
	eachWord(lines, func(w string) { vocab[strings.ToLower(w)] = true })
	return vocab
}

// eachWord calls f with each word, hyphenated compounds included, that the
// lines print inside them: a word broken at a line's end is not one.
func eachWord(lines []line, f func(w string)) {
	for k := range lines {
		s := lines[k].t.s
		for i := 0; i < len(s); {
			if !isASCIILetter(s[i]) {
				i++
				continue
			}
			j := vocabWordEnd(s, i)
			f(s[i:j])
			i = j
		}
	}
}

// endsWithJoiningHyphen reports whether s ends with a hyphen that binds a
// word to the next line ("troop-" / "contributing").
func endsWithJoiningHyphen(s string) bool {
	if !strings.HasSuffix(s, "-") {
		return false
	}
	return isLetterBefore(s, len(s)-1)
}

// endsWithSpacedHyphen reports whether s ends with a hyphen after a space
// after a word ("ill -", "natural resources -").
func endsWithSpacedHyphen(s string) bool {
	return strings.HasSuffix(s, " -") && isLetterBefore(s, len(s)-2)
}

// isSpacedDash reports whether the hyphen that ends line prev after a
// space is a dash, the next line's words no part of a compound with the
// word before it: after a word that holds a hyphen of its own
// ("Secretary-General -" / "Colombia, Mexico …"), before a word no
// compound ends with ("natural resources -" / "or injury …") or no word
// at all, or before a capital after a word in lower case ("peace
// process -" / "Portugal"). Else it is a PDF converter's hyphen with a
// stray space before it ("ill -" / "treatment").
func isSpacedDash(prev, next string) bool {
	before := prev[:len(prev)-2]
	word := before[strings.LastIndexByte(before, ' ')+1:]
	after := firstWord(next)
	switch {
	case strings.IndexByte(word, '-') >= 0, after == "", dashFollowers[strings.ToLower(after)]:
		return true
	}
	return unicode.IsLower(rune(word[0])) && unicode.IsUpper(rune(after[0]))
}

// dashFollowers are words that open what follows a dash, never the second
// part of a compound.
var dashFollowers = wordSet("and or but nor the a an of to in on at by for from with which who whom whose that " +
	"including as is are was were be its their his her it they not such")

// markHeadings flags section headings: a Markdown heading, or a short line
// with no closing punctuation that stands before a numbered paragraph.
func markHeadings(blocks []block, lines []line, wrapped bool) {
	// Backwards, so that a heading over a heading ("MINUSMA's mandate" over
	// "General principles") is seen as one too.
	for i := len(blocks) - 1; i >= 0; i-- {
		b := &blocks[i]
		mdHead := lines[b.first].mdHead
		// Most blocks are of several lines or end a sentence, and are no
		// heading whatever they open with: their shape is asked first,
		// and their opening (startsItem) only of the few left.
		if !mdHead && (b.first != b.last || b.bullet || endsSentence(b.t.s) || atLeastRunes(b.t.s, 151)) {
			continue
		}
		if startsItem(b.t.s) || strings.HasPrefix(b.t.s, `"`) {
			continue
		}
		if mdHead {
			b.heading = true
			continue
		}
		if i+1 < len(blocks) && (opensOperative(blocks[i+1].t.s) || blocks[i+1].heading || opensOCRNumber(blocks[i+1].t.s)) {
			b.heading = true
			continue
		}
		if i+1 < len(blocks) && partHeadingRE.MatchString(b.t.s) && leadWords(blocks[i+1].t.s) != "" {
			// "B" over "Strongly condemning …": a part of the resolution
			// that opens with a preamble of its own.
			b.heading = true
		}
	}
}
