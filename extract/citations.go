package extract

import (
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/sckg/sckg/ontology/symbol"
)

// Citations are found in three passes, in the manner of eyecite: find
// the places of a paragraph where a citation may begin, in the one pass
// over its bytes that reads its keywords too (readMarks), scan the
// windows around them into tokens with positions (appendWindow), find
// citations among the tokens (citationScanner.findIn), and resolve each
// to the symbol and paragraph it names (resolveCitations, in resolve.go).

type tokKind uint8

const (
	tWord    tokKind = iota
	tNumber          // "2374", "13,289"
	tNumYear         // "2374 (2017)", "1514 (XV)": a number with a year or session in brackets
	tSymbol          // "S/RES/2480(2019)", "S/PRST/2018/10", "S/2020/476"
	tComma
	tPunct
)

type token struct {
	kind tokKind
	ocr  bool // a symbol read through a conversion fault ("5/2002/1005")
	// The number and year of a tNumYear, as offsets in text (see num and
	// year): a token is written for each word of a window, and the two
	// strings it once held made it 72 bytes, not 40, and three pointers
	// for the garbage collector to follow, not one.
	numLen, partAt, yearAt, yearEnd uint8
	start, end                      int    // byte offsets in the scanned text
	text                            string // as printed
}

// num is a tNumYear's number, with the letter of a General Assembly
// resolution's part ("1514 A (XV)": "1514A").
func (t *token) num() string {
	if t.ocr && t.partAt == 0 {
		return readLookalikes(t.text[:t.numLen])
	}
	if t.partAt == 0 {
		return t.text[:t.numLen]
	}
	return t.text[:t.numLen] + t.text[t.partAt:t.partAt+1]
}

// year is a tNumYear's year, or its General Assembly session ("XV"); a
// year OCR printed with a letter for a figure ("(l967)") as it reads.
func (t *token) year() string {
	y := t.text[t.yearAt:t.yearEnd]
	if t.ocr {
		if r, ok := ocrYear(y); ok {
			return r
		}
	}
	return y
}

// numberMisread reports whether a tNumYear's number is printed with OCR's
// letter for a figure ("2l2 (1967)").
func (t *token) numberMisread() bool {
	return t.ocr && hasFigureLookalike(t.text[:t.numLen])
}

// yearMisread reports whether a tNumYear's year is printed with OCR's
// letter for a figure ("(l967)", "(I967)", "(199O)").
func (t *token) yearMisread() bool {
	_, ok := ocrYear(t.text[t.yearAt:t.yearEnd])
	return t.ocr && ok
}

// scanMisreadNumber reads at s[i] a resolution's number in which OCR
// printed a letter for a figure, with its year in brackets, "2l2 (1967)",
// "24I (1967)", "l06 (1955)" from its l (i may be at a letter), "l514
// (XV)", as a tNumYear: only where the number is four characters at
// most, with a figure, and, after a year, a Council resolution of that
// year can bear the number as it reads (symbol.ResolutionFitsYear).
func scanMisreadNumber(s string, i int) (token, bool) {
	k, figures := i, false
	for ; k < len(s) && (isDigit(s[k]) || isFigureLookalike(s[k])); k++ {
		figures = figures || isDigit(s[k])
	}
	if !figures || k-i > 4 || k < len(s) && isASCIIWordByte(s[k]) {
		return token{}, false
	}
	m := k
	if m < len(s) && s[m] == ' ' {
		m++
	}
	if m >= len(s) || s[m] != '(' {
		return token{}, false
	}
	close := strings.IndexByte(s[m:min(len(s), m+9)], ')')
	if close < 0 {
		return token{}, false
	}
	year := s[m+1 : m+close]
	if r, ok := ocrYear(year); ok {
		year = r
	}
	switch {
	case romanRE.MatchString(year):
		// A General Assembly session: no table of its numbers.
	case len(year) != 4 || !allDigits(year) || year < "1945" || year > "2099" || !symbol.ResolutionFitsYear(readLookalikes(s[i:k]), year):
		return token{}, false
	}
	end := m + close + 1
	return token{kind: tNumYear, start: i, end: end, text: s[i:end], numLen: uint8(k - i), yearAt: uint8(m + 1 - i), yearEnd: uint8(m + close - i), ocr: true}, true
}

// ocrYear reads a year of four characters in which OCR printed a letter or
// a mark for a figure (figureLookalike), "l967", "I967", "199O", "199S":
// ok only when it has one at least and reads as a year of 1945-2099.
func ocrYear(y string) (string, bool) {
	if len(y) != 4 {
		return "", false
	}
	r := readLookalikes(y)
	if r == y || !allDigits(r) || r < "1945" || r > "2099" {
		return "", false
	}
	return r, true
}

var (
	// symbolRE matches a UN document symbol as printed, allowing the stray
	// spaces that conversion and line breaks leave inside one.
	// The symbols of 1946-1993 number S/ documents in one series
	// ("S/11563", "S/1059/Rev.2", "S/Agenda/2185"); the modern ones by year.
	// General Assembly documents go by session since 1976 ("A/52/231",
	// "A/S-23/10/Rev.1"); that branch comes first, or "A/52" would be read.
	symbolRE = anchored(`^(?:A ?/ ?(?:E?S-)?\d{1,2}/ ?\d{1,4}\b(?:/(?:Add|Rev|Corr)\.\d{1,2})*|[SA] ?/ ?(?:RES/ ?\d{1,4} ?\((?:\d{4}|[IVXL]{1,6})\)|RES/ ?(?:E?S-)?\d{1,3}/ ?\d{1,3}|PRST/ ?\d{4}/ ?\d{1,3}|PV\. ?\d{1,5}|\d{4}/ ?\d{1,4}(?:/(?:Add|Rev|Corr)\.\d{1,2})*|(?:Agenda/ ?)?\d{1,5}\b(?:/(?:Add|Rev|Corr)\.\d{1,2})*))`)
	// seriesSymbolRE is a symbol of the other United Nations bodies whose
	// documents the Council's texts and their footnotes cite: the
	// Conference on Disarmament ("CD/1147"), the Economic and Social
	// Council and its commissions ("E/1992/22", "E/CN.4/1050",
	// "E/CN.4/1992/84"). Bodies
	// outside the United Nations print symbols of the same shape
	// ("GOV/2645", the IAEA's Board) and are no citation of a document
	// of the Organization.
	seriesSymbolRE = anchored(`^(?:CD ?/ ?\d{1,4}|E ?/ ?CN\.\d{1,2} ?/ ?(?:\d{4} ?/ ?)?\d{1,4}|E ?/ ?\d{4} ?/ ?\d{1,3})\b(?:/(?:Add|Rev|Corr)\.\d{1,2})*`)
	// ocrSymbolRE is an S/ symbol whose S was read as a 5: "5/2002/1005".
	ocrSymbolRE = anchored(`^5 ?/ ?(?:19[4-9]\d|20\d\d)/ ?\d{1,4}\b`)
	// dollarSymbolRE is an S/ symbol whose S OCR read as a $, or as S and
	// $ both: "$/24810", "S$/12611", "S$/1994/12".
	dollarSymbolRE = anchored(`^S?\$ ?/ ?(?:\d{4}/ ?\d{1,4}|(?:Agenda/ ?)?\d{1,5}\b)(?:/(?:Add|Rev|Corr)\.\d{1,2})*`)
	// A General Assembly session: "XV", a special session "S-V", an
	// emergency special session "ES-V", in Roman figures; a special
	// session in Arabic ones too, "S-2", as the Assembly's own symbols
	// print them ("A/RES/186(S-2)").
	// Its branches open with distinct letters, so that the pattern is
	// matched in one pass.
	romanRE = anchored(`^(?:[IVXL]{1,6}|E?S-(?:[IVXL]{1,6}|\d{1,2}))$`)
)

// appendTokens appends the tokens of s to toks: a document's paragraphs
// are scanned into one buffer, used again for each (citationScanner).
func appendTokens(toks []token, s string) []token {
	for i := 0; i < len(s); {
		toks, i = appendToken(toks, s, i)
	}
	return toks
}

// appendToken reads s at i, a token's start or white space: it appends
// the token there, if any, and returns where the next may start. ASCII,
// most of any text, is read byte by byte; other characters by
// appendRuneToken, as all once were.
func appendToken(toks []token, s string, i int) ([]token, int) {
	c := s[i]
	switch {
	case c >= utf8.RuneSelf:
		return appendRuneToken(toks, s, i)
	case asciiSpace[c]:
		return toks, i + 1
	case (c == '$' || c == 'S' && i+1 < len(s) && s[i+1] == '$') && !wordBefore(s, i) && dollarSymbolRE.MatchString(s[i:]):
		m := dollarSymbolRE.FindString(s[i:])
		return append(toks, token{kind: tSymbol, start: i, end: i + len(m), text: "S" + m[strings.IndexByte(m, '$')+1:], ocr: true}), i + len(m)
	case (c == 'S' || c == 'A') && symbolRE.may(s[i:]) && !wordBefore(s, i):
		if m := symbolRE.FindString(s[i:]); m != "" {
			return append(toks, token{kind: tSymbol, start: i, end: i + len(m), text: m}), i + len(m)
		}
		return appendWord(toks, s, i, i+1)
	case (c == 'C' || c == 'E') && (i == 0 || s[i-1] != '/') && seriesSymbolRE.may(s[i:]) && !wordBefore(s, i):
		// Not within another slashed name: "FRETILIN/E/1992/22".
		if m := seriesSymbolRE.FindString(s[i:]); m != "" {
			return append(toks, token{kind: tSymbol, start: i, end: i + len(m), text: m}), i + len(m)
		}
		return appendWord(toks, s, i, i+1)
	case c == '5' && ocrSymbolRE.may(s[i:]) && !wordBefore(s, i) && ocrSymbolRE.MatchString(s[i:]):
		m := ocrSymbolRE.FindString(s[i:])
		return append(toks, token{kind: tSymbol, start: i, end: i + len(m), text: "S" + m[1:], ocr: true}), i + len(m)
	case isDigit(c):
		t := scanNumber(s, i)
		return append(toks, t), t.end
	case opensMisreadNumber(c) && i+2 < len(s) && (isDigit(s[i+1]) || isFigureLookalike(s[i+1]) && isDigit(s[i+2])) && !wordBefore(s, i):
		if t, ok := scanMisreadNumber(s, i); ok {
			return append(toks, t), t.end // "l13 (1956)", "|13 (1956)"
		}
		if !isASCIILetter(c) {
			return append(toks, token{kind: tPunct, start: i, end: i + 1, text: s[i : i+1]}), i + 1
		}
		return appendWord(toks, s, i, i+1)
	case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
		return appendWord(toks, s, i, i+1)
	case c == ',':
		return append(toks, token{kind: tComma, start: i, end: i + 1, text: s[i : i+1]}), i + 1
	}
	return append(toks, token{kind: tPunct, start: i, end: i + 1, text: s[i : i+1]}), i + 1
}

// asciiSpace are the ASCII characters unicode.IsSpace reports.
var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// appendWord appends the word that starts at s[i] with an ASCII letter
// and goes on at s[j]: letters, hyphens and apostrophes, and no Han
// character, which starts a word of its own.
func appendWord(toks []token, s string, i, j int) ([]token, int) {
	for {
		j = asciiWordEnd(s, j)
		if j == len(s) || s[j] < utf8.RuneSelf {
			break
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) || isHan(r) {
			break
		}
		j += n
	}
	return append(toks, token{kind: tWord, start: i, end: j, text: s[i:j]}), j
}

// asciiWordEnd is where the run of ASCII letters, hyphens and
// apostrophes that goes on at s[j] ends, read eight bytes at a time: most
// of a window's tokens are words, and reading each byte by byte was the
// most of the scanner's time in appendWord (TestASCIIWordEndAsBytes).
func asciiWordEnd(s string, j int) int {
	for ; j+8 <= len(s); j += 8 {
		if n := asciiWordBytesIn(load8At(s, j)); n < 8 {
			return j + n
		}
	}
	for j < len(s) && isASCIIWordByte(s[j]) {
		j++
	}
	return j
}

// asciiWordBytesIn is how many of the eight bytes of x, from the first,
// are ASCII letters, hyphens or apostrophes. A byte outside ASCII, its
// high bit set, is none; inRange reads the others' low bits.
func asciiWordBytesIn(x uint64) int {
	word := (letterBits(x&^highBits) | bytesEqual(x, '-') | bytesEqual(x, '\'')) &^ x
	return bits.TrailingZeros64(^word&highBits) >> 3
}

// isASCIIWordByte reports whether c is an ASCII letter, a hyphen or an
// apostrophe.
func isASCIIWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '-' || c == '\''
}

// appendRuneToken appends the token that starts at s[i] with a character
// outside ASCII, and returns where the next may start.
func appendRuneToken(toks []token, s string, i int) ([]token, int) {
	r, n := utf8.DecodeRuneInString(s[i:])
	switch {
	case unicode.IsSpace(r):
		return toks, i + n
	case unicode.IsLetter(r):
		j := i + n
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if !(unicode.IsLetter(r2) || r2 == '-' || r2 == '\'') || isHan(r2) != isHan(r) {
				break
			}
			j += n2
		}
		return append(toks, token{kind: tWord, start: i, end: j, text: s[i:j]}), j
	case r == '，' || r == '、':
		return append(toks, token{kind: tComma, start: i, end: i + n, text: s[i : i+n]}), i + n
	}
	return append(toks, token{kind: tPunct, start: i, end: i + n, text: s[i : i+n]}), i + n
}

// scanNumber reads a number at s[i], and the year or General Assembly
// session in brackets after it if there is one: "2374 (2017)",
// "2531(2020)", "1514 (XV)".
func scanNumber(s string, i int) token {
	j := i
	for j < len(s) && (isDigit(s[j]) || s[j] == ',' && j+1 < len(s) && isDigit(s[j+1]) && j > i) {
		j++
	}
	t := token{kind: tNumber, start: i, end: j, text: s[i:j]}
	if strings.Contains(t.text, ",") || j-i > 4 {
		return t
	}
	if j < len(s) && isFigureLookalike(s[j]) {
		if m, ok := scanMisreadNumber(s, i); ok {
			return m // "2l2 (1967)"
		}
	}
	k := j
	part := 0 // where the letter of a part is, if there is one
	if n := partLetterLen(s[j:]); n > 0 {
		part, k = j+1, j+n-1
	}
	if k < len(s) && s[k] == ' ' {
		k++
	}
	if part == 0 && k < len(s) && isDigit(s[k]) && k+5 <= len(s) && allDigits(s[k:k+4]) && s[k+4] == ')' && s[k:k+4] >= "1945" && s[k:k+4] <= "2099" {
		// "387 1976)": OCR lost the opening bracket.
		end := k + 5
		return token{kind: tNumYear, start: i, end: end, text: s[i:end], numLen: uint8(j - i), yearAt: uint8(k - i), yearEnd: uint8(k + 4 - i), ocr: true}
	}
	if k >= len(s) || s[k] != '(' {
		return t
	}
	close := strings.IndexByte(s[k:min(len(s), k+9)], ')')
	if close < 0 {
		return t
	}
	inner := s[k+1 : k+close]
	ocr := false
	switch {
	case len(inner) == 4 && allDigits(inner) && inner >= "1945" && inner <= "2099":
	case romanRE.MatchString(inner):
	case part == 0 && len(inner) == 4:
		// "242 (l967)": OCR's l or I for a 1, O for a 0.
		if _, ocr = ocrYear(inner); !ocr {
			return t
		}
	default:
		return t
	}
	if part != 0 && !romanRE.MatchString(inner) {
		return t // Council resolutions have no parts
	}
	end := k + close + 1
	t = token{kind: tNumYear, start: i, end: end, text: s[i:end], numLen: uint8(j - i), yearAt: uint8(k + 1 - i), yearEnd: uint8(k + close - i), ocr: ocr}
	if part != 0 {
		t.partAt = uint8(part - i)
	}
	return t
}

// partLetterLen is the length of the match of partLetterRE at the
// start of s, " A (" or " A(", or 0. A number is followed by a space and
// a capital at every date ("22 December"): the pattern's program, set up
// for each, cost more than this look at four bytes.
func partLetterLen(s string) int {
	if len(s) < 3 || s[0] != ' ' || s[1] < 'A' || s[1] > 'H' {
		return 0
	}
	switch {
	case s[2] == '(':
		return 3
	case s[2] == ' ' && len(s) > 3 && s[3] == '(':
		return 4
	}
	return 0
}

// finder holds the state of finding citations in one paragraph.
type finder struct {
	s    string
	toks []token
	out  []*Citation
	// cues are the paragraph's cue words, read on its first citation
	// (cuesRead) into an index kept from paragraph to paragraph.
	cues     *cueIndex
	cuesRead bool
	ascii    bool            // s is ASCII
	made     *slab[Citation] // where the citations found are made
	targets  *targetCache    // the symbols of resolutions named before
}

func (f *finder) add(c Citation) {
	c.Text = f.s[c.Span.Start:c.Span.End]
	if c.Confidence == 0 {
		c.Confidence = 1
	}
	if c.Function == Untyped {
		c.Function = f.function(c.Span.Start)
	}
	x := f.made.next()
	*x = c
	f.out = append(f.out, x)
}

// citationScanner finds the citations of paragraph after paragraph with
// one token buffer: no token outlives the paragraph it is read from, and
// allocating them anew for each was a fifth of extraction's allocations.
//
// A paragraph is not read into tokens whole: one pass finds the places a
// citation may be (anchors: a symbol's slash, the words "resolution",
// "paragraph", "sanction" and "Committee", "号决议"), and only the tokens
// around them are read, each run of them (a window) from a word that no
// citation reaches back over to one that none reaches on past (stoppers,
// see isStopper). Each citation is read from a window as from the whole
// paragraph's tokens (TestFindAsReference): the words between windows are
// no citation's (issue 13).
//
// The token buffer, the cue index and the block citations are made from
// are not the scanner's own but lent by scannerScratch for each paragraph
// with an anchor: a document makes a scanner of its own, and growing a
// buffer for each was a tenth of extraction's allocation.
type citationScanner struct {
	f    finder
	made *slab[Citation] // where the citations found are made (the file's arena's)
}

// scanScratch is what a citation scanner borrows for a paragraph.
type scanScratch struct {
	toks    []token
	cues    cueIndex
	targets targetCache
}

// scannerScratch keeps the scanners' scratch from document to document.
var scannerScratch = sync.Pool{New: func() any { return new(scanScratch) }}

// maxKeptTokens is the most tokens a buffer of scannerScratch keeps room
// for: a window of the development set holds 12 on average.
const maxKeptTokens = 1 << 10

// findIn is find of p's text. An operative paragraph's keys, which the
// extractors of its statements all ask for (Paragraph.keys), are read in
// the same pass over its bytes as its anchors, and kept; another
// paragraph's relation keys, which findRelations alone asks for
// (relationKeys), are read so too. Whether the text is ASCII, which the
// pass tells as well, is kept for the cue index of the paragraph that
// holds a footnote's mark (addFootnoteCitations).
func (cs *citationScanner) findIn(p *Paragraph) []*Citation {
	kinds := markCitingAnchors
	switch {
	case p.keysRead || p.keysFound&keyRelationsRead != 0:
	case p.Kind == Operative:
		kinds |= markKeys
	default:
		kinds |= markRelationKeys
	}
	var room [32]int
	marks := readMarks(p.Text, paragraphMarks{anchors: room[:0]}, kinds)
	switch {
	case kinds&markKeys != 0:
		p.keysFound, p.keysRead = marks.keys, true
	case kinds&markRelationKeys != 0:
		p.keysFound = marks.keys | keyRelationsRead
	}
	p.ascii = marks.ascii
	return cs.findMarked(p.Text, marks)
}

// findMarked finds the citations of s at the anchors marks holds.
func (cs *citationScanner) findMarked(s string, marks paragraphMarks) []*Citation {
	anchors := marks.anchors
	if !marks.may || !marks.figure {
		return nil
	}
	f := &cs.f
	scratch := scannerScratch.Get().(*scanScratch)
	*f = finder{s: s, ascii: marks.ascii, cues: &scratch.cues, out: f.out[:0], made: cs.made, targets: &scratch.targets}
	read := 0 // the windows read so far end here, at a stopper's start or the end of s
	for _, a := range anchors {
		if a < read {
			continue
		}
		var last int
		f.toks, last = appendWindow(scratch.toks[:0], s, stopperBefore(s, a, read), a)
		scratch.toks = f.toks
		f.scan(last)
		read = len(s)
		if last < len(f.toks) && isStopper(s, &f.toks[last]) {
			read = f.toks[last].start
		}
	}
	f.toks, f.made, f.targets = nil, nil, nil
	if cap(scratch.toks) > maxKeptTokens {
		// A window of a paragraph that never stops (a list of thousands
		// of paragraphs) is not kept for the next: each such paragraph
		// pays for its own, in proportion to its length.
		scratch.toks = nil
	}
	scratch.cues.shed()
	scannerScratch.Put(scratch)
	if len(f.out) == 0 {
		return nil
	}
	return f.out
}

// scan finds the citations that start in f.toks[:last+1], the tokens
// after those only looked at.
func (f *finder) scan(last int) {
	for i := 0; i <= last && i < len(f.toks); i++ {
		t := &f.toks[i]
		switch {
		case t.kind == tSymbol:
			i = f.symbol(i) - 1
		case t.kind == tWord && t.text[0]|0x20 == 'r' && (isWordIn(t.text, "resolution", "resolutions") || len(t.text) >= 10 && isMisreadResolutionWord(t.text)):
			// The first letter first: only R and r fold to r.
			i = f.resolutions(i) - 1
		case t.kind == tWord && t.text[0]|0x20 == 'p' && isWordIn(t.text, "paragraph", "paragraphs"):
			i = f.internal(i) - 1
		case t.kind == tNumYear && i+1 < len(f.toks) && strings.HasPrefix(f.toks[i+1].text, "号决议"):
			// Chinese: "第 2531(2020) 号决议".
			f.add(Citation{Target: f.targets.resolution(t.num(), t.year(), false), Span: Span{t.start, t.end}, Form: FormResolution})
		case t.kind == tNumber:
			i = f.sanctionsRegime(i) - 1
		}
	}
}

// paragraphMarks is what one pass over a paragraph's bytes finds for the
// passes after it: the places a citation may be (anchors) and whether
// it may cite at all (may: it holds "/", "号决议" or "Committee" as
// written, or "esolution", "aragraph" or "anction" in any case, one of
// which every citation holds), and the keywords the paragraph holds (keys, as keysIn
// finds them). The two were two passes over each operative paragraph,
// each loading and folding the same eight bytes.
//
// It tells too whether the paragraph is ASCII, as the bytes are at hand:
// the cue index needs to know (lowerMovesBytes), which was a pass of its
// own over each paragraph with a citation.
//
// And whether it holds an ASCII figure (figure). Every citation is read
// from a number, a number with its year or a symbol (scan, and
// resolutions, internal and sanctionsRegime after it, add none without
// one), and each of those opens with a figure (scanNumber) or holds one
// (symbolRE, ocrSymbolRE, dollarSymbolRE): appendRuneToken makes none of them. A
// paragraph with an anchor but no figure ("this resolution", "the
// Committee") cites nothing, and is not read into tokens: 212 of the
// 1,058 with an anchor in dev and the seeds, 1,976 of their 18,006
// tokens. The figures were looked for by a second pass over the
// paragraph; the keys' test for them (keyFigure) is the same.
type paragraphMarks struct {
	anchors []int
	may     bool
	keys    paragraphKeys
	ascii   bool
	figure  bool
}

// markKinds says which of its marks readMarks reads.
type markKinds uint8

const (
	markAnchors markKinds = 1 << iota
	markKeys
	markRelationKeys // the keys of relationKeySet alone
	// markFigureFirst says that a paragraph with no figure is left with
	// no anchors (and may as it was): findMarked reads none of its.
	markFigureFirst
)

// markCitingAnchors is markAnchors in a paragraph that may cite: one with
// a figure (paragraphMarks.figure), the others left with no anchors, as
// findMarked reads none of theirs.
const markCitingAnchors = markAnchors | markFigureFirst

// readMarks reads the marks of s of the kinds asked for, appending its
// anchors to marks.anchors.
//
// Each byte and the one after it are looked up in two tables
// (markFirst, markSecond) whose AND says at once which of the pairs of
// letters looked for opens there (markAt): the pairs anchorAt reads an
// anchor at and those keyAt reads a key at (markPairs), the byte after
// a "/" or the first byte of "号" being any. Only the bytes marked are
// read further (nextMark finds them), by anchorAt and keyAt, which turn
// away the few that are no anchor or key (TestCitationAnchorsAsReference,
// TestKeysAsReference). The same look-ups find the first figure and the
// first byte outside ASCII.
//
// The pairs were once tested eight bytes at a time, each pair by its
// own four or five operations on the eight, and the anchors looked for
// only after a figure, in a second pass over the bytes before it:
// fifteen pairs cost some thirty instructions a byte, where the two
// look-ups cost six (issue 13).
func readMarks(s string, marks paragraphMarks, kinds markKinds) paragraphMarks {
	anchors, may, keys := marks.anchors, marks.may, marks.keys
	// The first figure and the first byte outside ASCII are marks too,
	// looked for until found: a test of each byte for them would cost
	// as much as the pairs' own.
	want := markFigure | markHigh // the marks looked for
	keep := ^paragraphKeys(0)     // the keys asked for
	if kinds&markAnchors != 0 {
		want |= anchorPairBits
	}
	switch {
	case kinds&markKeys != 0:
		want |= keyPairBits
	case kinds&markRelationKeys != 0:
		want |= relationPairBits
		keep = relationKeySet
	}
	figure, high := marks.figure, false
	for i := nextMark(s, 0, want); i < len(s); i = nextMark(s, i+1, want) {
		m := markAt(s, i) & want
		if m&(markFigure|markHigh) != 0 {
			figure = figure || m&markFigure != 0
			high = high || m&markHigh != 0
			want &^= m & (markFigure | markHigh)
		}
		if m&anchorPairBits != 0 {
			anchors, may = anchorAt(anchors, may, s, i)
		}
		if m&keyPairBits != 0 {
			keys |= keyAt(s, i) & keep
		}
	}
	if kinds&markFigureFirst != 0 && !figure {
		anchors, may = marks.anchors, marks.may
	}
	if kinds&markKeys != 0 && figure {
		keys |= keyFigure
	}
	return paragraphMarks{anchors: anchors, may: may, keys: keys, ascii: !high, figure: figure}
}

// markAt is the marks of s[i]: the bits of markFirst of s[i] that
// markSecond of the byte after it has, the end of s read as a NUL byte,
// the second of no pair: only a byte looked for alone is marked there.
func markAt(s string, i int) markBits {
	var next byte
	if i+1 < len(s) {
		next = s[i+1]
	}
	return markFirst[s[i]] & markSecond[next]
}

// nextMark is the index of the first byte of s at or after i that has
// one of the marks want (markAt), or len(s). The bytes are looked up
// four at a time: the loop's own counting and test cost as much as a
// byte's two look-ups.
func nextMark(s string, i int, want markBits) int {
	first, second := &markFirst, &markSecond
	t := s[i:]
	for ; len(t) > 4; t = t[4:] {
		m := first[t[0]]&second[t[1]] | first[t[1]]&second[t[2]] | first[t[2]]&second[t[3]] | first[t[3]]&second[t[4]]
		if m&want != 0 {
			break
		}
	}
	for i = len(s) - len(t); i < len(s); i++ {
		if markAt(s, i)&want != 0 {
			return i
		}
	}
	return len(s)
}

// markBits are the bits of markFirst and markSecond: one for each of
// markPairs, in its order, and two that markFirst has of a byte alone
// and markSecond of every byte.
type markBits uint32

const (
	markFigure markBits = 1 << 31 // an ASCII figure
	markHigh   markBits = 1 << 30 // a byte outside ASCII
)

// markPairs are the pairs of letters readMarks looks for, in either
// case, and the bytes it looks for alone: the pairs of anchorAt, the
// "ut" of "olution" (and of its misreadings, "olutlon", "olutiou"), the
// "gr" of "aragraph", the "ct" of "anction", the "tt" of "Committee", a
// "/" and the first byte of "号"; then the pairs of keyAt, one for each
// keyword or more ("wi" of "within", "tw" of "between", "ev" of
// "every", "ew" of "renew", "qu", the "nn" of "annual" and of
// "personnel", "ye", the "pp" of "support", the "p " of "up to ", the
// "mn" of "ondemn", the "xt" of "extend"). Each is marked at its first
// byte, where anchorAt and keyAt read it.
var markPairs = []string{"ut", "gr", "ct", "tt", "/", "\xe5",
	"wi", "tw", "ev", "ew", "qu", "nn", "ye", "pp", "p ", "mn", "xt"}

// anchorPairs is how many of markPairs are anchorAt's, the first.
const anchorPairs = 6

// The bits of markPairs' anchors, keys, and keys of relationKeySet ("tw"
// of "between", "pp" of "support", "mn" of "ondemn").
var anchorPairBits, keyPairBits, relationPairBits = pairBits(markPairs[:anchorPairs]), pairBits(markPairs[anchorPairs:]), pairBits([]string{"tw", "pp", "mn"})

// pairBits is the bits of the pairs of markPairs listed.
func pairBits(pairs []string) (b markBits) {
	for _, p := range pairs {
		b |= 1 << slices.Index(markPairs, p)
	}
	return b
}

// markFirst has, for each byte, the bits of the pairs it opens, in
// either case, and markFigure or markHigh; markSecond the bits of the
// pairs it closes, and of every pair of one byte, markFigure and
// markHigh.
var markFirst, markSecond = func() (first, second [256]markBits) {
	for k, p := range markPairs {
		for c := range 256 {
			b := byte(c)
			if lowerByte(b) == p[0] {
				first[c] |= 1 << k
			}
			if len(p) == 1 || lowerByte(b) == p[1] {
				second[c] |= 1 << k
			}
		}
	}
	for c := '0'; c <= '9'; c++ {
		first[c] |= markFigure
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		first[c] |= markHigh
	}
	for c := range second {
		second[c] |= markFigure | markHigh
	}
	return first, second
}()

// zeroish has the high bit of each byte of x that is 0, and perhaps of
// some above one that is: the borrow of x-ones runs on. Those anchorAt
// turns away as it does any other byte.
func zeroish(x uint64) uint64 { return (x - ones) &^ x }

// anchorAt appends to anchors the anchor the byte s[i] marks, if any, and
// reports whether s may cite, may being what the bytes before said.
func anchorAt(anchors []int, may bool, s string, i int) ([]int, bool) {
	c := s[i]
	if !anchorLetters[c] {
		return anchors, may
	}
	switch c | 0x20 {
	case '/':
		anchors, may = append(anchors, i), true
	case 0xE5: // "号" opens with E5, which |0x20 leaves
		if strings.HasPrefix(s[i:], "号决议") {
			anchors, may = append(anchors, i), true
		}
	case 'u':
		if at := i - 2; at >= 0 && hasLowerPrefix(s[at:], "olution") {
			anchors = append(anchors, at)
			// In any case, as the scanner reads it: "RESOLUTION 2374
			// (2017)" in a clause printed in capitals is a citation.
			may = may || at >= 2 && hasLowerPrefix(s[at-2:], "esolution")
		} else if at >= 3 && misreadOlution(s[at:]) && hasLowerPrefix(s[at-3:], "res") {
			// "resolutlon", "resolutiou": OCR's l for i, u for n.
			anchors, may = append(anchors, at), true
		}
	case 'g':
		// "PARAGRAPH 3 ABOVE", "THE 2374 SANCTIONS LIST": in any case too.
		if at := i - 3; at >= 0 && hasLowerPrefix(s[at:], "aragraph") {
			anchors, may = append(anchors, at), true
		}
	case 'c':
		if at := i - 2; at >= 0 && hasLowerPrefix(s[at:], "anction") {
			anchors, may = append(anchors, at), true
		}
	case 't':
		// "Committee" as printed: regimeFollows reads no other case.
		if at := i - 5; at >= 0 && strings.HasPrefix(s[at:], "Committee") {
			anchors, may = append(anchors, at), true
		}
	}
	return anchors, may
}

// misreadOlution reports whether s opens with "olution" as OCR misreads
// it in the word "resolution", in any case: an i for its l, an l for its
// i, a u for its n ("resolutlon", "resolutiou", "resoiution"), one or
// more, and no other letter. "olution" itself is not one.
func misreadOlution(s string) bool {
	if len(s) < 7 || lowerByte(s[0]) != 'o' {
		return false
	}
	l, i, n := lowerByte(s[1]), lowerByte(s[4]), lowerByte(s[6])
	if l == 'l' && i == 'i' && n == 'n' {
		return false // "olution" as printed, most often
	}
	return (l == 'l' || l == 'i') && (i == 'i' || i == 'l') && (n == 'n' || n == 'u') && lowerByte(s[2]) == 'u' && lowerByte(s[3]) == 't' && lowerByte(s[5]) == 'o'
}

// isMisreadResolutionWord reports whether w is "resolution" or
// "resolutions" as OCR misread it (misreadOlution), which anchorAt marks.
func isMisreadResolutionWord(w string) bool {
	return (len(w) == 10 || len(w) == 11 && lowerByte(w[10]) == 's') && misreadOlution(w[3:]) && hasLowerPrefix(w, "res")
}

var anchorLetters = [256]bool{'/': true, 0xE5: true, 'u': true, 'U': true, 'g': true, 'G': true, 'c': true, 'C': true, 't': true}

// appendWindow appends the tokens of s from start, a token's start, on to
// the first stopper that starts after the anchor at byte a. It returns
// the index of the stopper, or of the last token when s ends before one.
//
// No token after the stopper is read: the citations of the window look
// at none. Each reading of a list (resolutions, internal, sanctionsRegime,
// regimeFollows) stops at a stopper, and each look at the tokens after
// one of them (toks[j+1], toks[j+2], …) is at one after a token that is
// none, a number, "/", a word of citationWords or a capital, and so
// before the stopper; a look that ends on the stopper (is it "/", a
// number, a sub-item label, a capital, "this", "号决议"…?) is told no by
// the stopper itself. Four more tokens were read for each window, a
// quarter of dev's: TestFindAsReference and FuzzFindAsReference hold the
// windows to the whole paragraph's tokens.
func appendWindow(toks []token, s string, start, a int) ([]token, int) {
	for i := start; i < len(s); {
		n := len(toks)
		if n == cap(toks) {
			// Doubled, not grown by a quarter as append grows a large
			// slice: a window that never stops (a list of thousands of
			// numbers) costs in proportion to its length, not more.
			toks = slices.Grow(toks, max(n, 16))
		}
		toks, i = appendToken(toks, s, i)
		if len(toks) == n {
			continue
		}
		if t := &toks[n]; t.start > a && isStopper(s, t) {
			return toks, n
		}
	}
	return toks, len(toks) - 1
}

// isStopper reports whether t is a word that no citation's tokens reach
// back over (the list of paragraphs before "of resolution …", "General
// Assembly") or on past (a list of resolutions, of paragraphs, a
// sanctions regime's name): a lower-case ASCII word after white space that
// is none of the words those are made of. White space before a lower-case
// letter stands inside no token, so a stopper is where a token starts
// however the text before it is read.
func isStopper(s string, t *token) bool {
	if t.kind != tWord || t.start == 0 || !asciiSpace[s[t.start-1]] {
		return false
	}
	w := t.text
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return isStopperWord(w)
}

// isStopperWord reports whether w, lower-case ASCII letters, stops a
// citation: it is none of citationWords, no sub-item label, no month, and
// not "resolution" as OCR misread it ("resolutlon"), which the scanner
// reads as the word, after the body it names ("General Assembly").
func isStopperWord(w string) bool {
	return !isCitationWord(w) && !isSubItemLabel(w) && (len(w) < 3 || !isMonthPrefix(w[:3])) && (len(w) < 10 || w[3] != 'o' || !isMisreadResolutionWord(w))
}

// isCitationWord is citationWords[w], by a switch, which Go compiles to
// comparisons by length and then bytes: cheaper than hashing the word
// (TestStopperWordAsReference holds the two the same).
func isCitationWord(w string) bool {
	switch w {
	case "its", "the", "council", "security", "of", "and", "paragraph", "paragraphs", "general", "assembly", "resolution", "resolutions",
		"in", "particular", "as", "well", "including", "on", "dated", "above", "below", "thereof", "therein", "to", "this", "adopted", "sanction", "sanctions", "committee":
		return true
	}
	return false
}

// opensWithMonth reports whether len(w) >= 3 and
// monthPrefixes[strings.ToLower(w[:3])] > 0, with no new string: three
// bytes lower to a month's three ASCII letters only when all are ASCII
// letters (a character outside ASCII lowers to one outside ASCII or, as
// the Kelvin sign to "k", to fewer bytes).
func opensWithMonth(w string) bool {
	if len(w) < 3 {
		return false
	}
	var p [3]byte
	for k := range p {
		if w[k] >= utf8.RuneSelf {
			return false
		}
		p[k] = lowerByte(w[k])
	}
	return isMonthPrefix(string(p[:]))
}

// isMonthPrefix reports whether p is a key of monthPrefixes.
func isMonthPrefix(p string) bool {
	switch p {
	case "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec":
		return true
	}
	return false
}

// citationWords are the words, lower case, that the citation scanner
// reads between a citation's tokens (isWordIn), or names one by.
var citationWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`its the council security of and paragraph paragraphs general assembly resolution resolutions
		in particular as well including on dated above below thereof therein to this adopted sanction sanctions committee`) {
		m[w] = true
	}
	return m
}()

// stopperBefore is where the last stopper at or before byte a and at or
// after from starts, or from, a token's start, when none does.
func stopperBefore(s string, a, from int) int {
	for p := min(a, len(s)-1); p > from; p-- {
		if s[p] < 'a' || s[p] > 'z' || !asciiSpace[s[p-1]] {
			continue
		}
		q := p + 1
		for q < len(s) && s[q] >= 'a' && s[q] <= 'z' {
			q++
		}
		if q < len(s) && (s[q] >= utf8.RuneSelf || s[q] == '-' || s[q] == '\'' || 'A' <= s[q] && s[q] <= 'Z') {
			continue // the word goes on past its lower-case letters
		}
		if isStopperWord(s[p:q]) {
			return p
		}
	}
	return from
}

// symbol cites the document symbol at f.toks[i], with the marks of a
// revision, addendum or corrigendum the symbol pattern left after it
// ("S/1059/Rev. 2", OCR's "S/12344/Rey.1"), and the addenda,
// corrigenda and revisions listed after it (suffixList). It returns the
// index after what it read.
func (f *finder) symbol(i int) int {
	toks := f.toks
	t := &toks[i]
	c := Citation{Span: Span{t.start, t.end}, Form: FormSymbol}
	if t.ocr {
		c.Confidence = 0.7
	}
	j := i + 1
	if !takesSuffixes(t.text) {
		c.Target = f.targets.symbol(t.text)
		f.add(c)
		return j
	}
	printed := t.text
	for {
		kind, n, next, ok := gluedSuffixAt(f.s, toks, j, c.Span.End)
		if !ok {
			break
		}
		if kind == "Rey" {
			// OCR's y for the v of "Rev.": resolve warns of the repair.
			kind, c.Confidence = "Rev", 0.7
		}
		if stopAsComma(toks, j+1) {
			c.Confidence = 0.7 // "/Rev,2": resolve warns of the repair
		}
		printed += "/" + kind + "." + n.text
		c.Span.End, j = n.end, next
	}
	c.Target = f.targets.symbol(printed)
	f.add(c)
	return f.suffixList(j, printed, f.out[len(f.out)-1])
}

// takesSuffixes reports whether a symbol printed so may be followed by the
// marks of its addenda, corrigenda and revisions: a document's, not a
// resolution's, a presidential statement's or a meeting record's, whose
// branches of symbolRE read none.
func takesSuffixes(printed string) bool {
	return !strings.Contains(printed, "RES") && !strings.Contains(printed, "PRST") && !strings.Contains(printed, "PV")
}

// gluedSuffixAt reads at toks[j] the mark of a revision, addendum or
// corrigendum glued to the symbol that ends at end, which symbolRE did
// not take: "/Rev. 2" (a space before the figure), "/Rey.1" (OCR's y for
// v). It returns the mark's kind as printed, its number and the index
// after it.
func gluedSuffixAt(s string, toks []token, j, end int) (kind string, n *token, next int, ok bool) {
	if j+1 >= len(toks) || toks[j].text != "/" || toks[j].start != end || toks[j+1].start != toks[j].end {
		return "", nil, 0, false
	}
	w := toks[j+1].text
	if w != "Rey" && !isSuffixKind(w) {
		return "", nil, 0, false
	}
	n, next, ok = suffixNumber(s, toks, j+1)
	return w, n, next, ok
}

// isSuffixKind reports whether w is the word of a document's addendum,
// corrigendum or revision, as the UN prints it before its full stop.
func isSuffixKind(w string) bool { return w == "Add" || w == "Corr" || w == "Rev" }

// suffixNumber reads the full stop and the number after the word of a
// suffix at toks[k] ("Add.1", "Corr. 1"): the stop glued to the word,
// the number of one or two figures after it or one space. It returns the
// number's token and the index after it.
func suffixNumber(s string, toks []token, k int) (*token, int, bool) {
	if k+2 >= len(toks) {
		return nil, 0, false
	}
	dot, n := &toks[k+1], &toks[k+2]
	if dot.text != "." && !stopAsComma(toks, k) || dot.start != toks[k].end || n.kind != tNumber || len(n.text) > 2 || n.text[0] == '0' {
		return nil, 0, false
	}
	if gap := n.start - dot.end; gap > 1 || gap == 1 && s[dot.end] != ' ' {
		return nil, 0, false
	}
	return n, k + 3, true
}

// stopAsComma reports whether the mark at toks[k] is followed by OCR's
// comma for its full stop, glued to the word, and a number, "Add,1",
// "Corr, 1", "Rev,2": the words of these marks take no comma of their own.
func stopAsComma(toks []token, k int) bool {
	return k+2 < len(toks) && toks[k+1].kind == tComma && toks[k+1].start == toks[k].end && toks[k+2].kind == tNumber && toks[k+2].start-toks[k+1].end <= 1
}

// maxSuffixRange is the most documents a range of addenda ("Add.1-3")
// is read as: a longer one is more likely a misreading than a list.
const maxSuffixRange = 20

// suffixList reads the addenda, corrigenda and revisions printed after a
// document's symbol, from toks[j]: "S/12350 and Add.1", "S/7930/Add.43,
// Add.44 and Add.45", "S/5448 and Add.1-3", "S/21919 and Corr.1 and
// Add.1-3", "S/20416 and Add. 1 and 2". Each is a document of its own
// and is cited apart, in the paragraph, the function and the confidence
// of the symbol's citation, head; its span is the mark as printed, or the
// range that names it ("Add.1-3" for each of Add.1 to Add.3). A mark of
// the kind the symbol ends with stands for it ("S/7930/Add.43, Add.44":
// S/7930/Add.44). It returns the index after the list.
func (f *finder) suffixList(j int, printed string, head *Citation) int {
	toks := f.toks
	for {
		k := j
		if k < len(toks) && toks[k].kind == tComma {
			k++
		}
		if k < len(toks) && toks[k].kind == tWord && toks[k].text == "and" {
			k++
		}
		if k == j || k >= len(toks) || !isSuffixKind(toks[k].text) {
			return j
		}
		kind := &toks[k]
		n, next, ok := suffixNumber(f.s, toks, k)
		if !ok {
			return j
		}
		from, _ := strconv.Atoi(n.text)
		to, end := from, n.end
		if next+1 < len(toks) && (toks[next].text == "-" || toks[next].text == "–" || toks[next].text == "to") && toks[next+1].kind == tNumber {
			// "Add.1-3", "Add.1 to 3": each of them, or none when
			// the range is no small increasing one.
			last, err := strconv.Atoi(toks[next+1].text)
			if err != nil || last <= from || last-from >= maxSuffixRange {
				return j
			}
			to, end, next = last, toks[next+1].end, next+2
		}
		root := printed
		if at := strings.LastIndexByte(root, '/'); at >= 0 && strings.HasPrefix(root[at+1:], kind.text+".") {
			root = root[:at]
		}
		conf := head.Confidence
		if stopAsComma(toks, k) {
			conf = min(conf, 0.7) // "Add,1": resolve warns of the repair
		}
		for d := from; d <= to; d++ {
			f.addSuffix(root, kind.text, d, Span{kind.start, end}, head, conf)
		}
		j = next
		if next+1 < len(toks) && toks[next].kind == tWord && toks[next].text == "and" && toks[next+1].kind == tNumber && len(toks[next+1].text) <= 2 &&
			endsSuffixNumber(toks, next+2) {
			// "Add. 1 and 2": the next of the same kind; not "Add.1
			// and 2 annexes", "Add.1 and 2 May 1990".
			if d, _ := strconv.Atoi(toks[next+1].text); d > to && d-from < maxSuffixRange {
				f.addSuffix(root, kind.text, d, Span{kind.start, toks[next+1].end}, head, conf)
				j = next + 2
			}
		}
	}
}

// endsSuffixNumber reports whether toks[i], after the "N" of "Add.1 and
// N", lets N be an addendum's number: the end of the text, a comma, a
// punctuation mark other than an opening bracket or a slash ("(1990)",
// "2/"), or "and"; never a word ("and 2 annexes", "and 3 others", "and 2
// May").
func endsSuffixNumber(toks []token, i int) bool {
	if i >= len(toks) {
		return true
	}
	switch t := &toks[i]; t.kind {
	case tComma:
		return true
	case tPunct:
		return t.text != "(" && t.text != "/"
	case tWord:
		return t.text == "and"
	}
	return false
}

// addSuffix cites root's suffix of kind and number d, printed at span,
// as head, the citation of the symbol the suffix follows, is cited, with
// confidence conf.
func (f *finder) addSuffix(root, kind string, d int, span Span, head *Citation, conf float64) {
	f.add(Citation{Target: f.targets.symbol(root + "/" + kind + "." + strconv.Itoa(d)), Span: span, Form: FormSymbol, Function: head.Function, Confidence: conf})
}

// resolutions reads the list of resolutions after the word at toks[i]:
// "resolution 2374 (2017)", "resolutions 2378 (2017) and 2436 (2018)",
// "resolutions, in particular 2359 (2017), …", "resolution 2391" (no year),
// "General Assembly resolution 70/1". It returns the index after the list.
func (f *finder) resolutions(i int) int {
	toks := f.toks
	trigger := &toks[i]
	assembly := i >= 2 && isWordIn(toks[i-1].text, "Assembly") && isWordIn(toks[i-2].text, "General")
	body := otherBodyBefore(toks, i)
	paras, from := paragraphsBefore(toks, i)
	glued := i+1 < len(toks) && toks[i+1].start == trigger.end // "resolution2374 (2017)"
	// "resolution" OCR misread ("resolutlon"), or glued to the number:
	// a little less sure than the word as printed.
	unsure := glued || isMisreadResolutionWord(trigger.text)
	first := true
	// A list is governed by the words before its head: "Reaffirms its
	// resolutions 186 (1964) of 4 March, … and 281 (1970)" reaffirms
	// the last as the first, however far the list runs past the clause
	// window, and "in accordance with resolutions 264 (1969) and 269
	// (1969)" acts on both, past the reach of a preposition.
	listFn := Untyped
	emit := func(c Citation, start int) {
		c.Form = FormResolution
		c.Function = listFn
		if first {
			start = trigger.start
			if len(paras) > 0 {
				start = from
			}
		}
		if unsure {
			c.Confidence = 0.9
		}
		c.Span = Span{start, c.Span.End}
		if first && len(paras) > 0 {
			for _, p := range paras {
				pc := c
				pc.TargetParagraph = p
				f.add(pc)
			}
		} else {
			f.add(c)
		}
		listFn = f.out[len(f.out)-1].Function
		first = false
	}
	j := i + 1
	listFrom := len(f.out)
	sawYear := false // an item of the list printed its year
	// The numbers printed without a year just before an item that prints
	// one ("resolutions 82 and 83 (1950)", "660, 661 and 662 (1990)"):
	// from f.out[yearless:], the last of them at toks[yearlessAt].
	yearless, yearlessAt := -1, -1
	for ; j < len(toks); j++ {
		u := &toks[j]
		switch {
		case u.kind == tNumYear:
			sawYear = true
			if yearless >= 0 && gluedList(toks[yearlessAt+1:j]) {
				f.shareYear(f.out[yearless:], u, body)
			}
			yearless = -1
			c := Citation{Target: f.resolutionTarget(u.num(), u.year(), assembly, body), Span: Span{u.start, u.end}}
			if u.yearMisread() || u.numberMisread() {
				c.Confidence = 0.7 // warned of in resolveCitations
			}
			emit(c, u.start)
			continue
		case u.kind == tWord && j > 0 && toks[j-1].kind == tNumYear && j+1 < len(toks) && toks[j+1].kind == tNumYear && isWordIn(u.text, "to"):
			// "resolutions 660 (1990) to 678 (1990)": those between as
			// well (of the Council's); the last is read next, as an item.
			if !assembly {
				f.resolutionRange(&toks[j-1], &toks[j+1], emit)
			}
			continue
		case u.kind == tSymbol:
			j = f.symbol(j) - 1
			first = false
			continue
		case u.kind == tNumber && len(u.text) == 4 && yearNumberedAt(toks, j) && (yearNumbering(body) || body == "" && otherBodyAfter(toks, j+3) != ""):
			// "Economic and Social Council resolution 1996/31": the
			// Council's resolutions by year since 1978, and its
			// Commission's, "Commission on Human Rights resolution
			// 1993/77", or the body named after the number, "resolution
			// 1996/31 of the Economic and Social Council".
			series := body
			if series == "" {
				series = otherBodyAfter(toks, j+3)
			}
			end := toks[j+2].end
			emit(Citation{Target: f.targets.symbol(series + u.text + "/" + toks[j+2].text), Span: Span{u.start, end}}, u.start)
			j += 2
			continue
		case u.kind == tNumber && len(u.text) <= 4 && j+1 < len(toks) && toks[j+1].start == u.end+1 && isPartLetter(toks[j+1].text) && partsFollow(toks, j+1):
			// "3411 A to D (XXX)", "3379 A and B (XXX)": the General
			// Assembly's resolution in parts, each of them cited.
			parts, session, next, _ := partsAt(toks, j+1)
			end := toks[next-1].end
			for _, p := range parts {
				emit(Citation{Target: f.resolutionTarget(u.text+string(p), session, assembly, body), Span: Span{u.start, end}}, u.start)
			}
			sawYear, yearless = true, -1
			j = next - 1
			continue
		case (u.kind == tNumber && len(u.text) <= 2 || u.kind == tWord && u.text[len(u.text)-1] == '-') && sessionalAt(toks, j):
			// (The test of the token first: most of a list's numbers
			// have three figures or four.)
			// "resolution 70/1": a General Assembly resolution by session,
			// perhaps of one part of it ("31/6 A"), of a special or an
			// emergency special session ("S-7/1", "ES-7/2").
			session := u.text
			if u.kind == tWord {
				j++
				session += toks[j].text
			}
			end, num := toks[j+2].end, toks[j+2].text
			if k := j + 3; k < len(toks) && toks[k].kind == tWord && len(toks[k].text) == 1 && toks[k].text[0] >= 'A' && toks[k].text[0] <= 'H' && toks[k].start == end+1 &&
				(k+1 == len(toks) || toks[k+1].kind != tWord || !unicode.IsLower(rune(toks[k+1].text[0])) || isWordIn(toks[k+1].text, "of", "and", "adopted")) {
				num += toks[k].text
				end = toks[k].end
				j++
			}
			emit(Citation{Target: symbol.SessionalResolution(session, num).String(), Span: Span{u.start, end}}, u.start)
			j += 2
			continue
		case u.kind == tNumber && len(u.text) <= 4 && j+1 < len(toks) && toks[j+1].kind == tNumber && len(toks[j+1].text) == 4 &&
			toks[j+1].text >= "1945" && toks[j+1].text <= "2099" && (j+2 == len(toks) || isWordIn(toks[j+2].text, "of", "and") || toks[j+2].kind == tComma):
			// "841 1993 of 16 June 1993": OCR lost the brackets of the year.
			y := &toks[j+1]
			emit(Citation{Target: symbol.Resolution(u.text, y.text).String(), Span: Span{u.start, y.end}, Confidence: 0.7}, u.start)
			j++
			continue
		case assembly && u.kind == tNumber && len(u.text) <= 4 && onesSession(toks, j):
			// "General Assembly resolutions 41 (1) and 42 (1)": OCR's 1
			// for the I of a session, "(11)" for II, "(111)" for III.
			end := toks[j+3].end
			emit(Citation{Target: symbol.Resolution(u.text, strings.Repeat("I", len(toks[j+2].text))).String(), Span: Span{u.start, end}, Confidence: 0.7}, u.start)
			j += 3
			continue
		case u.kind == tWord && isDateAfter(toks, j):
			// "resolution 242 (1967) of 22 November 1967", "186 (1964)
			// of 4 March": the date of the resolution just cited, not
			// another citation.
			j += dateAfter(toks, j)
			continue
		case u.kind == tNumber && j > 0 && (toks[j-1].kind == tNumYear || toks[j-1].kind == tSymbol || toks[j-1].end == u.start):
			// "661 (1990) 2" or "(1990)2": a footnote mark, not a resolution.
			continue
		case u.kind == tNumber && j > 0 && toks[j-1].kind == tWord && len(toks[j-1].text) >= 3 && opensWithMonth(toks[j-1].text):
			// "of 1 August 1947": a year, not a resolution.
			continue
		case (u.text == "S" || u.text == "$") && sawYear && j+1 < len(toks) && toks[j+1].kind == tNumYear && toks[j+1].start == u.end:
			// "S11 (1982)", "$46 (1984)": OCR's S or $ for a 5.
			n := &toks[j+1]
			emit(Citation{Target: symbol.Resolution("5"+n.num(), n.year()).String(), Span: Span{u.start, n.end}, Confidence: 0.7}, u.start)
			j++
			continue
		case u.kind == tPunct && u.text == "." && sawYear && j+1 < len(toks) && toks[j+1].kind == tNumYear:
			// "… of 23 October 1974. 368 (1975) of 17 April": OCR's full
			// stop for a comma inside the list.
			continue
		case u.kind == tNumber && sawYear && !continuesList(toks, j):
			// "resolution 496 (1981), 53" at the end of a clause: the
			// volumes' footnote mark, not resolution 53.
			continue
		case u.kind == tNumber && !strings.Contains(u.text, ",") && len(u.text) <= 4 && !(j+1 < len(toks) && toks[j+1].text == "/"):
			// "resolution 2391", the year left out: resolved later, or by
			// the year or session of the item the list goes on to ("82
			// and 83 (1950)", "General Assembly resolutions 3236 and
			// 3237 (XXIX)"). An Assembly's number that none gives a
			// session is left out after the list (dropYearless).
			if yearless < 0 || !gluedList(toks[yearlessAt+1:j]) {
				yearless = len(f.out)
			}
			yearlessAt = j
			emit(Citation{numberLen: int32(len(u.text)), Span: Span{u.start, u.end}}, u.start)
			continue
		case listGlue(u):
			continue
		}
		break
	}
	if assembly || body != "" {
		f.dropYearless(listFrom)
	}
	return j
}

// dropYearless leaves out the citations from f.out[from:] of numbers
// printed without a year that no item after them gave a session: an
// Assembly resolution's number alone names none (resolve would read it as
// the Council's).
func (f *finder) dropYearless(from int) {
	kept := f.out[:from]
	for _, c := range f.out[from:] {
		if c.numberLen == 0 {
			kept = append(kept, c)
		}
	}
	f.out = kept
}

// sessionalAt reports whether toks[j:] read a General Assembly
// resolution's symbol by session, unbroken: "70/1", "ES-7/2", "S-7/1"
// (the hyphened word, its number, "/" and the resolution's number), a
// session of two figures at most; "1996/31" is the Economic and Social
// Council's, by year.
func sessionalAt(toks []token, j int) bool {
	if u := &toks[j]; u.kind == tWord {
		if u.text != "ES-" && u.text != "S-" || j+1 >= len(toks) || toks[j+1].start != u.end {
			return false
		}
		j++
	}
	u := &toks[j]
	return u.kind == tNumber && len(u.text) <= 2 && j+2 < len(toks) && toks[j+1].text == "/" && toks[j+2].kind == tNumber && toks[j+1].start == u.end
}

// maxResolutionRange is the most resolutions a range ("660 (1990) to 678
// (1990)") is read to stand between its ends, as paragraphsBefore reads
// thirty paragraphs at most.
const maxResolutionRange = 30

// resolutionRange cites, through emit, the Council resolutions between
// the ends of a range, from and to, "660 (1990) to 678 (1990)": each
// number between theirs, of their year, or of the one year between
// theirs that can hold it (symbol.ResolutionFitsYear), with confidence
// 0.9 and the range's span. A range whose ends are no increasing pair of
// numbers their years can hold, or that is longer than
// maxResolutionRange, stands for nothing more than its ends.
func (f *finder) resolutionRange(from, to *token, emit func(Citation, int)) {
	a, errA := strconv.Atoi(from.num())
	b, errB := strconv.Atoi(to.num())
	ya, yb := from.year(), to.year()
	if errA != nil || errB != nil || b <= a || b-a > maxResolutionRange || len(ya) != 4 || len(yb) != 4 || !allDigits(ya) || !allDigits(yb) || ya > yb ||
		!symbol.ResolutionFitsYear(strconv.Itoa(a), ya) || !symbol.ResolutionFitsYear(strconv.Itoa(b), yb) {
		return
	}
	y0, _ := strconv.Atoi(ya)
	y1, _ := strconv.Atoi(yb)
	for n := a + 1; n < b; n++ {
		num, year := strconv.Itoa(n), ""
		for y := y0; y <= y1; y++ {
			if symbol.ResolutionFitsYear(num, strconv.Itoa(y)) {
				if year != "" {
					year = "-" // two years can hold it: the text does not say which
					break
				}
				year = strconv.Itoa(y)
			}
		}
		if year == "" || year == "-" {
			continue
		}
		emit(Citation{Target: symbol.Resolution(num, year).String(), Span: Span{from.start, to.end}, Confidence: 0.9}, from.start)
	}
}

// gluedList reports whether toks hold only the words and commas that join
// the items of a list (listGlue).
func gluedList(toks []token) bool {
	for k := range toks {
		if !listGlue(&toks[k]) {
			return false
		}
	}
	return true
}

// shareYear gives the citations cs of resolutions printed by number alone
// the year or General Assembly session the list's next item, dated,
// prints, as "resolutions 82 and 83 (1950)", "660, 661 and 662 (1990)"
// and "General Assembly resolutions 3236 and 3237 (XXIX)" print it once
// for all: to each number below the dated one that the Council's
// resolutions of the year can bear (symbol.ResolutionFitsYear), or that
// stands within a session's count of it (assemblyMayShareSession), with
// a little less confidence than a year printed beside it (as little as
// the dated item's where OCR misread that year). A number that cannot be
// of the year is left to the years the build prints for it.
func (f *finder) shareYear(cs []*Citation, dated *token, body string) {
	num, year, conf := dated.num(), dated.year(), 0.9
	if dated.yearMisread() || dated.numberMisread() {
		conf = 0.7
	}
	n, err := strconv.Atoi(trimPartLetter(num))
	if err != nil || year == "" {
		return
	}
	session := !allDigits(year) // "(XV)", "(ES-V)", "(S-2)"
	for _, c := range cs {
		number := c.number()
		m, err := strconv.Atoi(number)
		if c.numberLen == 0 || err != nil || m >= n {
			continue
		}
		if session && !assemblyMayShareSession(m, n) || !session && !symbol.ResolutionFitsYear(number, year) {
			continue
		}
		c.Target, c.numberLen, c.Confidence = f.resolutionTarget(number, year, false, body), 0, min(c.Confidence, conf)
	}
}

// The series of the resolutions of the bodies other than the Council and
// the General Assembly that the Council's texts cite by session or year.
const (
	economicAndSocialCouncil = "E/RES/"
	trusteeshipCouncil       = "T/RES/"
	humanRightsCommission    = "E/CN.4/RES/"
)

// otherBodies are the bodies other than the Council and the Assembly
// whose resolutions the texts cite, by their names' words, and the
// series of their resolutions. The Economic and Social Council and its
// Commission on Human Rights number theirs by year as well ("1996/31",
// "1993/77": byYear).
var otherBodies = [...]struct {
	name   []string
	series string
	byYear bool
}{
	{[]string{"Economic", "and", "Social", "Council"}, economicAndSocialCouncil, true},
	{[]string{"Trusteeship", "Council"}, trusteeshipCouncil, false},
	{[]string{"Commission", "on", "Human", "Rights"}, humanRightsCommission, true},
}

// otherBodyBefore is the series of the resolutions of the body named
// just before the resolution word at toks[i], "Economic and Social Council
// resolution 1235 (XLII)", "Trusteeship Council resolution 2063 (LIII)",
// "Commission on Human Rights resolution 1993/77", or "": their sessions
// in Roman figures are no General Assembly's.
func otherBodyBefore(toks []token, i int) string {
	if i < 2 || toks[i-1].text != "Council" && toks[i-1].text != "Rights" {
		return ""
	}
	for _, b := range &otherBodies {
		if n := len(b.name); i >= n && wordsAre(toks[i-n:i], b.name) {
			return b.series
		}
	}
	return ""
}

// otherBodyAfter is the series of the resolutions of a body numbered by
// year named after a resolution's number at toks[k-1] ("resolution
// 1996/31 of the Economic and Social Council", "resolution 1993/77 of the
// Commission on Human Rights"), or "".
func otherBodyAfter(toks []token, k int) string {
	if k+2 >= len(toks) || toks[k].text != "of" || toks[k+1].text != "the" {
		return ""
	}
	for _, b := range &otherBodies {
		if n := len(b.name); b.byYear && k+2+n <= len(toks) && wordsAre(toks[k+2:k+2+n], b.name) {
			return b.series
		}
	}
	return ""
}

// isPartLetter reports whether w is the letter of a part of a General
// Assembly resolution: "A" to "H" (partLetterLen).
func isPartLetter(w string) bool { return len(w) == 1 && w[0] >= 'A' && w[0] <= 'H' }

// partsFollow reports whether partsAt reads parts at toks[k].
func partsFollow(toks []token, k int) bool {
	_, _, _, ok := partsAt(toks, k)
	return ok
}

// partsAt reads the letters of a resolution's parts from toks[k] and the
// session in brackets after them, "A to D (XXX)", "A and B (XXX)", "A, B
// and C (XXIX)": at least two letters, each after the one before, and a
// session in Roman figures. next is the token after the bracket.
func partsAt(toks []token, k int) (parts []byte, session string, next int, ok bool) {
	parts = append(parts, toks[k].text[0])
	for k++; k+1 < len(toks); k += 2 {
		glue, letter := &toks[k], &toks[k+1]
		if !isPartLetter(letter.text) || letter.text[0] <= parts[len(parts)-1] {
			break
		}
		switch {
		case glue.text == "to":
			for c := parts[len(parts)-1] + 1; c <= letter.text[0]; c++ {
				parts = append(parts, c)
			}
		case glue.text == "and" || glue.kind == tComma:
			parts = append(parts, letter.text[0])
		default:
			return nil, "", 0, false
		}
	}
	if len(parts) < 2 || k+2 >= len(toks) || toks[k].text != "(" || toks[k+2].text != ")" || !romanRE.MatchString(toks[k+1].text) {
		return nil, "", 0, false
	}
	return parts, toks[k+1].text, k + 3, true
}

// yearNumbering reports whether the body of series numbers its
// resolutions by year.
func yearNumbering(series string) bool {
	return series == economicAndSocialCouncil || series == humanRightsCommission
}

// wordsAre reports whether toks are the words, as printed.
func wordsAre(toks []token, words []string) bool {
	for k, w := range words {
		if toks[k].text != w {
			return false
		}
	}
	return true
}

// resolutionTarget is the symbol of resolution num of year or session: of
// body's series where a body other than the Council and the Assembly is
// named and the resolution's session printed ("E/RES/1235(XLII)"), else
// the Council's or the Assembly's (targetCache.resolution).
func (f *finder) resolutionTarget(num, year string, assembly bool, body string) string {
	if body != "" {
		return f.bodyResolutionTarget(num, year, assembly, body)
	}
	return f.targets.resolution(num, year, assembly)
}

// bodyResolutionTarget is resolutionTarget where a body is named: kept
// apart so that the other, each item of each list, is inlined.
func (f *finder) bodyResolutionTarget(num, year string, assembly bool, body string) string {
	if !allDigits(year) {
		return f.targets.symbol(body + num + "(" + year + ")")
	}
	return f.targets.resolution(num, year, assembly)
}

// yearNumberedAt reports whether toks[j:] read a resolution numbered by
// year, unbroken, "1996/31": a year of 1946-2099 and a number.
func yearNumberedAt(toks []token, j int) bool {
	u := &toks[j]
	return u.kind == tNumber && len(u.text) == 4 && u.text >= "1946" && u.text <= "2099" && j+2 < len(toks) &&
		toks[j+1].text == "/" && toks[j+1].start == u.end && toks[j+2].kind == tNumber && toks[j+2].start == toks[j+1].end
}

// maxSessionResolutions is more resolutions than the General Assembly
// adopted at any session it numbered in one series (1946-1975): the
// thirtieth, the most, numbered fewer than two hundred.
const maxSessionResolutions = 200

// assemblyMayShareSession reports whether General Assembly resolution m,
// printed without its session before resolution n of a session ("3236
// and 3237 (XXIX)"), and below n (shareYear passes no other), may be of
// n's session: below it by fewer than a session numbered. A list that
// prints sessions once for numbers further apart ("1514 and 2621 (XXV)")
// names the first's session nowhere.
func assemblyMayShareSession(m, n int) bool { return n-m < maxSessionResolutions }

// trimPartLetter is a tNumYear's number without the letter of its part
// ("377A" of "377 A (V)").
func trimPartLetter(num string) string {
	if k := len(num) - 1; k > 0 && num[k] >= 'A' && num[k] <= 'H' {
		return num[:k]
	}
	return num
}

// citedJustBefore is the citation of a resolution as a whole that ends
// with its year at the comma before toks[i], "resolution 781 (1992),", or
// nil.
func (f *finder) citedJustBefore(i int) *Citation {
	toks := f.toks
	if i < 2 || toks[i-1].kind != tComma || toks[i-2].kind != tNumYear || len(f.out) == 0 {
		return nil
	}
	c := f.out[len(f.out)-1]
	if c.Form != FormResolution || c.TargetParagraph != "" || c.Target == "" || c.Span.End != toks[i-2].end {
		return nil
	}
	return c
}

// onesSession reports whether the number at toks[j] is followed by "(1)",
// "(11)" or "(111)", each token against the next: a General Assembly
// session of the first three, its Roman I read as 1.
func onesSession(toks []token, j int) bool {
	if j+3 >= len(toks) || toks[j+1].text != "(" || toks[j+3].text != ")" {
		return false
	}
	n := &toks[j+2]
	return n.kind == tNumber && len(n.text) <= 3 && strings.Trim(n.text, "1") == "" && n.start == toks[j+1].end && toks[j+3].start == n.end
}

// isDateAfter reports whether toks[j:] read "of 2 August 1990" (or "on …",
// "dated …").
func isDateAfter(toks []token, j int) bool {
	return dateAfter(toks, j) > 0
}

// dateAfter returns how many tokens after toks[j] a date takes when
// toks[j:] read "of 2 August 1990", "on …", "dated …", or "of 4 March"
// (the year the citation's own), or 0.
func dateAfter(toks []token, j int) int {
	if !isWordIn(toks[j].text, "of", "on", "dated") || j+2 >= len(toks) {
		return 0
	}
	k := j + 2
	if toks[k].kind == tComma && k+1 < len(toks) {
		k++ // "of 13, March": OCR's comma
	}
	d, m := &toks[j+1], &toks[k]
	if d.kind != tNumber || len(d.text) > 2 || m.kind != tWord || !opensWithMonth(m.text) {
		return 0
	}
	if k+1 < len(toks) && toks[k+1].kind == tNumber && len(toks[k+1].text) == 4 {
		return k + 1 - j
	}
	return k - j
}

// internal reads a reference to paragraphs of the same text: "paragraph 3
// above", "paragraphs 19 above and 28 and 29 below", "paragraph 20 (a)
// (ii) above", "paragraphs 30 to 35 above", "paragraphs 20 and 22 of this
// resolution". References followed by "of resolution …" are left to the
// resolution list; "paragraph 2 of the Agreement" is no Council citation.
func (f *finder) internal(i int) int {
	toks := f.toks
	if ofProvision(toks, i) {
		return i + 1
	}
	var room [8]symbol.ParagraphRef // most references name a few
	ids := room[:0]
	located := false // "above", "below" or "of this resolution" said where
	end := toks[i].end
	afterNumber := false // a sub-item label "(a)" may follow
	rangeFrom := -1
	j := i + 1
loop:
	for ; j < len(toks); j++ {
		u := &toks[j]
		switch {
		case u.kind == tNumber && afterNumber:
			break loop // "paragraph 2 61": a footnote's mark, no second paragraph
		case u.kind == tNumber && !strings.Contains(u.text, ",") && len(u.text) <= 3:
			if rangeFrom >= 0 {
				ids = appendOperativeRange(ids, rangeFrom, u.text)
				rangeFrom = -1
			} else {
				ids = append(ids, operative(u.text))
			}
			end, afterNumber = u.end, true
			continue
		case afterNumber && u.kind == tPunct && u.text == "(" && j+2 < len(toks) && toks[j+2].text == ")" && isSubItemLabel(toks[j+1].text):
			ids[len(ids)-1] = ids[len(ids)-1].Sub(toks[j+1].text)
			j += 2
			end = toks[j].end
			continue
		case u.kind == tWord && isWordIn(u.text, "above", "below"):
			located, end = true, u.end
		case u.kind == tWord && isWordIn(u.text, "thereof", "therein") && len(ids) > 0:
			return i + 1 // "paragraphs 20 to 26 thereof": of the report just named
		case u.kind == tWord && isWordIn(u.text, "to") && len(ids) > 0 && rangeFrom < 0:
			last := ids[len(ids)-1]
			if len(last.Labels) > 0 {
				break loop // "paragraph 20 (a) to …" is no range
			}
			rangeFrom = last.Ordinal()
		case u.kind == tComma || u.kind == tWord && isWordIn(u.text, "and"):
		case u.kind == tWord && isWordIn(u.text, "of"):
			if j+2 < len(toks) && isWordIn(toks[j+1].text, "this", "the") && isWordIn(toks[j+2].text, "resolution") {
				located, end = true, toks[j+2].end
				j += 3
			} else if len(ids) > 0 {
				return i + 1 // "of resolution …" or "of the Agreement": not ours
			}
			break loop
		default:
			break loop
		}
		afterNumber = false
	}
	if len(ids) == 0 {
		return i + 1
	}
	if head := f.citedJustBefore(i); head != nil && !located {
		// "the mechanism referred to in resolution 781 (1992), paragraph
		// 3": the paragraph of the resolution just cited, not of this text.
		head.TargetParagraph, head.Span.End = citedParagraphID(ids[0]), end
		head.Text = f.s[head.Span.Start:end]
		for _, id := range ids[1:] {
			c := *head
			c.TargetParagraph = citedParagraphID(id)
			f.add(c)
		}
		return j
	}
	for _, id := range ids {
		c := Citation{TargetParagraph: citedParagraphID(id), Span: Span{toks[i].start, end}, Form: FormInternal, Function: RefersTo}
		if !located {
			c.Confidence = 0.8
		}
		f.add(c)
	}
	return j
}

// ofProvision reports whether the word "paragraph" at toks[i] follows a
// provision's number and a comma ("Article 2, paragraph 4, which reads",
// "section B, paragraph 5 (6), of the Paris agreements"): the paragraph
// is the article's or the section's, not one of the citing text's own.
func ofProvision(toks []token, i int) bool {
	if i < 3 || toks[i-1].kind != tComma {
		return false
	}
	if n := &toks[i-2]; n.kind != tNumber && !(n.kind == tWord && len(n.text) <= 5 && isUpperCase(n.text)) {
		return false
	}
	return isWordIn(toks[i-3].text, "article", "section", "annex", "chapter", "part", "rule")
}

// sanctionsRegime reads a sanctions regime named by the resolutions that
// set it up: "the 2374 sanctions list", "the 1267/1989/2253 ISIL (Da'esh)
// and Al-Qaida Sanctions Committee". Each number cites its resolution.
func (f *finder) sanctionsRegime(i int) int {
	toks := f.toks
	var room [4]token // a regime is named by a few resolutions
	nums := room[:0]
	j := i
	for j < len(toks) && toks[j].kind == tNumber && len(toks[j].text) >= 3 && len(toks[j].text) <= 4 && !strings.Contains(toks[j].text, ",") {
		nums = append(nums, toks[j])
		j++
		if j+1 < len(toks) && toks[j].text == "/" && toks[j+1].kind == tNumber {
			j++
			continue
		}
		break
	}
	// A regime is "the 2374 sanctions list", "the 1267/1989/2253 …
	// Committee": after "the", never after a month ("April 1947 should be
	// referred to the Committee").
	if len(nums) == 0 || !regimeFollows(toks[j:]) || i == 0 || !isWordIn(toks[i-1].text, "the") {
		return i + 1
	}
	for _, n := range nums {
		f.add(Citation{numberLen: int32(len(n.text)), Span: Span{n.start, n.end}, Form: FormSanctionsRegime, Function: NamesRegime})
	}
	return j
}

// regimeFollows reports whether the words after a number name a sanctions
// regime: "sanctions list", "sanctions regime", or a capitalised name
// ending in "Committee" within a few words.
func regimeFollows(rest []token) bool {
	for k := 0; k < len(rest) && k < 10; k++ {
		w := &rest[k]
		switch {
		case w.kind == tWord && isWordIn(w.text, "sanctions", "sanction"):
			return true
		case w.kind == tWord && w.text == "Committee":
			return true
		case w.kind == tWord && w.text != "and" && !unicode.IsUpper([]rune(w.text)[0]):
			// A lower-case word ends the name: "the 1980 report of the
			// … Committee" is a year's report, not a regime.
			return false
		case w.kind == tComma, w.kind == tPunct && w.text != "(" && w.text != ")" && w.text != "'" && w.text != "’":
			return false
		}
	}
	return false
}

// listGlue reports whether t may stand between the items of a list of
// resolutions: "2378 (2017) and 2436 (2018)", "resolutions, in particular
// 2359 (2017), 2295 (2016) and 2100 (2013)".
// continuesList reports whether the list of resolutions goes on after the
// number at toks[j]: a comma or "and" and another number.
func continuesList(toks []token, j int) bool {
	return j+2 < len(toks) && listGlue(&toks[j+1]) && (toks[j+2].kind == tNumber || toks[j+2].kind == tNumYear)
}

func listGlue(t *token) bool {
	return t.kind == tComma || t.kind == tWord && isWordIn(t.text, "and", "in", "particular", "as", "well", "including")
}

// paragraphsBefore reads "paragraph 4 of", "paragraphs 2, 5, 6 and 7 of
// [its]" or "paragraphs 5 to 9 of" (each of 5 to 9, thirty at most, as
// internal reads a range) just before the resolution word at toks[i]. It
// returns the paragraph ids and the offset where the reference starts.
func paragraphsBefore(toks []token, i int) ([]string, int) {
	k := i - 1
	for k >= 0 && toks[k].kind == tWord && isWordIn(toks[k].text, "its", "the", "Council", "Security") {
		k--
	}
	if k < 1 || !isWordIn(toks[k].text, "of") {
		return nil, 0
	}
	end := k
	k--
	for k >= 0 && !isWordIn(toks[k].text, "paragraph", "paragraphs") {
		switch u := &toks[k]; {
		case u.kind == tNumber, u.kind == tComma, u.kind == tPunct && (u.text == "(" || u.text == ")"),
			u.kind == tWord && (isWordIn(u.text, "and", "to") || isSubItemLabel(u.text)):
			k--
			continue
		}
		return nil, 0
	}
	if k < 0 {
		return nil, 0
	}
	var room [8]symbol.ParagraphRef
	refs := room[:0]
	rangeFrom := -1
	for n := k + 1; n < end; n++ {
		u := &toks[n]
		switch {
		case u.kind == tNumber && !strings.Contains(u.text, ",") && rangeFrom >= 0:
			refs = appendOperativeRange(refs, rangeFrom, u.text)
			rangeFrom = -1
		case u.kind == tWord && isWordIn(u.text, "to") && len(refs) > 0 && len(refs[len(refs)-1].Labels) == 0:
			rangeFrom = refs[len(refs)-1].Ordinal()
		case u.kind == tNumber && !strings.Contains(u.text, ","):
			refs = append(refs, operative(u.text))
		case u.kind == tWord && isSubItemLabel(u.text) && len(refs) > 0:
			refs[len(refs)-1] = refs[len(refs)-1].Sub(u.text)
		}
	}
	ids := make([]string, len(refs))
	for i, r := range refs {
		ids[i] = citedParagraphID(r)
	}
	return ids, toks[k].start
}

// citedParagraphID is r.String(), the id of a paragraph a citation names,
// made without String's builder: for a paragraph as paragraphID makes its
// id (most have one made beforehand), or in one allocation for an item
// of one.
func citedParagraphID(r symbol.ParagraphRef) string {
	switch {
	case r.IsZero() || r.Repeat > 0:
		return r.String()
	case len(r.Labels) == 0:
		return paragraphID(r.Kind, r.Number, r.Unnumbered)
	}
	var room [48]byte
	b := append(room[:0], paragraphID(r.Kind, r.Number, r.Unnumbered)...)
	for _, l := range r.Labels {
		b = append(append(b, "__"...), l...)
	}
	return string(b)
}

// operative is the paragraph a citation names by its printed number.
func operative(number string) symbol.ParagraphRef {
	return symbol.ParagraphRef{Kind: symbol.Operative, Number: number}
}

func isSubItemLabel(w string) bool {
	if len(w) == 1 && w[0] >= 'a' && w[0] <= 'z' {
		return true
	}
	if len(w) > 6 {
		return false
	}
	// strings.Trim(w, "ivxl") == "", without making a cutset for each word.
	for k := 0; k < len(w); k++ {
		if c := w[k]; c != 'i' && c != 'v' && c != 'x' && c != 'l' {
			return false
		}
	}
	return true
}

func isWordIn(w string, words ...string) bool {
	for _, x := range words {
		if equalFoldASCII(w, x) {
			return true
		}
	}
	return false
}

// equalFoldASCII is strings.EqualFold(w, x) for an ASCII x. Each
// character of w must fold to one of x: a w as long as x is ASCII too, or
// it has fewer characters than x; only a longer w, one holding a
// character that folds to ASCII (the Kelvin sign, ſ), needs EqualFold.
//
// A longer w is turned away without EqualFold when its first byte is
// ASCII, a character of its own, and folds to no first letter of x, or
// when it is ASCII, each of its characters a byte: the scanner compares
// most of its words with words of other lengths, and "resolutions" and
// "paragraphs" with "resolution" and "paragraph" at every citation.
func equalFoldASCII(w, x string) bool {
	switch {
	case len(w) < len(x):
		return false
	case len(w) > len(x):
		return x != "" && (w[0] >= utf8.RuneSelf || lowerByte(w[0]) == lowerByte(x[0])) && !isASCII(w) && strings.EqualFold(w, x)
	}
	for k := 0; k < len(x); k++ {
		if lowerByte(w[k]) != lowerByte(x[k]) {
			return false
		}
	}
	return true
}

func wordBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// isHan reports whether r is a Han character; those start at U+2E80, so
// the rest of the text is turned away without a table look-up.
func isHan(r rune) bool { return r >= 0x2E80 && unicode.Is(unicode.Han, r) }

// appendOperativeRange appends the operative paragraphs after from up to
// the printed number to, "paragraphs 5 to 9": at most 30 of them, for a
// range that long is a misreading more likely than a citation.
func appendOperativeRange(refs []symbol.ParagraphRef, from int, to string) []symbol.ParagraphRef {
	last, _ := strconv.Atoi(to)
	for n := from + 1; n <= last && n-from <= 30; n++ {
		refs = append(refs, operative(strconv.Itoa(n)))
	}
	return refs
}
