package extract

import (
	"slices"
	"strconv"
	"strings"
)

// Footnote citations. The printed volumes name many of the documents a
// resolution refers to only in its footnotes: "Having studied the report
// of the Secretary-General … of 21 July 1989, 45" with "45 Ibid.,
// document S/20742." under the text, or in the provisional texts of the
// 1990s "… for admission to the United Nations, 1/" with "1/ S/25045.".
// The citation is printed in the footnote; the paragraph that holds the
// footnote's mark is the one that cites.

// footnote is a note printed under a text: its mark and what it says.
type footnote struct {
	number int
	mark   string // as the paragraphs print it: "45", "1/"
	// The note, its mark left out, is in[from:to]: its text is cut from
	// its block's only for a note that cites (text), as most do not.
	in       text
	from, to int
}

// s is what the note says.
func (f footnote) s() string { return f.in.s[f.from:f.to] }

// text is the note's text, mapped to the source.
func (f footnote) text() text { return f.in.slice(f.from, f.to) }

// readFootnotes reads the footnotes among blocks: those that
// councilParagraphs keeps out of the paragraphs as footnotes (block.note:
// a block that opens with a mark and a capital, "23 See Official Records
// …", or with the provisional texts' "1/", "1/ S/25045.", and is no
// numbered paragraph; a block under a page's rule), and any block that
// opens with a mark or stands under a rule below an adoption line that
// closes the text, as the volumes print it, where nothing but
// notes follows ("33 [bid., document S/12007.", OCR's "[" for "I";
// "5. Ibid., …", its stray full stop). An adoption line above the
// paragraphs, as the provisional texts and today's print it, has the
// text under it, and its numbered paragraphs are no notes. paragraphsEnd
// is where the text's paragraphs end in the source.
//
// A block may hold several notes, each opening a line with the next
// number. They are appended to notes, a scratch's list. src is the
// source the lines lie in.
func readFootnotes(notes []footnote, blocks []block, lines []line, paragraphsEnd int, src string) []footnote {
	under := false // below the adoption line that closes the text
	noted := -2    // the last line of the last block that held notes
	for _, b := range blocks {
		if b.form == formAdoption {
			start, _ := b.t.source(0, 0)
			under = under || start >= paragraphsEnd
			continue
		}
		marked := under && opensMarkedNote(b.t.s)
		if under && !marked && b.first == noted+1 && len(notes) > 0 {
			// A line of the note above, no blank line between, that the
			// blocks set apart as it opens as an item does: "2 Ibid., …,
			// p. 84" over "(document S/24).". The block may hold the
			// notes after it too, where the line ends with no full stop
			// and the blocks join it to them over a blank line
			// ("(document S/24)" over "3 Ibid., … (document S/25)").
			last := notes[len(notes)-1]
			notes = appendBlockNotes(notes, b, lines, src, &footnote{number: last.number, mark: last.mark})
			noted = b.last
			continue
		}
		if !b.note && !(under && (marked || b.afterRule)) {
			continue
		}
		n := len(notes)
		notes = appendBlockNotes(notes, b, lines, src, nil)
		if len(notes) > n {
			noted = b.last
		}
	}
	return notes
}

// opensMarkedNote reports whether s opens with a note's mark.
func opensMarkedNote(s string) bool {
	_, _, _, ok := footnoteMark(s)
	return ok
}

// paragraphsEnd is where the last of raw ends in the source, or 0.
func paragraphsEnd(raw []rawParagraph) int {
	end := 0
	for _, rp := range raw {
		if n := len(rp.blocks); n > 0 {
			last := rp.blocks[n-1]
			_, e := last.source(0, len(last.s))
			end = max(end, e)
		}
	}
	return end
}

// appendBlockNotes appends the notes of b to notes: each of its lines
// that opens with a mark opens one, when it is the block's first line or
// its number follows the note's before it (a line of a note's text may
// open with a figure: "1993, document S/25405."). Text before the first
// mark, a note carried over from the page before, is no note of its own,
// unless carried is that note: its text, to the first line that opens
// with the next mark, is carried's.
//
// A note's symbol that ends it on a line of its own, with no full stop
// ("8 Ibid., document" over "S/3430"), is read as a running head and
// left out of the block (runningHeadRE): it is read back as a line of
// the note (symbolLine), which cites it at the note's mark.
func appendBlockNotes(notes []footnote, b block, lines []line, src string, carried *footnote) []footnote {
	s := b.t.s
	at, from := -1, 0 // where the open note's text starts in s; where the next line is looked for
	var open footnote
	if carried != nil {
		open, at = *carried, 0
	}
	var symbol text // the open note's symbol on a line of its own, if any
	for k := b.first; k <= b.last+1 && k < len(lines); k++ {
		if lines[k].kind == lineNoise {
			if at >= 0 && symbol.s == "" {
				symbol = symbolLine(lines, k, src)
			}
			continue
		}
		if k > b.last {
			break
		}
		l := lines[k].t.s
		number, mark, size, ok := footnoteMark(l)
		if !ok || (k > b.first || carried != nil) && (at < 0 || number != open.number+1) {
			continue
		}
		// The line's place in the block's text: its lines are joined in
		// order, each whole (a line that opens with a figure does not
		// carry on a word broken on the line before). It is looked for by
		// its words but the last, which a hyphen at its end may join to
		// the next line's: its mark alone stands in the note above too
		// ("2 Ibid., Supplement No. 3 (document S/24)." over "3 Ibid.,
		// …").
		key := l[:size]
		if sp := strings.LastIndexByte(l, ' '); sp >= size {
			key = l[:sp]
		}
		i := lineStart(s, from, key)
		if i < 0 {
			continue
		}
		notes = appendNote(notes, open, b.t, at, i)
		notes = appendNote(notes, open, symbol, 0, len(symbol.s))
		open, symbol = footnote{number: number, mark: mark}, text{}
		at, from = i+size, i+size
	}
	notes = appendNote(notes, open, b.t, at, len(s))
	return appendNote(notes, open, symbol, 0, len(symbol.s))
}

// symbolLine is the text of line k of lines, a line of noise in src,
// when it is a document's symbol that ends the note on the text line
// just before it, whose sentence it closes: that line ends with no full
// stop ("8 Ibid., document" over "S/3430"). A resolution's symbol
// ("S/RES/2531 (2020)") is the running head the modern texts print, and
// the zero text is returned for it as for any other line.
func symbolLine(lines []line, k int, src string) text {
	l := lines[k]
	if k == 0 || l.extra != nil || lines[k-1].kind != lineText {
		return text{}
	}
	before := lines[k-1].t.s
	if before == "" || before[len(before)-1] == '.' {
		return text{}
	}
	start, end := int(l.start), int(l.end)
	for start < end && isTrimmedSpace(src[start]) {
		start++
	}
	for end > start && isTrimmedSpace(src[end-1]) {
		end--
	}
	sym := src[start:end]
	if !strings.HasPrefix(sym, "S/") || strings.HasPrefix(sym, "S/RES/") || !runningHeadRE.MatchString(sym) {
		return text{}
	}
	return text{s: sym, segs: []seg{{n: int32(len(sym)), src: int32(start), srcLen: int32(len(sym)), copied: true}}}
}

// lineStart is where, from from on, s, a block's lines joined by
// spaces, holds a line that opens with mark, or -1: at from or after a
// space, not inside the line before's last word, whose figures may end
// with the mark's (the note "9 Ibid., document S/12210" over "10 Two
// members …", where "S/122" would stand cut at "10 ").
func lineStart(s string, from int, mark string) int {
	for {
		i := strings.Index(s[from:], mark)
		if i < 0 {
			return -1
		}
		i += from
		if i == 0 || s[i-1] == ' ' {
			return i
		}
		from = i + 1
	}
}

// appendNote appends note f, which says t.s[from:to], its spaces
// trimmed, to notes, unless it is none (from < 0) or says nothing.
func appendNote(notes []footnote, f footnote, t text, from, to int) []footnote {
	if from < 0 {
		return notes
	}
	for from < to && isTrimmedSpace(t.s[from]) {
		from++
	}
	for to > from && isTrimmedSpace(t.s[to-1]) {
		to--
	}
	if from == to {
		return notes
	}
	f.in, f.from, f.to = t, from, to
	return append(notes, f)
}

// footnoteMark reads the mark that opens a footnote's line: one to three
// figures, then "/" (the provisional texts' "1/"), a stray "." (OCR's
// "47. S/20758."), or nothing, then a space. size is how far the mark
// and the spaces after it reach.
func footnoteMark(l string) (number int, mark string, size int, ok bool) {
	n := digitRun(l, 0)
	if n == 0 || n > 3 || l[0] == '0' {
		return 0, "", 0, false
	}
	number, _ = strconv.Atoi(l[:n])
	mark = l[:n]
	end := n
	if end < len(l) && (l[end] == '/' || l[end] == '.') {
		if l[end] == '/' {
			mark = l[:n+1]
		}
		end++
	}
	if end >= len(l) || l[end] != ' ' {
		return 0, "", 0, false
	}
	for end < len(l) && l[end] == ' ' {
		end++
	}
	return number, mark, end, end < len(l)
}

// markIn is where a paragraph's text s holds the mark of note f, or -1:
// "1/" after a space; a number after a comma, a semicolon, a colon, a
// full stop or a bracket ("… of 21 July 1989, 45 and taking note"), after
// a word's comma or semicolon with no space ("Dahomey,23",
// "Secretary-General;7"), after a document's symbol ("document
// S/Agenda/1606 52"), or after a word or a date's year with no mark
// between ("the report of the Secretary-General of 20 June 1983 28 on the
// mission", "the Treaty on the Non-Proliferation of Nuclear Weapons 4
// and"). A number at the text's start is its paragraph's, one inside a
// citation (cited) is the citation's, and one after a word that takes a
// number ("resolution 4", "of 30 April") or before a month, a bracket or
// a count's noun ("10 votes") is the text's.
func markIn(s string, f footnote, cited [][2]int) int {
	for from := 1; from < len(s); {
		i := strings.Index(s[from:], f.mark)
		if i < 0 {
			return -1
		}
		i += from
		from = i + 1
		end := i + len(f.mark)
		// OCR may drop the space between a word's comma or semicolon
		// and the mark: "the application of the Republic of Dahomey,23",
		// "Takes note of the report of the Secretary-General;7".
		glued := (s[i-1] == ',' || s[i-1] == ';') && i >= 2 && isASCIILetter(s[i-2])
		if s[i-1] != ' ' && !glued || end < len(s) && (isDigit(s[end]) || isASCIILetter(s[end]) || s[end] == '/' || s[end] == '(') {
			continue
		}
		if insideAny(i, cited) {
			continue
		}
		before := s[:i-1]
		if glued {
			before = s[:i]
		}
		if strings.HasSuffix(f.mark, "/") || markFollows(before, s[end:]) {
			return i
		}
	}
	return -1
}

// markFollows reports whether a number between before and after, a
// space before it, reads as a footnote's mark.
func markFollows(before, after string) bool {
	rest := strings.TrimLeft(after, " ")
	next := firstWord(rest)
	if before == "" {
		return false
	}
	if rest != "" && (isDigit(rest[0]) || next == "and") && markInDates(before, rest) {
		return true
	}
	if rest != "" && (opensWithMonth(rest) || rest[0] == '(' || isDigit(rest[0]) || countNoun(next)) {
		return false
	}
	// What may follow a mark after a word: the text's end, its
	// punctuation, or a word in lower case that carries the sentence on.
	carriesOn := rest == "" || rest[0] == ',' || rest[0] == '.' || rest[0] == ';' || next != "" && next[0] >= 'a' && next[0] <= 'z'
	last := before[strings.LastIndexByte(before, ' ')+1:]
	switch c := before[len(before)-1]; {
	case c == ')':
		return true
	case c == ',' || c == ';':
		// "of 21 July 1989, 45", "Nations, 23"; but after a figure and
		// its comma, the next of a list ("the letters of 2, 11 and 15
		// August", "Articles 41, 42 and 43"), unless the figure is a
		// date's year.
		w := last[:len(last)-1]
		return w == "" || !allDigits(w) || opensYear(w)
	case c == '.' || c == ':':
		// After a full stop, a number before a capital opens an item
		// ("… so selected. 3 Each representative …").
		return last != "No." && last != "p." && last != "pp." && last != "vol." && carriesOn
	case isDigit(c):
		// A document's symbol: "as contained in document S/Agenda/1606 52".
		if len(last) > 2 && last[0] >= 'A' && last[0] <= 'Z' && last[1] == '/' {
			return carriesOn
		}
		// A date's year: "of 20 June 1983 28 on the mission".
		if len(last) != 4 || !allDigits(last) || (last[:2] != "19" && last[:2] != "20") {
			return false
		}
		rest := strings.TrimRight(before[:len(before)-len(last)], " ")
		month := rest[strings.LastIndexByte(rest, ' ')+1:]
		return opensWithMonth(month) && carriesOn
	case isASCIILetter(c):
		word := strings.ToLower(last)
		return !wordsBeforeNumbers[word] && !opensWithMonth(word) && carriesOn
	}
	return false
}

// markInDates reports whether a number between before and rest stands
// in a list of dates, each with its own mark, between one date's part
// and the next date: "of 2 August, 11 5 August 12 and 10 August 1965,
// 13", "on 10 September 14 and 8 October 15 1992", "of 20 127 and 23
// July 128 1993". It does after a day and its month ("10 September"),
// before the next date's day ("and 8 October", "5 August") or the
// list's year ("1992"); after a comma, before a day and its month ("of
// 2 August, 11 5 August"); and after a lone day, before the next date
// ("of 20 127 and 23 July"). A day before a month is no mark: "of 2,
// 11 and 15 August" does not end its date at "11".
func markInDates(before, rest string) bool {
	if strings.HasPrefix(rest, "and ") {
		rest = rest[len("and "):]
	} else if opensYear(rest) {
		return dayAndMonthEnd(before)
	}
	if !opensDayAndMonth(rest) {
		return false
	}
	if before[len(before)-1] == ',' {
		return dayAndMonthEnd(before[:len(before)-1])
	}
	if dayAndMonthEnd(before) {
		return true
	}
	// A lone day after "of", "on" or "dated".
	day, lead := splitLastWord(before)
	word, _ := splitLastWord(lead)
	return isDay(day) && (word == "of" || word == "on" || word == "dated")
}

// splitLastWord is the last word of s, split at a space, and what is
// before it, its spaces trimmed.
func splitLastWord(s string) (word, lead string) {
	i := strings.LastIndexByte(s, ' ')
	return s[i+1:], strings.TrimRight(s[:max(i, 0)], " ")
}

// dayAndMonthEnd reports whether s ends with a day and a month: "10
// September".
func dayAndMonthEnd(s string) bool {
	month, lead := splitLastWord(s)
	day, _ := splitLastWord(lead)
	_, ok := months[month]
	return ok && isDay(day)
}

// opensDayAndMonth reports whether s opens with a day and a month: "8
// October".
func opensDayAndMonth(s string) bool {
	n := digitRun(s, 0)
	if !isDay(s[:n]) || n >= len(s) || s[n] != ' ' {
		return false
	}
	_, ok := months[firstWord(s[n+1:])]
	return ok
}

// opensYear reports whether s opens with a year of the volumes, "1992",
// a word of its own.
func opensYear(s string) bool {
	return len(s) >= 4 && (s[:2] == "19" || s[:2] == "20") && allDigits(s[:4]) && (len(s) == 4 || !isDigit(s[4]) && !isASCIILetter(s[4]))
}

// isDay reports whether s is a day of a month: "1" to "31".
func isDay(s string) bool {
	if len(s) == 0 || len(s) > 2 || !allDigits(s) || s[0] == '0' {
		return false
	}
	n, _ := strconv.Atoi(s)
	return n <= 31
}

// wordsBeforeNumbers are words a number follows as part of the text:
// "resolution 797", "paragraph 4", "of 30 April", "with 2 abstentions".
var wordsBeforeNumbers = wordSet("resolution resolutions paragraph paragraphs subparagraph subparagraphs article articles annex chapter part " +
	"section sections rule rules item items page pages appendix table volume of to and or by at on in from until till between " +
	"than some over under about all its their the first last next nos no meeting session year years day days month months " +
	"with for into within after before since per approximately up total a an every each nearly only least most another further " +
	"these those additional extra")

// wordsAfterNumbers are the nouns of counts, which a number before them
// is part of: "10 votes", "2 abstentions", "50 per cent", "6 months".
var wordsAfterNumbers = wordSet("votes vote abstention abstentions per members member states times years year months month days day " +
	"weeks week hours miles kilometres km troops observers persons officers")

// countNoun reports whether word, after a number, is the noun of a
// count: "10 votes", "2 abstentions", "18 States". The texts print the
// States with a capital: "states" in lower case is the verb ("the report
// of the Secretary-General dated 10 December 1965 18 states that").
func countNoun(word string) bool {
	return word != "states" && wordsAfterNumbers[strings.ToLower(word)]
}

// insideAny reports whether byte i lies within one of spans.
func insideAny(i int, spans [][2]int) bool {
	for _, sp := range spans {
		if i >= sp[0] && i < sp[1] {
			return true
		}
	}
	return false
}

// addFootnoteCitations adds to found, the citations of the paragraphs
// of raw in their order, the citations printed in notes: each is the
// citation of the paragraph that holds its note's mark, typed by what
// that paragraph does at the mark ("Having studied the report …, 45"),
// and stands among that paragraph's at the mark, so that the document's
// citations stay in the order of their paragraphs and places, as the
// readers after ask (newCitedParagraphs). A note whose mark no paragraph
// holds cites for none: which paragraph it serves cannot be told, and a
// footnote-unmarked warning says what it prints (OCR garbled the mark,
// or the note serves a text printed on the page before).
func addFootnoteCitations(found []*Citation, notes []footnote, raw []rawParagraph, scan *citationScanner, ci spanner, src string, warn func(Warning)) []*Citation {
	var cues cueIndex // one for the notes, its room kept from one to the next
	var note Paragraph
	var noted []placedCitation
	var spanRoom [8]Span
	for _, f := range notes {
		// Most notes cite nothing ("Ibid., 1382nd meeting."): the mark
		// is looked for only under a note that cites.
		note = Paragraph{Text: f.s(), Kind: Preambular}
		cited := scan.findIn(&note)
		if len(cited) == 0 {
			continue
		}
		t := f.text()
		// The spans of the citations in the note, before they are mapped
		// to the source: a second paragraph's copies are mapped from them.
		spans := spanRoom[:0]
		for _, c := range cited {
			spans = append(spans, c.Span)
		}
		// The volumes print a note's mark again where a later paragraph
		// names its document again ("3. Takes note of the report of the
		// Secretary-General; 7"): each paragraph that holds the mark cites.
		holders := 0
		for k, at := markHolder(f, raw, found, 0); k >= 0; k, at = markHolder(f, raw, found, k+1) {
			holder := raw[k].p
			// The scanner's pass over the holder told whether it is
			// ASCII: not read again for each note it holds the mark of.
			cues.reset(holder.Text, holder.ascii)
			function := cues.function(at)
			for i, c := range cited {
				if !namesDocument(c) {
					continue // "paragraph 3 above" in a note is the note's
				}
				if holders > 0 {
					copied := *c
					c = &copied
				}
				c.Span, c.Footnote, c.Function = spans[i], f.mark, function
				placeCitation(c, holder, at, t, ci, src)
				noted = append(noted, placedCitation{k, c})
			}
			holders++
		}
		if holders == 0 {
			warnUnmarked(f, cited, spans, t, ci, warn)
		}
	}
	if len(noted) == 0 {
		return found
	}
	return mergeByPlace(found, noted, raw)
}

// warnUnmarked warns that note f cites the documents of cited, whose
// spans in its text t are spans, and that no paragraph prints its mark.
func warnUnmarked(f footnote, cited []*Citation, spans []Span, t text, ci spanner, warn func(Warning)) {
	var targets []string
	first := -1
	for i, c := range cited {
		if !namesDocument(c) || slices.Contains(targets, c.Target) {
			continue
		}
		if first < 0 {
			first = i
		}
		targets = append(targets, c.Target)
	}
	if first < 0 {
		return
	}
	start, end := t.source(spans[first].Start, spans[first].End)
	warn(Warning{Span: ci.span(start, end), Kind: WarnFootnoteUnmarked, Message: "footnote " + f.mark + " cites " +
		strings.Join(targets, ", ") + ", but no paragraph prints the mark " + f.mark + ": the citation is left out"})
}

// namesDocument reports whether a citation read in a note names a
// document the note prints: not "paragraph 3 above" nor a sanctions list,
// which are the note's own words.
func namesDocument(c *Citation) bool {
	return c.Form != FormInternal && c.Form != FormSanctionsRegime
}

// placedCitation is a citation and the place of its paragraph in the
// document's raw paragraphs.
type placedCitation struct {
	paragraph int
	c         *Citation
}

// mergeByPlace merges extra into found, both in the order of their
// paragraphs (raw) and places in them, into one list in that order:
// found's first where two stand at one place.
func mergeByPlace(found []*Citation, extra []placedCitation, raw []rawParagraph) []*Citation {
	slices.SortStableFunc(extra, func(a, b placedCitation) int {
		if a.paragraph != b.paragraph {
			return a.paragraph - b.paragraph
		}
		return int(a.c.at - b.c.at)
	})
	merged := make([]*Citation, 0, len(found)+len(extra))
	i, j := 0, 0
	for k := range raw {
		p := raw[k].p
		for {
			inFound := i < len(found) && found[i].Paragraph == p
			inExtra := j < len(extra) && extra[j].paragraph == k
			switch {
			case inFound && (!inExtra || found[i].at <= extra[j].c.at):
				merged = append(merged, found[i])
				i++
				continue
			case inExtra:
				merged = append(merged, extra[j].c)
				j++
				continue
			}
			break
		}
	}
	// Every citation is of a raw paragraph: found's are read from them,
	// extra's placed in them.
	return merged
}

// markHolder is the place in raw, from from on, of the first paragraph
// whose text holds the mark of f, outside its citations (found), and
// where, or -1.
func markHolder(f footnote, raw []rawParagraph, found []*Citation, from int) (int, int) {
	var room [8][2]int
	for k := from; k < len(raw); k++ {
		p := raw[k].p
		if strings.Index(p.Text, f.mark) < 0 {
			continue
		}
		cited := room[:0]
		for _, c := range found {
			if c.Paragraph == p {
				cited = append(cited, [2]int{int(c.at), int(c.at) + len(c.Text)})
			}
		}
		if at := markIn(p.Text, f, cited); at >= 0 {
			return k, at
		}
	}
	return -1, -1
}
