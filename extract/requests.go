package extract

import (
	"math/bits"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/sckg/sckg/ontology"
)

// Requests are the operative clauses of a Council decision: each operative
// verb ("Requests", "further requests", "Urges", "Calls upon", "Decides
// that …") opens one, addressed to the actors named before its "to", with
// the action asked, a deadline and a reporting interval where the text
// gives them.

// Request is one operative clause.
type Request struct {
	Paragraph *Paragraph
	Ordinal   int    // among the requests of its paragraph, from 1
	Verb      string // as printed, lower case: "requests", "further requests"
	Lemma     string // the verb alone: "requests"
	Addressee []string
	Action    string
	// Deadline is a date ("by 31 March 2021"); DeadlineDuration a time
	// from adoption ("within 180 days" is P180D), also given as a date when
	// the adoption date is known.
	Deadline         string
	DeadlineDuration string
	// DeadlinePeriod is a deadline that gives no day: a month ("by July
	// 1992" is 1992-07) or a year ("by the end of 1993" is 1993).
	DeadlinePeriod string
	Interval       string // "every three months" is P3M
	RefersTo       []*Citation
	Text           string
	// Span is where Text is in the source. findRequests leaves in it
	// Text's byte offsets in the paragraph text, which buildDocument turns
	// into the source's: a request holds no other copy of them.
	Span Span
}

// operativeVerbs open a clause: at the start of the paragraph, or after a
// comma, semicolon or "and", perhaps after adverbs ("further requests",
// "once again urges"). Each word may be capitalised; the rest is as
// written. They are matched by hand (nextOperativeVerb), not by one
// regular expression: that was a quarter of extraction's time.
var (
	// The adverbs of manner after the first seven are those of the older
	// texts: "Urgently calls upon", "Deeply deplores", "Highly commends";
	// "therefore" of a clause drawn from the one before ("…; and
	// therefore recommends"); "once more" as "once again" ("Urgently calls
	// once more upon"); "in this regard" and its like, as they stand before
	// a verb ("...; and in this regard urges ...") and after it
	// ("reiterates in this regard its request to ...").
	operativeAdverbs = []string{"further", "also", "again", "strongly", "once again", "firmly", "repeatedly",
		"urgently", "earnestly", "deeply", "highly", "fully", "solemnly", "vigorously", "categorically", "unreservedly", "emphatically", "therefore", "once more",
		"in this regard", "in that regard", "in this respect", "in this context"}
	operativeVerbs = []string{"decides", "requests", "urges", "calls upon", "calls on", "calls for", "encourages", "authorises", "authorizes",
		"demands", "welcomes", "condemns", "expresses", "stresses", "underlines", "emphasises", "emphasizes", "reiterates", "reaffirms",
		"recalls", "recognizes", "takes note", "takes positive note", "invites", "commends", "acknowledges", "affirms", "regrets",
		"underscores", "deplores", "insists", "directs", "endorses", "appeals", "instructs", "recommends",
		"requires", "asks", "reminds", "entrusts", "advises", "expects", "renews", "draws the attention",
		"approves", "declares", "notes", "confirms", "supports", "censures", "deprecates", "re-emphasizes", "agrees",
		"congratulates", "takes cognizance", "calls attention", "looks forward"}
	// openingVerbs open a clause only where the Council's own clauses
	// open: at the start of the paragraph, or after a semicolon. Each is as
	// often the verb of another subject after a comma or "and" ("if the
	// Committee, after receiving the reports, determines that …", "a
	// declaration by which it accepts … and undertakes to comply", "the
	// support …, continues to be subject to"), or a noun ("the records",
	// "standing orders"), or a verb that shares the clause of the one
	// before it ("Condemns and rejects the deliberate actions").
	openingVerbs = []string{"extends", "determines", "resolves", "considers", "desires", "holds", "believes", "records",
		"adopts", "accepts", "establishes", "orders", "continues", "undertakes", "finds", "rejects"}
	// statingVerbs state or settle something and ask it of no one: the
	// actors their clause names are what it is about ("Extends the
	// stationing in Cyprus of the Force", "Approves the report of the
	// Secretary-General", "Declares that the acts of aggression …"), not
	// those it addresses, as they are of "Requests", "Commends" or
	// "Condemns".
	statingVerbs = map[string]bool{"approves": true, "declares": true, "notes": true, "confirms": true, "supports": true,
		"re-emphasizes": true, "agrees": true, "takes cognizance": true, "looks forward": true, "extends": true,
		"determines": true, "resolves": true, "considers": true, "desires": true, "believes": true, "records": true,
		"adopts": true, "accepts": true, "establishes": true, "continues": true, "undertakes": true, "finds": true}
	// addresseeEnders end the part of a clause that names its addressees
	// when they follow ", ". A condition's words ("unless", "if",
	// "should", "provided that") end them too: "Authorizes Member States
	// co-operating with the Government of Kuwait, unless Iraq on or
	// before 15 January 1991 fully implements …, to use all necessary
	// means" asks nothing of Iraq, whom the condition names.
	addresseeEnders = wordSet(`in with through including within when as on by after addressing seeking notably especially particularly while without unless if should provided providing`)
	// judgingVerbs judge an actor and ask nothing of it: the actor they
	// name before the reason for the judgment ("Censures Israel for this
	// large-scale military action", "Commends ECOWAS for its efforts to
	// restore peace") is the one they address (reasonStart).
	judgingVerbs = wordSet(`condemns commends deplores censures congratulates deprecates`)
	// prepositionWords end in "to" a preposition that is no infinitive's
	// ("pursuant to Article 40 of the Charter", "up to sixty military
	// observers", "relative to the Protection of Civilian Persons",
	// "en route to"): their "to" neither ends the addressees nor opens an
	// action (addresseeWindow, actionTo).
	prepositionWords = wordSet(`pursuant up relative according prior contrary owing due addition route`)
	// toNouns are the nouns whose "to" says what they are for or about,
	// not what an actor is asked to do: "the right of the people of
	// Zimbabwe to self-determination", "damage to property", "its
	// steadfast support to the people of Zimbabwe", "economic assistance to
	// Cambodia". Their "to" ends the addressees, as any other does (what
	// follows it names whom the help goes to, not whom the clause asks),
	// but opens no action: the action is the infinitive after it, if any
	// (nounsAction). "Attaches" and "entrusted" are verbs whose "to" is as
	// a noun's ("attaches importance to", "the tasks entrusted to it").
	toNouns = wordSet(`right rights return threat threats contribution contributions assistance support damage applicability access opposition commitment attaches entrusted`)
)

var (
	// "report quarterly" is an interval; "his first quarterly report" is not.
	quarterlyRE = lazyRegexp(`\b(?:report(?:s|ing)? quarterly|on a quarterly basis)\b`)
	// yearlyWords say a clause's interval is a year, each as a whole
	// word or words (saysYearly).
	yearlyWords = []string{"annually", "every year", "on an annual basis", "yearly"}
)

// numberWords are the counts a period prints in words: every one to
// twenty and the tens, and with a hyphen the counts between the tens
// ("forty-five", periodCount).
var numberWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

// duration writes n units as an xsd:duration: P3M, P180D, P1Y. Weeks
// are written as days ("six weeks" is P42D): xsd:duration, unlike ISO
// 8601, has no W.
func duration(n, unit string) string {
	v := periodCount(n)
	if v <= 0 {
		return ""
	}
	if unit == "week" {
		v, unit = 7*v, "day"
	}
	return "P" + strconv.Itoa(v) + periodDesignator(unit)
}

// periodCount is the number n prints in figures ("3") or as a word
// ("three"). Only what opens as a number may parse as one: strconv.Atoi
// made an error, an allocation, for every word.
func periodCount(n string) int {
	if n != "" && (isDigit(n[0]) || n[0] == '+' || n[0] == '-') {
		if v, err := strconv.Atoi(n); err == nil {
			return v
		}
	}
	if tens, unit, ok := strings.Cut(n, "-"); ok {
		// "forty-five": a ten and a unit below ten.
		t, u := numberWords[tens], numberWords[unit]
		if t < 20 || t%10 != 0 || u < 1 || u > 9 {
			return 0
		}
		return t + u
	}
	return numberWords[n]
}

// periodDesignator is ISO 8601's letter for a unit of a duration, or "".
func periodDesignator(unit string) string {
	switch unit {
	case "day":
		return "D"
	case "week":
		return "W"
	case "month":
		return "M"
	case "year":
		return "Y"
	}
	return ""
}

// findRequests reads the requests of each operative paragraph. They and
// their lists are made in room (the file's arena's).
func findRequests(d *Document, room *requestRoom, collectives collectiveIndex, warn func(Warning)) []*Request {
	// Every paragraph's clauses first, so that the document's requests
	// are made in one allocation, not one a paragraph; a document with none
	// reads no further.
	clauses := clausesPool.Get().(*clauseList)
	defer clausesPool.Put(clauses)
	clauses.find(d)
	locs, bounds, misread, asked := clauses.locs, clauses.bounds, clauses.misread, clauses.asked
	if len(locs) == 0 {
		return nil
	}
	// Mentions and citations by paragraph, in text order, so that each
	// clause looks only at those inside it: a paragraph of many clauses
	// must not be read once per clause (issue 16). Each list is read
	// once, for where every paragraph's run stands, and only paragraphs
	// with clauses ask for theirs.
	var mentionLists [][]*Mention // by paragraph, for mentions in another order
	mentionRuns, inOrder := paragraphRunsOf(d.Paragraphs, d.Mentions, clauses.mentionBounds)
	clauses.mentionBounds = mentionRuns.bounds
	if !inOrder {
		var pooled *[][]*Mention
		mentionLists, pooled = pooledMentionsByParagraph(d)
		defer releaseMentionLists(pooled)
	}
	cited := newCitedParagraphs(d, clauses.citationBounds)
	clauses.citationBounds = cited.runs.bounds
	// The requests' addressees and cited paragraphs are parts of two lists
	// made for the document, not lists grown by append for each request:
	// those were a tenth of BenchmarkDev's allocations (issue 13).
	// Room for one addressee a request (0.6 on average in dev and the
	// seeds), made when the first is found.
	addressees := clippedLists[string]{room: min(len(d.Mentions), len(locs)), made: &room.addressees}
	refersTo := clippedLists[*Citation]{room: min(len(d.Citations), len(locs)), made: &room.refersTo}
	out := room.list(len(locs))
	for pi, p := range d.Paragraphs {
		locs := locs[bounds[pi]:bounds[pi+1]]
		if len(locs) == 0 {
			continue
		}
		// An item's mentions and citations are its paragraph's, read in
		// its paragraph's text (host), where the item's starts at shift;
		// its paragraph's keys, read already, hold its own.
		hi, shift := pi, 0
		if p.Kind == Sub {
			hi, shift = itemHost(d.Paragraphs, pi)
		}
		host, keys := d.Paragraphs[hi].Text, d.Paragraphs[hi].keys()
		cs := cited.namingParagraphs(cited.of(hi, d.Paragraphs[hi]))
		ms := mentionRuns.of(hi)
		if mentionLists != nil {
			ms = mentionLists[hi]
		}
		ms = byStart(ms)
		for k, loc := range locs {
			start, end := loc[2], len(p.Text)
			if k+1 < len(locs) {
				end = locs[k+1][0]
			}
			seg := p.Text[start:end]
			verb := lowerVerb(p.Text[loc[2]:loc[3]])
			if strings.IndexByte(verb, '\n') >= 0 {
				// "also calls\nupon": the verb as printed, unwrapped.
				verb = strings.ReplaceAll(verb, "\n", " ")
			}
			text := trimClauseMark(seg)
			// Field by field, not a composite literal copied in: the copy of
			// the whole struct went through the write barriers in bulk
			// while the collector ran.
			r := room.made.next()
			r.Paragraph, r.Ordinal = p, k+1
			r.Verb, r.Lemma = verb, lastWords(verb)
			if len(misread) > 0 && misread[0].loc == bounds[pi]+k {
				r.Lemma = misread[0].verb
				misread = misread[1:]
				warn(Warning{Kind: WarnOCRRepair, Message: p.ID + ": read the verb printed " + strconv.Quote(p.Text[:loc[3]]) + " as " + strconv.Quote(capitalised(r.Lemma)) + ", the one operative verb within a letter of it"})
			}
			if len(asked) > 0 && asked[0].loc == bounds[pi]+k {
				// "Decides to request", "(a) To call upon": the request of
				// the infinitive.
				r.Lemma = asked[0].verb
				asked = asked[1:]
			}
			r.Text, r.Span = text, Span{start, start + len(text)}
			rest := seg[len(verb):]
			window, from := rest, 0
			if r.Lemma == "decides" {
				// "Decides that MINUSMA shall …" is addressed to MINUSMA;
				// "Decides to extend …" to no one. Its action is the whole
				// rest: where the addressees would end is not looked for.
				window = ""
				if subject, ok := decidedThat(rest); ok {
					// " that " and the subject, up to a "concerning", as
					// the other verbs' addressees end (topicCut).
					window = topicCut(rest[:len(" that ")+len(subject)])
				}
				r.Action = strings.TrimSpace(trimClauseMark(rest))
			} else if statingVerbs[r.Lemma] {
				window, r.Action = "", strings.TrimSpace(trimClauseMark(rest))
			} else if judgingVerbs[r.Lemma] {
				// "Condemns South Africa for its continued support of the
				// illegal régime in Southern Rhodesia": the actor judged,
				// not those the reason names; and no action is asked.
				from, window, _ = addresseeWindow(r.Lemma, rest, collectives.words)
				window, r.Action = judgedWindow(window), ""
			} else {
				from, window, r.Action = addresseeWindow(r.Lemma, rest, collectives.words)
				if authorizesThing(r.Lemma, window) {
					if nounsTo(rest[from+len(window):]) {
						// "the gradual reduction of UNOSOM II to a force
						// level of up to 22,000": the thing's "to", and no
						// infinitive asked; the action is the whole rest,
						// as "Recommends the establishment of …"'s is.
						r.Action = strings.TrimSpace(trimClauseMark(rest))
					}
					window = ""
				}
			}
			// The addressees' window may open after an aside (asideEnd):
			// the rest is read from there.
			rest = rest[from:]
			wStart := shift + start + len(verb) + from // in host
			addressees.open()
			authorEnd := -1 // where the last author of a document named ends
			// Where the words that qualify the group the window opens
			// stand (qualifierSpan): -2 until an actor asks.
			qualifierStart, qualifierEnd := -2, -2
			for i := sort.Search(len(ms), func(i int) bool { return int(ms[i].start) >= wStart }); i < len(ms) && int(ms[i].start) < wStart+len(window); i++ {
				m := ms[i]
				if int(m.end) > wStart+len(window) || concernedAfter(host[m.end:]) {
					// "the Member States concerned" are the States
					// concerned (a collective's label), not all Members.
					continue
				}
				before := host[wStart:m.start]
				if authorOfDocument(before) || authorNamedBefore(host[m.end:]) || ownerOfPlace(before, r.Lemma) ||
					authorEnd >= 0 && authorsLinked(host[authorEnd:m.start]) {
					// An author's, an owner's list ("the territories of
					// Angola and Zambia") is asked nothing either.
					authorEnd = int(m.end)
				} else if (!qualifiesGroup(before) || !strings.Contains(before, ", including ")) && !placesGroup(before) {
					if qualifierStart == -2 && len(before) >= len("States with ") {
						// Not before: an actor named first, as most are,
						// after " the " or nothing, stands in no qualifier.
						qualifierStart, qualifierEnd = qualifierSpan(window)
					}
					if qualifierStart <= len(before) && len(before) < qualifierEnd {
						continue
					}
					// An actor after a group's "of" says what the group
					// is only among the bodies a ", including" adds to the
					// addressees (includedEnd); one that places a group
					// ("all parties in Cambodia") or is named in the words
					// that qualify an addressee ("States with legislation
					// permitting importation … from Southern Rhodesia",
					// qualifierSpan) is asked nothing.
					addressees.addNew(m.Actor)
				}
			}
			repaired := ""
			for _, g := range collectives.groups {
				// The labels that end in one word are looked for only in
				// a window that holds the word: most hold none of the
				// collectives' last words ("States", "parties",
				// "concerned", "community", "agencies", "Governments").
				// The word is looked for once, for the labels as printed
				// and as OCR misread them.
				if !strings.Contains(window, g.last) {
					continue
				}
				for _, c := range g.labels {
					if namesCollective(window, rest, c.label) {
						addressees.addNew(c.key)
					}
				}
				// OCR's misread first word of a collective's label ("ali
				// States", "tbe parties"); one warning a collective ("tbe
				// parties concerned" holds "tbe parties").
				for _, c := range g.labels {
					if c.key == repaired {
						continue
					}
					if printed := misreadCollective(window, rest, c.label); printed != "" {
						repaired = c.key
						addressees.addNew(c.key)
						warn(Warning{Kind: WarnOCRRepair, Message: p.ID + ": read " + strconv.Quote(printed) + " as " + strconv.Quote(c.label) + ", the collective within a letter of it"})
					}
				}
			}
			if statesInGeneral(window) {
				addressees.addNew("all-states")
			}
			if end := partiesByPeopleEnd(window, rest); end > 0 && !mentionEndsAt(ms, wStart+end) {
				// Unless a text defined the words as its parties by
				// name: "the Malian parties" of 2531 (2020) are three.
				addressees.addNew("the-parties")
			}
			if len(addressees.items) == addressees.from && !slices.Contains(decidingVerbs, r.Lemma) {
				// A decision's subject (decidingVerbs) is no one asked for a pronoun:
				// "… and decides that it shall meet again" speaks of the
				// Council, not of the one the clause before asked. Only a
				// verb that asks its "that" clause's subject (addressedBy's
				// inThat) reads a pronoun there.
				if pronoun := pronounAddressed(window); pronoun != "" {
					for _, key := range collectives.antecedent(pronoun, previousIn(out, p), ms, wStart) {
						addressees.addNew(key)
					}
				}
			}
			r.Addressee = addressees.close()
			// "not later than six weeks after this resolution comes into
			// effect" holds none of the timing keys (laterThanAdoption).
			if keys&timingKeys != 0 || strings.Contains(seg, "later than ") {
				if printed := readTimingIn(r, seg, d.AdoptionDate, keys); printed != "" {
					warn(Warning{Kind: WarnOCRRepair, Message: p.ID + ": read the deadline printed " + strconv.Quote(printed) + " as " + r.Deadline + ", OCR's letters for figures read back"})
				}
			}
			if r.Deadline == "" && len(d.Mandate) > 0 && strings.Contains(ownWords(seg), endOfThisPeriod) {
				r.Deadline = periodEndBefore(d, pi, len(r.Addressee) > 0)
			}
			// The paragraphs this clause cites: the citations printed in it.
			refersTo.open()
			for i := sort.Search(len(cs), func(i int) bool { return int(cs[i].at) >= shift+start }); i < len(cs) && int(cs[i].at) < shift+end; i++ {
				refersTo.add(cs[i])
			}
			r.RefersTo = refersTo.close()
			out = append(out, r)
		}
	}
	return out
}

// documentNouns are the documents a clause names by their author ("the
// report of the Secretary-General", "the letter from the Government of
// Israel", "the statement by the President"), singular and plural.
var documentNouns = wordSet(`report reports letter letters statement statements note notes message messages communication communications telegram telegrams cable cables memorandum proposal proposals recommendation recommendations`)

// authorOfDocument reports whether the actor named right after before,
// the clause's words after its verb, is the author of a document the
// clause speaks of: "Approves the report of the Secretary-General",
// "Takes note of the letters from the Permanent Representative of …".
// The clause asks nothing of an author it names so; it asks what it asks
// of the actor it names itself ("Requests the Secretary-General to …").
func authorOfDocument(before string) bool {
	// Twice at most: the author may be a state through those who speak
	// for it ("the letter from the Government of Israel", "the note by
	// the Permanent Representative of France").
	for range 2 {
		before = strings.TrimSuffix(strings.TrimRight(before, " \n"), " the")
		var linked bool
		for _, link := range [...]string{" of", " by", " from"} {
			if strings.HasSuffix(before, link) {
				before, linked = strings.TrimRight(before[:len(before)-len(link)], " \n"), true
				break
			}
		}
		if !linked {
			return false
		}
		k := strings.LastIndexAny(before, " \n(")
		switch w := before[k+1:]; {
		case documentNouns[w]:
			return true
		case spokesmen[w]:
			before = before[:k+1]
			if strings.HasSuffix(before, " Permanent ") {
				before = before[:len(before)-len("Permanent ")]
			}
		default:
			return false
		}
	}
	return false
}

// authorNamedBefore reports whether after, the text right after an
// actor named, makes the actor the author of a document the clause
// speaks of, named after it: a documentNouns word after its possessive
// and at most two words in small letters ("Takes note of the
// Secretary-General's report", "the Secretary-General's further
// report", "the Secretary-General’s recommendations", "the parties'
// proposals"), or "resolution"
// ("all relevant Security Council resolutions", "Endorses General
// Assembly resolution 31/6 A"). The clause asks nothing of an author it
// names so, as of one authorOfDocument reads.
func authorNamedBefore(after string) bool {
	if after == "" {
		return false
	}
	switch after[0] {
	case ' ', '\n':
		w := after[1:lowerRun(after, 1)]
		return w == "resolution" || w == "resolutions"
	case '\'':
		after = after[1:]
	case "’"[0]:
		if !strings.HasPrefix(after, "’") {
			return false
		}
		after = after[len("’"):]
	default:
		return false
	}
	// "'s", or "'" alone after a plural: "the parties' proposals",
	// "Member States' reports".
	after, ok := strings.CutPrefix(after, "s")
	ok = ok || after != "" && after[0] == ' '
	for i := 0; ok && i < 3; i++ {
		k := lowerRun(after, 1)
		if len(after) == 0 || after[0] != ' ' && after[0] != '\n' || k == 1 {
			return false
		}
		if documentNouns[after[1:k]] {
			return true
		}
		after = after[k:]
	}
	return false
}

// placeNouns are the places a clause names by their owner: "the airspace
// of Bosnia and Herzegovina", "the territory of Lebanon", "the air space
// of Lebanon".
var placeNouns = wordSet(`territory territories airspace space waters soil borders frontiers`)

// statehoodNouns are a State's own rights a clause names by the State:
// "the sovereignty, independence and territorial integrity of Lebanon".
var statehoodNouns = wordSet(`sovereignty integrity independence`)

// ownerOfPlace reports whether the actor named right after before, the
// clause's words after its verb lemma, is named only as the owner of a
// place the clause speaks of (placeNouns): "Reaffirms its ban on military
// flights in the airspace of Bosnia and Herzegovina", "Demands the
// withdrawal of all forces from the territory of Lebanon" ask nothing of
// it. Nor does a clause that asks or judges ask anything of a State named
// as the owner of its rights (statehoodNouns): "Demands respect for the
// sovereignty … of Lebanon", "Condemns the violation of the territorial
// integrity of Angola". A verb that affirms them ("Affirms the
// sovereignty and territorial integrity of the Republic of Georgia",
// "Reiterates its strong support for the territorial integrity … of
// Lebanon") speaks for the State, as "Reaffirms the right of Angola" and
// "Reaffirms its support for the Secretary-General" do: it keeps it.
func ownerOfPlace(before, lemma string) bool {
	// Twice at most: the State's name may open with words the registry
	// does not read as its own ("the People's Republic of Angola").
	for range 2 {
		link, head := linkBefore(before)
		if link != "of" {
			return false
		}
		before = head
		w := lastWord(before)
		if w != "" && 'A' <= w[0] && w[0] <= 'Z' {
			before = strings.TrimRight(before[:len(before)-len(w)], " \n")
			if strings.HasSuffix(before, "People's") {
				before = before[:len(before)-len("People's")]
			}
			continue
		}
		return placeNouns[w] || statehoodNouns[w] && !renewingVerbs[lemma] && lemma != "affirms"
	}
	return false
}

// qualifiesGroup reports whether the actor named right after before,
// the clause's words after its verb, is named by a group's "of" that
// says what the group is, not whom the clause asks: "including the
// specialized agencies of the United Nations", "including States not
// Members of the United Nations". The word before "of" is a noun in
// small letters, or "Members"; a capitalised one is a name the actor
// speaks through ("the Government of Israel"), and the clause asks it of
// the actor. It is asked only of the bodies a ", including" adds to the
// addressees: elsewhere a clause that "welcomes the efforts of the
// Secretary-General" or "commends the decision of the Supreme National
// Council" takes the actor it names so.
func qualifiesGroup(before string) bool {
	link, head := linkBefore(before)
	w := lastWord(head)
	return link == "of" && w != "" && ('a' <= w[0] && w[0] <= 'z' || w == "Members")
}

// linkBefore splits before, the clause's words up to an actor's name, at
// the "of" or "in" (and "the") that joins the name to a noun before it:
// the link, and the words before it, their spaces trimmed; "", "" where
// no such link ends before. qualifiesGroup, placesGroup and ownerOfPlace
// each ask it, of the noun it leaves last.
func linkBefore(before string) (link, head string) {
	before = strings.TrimSuffix(strings.TrimRight(before, " \n"), " the")
	n := len(before)
	if n < len(" of") || before[n-1] != 'n' && before[n-1] != 'f' {
		return "", "" // no "in", no "of": most actors, at no more cost
	}
	if link = before[n-2:]; link != "in" && link != "of" || before[n-3] != ' ' && before[n-3] != '\n' {
		return "", ""
	}
	return link, strings.TrimRight(before[:n-len(link)], " \n")
}

// groupNoun reports whether w is a group of people a clause may ask as a
// whole and place or define by a name: "all parties in Cambodia", "all factions in
// Haiti", "the communities in Cyprus", "all sectors of society in El
// Salvador", "the Serb territorial defence forces in Croatia", "the Force
// presence in the former Yugoslav Republic of Macedonia", "the parties of
// the region". "Authorities" and "Government" are none: "the authorities
// in El Salvador" are El Salvador's, and the clause asks it of El Salvador.
func groupNoun(w string) bool {
	switch w {
	case "society", "forces", "presence", "militias":
		return true
	}
	return definedByOf(w)
}

// definedByOf reports whether w is a groupNoun whose "of" says
// which the group is, not whose: "the parties of the region", "all
// sectors of society"; "the forces of Israel" and "the presence of the
// United Nations" are Israel's and the United Nations', who are asked.
func definedByOf(w string) bool {
	switch w {
	case "parties", "factions", "communities", "sectors", "groups", "elements", "movements":
		return true
	}
	return false
}

// placesGroup reports whether the actor named right after before, the
// clause's words after its verb, places or defines a group the clause
// asks (groupNoun): "all parties in Cambodia", "all sectors of society in
// El Salvador", "the parties of the region". The group is the addressee,
// read as a collective where it is one ("all parties"), not the place.
func placesGroup(before string) bool {
	link, head := linkBefore(before)
	if link == "" {
		return false
	}
	noun := lastWord(head)
	if link == "in" && noun == "concerned" {
		// "all parties and others concerned in Bosnia and Herzegovina"
		return lastWord(strings.TrimRight(head[:len(head)-len(noun)], " \n")) == "others"
	}
	return link == "in" && groupNoun(noun) || link == "of" && definedByOf(noun)
}

// qualifiedHeadWords is how many words of the addressees a group that
// qualifierSpan reads may stand after: "all the Member States with …".
const qualifiedHeadWords = 4

// qualifierSpan is where the words stand in the addressees' window that
// qualify the group it opens, "States", "Governments", "Members" or a
// groupNoun, up to the next comma, or -1, -1: an actor named in them is
// asked nothing. "Requests States with legislation permitting
// importation of minerals … from Southern Rhodesia to repeal it" asks it
// of those States, not of Southern Rhodesia; "Authorizes Member States
// co-operating with the Government of Kuwait … to use" of those Member
// States. The group stands within the window's first qualifiedHeadWords
// words, and the qualifier (qualifierWord) follows it or one word in
// "-ing" after it. It is read once a window, a byte at a time, only
// those first words: a group a comma sets after another addressee
// ("Israel, and States with …") is not looked for.
func qualifierSpan(window string) (start, end int) {
	// prev and prevPrev are the words before w: a group, or a group and
	// its "-ing".
	var prev, prevPrev string
	for i, n := 0, 0; n < qualifiedHeadWords+2; n++ {
		for i < len(window) && (window[i] == ' ' || window[i] == '\n') {
			i++
		}
		j := i
		for j < len(window) && window[j] != ' ' && window[j] != '\n' && window[j] != ',' {
			j++
		}
		if j == len(window) || window[j] == ',' {
			return -1, -1 // the group's list, or the window, ends with no qualifier
		}
		w := window[i:j]
		if qualifierWord(w) && (n >= 1 && n <= qualifiedHeadWords && qualifiedGroup(prev) ||
			n >= 2 && strings.HasSuffix(prev, "ing") && qualifiedGroup(prevPrev)) {
			if k := strings.IndexByte(window[j:], ','); k >= 0 {
				return i, j + k
			}
			return i, len(window)
		}
		prev, prevPrev, i = w, prev, j
	}
	return -1, -1
}

// qualifierWord reports whether w opens the words that say which of a
// group the clause asks: "States with legislation permitting …", "Member
// States co-operating with the Government of Kuwait", "States which have
// not done so", "Governments that …", "States from which …".
func qualifierWord(w string) bool {
	switch w {
	case "with", "which", "that", "who", "whose", "from", "having":
		return true
	}
	return false
}

// qualifiedGroup reports whether w names a group qualifierSpan reads the
// qualifier of.
func qualifiedGroup(w string) bool {
	return w == "States" || w == "Governments" || w == "Members" || groupNoun(w)
}

// spokesmen are those a document's author is named through: "the
// Government of Israel", "the Permanent Representative of France".
var spokesmen = wordSet(`Government Governments Representative representative Representatives representatives delegation Minister President`)

// authorsLinked reports whether between, the words from the end of a
// document's author to the next actor named, joins that actor to the
// author as another: "the letters from the Government of Israel and the
// Government of Jordan", "the statements by Israel, Jordan and Lebanon".
func authorsLinked(between string) bool {
	w := strings.TrimLeft(between, " \n")
	comma := strings.HasPrefix(w, ",")
	w = strings.TrimLeft(strings.TrimPrefix(w, ","), " \n")
	and := strings.HasPrefix(w, "and ") || strings.HasPrefix(w, "and\n")
	if and {
		w = strings.TrimLeft(w[len("and"):], " \n")
	}
	if !comma && !and {
		return false
	}
	w = strings.TrimPrefix(w, "the ")
	if k := strings.IndexAny(w, " \n"); k > 0 && spokesmen[w[:k]] {
		// "… and the Government of Jordan"
		rest := strings.TrimLeft(w[k:], " \n")
		rest, ok := strings.CutPrefix(rest, "of")
		if !ok {
			return false
		}
		w = strings.TrimPrefix(strings.TrimLeft(rest, " \n"), "the ")
	}
	return strings.TrimSpace(w) == ""
}

// statesInGeneral reports whether the addressees' window opens with
// "States" and no article ("Calls upon States to enact …", "Appeals to
// States to …"), or with "all other": the Council's call on States in general, as on "all
// States". A word after them that makes them some States only ("States
// concerned", "States not parties to …", "States with legislation
// permitting …", "States which have not done so", "States Members of the
// United Nations") leaves them unread: those groups are none of the
// registry's collectives.
func statesInGeneral(window string) bool {
	w := strings.TrimLeft(window, " \n")
	w = strings.TrimPrefix(w, "to ")
	// "Calls upon all other States to exercise the utmost restraint",
	// "Reaffirms its request to all other States", "Urges in the meantime
	// all other States": all States but the ones a clause before named,
	// whom the Council asked already; all States, as "all States" is.
	if k := strings.Index(w, "all other States"); k == 0 || k > 0 && w[k-1] == ' ' {
		w = w[k+len("all other "):]
	}
	rest, ok := strings.CutPrefix(w, "States")
	if !ok || rest != "" && rest[0] != ' ' && rest[0] != '\n' && rest[0] != ',' {
		return false
	}
	next := strings.TrimLeft(rest, " \n")
	if k := strings.IndexAny(next, " \n,;"); k >= 0 {
		next = next[:k]
	}
	// Only "States" followed by what they are asked, another addressee
	// or a comma: any other word narrows them ("States Members of …",
	// "States which have not done so", "States having relations with …").
	switch next {
	case "", "to", "and", "or":
		return true
	}
	return false
}

// pronounAddressed is the pronoun the addressees' window is ("Requests
// him to report", "calls upon them to exercise restraint", "Encourages
// it to increase its efforts") or opens as the clause's object ("Commends
// him for his efforts"), or "". "It" is read only as the whole window
// but for the adverbs after it ("invites it once again to …"), before the
// action's "to": "it necessary" says nothing of whom a clause asks.
func pronounAddressed(window string) string {
	if window == "" {
		return "" // a decision's, a statement's
	}
	w := strings.TrimLeft(window, " \n")
	w = strings.TrimPrefix(w, "to ") // "Appeals to them to …"
	if w, ok := strings.CutPrefix(w[adverbsEnd(w, 0):], "that "); ok {
		// "Demands that it immediately cease such actions", "demands
		// once again that it immediately do so", "Requests … that he
		// submit a report": the subject of a "that" clause
		// (thatSubjectEnd) as the object it stands for.
		return thatPronouns[w]
	}
	first := w[:lowerRun(w, 0)]
	switch {
	case first == "it":
		if after := strings.TrimSpace(w[len(first):]); after == "" || adverbsEnd(after+" ", 0) == len(after)+1 {
			return first
		}
	case first == "him" || first == "her" || first == "them":
		if wordEndsAt(w, len(first)) {
			return first
		}
	}
	return ""
}

// thatPronouns are the pronouns a "that" clause's subject may be, as the
// objects pronounAddressed reads.
var thatPronouns = map[string]string{"he": "him", "she": "her", "it": "it", "they": "them"}

// previousIn is the last request of out if it is of paragraph p, or nil.
func previousIn(out []*Request, p *Paragraph) *Request {
	if len(out) > 0 && out[len(out)-1].Paragraph == p {
		return out[len(out)-1]
	}
	return nil
}

// antecedent is whom a pronoun addressed (pronounAddressed) stands for,
// or nil where that is not clear. "Him" and "her" are the last post (an
// org:Post: the Secretary-General, a Special Representative, the
// Mediator) the paragraph names before the pronoun's window, at before
// ("Endorses the report of the Secretary-General and commends him for
// his efforts", "Requests, in connection with the decision of the
// Secretary-General to send a mission …, that he submit a report"): ms
// are the paragraph's mentions by start. "Them" and
// "it" are the addressees of the paragraph's clause before (prev), where
// they agree in number: "Calls upon the parties concerned to refrain …
// and urges them to continue …"; "them" are two or more, or a
// collective, and "it" one actor, not a collective nor a post. Where
// that clause addresses no one, "them" are the one collective it names
// ("Notes with satisfaction that the parties have resumed the talks and
// urges them to pursue these talks").
func (c collectiveIndex) antecedent(pronoun string, prev *Request, ms []*Mention, before int) []string {
	switch pronoun {
	case "him", "her":
		for i := len(ms) - 1; i >= 0; i-- {
			if int(ms[i].start) < before && c.posts[ms[i].Actor] {
				return []string{ms[i].Actor}
			}
		}
		return nil
	}
	if prev == nil {
		return nil
	}
	switch named := prev.Addressee; {
	case pronoun == "it":
		if len(named) == 1 && !c.keys[named[0]] && !c.posts[named[0]] {
			return named
		}
	case len(named) > 1 || len(named) == 1 && c.keys[named[0]]:
		return named
	case len(named) == 0:
		if key := c.onlyNamed(prev.Text[len(prev.Verb):]); key != "" {
			return []string{key}
		}
	}
	return nil
}

// onlyNamed is the collective text names, where it names one only, as
// namesCollective reads it; or "".
func (c collectiveIndex) onlyNamed(text string) string {
	found := ""
	for _, g := range c.groups {
		if !strings.Contains(text, g.last) {
			continue
		}
		for _, l := range g.labels {
			if l.key != found && namesCollective(text, text, l.label) {
				if found != "" {
					return ""
				}
				found = l.key
			}
		}
	}
	return found
}

// collectiveLabel is a label of a collective of the registry (an
// sckg:Collective: "all States", "the parties") and its actor's key.
type collectiveLabel struct{ label, key string }

// collectiveGroup is the labels of the collectives that end in one word,
// last.
type collectiveGroup struct {
	last   string
	labels []collectiveLabel
}

// collectiveIndex is the registry's collectives as findRequests reads
// them.
type collectiveIndex struct {
	groups []collectiveGroup
	// words are the lower-case words of the labels ("all", "both",
	// "parties", "concerned"): "that all parties comply …", "that the
	// parties …" ask it of the parties, as "that all States refrain …" of
	// all States (thatSubjectEnd).
	words map[string]bool
	// keys are the collectives' keys, and posts the keys of the actors
	// that are posts (org:Post): whom a pronoun may stand for
	// (antecedent).
	keys, posts map[string]bool
}

// indexCollectives groups the labels of r's collectives by their last
// word, the groups in the order of their first label, each group's
// labels in the registry's order, and gathers their lower-case words.
func indexCollectives(r *ontology.Registry) collectiveIndex {
	out := collectiveIndex{words: map[string]bool{}, keys: map[string]bool{}, posts: map[string]bool{}}
	for _, a := range r.Actors() {
		if a.IsPost() {
			out.posts[a.Key] = true
		}
		if a.IsCollective() {
			out.keys[a.Key] = true
			for _, l := range a.Labels() {
				last := l[strings.LastIndexByte(l, ' ')+1:]
				k := slices.IndexFunc(out.groups, func(g collectiveGroup) bool { return g.last == last })
				if k < 0 {
					k = len(out.groups)
					out.groups = append(out.groups, collectiveGroup{last: last})
				}
				out.groups[k].labels = append(out.groups[k].labels, collectiveLabel{l, a.Key})
				for _, w := range strings.Fields(l) {
					if 'a' <= w[0] && w[0] <= 'z' {
						out.words[w] = true
					}
				}
			}
		}
	}
	return out
}

// namesCollective reports whether the addressees' window names the
// collective label as whole words that no capitalised word or "members"
// continues, and that no "of" puts after a noun: "all States Members of
// the United Nations" are the Member States, not all States; "attacks
// … by one of the parties", "the obligation of all States" address
// neither, where "Requests of all States that …" does. Nor does a label
// the clause (rest, of which window is a prefix) continues with a treaty
// (partiesToTreaty): "all parties to the Convention" are the states bound
// by it, not the parties to the conflict or dispute that actor:the-parties
// is.
func namesCollective(window, rest, label string) bool {
	for i := indexWholeWords(window, label, 0); i >= 0; i = indexWholeWords(window, label, i+1) {
		if collectiveAt(window, rest, i, i+len(label)) {
			return true
		}
	}
	return false
}

// collectiveAt reports whether the words at window[start:end] name a
// collective as namesCollective reads its labels: no noun's "of" before
// them, no treaty (partiesToTreaty), capitalised word, "members" or
// participle that narrows them after them ("all Governments operating
// aircraft in the area" are not all States; the parties stay the parties,
// namesParties), and no "concerned" that
// makes them those a longer label names ("all Governments concerned" are
// the States concerned, not all States; "all parties concerned" is read
// by its own label) or no collective ("all Governments and authorities
// concerned", States and bodies that are none). "And others concerned"
// are others: "all parties and others concerned" are the parties and all
// concerned.
func collectiveAt(window, rest string, start, end int) bool {
	if ofNoun(window[:start]) || partiesToTreaty(rest[end:]) || possessiveAuthor(rest[end:]) {
		return false
	}
	next := strings.TrimLeft(window[end:], " \n")
	if next != "" && ('A' <= next[0] && next[0] <= 'Z' || strings.HasPrefix(next, "members")) {
		return false
	}
	if w := next[:lowerRun(next, 0)]; strings.HasSuffix(w, "ing") && w != "during" && w != "including" && !namesParties(window[start:end]) {
		return false
	}
	if after, ok := strings.CutPrefix(next, "and "); ok && !strings.HasPrefix(after, "others") {
		if k := strings.IndexAny(after, " \n"); k > 0 {
			next = strings.TrimLeft(after[k:], " \n") // "and authorities concerned"
		}
	}
	return !strings.HasPrefix(next, "concerned") || !wordEndsAt(next, len("concerned"))
}

// possessiveAuthor reports whether after, the text after a collective's
// label, makes it a document's author in the possessive ("the parties'
// proposals", "Member States' reports"), as authorNamedBefore reads an
// actor named.
func possessiveAuthor(after string) bool {
	return after != "" && (after[0] == '\'' || after[0] == "’"[0]) && authorNamedBefore(after)
}

// concernedAfter reports whether rest, the text after a name, opens
// with the word "concerned" ("the Member States concerned").
func concernedAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " \n")
	return strings.HasPrefix(rest, "concerned") && wordEndsAt(rest, len("concerned"))
}

// namesParties reports whether a collective's words end in a noun of
// peoplesParties: a participle after them says which of the parties
// ("all parties participating in the negotiations"), and they are the
// parties still, where it makes States some States ("all States
// continuing to have relations with …").
func namesParties(words string) bool {
	for _, noun := range peoplesParties {
		if strings.HasSuffix(words, noun) {
			return true
		}
	}
	return false
}

// peoplesParties are the nouns a people's adjective names the parties
// by: "the Angolan parties", "all Cambodian parties", "all Somali
// factions"; "factions" are the parties without it too ("all factions in
// Haiti"). "Leaders" are not: "the African leaders" are no parties.
var peoplesParties = []string{"parties", "factions"}

// partyDeterminers open the parties named by peoplesParties.
var partyDeterminers = wordSet(`the all both`)

// mentionEndsAt reports whether one of ms, a paragraph's mentions,
// ends at end.
func mentionEndsAt(ms []*Mention, end int) bool {
	for _, m := range ms {
		if int(m.end) == end {
			return true
		}
	}
	return false
}

// partiesByPeopleEnd is where the words of the addressees' window end
// that name the parties by the people they are of, one or two
// capitalised words between a determiner and a noun of peoplesParties
// ("the Angolan parties", "all Cambodian parties", "the Bosnian Serb
// factions"), or as "all factions", as collectiveAt reads a collective's
// label; or -1.
func partiesByPeopleEnd(window, rest string) int {
	if len(window) < len("all factions") {
		return -1 // most windows, a decision's "" and "the Secretary-General" among them
	}
	for _, noun := range peoplesParties {
		for i := indexWholeWords(window, noun, 0); i >= 0; i = indexWholeWords(window, noun, i+1) {
			start, people := i, 0
			w := spacedWordBefore(window, start)
			for ; people < 2 && w != "" && 'A' <= w[0] && w[0] <= 'Z' && !notAPeople[w]; people++ {
				start -= len(w) + 1
				w = spacedWordBefore(window, start)
			}
			// w is the determiner, or no people's word stands before the
			// noun: "all parties" is read by its label.
			if (people > 0 || noun == "factions") && partyDeterminers[w] {
				if start -= len(w) + 1; collectiveAt(window, rest, start, i+len(noun)) {
					return i + len(noun)
				}
			}
		}
	}
	return -1
}

// notAPeople are the capitalised words before "parties" that name no
// people: "all States parties to the Convention" are States, not the
// parties to a conflict.
var notAPeople = wordSet(`States State Member Members`)

// spacedWordBefore is the word of letters s holds right before a space or a
// line break at s[i-1], or "" where none is.
func spacedWordBefore(s string, i int) string {
	if i < 2 || s[i-1] != ' ' && s[i-1] != '\n' {
		return ""
	}
	w := lastWord(s[:i-1])
	if k := i - 1 - len(w); k > 0 && isWordByte(s[k-1]) {
		return "" // "B-parties"…: no word of letters alone
	}
	return w
}

// misreadCollective is the words of the addressees' window that are
// the collective label with its first word misread by one letter, not
// the first ("ali States", "ail States" for "all States", "tbe parties"
// for "the parties", "aIl parties" for "all parties"), as
// namesCollective would read the label; or "". The word is as long as
// the label's, of letters, with the label's first: "ill", "any", "two"
// and "she" are none of "all" and "the"'s misreads.
func misreadCollective(window, rest, label string) string {
	sp := strings.IndexByte(label, ' ')
	first, tail := label[:sp], label[sp+1:]
	for i := indexWholeWords(window, tail, 0); i >= 0; i = indexWholeWords(window, tail, i+1) {
		at := i - len(first) - 1
		if at < 0 || window[i-1] != ' ' || window[at] != first[0] || !wordStartsAt(window, at) {
			continue
		}
		differ := 0
		for k := 1; k < len(first); k++ {
			if c := window[at+k]; !isASCIILetter(c) {
				differ = len(first) // "a1l", "th,": no word
			} else if c != first[k] {
				differ++
			}
		}
		if printed := window[at : i+len(tail)]; differ == 1 && namesCollective(window, rest, printed) {
			return printed
		}
	}
	return ""
}

// partiesToTreaty reports whether after, the clause after a collective's
// label, opens with "to the" and a name (its capitalised words, figures
// and the nameLinks between them) that holds "Convention", "Conventions"
// or "Treaty": "all parties to the Convention on the Prevention and
// Punishment of the Crime of Genocide", "the parties to the
// Non-Proliferation Treaty". The parties to an agreement, an armistice or
// an accord ("the parties to the Governors Island Agreement", "the
// parties to the Armistice Agreements") are those of the conflict it
// settles, and "the parties to the conflict" are the parties.
func partiesToTreaty(after string) bool {
	const to = " to the "
	if !strings.HasPrefix(after, to) {
		return false
	}
	for rest := after[len(to):]; rest != ""; {
		// Word by word, with no list of them made: a line break parts
		// words as a space does.
		rest = strings.TrimLeft(rest, " \n")
		k := strings.IndexAny(rest, " \n")
		if k < 0 {
			k = len(rest)
		}
		w := strings.TrimRight(rest[:k], ",;:.")
		rest = rest[k:]
		switch {
		case w == "Convention" || w == "Conventions" || w == "Treaty":
			return true
		case w == "" || !('A' <= w[0] && w[0] <= 'Z' || isDigit(w[0]) || nameLinks[w]):
			return false
		}
	}
	return false
}

// ofNoun reports whether before, the window up to a collective's label,
// ends with a noun's "of" ("the obligation of"), not the verb's own
// ("Requests of all States that …").
func ofNoun(before string) bool {
	return strings.HasSuffix(before, " of ") && strings.TrimSpace(before) != "of"
}

// addresseeWindow is the part of a clause's rest (after its verb) that
// names its addressees, and the action asked, for a verb other than
// "decides". The addressees end where addresseeEnd says ("Requests the
// Secretary-General to …"), or follow the verb's "to" ("Appeals to all
// States to …"), or are the subject of a "that" clause ("Demands that
// Iraq withdraw …"), as addressedBy tells of each verb; "Recommends"
// names them only in those two ways. A rest with no end of its addressees is all
// window, with no action, as before. subjectWords are the collectives'
// words a "that" clause's subject may hold (thatSubjectEnd). The window
// is rest[from:from+len(window)]: it opens after an aside that comes
// before the addressees (asideEnd), whose names are asked nothing.
func addresseeWindow(lemma, rest string, subjectWords map[string]bool) (from int, window, action string) {
	// Where "its" opens rest after adverbs, for the nouns of thanks
	// and of an asking, read once.
	its := itsAfterAdverbs(rest, " its ")
	if n := thanksTo(rest, its); n > 0 {
		// "Expresses its appreciation to the Secretary-General for his
		// report", "its condolences to the Government and people of
		// Pakistan": those thanked are addressed, up to the reason for
		// the thanks, as a judging verb's are; nothing is asked.
		window = judgedWindow(rest[n:])
		return n, window[:bereavedStart(window)], ""
	}
	if noun, n := askingNounAt(lemma, rest, its); n > 0 {
		// "Renews its request to all States to refrain …", "Reiterates
		// its demand that UNITA accept …": the addressees are read as
		// the noun's own verb names them, after its "to" or as its
		// "that" clause's subject.
		from, window, action = addresseeWindow(noun, rest[n:], subjectWords)
		return n + from, window, action
	}
	if k := asideEnd(rest); k > 0 && asks(lemma) {
		// "Also urges, in accordance with paragraph 4 of resolution 727
		// (1992), the Government of Croatia to withdraw …". Only a verb
		// that asks: after "Underlines, in this context, the vital
		// importance of placing at the disposal of UNOSOM II …" the
		// window would name what the clause speaks of.
		from, window, action = addresseeWindow(lemma, rest[k:], subjectWords)
		return k + from, window, action
	}
	way := addressedBy[lemma]
	e := addresseeEnd(rest)
	for e >= 0 && strings.HasPrefix(rest[e:], " to ") && (prepositionTo(rest, e) || partiesTo(rest, e)) {
		// "Orders the Governments and authorities concerned, pursuant
		// to Article 40 of the Charter, to desist", "Calls upon all
		// parties to the conflict and all others concerned to respect":
		// the end after it.
		if k := addresseeEnd(rest[e+1:]); k >= 0 {
			e += 1 + k
		} else {
			e = -1
		}
	}
	for e >= 0 && strings.HasPrefix(rest[e:], asWellAs) {
		// ", as well as" adds to the addressees: "Requests the
		// Committee, as well as all Governments, and the
		// Secretary-General as appropriate, to take …".
		if k := addresseeEnd(rest[e+len(asWellAs):]); k >= 0 {
			e += len(asWellAs) + k
		} else {
			e = -1
		}
	}
	if k := way.objectAt(rest); k >= 0 && (e < 0 || k < e) {
		e = k // "Entrusts the Committee … with the task of …"
	}
	if e < 0 {
		if way.onlyThus {
			return 0, "", strings.TrimSpace(trimClauseMark(rest))
		}
		return 0, rest, ""
	}
	appeal := way.afterTo && strings.HasPrefix(rest[e:], " to ") && (e == 0 || slices.Contains(operativeAdverbs, strings.TrimSpace(rest[:e])))
	if appeal {
		// "Appeals to all States to …", "Appeals strongly to the
		// Government of Angola and UNITA to confirm …".
		e += appealedEnd(rest[e:], way.inThat)
	}
	e = includedEnd(rest, e)
	e = negatedActionStart(rest, e)
	window = rest[:e]
	that := strings.HasPrefix(rest[e:], " that ") && (e == 0 || slices.Contains(operativeAdverbs, strings.TrimSpace(window)))
	if way.onlyThus && !appeal && !that {
		// "Recommends the establishment of …" is addressed to no one;
		// its action is the whole rest, as a decision's is.
		return 0, "", strings.TrimSpace(trimClauseMark(rest))
	}
	if that && way.inThat {
		// "Demands that Iraq withdraw …", "Demands also that South
		// Africa …" ask it of Iraq, of South Africa.
		window = rest[:e+thatSubjectEnd(rest[e:], subjectWords)]
	}
	action = nounsAction(lemma, rest, e)
	if strings.HasPrefix(action, ",") {
		// ", in coordination with …, to develop …": the action is what
		// the addressee is asked "to" do.
		// The aside's own "to" ("in view of the threat to international
		// peace", "pursuant to Article 25") opens none where the verb
		// asks: actionTo passes it. A verb that asks nothing keeps its
		// first "to", which infinitiveAction reads as no action
		// ("affirms, in this regard, that the support to the
		// implementation … should be given … to deploy").
		k := strings.Index(action, " to ")
		if appeal || asks(lemma) {
			k = actionTo(action)
		}
		switch {
		case k >= 0:
			action = action[k:]
		case strings.HasPrefix(action, ", including "):
			// "Calls upon all States, including those of the region; and
			// urges UNITA, to comply" (the action printed in a later
			// clause), "Welcomes the humanitarian assistance already
			// provided, including by international aid agencies, and
			// urges …": the list says more of whom or what the clause
			// speaks of, and is no action.
			action = ""
		default:
			// ", in accordance with General Assembly resolution 1514
			// (XV)" after "the right of the people of Zimbabwe to
			// self-determination": an aside with no "to" asks nothing.
			action = ""
		}
	}
	return 0, topicCut(window), strings.TrimSpace(trimClauseMark(infinitiveAction(lemma, action)))
}

// nounsTo reports whether s opens with a "to" that a determiner
// follows: a noun's or a name's, not an infinitive's.
func nounsTo(s string) bool {
	const to = " to "
	if !strings.HasPrefix(s, to) {
		return false
	}
	if len(s) > len(to) && 'A' <= s[len(to)] && s[len(to)] <= 'Z' {
		return true // a place's or a name's: "the deployment of UNAVEM II to Luanda"
	}
	// No determiner is longer than five letters: most infinitives are
	// passed over with no look-up.
	w := s[len(to):lowerRun(s, len(to))]
	if len(w) <= len("those") && determiners[w] {
		return true
	}
	// An adverb before a participle is a noun's too: "a withdrawal of
	// forces to internationally recognized boundaries"; an adverb before
	// an infinitive is not ("to fully cooperate").
	next := s[min(len(s), len(to)+len(w)+1):]
	return strings.HasSuffix(w, "ly") && strings.HasSuffix(next[:lowerRun(next, 0)], "ed")
}

// infinitiveAction is action, the rest of a clause after its
// addressees, from the infinitive it asks: where it opens with a "to"
// that a determiner follows, a noun's or a name's "to" ("the parties to
// the Armistice Agreements to take the steps", "having conveyed his views
// to the Security Council, to appoint the Commission", "an end to all
// military operations", "Calls attention to the terms of reference"),
// what is asked is the first infinitive's "to" after it (actionTo), or
// nothing. A verb that asks nothing (asks) asks no infinitive either:
// "Welcomes the … support which Governments … have given to its
// resolutions … to assist the Republic of Korea", "Again draws the
// attention of all States to the need for increasing vigilance in all
// matters relating to sanctions".
func infinitiveAction(lemma, action string) string {
	const to = " to "
	if !nounsTo(action) {
		return action
	}
	if !asks(lemma) {
		return ""
	}
	if k := actionTo(action[len(to)-1:]); k >= 0 {
		return action[len(to)-1+k:]
	}
	return ""
}

// thanksNouns are the nouns of thanks and sympathy whose "to" names
// whom they go to: "Expresses its appreciation to the Secretary-General",
// "its condolences to the family of …", "its deep gratitude to …".
var thanksNouns = wordSet(`appreciation gratitude thanks condolences condolence sympathy sympathies`)

// thanksTo is where the " to " after a noun of thanks that opens rest
// stands (" its appreciation to", " also its sincere condolences to":
// adverbs before "its", at most two words between it and the noun; "
// appreciation to", with no "its"; " its appreciation and gratitude to",
// two nouns), or 0. its is where " its " opens rest after adverbs, or -1
// (itsAfterAdverbs).
func thanksTo(rest string, its int) int {
	at, words := its+len(" its "), 3
	if its < 0 {
		// "Expresses appreciation to …": the noun opens rest itself,
		// after adverbs.
		if rest == "" || rest[0] != ' ' {
			return 0
		}
		at, words = adverbsEnd(rest, 1), 1
	}
	w := rest[at:]
	for range words {
		e := lowerRun(w, 0)
		if e == 0 || e == len(w) || w[e] != ' ' {
			return 0
		}
		if thanksNouns[w[:e]] {
			// "its appreciation and gratitude to": two nouns.
			if after, ok := strings.CutPrefix(w[e:], " and "); ok {
				if k := lowerRun(after, 0); thanksNouns[after[:k]] {
					e += len(" and ") + k
				}
			}
			if strings.HasPrefix(w[e:], " to ") {
				return at + e
			}
			return 0
		}
		at, w = at+e+1, w[e+1:]
	}
	return 0
}

// bereavedStart is where the bereaved open in the window of those
// thanks or sympathy go to, or len(window): "the families of the UNOSOM
// II personnel who have lost their lives", "the family of the UNAVEM II
// police observer" are no actor, nor is the body their dead served.
func bereavedStart(window string) int {
	end := len(window)
	for _, w := range []string{" family ", " families ", " relatives "} {
		if k := strings.Index(window[:end], w); k >= 0 {
			end = k
		}
	}
	return end
}

// authorizesThing reports whether the clause of the verb lemma
// authorizes a thing done, named by its noun, rather than actors to do
// it: "Authorizes the strengthening of the Force by the addition of up to
// sixty military observers", "Authorizes the gradual reduction of UNOSOM
// II to a force level of up to 22,000". The body the thing is done to is
// asked nothing; the window opens with "the" or "a", at most one word
// more, and a noun of an action ("-ing", "-ion", "-ment") before "of".
func authorizesThing(lemma, window string) bool {
	if lemma != "authorizes" && lemma != "authorises" {
		return false
	}
	w, ok := strings.CutPrefix(window, " the ")
	if !ok {
		if w, ok = strings.CutPrefix(window, " a "); !ok {
			return false
		}
	}
	for range 2 {
		noun := w[:lowerRun(w, 0)]
		if noun == "" || len(noun) == len(w) || w[len(noun)] != ' ' {
			return false
		}
		w = w[len(noun):]
		if strings.HasPrefix(w, " of ") {
			return strings.HasSuffix(noun, "ing") || strings.HasSuffix(noun, "ion") || strings.HasSuffix(noun, "ment")
		}
		w = w[1:]
	}
	return false
}

// asWellAs joins addressees where the other words after a comma that
// addresseeEnders hold end them.
const asWellAs = ", as well as"

// asideWords open an aside between a verb, or the noun of an asking, and
// its addressees, with the words that end the addressees after a comma
// (addresseeEnders): "Requests, for the purposes of paragraphs 1 and 2
// above, that the Secretary-General seek …", "Urges, pursuant to …",
// "Calls upon, under Chapter VII of the Charter, …".
var asideWords = wordSet(`for under pursuant`)

// asideEnd is where an aside that opens rest ends: ", " and one of
// addresseeEnders or asideWords, up to the first ", " that a name, a
// determiner, "that" or "upon" follows, where the addressees open ("…,
// in accordance with paragraph 4 of resolution 727 (1992), the
// Government of Croatia to", "…, in paragraph 5 of resolution 771
// (1992), upon States"): the index of that comma's space; or 0.
func asideEnd(rest string) int {
	if !strings.HasPrefix(rest, ", ") {
		return 0
	}
	if w := rest[2:lowerRun(rest, 2)]; !addresseeEnders[w] && !asideWords[w] {
		return 0
	}
	for k := 2; ; k += 2 {
		i := strings.Index(rest[k:], ", ")
		if i < 0 || strings.IndexByte(rest[k:k+i], ';') >= 0 {
			return 0
		}
		k += i
		j := k + 2
		if j < len(rest) && 'A' <= rest[j] && rest[j] <= 'Z' {
			return k + 1
		}
		if w := rest[j:lowerRun(rest, j)]; determiners[w] || w == "that" || w == "to" || w == "upon" || w == "on" {
			return k + 1
		}
	}
}

// negatedActionStart is where the action starts when the addressees end
// at e of rest: before a "not" that denies the action's "to" ("Calls upon
// all States not to recognize this illegal racist minority régime"), which
// the action keeps and the addressees lose; else e.
func negatedActionStart(rest string, e int) int {
	if strings.HasSuffix(rest[:e], " not") && strings.HasPrefix(rest[e:], " to ") {
		return e - len(" not")
	}
	return e
}

// includedEnd is where the addressees end when the ", including" at e
// of rest names more of them before the action's "to", set off by
// commas and opening with a name or a determiner: "Calls upon the
// international community, including the
// specialized agencies, UNDP and the World Bank, to assist …", "Requests
// the United Nations and the organizations and programmes concerned,
// including the Economic and Social Council, …, to provide …". It is the
// comma before that "to", or e where rest has no such list: a ", including"
// whose words run to an action's "to" with no comma ("including those
// whose nationals serve South Africa as mercenaries to prevent such
// recruitment") is what the clause speaks of, not whom it asks.
func includedEnd(rest string, e int) int {
	const including = ", including "
	if !strings.HasPrefix(rest[e:], including) {
		return e
	}
	list := rest[e+len(including):]
	if w := list[:lowerRun(list, 0)]; w != "" && !determiners[w] {
		return e // "including through his Special Representative": a way, not a body
	}
	k := actionTo(list)
	if k <= 0 || list[k-1] != ',' {
		return e
	}
	return e + len(including) + k - 1
}

// topicCut is the addressees' window up to a "concerning", after which
// a name says what they deal with, not whom the clause asks: "the
// Committee established by resolution 661 (1990) concerning the
// situation between Iraq and Kuwait" is the Committee's alone.
func topicCut(window string) string {
	if k := strings.Index(window, " concerning "); k >= 0 {
		return window[:k]
	}
	return window
}

// trimClauseEnd is s without the commas, semicolons and spaces that end
// it, as strings.TrimRight(s, ",; ") is: that made its set of bytes
// again at each of its calls, two or three a request.
func trimClauseEnd(s string) string {
	n := len(s)
	for n > 0 && (s[n-1] == ',' || s[n-1] == ';' || s[n-1] == ' ') {
		n--
	}
	return s[:n]
}

// trimClauseMark is trimClauseEnd with the footnote's mark the volumes
// print after a clause's semicolon taken off too ("Approves the report of
// the Secretary-General; 99"): no clause ends in a semicolon and a
// number of its own.
func trimClauseMark(s string) string {
	s = trimClauseEnd(s)
	if k := digitsBefore(s, len(s)); k < len(s) && len(s)-k <= 3 && k >= 2 && s[k-1] == ' ' && s[k-2] == ';' {
		return trimClauseEnd(s[:k-2])
	}
	return s
}

// clippedLists makes lists, one at a time, as parts of one backing list
// made when the first item is added, with room for as many items as the
// caller expects in all: each list is clipped to its length, so that no
// later list, and no append by its reader, writes over it. Should the
// items outgrow the room, the next backing list is made; the lists made
// before keep theirs.
type clippedLists[T comparable] struct {
	items []T
	from  int              // where the open list starts in items
	room  int              // how many items the first backing list holds
	made  *arenaBuffers[T] // where the backing lists are made
}

// open starts a new list.
func (l *clippedLists[T]) open() { l.from = len(l.items) }

// add appends x to the open list.
func (l *clippedLists[T]) add(x T) {
	if len(l.items) == cap(l.items) {
		grown := l.made.take(max(l.room, 2*(len(l.items)-l.from)+4))
		l.items, l.from = append(grown, l.items[l.from:]...), 0
	}
	l.items = append(l.items, x)
}

// addNew appends x to the open list unless the list holds it already,
// as appendNew does.
func (l *clippedLists[T]) addNew(x T) {
	if !slices.Contains(l.items[l.from:], x) {
		l.add(x)
	}
}

// close is the open list, clipped, or nil when it is empty.
func (l *clippedLists[T]) close() []T {
	if len(l.items) == l.from {
		return nil
	}
	return l.items[l.from:len(l.items):len(l.items)]
}

// citedParagraphs gives the citations of each paragraph of a document
// (of), and of those the ones that name a paragraph, in the order of
// their places (namingParagraphs). A document's citations come in the
// order of its paragraphs, and each paragraph's are then a part of
// d.Citations, not a copy; a map of them by paragraph, made for each
// document, is made only for citations in another order.
type citedParagraphs struct {
	runs        paragraphRuns[*Citation]
	byParagraph map[*Paragraph][]*Citation // for citations in another order
	naming      []*Citation                // the last list of namingParagraphs
}

// newCitedParagraphs reads where d's citations stand, in room for the
// runs' bounds that it may grow (runs.bounds).
func newCitedParagraphs(d *Document, room []int) citedParagraphs {
	runs, inOrder := paragraphRunsOf(d.Paragraphs, d.Citations, room)
	c := citedParagraphs{runs: runs}
	if !inOrder {
		c.byParagraph = map[*Paragraph][]*Citation{}
		for _, cite := range d.Citations {
			c.byParagraph[cite.Paragraph] = append(c.byParagraph[cite.Paragraph], cite)
		}
	}
	return c
}

// of is the citations of p, paragraph i of the document.
func (c *citedParagraphs) of(i int, p *Paragraph) []*Citation {
	if c.byParagraph != nil {
		return c.byParagraph[p]
	}
	return c.runs.of(i)
}

// namingParagraphs is the citations of cs that name a paragraph, in the
// order of their places, in a list that serves until the next call.
func (c *citedParagraphs) namingParagraphs(cs []*Citation) []*Citation {
	c.naming = c.naming[:0]
	for _, cite := range cs {
		if cite.TargetParagraph != "" {
			c.naming = append(c.naming, cite)
		}
	}
	if !citedInOrder(c.naming) {
		sort.SliceStable(c.naming, func(i, j int) bool { return c.naming[i].at < c.naming[j].at })
	}
	return c.naming
}

// clauseList is the clauses of a document's paragraphs that hold
// requests, all in one list: paragraph i's are locs[bounds[i]:bounds[i+1]].
// The lists are pooled, kept from document to document: they are read
// only while a document's requests are made.
type clauseList struct {
	locs   []verbLoc
	bounds []int
	// The clauses whose verb OCR misread, in the order of locs: the verb
	// is read once, here, where findRequests read every operative
	// paragraph's first word again for it.
	misread []clauseLemma
	// The clauses whose verb is an infinitive a decision asks ("Decides
	// to request", "(a) To call upon" under "Decides:"), in the order of
	// locs, with the operative verb each is read as.
	asked []clauseLemma
	// Room for the bounds of the paragraphs' runs of mentions and of
	// citations (paragraphRuns), kept with the rest.
	mentionBounds, citationBounds []int
}

var clausesPool = sync.Pool{New: func() any { return new(clauseList) }}

// clauseLemma is a clause whose operative verb is read as verb, not as
// its printed words (misreadVerbAt, askedInfinitiveAt): locs[loc] of its
// clauseList.
type clauseLemma struct {
	loc  int
	verb string
}

// find finds the clauses of d's paragraphs.
func (c *clauseList) find(d *Document) {
	c.locs, c.misread, c.asked = c.locs[:0], c.misread[:0], c.asked[:0]
	c.bounds = slices.Grow(c.bounds[:0], len(d.Paragraphs)+1)[:len(d.Paragraphs)+1]
	for pi, p := range d.Paragraphs {
		c.bounds[pi] = len(c.locs)
		// A presidential statement speaks in the third person: "The
		// Security Council requests the Secretary-General …". Its clauses
		// are read after the subject, as an operative paragraph's are.
		subject := 0
		switch {
		case p.Kind == Operative:
		case p.Kind == Sub:
			// An item is read only as a decision's request in the
			// infinitive ("Decides:\n(a) To call upon the parties …"):
			// its other clauses are its paragraph's.
			if lemma, at, end := askedInfinitiveAt(p.Text, 0); end > 0 && askedUnderDecision(p) {
				c.asked = append(c.asked, clauseLemma{len(c.locs), lemma})
				c.locs = append(c.locs, verbLoc{0, end, at, end})
			}
			continue
		case p.Kind == Running && d.Kind == KindPresidentialStatement:
			if subject = councilSubject(p.Text); subject == 0 {
				continue
			}
		default:
			continue
		}
		n := len(c.locs)
		c.locs = appendVerbLocs(c.locs, p.Text[subject:])
		if subject == 0 && (n == len(c.locs) || c.locs[n][0] != 0) {
			// No verb opens the paragraph: it may be numbered under a
			// decision ("Resolves:\n\n1. To request the Secretary-General
			// to …"), or OCR may have misread it ("Reguests UNTAC to …").
			if lemma, at, end := askedInfinitiveAt(p.Text, 0); end > 0 && askedUnderDecision(p) {
				c.locs = slices.Insert(c.locs, n, verbLoc{0, end, at, end})
				c.asked = append(c.asked, clauseLemma{n, lemma})
			} else if v, end := misreadVerbAt(p.Text); end > 0 {
				c.locs = slices.Insert(c.locs, n, verbLoc{0, end, 0, end})
				c.misread = append(c.misread, clauseLemma{n, v})
			}
		}
		for i := n; i < len(c.locs); i++ {
			for j := range c.locs[i] {
				c.locs[i][j] += subject
			}
			// "Decides to request the Secretary-General to …", "Decides
			// also to request …": the verb group reaches the infinitive,
			// read as its verb. Most groups have no "to" after them, nor
			// an adverb: that is looked at here.
			if e := c.locs[i][3]; e+2 >= len(p.Text) || (p.Text[e+1] != 't' || p.Text[e+2] != 'o') && adverbsEnd(p.Text, e+1) == e+1 {
				continue
			}
			if lemma, end := decidedAsking(p.Text, c.locs[i][2], c.locs[i][3]); end > 0 {
				c.locs[i][1], c.locs[i][3] = end, end
				c.asked = append(c.asked, clauseLemma{i, lemma})
			}
		}
	}
	c.bounds[len(d.Paragraphs)] = len(c.locs)
}

// byStart is ms in the order of their starts: ms itself when they come
// so, else a sorted copy, as ms may be a part of d.Mentions.
func byStart(ms []*Mention) []*Mention {
	if startsInOrder(ms) {
		return ms
	}
	ms = slices.Clone(ms)
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
	return ms
}

// paragraphMentions gives the mentions of each paragraph of a document
// in turn (next). A document's mentions come in the order of its
// paragraphs, each paragraph's together, and each paragraph's are then
// a part of d.Mentions, read as the paragraphs are; the lists of every
// paragraph's mentions (pooledMentionsByParagraph) are made only for
// mentions in another order. Those lists, written for every paragraph
// where findRequests reads the few with clauses, were 0.5 % of
// BenchmarkDev's profile (issue 13).
type paragraphMentions struct {
	rest   []*Mention   // d.Mentions not yet given out by next
	lists  [][]*Mention // by paragraph, for mentions in another order
	pooled *[][]*Mention
}

func newParagraphMentions(d *Document) paragraphMentions {
	if inParagraphOrder(d.Paragraphs, d.Mentions) {
		return paragraphMentions{rest: d.Mentions}
	}
	lists, pooled := pooledMentionsByParagraph(d)
	return paragraphMentions{lists: lists, pooled: pooled}
}

// next is the mentions of p, paragraph i of the document, the paragraph
// after the one next was last asked for.
func (pm *paragraphMentions) next(i int, p *Paragraph) []*Mention {
	if pm.lists != nil {
		return pm.lists[i]
	}
	var ms []*Mention
	ms, pm.rest = leadingRun(pm.rest, p)
	return ms
}

// inParagraph is what a mention or a citation tells of its place: the
// paragraph it is in.
type inParagraph interface{ paragraph() *Paragraph }

func (m *Mention) paragraph() *Paragraph  { return m.Paragraph }
func (c *Citation) paragraph() *Paragraph { return c.Paragraph }

// leadingRun splits items, in the order of the paragraphs, after those
// of p at their head.
func leadingRun[T inParagraph](items []T, p *Paragraph) (run, rest []T) {
	k := 0
	for k < len(items) && items[k].paragraph() == p {
		k++
	}
	return items[:k:k], items[k:]
}

// paragraphRuns is where the items of each of a document's paragraphs
// stand in a list of them in the order of the paragraphs (d.Mentions,
// d.Citations): paragraph i's are items[bounds[i]:bounds[i+1]].
type paragraphRuns[T inParagraph] struct {
	items  []T
	bounds []int
}

// paragraphRunsOf reads the runs of items, in room for their bounds,
// and reports whether items come in the order of the paragraphs, each
// paragraph's together (inParagraphOrder), which the same pass tells:
// a check of the order first and the runs split off paragraph by
// paragraph after read every item twice. When they do not, the runs
// hold some of the items only.
func paragraphRunsOf[T inParagraph](paragraphs []*Paragraph, items []T, room []int) (paragraphRuns[T], bool) {
	bounds := slices.Grow(room[:0], len(paragraphs)+1)[:len(paragraphs)+1]
	k := 0
	for i, p := range paragraphs {
		bounds[i] = k
		for k < len(items) && items[k].paragraph() == p {
			k++
		}
	}
	bounds[len(paragraphs)] = k
	return paragraphRuns[T]{items, bounds}, k == len(items)
}

// of is the items of paragraph i, clipped, so that no append to them
// writes over the next paragraph's.
func (r paragraphRuns[T]) of(i int) []T {
	from, to := r.bounds[i], r.bounds[i+1]
	return r.items[from:to:to]
}

// inParagraphOrder reports whether items come in the order of the
// paragraphs, each paragraph's together.
func inParagraphOrder[T inParagraph](paragraphs []*Paragraph, items []T) bool {
	k := 0
	for _, p := range paragraphs {
		for k < len(items) && items[k].paragraph() == p {
			k++
		}
	}
	return k == len(items)
}

// startsInOrder reports whether mentions come in the order of their
// starts, as sort.SliceIsSorted would, with no function made for it.
func startsInOrder(ms []*Mention) bool {
	for i := 1; i < len(ms); i++ {
		if ms[i].start < ms[i-1].start {
			return false
		}
	}
	return true
}

// citedInOrder reports whether citations come in the order of their
// places, as they mostly do: sort.SliceStable makes a function and a
// swapper for each list it is given, sorted or not.
func citedInOrder(cs []*Citation) bool {
	for i := 1; i < len(cs); i++ {
		if cs[i].at < cs[i-1].at {
			return false
		}
	}
	return true
}

// readTimingIn finds a deadline and a reporting interval in a clause of
// a paragraph whose keywords are keys (those of the clause are among
// them). A deadline whose date OCR printed with letters for figures
// (misreadDeadline) is read where no other date or period was, and
// returned as printed, for the caller's ocr-repair warning.
//
// Each reader below is exact on its own and runs only where the
// paragraph holds the word it needs: a word of another clause of the
// paragraph costs it a search of this one, never another answer. The
// clause is not read for its own keywords first: that pass cost as much
// as the searches it saved.
func readTimingIn(r *Request, seg, adopted string, keys paragraphKeys) (misread string) {
	if keys&keyFigure != 0 { // which every deadline's date has
		if date, period := deadlineOf(seg); date != "" {
			r.Deadline = isoDate(date)
		} else {
			// A date, misread or not, is the deadline before a period.
			r.DeadlinePeriod = period
			var read string
			if misread, read = misreadDeadline(seg); read != "" {
				if r.Deadline = isoDate(read); r.Deadline == "" {
					misread = "" // no month's name
				} else {
					r.DeadlinePeriod = ""
				}
			}
		}
	}
	// "within …" and "every …" count days, weeks, months or years.
	if keys&keyWithin != 0 {
		if n, unit := periodAfter(seg, "within "); unit != "" {
			r.DeadlineDuration = duration(n, unit)
			if r.Deadline == "" && adopted != "" {
				r.Deadline = addDuration(adopted, n, unit)
			}
		}
	}
	if r.DeadlineDuration == "" {
		if n, unit := laterThanAdoption(seg); unit != "" {
			r.DeadlineDuration = duration(n, unit)
			if r.Deadline == "" && adopted != "" {
				r.Deadline = addDuration(adopted, n, unit)
			}
		}
	}
	var n, unit string
	if keys&keyEvery != 0 {
		n, unit = periodAfter(seg, "every ")
	}
	switch {
	case unit != "":
		r.Interval = duration(n, unit)
	case keys&keyQuarterly != 0 && strings.Contains(seg, "quarterly") && quarterlyRE.MatchString(seg):
		r.Interval = "P3M"
	case keys&keyYearly != 0 && saysYearly(seg):
		r.Interval = "P1Y"
	}
	return misread
}

// saysYearly reports whether seg holds one of yearlyWords as whole words,
// as the pattern
//
//	\b(?:annually|every year|on an annual basis|yearly)\b
//
// finds them: its alternatives are words with no choice in them, so it
// matches just where one of them is printed between two word boundaries.
// The pattern's machine was a quarter of readTimingIn's time.
func saysYearly(seg string) bool {
	for _, w := range yearlyWords {
		if containsWholeWords(seg, w) {
			return true
		}
	}
	return false
}

// containsWholeWords reports whether words is in s with no word byte
// (isWordByte, as \b sees them) just before or just after it.
func containsWholeWords(s, words string) bool {
	return indexWholeWords(s, words, 0) >= 0
}

// indexWholeWords is where words first stands in s at or after from as
// whole words, as containsWholeWords finds them, or -1.
func indexWholeWords(s, words string, from int) int {
	for at := from; at <= len(s); {
		i := strings.Index(s[at:], words)
		if i < 0 {
			return -1
		}
		i += at
		if wordStartsAt(s, i) && wordEndsAt(s, i+len(words)) {
			return i
		}
		at = i + 1
	}
	return -1
}

// periodAfter reads the first period that word ("within " or "every ")
// opens, as the pattern
//
//	\bWORD(\d{1,3}|[a-z]+) (day|week|month|year)s?\b
//
// finds it ("within 180 days", "every three months"): the count and the
// unit, or "", "". It is read by hand, each of the pattern's parts
// having one way to match: a run of figures or of small letters all
// taken, a unit told by its first letter.
func periodAfter(s, word string) (n, unit string) {
	for at := 0; ; {
		k := strings.Index(s[at:], word)
		if k < 0 {
			return "", ""
		}
		i := at + k
		at = i + 1
		if !wordStartsAt(s, i) {
			continue
		}
		if n, unit := periodAt(s, i+len(word)); unit != "" {
			return n, unit
		}
	}
}

// laterThanAdoption reads a deadline printed as a period counted from
// the adoption after "not later than" or "no later than": "not later than
// three days from the date of the adoption of this resolution", "no later
// than thirty days following the adoption of the present resolution",
// "not later than six weeks after this resolution comes into effect".
// The count and the unit, or "", "": a period counted from another day
// ("no later than seven days from the date when the authority … ", "no
// later than sixteen weeks after the General Assembly approves the
// budget") is no deadline from the adoption.
func laterThanAdoption(s string) (n, unit string) {
	const word = "later than "
	for at := 0; ; {
		k := strings.Index(s[at:], word)
		if k < 0 {
			return "", ""
		}
		i := at + k + len(word)
		at = i
		if n, unit = periodAt(s, i); unit == "" {
			continue
		}
		after := s[i+len(n)+1+len(unit):]
		after = strings.TrimPrefix(after, "s")
		w, ok := strings.CutPrefix(after, " ")
		if !ok {
			continue
		}
		switch w[:lowerRun(w, 0)] {
		case "from", "after", "following", "of":
		default:
			continue
		}
		if k := strings.IndexAny(w, ";,"); k >= 0 {
			w = w[:k]
		}
		// This resolution, its adoption ("from the date of the adoption
		// of this resolution", "following the date of the adoption of the
		// present resolution") or its coming into effect ("after this
		// resolution comes into effect"), within the words of the phrase:
		// "the adoption of resolution 687 (1991)" is another's.
		w = w[:min(len(w), len("following the date of the adoption of the present resolution"))]
		if strings.Contains(w, "this resolution") || strings.Contains(w, "present resolution") {
			return n, unit
		}
	}
}

// periodAt reads "(\d{1,3}|[a-z]+(?:-[a-z]+)?) (day|week|month|year)s?\b"
// at s[i:]: a count in figures, or in words, "forty-five" with its
// hyphen.
func periodAt(s string, i int) (n, unit string) {
	j := i
	switch {
	case j < len(s) && isDigit(s[j]):
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j-i > 3 {
			return "", ""
		}
	default:
		j = lowerRun(s, j)
		if j > i && j+1 < len(s) && s[j] == '-' && 'a' <= s[j+1] && s[j+1] <= 'z' {
			j = lowerRun(s, j+1)
		}
	}
	if j == i || j >= len(s) || s[j] != ' ' {
		return "", ""
	}
	unit = prefixIn(s[j+1:], "day", "week", "month", "year")
	end := j + 1 + len(unit)
	switch {
	case unit == "":
		return "", ""
	case end < len(s) && s[end] == 's' && wordEndsAt(s, end+1):
	case !wordEndsAt(s, end):
		return "", ""
	}
	return s[i:j], unit
}

// figuresIn has the high bit of each byte of w that is an ASCII figure,
// and perhaps of bytes after one: a byte XOR '0' is below 10 just when it
// is a figure, and such a byte borrows in the subtraction with its high
// bit clear before (bytes of UTF-8 past ASCII keep theirs set). It is 0
// just when w holds no figure.
func figuresIn(w uint64) uint64 {
	x := w ^ '0'*ones
	return (x - 10*ones) &^ x & highBits
}

// containsBy reports whether s holds word, looked for by its byte at k.
func containsBy(s, word string, k int) bool {
	return indexBy(s, 0, word, k) >= 0
}

// indexBy is the index of the first word in s at or after from, or -1.
// It is looked for by the word's byte at k: a letter rarer than the
// word's first makes IndexByte stop at fewer places that are not the
// word.
func indexBy(s string, from int, word string, k int) int {
	c := word[k]
	for i := from + k; i < len(s); i++ {
		j := strings.IndexByte(s[i:], c)
		if j < 0 {
			return -1
		}
		i += j
		if start := i - k; start+len(word) <= len(s) && s[start:start+len(word)] == word {
			return start
		}
	}
	return -1
}

// deadlineOf is the date of the first deadline in s, as the pattern
//
//	\b(?:by|no later than|not later than|before) (\d{1,2} [A-Z][a-z]+ \d{4})
//
// finds it ("by 31 March 2021"), or ""; and where s holds no such date,
// the month or the year of its first deadline that gives no day
// (deadlinePeriodAt), or "". Both are looked for from the figures, in one
// walk, not from the words: figures are rarer than the b of "by" and
// "before", and a search for "later than" stopped at every l. A date that
// opens after a space is read, then the words before it; the first date
// with its words is the first match, as no wording holds a figure and one
// match cannot start inside another. A date opens a run of figures, so
// the search goes on after the run: its other figures follow a figure,
// not a space. A date's day has one or two figures and a period's year
// four, so a run opens one or the other, never both; a period found
// before the first date is kept only if no date follows.
func deadlineOf(s string) (date, period string) {
	for i := nextFigure(s, 1); i >= 0; i = nextFigure(s, digitRun(s, i)) {
		if s[i-1] != ' ' {
			continue
		}
		if n := printedDateLen(s[i:], false); n > 0 && endsWithDeadlineWords(s[:i]) {
			return s[i : i+n], ""
		}
		if period == "" {
			period = deadlinePeriodAt(s, i)
		}
	}
	return "", period
}

// misreadDeadline is a deadline's date that OCR printed with letters for
// figures in its day or year, as deadlineOf would read it with the
// letters read back (figureLookalikesRead): "by 3l July 1972", "before
// l5 March 1980", "by 31 July l972" are 31 July 1972, 15 March 1980; the
// date as printed and as read, or "", "". A day or year of letters alone
// ("by l July") is left as printed.
func misreadDeadline(seg string) (printed, read string) {
	for i := nextFigure(seg, 1); i >= 0 && i < len(seg); {
		a, j, letters := i, i, false
		for a > 0 && figureLookalike(seg[a-1]) != 0 {
			a, letters = a-1, true
		}
		for ; j < len(seg) && (isDigit(seg[j]) || figureLookalike(seg[j]) != 0); j++ {
			letters = letters || !isDigit(seg[j])
		}
		if letters && a > 0 && seg[a-1] == ' ' {
			// The run is the day, or the year after the day and month.
			day := a
			if m := lettersBefore(seg, a-1); m > 1 && seg[m-1] == ' ' {
				for day = m - 1; day > 0 && (isDigit(seg[day-1]) || figureLookalike(seg[day-1]) != 0); day-- {
				}
			}
			for _, at := range [...]int{a, day} {
				if !endsWithDeadlineWords(seg[:at]) {
					continue
				}
				date, _ := figureLookalikesRead(seg[at:min(len(seg), at+len("31 September 1990")+1)])
				// A year read so must be one of the Council's: "O020"
				// is no misread year.
				if n := printedDateLen(date, false); n > 0 && councilYear(date[n-4:n]) {
					return seg[at : at+n], date[:n]
				}
			}
		}
		if j >= len(seg) {
			break
		}
		i = nextFigure(seg, j)
	}
	return "", ""
}

// lettersBefore is where the run of ASCII letters that ends at s[i] (a
// byte that is none) starts: i when none does.
func lettersBefore(s string, i int) int {
	for i > 0 && isASCIILetter(s[i-1]) {
		i--
	}
	return i
}

// deadlinePeriodAt is the month or the year of a deadline that gives no
// day whose year opens at s[i], after a space: "by July 1992", "before
// the end of October 1990" are 1992-07 and 1990-10 (xsd:gYearMonth), "by
// the end of 1993" is 1993 (xsd:gYear); or "". A year alone is read only
// after "the end of": "by 1993" may be the year of something done by
// others.
func deadlinePeriodAt(s string, i int) string {
	if digitRun(s, i)-i != 4 || !wordEndsAt(s, i+4) {
		return ""
	}
	year, before := s[i:i+4], s[:i-1]
	month := 0
	if k := strings.LastIndexByte(before, ' '); k >= 0 {
		month = months[before[k+1:]]
		if month > 0 {
			before = before[:k]
		}
	}
	if end := strings.TrimSuffix(before, " the end of"); end != before {
		before = end
	} else if month == 0 {
		return ""
	}
	// before is s up to a space (the one before the year, the month or
	// " the end of"): the words end at that space, as s[:len(before)+1],
	// not a copy of the clause with one appended.
	if !endsWithDeadlineWords(s[:len(before)+1]) {
		return ""
	}
	if month == 0 {
		return year
	}
	return year + "-" + string(rune('0'+month/10)) + string(rune('0'+month%10))
}

// endsWithDeadlineWords reports whether s ends with "by ", "before ",
// "no later than " or "not later than " that opens a word.
func endsWithDeadlineWords(s string) bool {
	for _, words := range []string{"by ", "before ", "no later than ", "not later than "} {
		if at := len(s) - len(words); at >= 0 && s[at:] == words && wordStartsAt(s, at) {
			return true
		}
	}
	return false
}

// printedDateLen is the length of the date "\d{1,2} [A-Z][a-z]+ \d{4}"
// at the start of s, or 0; with anyCase, of the same under (?i), whose
// month is any two or more ASCII letters. Each part is a run of one class
// of bytes up to a space, so the pattern has no choice to go back on:
// a day of one figure followed by another cannot be followed by the
// space, nor a shorter run of letters. The one reader of this form:
// metadata's dates, deadlines and mandate extensions.
func printedDateLen(s string, anyCase bool) int {
	d := runOf(s, 0, 3, isDigit) // three figures: no day of one or two
	if d == 0 || d == 3 || d == len(s) || s[d] != ' ' {
		return 0
	}
	m := d + 1 // the month: s[m:e]
	var e int
	if anyCase {
		e = m + runOf(s, m, len(s), isASCIILetter)
		if e-m < 2 {
			return 0
		}
	} else {
		if m == len(s) || s[m] < 'A' || s[m] > 'Z' {
			return 0
		}
		e = lowerRun(s, m+1)
		if e == m+1 {
			return 0
		}
	}
	if e == len(s) || s[e] != ' ' || runOf(s, e+1, e+5, isDigit) != 4 {
		return 0
	}
	return e + 5
}

// councilSubject is the length of the subject a statement's paragraph
// opens with ("The Security Council ", "The Council ", with the opening
// quote of the statement), or 0.
func councilSubject(s string) int {
	rest := strings.TrimLeft(s, "\"“ ")
	for _, subject := range []string{"The Security Council ", "The Council ", "the Security Council ", "It "} {
		if strings.HasPrefix(rest, subject) {
			return len(s) - len(rest) + len(subject)
		}
	}
	return 0
}

// verbLoc is where a clause opens: [start, end, verbStart, verbEnd], as
// the submatches of operativeVerbRE.
type verbLoc [4]int

// appendVerbLocs appends to out the clauses of s as the pattern
//
//	(?:^|[,;] (?:and )?|\band )((?:ADVERB )*VERB)\b
//
// finds them, ADVERB and VERB any of operativeAdverbs and operativeVerbs
// with the first letter in either case, matches not overlapping. A
// paragraph's are kept in the buffer of the document's: a slice for each
// clause was a third of the requests' allocations.
func appendVerbLocs(out []verbLoc, s string) []verbLoc {
	for i := 0; i < len(s); i = nextClauseMark(s, i+1) {
		at, end := verbGroupAfter(s, i)
		if end == 0 {
			continue
		}
		out = append(out, verbLoc{i, end, at, end})
		i = end - 1
	}
	return out
}

// verbGroupAfter is where the verb group that the clause mark at s[i]
// leads to starts and ends, or 0, 0: the pattern's alternatives in its
// order, the first that leads to a verb winning. The end is read once,
// by the test that finds the group, not again for the clause.
func verbGroupAfter(s string, i int) (at, end int) {
	c := s[i]
	if i == 0 {
		if end := verbGroupEnd(s, 0, true); end > 0 {
			return 0, end
		}
	}
	if (c == ',' || c == ';') && i+1 < len(s) && isClauseSpace(s[i+1]) {
		if andAt(s, i+2) {
			if end := verbGroupEnd(s, i+6, c == ';'); end > 0 {
				return i + 6, end
			}
		}
		if end := verbGroupEnd(s, i+2, c == ';'); end > 0 {
			return i + 2, end
		}
	}
	if c == 'a' && andAt(s, i) && wordStartsAt(s, i) {
		if end := verbGroupEnd(s, i+4, false); end > 0 {
			return i + 4, end
		}
	}
	return 0, 0
}

// nextClauseMark is the first place at or after from where a clause
// may open after the start of s: a comma or a semicolon followed by a
// space, or "and " as a word, with what follows the mark opening as a
// verb group may (mayOpenVerbGroup); or len(s). Marks that fail the
// test open no clause in appendVerbLocs either, so passing them over
// changes nothing it finds. The bytes are read eight at a time, with the
// eight after each: a comma, semicolon or d before a space is rare, and
// the rest of the bytes are passed over at once (issue 13).
func nextClauseMark(s string, from int) int {
	i := from
	for ; i+9 <= len(s); i += 8 {
		w := load8At(s, i)
		marks := maybeBytesEqual(w, ',') | maybeBytesEqual(w, ';') | maybeBytesEqual(w, 'd')
		// A space or a line break after the mark: a byte below '!', and
		// perhaps one above it by the borrow, as the mark itself.
		after := load8At(s, i+1)
		for m := marks & (after - rep8('!')) &^ after & highBits; m != 0; m &= m - 1 {
			k := i + bits.TrailingZeros64(m)/8
			if !isClauseSpace(s[k+1]) {
				continue // a byte maybeBytesEqual took for a space
			}
			if at := clauseMarkAt(s, k); at >= from {
				return at
			}
		}
	}
	for ; i+1 < len(s); i++ {
		if !isClauseSpace(s[i+1]) {
			continue
		}
		if at := clauseMarkAt(s, i); at >= from {
			return at
		}
	}
	return len(s)
}

// clauseMarkAt is where the clause mark that s[k] belongs to starts, s[k]
// being followed by a space: k for a comma or a semicolon, k-2 for the d
// of "and " that opens a word; else -1. A mark is taken only when what
// follows it may open a verb group, as appendVerbLocs reads it there: a
// comma or semicolon before a verb or "and " and a verb, "and " before a
// verb. Most commas and words ending in d are turned away by that, here
// in the scan, not after a call back to appendVerbLocs for each.
func clauseMarkAt(s string, k int) int {
	switch s[k] {
	case ',', ';':
		if mayOpenVerbGroup(s, k+2) || andAt(s, k+2) && mayOpenVerbGroup(s, k+6) {
			return k
		}
	case 'd':
		if at := k - 2; at >= 0 && s[at] == 'a' && s[at+1] == 'n' && wordStartsAt(s, at) && mayOpenVerbGroup(s, k+2) {
			return at
		}
	}
	return -1
}

// isClauseSpace reports whether c may follow a clause mark: a space, or
// the line break of a paragraph's text, where the volumes wrap a line
// as often after "checkpoints," or "and" as anywhere else.
func isClauseSpace(c byte) bool { return c == ' ' || c == '\n' }

// andAt reports whether s[i:] opens with "and" and a space or line break.
func andAt(s string, i int) bool {
	return i+4 <= len(s) && s[i] == 'a' && s[i+1] == 'n' && s[i+2] == 'd' && isClauseSpace(s[i+3])
}

// maybeBytesEqual has the high bit of each byte of w that is c, and
// perhaps of a byte c^1 just above one: x is 0 just where the byte is c,
// and subtracting 1 from each byte sets the high bit of such a byte, and
// of the byte above when the borrow reaches it. Three operations to
// bytesEqual's six, for a scan that reads each byte it marks again.
func maybeBytesEqual(w uint64, c byte) uint64 {
	return zeroish(w^rep8(c)) & highBits
}

// bytesEqual has the high bit of each byte of w that is c, and no other
// bit: x is 0 just where the byte is c, and adding 0x7f to its low seven
// bits sets the high bit of every other byte, with no carry between
// bytes.
func bytesEqual(w uint64, c byte) uint64 {
	const low7 = 0x7f7f7f7f7f7f7f7f
	x := w ^ rep8(c)
	return ^((x&low7 + low7) | x) & highBits
}

// lowerVerb is strings.ToLower(v) for a verb group appendVerbLocs found:
// a verb alone, capitalised, is its entry of operativeVerbs, with no new
// string made for it.
func lowerVerb(v string) string {
	if v != "" && 'A' <= v[0] && v[0] <= 'Z' {
		for _, w := range verbsByLetter[lowerByte(v[0])] {
			if len(w) == len(v) && v[1:] == w[1:] {
				return w
			}
		}
	}
	return strings.ToLower(v)
}

// verbGroupEnd is where "(?:ADVERB )*VERB\b" ends when it matches at s[i],
// or 0. No verb starts with an adverb, so taking every adverb there is
// gives the match the pattern's backtracking would. The words are tried
// by their first letter, in their lists' order. VERB is one of
// openingVerbs too where the clause opens the paragraph or follows a
// semicolon (opening).
func verbGroupEnd(s string, i int, opening bool) int {
	if !mayOpenVerbGroup(s, i) {
		return 0 // most places a clause may open hold neither
	}
	if i = adverbsEnd(s, i); i >= len(s) {
		return 0
	}
	for _, v := range verbsByLetter[lowerByte(s[i])] {
		if n := capitalisedPrefix(s[i:], v); n > 0 && wordEndsAt(s, i+n) {
			if !opening && slices.Contains(openingVerbs, v) || notVerbAfter(s[i+n:], v) {
				continue
			}
			return i + n
		}
	}
	return splitCallEnd(s, i)
}

// notVerbAfter reports whether the verb v, followed by rest, is a noun:
// "notes verbales", "notes of the Secretary-General", "letters, notes and
// communications": the Council's "notes" is followed by what it notes,
// or by a comma before an aside.
func notVerbAfter(rest, v string) bool {
	if v != "notes" || rest == "" || !isClauseSpace(rest[0]) {
		return false // "and notes, in this regard, …" is the Council's
	}
	next := rest[1:]
	if k := strings.IndexAny(next, " \n,;"); k >= 0 {
		next = next[:k]
	}
	switch next {
	case "verbales", "of", "from", "by", "and", "or":
		return true // "notes verbales", "the reports and notes of the Secretary-General"
	}
	return false
}

// adverbsEnd is where the operative adverbs that stand at s[i], each
// followed by a space or a line break, end: i when none does.
func adverbsEnd(s string, i int) int {
adverbs:
	for i < len(s) {
		for _, a := range adverbsByLetter[lowerByte(s[i])] {
			if n := capitalisedPrefix(s[i:], a); n > 0 && i+n < len(s) && isClauseSpace(s[i+n]) {
				i += n + 1
				continue adverbs
			}
		}
		break
	}
	return i
}

// misreadVerbAt is the one operative verb that the verb group opening
// an operative paragraph's text is a misread of, and where the group
// ends; or "", 0. The text is capitalised; the adverbs the group may
// open with are as printed, and its verb, of five letters or more (not
// "Acts" for "asks"), is as long as an operative verb, with its first
// and last letters, its spaces (or line breaks) and all but one of its
// other letters, in a word of three letters or more: "Reguests", "Urgcs", "Further rcquests", "Takcs
// note", "Calls npon" are "requests", "urges", "requests", "takes note",
// "calls upon". A group within a letter of two verbs, or of none, is
// left as printed.
func misreadVerbAt(text string) (string, int) {
	if text == "" || text[0] < 'A' || text[0] > 'Z' {
		return "", 0
	}
	j := adverbsEnd(text, 0)
	if j >= len(text) {
		return "", 0
	}
	found, end := "", 0
	for _, v := range verbsByLetter[lowerByte(text[j])] {
		n := len(v)
		if n < 5 || j+n > len(text) || text[j+n-1] != v[n-1] || !wordEndsAt(text, j+n) {
			continue
		}
		differ, word, misreadWord := 0, 0, 0
		var printed, meant byte
		for i := 1; i < n && differ < 2; i++ {
			switch c := text[j+i]; {
			case v[i] == ' ':
				if c != ' ' && c != '\n' {
					differ = 2
				}
				word = i + 1
			case c == v[i]:
			case isASCIILetter(c):
				differ, misreadWord, printed, meant = differ+1, word, c, v[i]
			default:
				differ = 2
			}
		}
		if differ == 1 && wordLen(v[misreadWord:]) < 3 {
			continue // "Calls in" is no "calls on"
		}
		if differ == 1 && n == len("urges") && !ocrConfusable(printed, meant) {
			// English holds many words of five letters a letter from a
			// verb ("Funds", "Holes", "Fines"): only OCR's own confusions
			// ("Urgcs") are read as the verb.
			continue
		}
		if differ == 0 {
			return "", 0 // the verb as printed ("Authorizes", not "authorises")
		}
		if differ == 1 {
			if found != "" {
				return "", 0
			}
			found, end = v, j+n
		}
	}
	return found, end
}

// councilYear reports whether y, four figures, is a year the Council
// may set a deadline in.
func councilYear(y string) bool { return y >= "1946" && y <= "2099" }

// ocrConfusable reports whether OCR prints the letter printed for meant
// as often as the texts show: c for e, l for i or t, n for u, g for q, b
// for h, and back.
func ocrConfusable(printed, meant byte) bool {
	for _, pair := range [...][2]byte{{'c', 'e'}, {'l', 'i'}, {'l', 't'}, {'n', 'u'}, {'g', 'q'}, {'b', 'h'}} {
		if printed == pair[0] && meant == pair[1] || printed == pair[1] && meant == pair[0] {
			return true
		}
	}
	return false
}

// wordLen is the length of the word that opens s, up to a space.
func wordLen(s string) int {
	if k := strings.IndexByte(s, ' '); k >= 0 {
		return k
	}
	return len(s)
}

// capitalised is w with its first letter in upper case.
func capitalised(w string) string { return string(w[0]-'a'+'A') + w[1:] }

// splitCallEnd is where "calls", adverbs and its "upon", "on" or "for"
// end when they stand at s[i] ("Calls again upon the parties", "Calls
// once more upon all other States", "Calls further for the
// restoration"), or 0: the adverbs the verb group takes before its verb
// may stand inside "calls upon" too. A lone underscore OCR left between
// the words is passed over as a space ("Calls _ on the Government").
func splitCallEnd(s string, i int) int {
	n := capitalisedPrefix(s[i:], "calls")
	if n == 0 || i+n >= len(s) || !isClauseSpace(s[i+n]) {
		return 0
	}
	j, inside := i+n+1, false
words:
	for j < len(s) {
		if s[j] == '_' && j+1 < len(s) && isClauseSpace(s[j+1]) {
			j, inside = j+2, true
			continue
		}
		for _, a := range adverbsByLetter[s[j]] {
			if j+len(a) < len(s) && wrappedWords(s[j:j+len(a)], a) && isClauseSpace(s[j+len(a)]) {
				j, inside = j+len(a)+1, true
				continue words
			}
		}
		break
	}
	if !inside {
		return 0
	}
	for _, w := range [...]string{"upon", "on", "for"} {
		if strings.HasPrefix(s[j:], w) && wordEndsAt(s, j+len(w)) {
			return j + len(w)
		}
	}
	return 0
}

// mayOpenVerbGroup reports whether s[i:] opens with the first three
// letters of an adverb or a verb, the first in either case: a look in a
// table that turns away at once the most of the words after a comma or
// "and". Two letters let through three times the places that open a
// verb group (3,114 of dev and the seeds' marks, ", in", ", the",
// ", respectively", against 379 groups), each then read word by word
// (verbGroupEnd); three let through 1,051.
func mayOpenVerbGroup(s string, i int) bool {
	if i+2 >= len(s) {
		return false // every adverb and verb has more than three letters
	}
	first, second := lowerByte(s[i])-'a', s[i+1]-'a'
	return first < 26 && second < 26 && verbGroupHeads[first][second]&(1<<headBit(s[i+2])) != 0
}

// headBit is the bit of verbGroupHeads for the third letter c of a word:
// its place in the alphabet, 26 for the hyphen of "re-emphasizes", and
// 31, no word's, for any other byte.
func headBit(c byte) uint32 {
	switch {
	case 'a' <= c && c <= 'z':
		return uint32(c - 'a')
	case c == '-':
		return 26
	}
	return 31
}

// verbGroupHeads has, for the first two letters of each of
// operativeAdverbs and operativeVerbs, the bits of the letters that
// follow them in them.
var verbGroupHeads = func() (heads [26][26]uint32) {
	for _, w := range slices.Concat(operativeAdverbs, operativeVerbs, openingVerbs) {
		heads[w[0]-'a'][w[1]-'a'] |= 1 << headBit(w[2])
	}
	return heads
}()

// adverbsByLetter and verbsByLetter hold operativeAdverbs, and
// operativeVerbs and openingVerbs, by their first letter.
var adverbsByLetter, verbsByLetter = byFirstLetter(operativeAdverbs), byFirstLetter(slices.Concat(operativeVerbs, openingVerbs))

func byFirstLetter(words []string) (out [256][]string) {
	for _, w := range words {
		out[w[0]] = append(out[w[0]], w)
	}
	return out
}

// capitalisedPrefix is len(w) when s starts with the lower-case w, its
// first letter in either case, or 0; a line break may stand for a space
// of w (wrappedWords, which also holds the same bytes).
func capitalisedPrefix(s, w string) int {
	if len(s) < len(w) || s[0] != w[0] && s[0] != w[0]-'a'+'A' || !wrappedWords(s[1:len(w)], w[1:]) {
		return 0
	}
	return len(w)
}

// wrappedWords reports whether s is the words of w with a line break
// for one of its spaces ("calls\nupon" for "calls upon"), as a wrapped
// paragraph prints them.
func wrappedWords(s, w string) bool {
	for i := 0; i < len(w); i++ {
		if s[i] != w[i] && (w[i] != ' ' || s[i] != '\n') {
			return false
		}
	}
	return true
}

// addresseeEnd is where the addressees of a clause's rest end, as the
// pattern ` to | that |:|; |, (?:in|with|…)\b` finds it (the start of its
// first match), or -1. The bytes are read eight at a time, for the colons,
// semicolons and commas among them and the t after a space that " to "
// and " that " open with: the rest, and most spaces, are passed over at
// once (issue 13).
func addresseeEnd(rest string) int {
	if rest == "" {
		return -1
	}
	if addresseeEndsAt(rest, 0) {
		return 0
	}
	k := 1
	for ; k+8 <= len(rest); k += 8 {
		w := load8At(rest, k)
		marks := maybeBytesEqual(w, ':') | maybeBytesEqual(w, ';') | maybeBytesEqual(w, ',') |
			maybeBytesEqual(w, 't')&maybeBytesEqual(load8At(rest, k-1), ' ')
		for ; marks != 0; marks &= marks - 1 {
			if at := addresseeMarkAt(rest, k+bits.TrailingZeros64(marks)/8); at >= 0 && addresseeEndsAt(rest, at) {
				return at
			}
		}
	}
	for ; k < len(rest); k++ {
		if at := addresseeMarkAt(rest, k); at >= 0 && addresseeEndsAt(rest, at) {
			return at
		}
	}
	return -1
}

// addresseeMarkAt is where a match of addresseeEnd's pattern may start
// for the byte rest[j], j > 0: j-1 for the t of " t", j for a colon,
// semicolon or comma; else -1.
func addresseeMarkAt(rest string, j int) int {
	switch rest[j] {
	case 't':
		if rest[j-1] == ' ' {
			return j - 1
		}
	case ':', ';', ',':
		return j
	}
	return -1
}

// addresseeEndsAt reports whether addresseeEnd's pattern matches at
// rest[k:].
func addresseeEndsAt(rest string, k int) bool {
	switch rest[k] {
	case ' ':
		return strings.HasPrefix(rest[k:], " to ") || strings.HasPrefix(rest[k:], " that ")
	case ':':
		return true
	case ';':
		return k+1 < len(rest) && rest[k+1] == ' '
	case ',':
		if k+1 < len(rest) && rest[k+1] == ' ' {
			j := k + 2
			for j < len(rest) && isWordByte(rest[j]) {
				j++
			}
			return addresseeEnders[rest[k+2:j]]
		}
	}
	return false
}

// decidedThat is what "Decides that …" says a thing of, as the pattern
//
//	^ that (.+?) (?:shall|will|should|is|are|remains)\b
//
// finds it in the rest of the clause (its group): " that MINUSMA shall
// …" gives "MINUSMA". It is read by hand: the group is the shortest, so
// it ends at the first space after its first byte that one of the verbs
// follows as a word, and it cannot pass a line break, which "." does not
// match; a space is never inside a character, so the group ends on one.
func decidedThat(rest string) (string, bool) {
	const that = " that "
	if !strings.HasPrefix(rest, that) {
		return "", false
	}
	for k := len(that); k < len(rest); k++ {
		switch rest[k] {
		case '\n':
			return "", false
		case ' ':
			if k > len(that) && decidedVerbAt(rest, k+1) {
				return rest[len(that):k], true
			}
		}
	}
	return "", false
}

// determiners open a noun group: after "to" they say that it names
// whom a clause is addressed to, not what it asks.
var determiners = wordSet(`the all a an its their both those these each every any other`)

// appealedEnd is where the addressees of an appeal's rest, which opens
// with " to ", end: "Appeals to all States and to the Government of X to
// provide …" names them after its "to", up to the first "to" of an
// action (actionTo), or where a mark of addresseeEnd's after its first
// word ends them (", in particular", ";").
//
// A recommendation's addressees end at "that" too: "Recommends to the
// General Assembly that X be admitted" asks the Assembly, not X.
func appealedEnd(rest string, that bool) int {
	const to = " to "
	e := len(rest)
	if k := actionTo(rest[len(to)-1:]); k >= 0 {
		e = len(to) - 1 + k
	}
	if k := addresseeEnd(rest[len(to):]); k >= 0 && len(to)+k < e && (rest[len(to)+k] != ' ' || that && strings.HasPrefix(rest[len(to)+k:], " that ")) {
		e = len(to) + k // a mark, or "that" of a recommendation
	}
	if that && e < len(rest) && rest[e] != ' ' {
		// "Recommends to the Governments concerned the respect of …;":
		// no "to" or "that" tells where the addressees end.
		return 0
	}
	return e
}

// addressing is how a verb names its addressees other than right after
// itself up to where addresseeEnd says ("Requests the Secretary-General
// to …").
type addressing struct {
	// afterTo: after its "to", "Appeals to all States to …",
	// "Recommends to the General Assembly that …".
	afterTo bool
	// inThat: as the subject of its "that" clause, "Demands that Iraq
	// withdraw", "Requests that all States should refrain", "Insists
	// that the parties …"; after "to", a "that" ends them.
	inThat bool
	// onlyThus: in those ways only; "Recommends the establishment of …"
	// is addressed to no one.
	onlyThus bool
	// objectEnds: right after it, but up to the first of these words
	// too, where it names what it asks with a preposition, not with "to"
	// or "that": "Entrusts the Committee established by resolution 661
	// (1990) concerning the situation between Iraq and Kuwait with the
	// task of …", "Reminds the parties of their obligations under the
	// Charter …" (a possessive after "of" is a thing, not the rest of a
	// name: "the Government of Israel").
	objectEnds []string
}

// objectAt is where the first of the objectEnds stands in rest, or -1.
func (way addressing) objectAt(rest string) int {
	at := -1
	for _, w := range way.objectEnds {
		if k := strings.Index(rest, w); k >= 0 && (at < 0 || k < at) {
			at = k
		}
	}
	return at
}

// addressedBy is how each verb that does names its addressees other
// than right after itself up to where addresseeEnd says (addressing).
var addressedBy = map[string]addressing{
	"appeals":    {afterTo: true},
	"recommends": {afterTo: true, inThat: true, onlyThus: true},
	"demands":    {inThat: true},
	"requests":   {inThat: true},
	"urges":      {inThat: true},
	"insists":    {inThat: true},
	"entrusts":   {objectEnds: []string{" with "}},
	"reminds":    {objectEnds: []string{" of its ", " of their "}},
	// The nouns of an asking a verb repeats (askingNounAt).
	"its request": {afterTo: true, inThat: true},
	"its appeal":  {afterTo: true, inThat: true},
	"its demand":  {inThat: true},
	// "Reiterates its encouragement to the international community to
	// provide …", "Renews its invitation to all States to …".
	"its encouragement": {afterTo: true},
	"its invitation":    {afterTo: true},
}

// askingNouns are the nouns of an asking that a clause's verb renews,
// reiterates or reaffirms ("Renews its request to all States to …",
// "Reiterates its appeal to both parties to …", "Reiterates its demand
// that all parties …"), by the key of addressedBy that reads their
// addressees; a call's are read as "Calls upon" reads them, after its
// "upon" or "on" ("Reiterates its call upon all parties to …").
var askingNouns = []struct{ printed, key string }{
	{" its requests", "its request"}, {" its request", "its request"},
	{" its appeals", "its appeal"}, {" its appeal", "its appeal"},
	{" its demands", "its demand"}, {" its demand", "its demand"},
	{" its calls", "calls upon"}, {" its call", "calls upon"},
	{" its encouragement", "its encouragement"},
	{" its invitations", "its invitation"}, {" its invitation", "its invitation"},
}

// renewingVerbs renew an asking by its noun after "the" too: "Reiterates
// the appeal to the parties contained in … its resolution 49 (1948)".
var renewingVerbs = wordSet(`reiterates renews reaffirms repeats`)

// askingNounAt is the key of addressedBy for the noun of an asking that
// opens rest, the rest of a clause of the verb lemma, perhaps after
// adverbs, followed by its "to" or "that" ("Renews its request to …",
// "Reiterates the appeal to …" of renewingVerbs), and where the noun
// ends; or "", 0. its is where " its " opens rest after adverbs, or -1
// (itsAfterAdverbs).
func askingNounAt(lemma, rest string, its int) (string, int) {
	at, det := its, len(" its")
	if at < 0 && renewingVerbs[lemma] {
		at, det = itsAfterAdverbs(rest, " the "), len(" the")
	}
	if at < 0 {
		return "", 0
	}
	for _, n := range askingNouns {
		noun := n.printed[len(" its"):]
		if !strings.HasPrefix(rest[at+det:], noun) {
			continue
		}
		end := at + det + len(noun)
		// "Reaffirms its call, in paragraph 5 of resolution 771 (1992),
		// upon States …": the aside is passed over.
		end += asideEnd(rest[end:])
		after := rest[end:]
		if n.key == "calls upon" {
			// "Reiterates its call upon all parties to …", "its call on
			// Member States to …": the addressees after "upon" or "on".
			for _, on := range []string{" upon", " on"} {
				if strings.HasPrefix(after, on+" ") {
					return n.key, end + len(on)
				}
			}
			continue
		}
		if strings.HasPrefix(after, " to ") || strings.HasPrefix(after, " that ") {
			return n.key, end
		}
	}
	return "", 0
}

// itsAfterAdverbs is where det (" its ", " the ") that opens rest after
// adverbs stands ("Reiterates once again its demand that …", "Expresses
// also its appreciation to …"), or -1.
func itsAfterAdverbs(rest, det string) int {
	at := 0
adverbs:
	for !strings.HasPrefix(rest[at:], det) {
		// Every request's rest is asked, most of them " the …": no word
		// is made to ask.
		word, ok := strings.CutPrefix(rest[at:], " ")
		if !ok || word == "" {
			return -1
		}
		for _, a := range adverbsByLetter[word[0]] {
			if strings.HasPrefix(word, a) && strings.HasPrefix(word[len(a):], " ") {
				at += 1 + len(a)
				continue adverbs
			}
		}
		return -1
	}
	return at
}

// actionTo is where the first " to " of s that opens an action stands
// (" to provide"), one that no determiner or capital follows, or -1.
func actionTo(s string) int {
	for k := 0; ; {
		i := strings.Index(s[k:], " to ")
		if i < 0 {
			return -1
		}
		k += i
		j := k + len(" to ")
		if w := s[j:lowerRun(s, j)]; w != "" && !determiners[w] && !prepositionTo(s, k) && !toNouns[lastWord(s[:k])] {
			return k
		}
		k++
	}
}

// partyNouns are the nouns of a party whose "to" names what they are
// parties to: "all parties to the conflict", "all States parties to the
// said Convention", "the High Contracting Parties to the Fourth Geneva
// Convention", "the signatories to the Agreement".
var partyNouns = wordSet(`parties Parties party Party signatories signatory`)

// partiesTo reports whether the " to " at s[k:] is a party's (partyNouns),
// before a determiner or a capital: part of the name of whom it asks,
// not its infinitive ("Calls upon the parties to comply").
func partiesTo(s string, k int) bool {
	// Each of partyNouns ends in "s" or "y": most words before a "to"
	// are passed over at once.
	if k == 0 || s[k-1] != 's' && s[k-1] != 'y' || !partyNouns[lastWord(s[:k])] {
		return false
	}
	j := k + len(" to ")
	return nounsTo(s[k:]) || j < len(s) && 'A' <= s[j] && s[j] <= 'Z'
}

// prepositionTo reports whether the " to " at s[k:] is a preposition's:
// the word before it is one of prepositionWords.
func prepositionTo(s string, k int) bool {
	return prepositionWords[lastWord(s[:k])]
}

// asks reports whether the verb lemma, or the noun of an asking its
// clause renews (askingNouns), asks something of its addressees.
func asks(lemma string) bool {
	return slices.Contains(askingVerbs, lemma) || lemma == "encourages" || strings.HasPrefix(lemma, "its ")
}

// toNounBefore reports whether the words before a "to" end with one of
// toNouns, or with one and the "of" that names whose it is: "the right of
// the people of Zimbabwe to", "the applicability of the Geneva Convention
// … to".
func toNounBefore(words string) bool {
	if toNouns[lastWord(words)] {
		return true
	}
	k := strings.Index(words, " of ")
	return k >= 0 && toNouns[lastWord(words[:k])]
}

// nounsAction is the action of a clause of the verb lemma whose
// addressees end at e of rest: rest[e:], but where that opens with a
// noun's "to" ("Reaffirms the right of the people of Zimbabwe to
// self-determination", "Invites the States … providing economic
// assistance to Cambodia to convene a meeting"), the infinitive's "to"
// after it, or "". A verb that asks takes a noun's "to" that a small word
// other than a determiner follows as its infinitive's: "calls upon all
// non-United Nations security forces in receipt of such support to
// continue cooperating".
func nounsAction(lemma, rest string, e int) string {
	const to = " to "
	if !strings.HasPrefix(rest[e:], to) || !toNounBefore(rest[:e]) {
		return rest[e:]
	}
	if j := e + len(to); lowerRun(rest, j) > j && !determiners[rest[j:lowerRun(rest, j)]] && asks(lemma) {
		return rest[e:]
	}
	after := rest[e+len(to)-1:]
	if k := actionTo(after); k >= 0 {
		return after[k:]
	}
	return ""
}

// reasonStart is where the reason for a judgment, or its victim, opens
// in a judging verb's window, or len(window): at a "for" or "on" that a
// lower-case word follows, after "the" or not ("for its recent acts of
// aggression", "for having", "on the progress already achieved"), at
// "against" ("South Africa's aggression against the People's Republic of
// Angola") and at "in violation of" and "in contravention of". A name's
// "for" or "on" is followed by a capital ("the United Nations High
// Commissioner for Refugees", "the National Union for the Total
// Independence of Angola", "the Committee on Contributions").
func reasonStart(window string) int {
	end := len(window)
	for _, w := range []string{" against ", " in violation of ", " in contravention of "} {
		if k := strings.Index(window, w); k >= 0 && k < end {
			end = k
		}
	}
	if k := attackedOn(window[:end]); k >= 0 {
		end = k
	}
	for _, w := range []string{" for ", " on "} {
		for from := 0; from < end; {
			k := strings.Index(window[from:end], w)
			if k < 0 {
				break
			}
			k += from
			j := k + len(w)
			if strings.HasPrefix(window[j:], "the ") {
				j += len("the ")
			}
			if lowerRun(window, j) > j {
				end = k
				break
			}
			from = k + 1
		}
	}
	return end
}

// judgedWindow is the part of a judging verb's window, or of the window
// of those thanks go to, that names whom the clause judges or thanks: up
// to the reason (reasonStart) and, where another actor follows after an
// "and" with a reason of its own, up to that one's reason too ("Commends
// the Secretary-General for his efforts and the Organization of African
// Unity for its support", "Expresses its appreciation to the
// Secretary-General for his report and to the Government of India for
// its assistance"). The reasons between are blanked, so that the actors
// they name are no addressees, and the window keeps its length up to the
// last actor's reason: what it holds stands where the text's does.
func judgedWindow(window string) string {
	end := reasonStart(window)
	var masked []byte
	for end < len(window) {
		at, to := nextJudged(window, end)
		if at < 0 {
			break
		}
		next := at + reasonStart(window[at:])
		if !to && !ownReasonAt(window, next) {
			break
		}
		if masked == nil {
			masked = []byte(window)
		}
		for i := end; i < at; i++ {
			masked[i] = ' '
		}
		end = next
	}
	if masked == nil {
		return window[:end]
	}
	return string(masked[:end])
}

// nextJudged is where the next actor judged or thanked opens after a
// reason that opens at from: after an " and " (", and " too) that a
// determiner or a capital follows, or "to" and one ("and to the
// Government of India"); and whether "to" came before it; or -1.
func nextJudged(window string, from int) (at int, to bool) {
	const and = " and "
	for k := strings.Index(window[from:], and); k >= 0; {
		at := from + k + len(and)
		if strings.HasPrefix(window[at:], "to ") {
			at, to = at+len("to "), true
		}
		if at < len(window) && ('A' <= window[at] && window[at] <= 'Z' || determiners[window[at:lowerRun(window, at)]]) {
			return at, to
		}
		to = false
		from = at
		k = strings.Index(window[from:], and)
	}
	return -1, false
}

// ownReasonAt reports whether an actor's own reason opens at window[k:]:
// a "for" and a possessive or a participle of having ("for its support",
// "for having severed"), not another word of the reason before.
func ownReasonAt(window string, k int) bool {
	w, ok := strings.CutPrefix(window[k:], " for ")
	if !ok {
		return false
	}
	switch w[:lowerRun(w, 0)] {
	case "its", "his", "her", "their", "having":
		return true
	}
	return false
}

// attackNouns are the nouns of an attack whose "on" names its victim,
// as "against" does: "the attack on the United Nations Protection Force",
// "the attacks by Bosnian Serb paramilitary units on UNPROFOR".
var attackNouns = wordSet(`attack attacks assault assaults raid raids aggression`)

// attackedOn is where the first " on " after one of attackNouns stands in
// window, or -1.
func attackedOn(window string) int {
	const on = " on "
	if !strings.Contains(window, on) {
		return -1 // most windows: no word is looked up
	}
	for i := 0; i < len(window); {
		j := lowerRun(window, i)
		if j > i && attackNouns[window[i:j]] {
			if k := strings.Index(window[j:], on); k >= 0 {
				return j + k
			}
			return -1
		}
		k := strings.IndexAny(window[j:], " \n")
		if k < 0 {
			return -1
		}
		i = j + k + 1
	}
	return -1
}

// nameLinks are the small words a name may hold between its capitalised
// words ("the Government of South Africa", "Iraq and Kuwait").
var nameLinks = wordSet(`the of and for de du des la le`)

// thatSubjectEnd is where the subject of the "that" clause opening rest
// (" that South Africa make …") ends: after its run of capitalised words,
// parenthesised or not, and the small words that join them, before the
// first other word or mark; 0 when rest opens with no " that ". The
// collectives' words (subjectWords) join it too: "that all parties
// comply …" asks it of all parties.
func thatSubjectEnd(rest string, subjectWords map[string]bool) int {
	const that = " that "
	if !strings.HasPrefix(rest, that) {
		return 0
	}
	end := len(that) - 1
	if w := rest[len(that):lowerRun(rest, len(that))]; thatPronouns[w] != "" && wordEndsAt(rest, len(that)+len(w)) {
		// "that it immediately cease": a pronoun, whom it stands for
		// read as the object's (pronounAddressed).
		return len(that) + len(w)
	}
	for i := len(that); i < len(rest); {
		j := i
		for j < len(rest) && rest[j] != ' ' && rest[j] != ',' && rest[j] != ';' && rest[j] != ':' && rest[j] != '\n' {
			j++
		}
		w := strings.Trim(rest[i:j], "()")
		if w == "" || !('A' <= w[0] && w[0] <= 'Z' || nameLinks[w] || subjectWords[w]) {
			break
		}
		end = j
		if j == len(rest) || rest[j] != ' ' {
			break
		}
		i = j + 1
	}
	return end
}

// decidedVerbAt reports whether one of the verbs decidedThat ends at
// opens s[i:] as a word.
func decidedVerbAt(s string, i int) bool {
	for _, verb := range []string{"shall", "will", "should", "is", "are", "remains"} {
		end := i + len(verb)
		if strings.HasPrefix(s[i:], verb) && wordEndsAt(s, end) {
			return true
		}
	}
	return false
}

// addDuration counts n units from an ISO date, or returns "".
func addDuration(date, n, unit string) string {
	t, err := time.Parse("2006-01-02", date)
	if err != nil {
		return ""
	}
	v := periodCount(n)
	if v <= 0 {
		return "" // a count not read is no deadline, not the adoption date
	}
	switch unit {
	case "day":
		t = t.AddDate(0, 0, v)
	case "week":
		t = t.AddDate(0, 0, 7*v)
	case "month":
		t = t.AddDate(0, v, 0)
	case "year":
		t = t.AddDate(v, 0, 0)
	}
	return t.Format("2006-01-02")
}

// lastWords drops the adverbs before a verb: "further requests" → "requests".
func lastWords(verb string) string {
	if strings.IndexByte(verb, ' ') < 0 {
		return verb // every adverb is followed by a space
	}
	for _, adverb := range operativeAdverbs {
		if len(verb) > len(adverb) && verb[len(adverb)] == ' ' && verb[:len(adverb)] == adverb {
			verb = verb[len(adverb)+1:]
		}
	}
	if strings.HasPrefix(verb, "calls ") && strings.Count(verb, " ") > 1 {
		// "calls again upon" (splitCallEnd) is "calls upon".
		verb = "calls " + verb[strings.LastIndexByte(verb, ' ')+1:]
	}
	return verb
}

// askingVerbs are the operative verbs that ask something of an actor,
// which a decision may take as its object in the infinitive: "Decides to
// request the Secretary-General to report by 1 March 1990",
// "Decides:\n(a) To call upon the parties concerned to implement …",
// "Resolves:\n1. To request the Secretary-General to …". The clause is
// the request of its infinitive, read as that verb's clause is. "To
// renew", "To extend" and "To establish" ask nothing: the mandate reader
// has them.
//
// Each names whom it asks right after it, before the "to" or "that" of
// what it asks (or after its own "to", "To appeal to all States to …").
// "Encourages", "Entrusts" and "Reminds" are left out: what they name
// first is as often a thing ("Decides to encourage the maximum
// assistance … from all Member States"), or an actor whose task follows
// a "with" after long asides ("Decides to entrust the Special Mission,
// consisting of four members of the Security Council, referred to in
// …"), and their infinitives were read for a wrong addressee.
var askingVerbs = []string{"requests", "calls upon", "calls on", "invites", "urges", "appeals", "authorizes", "authorises",
	"recommends", "demands", "asks", "directs", "instructs", "requires"}

// askingInfinitive is an asking verb in the infinitive ("call upon") and
// the operative verb it is read as ("calls upon").
type askingInfinitive struct{ printed, lemma string }

// askingInfinitives holds askingVerbs in the infinitive, by first letter:
// the verb's first word without its s.
var askingInfinitives = func() (out [256][]askingInfinitive) {
	for _, v := range askingVerbs {
		first, rest, _ := strings.Cut(v, " ")
		printed := strings.TrimSuffix(first, "s")
		if rest != "" {
			printed += " " + rest
		}
		out[v[0]] = append(out[v[0]], askingInfinitive{printed, v})
	}
	return out
}()

// askedInfinitiveAt reads an asking verb in the infinitive at s[i:]: "to"
// or "To", a space or line break, and the verb as a word ("to request",
// "To call\nupon", "To call once again upon"). It is the operative verb
// the infinitive is read as, and where the verb starts and ends; or "",
// 0, 0.
func askedInfinitiveAt(s string, i int) (lemma string, at, end int) {
	if i+3 >= len(s) || s[i] != 't' && s[i] != 'T' || s[i+1] != 'o' || !isClauseSpace(s[i+2]) {
		return "", 0, 0
	}
	at = i + 3
	for _, v := range askingInfinitives[s[at]] {
		if n := capitalisedPrefix(s[at:], v.printed); n > 0 && wordEndsAt(s, at+n) {
			return v.lemma, at, at + n
		}
	}
	if lemma, end := splitCallInfinitive(s, at); end > 0 {
		return lemma, at, end
	}
	return "", 0, 0
}

// splitCallInfinitive reads "call", adverbs and its "upon" or "on" at
// s[at:] ("call once again upon the parties concerned"), as splitCallEnd
// reads "calls": the operative verb it is read as and where it ends, or
// "", 0.
func splitCallInfinitive(s string, at int) (lemma string, end int) {
	const call = len("call ")
	if at+call >= len(s) || !strings.HasPrefix(s[at:], "call") || !isClauseSpace(s[at+call-1]) {
		return "", 0
	}
	j := adverbsEnd(s, at+call)
	if j == at+call {
		return "", 0 // "call upon" with no adverb is askingInfinitives'
	}
	for _, w := range [...]string{"upon", "on"} {
		if strings.HasPrefix(s[j:], w) && wordEndsAt(s, j+len(w)) {
			return "calls " + w, j + len(w)
		}
	}
	return "", 0
}

// decidingVerbs are the verbs whose clause may take a request as its
// object: "Decides to request", "Resolves to call on", "Agrees to invite".
var decidingVerbs = []string{"decides", "resolves", "agrees"}

// askingVerbGroups are the verbs whose infinitive that asks is read as
// the asking verb, as a decision's is: decidingVerbs, and "continues"
// ("Continues to urge all parties to exercise restraint" urges them, its
// verb as printed "continues to urge"). A "Continues:" heads no items the
// Council decides (askedUnderDecision keeps to decidingVerbs).
var askingVerbGroups = append(slices.Clip(decidingVerbs), "continues")

// decidedAsking reads the verb group s[at:end] of a clause as a decision
// to ask ("Decides to request the Secretary-General to …", "Further
// decides to call upon all States to …", "Decides also to request …"),
// or as a continued asking ("Continues to urge all parties to …"): the
// operative verb of the infinitive after it, and where that ends; or "",
// 0. The infinitive is
// read first: most clauses have no "to" after their verb, and most
// decisions that have one do something ("Decides to remain seized").
func decidedAsking(s string, at, end int) (lemma string, askedEnd int) {
	if end+1 >= len(s) || !isClauseSpace(s[end]) {
		return "", 0
	}
	// An adverb may stand between the verb and its infinitive: "Decides
	// also to request", "Decides further to invite".
	if lemma, _, askedEnd = askedInfinitiveAt(s, adverbsEnd(s, end+1)); askedEnd == 0 {
		return "", 0
	}
	verb := s[at:end]
	for _, d := range askingVerbGroups {
		// The group's last word, in either case ("Decides", "further
		// decides").
		if k := len(verb) - len(d); k >= 0 && capitalisedPrefix(verb[k:], d) > 0 && (k == 0 || isClauseSpace(verb[k-1])) {
			return lemma, askedEnd
		}
	}
	return "", 0
}

// itemHost is the paragraph that holds the text of paragraphs[i], an
// item (a sub-paragraph, which comes after it), by its index, and where
// the item's text starts in its: an item's mentions and citations are
// found in its paragraph's text, and its requests read them there. An
// item whose paragraph does not hold its text is its own host.
func itemHost(paragraphs []*Paragraph, i int) (host, shift int) {
	top := paragraphs[i].Parent
	for top != nil && top.Kind == Sub {
		top = top.Parent
	}
	for j := i - 1; j >= 0; j-- {
		if paragraphs[j] == top {
			if k := strings.Index(top.Text, paragraphs[i].Text); k >= 0 {
				return j, k
			}
			break
		}
	}
	return i, 0
}

// endOfThisPeriod is how a decision that renews a mandate asks for the
// report due when the new period ends: "(b) To renew the mandate of the
// United Nations Disengagement Observer Force for another period of six
// months, that is, until 30 November 1992; (c) To request the
// Secretary-General to submit, at the end of this period, a report …".
const endOfThisPeriod = "end of this period"

// ownWords is a clause's words before its items: "Decides:\n(a) … (c) To
// request … at the end of this period" asks nothing at the end of the
// period itself; its item (c) does.
func ownWords(clause string) string {
	if k := strings.IndexByte(clause, ':'); k >= 0 {
		return clause[:k]
	}
	return clause
}

// periodEndBefore is the day the period a mandate extension of d sets
// ends, where "this period" of a request in d.Paragraphs[pi] is that
// one: the last extension with a day in one of the two paragraphs before
// pi (an item's sibling, or the paragraph before), no further, where
// "this" would point at no period; or in pi's own for a request that asks
// someone ("…, and requests the Secretary-General to submit at the end of
// this period a report"), not for the extension's own clause ("Extends
// the stationing … ending 26 December 1966, in the firm hope that by the
// end of this period …" sets no deadline); else "".
func periodEndBefore(d *Document, pi int, asksSomeone bool) string {
	last := pi - 1
	if asksSomeone {
		last = pi
	}
	until := ""
	for _, f := range d.Mandate {
		if f.Kind != "extension" || f.Until == "" {
			continue
		}
		for k := max(0, pi-2); k <= last; k++ {
			if d.Paragraphs[k] == f.Paragraph {
				until = f.Until
			}
		}
	}
	return until
}
