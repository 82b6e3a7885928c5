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
	heading bool // a section heading ("Priority tasks", "French forces")
	bullet  bool // its first line carried a list or bullet mark
	first   int  // index of its first line
	last    int  // index of its last line
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
	var blocks []block
	var cur []int // lines of the block being built
	gap := false  // a blank or noise line since the last text line
	flush := func() {
		if len(cur) > 0 {
			blocks = append(blocks, joinLines(lines, cur))
			cur = nil
		}
	}
	for i, l := range lines {
		if l.kind != lineText {
			gap = true
			continue
		}
		if len(cur) > 0 && (explicit || !continues(lines[cur[len(cur)-1]], l, wrapped, gap)) {
			flush()
		}
		cur = append(cur, i)
		gap = false
	}
	flush()
	markHeadings(blocks, lines, wrapped)
	return blocks
}

// continues decides whether line next carries on the paragraph of prev.
func continues(prev, next line, wrapped, gap bool) bool {
	if prev.mdHead || next.mdHead || preambleRE.MatchString(next.t.s) {
		return false
	}
	if wrapped {
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
	// A page break inside a long paragraph: "… implementation of the" /
	// footer / "Agreement, through …". Short lines are header items.
	return gap && utf8.RuneCountInString(prev.t.s) >= 60
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
