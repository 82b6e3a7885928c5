package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/sckg/sckg/ontology"
)

// A text that has named a body goes on to call it by the head noun of its
// name: "the Force" for the United Nations Peace-keeping Force in Cyprus in
// its renewals, "the Authority" for the United Nations Transitional
// Authority in Cambodia, "the Commission" for the Truce Commission for
// Palestine, "the Committee" for a sanctions committee, "the Special
// Committee" for the Special Committee against Apartheid. The words name
// no actor of their own; they are read here, as "the Mission" is
// (missionMentions), as the body the document named before them whose
// name ends its capitalised words in the same ones. The registry's
// "Security Council" and "General Assembly" are named by the matcher; the
// heads read here are those of the bodies the Council sets up or speaks
// to, not "Council" nor "Assembly".

// shortNameHeads are the head nouns a body's short name ends in. "the
// Mission" alone is missionMentions' where the text names one operation
// more than all others ("the Observer Mission" is read here).
// The organisations and courts the Council speaks to are called so too:
// "the Agency" for the International Atomic Energy Agency, "the Court"
// for the International Court of Justice, "the National Union" for
// UNITA, "the International Tribunal" for the tribunal named last.
var shortNameHeads = []string{"Agency", "Authority", "Commission", "Committee", "Court", "Force", "Group", "Mediator", "Mission", "Operation", "Tribunal", "Union"}

// nameHead is the capitalised words an English label opens with, up to
// its first word that is not ("Truce Commission" of "Truce Commission for
// Palestine", "Security Council Committee" of "Security Council Committee
// established pursuant to resolution 661"), when the last of them is one
// of shortNameHeads; "" otherwise. A name that goes on past its head in
// its number or the countries it is between ("United Nations Angola
// Verification Mission II", "United Nations Observer Mission
// Uganda-Rwanda") has its head without them: the texts say "the
// Verification Mission", "the Observer Mission".
func nameHead(label string) string {
	end := 0
	for _, w := range strings.Fields(label) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			break
		}
		end = strings.Index(label[end:], w) + end + len(w)
	}
	head := label[:end]
	for {
		cut := strings.LastIndexByte(head, ' ')
		last := head[cut+1:]
		if slices.Contains(shortNameHeads, last) {
			return strings.Join(strings.Fields(head), " ")
		}
		if cut < 0 || !(isRomanNumeral(last) || strings.Contains(last, "-")) {
			return ""
		}
		head = strings.TrimRight(head[:cut], " ")
	}
}

// isRomanNumeral reports whether w is a mission's number as its name
// prints it: "I", "II", "III", "IV".
func isRomanNumeral(w string) bool {
	return w != "" && strings.Trim(w, "IVX") == ""
}

// bodyHeads maps each registry actor a short name can stand for to the
// capitalised openings of its English labels (nameHead). indexRegistry
// makes it once a registry, with the rest of its names' index. States are
// left out: "the Union" is no short name of the Union of Soviet Socialist
// Republics, of South Africa or of Burma, which the texts call "the Soviet
// Union" or by their full names, but of the body named last (the European
// Union, the International Telecommunication Union, UNITA).
func bodyHeads(r *ontology.Registry) map[string][]string {
	out := map[string][]string{}
	for _, a := range r.Actors() {
		if strings.HasPrefix(a.Key, "state/") {
			continue
		}
		labels := append([]string{a.Pref["en"]}, a.Alt["en"]...)
		for _, l := range labels {
			if h := nameHead(l); h != "" {
				out[a.Key] = appendNew(out[a.Key], h)
			}
		}
	}
	return out
}

// bodyPartsOf maps each body (of heads, bodyHeads) that bodies under it
// (org:subOrganizationOf) are named after to those bodies: the Mixed
// Armistice Commissions to the commission of each pair of parties.
func bodyPartsOf(r *ontology.Registry, heads map[string][]string) map[string][]string {
	out := map[string][]string{}
	for _, a := range r.Actors() {
		if _, ok := heads[a.Key]; !ok {
			continue
		}
		for _, p := range a.SubOrgOf {
			if _, ok := heads[p]; ok {
				out[p] = append(out[p], a.Key)
			}
		}
	}
	return out
}

// withShortNameMentions is mentions, d's, with its short names of
// bodies (shortNameMentions) merged in (withMentionsMerged): made in room, the file's arena's, in a list kept from
// document to document, since the merge copies it.
func withShortNameMentions(d *Document, mentions []*Mention, heads, parts map[string][]string, room *mentionRoom) []*Mention {
	sc := shortNamesRoom.Get().(*shortNameScratch)
	defer sc.release()
	sc.found = shortNameMentions(d, heads, parts, room, sc)
	mentions = withMentionsMerged(d, mentions, sc.found, room)
	return withMentionsMerged(d, mentions, hisSpecialRepresentatives(mentions, room), room)
}

// hisSpecialRepresentatives are the mentions of the Secretary-General's
// Special Representative as "his Special Representative" after the
// Secretary-General, with no other actor nor a semicolon between: "the
// Secretary-General and his Special Representative", "the
// Secretary-General, his Special Representative and the personnel of
// UNOSOM II", "the Secretary-General to instruct his Special
// Representative". "His" is then the Secretary-General's, and the post
// the registry's one not tied to a country (special-representative).
// mentions are a document's, in order; the few found are made in room.
func hisSpecialRepresentatives(mentions []*Mention, room *mentionRoom) []*Mention {
	const his, special, representative = "his Special", "Special", "Representative"
	var out []*Mention
	for i, m := range mentions {
		if m.Actor != "secretary-general" {
			continue
		}
		text, end := m.Paragraph.Text, len(m.Paragraph.Text)
		if i+1 < len(mentions) && mentions[i+1].Paragraph == m.Paragraph {
			end = int(mentions[i+1].start)
		}
		between := text[m.end:max(end, int(m.end))]
		k := strings.Index(between, his)
		if k < 0 || strings.IndexByte(between[:k], ';') >= 0 || k > 0 && isASCIILetter(between[k-1]) {
			continue
		}
		at := int(m.end) + k + len("his ")
		after := text[at+len(special):]
		if len(after) < 1+len(representative) || after[0] != ' ' && after[0] != '\n' || !strings.HasPrefix(after[1:], representative) {
			continue
		}
		var made *slab[Mention]
		if room != nil {
			made = &room.made
		}
		r := made.next()
		*r = mentionOf("special-representative", m.Paragraph, at, at+len(special)+1+len(representative))
		out = append(out, r)
	}
	return out
}

// shortNameMentions finds the short names of bodies in the paragraphs of
// d ("the Force", "the Special Committee") and gives each the body d named
// before it under that name (shortNameReferent); none where d named no
// such body. Only documents that name a body with such a head are read,
// and only for the heads they name, from the paragraph of the first body
// they name. The mentions are made in room (the file's arena's; new ones
// when nil), listed in sc's list.
func shortNameMentions(d *Document, heads, parts map[string][]string, room *mentionRoom, sc *shortNameScratch) []*Mention {
	// The bodies' list is kept from document to document: most
	// documents name several, and it was a tenth of extraction's bytes.
	bodies := sc.bodies[:0]
	var named []string // the heads of their names
	for _, m := range d.Mentions {
		if strings.HasPrefix(m.Actor, "state/") {
			continue // most mentions, no body's (bodyHeads): no map lookup
		}
		hs, ok := heads[m.Actor]
		if !ok {
			continue
		}
		bodies = append(bodies, namedBody{m, -1, hs})
		for _, h := range hs {
			named = appendNew(named, h[strings.LastIndexByte(h, ' ')+1:])
		}
	}
	sc.bodies = bodies
	if len(bodies) == 0 {
		return sc.found[:0] // none, and the list keeps its room
	}
	paragraphIndexes(d.Paragraphs, bodies)
	// A short name stands for a body named before it: none stands in
	// the paragraphs before the first body's, which are not read.
	first := bodies[0].paragraph
	for _, b := range bodies[1:] {
		first = min(first, b.paragraph)
	}
	var made *slab[Mention]
	if room != nil {
		made = &room.made
	}
	out := sc.found[:0]
	for pi := first; pi < len(d.Paragraphs); pi++ {
		p := d.Paragraphs[pi]
		if p.Kind == Sub {
			continue // read with the paragraph that holds it
		}
		from := len(out)
		for _, head := range named {
			for at := 0; ; {
				k := strings.Index(p.Text[at:], head)
				if k < 0 {
					break
				}
				start, end := at+k, at+k+len(head)
				at = end
				the, words := shortNameStart(p.Text, start)
				if the < 0 || !standsAlone(p.Text, start, end) || namesItself(p.Text[end:]) ||
					(head == "Mission" && words == "" && startsMention(d.Mentions, p, the)) {
					continue
				}
				name := strings.TrimLeft(p.Text[the+len("the"):end], " \n")
				if m := mentionIn(bodies, p, the, end); m != nil {
					// The matcher's: its own, or a part's.
					if in, ok := parts[m.Actor]; ok && int(m.end) == end {
						if a := shortNameReferent(bodies, pi, the, name); slices.Contains(in, a) {
							m.Actor = a
						}
					}
					continue
				}
				if a, b := shortNameReferentAt(bodies, pi, the, name); a != "" {
					from := the + len("the ")
					if head == "Mission" && words == "" {
						if missionSaidBetween(d.Paragraphs, b.paragraph, int(b.end), pi, the) {
							// "the visit of the Security Council mission
							// and the findings of the Mission": which?
							continue
						}
						from = the // as missionMentions reads it: "the Mission"
					}
					m := made.next()
					*m = mentionOf(a, p, from, end)
					out = append(out, m)
				}
			}
		}
		// One paragraph's short names, found head by head, by where
		// they stand; the paragraphs are in order already.
		if len(out)-from > 1 {
			slices.SortStableFunc(out[from:], func(a, b *Mention) int { return int(a.start) - int(b.start) })
		}
	}
	return out
}

// shortNameScratch is shortNameMentions' room, kept from document to
// document: the bodies a document names and the short names found.
type shortNameScratch struct {
	bodies []namedBody
	found  []*Mention
}

// release clears sc's lists, which point into a file's arena, and hands
// sc back for the next document.
func (sc *shortNameScratch) release() {
	clear(sc.bodies)
	clear(sc.found)
	sc.bodies, sc.found = sc.bodies[:0], sc.found[:0]
	shortNamesRoom.Put(sc)
}

var shortNamesRoom = sync.Pool{New: func() any { return new(shortNameScratch) }}

// namedBody is a document's mention of a body a short name can stand
// for, the index of its paragraph among the document's, and the openings
// of its names (bodyHeads).
type namedBody struct {
	*Mention
	paragraph int
	heads     []string
}

// paragraphIndexes sets each body's paragraph index in paragraphs. The
// mentions are in the paragraphs' order, so one walk finds them all; a
// mention out of it is looked for from the start.
func paragraphIndexes(paragraphs []*Paragraph, bodies []namedBody) {
	i := 0
	for k := range bodies {
		p := bodies[k].Paragraph
		if i == len(paragraphs) || paragraphs[i] != p {
			if j := slices.Index(paragraphs[i:], p); j >= 0 {
				i += j
			} else {
				i = max(0, slices.Index(paragraphs, p))
			}
		}
		bodies[k].paragraph = i
	}
}

// shortNameStart finds the "the" that opens the short name whose head
// starts at s[head:], over up to two capitalised words before it ("the
// Special Committee", "the Observer Mission"): it gives where "the"
// starts and the words between it and the head as printed (a line break
// may part them), or -1.
func shortNameStart(s string, head int) (int, string) {
	at := head
	for range 3 {
		before := strings.TrimRight(s[:at], " \n")
		if len(before) == at {
			return -1, "" // a hyphen or a letter before: "Peace-keeping Force"
		}
		word := before[strings.LastIndexAny(before, " \n(")+1:]
		from := len(before) - len(word)
		if word == "the" || word == "The" {
			return from, strings.TrimLeft(s[len(before):head], " \n")
		}
		if r, _ := utf8.DecodeRuneInString(word); !unicode.IsUpper(r) {
			return -1, ""
		}
		at = from
	}
	return -1, ""
}

// namesItself reports whether the words after a short name say which body
// it is ("the Committee established by resolution 661 (1990)", "the
// Commission set up under …"): the name is then the text's own, not one
// named before.
func namesItself(rest string) bool {
	rest = strings.TrimLeft(rest, " \n")
	for _, w := range []string{"established ", "set up ", "created ", "constituted "} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// mentionIn is the mention of bodies (those of bodies only: a longer name
// that holds a short one is a body's) that holds p.Text from byte from to
// byte to, or nil: "the International Committee of the Red Cross", "the
// Committee established by resolution 724 (1991)" are named by the
// matcher.
func mentionIn(bodies []namedBody, p *Paragraph, from, to int) *Mention {
	for _, m := range bodies {
		if m.Paragraph == p && int(m.start) < to && int(m.end) > from {
			return m.Mention
		}
	}
	return nil
}

// startsMention reports whether one of mentions starts at byte start of
// p's text: "the Mission" missionMentions read.
func startsMention(mentions []*Mention, p *Paragraph, start int) bool {
	for _, m := range mentions {
		if m.Paragraph == p && int(m.start) == start {
			return true
		}
	}
	return false
}

// shortNameReferent is the body a short name (name: "Force", "Special
// Committee", as printed) at byte at of d's paragraph pi stands for: of
// the bodies d named before it whose label opens with capitalised words
// ending in name (bodyHeads), the one named last. The last is chosen over
// the one named most: a text that turns from one body to another means
// the one it has just named, and the last is never a tie. On dev the two
// choose the same body for each of the 221 short names read.
func shortNameReferent(bodies []namedBody, pi, at int, name string) string {
	a, _ := shortNameReferentAt(bodies, pi, at, name)
	return a
}

// shortNameReferentAt is shortNameReferent's body and its mention's.
func shortNameReferentAt(bodies []namedBody, pi, at int, name string) (string, *namedBody) {
	var last *namedBody
	for k, m := range bodies {
		if m.paragraph > pi || (m.paragraph == pi && int(m.start) >= at) {
			break
		}
		for _, h := range m.heads {
			if endsInSpaced(h, name) {
				last = &bodies[k]
				break
			}
		}
	}
	if last == nil {
		return "", nil
	}
	return last.Actor, last
}

// endsInSpaced reports whether the words of head end in those of name,
// printed with any run of spaces and line breaks between them, as whole
// words: "Special Committee" ends "the Special Committee against
// Apartheid"'s head, "Committee" too, "ial Committee" not.
func endsInSpaced(head, name string) bool {
	i, j := len(head), len(name)
	for j > 0 {
		switch {
		case isClauseSpace(name[j-1]):
			for j > 0 && isClauseSpace(name[j-1]) {
				j--
			}
			if i == 0 || head[i-1] != ' ' {
				return false
			}
			i--
		case i > 0 && head[i-1] == name[j-1]:
			i, j = i-1, j-1
		default:
			return false
		}
	}
	return i == 0 || head[i-1] == ' '
}
