package extract

import (
	"math/bits"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sckg/sckg/ontology/symbol"
)

// This file turns the lines of a source file into blocks: runs of lines
// that make one paragraph, heading or header item, with layout noise (page
// footers, running heads, barcodes, hyperlink dumps, Markdown marks, hard
// line breaks) taken out and every byte still mapped to the source.

// line is one physical line of the source.
// It is kept small and nearly free of pointers, for a file has a line
// for every line break, and the GC scans every pointer word of them: the
// line's place in the source is two offsets, not a string, and the few
// lines that carry a link or a job number point to it (extra).
type line struct {
	t     text       // the cleaned content
	extra *lineExtra // the link or job number of the rare line with one
	// start and end are where the line lies in the source, without its
	// line break.
	start, end int32
	indented   bool // white space leads the line
	// ascii is set for a plain line of ASCII (plainLineAt), as cleaning
	// finds of most lines in passing: its characters are its bytes, and
	// no later test need count them (runesUpTo). A marked line is not
	// told, even when it is ASCII.
	ascii  bool
	kind   lineKind
	mdHead bool // a Markdown heading ("#### …")
	bullet bool // a list or bullet mark was stripped
	// form is the part a line plays in a resolution's header or foot, when
	// its shape says so (forms.go): such a line stands in a block of its own.
	form lineForm
}

// lineExtra is what a line of noise may carry besides its kind.
type lineExtra struct {
	link *Link // a bare hyperlink (lineLink)
	// distribution is the job number of a print run ("20-08606 (E)").
	distribution string
}

// link is the hyperlink of a lineLink line, or nil.
func (l *line) link() *Link {
	if l.extra == nil {
		return nil
	}
	return l.extra.link
}

// distribution is the job number a line prints, or "".
func (l *line) distribution() string {
	if l.extra == nil {
		return ""
	}
	return l.extra.distribution
}

// raw is the line in src, the source it was split from.
func (l *line) raw(src string) string { return src[l.start:l.end] }

// lineForm is a header or foot line of a Council text, told by its shape.
type lineForm uint8

const (
	formNone     lineForm = iota
	formTitle             // "Resolution 678 (1990)", "9 (1946). Resolution of …"
	formDate              // "of 29 November 1990" under a title
	formBracket           // "[S/1234]" under a title
	formAdoption          // "Adopted …", perhaps over several lines
	formAgenda            // "MILITARY STAFF COMMITTEE" above a title
	formRule              // "-----": the rule above a page's footnotes
)

// isRule reports whether s is a line drawn of dashes or underscores,
// spaces aside: the rule that sets the footnotes of a page apart from its
// text. It is the pattern ^[-_—–=]{3,}$ on s without its spaces
// (ruleRE, in the tests), read in one pass: the pattern ran on a copy of
// every line that opens as a rule may, a list item's "- " among them
// (3 % of BenchmarkFile/002's profile).
func isRule(s string) bool {
	n := 0
	for i := 0; i < len(s); {
		switch {
		case s[i] == ' ':
			i++
			continue
		case s[i] == '-' || s[i] == '_' || s[i] == '=':
			i++
		case strings.HasPrefix(s[i:], "—") || strings.HasPrefix(s[i:], "–"):
			i += len("—")
		default:
			return false
		}
		n++
	}
	return n >= 3
}

type lineKind uint8

const (
	lineText lineKind = iota
	lineBlank
	lineNoise // page footer, running head, barcode, distribution code
	lineLink  // a bare hyperlink dumped by a PDF converter
)

var (
	// "20-08599 5/18", "3/17 20-08606", "20-08599" alone on a line.
	footerRE = anchored(`^(\d{2}-\d{5}\s+\d{1,3}/\d{1,3}|\d{1,3}/\d{1,3}\s+\d{2}-\d{5}|\d{2}-\d{5})$`)
	// "20-08606 (E)    010720": the job number and date of a UN print run.
	distributionRE = anchored(`^(\d{2}-\d{5}\s*\([A-Z]\))\s+\d{6}$`)
	barcodeRE      = anchored(`^\*\d{5,}\*$`)
	// A running head is the document's symbol alone on a line. A symbol
	// that ends in a clause's punctuation ("S/13679;", "S/Agenda/1498/Rev.1,")
	// is the end of a sentence wrapped onto a line of its own, not a head.
	runningHeadRE = anchored(`^S/\S*[^\s.,;:](\s\(\d{4}\))?$`)
	linkLineRE    = anchored(`^https?://\S+$`)
	mdHeadRE      = anchored(`^#{1,6}\s+`)
)

// readLines cuts src into lines held in sc's buffers, and takes their
// census (lineCensus) as it makes them: each line's kind is known as it
// is classified, when the line is at hand, and a pass over them all after
// would read every line again.
func (sc *lexScratch) readLines(src string) ([]line, lineCensus) {
	n := strings.Count(src, "\n") + 1
	// Each line is classified in its place: a line returned and copied
	// in would cost a bulk write barrier while the GC runs.
	lines := zeroed(sc.lines, n)
	census := sc.newLineCensus(n)
	census.src = src
	k := 0
	// The lines' texts share one builder: most are slices of src, and
	// the rest share the bytes of the file's arena, which a paragraph of
	// one line keeps.
	tb := &textBuilder{src: src, segs: sc.lineSegs[:0], b: byteBuilder{sc.arena.lines[:0]}}
	if cap(tb.segs) < n {
		tb.segs = make([]seg, 0, n)
	}
	// Where the next byte 0xC2 stands, the first of a no-break space:
	// found once for the file, not looked for in every line.
	nextC2 := strings.IndexByte(src, 0xC2)
	// The lines with marks to clean, and their bytes: they are cleaned
	// after the others (cleanMarkedLines), into room made once for all.
	marked, markedBytes := sc.markedLines[:0], 0
	for start := 0; start < len(src); k++ {
		if src[start] == '\n' {
			// An empty line, a quarter of a file's lines: blank, as
			// classifyLine would find it, without the search for its end.
			lines[k].setEmpty(start)
			census.blank = true
			start++
			continue
		}
		if i, end, lineEnd, next, ok := plainLineAt(src, start); ok {
			// Most lines: their end, and where the next opens, are found
			// by the pass that finds them plain, and they need no
			// cleaning.
			if classifyPlainLine(&lines[k], tb, src, start, i, end, lineEnd) {
				// Prose: a text line of ASCII, counted as one, where
				// census.add would ask its kind and count its characters.
				census.addText(k)
				census.lengths.addASCII(end - i)
			} else {
				census.add(k, &lines[k])
			}
			start = next
			continue
		}
		raw, next := rawLineAt(src, start)
		if nextC2 >= 0 && nextC2 < start {
			if nextC2 = strings.IndexByte(src[start:], 0xC2); nextC2 >= 0 {
				nextC2 += start
			}
		}
		if classifyLine(&lines[k], tb, raw, start, nextC2 >= 0 && nextC2 < start+len(raw)) {
			// A text line until cleaned; its length is counted then.
			census.addText(k)
			marked = append(marked, int32(k))
			markedBytes += len(raw)
		} else {
			census.add(k, &lines[k])
		}
		start = next
	}
	if cleanMarkedLines(lines, marked, markedBytes, tb, src, &census.lengths) {
		// A line of marks alone, cleaned to nothing, is blank, not the
		// text line the census took it for: the census is taken again.
		census = sc.countLines(lines[:k])
		census.src = src
	}
	sc.lines, sc.lineSegs, sc.markedLines = lines, tb.segs[:0], marked[:0]
	sc.arena.lines = tb.b.buf
	return lines[:k], census
}

// cleanMarkedLines cleans the lines of src at marked, which classifyLine
// left to clean, into tb, and counts the lengths of those that stay text
// lines in lengths; it reports whether any became blank. Their texts are
// written into room for all their bytes, made at once: cleaning makes no
// line longer than its source (it drops marks and writes a byte or two
// in place of several), and the builder grew by doubling as each came
// (some 370 allocations a pass over dev, for 61 KB).
func cleanMarkedLines(lines []line, marked []int32, bytes int, tb *textBuilder, src string, lengths *lineLengths) (blanked bool) {
	if len(marked) == 0 {
		return false
	}
	tb.b.Grow(bytes)
	for _, k := range marked {
		l := &lines[k]
		raw := src[l.start:l.end]
		l.t, l.mdHead, l.bullet = cleanMarkedLine(tb, raw, leadingSpace(raw, 0), int(l.start))
		l.setForm()
		if l.kind == lineText {
			lengths.add(l)
		} else {
			blanked = true
		}
	}
	return blanked
}

// plainLineAt reports whether the line that opens at src[start] is plain
// (no mark, no case of cleanInline, nothing to trim but spaces after its
// text) and opens with a byte of opensPlainLine, found in one pass
// with its end: plainRunEnd stops at the line break as at any other byte
// it does not pass, so that the line need not be found first by a search
// for its break and read again. i is where its leading space ends, end
// where its text ends, before the line break and any "\r" before it,
// and next where the line after opens: the "\r"s and the break are passed
// over once, in the test that they end the line.
// A line it turns away is read as before (classifyLine).
//
// Spaces may trail the text: lineEnd is where they end, the line's own
// end. Cleaning copies a plain run as it stands and trims the spaces
// after it, so that such a line cleans to src[i:end], a slice of the
// source, as a plain line is; but it was cleaned, at the cost of the
// cleaning and a map of its own for the trimmed text. A file converted
// from a PDF ends nearly every line so (seed 001: 823 of its 860 lines
// of text).
func plainLineAt(src string, start int) (i, end, lineEnd, next int, ok bool) {
	i = leadingSpace(src, start)
	if i == len(src) || !opensPlainLine[src[i]] {
		return i, 0, 0, 0, false
	}
	end = plainRunEnd(src, i+1)
	if end < len(src) && src[end] == '\n' {
		// The run ends at the line break, as in nearly every line of the
		// development set: no space or "\r" stands before it to pass.
		return i, end, end, end + 1, true
	}
	// A space stops the run before any other space and before the
	// break; the spaces that end the line are passed over. Any other
	// byte, or a "\r" within the line, stops the run short of the
	// break: such a line is not plain.
	lineEnd = end
	for lineEnd < len(src) && src[lineEnd] == ' ' {
		lineEnd++
	}
	k := lineEnd
	for k < len(src) && src[k] == '\r' {
		k++
	}
	return i, end, lineEnd, min(k+1, len(src)), k == len(src) || src[k] == '\n'
}

// setEmpty fills in l, a zero line, as the empty line at byte start.
func (l *line) setEmpty(start int) {
	l.start, l.end = int32(start), int32(start)
	l.kind = lineBlank
}

// rawLineAt is the line of src that starts at start, without its line
// break and the "\r"s before it, and where the next line starts.
func rawLineAt(src string, start int) (raw string, next int) {
	end := strings.IndexByte(src[start:], '\n')
	if end < 0 {
		return strings.TrimRight(src[start:], "\r"), len(src)
	}
	return strings.TrimRight(src[start:start+end], "\r"), start + end + 1
}

// classifyPlainLine fills in l, a zero line, as the plain line at
// src[start:lineEnd] whose leading space ends at i and whose text ends at
// end, spaces after it (plainLineAt): the line classifyLine, and cleaning
// for one with spaces after its text, would make of it, without its
// trimming, as nothing around src[i:end] is white space. It reports
// whether the line is prose: a text line of ASCII with no form.
func classifyPlainLine(l *line, tb *textBuilder, src string, start, i, end, lineEnd int) (prose bool) {
	l.start, l.end = int32(start), int32(lineEnd)
	s := src[i:end]
	if !mayBeNoiseOrForm(s) {
		// Prose, most lines: no noise, and no form, as the line came.
		l.indented = i > start
		tb.setSourceText(&l.t, s, i)
		l.ascii = true
		return true
	}
	if classifyNoise(l, s, src[start:lineEnd], start) {
		return false
	}
	if len(s) <= 3 && isPageNumber(src, s, start, lineEnd) {
		l.kind = lineNoise
		return false
	}
	l.indented = i > start
	if len(s) <= 3 && isLostStopMark(src, s, start, lineEnd) {
		// The stop OCR lost is given back, as a guess: "3" / "Recommends
		// …" reads as "3." does, the mark of the paragraph below.
		tb.next()
		tb.copy(s, i)
		tb.guess(".", i+len(s), 0)
		l.t = tb.text()
		l.ascii = true
		l.setForm()
		return false
	}
	l.setPlainText(tb, s, i)
	return false
}

// isPageNumber reports whether s, the plain line src[start:end] trimmed,
// is a page's number left by a page break: alone between blank lines,
// unless it is the next paragraph's mark (nextParagraphMark), or
// between two lines of a sentence that it cuts after a word in small
// letters ("… to prevent the" / "17" / "sale and supply …", "… of the
// United" / "17" / "Nations …"). A number of a sentence wrapped alone
// onto a line goes with the words around it ("… resolution" / "253" /
// "(1968) …", "… than" / "15" / "November", "… paragraph" / "4" /
// "of …": takesNumber), and a footnote's mark
// follows a stop or comma ("… of Burma," / "46").
func isPageNumber(src, s string, start, end int) bool {
	if len(s) > 3 || s[0] < '1' || s[0] > '9' || !allDigits(s) {
		return false
	}
	if blankAround(src, start, end) {
		return !nextParagraphMark(src, s, start, end)
	}
	return cutsSentence(src, start, end)
}

// isLostStopMark reports whether s, the plain line src[start:end]
// trimmed, is a paragraph's number alone between blank lines whose stop
// OCR lost (nextParagraphMark).
func isLostStopMark(src, s string, start, end int) bool {
	return s[0] >= '1' && s[0] <= '9' && allDigits(s) && blankAround(src, start, end) && nextParagraphMark(src, s, start, end)
}

// nextParagraphMark reports whether s, a number alone between blank lines
// at src[start:end], is the paragraph's number after the last one, its
// stop lost to OCR, before a block that opens with a capital: "2. Asks
// the Government …" / "3" / "Recommends the creation …" is the third
// paragraph's mark, as "3." would be (isLoneNumberMark), not a page's.
func nextParagraphMark(src, s string, start, end int) bool {
	j := end
	for j < len(src) && (src[j] == ' ' || src[j] == '\t' || src[j] == '\r' || src[j] == '\n') {
		j++
	}
	if j >= len(src) || src[j] < 'A' || src[j] > 'Z' {
		return false
	}
	n, _ := strconv.Atoi(s)
	return lastParagraphNumber(src[:start]) == n-1
}

// lastParagraphNumber is the number of the last line of src that opens
// with a paragraph's number and its stop ("2. Asks …", "2 . Asks …"),
// among the lines of the last 40, or -1.
func lastParagraphNumber(src string) int {
	for lines := 0; lines < 40 && src != ""; lines++ {
		i := strings.LastIndexByte(strings.TrimRight(src, "\r\n"), '\n')
		line := strings.TrimLeft(src[i+1:], " \t")
		src = src[:max(i, 0)]
		k := 0
		for k < len(line) && k < 4 && isDigit(line[k]) {
			k++
		}
		if k == 0 || k > 3 || line[0] == '0' {
			continue
		}
		rest := strings.TrimLeft(line[k:], " ")
		if rest != "" && rest[0] == '.' {
			n, _ := strconv.Atoi(line[:k])
			return n
		}
		if i < 0 {
			break
		}
	}
	return -1
}

// cutsSentence reports whether the line src[start:end] stands between a
// line that ends with a small letter and one that opens with a word,
// not a month's name, whose day the line would be.
func cutsSentence(src string, start, end int) bool {
	i := start - 2 // the byte before the line break before the line
	for i >= 0 && (src[i] == ' ' || src[i] == '\r') {
		i--
	}
	if i < 0 || !isLowerASCII(src[i]) {
		return false
	}
	w := i
	for w > 0 && isASCIILetter(src[w-1]) {
		w--
	}
	if takesNumber(strings.ToLower(src[w : i+1])) {
		return false
	}
	j := end
	for j < len(src) && src[j] == '\r' {
		j++
	}
	j++ // the line break after the line
	for j < len(src) && src[j] == ' ' {
		j++
	}
	if j >= len(src) || !isASCIILetter(src[j]) {
		return false
	}
	k := j
	for k < len(src) && isASCIILetter(src[k]) {
		k++
	}
	_, month := months[src[j:k]]
	return !month
}

// takesNumber reports whether word, in small letters, is one a figure
// follows as part of the sentence ("paragraph" / "4" / "of resolution
// 338", "increased to" / "15" / "members", "Article" / "25"), so that a figure wrapped
// onto a line of its own after it is the text's, not a page's number.
// An article or a possessive is left out: a page break cuts after one
// as often as anywhere ("… to prevent the" / "17" / "sale …").
func takesNumber(word string) bool {
	switch word {
	case "the", "a", "an", "its", "their", "these", "those", "all", "some":
		return false
	}
	return wordsBeforeNumbers[word]
}

// mayBeNoiseOrForm reports whether s, a line's text trimmed of its white
// space and not empty, may be noise or a link (classifyNoise) or have a
// form (formOf): whether the two need be asked. Each of their patterns
// opens with one of a few bytes, and asks of what follows it something
// that its first, second or last bytes may rule out (shapeNeeds). The
// answer is read from tables without a branch on the bytes: asked of
// every line, the two's cases on its first byte cost a mispredicted
// branch for most (about 16 ns a line), and a switch here cost as much.
// On the corpora, 29 % of lines are asked.
func mayBeNoiseOrForm(s string) bool {
	var second, beforeLast byte
	if len(s) > 1 {
		second, beforeLast = s[1], s[len(s)-2]
	}
	end := shapeOfLast[s[len(s)-1]]
	// A stop after a figure, or after a letter OCR prints for one, ends a
	// date as the figure or letter does ("of 29 November 199S.").
	end |= end & shapeEndsStop / shapeEndsStop * shapeOfLast[beforeLast] & (shapeEndsAsDate | shapeEndsLookalike)
	return shapeNeeds[s[0]]&(shapeAlways|end|shapeOfSecond[second]) != 0
}

// The shapes of a line that mayBeNoiseOrForm tells: what the patterns
// that open with a byte need of the line (shapeNeeds), and what its
// second byte (shapeOfSecond) and last (shapeOfLast) have.
const (
	shapeAlways        = 1 << iota // nothing: the line is asked
	shapeEndsAsDate                // a figure last: a footer, a job number, a date
	shapeEndsBracket               // "]" or ")" last: "[S/1234]"
	shapeSecondCapital             // no small letter second: an agenda heading, "S/…"
	shapeSecondSmall               // a small letter second: "Resolution", "Adopted", "http"
	shapeSecondNumber              // a figure, space or "(" second: "9 (1946)"
	shapeEndsStop                  // "." last, which ends a date after a figure
	shapeEndsLookalike             // a letter OCR prints for a figure last: "of 19 March 196S"
)

var shapeNeeds, shapeOfSecond, shapeOfLast = shapeTables()

func shapeTables() (needs, second, last [256]uint8) {
	for _, c := range []byte("*-_=\xe2") { // a barcode or a rule
		needs[c] = shapeAlways
	}
	for c := byte('0'); c <= '9'; c++ {
		// Footers and job numbers end with a figure; a date line ends as
		// endsAsDate; a volume's title opens "9 (".
		needs[c] = shapeEndsAsDate | shapeSecondNumber
		last[c] = shapeEndsAsDate
	}
	needs['a'], needs['o'] = shapeEndsAsDate, shapeEndsAsDate|shapeEndsLookalike // "of 29 November 1990", "of 29 November 199O"
	needs['('], needs['['] = shapeEndsBracket, shapeEndsBracket
	needs['h'] = shapeSecondSmall // "http…"
	for c := byte('A'); c <= 'Z'; c++ {
		needs[c] = shapeSecondCapital // an agenda heading has no small letter
	}
	for _, c := range []byte("RSUA") { // titles, adoption lines, running heads
		needs[c] |= shapeSecondSmall
	}
	for c := range 256 {
		if isLowerASCII(byte(c)) {
			second[c] = shapeSecondSmall
		} else {
			second[c] = shapeSecondCapital
		}
		if isDigit(byte(c)) || isRESpace(byte(c)) || c == '(' {
			second[c] |= shapeSecondNumber
		}
	}
	for c := range figureLookalikes { // isMisreadDateLine
		if isFigureLookalike(byte(c)) {
			last[c] |= shapeEndsLookalike
		}
	}
	last[')'], last[']'] = shapeEndsBracket, shapeEndsBracket|shapeEndsLookalike
	last['.'] = shapeEndsStop
	return needs, second, last
}

// setPlainText sets l's text to s, plain bytes at byte src of the source,
// as they stand (setSourceText), and its form by them.
func (l *line) setPlainText(tb *textBuilder, s string, src int) {
	tb.setSourceText(&l.t, s, src)
	l.ascii = true
	l.setForm()
}

// classifyLine fills in l, a zero line that plainLineAt turned away, as
// the line raw at byte start; mayHoldC2 says whether raw may hold the
// byte 0xC2. A line of text is no plain line, then, whatever it holds:
// it is left to cleanMarkedLines, and classifyLine reports it (marked),
// with its place, kind and indent set.
func classifyLine(l *line, tb *textBuilder, raw string, start int, mayHoldC2 bool) (marked bool) {
	l.start, l.end = int32(start), int32(start+len(raw))
	trimmed := raw
	if mayHoldC2 && strings.IndexByte(raw, 0xC2) >= 0 {
		// A no-break space (C2 A0) may stand among the white space.
		trimmed = strings.ReplaceAll(raw, "\u00a0", " ")
	}
	trimmed = strings.TrimSpace(trimmed)
	if trimmed == "" {
		l.kind = lineBlank
		return false
	}
	if classifyNoise(l, trimmed, raw, start) {
		return false
	}
	if len(trimmed) <= 3 && isPageNumber(tb.src, trimmed, start, start+len(raw)) {
		l.kind = lineNoise
		return false
	}
	l.indented = leadingSpace(raw, 0) > 0
	return true
}

// classifyNoise tells whether trimmed, not empty, the line raw at byte
// start trimmed of its white space, is noise or a link, and if so sets
// l's kind and what the line carries.
func classifyNoise(l *line, trimmed, raw string, start int) bool {
	// Each noise pattern opens with one of a few bytes: a line that starts
	// with none of them is text, told without running the patterns.
	first := trimmed[0]
	digit, rule := isDigit(first), opensRule(trimmed)
	switch {
	case first == 'R' && isVolumeHead(trimmed):
		// The running head of a printed volume, left between two lines
		// of a paragraph by a page break.
		l.kind = lineNoise
		return true
	case !digit && first != '*' && first != 'S' && !rule && first != 'h':
	case digit && !isDigit(trimmed[len(trimmed)-1]):
		// Every noise pattern that opens with a figure ends with one.
	case digit && distributionRE.MatchString(trimmed):
		// The job number is a fact about the document, not text of it.
		l.kind = lineNoise
		l.extra = &lineExtra{distribution: distributionRE.FindStringSubmatch(trimmed)[1]}
		return true
	case digit && footerRE.MatchString(trimmed), first == '*' && barcodeRE.MatchString(trimmed), first == 'S' && runningHeadRE.MatchString(trimmed):
		l.kind = lineNoise
		return true
	case rule && isRule(trimmed):
		l.kind, l.form = lineNoise, formRule
		return true
	case first == 'h' && linkLineRE.MatchString(trimmed):
		l.kind = lineLink
		off := start + strings.Index(raw, trimmed)
		l.extra = &lineExtra{link: &Link{URL: trimmed, Target: symbolFromURL(trimmed), Span: Span{off, off + len(trimmed)}}}
		return true
	}
	return false
}

// blankAround reports whether blank lines stand right before and right
// after the line src[start:end] (end before its line break).
func blankAround(src string, start, end int) bool {
	i := start - 2 // the byte before the line break before the line
	for i >= 0 && (src[i] == ' ' || src[i] == '\t' || src[i] == '\r') {
		i--
	}
	if i < 0 || src[i] != '\n' {
		return false
	}
	j := end
	for j < len(src) && src[j] == '\r' {
		j++
	}
	j++ // the line break after the line
	for j < len(src) && (src[j] == ' ' || src[j] == '\t' || src[j] == '\r') {
		j++
	}
	return j < len(src) && src[j] == '\n'
}

// volumeHeadPrefix opens the running head of the printed volumes:
// "Resolutions and decisions of the Security Council, 1993".
const volumeHeadPrefix = "Resolutions and "

// isVolumeHead reports whether s is the running head of a printed volume
// of the Council's resolutions: its title and year, nothing after. In a
// sentence ("See Resolutions and Decisions of the Security Council, 1946,
// p. 13.") the title does not end the line.
func isVolumeHead(s string) bool {
	n := len(s)
	if n < len(volumeHeadPrefix)+len("Security Council, 1946") || n > 80 || !isDigit(s[n-1]) || !strings.HasPrefix(s, volumeHeadPrefix) {
		return false
	}
	rest := s[len(volumeHeadPrefix):]
	rest, ok := strings.CutPrefix(rest, "decisions of the ")
	if !ok {
		rest, ok = strings.CutPrefix(rest, "Decisions of the ")
	}
	if !ok {
		return false
	}
	rest, ok = strings.CutPrefix(rest, "Security Council")
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, ", ")
	return len(rest) == 4 && allDigits(rest)
}

// setForm sets the kind and form that a line of text has by its cleaned
// text.
func (l *line) setForm() {
	if l.t.s == "" {
		l.kind = lineBlank
	}
	l.form = formOf(l.t.s)
}

// opensRule reports whether s opens as a rule may: with "-", "_", "=",
// "—" or "–". The byte tests come first, and the dashes outside ASCII are
// looked for only after their first byte (0xE2): the test runs on every
// line, and strings.IndexByte on a set of three cost a call each time.
func opensRule(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case '-', '_', '=':
		return true
	case 0xE2:
		return strings.HasPrefix(s, "—") || strings.HasPrefix(s, "–")
	}
	return false
}

// formOf tells the header and foot lines of a Council text by their shape.
// Each form opens with one of a few bytes, looked at before any pattern:
// most lines are text and are turned away at once.
func formOf(s string) lineForm {
	if s == "" || len(s) > 400 {
		return formNone
	}
	c := s[0]
	switch {
	case (c == 'R' || isDigit(c)) && mayBeTitleLine(s) && titleLineRE.MatchString(s):
		return formTitle
	case (c == 'S' || c == 'U') && mayBeTitleLine(s) && titleLineRE.MatchString(s) && isWholeTitle(s):
		// "Security Council resolution 186 (1964), for an additional
		// period …" is a sentence wrapped at the name, not a title.
		return formTitle
	case (c == 'o' || c == 'a' || isDigit(c)) && (dateLineRE.MatchString(s) || isMisreadDateLine(s)):
		return formDate
	case (c == '[' || c == '(') && bracketSymbolRE.MatchString(s):
		return formBracket
	case c == 'A' && adoptionStartRE.MatchString(s):
		return formAdoption
	case c >= 'A' && c <= 'Z' && !hasLower(s) && agendaHeadingRE.MatchString(s) && strings.ContainsRune(s, ' '):
		return formAgenda
	}
	return formNone
}

func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

var undocsRE = lazyRegexp(`undocs\.org/(?:[a-z]{2}/)?(.+)$`)

// symbolFromURL reads the symbol out of an undocs.org address.
func symbolFromURL(u string) string {
	m := undocsRE.FindStringSubmatch(u)
	if m == nil {
		return ""
	}
	return symbol.Parse(m[1]).String()
}

// opensPlainLine are the bytes that open no Markdown heading, list mark
// or case of cleanInline: a line they open is plain up to its first byte
// that plainRunEnd stops at.
var opensPlainLine = func() (set [256]bool) {
	for c := range utf8.RuneSelf {
		set[c] = !inlineSpecial[c] && c != '#' && c != '-'
	}
	return set
}()

// cleanMarkedLine cleans a line that plainLineAt turned away, its leading space
// raw[:i]: the Markdown heading and list marks taken off, the rest
// cleaned inline and trimmed.
func cleanMarkedLine(tb *textBuilder, raw string, i, base int) (t text, mdHead, bullet bool) {
	if i < len(raw) && raw[i] == '#' {
		// The pattern opens with "#": most lines are turned away here.
		m := mdHeadRE.FindString(raw[i:])
		mdHead = m != ""
		i += len(m)
	}
	// List and bullet marks: "- 2.", "  - (a)", "– achieve", "- -to ensure".
	for i < len(raw) {
		r, n := utf8.DecodeRuneInString(raw[i:])
		if r != '-' && r != '–' && r != '•' && r != '·' {
			break
		}
		nr, _ := utf8.DecodeRuneInString(raw[i+n:])
		if r == '-' && !(nr == ' ' || nr == '-' || unicode.IsLower(nr)) {
			break
		}
		bullet = true
		i = leadingSpace(raw, i+n)
	}
	tb.next()
	cleanInline(tb, raw, i, len(raw), base)
	return tb.text().trimSpace(), mdHead, bullet
}

// leadingSpace returns where the spaces, tabs and no-break spaces that
// stand at raw[i:] end: strings.TrimLeft's cut set " \t\u00a0" read by
// hand, for a cut set outside ASCII costs TrimLeft a decoding of every rune.
func leadingSpace(raw string, i int) int {
	for i < len(raw) {
		switch {
		case raw[i] == ' ' || raw[i] == '\t':
			i++
		case raw[i] == 0xC2 && i+1 < len(raw) && raw[i+1] == 0xA0:
			i += 2
		default:
			return i
		}
	}
	return i
}

// htmlTagRE matches the inline tags converters leave in Markdown.
var htmlTagRE = anchored(`^</?(sup|sub|br|span|em|strong|b|i|u)\b[^>]*>`)

// cleanInline copies raw[i:end] into tb without Markdown marks, with
// typographic variants folded and white space collapsed.
func cleanInline(tb *textBuilder, raw string, i, end, base int) {
	for i < end {
		r, n := utf8.DecodeRuneInString(raw[i:end])
		switch {
		case r == '\\' && i+1 < end && isASCIILetter(raw[i+1]):
			i = texCommand(tb, raw, i, end, base)
			continue
		case r == '\\' && i+1 < end && isASCIIPunct(raw[i+1]):
			// A Markdown escape: "\(" is "(". "\*" marks a footnote: drop it,
			// and "\$" before a TeX command is the converter's maths mark.
			texMark := raw[i+1] == '$' && i+3 < end && raw[i+2] == '\\' && isASCIILetter(raw[i+3])
			if raw[i+1] != '*' && !texMark {
				tb.copy(raw[i+1:i+2], base+i+1)
			}
			i += 2
			continue
		case r == '*' || r == '\u00ad' || r == '\u200b' || r == '\ufeff':
			i += n
			continue
		case r == '<':
			if m := htmlTagRE.FindString(raw[i:end]); m != "" {
				i += len(m)
				if strings.HasPrefix(m, "<sup") {
					// Footnote marks inside <sup> are not text.
					if j := strings.Index(raw[i:end], "</sup>"); j >= 0 {
						i += j + len("</sup>")
					}
				}
				continue
			}
		case r == '[':
			// A Markdown link: keep its text, drop the target.
			if close := markdownLinkEnd(raw[i:end]); close > 0 {
				inner := strings.Index(raw[i:i+close], "](")
				cleanInline(tb, raw, i+1, i+inner, base)
				i += close
				continue
			}
		case r == '$':
			// TeX maths that PDF converters wrap around symbols: "$S_{/2020/613}$".
			// A "$" before a slash is OCR's S ("$/24810", "S$/24870"),
			// and neither opens nor closes maths.
			if j := strings.IndexByte(raw[i+1:end], '$'); j >= 0 && j < 80 && !dollarSlash(raw, i, end) && !dollarSlash(raw, i+1+j, end) {
				cleanMath(tb, raw[i+1:i+1+j], base+i+1)
				i += j + 2
				continue
			}
		case r == '‘' || r == '’' || r == '′':
			tb.write("'", base+i, n)
			i += n
			continue
		case r == '“' || r == '”' || r == '„':
			tb.write(`"`, base+i, n)
			i += n
			continue
		case r == '\u2010' || r == '\u2011':
			tb.write("-", base+i, n)
			i += n
			continue
		case unicode.IsSpace(r):
			j := i
			for j < end {
				r2, n2 := utf8.DecodeRuneInString(raw[j:end])
				if !unicode.IsSpace(r2) {
					break
				}
				j += n2
			}
			// "Secretary -General": a PDF converter's space before a
			// hyphen that joins two words. At a line's end ("ill -") the
			// space is kept, and the next line tells a hyphen from a dash
			// (joinLines).
			if j < end && raw[j] == '-' && i > 0 && isLetterBefore(raw, i) && j+1 < end && isLetterAt(raw, j+1) {
				i = j
				continue
			}
			// PDF text spaces out punctuation: "Mali 's", "( "the", "law ,".
			// The volumes' OCR does too: "situation ;", "the parties :".
			if i > 0 && raw[i-1] == '(' || j < end && strings.IndexByte(",;)", raw[j]) >= 0 && i > 0 || j < end && isStrayApostrophe(raw, i, j) ||
				j < end && (raw[j] == ':' || raw[j] == '.' && (j+1 == end || raw[j+1] == ' ')) && i > 0 && isLetterBefore(raw, i) {
				i = j
				continue
			}
			if j-i == 1 && raw[i] == ' ' {
				tb.copy(" ", base+i)
			} else {
				tb.write(" ", base+i, j-i)
			}
			i = j
			continue
		}
		// Plain ASCII, the most of a line, is copied in runs, not rune by
		// rune: none of its bytes opens a case above, and neither does a
		// single space between words.
		j := plainRunEnd(raw[:end], i+n)
		tb.copy(raw[i:j], base+i)
		i = j
	}
}

// plainRunEnd returns where the run of plain bytes at s[j:] ends: bytes
// of ASCII that open no case of cleanInline, and single spaces between
// them that it copies as they are (plainSpace). j > 0.
//
// Most of a line is words and the single spaces between them: those are
// passed over eight bytes at a time (wordChunksEnd), and the rest judged
// byte by byte, eight at most before the words are tried again. Each byte
// is judged without a branch on its class: a loop that stopped at every
// space to look at its neighbours paid a mispredicted branch at the end
// of nearly every word. The class of the byte before and the byte after
// are carried from one step to the next.
func plainRunEnd(s string, j int) int {
	for {
		if j = wordChunksEnd(s, j); j >= len(s) {
			return j
		}
		prev, cur := runClass[s[j-1]], runClass[s[j]]
		for stop := min(j+8, len(s)-1); j < stop; j++ {
			next := runClass[s[j+1]]
			if cur&runStop|cur>>1&(prev>>2|next>>3)&1 != 0 {
				return j
			}
			prev, cur = cur, next
		}
		if j == len(s)-1 {
			// The last byte: a space there is dropped by trimming, not
			// copied.
			if cur&(runStop|runSpace) != 0 {
				return j
			}
			return j + 1
		}
	}
}

// wordChunksEnd passes over the chunks of eight bytes at s[j:] that are
// letters and figures of ASCII, the punctuation of prose ("'()" and
// ",-./:;"), and single spaces before a letter, a figure or a "(", none
// after a "(": bytes plainRunEnd would pass over one by one. The byte
// after a chunk is read with it, for the space before it, and the last
// byte of a chunk is carried to the next, for the space after it. j > 0.
//
// The punctuation is passed, not only letters, figures, commas and full
// stops, for a chunk stopped at it sent plainRunEnd to its byte-by-byte
// loop, a mispredicted branch or two a time: on the development set's
// lines that was some 0.4 times a line, most of them at " (", "-", ";"
// and ")".
//
// Each byte's classes are looked up in a table (chunkClass) and the
// eight set side by side: the tests of the classes as ranges, on the
// eight bytes at once, cost more instructions than the look-ups, for each
// range took two additions and two constants of 64 bits (cachegrind on
// BenchmarkDev: some 87 instructions a chunk, 65 now).
//
// It stops at the first byte of a chunk that is none of those, not at the
// chunk: the bytes before it are plain, and the byte-by-byte loop after
// need not read them again. Every line ends so, in the chunk that holds
// its line break.
func wordChunksEnd(s string, j int) int {
	// chunkSpace when the byte before the chunk is "(", in the place
	// afterParen reads for the chunk's first byte.
	var parenBefore uint64
	if s[j-1] == '(' {
		parenBefore = chunkSpace
	}
	// The chunks are read from what is left of s, whose length proves
	// every read of a chunk and the byte after it in bounds.
	rest := s[j:]
	for len(rest) >= 9 {
		// Each byte's classes, looked up, in its place in the chunk.
		c := chunkClasses(rest)
		// A space passes when a letter, figure or "(" follows it
		// (chunkMayFollowSpace, brought to the space's bit from the byte
		// after, the chunk's last from rest[8]) and no "(" stands before
		// it (chunkParen, from the byte before).
		mayFollow := c>>7 | uint64(chunkClass[rest[8]])<<57
		afterParen := c<<10 | parenBefore
		spaces := c & mayFollow &^ afterParen & (chunkSpace * ones)
		if other := highBits &^ (c | spaces<<1); other != 0 {
			return len(s) - len(rest) + bits.TrailingZeros64(other)>>3
		}
		parenBefore = c >> 54 & chunkSpace
		rest = rest[8:]
	}
	return len(s) - len(rest)
}

// chunkClasses is the chunkClass of each of the first eight bytes of s,
// each in its byte's place: a look-up costs fewer instructions than the
// ranges of the classes tested on the eight bytes at once. The bytes are
// looked up two at a time (chunkPairClass), a load of two bytes for an
// index: a look-up a byte took some 30 instructions a chunk, half of
// wordChunksEnd's.
func chunkClasses(s string) uint64 {
	s = s[:8]
	return uint64(chunkPairClass[uint16(s[0])|uint16(s[1])<<8]) |
		uint64(chunkPairClass[uint16(s[2])|uint16(s[3])<<8])<<16 |
		uint64(chunkPairClass[uint16(s[4])|uint16(s[5])<<8])<<32 |
		uint64(chunkPairClass[uint16(s[6])|uint16(s[7])<<8])<<48
}

// chunkPairClass is the chunkClass of two bytes side by side, the first's
// low, indexed by the two bytes as one load of 16 bits reads them.
var chunkPairClass = func() (class [1 << 16]uint16) {
	for i := range class {
		class[i] = uint16(chunkClass[i&0xff]) | uint16(chunkClass[i>>8])<<8
	}
	return class
}()

// The bits of chunkClass, placed so that one shift of a chunk's classes
// brings the byte after's chunkMayFollowSpace (>>7) and the byte before's
// chunkParen (<<10) to a byte's chunkSpace.
const (
	chunkWord           = 0x80 // passed wherever it stands
	chunkSpace          = 0x40 // ' ': passed before a chunkMayFollowSpace byte, not after "("
	chunkMayFollowSpace = 0x20 // an ASCII letter or figure, or "("
	chunkParen          = 0x10 // "("
)

// chunkClass sorts the bytes for wordChunksEnd: the letters and figures
// of ASCII and the punctuation of prose ("'()" and ",-./:;") are words.
var chunkClass = func() (class [256]uint8) {
	for c := range class {
		b := byte(c)
		if isASCIILetter(b) || b >= '\'' && b <= ')' || b >= ',' && b <= ';' {
			class[c] |= chunkWord
		}
		if isASCIILetter(b) || isDigit(b) || b == '(' {
			class[c] |= chunkMayFollowSpace
		}
	}
	class[' '] = chunkSpace
	class['('] |= chunkParen
	return class
}()

// rep8 is the byte c in each byte of a word.
func rep8(c byte) uint64 { return uint64(c) * ones }

// The bits of runClass. A byte stops a run when it is runStop, or when it
// is runSpace and the byte before it is runAfterParen or the byte after it
// runSpaceMayGo: the white-space case of cleanInline looks at such a
// space ("( the", "law ,", "ill -", "a  b"), and copies any other.
const (
	runStop       = 1 << iota // a byte that opens a case of cleanInline
	runSpace                  // ' '
	runAfterParen             // '(': a space after it is dropped
	runSpaceMayGo             // a space before it may be dropped or folded (spaceMayGo)
)

// runClass sorts the bytes for plainRunEnd.
var runClass = func() (class [256]uint8) {
	for c := range class {
		switch {
		case c == ' ':
			class[c] = runSpace
		case c >= utf8.RuneSelf || inlineSpecial[c]:
			class[c] = runStop
		case c == '(':
			class[c] = runAfterParen
		}
		if spaceMayGo[c] {
			class[c] |= runSpaceMayGo
		}
	}
	return class
}()

// spaceMayGo are the bytes after a space that may make cleanInline drop
// it or fold it with more white space: white space, a hyphen, the
// punctuation a PDF spaces out, and every byte outside ASCII (a curly
// apostrophe, a space of Unicode).
var spaceMayGo = func() (set [256]bool) {
	for _, c := range "\t\n\v\f\r -,;):.'" {
		set[c] = true
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		set[c] = true
	}
	return set
}()

// inlineSpecial are the ASCII bytes cleanInline looks at: the rest it
// copies as they are.
var inlineSpecial = func() (set [utf8.RuneSelf]bool) {
	for _, c := range "\\*<[$\t\n\v\f\r " {
		set[c] = true
	}
	return set
}()

// markdownLinkEnd returns the length of a "[text](target)" at the start of
// s, or 0.
func markdownLinkEnd(s string) int {
	depth := 0
	for j := 0; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				if j+1 < len(s) && s[j+1] == '(' {
					if k := strings.IndexByte(s[j+2:], ')'); k >= 0 {
						return j + 2 + k + 1
					}
				}
				return 0
			}
		}
	}
	return 0
}

// cleanMath keeps the characters of a TeX fragment and drops its markup.
func cleanMath(tb *textBuilder, m string, base int) {
	for i := 0; i < len(m); {
		c := m[i]
		switch {
		case c == '\\':
			i = texCommand(tb, m, i, len(m), base)
		case c == '_' || c == '^' || c == '{' || c == '}' || c == ' ':
			i++
		default:
			_, n := utf8.DecodeRuneInString(m[i:])
			tb.copy(m[i:i+n], base+i)
			i += n
		}
	}
}

// dollarSlash reports whether the "$" at raw[i] is followed by a slash,
// spaces aside, before end: OCR's S of a symbol, "$/24810", "S$ /25444".
func dollarSlash(raw string, i, end int) bool {
	for i++; i < end && raw[i] == ' '; i++ {
	}
	return i < end && raw[i] == '/'
}

func isASCIIPunct(c byte) bool {
	return c < 0x80 && unicode.IsPunct(rune(c)) || c == '$' || c == '^' || c == '`' || c == '|' || c == '~' || c == '<' || c == '>' || c == '='
}

func isLetterBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r)
}

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// isStrayApostrophe reports whether the white space raw[i:j] stands between
// a word and its possessive ("Mali 's", "States ' military").
func isStrayApostrophe(raw string, i, j int) bool {
	r, n := utf8.DecodeRuneInString(raw[j:])
	if r != '\'' && r != '’' || !isLetterBefore(raw, i) {
		return false
	}
	rest := raw[j+n:]
	if strings.HasPrefix(rest, "s") {
		rest = rest[1:]
	}
	next, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || !unicode.IsLetter(next)
}

// texCommand handles the TeX command at raw[i] ("\\frac{…}{…}") and returns
// where it ends. PDF converters that take a symbol for maths write
// "S/2020/476" as \\frac{\\sqrt{2020}}{476}: the fraction bar is a slash and
// the root sign an "S/". The repaired text is marked as a guess. Other
// commands are dropped, their arguments kept.
func texCommand(tb *textBuilder, raw string, i, end, base int) int {
	j := i + 1
	for j < end && isASCIILetter(raw[j]) {
		j++
	}
	name := raw[i+1 : j]
	switch name {
	case "frac":
		a, aEnd, ok := texGroup(raw, j, end)
		b, bEnd, ok2 := texGroup(raw, aEnd, end)
		if ok && ok2 {
			cleanMath(tb, raw[a:aEnd-1], base+a)
			tb.guess("/", base+aEnd-1, b-(aEnd-1))
			cleanMath(tb, raw[b:bEnd-1], base+b)
			return bEnd
		}
	case "sqrt":
		if a, aEnd, ok := texGroup(raw, j, end); ok {
			tb.guess("S/", base+i, a-i)
			cleanMath(tb, raw[a:aEnd-1], base+a)
			return aEnd
		}
	}
	return j
}

// texGroup finds the braced group "{…}" at raw[i]: its content starts at
// start and the group ends just before next.
func texGroup(raw string, i, end int) (start, next int, ok bool) {
	if i >= end || raw[i] != '{' {
		return 0, 0, false
	}
	depth := 0
	for j := i; j < end; j++ {
		switch raw[j] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return i + 1, j + 1, true
			}
		}
	}
	return 0, 0, false
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// isWholeTitle reports whether the line is a title and nothing more: its
// number and year, then at most a date or a bracket.
func isWholeTitle(s string) bool {
	_, ok := readTitle(s)
	return ok
}
