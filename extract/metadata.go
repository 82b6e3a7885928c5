package extract

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/sckg/sckg/ontology"
	"github.com/sckg/sckg/ontology/symbol"
)

// This pass reads what a document says about itself: dates, the meeting,
// the sponsors of a draft, the original language, Chapter VII, the
// signatory of a letter and a vote it reports. Each fact is read only where
// the text states it; nothing is invented.

var (
	// "Distr.: General 29 June 2020", with the date perhaps on its own line.
	distrDateRE = lazyRegexp(`Distr\.: ?\w+\s+(\d{1,2} [A-Z][a-z]+ \d{4})`)
	originalRE  = lazyRegexp(`Original: ?([A-Z][a-z]+)`)
	// "Adopted by the Security Council at its 8809th meeting, on 29 June 2021"
	adoptedRE = anchored(`^Adopted by the Security Council(?: at its (\d{1,5})(?:st|nd|rd|th) meeting,)? on (\d{1,2} [A-Z][a-z]+ \d{4})`)
	sponsorRE = anchored(`^(.+?): (?:revised )?draft resolution$`)
	chapterRE = anchored(`^Acting under Chapter ([IVX]+) of the Charter`)

	// The Chinese letter reporting a written vote.
	zhAgendaRE     = lazyRegexp(`"([^"]{2,40})"议程项目`)
	zhDraftRE      = lazyRegexp(`对 ?(S/\d{4}/\d{1,4}) ?号文件所载决议草案`)
	zhCountRE      = lazyRegexp(`决议草案获得 ?(\d{1,2}) ?票赞成`)
	zhResultRE     = lazyRegexp(`成为 ?(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日第 ?(\d{1,4}) ?\((\d{4})\) ?号决议`)
	zhSignedRE     = anchored(`^(.+?)[(（]签名[)）]$`)
	meetingTimesRE = anchored(`^The meeting began at (\d{1,2}):(\d{2}) ([ap])\.m\. and ended at (\d{1,2}):(\d{2}) ([ap])\.m\.`)
	// "Francois Delattre (France), welcoming …": a speaker for a state.
	speakerRE    = anchored(`^([A-Z][\p{L}'.-]+(?: [A-Z][\p{L}'.-]+){1,3}) \(([^()]{3,60})\)[ ,]`)
	unanimousRE  = lazyRegexp(`(?i)\bunanimously adopting resolution (\d{1,4}) \((\d{4})\)`)
	wordAdopting = keyword("adopting") // which unanimousRE needs
	voteHeadings = map[string]string{"赞成:": "for", "赞成：": "for", "反对:": "against", "反对：": "against", "弃权:": "abstain", "弃权：": "abstain",
		"In favour:": "for", "Against:": "against", "Abstaining:": "abstain"}
)

var months = map[string]int{"January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6,
	"July": 7, "August": 8, "September": 9, "October": 10, "November": 11, "December": 12}

var languageNames = map[string]string{"English": "en", "French": "fr", "Spanish": "es", "Russian": "ru", "Chinese": "zh", "Arabic": "ar"}

// isoDate turns "29 June 2020" into "2020-06-29", or "" if it is no date.
func isoDate(s string) string {
	dd, mm, yyyy, ok := englishDateParts(strings.TrimSpace(s))
	if !ok {
		return ""
	}
	day, _ := strconv.Atoi(dd)
	month, ok := months[mm]
	if !ok || day < 1 || day > 31 {
		return ""
	}
	return isoDay(yyyy, month, day)
}

// englishDateParts reads s as the whole of
//
//	^(\d{1,2}) ([A-Z][a-z]+) (\d{4})$
//
// does, by hand (printedDateLen, over the whole of s). The pattern made a
// list of its groups, and its machine, for every date of every text (2 %
// of BenchmarkDev's allocations).
func englishDateParts(s string) (day, month, year string, ok bool) {
	if len(s) == 0 || printedDateLen(s, false) != len(s) {
		return "", "", "", false
	}
	d := strings.IndexByte(s, ' ')     // after the day
	e := strings.LastIndexByte(s, ' ') // after the month
	return s[:d], s[d+1 : e], s[e+1:], true
}

// isoDay writes a day as ISO 8601 ("2020-06-29") from a year of four
// figures and a month and day in range, as fmt's "%s-%02d-%02d" would,
// without its cost on every date of every text.
func isoDay(year string, month, day int) string {
	b := make([]byte, 0, len(year)+6)
	b = append(b, year...)
	b = append(b, '-', byte('0'+month/10), byte('0'+month%10), '-', byte('0'+day/10), byte('0'+day%10))
	return string(b)
}

// readMetadata fills the facts a document states about itself from its
// blocks and paragraphs.
func readMetadata(d *Document, p *part, ci spanner, warn func(Warning)) {
	header := 0 // the header's blocks, above the preamble
	distr, original := false, false
	for _, b := range p.blocks {
		if preambleRE.MatchString(b.t.s) {
			break
		}
		header++
		s := b.t.s
		// The labels open the patterns, and hold no space: each is in
		// one block or in none.
		distr = distr || strings.Contains(s, "Distr.:")
		original = original || strings.Contains(s, "Original:")
		if m := adoptedRE.FindStringSubmatch(s); m != nil {
			d.Meeting, d.AdoptionDate = m[1], isoDate(m[2])
		}
		if d.Kind == KindDraftResolution && strings.HasSuffix(s, "draft resolution") {
			if m := sponsorRE.FindStringSubmatch(s); m != nil {
				for _, name := range splitNames(m[1]) {
					d.Sponsors = append(d.Sponsors, actorOf(name, warn))
				}
			}
		}
	}
	readAdoptionLines(d, p, ci, warn)
	if distr || original {
		// The date may be on a line of its own, below the label.
		h := joinHeader(p.blocks[:header])
		if m := distrDateRE.FindStringSubmatch(h); m != nil {
			d.Date = isoDate(m[1])
		}
		if m := originalRE.FindStringSubmatch(h); m != nil {
			d.OriginalLanguage = languageNames[m[1]]
		}
	}
	for _, para := range d.Paragraphs {
		if para.Kind != Preambular || !strings.HasPrefix(para.Text, "Acting under Chapter ") {
			continue // the words chapterRE opens with
		}
		if m := chapterRE.FindStringSubmatch(para.Text); m != nil {
			d.ActingUnder = "Chapter " + m[1]
		}
	}
	switch d.Kind {
	case KindLetter:
		readLetter(d, p, ci, warn)
	case KindPressRelease:
		readPressRelease(d)
	}
}

// joinHeader joins the blocks of a header, each followed by a space.
func joinHeader(blocks []block) string {
	n := 0
	for _, b := range blocks {
		n += len(b.t.s) + 1
	}
	var header strings.Builder
	header.Grow(n)
	for _, b := range blocks {
		header.WriteString(b.t.s)
		header.WriteByte(' ')
	}
	return header.String()
}

// readAdoptionLines reads the meeting, date and vote of a text from its
// adoption line, at its foot (the volumes) or under its title (the
// provisional texts), and the agenda heading printed above its title.
func readAdoptionLines(d *Document, p *part, ci spanner, warn func(Warning)) {
	memo := &p.scratch.stateNames
	for i, b := range p.blocks {
		if b.form == formAgenda && d.Title == "" || b.form == formAgenda && i+1 < len(p.blocks) && p.blocks[i+1].form == formTitle {
			d.AgendaItem = b.t.s
		}
		if b.form != formAdoption {
			continue
		}
		var v Vote
		meeting, on, voted := readAdoptionInto(&v, b.t.s, footnotesUnder(p.blocks[i+1:]), d.AdoptionDate, memo, warn)
		if meeting != "" && d.Meeting == "" {
			d.Meeting = meeting
		}
		if on != "" && d.AdoptionDate == "" {
			d.AdoptionDate = on
		}
		if voted && d.Vote == nil && d.Kind == KindResolution {
			v.Result = d.Symbol
			v.Date = d.AdoptionDate
			start, end := b.t.source(0, len(b.t.s))
			v.Span = ci.span(start, end)
			if v.Counted {
				warnCountsBeyondCouncil(&v, warn)
			}
			d.Vote = p.scratch.voteRoom(d)
			*d.Vote = v
		}
	}
	if d.Kind == KindResolution && d.Date == "" {
		// A resolution is dated by the day of its adoption.
		d.Date = d.AdoptionDate
	}
}

// footnotesUnder joins the blocks under an adoption line, up to 2,000
// bytes or so, for readAdoptionInto: the footnotes printed under the
// line, not the text that an adoption line in a header stands over. They
// are read for three statements alone, whose words (footnoteWords) are
// looked for in the blocks and passed on with them, as readAdoptionInto
// searched the joined text for them again: without any of the three the
// blocks are not joined, and "" reads the same. They are joined single-spaced, as
// readAdoptionInto reads them: a block is copied whole, where joined by line
// breaks they were taken apart again word by word (issue 13).
func footnotesUnder(blocks []block) footnotes {
	n, under := 0, 0
	var words footnoteWords
	for _, f := range blocks {
		if n > 2000 {
			break
		}
		if words != allFootnoteWords {
			words |= footnoteWordsIn(f.t.s)
		}
		n += len(f.t.s) + 1
		under++
	}
	if words == 0 {
		return footnotes{}
	}
	var notes strings.Builder
	notes.Grow(n)
	for _, f := range blocks[:under] {
		writeWords(&notes, f.t.s, notes.Len() > 0)
	}
	return footnotes{notes.String(), words}
}

// readLetter reads the agenda item, the vote and the signatory of a letter
// from the President of the Council reporting a vote.
func readLetter(d *Document, p *part, ci spanner, warn func(Warning)) {
	var v Vote
	list := ""
	var start, end int
	for i, b := range p.blocks {
		s := b.t.s
		// The patterns that open with no fixed words run only where their
		// words are.
		if d.AgendaItem == "" && strings.Contains(s, "议程项目") {
			if m := zhAgendaRE.FindStringSubmatch(s); m != nil {
				d.AgendaItem = m[1]
			}
		}
		if m := zhDraftRE.FindStringSubmatch(s); m != nil && v.Draft == "" {
			v.Draft = symbol.Parse(m[1]).String()
			start, _ = b.t.source(0, len(s))
		}
		if m := zhCountRE.FindStringSubmatch(s); m != nil {
			v.InFavourCount, _ = strconv.Atoi(m[1])
		}
		if m := zhResultRE.FindStringSubmatch(s); m != nil {
			v.Result = symbol.Resolution(m[4], m[5]).String()
			month, _ := strconv.Atoi(m[2])
			day, _ := strconv.Atoi(m[3])
			v.Date = isoDay(m[1], month, day)
			_, end = b.t.source(0, len(s))
		}
		if strings.Contains(s, "签名") {
			if m := zhSignedRE.FindStringSubmatch(s); m != nil {
				d.Signatory = m[1]
				if i > 0 {
					d.SignatoryRole = p.blocks[i-1].t.s
				}
			}
		}
		if kind, ok := voteHeadings[s]; ok {
			list = kind
			v.Listed = true
			continue
		}
		if list != "" {
			var actors []Actor
			for _, name := range splitNames(s) {
				if name != "无" && name != "None" {
					actors = append(actors, actorOf(name, warn))
				}
			}
			switch list {
			case "for":
				v.InFavour = actors
			case "against":
				v.Against = actors
			case "abstain":
				v.Abstaining = actors
			}
			list = ""
		}
	}
	if v.Draft == "" && !v.Listed {
		return
	}
	if v.InFavourCount == 0 {
		v.InFavourCount = len(v.InFavour)
	}
	if v.Listed && v.InFavourCount != len(v.InFavour) {
		warn(Warning{Kind: WarnVoteCount, Message: fmt.Sprintf("the vote counts %d in favour but lists %d states", v.InFavourCount, len(v.InFavour))})
	}
	v.AgainstCount, v.AbstainingCount = len(v.Against), len(v.Abstaining)
	if end < start {
		end = start
	}
	v.Span = ci.span(start, end)
	d.Vote = &v
}

// splitNames splits a list of names: "France, Germany and Niger",
// "比利时、中国、…、越南。".
func splitNames(s string) []string {
	s = strings.TrimRight(s, "。. ")
	s = strings.NewReplacer("、", ",", "，", ",", " and ", ",").Replace(s)
	var out []string
	for _, n := range strings.Split(s, ",") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// actorOf names an actor; member states are known by any of their names.
func actorOf(name string, warn func(Warning)) Actor {
	if st, ok := ontology.LookupState(name); ok {
		return Actor{State: st.Alpha3, Printed: name}
	}
	warn(Warning{Kind: WarnUnknownState, Message: "no member state is called " + strconv.Quote(name)})
	return Actor{Printed: name}
}

// readPressRelease reads a meetings-coverage press release: the vote it
// reports, the meeting's times and who spoke for which state.
func readPressRelease(d *Document) {
	for _, para := range d.Paragraphs {
		if d.Vote == nil && wordAdopting.in(para.Text) {
			if m := unanimousRE.FindStringSubmatch(para.Text); m != nil {
				d.Vote = &Vote{Result: symbol.Resolution(m[1], m[2]).String(), Unanimous: true, Span: para.Span}
			}
		}
		if m := meetingTimesRE.FindStringSubmatch(para.Text); m != nil {
			d.MeetingStart, d.MeetingEnd = clock(m[1], m[2], m[3]), clock(m[4], m[5], m[6])
		}
		if m := speakerRE.FindStringSubmatch(para.Text); m != nil {
			if st, ok := ontology.LookupState(m[2]); ok {
				d.Speakers = append(d.Speakers, Speaker{Name: m[1], State: Actor{State: st.Alpha3, Printed: m[2]}, Span: para.Span})
			}
		}
	}
}

// clock turns "5:50", "p" into "17:50".
func clock(h, m, ampm string) string {
	hour, _ := strconv.Atoi(h)
	if ampm == "p" && hour < 12 {
		hour += 12
	}
	if ampm == "a" && hour == 12 {
		hour = 0
	}
	return fmt.Sprintf("%02d:%s", hour, m)
}
