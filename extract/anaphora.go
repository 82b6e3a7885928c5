package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sckg/sckg/ontology"
)

// A text that has named its peace operation goes on to call it "the
// Mission": MINUSMA in the Mali resolutions, UNAMIR in those on Rwanda,
// UNIKOM in those on Iraq and Kuwait. The words name no actor of their
// own, so the registry gives them to none; they are read here, in the
// document that uses them, as the peace operation it is about, and as
// nothing where it names none or none stands out.

// peaceOperation is the class of peace operations: made once, not for
// each mention asked about.
var peaceOperation = ontology.DEF + "PeaceOperation"

// missionMentions finds "the Mission" in the paragraphs of d and gives
// each the peace operation the document is about: the one it names more
// often than all others together (a renewal of MINUSMA also names the
// missions it is to cooperate with, once or twice). Most documents never
// say "the Mission": their mentions are not counted.
func missionMentions(d *Document, r *ontology.Registry) []*Mention {
	if !eachTheMission(d, func(*Paragraph, int, int) bool { return false }) {
		return nil
	}
	operation := documentOperation(d, r)
	if operation == "" {
		return nil
	}
	var out []*Mention
	eachTheMission(d, func(p *Paragraph, start, end int) bool {
		if !otherMissionSince(d, operation, p, start) {
			out = append(out, new(mentionOf(operation, p, start, end)))
		}
		return true
	})
	return out
}

// otherMissionSince reports whether a mission in small letters stands
// between the last mention of operation before byte at of p and there
// (missionSaidBetween): "the Mission" after "the Security Council
// mission" may be either.
func otherMissionSince(d *Document, operation string, p *Paragraph, at int) bool {
	pi := slices.Index(d.Paragraphs, p)
	lastP, lastEnd := -1, 0
	for _, m := range d.Mentions {
		if m.Actor != operation {
			continue
		}
		mi := slices.Index(d.Paragraphs, m.Paragraph)
		if mi > pi || mi == pi && int(m.start) >= at {
			continue
		}
		if mi > lastP || mi == lastP && int(m.end) > lastEnd {
			lastP, lastEnd = mi, int(m.end)
		}
	}
	return lastP >= 0 && missionSaidBetween(d.Paragraphs, lastP, lastEnd, pi, at)
}

// missionSaidBetween reports whether "mission" in small letters after a
// capitalised word stands in paragraphs from byte from of paragraph fromP
// to byte to of paragraph toP: another body's mission than the operation
// named before it ("the visit of the Security Council mission", "the OAU
// mission"), which a bare "the Mission" after it may mean as well. A
// mission after a word in small letters ("the Secretary-General's
// continuing mission of good offices", "a status-of-mission agreement")
// is no body's, and another body's missions ("the European Union
// missions in Mali") none that one "Mission" stands for. A
// sub-paragraph's text is its holder's too: read twice, it tells the same.
func missionSaidBetween(paragraphs []*Paragraph, fromP, from, toP, to int) bool {
	for pi := fromP; pi <= toP && pi < len(paragraphs); pi++ {
		s := paragraphs[pi].Text
		lo, hi := 0, len(s)
		if pi == fromP {
			lo = min(from, len(s))
		}
		if pi == toP {
			hi = min(to, len(s))
		}
		for at := lo; at < hi; {
			k := strings.Index(s[at:hi], "mission")
			if k < 0 {
				break
			}
			start, end := at+k, at+k+len("mission")
			at = end
			if start > 0 && (s[start-1] == ' ' || s[start-1] == '\n') && (end == len(s) || !isASCIILetter(s[end])) && afterCapitalised(s[:start-1]) {
				return true
			}
		}
	}
	return false
}

// documentOperation is the peace operation d names more often than all
// others together, or "".
func documentOperation(d *Document, r *ontology.Registry) string {
	counts := map[string]int{}
	total := 0
	for _, m := range d.Mentions {
		if a, ok := r.Actor(m.Actor); ok && hasClass(a, peaceOperation) {
			counts[m.Actor]++
			total++
		}
	}
	for key, n := range counts {
		if 2*n > total {
			return key
		}
	}
	return ""
}

// eachTheMission calls yield with each "the Mission" standing alone in
// the paragraphs of d, in order, until it returns false; it reports
// whether there was one.
func eachTheMission(d *Document, yield func(p *Paragraph, start, end int) bool) bool {
	found := false
	for _, p := range d.Paragraphs {
		if p.Kind == Sub {
			continue // read with the paragraph that holds it
		}
		for at := 0; ; {
			k := strings.Index(p.Text[at:], "Mission")
			if k < 0 {
				break
			}
			start, end := at+k-len("the "), at+k+len("Mission")
			at = end
			if start < 0 || !strings.EqualFold(p.Text[start:start+len("the ")], "the ") || !standsAlone(p.Text, start, end) {
				continue
			}
			found = true
			if !yield(p, start, end) {
				return true
			}
		}
	}
	return found
}

// standsAlone reports whether "the Mission" at s[start:end] is the whole
// name: not the start of a longer one ("the Mission of Good Offices", "the
// Mission d'appui …", "the Mission Support Division") nor the end of one
// ("the Observer Mission" has no "the" right before "Mission").
func standsAlone(s string, start, end int) bool {
	if start > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:start]); unicode.IsLetter(r) {
			return false
		}
	}
	rest := s[end:]
	if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	next := strings.TrimLeft(rest, " ")
	if len(next) == len(rest) {
		return true // punctuation or the end: "the Mission's", "the Mission,"
	}
	r, _ := utf8.DecodeRuneInString(next)
	if unicode.IsUpper(r) || unicode.IsDigit(r) {
		return false
	}
	for _, w := range []string{"d'", "d’", "de "} {
		if strings.HasPrefix(next, w) {
			return false
		}
	}
	for _, w := range []string{"of", "for"} {
		if strings.HasPrefix(next, w) && len(next) > len(w) && (next[len(w)] == ' ' || next[len(w)] == '\n') {
			return !namedOn(next[len(w):])
		}
	}
	return true
}

// namedOn reports whether the words after the "of" or "for" that follows
// a short name go on with its name: a capitalised word, after "the" or
// not ("the Commission for India and Pakistan", "the Mission of the
// Organization"), not a phrase of the sentence ("the Force for a further
// period of six months", "the Force for the full implementation of").
func namedOn(rest string) bool {
	rest = strings.TrimLeft(rest, " \n")
	if after, ok := strings.CutPrefix(rest, "the"); ok && after != "" && (after[0] == ' ' || after[0] == '\n') {
		rest = strings.TrimLeft(after, " \n")
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

func hasClass(a *ontology.RegisteredActor, class string) bool {
	for _, c := range a.Classes {
		if c == class {
			return true
		}
	}
	return false
}

// withMentionsMerged is mentions, the document's as documentActors found
// them, and more, mentions read after them ("the Mission" of
// missionMentions, the joined adjectives, the short names), as one list
// in the order of the text: by paragraph, then by where they start,
// mentions before more where two start together, as a stable sort of the
// two lists one after the other puts them (sortMentions). Both come in
// that order already, paragraph after paragraph: they are merged, a
// paragraph at a time, with no map of the paragraphs' places nor sort,
// which cost a document that says "the Mission" as much as finding it
// (issue 13). Lists not in that order are sorted.
// The merged list is made in room (the file's arena's).
func withMentionsMerged(d *Document, mentions, more []*Mention, room *mentionRoom) []*Mention {
	if len(more) == 0 {
		return mentions
	}
	out := room.list(len(mentions) + len(more))
	i, j := 0, 0
	for _, p := range d.Paragraphs {
		if i == len(mentions) && j == len(more) {
			break
		}
		a, _ := leadingRun(mentions[i:], p)
		b, _ := leadingRun(more[j:], p)
		i, j = i+len(a), j+len(b)
		from := len(out)
		out = mergeByStart(out, a, b)
		if !mentionsInOrder(out[from:]) {
			return sortedMentions(d, mentions, more)
		}
	}
	if i < len(mentions) || j < len(more) {
		return sortedMentions(d, mentions, more)
	}
	return out
}

// mergeByStart appends to out the mentions of a and b, each in the order
// of their starts, in that order, a's first where two start together.
// When a or b is not in order, neither is what it appends.
func mergeByStart(out, a, b []*Mention) []*Mention {
	for len(a) > 0 && len(b) > 0 {
		if a[0].start <= b[0].start {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return append(append(out, a...), b...)
}

// mentionsInOrder reports whether ms start in the order of the text.
func mentionsInOrder(ms []*Mention) bool {
	for k := 1; k < len(ms); k++ {
		if ms[k].start < ms[k-1].start {
			return false
		}
	}
	return true
}

// sortedMentions is mentions and more, one list, in the order of the
// text (sortMentions).
func sortedMentions(d *Document, mentions, more []*Mention) []*Mention {
	all := append(slices.Clip(mentions), more...)
	sortMentions(d, all)
	return all
}

// sortMentions puts mentions in the order of the text: by paragraph, then
// by where they start.
func sortMentions(d *Document, ms []*Mention) {
	index := make(map[*Paragraph]int, len(d.Paragraphs))
	for i, p := range d.Paragraphs {
		index[p] = i
	}
	sort.SliceStable(ms, func(i, j int) bool {
		if a, b := index[ms[i].Paragraph], index[ms[j].Paragraph]; a != b {
			return a < b
		}
		return ms[i].start < ms[j].start
	})
}

// afterCapitalised reports whether the last word of s opens with a
// capital: "Security Council" before "mission".
func afterCapitalised(s string) bool {
	w := s[strings.LastIndexAny(s, " \n")+1:]
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}
