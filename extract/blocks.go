package extract

import (
	"regexp"
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
	first   int      // index of its first line
	last    int      // index of its last line
}

var (
	// operativeRE matches the number that opens an operative paragraph.
	operativeRE = regexp.MustCompile(`^"?(\d{1,3})\.\s+\S`)
	// subItemRE matches "(a)", "(ii)", "(iv)" at the start of a sub-item.
	subItemRE = regexp.MustCompile(`^"?\(([a-z]{1,2}|[ivxl]{1,6})\)\s`)
)

// startsItem reports whether s opens a numbered paragraph or a sub-item:
// such a line never continues the line before it.
func startsItem(s string) bool { return operativeRE.MatchString(s) || subItemRE.MatchString(s) }

// endsSentence reports whether s ends as a paragraph, a list item or a
// clause of a preamble does: with a full stop, semicolon, colon or comma,
// perhaps inside a closing quote.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, `"'”’ `)
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".;:,!?。；：，！？", r)
}

// isWrapped reports whether a file is hard-wrapped PDF text (a paragraph
// spread over many short lines) rather than one paragraph a line.
func isWrapped(lines []line) bool {
	long, short := 0, 0
	for _, l := range lines {
		if l.kind != lineText {
			continue
		}
		switch n := utf8.RuneCountInString(l.t.s); {
		case n >= 110:
			long++
		case n >= 40:
			short++
		}
	}
	return short > 3*long
}

// buildBlocks joins lines into blocks. Lines drawn from a web page are
// blocks already (explicit): the page's markup said where each ends.
func buildBlocks(lines []line, explicit bool) []block {
	wrapped := isWrapped(lines)
	meaningful, wraps := blankLineUse(lines)
	var blocks []block
	var cur []int              // lines of the block being built
	gap, blank := false, false // a blank or noise line since the last text line; a blank one
	flush := func() {
		if len(cur) > 0 {
			blocks = append(blocks, joinLines(lines, cur))
			cur = nil
		}
	}
	for i, l := range lines {
		if l.kind != lineText {
			gap = true
			blank = blank || l.kind == lineBlank
			continue
		}
		if len(cur) > 0 {
			j := boundary{first: lines[cur[0]], prev: lines[cur[len(cur)-1]], next: l,
				wrapped: wrapped, gap: gap, paragraphBreak: blank && meaningful[i], lineWraps: wraps[i]}
			if explicit || !j.continues() {
				flush()
			}
		}
		cur = append(cur, i)
		gap, blank = false, false
	}
	flush()
	markHeadings(blocks, lines, wrapped)
	return blocks
}

// blankLineUse says, for each line, whether a blank line before it may end
// a paragraph (meaningful), and whether a plain line break before it may be
// mere wrapping (wraps). PDF converters often double-space everything, and
// there a blank line says nothing; the printed volumes separate paragraphs
// by blank lines and wrap lines anywhere; converters of web pages write a
// paragraph a line with no blank lines at all. Decided from the lines
// around each, so that a file that changes layout midway is read right on
// both sides.
func blankLineUse(lines []line) (meaningful, wraps []bool) {
	var textLines []int
	var blankBefore []bool
	blank := false
	for i, l := range lines {
		switch l.kind {
		case lineText:
			textLines = append(textLines, i)
			blankBefore = append(blankBefore, blank)
			blank = false
		case lineBlank:
			blank = true
		}
	}
	const window = 6
	meaningful, wraps = make([]bool, len(lines)), make([]bool, len(lines))
	for k, i := range textLines {
		lo, hi := max(1, k-window), min(len(textLines)-1, k+window)
		spaced, gaps := 0, 0
		for j := lo; j <= hi; j++ {
			gaps++
			if blankBefore[j] {
				spaced++
			}
		}
		meaningful[i] = gaps == 0 || spaced*4 < gaps*3
		wraps[i] = spaced > 0
	}
	return meaningful, wraps
}

// boundary is the place between two text lines where a block may end.
type boundary struct {
	first, prev, next line // the block's first line, its last, and the next
	wrapped           bool // the file is hard-wrapped PDF text
	gap               bool // blank or noise lines stand between prev and next
	// paragraphBreak is set when a blank line stands between them in a
	// file that separates paragraphs by blank lines.
	paragraphBreak bool
	// lineWraps is set where blank lines are in use nearby, so that a line
	// break alone may be the wrapping of a paragraph.
	lineWraps bool
}

// continues decides whether line next carries on the block of prev.
func (j boundary) continues() bool {
	prev, next := j.prev, j.next
	if prev.mdHead || next.mdHead || preambleRE.MatchString(next.t.s) || preambleRE.MatchString(prev.t.s) {
		return false
	}
	// The header and foot lines of a resolution stand in blocks of their
	// own; a title keeps the date printed under it, and an adoption line
	// runs on to the next blank line.
	switch {
	case next.form == formDate && prev.form == formTitle:
		return true
	case j.first.form == formAdoption:
		// "Adopted by the Security Council at its 3119th meeting," /
		// "on 6 October 1992", a blank line or none between.
		return !j.gap || next.form == formDate
	case next.form == formTitle || prev.form == formTitle || next.form == formBracket || prev.form == formBracket:
		return false
	case next.form == formAdoption && (j.gap || endsSentence(prev.t.s)):
		return false
	case prev.form == formAgenda || next.form == formAgenda && j.gap:
		return false
	}
	if j.paragraphBreak {
		// A blank line ends a paragraph, unless the sentence plainly goes
		// on: a page break in a paragraph of the volumes.
		first, _ := utf8.DecodeRuneInString(next.t.s)
		return !endsSentence(prev.t.s) && (unicode.IsLower(first) || endsWithJoiningHyphen(prev.t.s))
	}
	if endsSentence(prev.t.s) && opensParagraph(next.t.s) {
		// "Determined to secure full compliance with its decisions," /
		// "Acting under Chapter VII of the Charter,": two paragraphs with
		// no blank line between them.
		return false
	}
	if j.wrapped {
		// PDF text indents the first line of each paragraph and no other;
		// a line that merely starts with "(v)" carries on an inline list.
		return next.indent == 0
	}
	if next.bullet || startsItem(next.t.s) {
		return false
	}
	// Paragraphs and items begin with a capital or a mark; a line that
	// begins in lower case carries on the one before, even across a page.
	first, _ := utf8.DecodeRuneInString(next.t.s)
	if unicode.IsLower(first) {
		return true
	}
	if endsSentence(prev.t.s) {
		return false
	}
	// A paragraph hard-wrapped in the middle of a sentence, or broken by a
	// page: "… implementation of the" / footer / "Agreement, through …".
	// Short lines are header items; where no blank line is in sight, every
	// line is a paragraph.
	return (j.gap || j.lineWraps) && utf8.RuneCountInString(prev.t.s) >= 60
}

// opensParagraph reports whether a line opens an operative paragraph by
// its number or a preambular one by its lead word.
func opensParagraph(s string) bool {
	return operativeRE.MatchString(s) || leadRE.MatchString(s) || adoptionStartRE.MatchString(s) || opensDecisionVerb(s)
}

// joinLines makes one block of the given lines, joining them with a space
// (mapped to the line break it replaces) or, after a hyphen, with nothing.
func joinLines(lines []line, idx []int) block {
	var tb textBuilder
	for k, i := range idx {
		t := lines[i].t
		if k > 0 {
			prev := lines[idx[k-1]]
			if !endsWithJoiningHyphen(tb.text().s) {
				tb.write(" ", prev.start+len(prev.raw), lines[i].start-(prev.start+len(prev.raw)))
			}
		}
		tb.appendText(t)
	}
	first := lines[idx[0]]
	return block{
		t:      tb.text(),
		form:   first.form,
		bullet: first.bullet,
		first:  idx[0],
		last:   idx[len(idx)-1],
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

// markHeadings flags section headings: a Markdown heading, or a short line
// with no closing punctuation that stands before a numbered paragraph.
func markHeadings(blocks []block, lines []line, wrapped bool) {
	// Backwards, so that a heading over a heading ("MINUSMA's mandate" over
	// "General principles") is seen as one too.
	for i := len(blocks) - 1; i >= 0; i-- {
		b := &blocks[i]
		if startsItem(b.t.s) || strings.HasPrefix(b.t.s, `"`) {
			continue
		}
		if lines[b.first].mdHead {
			b.heading = true
			continue
		}
		if b.first != b.last || endsSentence(b.t.s) || utf8.RuneCountInString(b.t.s) > 150 || b.bullet {
			continue
		}
		if i+1 < len(blocks) && (operativeRE.MatchString(blocks[i+1].t.s) || blocks[i+1].heading) {
			b.heading = true
		}
	}
}
