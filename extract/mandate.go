package extract

import (
	"strconv"
	"strings"

	"github.com/sckg/sckg/ontology"
)

// Mandate facts: a mission's mandate extended until a date, its troop and
// police ceilings, and who is authorized to use all necessary means.

// MandateFact is one fact about a mandate, read from an operative paragraph.
type MandateFact struct {
	Paragraph *Paragraph
	Kind      string // "extension", "establishment", "ceiling" or "authorization"
	Actors    []string
	Until     string // extension: ISO date, "" where the text prints none
	// UntilFrom and UntilFromParagraph are, for a renewal that prints its
	// period alone, the symbol and paragraph of the printed end its Until
	// was derived from (SettleMandateEnds); "" for an Until printed.
	UntilFrom, UntilFromParagraph string
	Period                        string // extension, establishment: the period stated, an xsd:duration ("P6M"), or ""
	Military                      int    // ceiling
	Police                        int    // ceiling
	Text                          string
	Span                          Span
}

var (
	// "Decides to extend the mandate of MINUSMA until 30 June 2021",
	// "Decides to renew the mandate of the Force for a period of six
	// months, that is, until 19 June 1980", "Extends once more the
	// stationing in Cyprus of the United Nations Peace-keeping Force … for
	// a further period ending 15 June 1969", "… for an interim period
	// terminating on 31 March 1993", "… the mandate of the Observer
	// Mission to 31 May 1994", "… for a further period expiring on 31
	// May 1994". The day may be printed with OCR's letters for figures
	// ("ending on IS December 1981", extensionDay): in its slot before a
	// month and a year no word stands.
	extendRE    = anchored(`(?i)^(?:decides to )?(?:extend|renew)s?(?: once (?:more|again))?\b,?(?: the,?)?(?: present)?\s+(?:mandate of |stationing in [A-Z][a-z]+ of )?(.+?)(?:'s mandate)?,? (?:[^.;]*? )?(?:until|ending(?: on)?|terminating on|expiring on|to) ((?-i:` + figureOrLookalikeClass() + `){1,2} [A-Z][a-z]+ \d{4})`)
	ceilingRE   = lazyRegexp(`comprise up to ([\d,]+) military personnel(?: and ([\d,]+) police personnel)?`)
	authorizeRE = anchored(`(?i)^(?:further )?authori[sz]es (.+?)(?:,[^,]*?,)? to (?:use|take) all necessary means`)
)

// findMandateFacts reads the mandate facts of a document's operative
// paragraphs, naming actors by the mentions in them.
func findMandateFacts(d *Document, r *ontology.Registry) []*MandateFact {
	// The mentions by paragraph are gathered only for a document that
	// states a fact: most state none.
	ms := &mandateMentions{d: d}
	defer ms.release()
	var out []*MandateFact
	for i, p := range d.Paragraphs {
		if p.Kind == Sub {
			// "1. Decides: … (b) To renew the mandate of … until …".
			if at := itemExtension(p.Text); at > 0 && underDecision(p) {
				if m := extensionOrPeriod(p.Text[at:]); m != nil {
					out = append(out, extensionFact(d, r, p, i, at, m, ms))
				}
			}
			continue
		}
		if p.Kind != Operative {
			continue
		}
		keys := p.keys()
		// Each form of an extension has its verb, "extend" or "renew" (or
		// "extended"), in some case: a paragraph without one is passed
		// over, where every form was read from its opening or searched
		// for in the whole paragraph (issue 13).
		if keys&keyExtension != 0 {
			if at, m := operativeExtension(p.Text, keys&keyFigure != 0); m != nil {
				out = append(out, extensionFact(d, r, p, i, at, m, ms))
			}
		}
		if f := establishmentFact(d, r, p, i, ms); f != nil {
			out = append(out, f)
		}
		if m := findCeilingIn(p.Text, keys); m != nil {
			f := &MandateFact{Paragraph: p, Kind: "ceiling", Actors: ms.actorsIn(i, 0, m[0]), Text: p.Text[m[0]:m[1]], Span: p.Span}
			f.Military = number(p.Text[m[2]:m[3]])
			if m[4] >= 0 {
				f.Police = number(p.Text[m[4]:m[5]])
			}
			out = append(out, f)
		} else if keys&keyUpTo != 0 {
			if c := findStrengthUpTo(p.Text); c.military > 0 || c.police > 0 {
				out = append(out, &MandateFact{Paragraph: p, Kind: "ceiling", Actors: operationsBefore(d, r, ms, i, c.start), Military: c.military, Police: c.police,
					Text: p.Text[c.start:c.end], Span: p.Span})
			}
		}
		if m := findAuthorization(p.Text); m != nil {
			out = append(out, &MandateFact{Paragraph: p, Kind: "authorization", Actors: ms.actorsIn(i, m[2], authorizedEnd(p.Text, m[2], m[3])), Text: p.Text[:m[1]], Span: p.Span})
		}
	}
	return out
}

// mandateMentions are a document's mentions by paragraph, gathered the
// first time a fact asks for them.
type mandateMentions struct {
	d      *Document
	lists  [][]*Mention
	pooled *[][]*Mention
}

// of is the mentions of paragraph i.
func (ms *mandateMentions) of(i int) []*Mention {
	if ms.lists == nil {
		ms.lists, ms.pooled = pooledMentionsByParagraph(ms.d)
	}
	return ms.lists[i]
}

// release gives the lists back, if they were gathered.
func (ms *mandateMentions) release() { releaseMentionLists(ms.pooled) }

// actorsIn lists the actors that mentions within bytes [from, to) of
// paragraph i name.
func (ms *mandateMentions) actorsIn(i, from, to int) []string {
	var out []string
	for _, m := range ms.of(i) {
		if m.within(from, to) {
			out = appendNew(out, m.Actor)
		}
	}
	return out
}

// actorAt is the actor a mention that opens at byte at of paragraph i
// names, or "".
func (ms *mandateMentions) actorAt(i, at int) string {
	for _, m := range ms.of(i) {
		if int(m.start) == at {
			return m.Actor
		}
	}
	return ""
}

// extensionFact is the extension findExtension read (m) in the text of p,
// the document's paragraph i, from its byte at on. The pattern's group of
// what is extended ends at its first word where words follow before the
// date ("the mandate of the United Nations Interim Force in Lebanon for a
// further interim period …": "the"): the mission is then the one named
// from there ("the" and all). A text that names none there ("the mandate
// of the Force") extends the one operation the document names.
func extensionFact(d *Document, r *ontology.Registry, p *Paragraph, i, at int, m []int, ms *mandateMentions) *MandateFact {
	actors := ms.actorsIn(i, at+m[2], at+m[3])
	if len(actors) == 0 {
		group := at + m[2]
		if hasPrefixFold(p.Text[group:], "the ") {
			group += len("the ")
		}
		if a := ms.actorAt(i, group); a != "" && isPeaceOperation(r, a) {
			actors = []string{a}
		}
	}
	if len(actors) == 0 {
		operations := peaceOperationsIn(d, r)
		if len(operations) == 1 {
			actors = operations
		} else if a := operationByHead(r, operations, p.Text[at+m[2]:]); a != "" {
			actors = []string{a}
		}
	}
	f := &MandateFact{Paragraph: p, Kind: "extension", Actors: actors,
		Period: extensionPeriod(p.Text[at+m[2] : at+m[1]]), Text: p.Text[:at+m[1]], Span: p.Span}
	if m[4] >= 0 {
		f.Until = extensionUntil(p.Text[at+m[4] : at+m[5]])
	}
	return f
}

// extensionUntil is the ISO date of an extension's date as the pattern
// read it, its day perhaps printed with OCR's letters for figures
// ("IS December 1981" is 15 December 1981), or "".
func extensionUntil(date string) string {
	if sp := strings.IndexByte(date, ' '); sp > 0 && hasFigureLookalike(date[:sp]) {
		date = readLookalikes(date[:sp]) + date[sp:]
	}
	return isoDate(date)
}

// findPeriodExtension reads an extension that states its period and no
// date ("Decides to renew the mandate of ONUMOZ for a period of six
// months, subject to …", "(b) To renew the mandate of the United Nations
// Disengagement Observer Force for another period of six months;"), where
// findExtension found none: the verb opens s as extendRE's does, the
// mandate (or stationing) extended stands between it and " for", and
// the period follows in the same clause. The match is in findExtension's
// form with no date: {0, end of the period, start and end of what is
// extended, -1, -1}.
func findPeriodExtension(s string) []int {
	if !opensWithExtension(s) {
		return nil
	}
	clause := s
	if end := strings.IndexAny(s, ";:"); end >= 0 {
		clause = s[:end]
	}
	verb := indexFoldASCII(clause, "extend")
	if r := indexFoldASCII(clause, "renew"); verb < 0 || r >= 0 && r < verb {
		verb = r
	}
	space := strings.IndexByte(clause[verb:], ' ')
	if space < 0 {
		return nil
	}
	group := verb + space + 1
	for from := group; ; {
		k := strings.Index(clause[from:], " for ")
		if k < 0 {
			return nil
		}
		k += from
		if strings.IndexByte(clause[group:k], '.') >= 0 {
			return nil
		}
		words := clause[k+len(" for "):]
		if d, n := periodPhrase(words); d != "" {
			extended := clause[group:k]
			if !containsASCIIFold(extended, "mandate") && !containsASCIIFold(extended, "stationing") {
				return nil
			}
			if n, ok := mandateOfLen(extended); ok {
				group += n
			} else if k := indexFoldASCII(extended, "mandate of "); k >= 0 {
				group += k + len("mandate of ")
			}
			return []int{0, k + len(" for ") + n, group, k, -1, -1}
		}
		from = k + 1
	}
}

// periodPhrase reads, at the opening of s, a period an extension runs
// for: "a period of six months", "another period of …", "a further
// interim period of …", "six months": the duration and the length read,
// a second unit and all ("six months and twelve days"); or "".
func periodPhrase(s string) (string, int) {
	i := 0
	if k := strings.Index(s, "period of "); k >= 0 && k <= len("an additional further interim ") {
		for _, w := range strings.Fields(s[:k]) {
			switch w {
			case "a", "an", "another", "further", "additional", "interim", "new", "initial", "final":
			default:
				return "", 0
			}
		}
		i = k + len("period of ")
	}
	return periodFrom(s, i)
}

// extensionPeriod is the period an extension states in s, the words from
// what is extended to the match's end, as an xsd:duration: "for a
// further interim period of six months" (P6M), "for a period of six
// months and twelve days" (P6M12D), "for six months" (P6M); or "".
func extensionPeriod(s string) string {
	if d := periodAfterMarker(s, "period of "); d != "" {
		return d
	}
	return periodAfterMarker(s, "for ")
}

// periodAfterMarker is the first period periodFrom reads right after marker
// in s, or "".
func periodAfterMarker(s, marker string) string {
	for from := 0; ; {
		k := strings.Index(s[from:], marker)
		if k < 0 {
			return ""
		}
		if d, _ := periodFrom(s, from+k+len(marker)); d != "" {
			return d
		}
		from += k + 1
	}
}

// periodFrom reads a count and its unit at s[i:] ("six months"), and a
// second of a smaller unit after " and " ("and twelve days"), as an
// xsd:duration, and where the words read end; or "" and i.
func periodFrom(s string, i int) (string, int) {
	n, unit := periodAt(s, i)
	d := duration(n, unit)
	if d == "" {
		return "", i
	}
	end := unitEnd(s, i, n, unit)
	if !strings.HasPrefix(s[end:], " and ") {
		return d, end
	}
	at := end + len(" and ")
	n2, unit2 := periodAt(s, at)
	d2 := duration(n2, unit2)
	// Years, months and days, in that order, as xsd:duration writes them.
	a, b := strings.Index("YMD", periodDesignator(unit)), strings.Index("YMD", periodDesignator(unit2))
	if d2 == "" || a < 0 || b <= a {
		return d, end
	}
	return d + d2[1:], unitEnd(s, at, n2, unit2)
}

// unitEnd is where the count n and its unit, which periodAt read at
// s[i:], end: after the unit's plural "s" if it has one.
func unitEnd(s string, i int, n, unit string) int {
	end := i + len(n) + 1 + len(unit)
	if end < len(s) && s[end] == 's' {
		end++
	}
	return end
}

// operationByHead is the one operation of those a document names whose
// English name holds the words that s opens with after "the " ("the
// Force for a period …": "Force"; "the Observer Mission to …"), or "":
// the short name the texts give an operation named in full before
// ("United Nations Interim Force in Lebanon", where the other operation
// named is the Truce Supervision Organization).
func operationByHead(r *ontology.Registry, operations []string, s string) string {
	if !hasPrefixFold(s, "the ") {
		return ""
	}
	var head string
	// Up to three capitalised words, as far as the first that is not.
	words, end := s[len("the "):], 0
	for n := 0; n < 3; n++ {
		k := end
		for k < len(words) && isASCIILetter(words[k]) {
			k++
		}
		if k == end || words[end] < 'A' || words[end] > 'Z' {
			break
		}
		head, end = words[:k], k+1
		if k == len(words) || words[k] != ' ' {
			break
		}
	}
	if head == "" {
		return ""
	}
	found := ""
	for _, key := range operations {
		a, ok := r.Actor(key)
		if !ok || !namesHead(a.Pref["en"], head) {
			continue
		}
		if found != "" {
			return ""
		}
		found = key
	}
	return found
}

// namesHead reports whether name holds head as whole words after the
// first ("United Nations Interim Force in Lebanon" holds "Force").
func namesHead(name, head string) bool {
	for from := 0; ; {
		k := strings.Index(name[from:], " "+head)
		if k < 0 {
			return false
		}
		k += from + 1
		if end := k + len(head); end == len(name) || name[end] == ' ' {
			return true
		}
		from = k
	}
}

// establishmentFact reads the establishment of a peace operation that
// operative paragraph p, the document's paragraph i, decides: "Decides to
// establish the United Nations Observer Mission Uganda-Rwanda … for an
// initial period of six months", "Decides to establish, under its
// authority, a United Nations Mission for the Referendum in Western
// Sahara …", "Also decides to establish …": the operation is the first
// named in the clause after the verb, and the period the clause states
// (not one "of up to 12 months"), or nil where the clause names no peace
// operation (a committee, a fund). An operation the registry knows to be
// established by another resolution is not this one's: its name was
// misread ("the United Nations Angola Verification Mission IJ", read as
// the first of that name), and no fact is better than a false one.
func establishmentFact(d *Document, r *ontology.Registry, p *Paragraph, i int, ms *mandateMentions) *MandateFact {
	at := establishmentAt(p.Text)
	if at == 0 {
		return nil
	}
	end := len(p.Text)
	if k := strings.IndexAny(p.Text[at:], ";:"); k >= 0 {
		end = at + k
	}
	var mission string
	for _, a := range ms.actorsIn(i, at, end) {
		if isPeaceOperation(r, a) {
			mission = a
			break
		}
	}
	if mission == "" {
		return nil
	}
	if a, ok := r.Actor(mission); ok && a.EstablishedBy != "" && d.Symbol != "" && a.EstablishedBy != d.Symbol {
		return nil
	}
	return &MandateFact{Paragraph: p, Kind: "establishment", Actors: []string{mission},
		Period: extensionPeriod(p.Text[at:end]), Text: p.Text[:end], Span: p.Span}
}

// establishmentAt is where the words after the verb start in an operative
// paragraph that opens "Decides to establish" (perhaps after "Also" or
// "Further", or with a clause between "Decides," and "to establish"), or
// 0.
func establishmentAt(s string) int {
	at := 0
	for _, adverb := range [...]string{"also ", "further "} {
		if hasPrefixFold(s, adverb) {
			at = len(adverb)
		}
	}
	const verb = "decides to establish"
	if k := at + len(verb); hasPrefixFold(s[at:], verb) && k < len(s) && (s[k] == ' ' || s[k] == ',') {
		return k
	}
	if !hasPrefixFold(s[at:], "decides, ") {
		return 0
	}
	clause := s[at:]
	if end := strings.IndexAny(clause, ".;:"); end >= 0 {
		clause = clause[:end]
	}
	if k := indexFoldASCII(clause, ", to establish "); k > 0 {
		return at + k + len(", to establish ")
	}
	return 0
}

// isPeaceOperation reports whether the registry holds key as a peace
// operation or a force.
func isPeaceOperation(r *ontology.Registry, key string) bool {
	a, ok := r.Actor(key)
	return ok && a.IsPeaceOperationOrForce()
}

// itemExtension is where the verb stands in an item under "Decides:"
// that opens with an extension in the infinitive ("(b) To renew the
// mandate of the United Nations Disengagement Observer Force for another
// period of six months, that is, until 30 November 1977;"): after its
// "To ", or 0.
func itemExtension(s string) int {
	const to = len("To ")
	if len(s) < len("To renew") || !hasPrefixFold(s, "to ") {
		return 0
	}
	if hasPrefixFold(s[to:], "extend") || hasPrefixFold(s[to:], "renew") {
		return to
	}
	return 0
}

// underDecision reports whether p, an item or an operative paragraph,
// stands under a decision: an item whose paragraph opens with one
// ("Decides:", "Further decides:", "Resolves:"), the words before its
// first colon holding the decision's verb; or a paragraph numbered under
// a heading that is one ("Resolves:\n\n1. To request …").
func underDecision(p *Paragraph) bool {
	chapeau, ok := chapeauOf(p)
	if !ok {
		return false
	}
	// The deciding verbs anywhere in it ("Decides, in view of …, :");
	// "agrees", not "agree": "the agreement" is no decision.
	for _, verb := range decidingVerbs {
		if containsASCIIFold(chapeau, verb) {
			return true
		}
	}
	return false
}

// askedUnderDecision reports whether p stands under a chapeau that is a
// decision's verb group and nothing else ("Decides:", "Further decides:",
// "Resolves:"), where its items are what the Council decides, and so
// asks. Under "Decides to establish a Commission … with the following
// mandate:" or "Requests the Secretary-General, with a view to …:" the
// items are another's tasks ("(b) To request the Governments concerned
// to provide …" is the Commission's to ask), which underDecision's
// looser test, enough for a mandate's renewal, lets through.
func askedUnderDecision(p *Paragraph) bool {
	chapeau, ok := chapeauOf(p)
	if !ok {
		return false
	}
	chapeau = strings.TrimRight(strings.TrimSpace(chapeau), ":")
	verb := chapeau[adverbsEnd(chapeau, 0):]
	for _, d := range decidingVerbs {
		if n := capitalisedPrefix(verb, d); n > 0 {
			// Nothing after the verb but adverbs ("Decides further").
			after := strings.TrimSpace(verb[n:])
			return after == "" || adverbsEnd(after+" ", 0) == len(after)+1
		}
	}
	return false
}

// chapeauOf is the words that p stands under: its paragraph's before the
// first colon, for an item; its section's title, for a paragraph numbered
// under a heading; ok false for any other.
func chapeauOf(p *Paragraph) (chapeau string, ok bool) {
	switch {
	case p.Kind == Sub && p.Parent != nil:
		return ownWords(p.Parent.Text), true
	case p.Kind == Operative && p.Section != nil:
		return p.Section.Title, true
	}
	return "", false
}

// operativeExtension reads the extension of an operative paragraph s:
// where the verb stands and findExtension's match from there. The verb
// opens s or follows "Decides, <words>," (decidesThenExtension), and
// the extension runs until a date, else for a period alone
// (findPeriodExtension). Where s holds a figure (figures), as a date
// does, two rarer forms with a date are read too, found by a search of
// the whole paragraph: "…, and decides to extend …"
// (laterDecisionToExtend) and "decides that the mandate of … will be
// extended to <date>" (passiveExtension).
func operativeExtension(s string, figures bool) (int, []int) {
	// findExtension reads nothing in a paragraph that opens "Decides, ":
	// it wants the verb at the opening or after "decides to ".
	decides := decidesThenExtension(s)
	if m := extensionOrPeriod(s[decides:]); m != nil {
		return decides, m
	}
	if !figures || decides > 0 {
		return 0, nil
	}
	if at := laterDecisionToExtend(s); at > 0 {
		if m := findExtension(s[at:]); m != nil {
			return at, m
		}
	}
	return 0, passiveExtension(s)
}

// extensionOrPeriod is findExtension's match in s, else, for an
// extension that states its period and no date, findPeriodExtension's.
func extensionOrPeriod(s string) []int {
	if m := findExtension(s); m != nil {
		return m
	}
	return findPeriodExtension(s)
}

// laterDecisionToExtend is where the verb stands in an operative
// paragraph that decides an extension after another verb's clause
// ("Welcomes the further report of the Secretary-General …, and decides
// to extend the existing mandate of …"): after the first "and decides
// to " (or "and further decides to ") that "extend" or "renew" follows,
// or 0.
func laterDecisionToExtend(s string) int {
	for from := 0; ; {
		k := strings.Index(s[from:], "decides to ")
		if k < 0 {
			return 0
		}
		k += from
		at := k + len("decides to ")
		before := strings.TrimSuffix(s[:k], "further ")
		if strings.HasSuffix(before, " and ") && (hasPrefixFold(s[at:], "extend") || hasPrefixFold(s[at:], "renew")) {
			return at
		}
		from = at
	}
}

// passiveExtension reads an extension in the passive under "decides
// that": "Also decides that the mandate of the Mission, enlarged in
// accordance with the present resolution, will be extended to 31 October
// 1992", "… shall be extended until …", "… is extended until …": in
// findExtension's form, what is extended running from after "mandate of
// " to its first comma or the verb.
func passiveExtension(s string) []int {
	// One search for the participle, then its auxiliary: two searches of
	// every operative paragraph with a figure cost twice.
	for from := 0; ; {
		e := strings.Index(s[from:], " extended ")
		if e < 0 {
			return nil
		}
		e += from
		from = e + 1
		verb := " be extended "
		if !strings.HasSuffix(s[:e], " be") {
			if verb = " is extended "; !strings.HasSuffix(s[:e], " is") {
				continue
			}
		}
		k := e - len(verb) + len(" extended ")
		clause := s[:k]
		if stop := strings.LastIndexAny(clause, ";:"); stop >= 0 {
			clause = clause[stop+1:]
		}
		that := indexFoldASCII(clause, "decides that ")
		if that < 0 {
			return nil
		}
		of := strings.Index(clause[that:], "mandate of ")
		if of < 0 {
			return nil
		}
		group := k - len(clause) + that + of + len("mandate of ")
		end := k
		if c := strings.IndexByte(s[group:k], ','); c >= 0 {
			end = group + c
		}
		after := k + len(verb)
		if start, dateEnd, ok := extensionDateAt(s, after); ok {
			return []int{0, dateEnd, group, end, start, dateEnd}
		}
		return nil
	}
}

// decidesThenExtension is where the verb stands in an operative paragraph
// that opens "Decides, <words>, to extend" or "…, to renew" ("Decides,
// pending examination of the report …, to extend the mandate of …"), the
// words before the verb in the one clause (no full stop, colon or
// semicolon), or 0.
func decidesThenExtension(s string) int {
	if !hasPrefixFold(s, "decides, ") {
		return 0
	}
	clause := s
	if end := strings.IndexAny(s, ".;:"); end >= 0 {
		clause = s[:end]
	}
	for _, verb := range [...]string{", to extend", ", to renew"} {
		if k := indexFoldASCII(clause, verb); k > 0 {
			return k + len(", to ")
		}
	}
	return 0
}

// Each pattern runs only where words it cannot match without stand: most
// operative paragraphs state no mandate fact, and a pattern that fails
// still costs the time to set up its matcher for the paragraph.

// findExtension is extendRE.FindStringSubmatchIndex(s). The pattern
// opens with "extend" or "renew", perhaps after "decides to ", and ends
// in "until", "ending", "terminating on" or "to" and a space; it ignores
// case, but none of these words has a letter that folds to one outside
// ASCII (as k and s do).
func findExtension(s string) []int {
	if !extendRE.may(s) || !opensWithExtension(s) {
		return nil
	}
	if isASCII(s) {
		return extensionInASCII(s)
	}
	return extendRE.FindStringSubmatchIndex(s)
}

// An extension in ASCII is read by hand, as the pattern reads it: every
// choice it may make is tried in the pattern's order of preference, and
// the first way through is the match. The pattern's matcher visited
// nearly every pair of its instructions and the paragraph's bytes (some
// 40 ns a byte of the few paragraphs that open so), as its lazy groups
// leave it a choice at every byte; here the ends it may reach, the dates
// after "until", "ending", "terminating on" or "to", are found first,
// and each choice is one look at them. In ASCII, the pattern's (?i) folds letters within ASCII
// alone, and its \b, \s and \d are the bytes they are.

// extensionHead is the pattern's opening up to its \s+, one part after
// another, each a list of what the part may read in the order the
// pattern prefers them; "" leaves the part out, and headBoundary stands
// for \b.
var extensionHead = [][]string{
	{"decides to ", ""},
	{"extend", "renew"},
	{"s", ""},
	{" once more", " once again", ""},
	{headBoundary},
	{",", ""},
	{" the,", " the", ""},
	{" present", ""},
}

const headBoundary = "\\b"

// extensionInASCII is extendRE.FindStringSubmatchIndex(s) for an ASCII s.
func extensionInASCII(s string) []int {
	var room [maxExtensionDates]extensionDate
	dates, ok := extensionDates(s, room[:0])
	if !ok {
		return extendRE.FindStringSubmatchIndex(s)
	}
	if len(dates) == 0 {
		return nil
	}
	r := extensionReader{s: s, dates: dates}
	return r.head(0, 0)
}

// extensionDate is where a date the pattern may end with stands: after
// a space, "until", "ending" (perhaps "ending on"), "terminating on" or
// "to", a space and the date ("30 June 2021"), which runs from dateStart
// to end.
type extensionDate struct {
	at, dateStart, end int
}

// extensionDates appends the dates of s an extension may end with to
// dates, in order, or reports false when there are more than
// maxExtensionDates (the pattern then reads s).
func extensionDates(s string, dates []extensionDate) ([]extensionDate, bool) {
	for at := 1; at < len(s); at++ {
		if s[at-1] != ' ' || s[at]|0x20 != 'u' && s[at]|0x20 != 'e' && s[at]|0x20 != 't' {
			continue
		}
		if start, end, ok := extensionDateAt(s, at); ok {
			if len(dates) == maxExtensionDates {
				return nil, false
			}
			dates = append(dates, extensionDate{at, start, end})
		}
	}
	return dates, true
}

const maxExtensionDates = 8

// extensionDateAt reads "until 30 June 2021", "ending on …", "ending …",
// "terminating on …", "expiring on …" or "to …" from s[at:], the first
// of them that reads to a date's end: where the date starts and ends.
func extensionDateAt(s string, at int) (start, end int, ok bool) {
	for _, word := range [...]string{"until", "ending on", "ending", "terminating on", "expiring on", "to"} {
		k := at + len(word)
		if !hasPrefixFold(s[at:], word) || k >= len(s) || s[k] != ' ' {
			continue
		}
		if n := extensionDateLen(s[k+1:]); n > 0 {
			return k + 1, k + 1 + n, true
		}
	}
	return 0, 0, false
}

// extensionDateLen is printedDateLen(s, true), but for a day of one or
// two figures or OCR's letters for them ("IS December 1981", "l5 June
// 1987"), as extendRE reads it: a month of two letters or more in any
// case, and four figures.
func extensionDateLen(s string) int {
	if n := printedDateLen(s, true); n > 0 {
		return n
	}
	d := 0
	for d < len(s) && d < 3 && (isDigit(s[d]) || isFigureLookalike(s[d])) {
		d++
	}
	if d == 0 || d == 3 || d == len(s) || s[d] != ' ' {
		return 0
	}
	e := d + 1 + runOf(s, d+1, len(s), isASCIILetter)
	if e-(d+1) < 2 || e == len(s) || s[e] != ' ' || runOf(s, e+1, e+5, isDigit) != 4 {
		return 0
	}
	return e + 5
}

// extensionReader reads one paragraph's extension: the text, the dates it
// may end with, and, to spare looking again, the first full stop or
// semicolon at or after a place (stopFrom, stopAt).
type extensionReader struct {
	s                string
	dates            []extensionDate
	stopFrom, stopAt int
	stopKnown        bool
	failed           failedEnds
}

// head reads the part of extensionHead numbered part, and those after it,
// from s[p:]; then the rest of the pattern.
func (r *extensionReader) head(part, p int) []int {
	if part == len(extensionHead) {
		return r.spaces(p)
	}
	for _, choice := range extensionHead[part] {
		if choice == headBoundary {
			if !isWordBoundary(r.s, p) {
				return nil
			}
			return r.head(part+1, p)
		}
		if hasPrefixFold(r.s[p:], choice) {
			if m := r.head(part+1, p+len(choice)); m != nil {
				return m
			}
		}
	}
	return nil
}

// isWordBoundary is \b at s[i]: an ASCII word byte on one side of it and
// not on the other.
func isWordBoundary(s string, i int) bool {
	before := !wordStartsAt(s, i)
	after := i < len(s) && isWordByte(s[i])
	return before != after
}

// spaces reads \s+ from s[p:], the longest run first, then the optional
// "mandate of " or "stationing in Cyprus of ", then the rest.
func (r *extensionReader) spaces(p int) []int {
	for end := skipRESpace(r.s, p); end > p; end-- {
		if n, ok := mandateOfLen(r.s[end:]); ok {
			if m := r.actor(end + n); m != nil {
				return m
			}
		}
		if m := r.actor(end); m != nil {
			return m
		}
	}
	return nil
}

// mandateOfLen is the length of "mandate of " or "stationing in Cyprus of "
// that s opens with, in any case.
func mandateOfLen(s string) (int, bool) {
	if hasPrefixFold(s, "mandate of ") {
		return len("mandate of "), true
	}
	const in = "stationing in "
	if !hasPrefixFold(s, in) {
		return 0, false
	}
	k := len(in)
	for k < len(s) && isASCIILetter(s[k]) {
		k++
	}
	if k-len(in) < 2 || !hasPrefixFold(s[k:], " of ") {
		return 0, false
	}
	return k + len(" of "), true
}

// actor reads the lazy group (.+?) from s[g:], shortest first, each
// length with the rest of the pattern after it. What follows the group
// does not depend on where it starts, so the ends tried in vain for one
// start are not tried again for the next (failed): the run of spaces
// before the group is given back a byte at a time, and each start would
// otherwise read on to the last date again.
func (r *extensionReader) actor(g int) []int {
	last := r.dates[len(r.dates)-1].at
	k := g + 1
	for ; k < last; k++ {
		if r.failed.from <= k && k < r.failed.to {
			k = r.failed.to
			if r.failed.atLineBreak {
				r.failed = failedEnds{g + 1, k, true}
				return nil
			}
			break
		}
		if r.s[k-1] == '\n' {
			r.failed = failedEnds{g + 1, k, true}
			return nil
		}
		if d, ok := r.tail(k); ok {
			return []int{0, d.end, g, k, d.dateStart, d.end}
		}
	}
	r.failed = failedEnds{g + 1, max(k, last), false}
	return nil
}

// failedEnds are the ends of the group, [from, to), after which the rest
// of the pattern fails, with no line break before any of them; at to the
// group meets a line break (atLineBreak), or the last date.
type failedEnds struct {
	from, to    int
	atLineBreak bool
}

// tail reads from s[k:] what follows the group: "'s mandate" or not, a
// comma or not, a space, then either the shortest run with no full stop
// or semicolon and a space before a date's words, or the date's words at
// once.
func (r *extensionReader) tail(k int) (extensionDate, bool) {
	for _, mandate := range [...]string{"'s mandate", ""} {
		if !hasPrefixFold(r.s[k:], mandate) {
			continue
		}
		for _, comma := range [...]string{",", ""} {
			p := k + len(mandate)
			if !strings.HasPrefix(r.s[p:], comma) {
				continue
			}
			p += len(comma)
			if p >= len(r.s) || r.s[p] != ' ' {
				continue
			}
			p++
			if d, ok := r.dateAfterRun(p); ok {
				return d, true
			}
			if d, ok := r.dateAt(p); ok {
				return d, true
			}
		}
	}
	return extensionDate{}, false
}

// dateAfterRun is the first date whose words stand after a space at or
// after s[p], with no full stop or semicolon from p to that space.
func (r *extensionReader) dateAfterRun(p int) (extensionDate, bool) {
	stop := r.stopAfter(p)
	for _, d := range r.dates {
		if d.at-1 >= p && d.at-1 < stop {
			return d, true
		}
	}
	return extensionDate{}, false
}

// dateAt is the date whose words start at s[p], if one does.
func (r *extensionReader) dateAt(p int) (extensionDate, bool) {
	for _, d := range r.dates {
		if d.at == p {
			return d, true
		}
	}
	return extensionDate{}, false
}

// stopAfter is the index of the first full stop or semicolon at or after
// s[p], or len(s), remembered for the places before it.
func (r *extensionReader) stopAfter(p int) int {
	if r.stopKnown && r.stopFrom <= p && p <= r.stopAt {
		return r.stopAt
	}
	i := strings.IndexAny(r.s[p:], ".;")
	if i < 0 {
		i = len(r.s) - p
	}
	r.stopFrom, r.stopAt, r.stopKnown = p, p+i, true
	return r.stopAt
}

// opensWithExtension reports whether "extend" or "renew", in any case,
// starts within the bytes of s that the pattern's "decides to " may take
// (12, with the s as "ſ"): where neither does, extendRE cannot match.
// Most operative paragraphs open with "Decides", which the pattern's
// first bytes admit.
func opensWithExtension(s string) bool {
	head := s[:min(len(s), len("decides to ")+1+len("extend"))]
	return containsASCIIFold(head, "extend") || containsASCIIFold(head, "renew")
}

// findCeilingIn is ceilingRE.FindStringSubmatchIndex(s) for s, a
// paragraph whose keywords are keys: the pattern needs "military
// personnel", which few hold.
func findCeilingIn(s string, keys paragraphKeys) []int {
	if keys&keyCeiling == 0 {
		return nil
	}
	return ceilingRE.FindStringSubmatchIndex(s)
}

// operationsBefore lists the peace operations named in paragraph i before
// its byte end, or, where it names none ("the United Nations Mission
// shall be comprised of …"), the one the document names, if it names
// one.
func operationsBefore(d *Document, r *ontology.Registry, ms *mandateMentions, i, end int) []string {
	var out []string
	for _, a := range ms.actorsIn(i, 0, end) {
		if isPeaceOperation(r, a) {
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		if operations := peaceOperationsIn(d, r); len(operations) == 1 {
			out = operations
		}
	}
	return out
}

// strengthUpTo is a ceiling read by findStrengthUpTo: the most military
// and police personnel, and the bytes of the text that state them.
type strengthUpTo struct {
	military, police int
	start, end       int
}

// findStrengthUpTo reads the ceilings of a mission's strength in the
// forms beyond "comprise up to N military personnel" (ceilingRE): "shall
// be comprised of up to 567 United Nations police monitors", "comprising
// up to 6,000 military personnel", "consisting of up to 350 military
// observers", "an authorized strength of up to 1,000 troops". Each "up to"
// counts after words that say what a mission is made of (compris…,
// consist…, strength, composition), in figures or in words ("comprising
// up to eighty-eight military observers", countInWords), and after "force
// level of", whose count is of troops ("a force level of up to 22,000");
// military personnel, observers and troops are military, police
// personnel, monitors, officers and civilian police are police. An
// increase ("by the addition of up to sixty military observers") is no
// ceiling, nor "approximately".
func findStrengthUpTo(s string) strengthUpTo {
	var c strengthUpTo
	for from := 0; ; {
		k := strings.Index(s[from:], "up to ")
		if k < 0 {
			return c
		}
		k += from
		from = k + len("up to ")
		before := s[max(0, k-len("composition of ")-len("United Nations ")):k]
		level := strings.HasSuffix(before, "force level of ")
		if !level && !strings.Contains(before, "compris") && !strings.Contains(before, "consist") && !strings.Contains(before, "strength of") && !strings.Contains(before, "composition of") {
			// "…, and up to 1,920 police personnel": a second count after a first.
			if c.end == 0 || k-c.end > len(", and ") {
				continue
			}
		}
		n, end := figuresAt(s, from)
		if n == 0 {
			if n, end = countInWords(s, from); n == 0 {
				continue
			}
		}
		skipped := 0
		if strings.HasPrefix(s[end:], " ") {
			skipped++
		}
		if strings.HasPrefix(s[end+skipped:], "United Nations ") {
			skipped += len("United Nations ")
		}
		kind, matched := strengthKind(s[end+skipped:])
		if kind == "" && level {
			// "a force level of up to 22,000": troops, the words say.
			kind, skipped = "military", 0
		}
		if kind == "" {
			continue
		}
		if c.end == 0 {
			c.start = k
		}
		c.end = end + skipped + matched
		if kind == "military" && c.military == 0 {
			c.military = n
		} else if kind == "police" && c.police == 0 {
			c.police = n
		}
	}
}

// countInWords reads a count printed in words at s[i:], as a period's
// count is (periodCount): "sixty", "eighty-eight", its hyphen perhaps
// OCR's mark for one ("eighty~eight", hyphenMark), times "hundred" or
// "thousand" where one follows ("seven thousand"); the count and where
// it ends, or 0.
func countInWords(s string, i int) (int, int) {
	j := lowerRun(s, i)
	n := numberWords[s[i:j]]
	if n == 0 {
		return 0, i
	}
	if n >= 20 && n%10 == 0 && j+1 < len(s) {
		mark := 0
		if s[j] == '-' {
			mark = 1
		} else {
			mark = hyphenMark(s, j)
		}
		if mark > 0 {
			e := lowerRun(s, j+mark)
			if u := numberWords[s[j+mark:e]]; u >= 1 && u <= 9 {
				n, j = n+u, e
			}
		}
	}
	for _, scale := range [...]struct {
		word string
		n    int
	}{{" hundred", 100}, {" thousand", 1000}} {
		if strings.HasPrefix(s[j:], scale.word) && wordEndsAt(s, j+len(scale.word)) {
			n, j = n*scale.n, j+len(scale.word)
		}
	}
	if !wordEndsAt(s, j) {
		return 0, i
	}
	return n, j
}

// strengthKind tells what personnel s opens with: "military" or "police",
// and how many bytes the words that say so take, a space or a line break
// between two ("military\npersonnel"); or "".
func strengthKind(s string) (string, int) {
	for _, w := range [...]string{"military personnel", "military observers", "troops"} {
		if n := wordsPrefix(s, w); n > 0 {
			return "military", n
		}
	}
	for _, w := range [...]string{"police personnel", "police monitors", "police officers", "civilian police"} {
		if n := wordsPrefix(s, w); n > 0 {
			return "police", n
		}
	}
	return "", 0
}

// wordsPrefix is len(words) where s opens with words, a space of which
// may be a line break in s, or 0.
func wordsPrefix(s, words string) int {
	if len(s) < len(words) {
		return 0
	}
	for i := 0; i < len(words); i++ {
		if s[i] != words[i] && (words[i] != ' ' || s[i] != '\n') {
			return 0
		}
	}
	return len(words)
}

// figuresAt reads a count in figures at s[i:], with commas between its
// thousands ("13,289"): the count and where it ends, or 0.
func figuresAt(s string, i int) (int, int) {
	j := i
	for j < len(s) && (isDigit(s[j]) || s[j] == ',' && j > i && j+3 < len(s) && isDigit(s[j+1]) && isDigit(s[j+2]) && isDigit(s[j+3])) {
		j++
	}
	if j == i || j < len(s) && isWordByte(s[j]) {
		return 0, i
	}
	return number(s[i:j]), j
}

// authorizedEnd is where the authorized of s[from:to], the words
// between "Authorizes" and "to use all necessary means", end: before
// those they work with ("Member States co-operating with the Government
// of Kuwait", "… in co-operation with …") and before a condition put
// on another ("…, unless Iraq on or before 15 January 1991 fully
// implements …"), which name no one authorized.
func authorizedEnd(s string, from, to int) int {
	for _, w := range []string{"operating with ", "operation with ", " unless "} {
		if k := strings.Index(s[from:to], w); k >= 0 {
			to = from + k
		}
	}
	return to
}

// findAuthorization is authorizeRE.FindStringSubmatchIndex(s), which
// needs "necessary means" in any case; "ary mean" has no letter that folds
// outside ASCII.
func findAuthorization(s string) []int {
	if !authorizeRE.may(s) || !containsASCIIFold(s, "ary mean") {
		return nil
	}
	return authorizeRE.FindStringSubmatchIndex(s)
}

// peaceOperationsIn lists the peace operations and forces a document
// names, by the registry's classes.
func peaceOperationsIn(d *Document, r *ontology.Registry) []string {
	var out []string
	for _, m := range d.Mentions {
		if isPeaceOperation(r, m.Actor) {
			out = appendNew(out, m.Actor)
		}
	}
	return out
}

func number(s string) int {
	n, _ := strconv.Atoi(strings.ReplaceAll(s, ",", ""))
	return n
}
