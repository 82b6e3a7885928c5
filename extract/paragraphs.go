package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/sckg/sckg/ontology/symbol"
)

var (
	// Words ending in s that open other things than decisions.
	notOperativeVerb = map[string]bool{"Whereas": true, "whereas": true, "Thus": true, "This": true, "Its": true, "His": true, "As": true,
		"Has": true, "Is": true, "Was": true, "Pursuant": true, "Members": true, "States": true, "Nations": true, "Parties": true, "Forces": true}
	// footnoteRE opens a footnote of the printed volumes: its number, then
	// the note ("1 Official Records of the Security Council, …", "2 Ibid.").
	whereasRE = anchored(`^"?Whereas\b`)
	// The provisional texts of the 1990s mark them "1/".
	footnoteRE = anchored(`^\d{1,3}\s+(?:[A-Z]|[a-z]/)|^\d{1,2}/\S*\s`)
	// decisionVerbs are the verbs that open the Council's decisions. A
	// line that opens with one after a line that ends a clause starts a new
	// paragraph even where no blank line says so.
	decisionVerbs = wordSet("Accepts Acknowledges Affirms Agrees Appeals Approves Asks Authorizes Calls Censures Commends Condemns " +
		"Confirms Considers Decides Declares Demands Deplores Determines Directs Emphasizes Encourages Endorses Establishes Expresses " +
		"Extends Insists Instructs Invites Notes Proclaims Reaffirms Recalls Recognizes Recommends Regrets Reiterates Rejects Reminds " +
		"Renews Requests Reserves Resolves Stresses Supports Takes Underlines Urges Warns Welcomes")
)

// opensDecisionVerb reports whether s opens with one of the decision verbs,
// perhaps after an adverb ("Strongly condemns", "Also requests").
func opensDecisionVerb(s string) bool {
	w, ok := decisionVerb(s)
	if !ok {
		return false
	}
	if c := w[0]; c >= 'a' && c <= 'z' {
		// The set is of capitalised verbs: a look-up in it of a verb in
		// small letters first costs a copy.
		return decisionVerbs[strings.ToUpper(w[:1])+w[1:]]
	}
	return decisionVerbs[w]
}

// ocrOperativeRE is an operative number as OCR misreads it: "1, Requests",
// "L. Strongly condemns", "5 . Calls upon" (OCR's stray space before
// punctuation, as in "situation ;").
//
// A number glued to its text ("3.Requests") is one too: the space after
// the mark is OCR's to lose.
var ocrOperativeRE = anchored(`^"?([\dlLI]{1,3}) ?[.,]\s*\S`)

// operativeNumber reads the number that opens an operative paragraph, as
// operativeMark does, and also through OCR's misreadings when a decision
// verb follows. size is the length of the mark and the first character
// after it.
func operativeNumber(s string) (number string, size int, ok bool) {
	if number, size, ok := operativeMark(s); ok {
		return number, size, true
	}
	m := ocrOperativeRE.FindStringSubmatch(s)
	if m == nil {
		return "", 0, false
	}
	if !opensDecisionVerb(strings.TrimSpace(s[len(m[0])-1:])) && !spacedFullStop(m[0], m[1]) {
		return "", 0, false
	}
	// "ll." is 11, "L." is 1: OCR reads the figure 1 as a letter.
	return ocrOne.Replace(m[1]), len(m[0]), true
}

// spacedFullStop reports whether mark, the match of ocrOperativeRE whose
// number is number, is figures, a space and a full stop before a capital
// ("1 . The representatives …", "2 . Desires …"): OCR's stray space
// before punctuation in a number printed as figures, whatever word
// follows. A letter for the figure 1 ("l.", "I.") or a comma for the stop
// ("3, The …") is read as a number only before a decision verb.
func spacedFullStop(mark, number string) bool {
	n := len(mark)
	return n >= 4 && mark[n-1] >= 'A' && mark[n-1] <= 'Z' && strings.Contains(mark, " .") && allDigits(number) && number[0] != '0'
}

var ocrOne = strings.NewReplacer("l", "1", "L", "1", "I", "1")

// markNoise are the marks OCR leaves between a paragraph's number and its
// verb: a rule's stroke, a tilde, a dash, an opening quote with no text
// quoted ("16. | Demands", "24. ~— Requests", "16. ‘Reiterates").
const markNoise = "|~—–_‘'"

// skipMarkNoise is where the text of a numbered paragraph begins in s,
// from the last byte of the mark's size (the first character after the
// number, whose first byte that is only when it is ASCII): past OCR's
// marks (markNoise) and the spaces after them when a decision verb
// follows them, else at that character.
func skipMarkNoise(s string, from int) int {
	for from > 0 && !utf8.RuneStart(s[from]) {
		from--
	}
	i := from
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !strings.ContainsRune(markNoise, r) && r != ' ' {
			break
		}
		i += n
	}
	if i == from || i == len(s) || !opensDecisionVerb(s[i:]) {
		return from
	}
	return i
}

// opensDecision reports whether a paragraph with no number opens with an
// operative verb.
func opensDecision(s string) bool {
	if rest, ok := strings.CutPrefix(s, "The Security Council"); ok {
		// "The Security Council decides that …": a decision in one
		// sentence, as some early resolutions print it.
		rest = strings.TrimLeft(rest, ", ")
		return rest != "" && unicode.IsLower(rune(rest[0])) && opensDecisionVerb(strings.ToUpper(rest[:1])+rest[1:])
	}
	w, ok := decisionVerb(s)
	if !ok || notOperativeVerb[w] {
		return false
	}
	// "Conscious", "Desirous", "Anxious" open preambles; "Decides",
	// "Calls", "Resolves" decisions.
	for _, suffix := range []string{"ss", "us", "is", "ings"} {
		if strings.HasSuffix(w, suffix) {
			return false
		}
	}
	return true
}

// bodyStart finds where the paragraphs of a Council text begin: after
// "The Security Council,", or, in a resolution that prints no such line,
// after its title, date and the other lines of its header.
func bodyStart(blocks []block, resolution bool) int {
	for i, b := range blocks {
		if preambleRE.MatchString(b.t.s) {
			return i + 1
		}
	}
	if !resolution {
		return -1
	}
	// The header is the run of title, date, symbol, agenda heading and
	// (in the provisional texts) adoption line the text opens with; an
	// adoption line after the text is its foot.
	start := 0
	for start < len(blocks) && blocks[start].form != formNone {
		start++
	}
	if start == 0 {
		return -1
	}
	return start
}

// rawParagraph is a paragraph before its text is final: one or more blocks.
type rawParagraph struct {
	p      *Paragraph
	blocks []text
	// bullets marks the blocks that carried a list or bullet mark, one
	// for each block, or none when there is one block.
	bullets []bool
	// numbered is the first block with its printed number, so that the
	// paragraph's span covers the number too.
	numbered text
}

// appendRaw appends to out the raw paragraph of p with its blocks and its
// first block as numbered (or none), its fields set in their place: a
// rawParagraph appended whole was copied, pointers and all, with a bulk
// write barrier while the GC runs (wbMove), as lines and paragraphs were.
func appendRaw(out []rawParagraph, p *Paragraph, blocks []text, numbered text) []rawParagraph {
	out = slices.Grow(out, 1)
	out = out[:len(out)+1]
	rp := &out[len(out)-1]
	rp.p, rp.blocks, rp.bullets = p, blocks, nil
	rp.numbered.s, rp.numbered.segs = numbered.s, numbered.segs
	return out
}

// councilParagraphs splits the body of a resolution or draft into
// preambular and operative paragraphs, held in sc's buffers: they serve
// until the next part of the file is read. It returns nil when the text
// has no "The Security Council," line to start from.
func (sc *lexScratch) councilParagraphs(blocks []block, quoted, resolution bool, warn func(Warning)) (paragraphs []rawParagraph, sectionList []*rawSection) {
	startAt := bodyStart(blocks, resolution)
	if startAt < 0 {
		return nil, nil
	}
	// The early volumes may open with "Whereas …" paragraphs and only then
	// print "The Security Council": those clauses are the preamble too.
	preambleLine := -1
	if startAt > 0 && preambleRE.MatchString(blocks[startAt-1].t.s) {
		preambleLine = startAt - 1
		// The clauses and the blocks a clause was cut into where its
		// lines are not wrapped ("… statements by the Greek," /
		// "Yugoslav. Albanian and Bulgarian Governments …"), back to the
		// header: their first opens with "Whereas".
		first, whereas := preambleLine, preambleLine
		for first > 0 && blocks[first-1].form == formNone && !blocks[first-1].heading && !preambleRE.MatchString(blocks[first-1].t.s) {
			first--
			if whereasRE.MatchString(blocks[first].t.s) {
				whereas = first
			}
		}
		if whereas < preambleLine {
			startAt = whereas
		}
	}
	var out []rawParagraph
	pp, ops, lastNum, sections, unnumbered := 0, 0, 0, 0, 0
	// The numbers printed so far, counted on the stack, not in a map made
	// for each part.
	var seenBuf [32]idCount
	seen := idCounts(seenBuf[:0])
	var section *rawSection
	// partPreamble: a part heading ("B") after operative paragraphs was
	// read, and no numbered paragraph since: the paragraphs that open
	// with a preambular lead are the part's preamble.
	inAnnex, partPreamble := false, false
	// chapeau: the operative part opened with a chapeau ("Resolves:")
	// over its clauses.
	chapeau := false
	// introduced: the blocks since the last unnumbered decision carry on
	// the text it introduced with a colon.
	introduced := false
	body := blocks[startAt:]
	// Each block makes at most one paragraph.
	alloc := sc.newParagraphAlloc(body)
	out = sc.rawParagraphs[:0]
	if cap(out) < len(body) {
		out = make([]rawParagraph, 0, len(body))
	}
	sc.rawParagraphs = out
	for k, b := range body {
		if startAt+k == preambleLine {
			continue
		}
		t := b.t
		if startAt+k < preambleLine && len(out) > 0 && !whereasRE.MatchString(t.s) {
			// The rest of a "Whereas" clause cut into blocks.
			alloc.addBlock(&out[len(out)-1], t, false)
			continue
		}
		if quoted {
			t = unquote(t)
		}
		if b.form == formAdoption {
			// The adoption line and the footnotes under it are the
			// record of the text, not its paragraphs (readAdoption).
			break
		}
		// Its number, printed or as OCR left it; a number with no mark
		// only when it is the next one (unmarkedOperativeNumber).
		number, size, numbered := operativeNumber(t.s)
		if !numbered {
			number, size, numbered = unmarkedOperativeNumber(t.s, lastNum)
		}
		if !numbered {
			number, size, numbered = ocrNextNumber(t.s, lastNum, body[k+1:])
		}
		if footnoteRE.MatchString(t.s) && !numbered {
			body[k].note = true
			continue
		}
		if b.afterRule {
			// Under the rule at the foot of a page: a footnote. The text
			// may go on after it on the next page.
			body[k].note = true
			continue
		}
		if annexRE.MatchString(t.s) && !quoted {
			// What the resolution annexes (rules of procedure, a
			// statute) is its annex, not its paragraphs.
			inAnnex = true
		}
		if inAnnex {
			continue
		}
		if !quoted && strings.HasPrefix(t.s, `"`) && len(out) > 0 {
			// A text the paragraph before quotes: an agreement, a
			// statute, a letter. Its numbers are not the Council's.
			alloc.addBlock(&out[len(out)-1], t, false)
			continue
		}
		if ops == 0 && lastNum == 0 && !opensOperative(t.s) && strings.HasSuffix(t.s, ":") && k+1 < len(body) && (opensClauses(body[k+1].t.s) || opensOCRNumber(body[k+1].t.s) || opensOCRFirst(body[k+1:])) && opensDecision(t.s) {
			// "Resolves that:" over paragraphs numbered from 1, or
			// "Resolves:" over clauses that each open with "That …": the
			// chapeau of the operative part, kept as its heading. The
			// clauses under it are the Council's paragraphs, numbered or
			// not; a chapeau over lettered items ("Decides:" / "(a) To
			// call upon …") is a paragraph, and the items its parts.
			chapeau = true
			sections++
			section = &rawSection{s: &Section{ID: "sec_" + strconv.Itoa(sections), Ordinal: sections, Title: t.s}, t: t}
			sectionList = append(sectionList, section)
			continue
		}
		if numbered {
			n, _ := strconv.Atoi(number)
			if !plausibleNext(n, lastNum) && opensDecisionVerb(t.s[size-1:]) {
				// Between paragraphs 4 and 6, "8. Requests …" is paragraph
				// 5 with a figure misread: read as printed, it was taken
				// for a line of paragraph 4. So is "4. Decides …" before
				// paragraph 2, and "8. Decides …" after 4 with none
				// after it, where 8 is how OCR misreads a 5.
				if place := misreadPlace(body[k+1:], lastNum, number); place != "" {
					warn(Warning{Kind: WarnNumbering, Message: "operative paragraph printed as " + number + " " + place + " is read as " + strconv.Itoa(lastNum+1) + " (a misread figure?)"})
					n = lastNum + 1
					number = strconv.Itoa(n)
				}
			}
			if plausibleNext(n, lastNum) {
				switch {
				case n == lastNum:
					warn(Warning{Kind: WarnNumbering, Message: "operative paragraph " + number + " is numbered twice; the second keeps its printed number"})
				case n > lastNum+1:
					warn(Warning{Kind: WarnNumbering, Message: "operative paragraphs jump from " + strconv.Itoa(lastNum) + " to " + number})
				}
				lastNum = n
				ops++
				var times int
				seen, times = seen.add(number)
				id := paragraphID(symbol.Operative, number, false)
				if times > 1 {
					id = symbol.ParagraphRef{Kind: symbol.Operative, Number: number}.Again(times).String()
				}
				// The number is the paragraph's identity, not its text.
				body := alloc.slice(t, skipMarkNoise(t.s, size-1), len(t.s))
				op := alloc.paragraph(Operative, id, ops)
				op.Number = number
				partPreamble = false
				if section != nil {
					op.Section = section.s
				}
				out = appendRaw(out, op, alloc.blocks(body), t)
				continue
			}
		}
		if b.heading {
			sections++
			section = &rawSection{s: &Section{ID: "sec_" + strconv.Itoa(sections), Ordinal: sections, Title: t.s}, t: t}
			sectionList = append(sectionList, section)
			partPreamble = ops > 0 && partHeadingRE.MatchString(t.s)
			continue
		}
		if partPreamble {
			if lead := leadWords(t.s); lead != "" {
				// "B" / "Strongly condemning …" / "Acting under Chapter
				// VII …" / "17. Decides …": the preamble of a part, not
				// lines of the paragraph before its heading.
				pp++
				p := alloc.paragraph(Preambular, paragraphID(symbol.Preambular, strconv.Itoa(pp), false), pp)
				p.Lead, p.Section = lead, section.s
				out = appendRaw(out, p, alloc.blocks(t), text{})
				continue
			}
		}
		if ops > 0 && lastNum == 0 && out[len(out)-1].p.Kind == Operative {
			// What an unnumbered decision introduces with a colon ("…
			// determine the conditions …, as follows:" / "Japan will
			// become a party …"), up to the next decision, and a proviso
			// ("Provided, however, that …"): the decision's words, not
			// decisions of their own. A decision verb, a "That" clause, a
			// lettered clause or a preambular lead ("Noting the complaint
			// …, Decides") opens the next.
			introduced = introduced || endsIntroduction(out[len(out)-1])
			if opensProviso(t.s) || (introduced || brokenOff(out[len(out)-1])) && !opensDecision(t.s) && !opensThatClause(t.s) && !opensLetterMark(t.s) && leadWords(t.s) == "" {
				alloc.addBlock(&out[len(out)-1], t, b.bullet)
				continue
			}
		}
		introduced = false
		first, _ := utf8.DecodeRuneInString(t.s)
		newDecision := lastNum == 0 && (ops == 0 && (opensDecision(t.s) || chapeau && opensThatClause(t.s)) ||
			ops > 0 && !unicode.IsLower(first) && first != '(' && !startsItem(t.s) && !b.bullet)
		if newDecision {
			// A decision of a text that numbers none: its order is its
			// identity ("op_u2"), and its IRI says it was not numbered.
			ops++
			unnumbered++
			op := alloc.paragraph(Operative, paragraphID(symbol.Operative, strconv.Itoa(unnumbered), true), ops)
			if section != nil {
				op.Section = section.s
			}
			out = appendRaw(out, op, alloc.blocks(t), text{})
			continue
		}
		if ops == 0 {
			pp++
			p := alloc.paragraph(Preambular, paragraphID(symbol.Preambular, strconv.Itoa(pp), false), pp)
			p.Lead = leadWords(t.s)
			out = appendRaw(out, p, alloc.blocks(t), text{})
			continue
		}
		alloc.addBlock(&out[len(out)-1], t, b.bullet)
	}
	return preambleBeforeNumbers(out), sectionList
}

// opensClauses reports whether s opens one of the clauses a chapeau
// ("Resolves:") stands over as a heading: a numbered paragraph, or a
// clause that opens with "That" ("That the Commission be composed …").
func opensClauses(s string) bool { return opensOperative(s) || opensThatClause(s) }

// opensThatClause reports whether s opens with "That " (after a
// quotation mark, perhaps): the clauses of the early resolutions'
// "Resolves:", each a decision.
func opensThatClause(s string) bool {
	return strings.HasPrefix(strings.TrimPrefix(s, `"`), "That ")
}

// brokenOff reports whether the last block of rp stops mid-sentence, with
// no stop or comma ("… that the Gabon" / "Republic be admitted …"): a
// page break with blank lines after a short line, which the block after
// carries on.
func brokenOff(rp rawParagraph) bool {
	return !endsSentence(rp.blocks[len(rp.blocks)-1].s)
}

// endsIntroduction reports whether the last block of rp ends with a colon:
// what follows is the text it introduces.
func endsIntroduction(rp rawParagraph) bool {
	last := trimClosingQuotes(rp.blocks[len(rp.blocks)-1].s)
	return strings.HasSuffix(last, ":")
}

// opensProviso reports whether s opens a proviso to the decision before
// it: "Provided, however, that …", "Provided that …".
func opensProviso(s string) bool {
	rest, ok := strings.CutPrefix(s, "Provided")
	return ok && (strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, " that"))
}

// opensLetterMark reports whether s opens with a capital letter and a full
// stop, "A. A Commission … is hereby established": a clause lettered as
// others are numbered.
func opensLetterMark(s string) bool {
	return len(s) > 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] == '.' && s[2] == ' '
}

// preambleBeforeNumbers gives back to the preamble what was taken for
// unnumbered decisions in a text whose operative paragraphs turn out to be
// numbered: there, everything before paragraph 1 is preamble.
func preambleBeforeNumbers(out []rawParagraph) []rawParagraph {
	firstNumbered := slices.IndexFunc(out, func(rp rawParagraph) bool { return rp.p.Kind == Operative && rp.p.Number != "" })
	if firstNumbered < 0 {
		return out
	}
	moved, pp := 0, 0
	for _, rp := range out[:firstNumbered] {
		p := rp.p
		if p.Kind == Operative {
			moved++
			p.Kind, p.Lead, p.Section = Preambular, leadWords(rp.blocks[0].s), nil
		}
		pp++
		p.ID, p.Ordinal = paragraphID(symbol.Preambular, strconv.Itoa(pp), false), pp
	}
	for _, rp := range out[firstNumbered:] {
		switch p := rp.p; p.Kind {
		case Operative:
			p.Ordinal -= moved
		case Preambular:
			// The preamble of a later part ("B" / "Strongly condemning
			// …") goes on from the first part's.
			pp++
			p.ID, p.Ordinal = paragraphID(symbol.Preambular, strconv.Itoa(pp), false), pp
		}
	}
	return out
}

// paragraphAlloc hands out the paragraphs of a text, the slices that
// hold their first blocks, and the maps of the blocks cut from the body's
// (a paragraph's text without its number), from one allocation each: a
// text has dozens.
type paragraphAlloc struct {
	paragraphs []Paragraph
	// The blocks of all the paragraphs, one paragraph's after another's,
	// and whether each carried a list or bullet mark: a paragraph's
	// blocks and bullets are a run of these, and blocks are only ever
	// added to the paragraph opened last (addBlock). Each block of a body
	// is one of a paragraph's at most, so the room made for the body's
	// blocks holds them all.
	firsts  []text
	bullets []bool
	open    int // where the blocks of the paragraph opened last begin
	segs    []seg
}

// newParagraphAlloc makes room for the paragraphs of body, whose blocks
// each make one at most, and for the maps of the blocks that open with a
// figure (or OCR's "l", "L", "I" for one): those that may lose an
// operative number. A block cut from a block of body has no more pieces
// than it; a map that does not fit is made apart.
// The paragraphs are the model's, in the file's arena; the rest is sc's.
func (sc *lexScratch) newParagraphAlloc(body []block) *paragraphAlloc {
	segs := 0
	for k := range body {
		if s := strings.TrimLeft(body[k].t.s, `"`); s != "" && (isDigit(s[0]) || s[0] == 'l' || s[0] == 'L' || s[0] == 'I') {
			segs += len(body[k].t.segs)
		}
	}
	// The allocator is the scratch's, not one made for each part: its
	// buffers are the last part's, and its paragraphs the file's arena's.
	a := &sc.alloc
	*a = paragraphAlloc{paragraphs: sc.arena.paragraphs.take(mayOpenParagraphs(body)), firsts: a.firsts[:0], bullets: a.bullets[:0], segs: a.segs[:0]}
	if cap(a.firsts) < len(body) {
		a.firsts = make([]text, 0, len(body))
	}
	if cap(a.bullets) < len(body) {
		a.bullets = make([]bool, 0, len(body))
	}
	if cap(a.segs) < segs {
		a.segs = make([]seg, 0, segs)
	}
	return a
}

// mayOpenParagraphs bounds the paragraphs councilParagraphs makes of body:
// no block under a rule (a footnote) nor from the adoption line on makes
// one. On the development set this reserves 2,936 paragraphs for 2,668
// made, where a place for every block reserved 3,410; a paragraph past the
// bound is still made, in a chunk of its own.
func mayOpenParagraphs(body []block) int {
	n := 0
	for k := range body {
		if body[k].form == formAdoption {
			break
		}
		if !body[k].afterRule {
			n++
		}
	}
	return n
}

// slice is t.slice(start, end), its map taken from the shared allocation.
func (a *paragraphAlloc) slice(t text, start, end int) text {
	var out text
	out, a.segs = t.sliceOnto(a.segs, start, end)
	return out
}

// paragraph is a new paragraph of a kind, id and ordinal, made in its
// place in the room: the caller sets the fields it has more of there.
// A Paragraph built apart and appended was copied whole, pointers and
// all, with a bulk write barrier while the GC runs (issue 13).
func (a *paragraphAlloc) paragraph(kind ParagraphKind, id string, ordinal int) *Paragraph {
	if len(a.paragraphs) == cap(a.paragraphs) {
		a.paragraphs = make([]Paragraph, 0, 16)
	}
	a.paragraphs = a.paragraphs[:len(a.paragraphs)+1]
	p := &a.paragraphs[len(a.paragraphs)-1]
	p.Kind, p.ID, p.Ordinal = kind, id, ordinal
	return p
}

// blocks opens a new paragraph's blocks with t, and returns them. The
// slice is capped: nothing is added to it but by addBlock.
func (a *paragraphAlloc) blocks(t text) []text {
	a.firsts = append(a.firsts, t)
	a.bullets = append(a.bullets, false)
	a.open = len(a.firsts) - 1
	return a.firsts[a.open:len(a.firsts):len(a.firsts)]
}

// addBlock adds t, whose first line carried a bullet mark or not, to
// rp's blocks, rp being the paragraph opened last. Its blocks and marks
// are the run of a's from where it opened: they grow in place, where a
// list of each paragraph's own grew by copies (some 170 allocations a
// pass over dev).
func (a *paragraphAlloc) addBlock(rp *rawParagraph, t text, bullet bool) {
	a.firsts = append(a.firsts, t)
	a.bullets = append(a.bullets, bullet)
	n := len(a.firsts)
	rp.blocks, rp.bullets = a.firsts[a.open:n:n], a.bullets[a.open:n:n]
}

// paragraphID is the id of the paragraph of a kind printed with number:
// the ids of the first two hundred of each kind are made once, for each
// made anew costs an allocation.
func paragraphID(kind, number string, unnumbered bool) string {
	var ids []string
	switch {
	case kind == symbol.Preambular && !unnumbered:
		ids = preambularIDs
	case kind == symbol.Operative && !unnumbered:
		ids = operativeIDs
	case kind == symbol.Operative && unnumbered:
		ids = unnumberedIDs
	case kind == symbol.Running && !unnumbered:
		ids = runningIDs
	}
	// Only a number as strconv writes it has its id in the table: "01"
	// is printed, and its id keeps it.
	if n, err := strconv.Atoi(number); err == nil && n >= 0 && n < len(ids) && strconv.Itoa(n) == number {
		return ids[n]
	}
	return symbol.ParagraphRef{Kind: kind, Number: number, Unnumbered: unnumbered}.String()
}

var (
	preambularIDs = firstParagraphIDs(symbol.Preambular, false)
	operativeIDs  = firstParagraphIDs(symbol.Operative, false)
	unnumberedIDs = firstParagraphIDs(symbol.Operative, true)
	runningIDs    = firstParagraphIDs(symbol.Running, false)
)

func firstParagraphIDs(kind string, unnumbered bool) []string {
	ids := make([]string, 200)
	for n := range ids {
		ids[n] = symbol.ParagraphRef{Kind: kind, Number: strconv.Itoa(n), Unnumbered: unnumbered}.String()
	}
	return ids
}

// rawSection is a section heading with its text, for its span.
type rawSection struct {
	s *Section
	t text
}

// notLeads are capitalised words in -ed that open names, not preambles,
// and "Limited", that ends a company's name where a line wraps after its
// comma ("the Palestine Land Development Company," / "Limited, is
// instructed …").
var notLeads = wordSet("United Red Armed Fed Ted Reed Seed Limited")

// notLeadLen is the length of the longest of notLeads.
const notLeadLen = len("Limited")

// leadWords returns the words a preambular paragraph opens with.
func leadWords(s string) string {
	lead := leadMatch(s)
	if opensWithNotLead(lead) {
		return ""
	}
	return lead
}

// opensWithNotLead reports whether the first word of lead (up to its first
// space) is one of notLeads. Each is at most notLeadLen bytes and ends in
// "ed", which most leads' first words do not ("Recalling", "Reaffirming",
// "Deeply", "Concerned"): only the few that do are looked up, where every
// preambular paragraph's lead was cut at its first space and looked up in
// the set (a third of leadWords' time in BenchmarkDev's profile).
func opensWithNotLead(lead string) bool {
	first := lead[:min(len(lead), notLeadLen+1)]
	if i := strings.IndexByte(first, ' '); i >= 0 {
		first = first[:i]
	}
	if len(first) > notLeadLen || !strings.HasSuffix(first, "ed") {
		return false
	}
	return notLeads[first]
}

// unmarkedOperativeNumber reads the number of an operative paragraph
// whose full stop OCR lost, "7 Calls upon all States …": a number with
// no mark is a footnote's ("21 Modified by the Council …") unless it is
// the next paragraph's and a decision verb follows it.
func unmarkedOperativeNumber(s string, last int) (number string, size int, ok bool) {
	digits := digitRun(s, 0)
	if digits == 0 || digits > 3 || digits == len(s) || s[digits] != ' ' {
		return "", 0, false
	}
	text := skipRESpace(s, digits)
	if text == len(s) || s[text] < 'A' || s[text] > 'Z' {
		return "", 0, false
	}
	if n, _ := strconv.Atoi(s[:digits]); n != last+1 || !opensDecisionVerb(s[text:]) {
		return "", 0, false
	}
	return s[:digits], text + runeSize(s[text:]), true
}

// ocrNextNumber reads an operative number as OCR prints it ("2 .", "2,",
// "l.", "ll.", "3.To") where no decision verb follows it, when it is the
// next number, last+1, and a capital opens the text after it: the clauses
// under a chapeau ("Resolves that:" / "2 . The representatives of …",
// "l. To work out …") and the verbs the list does not hold ("l. Holds that
// …"). The first number only when the next numbered paragraph is 2, so
// that a part's "I." over paragraphs numbered from 1 stays a heading. A
// part's heading is never one either: a mark of "I"s alone longer than
// one ("II.", "III."; OCR's 11 is "ll.") is roman, and a text all in
// capitals ("II. MEASURES AGAINST APARTHEID") is a heading's.
func ocrNextNumber(s string, last int, after []block) (number string, size int, ok bool) {
	if len(s) < 2 || !isDigit(s[0]) && s[0] != 'l' && s[0] != 'L' && s[0] != 'I' || !opensOCRMark(s[1]) {
		return "", 0, false
	}
	m := ocrOperativeRE.FindStringSubmatch(s)
	if m == nil || s[len(m[0])-1] < 'A' || s[len(m[0])-1] > 'Z' {
		return "", 0, false
	}
	if len(m[1]) > 1 && strings.Trim(m[1], "I") == "" || isUpperCase(s[len(m[0])-1:]) {
		return "", 0, false
	}
	number = ocrOne.Replace(m[1])
	if n, err := strconv.Atoi(number); err != nil || n != last+1 {
		return "", 0, false
	}
	if last == 0 && nextMarkedNumber(after) != "2" {
		return "", 0, false
	}
	return number, len(m[0]), true
}

// opensOCRMark reports whether c, a line's second byte, can follow the
// first figure of an operative number as OCR prints it ("12.", "ll.",
// "2 .", "5,"): not the letters of a word ("In …", "Indignant …").
func opensOCRMark(c byte) bool {
	return isDigit(c) || c == 'l' || c == 'L' || c == 'I' || c == ' ' || c == '.' || c == ','
}

// opensOCRFirst reports whether the first of blocks opens with the number
// 1 as OCR prints it ("l. The Committee of …") over a paragraph numbered 2.
func opensOCRFirst(blocks []block) bool {
	_, _, ok := ocrNextNumber(blocks[0].t.s, 0, blocks[1:])
	return ok
}

// nextMarkedNumber is the number of the first block of blocks that opens
// with an operative number, before the adoption line, or "".
func nextMarkedNumber(blocks []block) string {
	for _, b := range blocks {
		if b.form == formAdoption {
			break
		}
		if number, _, ok := operativeMark(b.t.s); ok {
			return number
		}
	}
	return ""
}

// misreadPlace tells where a paragraph printed as number, out of order
// after the paragraph numbered last, stands when its number is last+1
// with a figure misread, "" when nothing says it is: the next numbered
// paragraph in blocks is last+2 (between last and last+2, or before 2
// when it opens the numbers), or no numbered paragraph follows it before
// the adoption line and number is last+1 with one figure printed as OCR
// misreads it (ocrFigureReadings; after last, the last paragraph).
func misreadPlace(blocks []block, last int, number string) string {
	for _, b := range blocks {
		if b.form == formAdoption {
			break
		}
		if next, _, ok := operativeNumber(b.t.s); ok {
			if n, _ := strconv.Atoi(next); n != last+2 {
				return ""
			}
			if last == 0 {
				return "before 2"
			}
			return "between " + strconv.Itoa(last) + " and " + strconv.Itoa(last+2)
		}
	}
	if last > 0 && misreadFigure(number, strconv.Itoa(last+1)) {
		return "after " + strconv.Itoa(last) + ", the last,"
	}
	return ""
}

// misreadFigure reports whether printed is want with one figure printed
// as OCR misreads it (ocrFigureReadings, 8 for 5 among them), the others
// as they are.
func misreadFigure(printed, want string) bool {
	if len(printed) != len(want) {
		return false
	}
	misread := 0
	for i := 0; i < len(printed); i++ {
		if printed[i] != want[i] {
			if !ocrMisreads(printed[i], want[i]) {
				return false
			}
			misread++
		}
	}
	return misread == 1
}

// ocrMisreads reports whether OCR prints the figure printed for meant
// (ocrFigureReadings).
func ocrMisreads(printed, meant byte) bool {
	for _, f := range ocrFigureReadings {
		if f.printed == printed && f.meant == meant {
			return true
		}
	}
	return false
}

// plausibleNext accepts n as the next operative number after last: the
// next one, the same one again (a misprint), or a small jump (a misprint or
// a lost paragraph), but not a figure that merely opens a line.
func plausibleNext(n, last int) bool {
	if last == 0 {
		return n >= 1 && n <= 3
	}
	return n >= last && n <= last+3
}

// runningParagraphs treats every block that reads as a sentence as a
// paragraph of a letter or press release.
func runningParagraphs(blocks []block, skip int) []rawParagraph {
	var out []rawParagraph
	for _, b := range blocks[skip:] {
		if b.heading || !(endsSentence(b.t.s) || atLeastRunes(b.t.s, 100)) {
			continue
		}
		n := len(out) + 1
		out = append(out, rawParagraph{p: &Paragraph{Kind: Running, ID: paragraphID(symbol.Running, strconv.Itoa(n), false), Ordinal: n}, blocks: []text{b.t}})
	}
	return out
}

// unquote drops the quotation marks a press release puts around the
// paragraphs of the text it quotes.
func unquote(t text) text {
	if strings.HasPrefix(t.s, `"`) {
		t = t.slice(1, len(t.s))
	}
	if strings.HasSuffix(t.s, `."`) && strings.Count(t.s, `"`)%2 == 1 {
		t = t.slice(0, len(t.s)-1)
	}
	return t
}

// joinParagraph is joinBlocks(blocks), whose bytes are a slice of the
// file's joined texts when they stand there already, one after another
// with a line break between: buildBlocks writes one after each block of
// several lines, so that a paragraph of such blocks (a paragraph and its
// items, each wrapped) is not copied a second time. Only its map is made.
func (sc *lexScratch) joinParagraph(blocks []text) text {
	if len(blocks) == 1 {
		return blocks[0]
	}
	s, ok := runOfLines(sc.joined.b.String(), blocks)
	if !ok {
		return joinBlocks(blocks, &sc.arena.texts)
	}
	_, segs := joinedSize(blocks)
	return text{s: s, segs: joinedMap(s, blocks, sc.arena.texts.segs.take(segs))}
}

// runOfLines returns the slice of joined that is the blocks' bytes with a
// line break between each and the next, if the blocks, none empty, stand
// in joined so.
func runOfLines(joined string, blocks []text) (string, bool) {
	start, ok := offsetIn(joined, blocks[0].s)
	if !ok {
		return "", false
	}
	end := start + len(blocks[0].s)
	for _, t := range blocks[1:] {
		at, ok := offsetIn(joined, t.s)
		if !ok || at != end+1 || joined[end] != '\n' {
			return "", false
		}
		end = at + len(t.s)
	}
	return joined[start:end], true
}

// offsetIn is where s, not empty, begins in joined, if it is a slice of it.
func offsetIn(joined, s string) (int, bool) {
	if s == "" || joined == "" {
		return 0, false
	}
	off := uintptr(unsafe.Pointer(unsafe.StringData(s))) - uintptr(unsafe.Pointer(unsafe.StringData(joined)))
	if off > uintptr(len(joined)) || uintptr(len(s)) > uintptr(len(joined))-off {
		return 0, false
	}
	return int(off), true
}

// joinedMap appends to segs the map of s, the blocks joined by line
// breaks: what joinBlocks makes, without writing the bytes.
func joinedMap(s string, blocks []text, segs []seg) []seg {
	at := 0
	for i, t := range blocks {
		if i > 0 {
			prevEnd := text{s: s[:at], segs: segs}.sourceAt(at-1, true)
			segs = append(segs, seg{at: int32(at), n: 1, src: int32(prevEnd)})
			at++
		}
		from := len(segs)
		segs = append(segs, t.segs...)
		for k := from; k < len(segs); k++ {
			segs[k].at += int32(at)
		}
		at += len(t.s)
	}
	return segs
}

// joinedSize is the room the blocks take joined by line breaks: their
// bytes and their map's pieces, each with one for a line break.
func joinedSize(blocks []text) (bytes, segs int) {
	for _, t := range blocks {
		bytes += len(t.s) + 1
		segs += len(t.segs) + 1
	}
	return bytes, segs
}

// joinBlocks makes a paragraph's text: its blocks, one a line, written in
// room.
func joinBlocks(blocks []text, room *textRoom) text {
	if len(blocks) == 1 {
		return blocks[0]
	}
	// Sized at once: growing by doubling would copy the text and its map
	// a few times over.
	n, segs := joinedSize(blocks)
	b := room.bytes.take(n)
	for i, t := range blocks {
		if i > 0 {
			b = append(b, '\n')
		}
		b = append(b, t.s...)
	}
	s := unsafe.String(unsafe.SliceData(b), len(b))
	return text{s: s, segs: joinedMap(s, blocks, room.segs.take(segs))}
}
