package extract

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
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
	Interval         string // "every three months" is P3M
	RefersTo         []*Citation
	Text             string
	Span             Span
	start, end       int // byte offsets in the paragraph text
}

var (
	// operativeVerbRE opens a clause: at the start of the paragraph, or
	// after a comma, semicolon or "and".
	operativeVerbRE = regexp.MustCompile(`(?:^|[,;] (?:and )?|\band )((?:(?:[Ff]urther|[Aa]lso|[Aa]gain|[Ss]trongly|[Oo]nce again|[Ff]irmly|[Rr]epeatedly) )*(?:[Dd]ecides|[Rr]equests|[Uu]rges|[Cc]alls upon|[Cc]alls on|[Cc]alls for|[Ee]ncourages|[Aa]uthori[sz]es|[Dd]emands|[Ww]elcomes|[Cc]ondemns|[Ee]xpresses|[Ss]tresses|[Uu]nderlines|[Ee]mphasi[sz]es|[Rr]eiterates|[Rr]eaffirms|[Rr]ecalls|[Rr]ecognizes|[Tt]akes (?:positive )?note|[Ii]nvites|[Cc]ommends|[Aa]cknowledges|[Aa]ffirms|[Rr]egrets|[Uu]nderscores|[Dd]eplores|[Ii]nsists|[Dd]irects|[Ee]ndorses|[Aa]ppeals))\b`)
	// addresseeEnd ends the part of a clause that names its addressees.
	addresseeEnd = regexp.MustCompile(` to | that |:|; |, (?:in|with|through|including|within|when|as|on|by|after|addressing|seeking|notably|especially|particularly|while|without)\b`)

	decidesThatRE  = regexp.MustCompile(`^ that (.+?) (?:shall|will|should|is|are|remains)\b`)
	deadlineDateRE = regexp.MustCompile(`\b(?:by|no later than|not later than|before) (\d{1,2} [A-Z][a-z]+ \d{4})`)
	withinRE       = regexp.MustCompile(`\bwithin (\d{1,3}|[a-z]+) (day|week|month|year)s?\b`)
	everyRE        = regexp.MustCompile(`\bevery (\d{1,3}|[a-z]+) (day|week|month|year)s?\b`)
	// "report quarterly" is an interval; "his first quarterly report" is not.
	quarterlyRE = regexp.MustCompile(`\b(?:report(?:s|ing)? quarterly|on a quarterly basis)\b`)
	annuallyRE  = regexp.MustCompile(`\b(?:annually|every year|on an annual basis|yearly)\b`)
)

var numberWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "thirty": 30, "sixty": 60, "ninety": 90}

// duration writes n units as an xsd:duration: P3M, P180D, P2W, P1Y.
func duration(n, unit string) string {
	v, err := strconv.Atoi(n)
	if err != nil {
		v = numberWords[n]
	}
	if v <= 0 {
		return ""
	}
	return fmt.Sprintf("P%d%s", v, map[string]string{"day": "D", "week": "W", "month": "M", "year": "Y"}[unit])
}

// findRequests reads the requests of each operative paragraph.
func findRequests(d *Document) []*Request {
	// Mentions and citations by paragraph, in text order, so that each
	// clause looks only at those inside it: a paragraph of many clauses
	// must not be read once per clause (issue 16).
	mentionsOf := map[*Paragraph][]*Mention{}
	for _, m := range d.Mentions {
		mentionsOf[m.Paragraph] = append(mentionsOf[m.Paragraph], m)
	}
	for _, ms := range mentionsOf {
		sort.SliceStable(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
	}
	citationsOf := map[*Paragraph][]*Citation{}
	for _, c := range d.Citations {
		if c.TargetParagraph != "" {
			citationsOf[c.Paragraph] = append(citationsOf[c.Paragraph], c)
		}
	}
	for _, cs := range citationsOf {
		sort.SliceStable(cs, func(i, j int) bool { return cs[i].at < cs[j].at })
	}
	var out []*Request
	for _, p := range d.Paragraphs {
		if p.Kind != Operative {
			continue
		}
		locs := operativeVerbRE.FindAllStringSubmatchIndex(p.Text, -1)
		for k, loc := range locs {
			start, end := loc[2], len(p.Text)
			if k+1 < len(locs) {
				end = locs[k+1][0]
			}
			seg := p.Text[start:end]
			verb := strings.ToLower(p.Text[loc[2]:loc[3]])
			r := &Request{Paragraph: p, Ordinal: k + 1, Verb: verb, Lemma: lastWords(verb), Text: strings.TrimRight(seg, ",; "), start: start, end: start + len(strings.TrimRight(seg, ",; "))}
			rest := seg[len(verb):]
			window := rest
			if e := addresseeEnd.FindStringIndex(rest); e != nil {
				window = rest[:e[0]]
				action := rest[e[0]:]
				if strings.HasPrefix(action, ",") {
					// ", in coordination with …, to develop …": the action
					// is what the addressee is asked "to" do.
					if k := strings.Index(action, " to "); k >= 0 {
						action = action[k:]
					}
				}
				r.Action = strings.TrimSpace(strings.TrimRight(action, ",; "))
			}
			if r.Lemma == "decides" {
				// "Decides that MINUSMA shall …" is addressed to MINUSMA;
				// "Decides to extend …" to no one.
				window = ""
				if m := decidesThatRE.FindStringSubmatch(rest); m != nil {
					window = " that " + m[1]
				}
				r.Action = strings.TrimSpace(strings.TrimRight(rest, ",; "))
			}
			wStart := start + len(verb)
			ms := mentionsOf[p]
			for i := sort.Search(len(ms), func(i int) bool { return ms[i].start >= wStart }); i < len(ms) && ms[i].start < wStart+len(window); i++ {
				if m := ms[i]; m.end <= wStart+len(window) {
					r.Addressee = appendNew(r.Addressee, m.Actor)
				}
			}
			readTiming(r, seg, d.AdoptionDate)
			// The paragraphs this clause cites: the citations printed in it.
			cs := citationsOf[p]
			for i := sort.Search(len(cs), func(i int) bool { return cs[i].at >= start }); i < len(cs) && cs[i].at < end; i++ {
				r.RefersTo = append(r.RefersTo, cs[i])
			}
			out = append(out, r)
		}
	}
	return out
}

// readTiming finds a deadline and a reporting interval in a clause.
func readTiming(r *Request, seg, adopted string) {
	// Key words first: most clauses give no time at all.
	if !strings.Contains(seg, "by ") && !strings.Contains(seg, "later than") && !strings.Contains(seg, "before ") &&
		!strings.Contains(seg, "within ") && !strings.Contains(seg, "every ") && !strings.Contains(seg, "quarterly") &&
		!strings.Contains(seg, "annual") && !strings.Contains(seg, "year") {
		return
	}
	if m := deadlineDateRE.FindStringSubmatch(seg); m != nil {
		r.Deadline = isoDate(m[1])
	}
	if m := withinRE.FindStringSubmatch(seg); m != nil {
		r.DeadlineDuration = duration(m[1], m[2])
		if r.Deadline == "" && adopted != "" {
			r.Deadline = addDuration(adopted, m[1], m[2])
		}
	}
	switch m := everyRE.FindStringSubmatch(seg); {
	case m != nil:
		r.Interval = duration(m[1], m[2])
	case quarterlyRE.MatchString(seg):
		r.Interval = "P3M"
	case annuallyRE.MatchString(seg):
		r.Interval = "P1Y"
	}
}

// addDuration counts n units from an ISO date, or returns "".
func addDuration(date, n, unit string) string {
	t, err := time.Parse("2006-01-02", date)
	if err != nil {
		return ""
	}
	v, err := strconv.Atoi(n)
	if err != nil {
		v = numberWords[n]
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
	for _, adverb := range []string{"further ", "also ", "again ", "strongly ", "once again ", "firmly ", "repeatedly "} {
		verb = strings.TrimPrefix(verb, adverb)
	}
	return verb
}
