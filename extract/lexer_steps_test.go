package extract

// The lexer's steps one at a time, as the tests and benchmarks call them;
// the Extractor runs them over a whole file with its scratch.

// sourceText is the text setSourceText sets.
func (tb *textBuilder) sourceText(s string, src int) text {
	var t text
	tb.setSourceText(&t, s, src)
	return t
}

// splitLines cuts src into classified, cleaned lines.
func splitLines(src string) []line { return newFileScratch().splitLines(src) }

// buildBlocks joins lines into blocks. Lines drawn from a web page are
// blocks already (explicit): the page's markup said where each ends.
func buildBlocks(lines []line, explicit bool) []block {
	return newFileScratch().buildBlocks(lines, explicit)
}

// segment assigns each block of a file to a document. Its parts are read
// with the file's buffers, sc.
func segment(blocks []block, sc *lexScratch) []*part {
	return segmentInto(blocks, sc, new(Document))
}

// questions are the words breaksWord may ask about: for each text line
// that ends with a joining hyphen, its last word and the first of the
// next text line, joined with the hyphen and without it, in lower case;
// none printed yet.
func questions(lines []line) wordQuestions {
	var q wordQuestions
	q.read(lines)
	return q
}

// cleanLine strips the Markdown and typographic noise of one line.
func cleanLine(raw string, base int) (t text, mdHead, bullet bool) {
	t, mdHead, bullet, _ = cleanLineWith(&textBuilder{}, raw, base)
	return t, mdHead, bullet
}

// cleanLineWith cleans a line as the next text of tb. ascii is set when
// the line was plain bytes of ASCII, and so is t: cleanLineWith knows it
// without a look of its own, and other passes need not count t's
// characters (isWrapped counted every line's).
func cleanLineWith(tb *textBuilder, raw string, base int) (t text, mdHead, bullet, ascii bool) {
	i := leadingSpace(raw, 0)
	if isPlainLine(raw, i) {
		return tb.sourceText(raw[i:], base+i), false, false, true
	}
	t, mdHead, bullet = cleanMarkedLine(tb, raw, i, base)
	return t, mdHead, bullet, false
}

// newFileScratch is a scratch as (*Extractor).file has it for a file: one
// with an arena for the model the steps make.
func newFileScratch() *lexScratch { return &lexScratch{arena: new(fileArena)} }

// buildBlocks builds the blocks of lines in sc's buffers, counting the
// lines first (countLines), for lines made otherwise than by readLines.
func (sc *lexScratch) buildBlocks(lines []line, explicit bool) []block {
	return sc.buildBlocksFrom(lines, sc.countLines(lines), explicit)
}

// citedByParagraph reports whether d's citations come in the order of
// its paragraphs, each paragraph's together.
func citedByParagraph(d *Document) bool {
	return inParagraphOrder(d.Paragraphs, d.Citations)
}

// splitLines cuts src into lines held in sc's buffers.
func (sc *lexScratch) splitLines(src string) []line {
	lines, _ := sc.readLines(src)
	return lines
}

// isPlainLine reports whether raw, its leading space raw[:i], is plain
// bytes from raw[i] to its last: no mark, no case of cleanInline, nothing
// to trim. Most lines are, and such a line is its source as it is, read
// once (plainLineAt finds them in the file).
func isPlainLine(raw string, i int) bool {
	return i < len(raw) && opensPlainLine[raw[i]] && plainRunEnd(raw, i+1) == len(raw)
}
