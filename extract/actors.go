package extract

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sckg/sckg/ontology"
)

// Actors are found by name: every label of the registry (and the member
// states), the acronyms a text defines for itself ("the G5 Sahel joint
// force (FC-G5S)"), the names it defines for groups ("the Government of
// Mali and the Plateforme and Coordination armed groups ("the Malian
// parties")"), and organisations it introduces with an acronym that the
// registry does not know, which become new actors rather than being lost.

// Mention is a place where a text names an actor.
type Mention struct {
	Actor     string // registry key: "minusma", "state/FRA", or a new actor's key
	Paragraph *Paragraph
	Text      string
	Span      Span
	start     int // byte offsets in the paragraph text
	end       int
}

// NewActor is an organisation a text introduces that the registry does
// not know.
type NewActor struct {
	Key     string // "misad"
	Name    string // "Mission d'appui …", as printed
	Acronym string
}

// nameEntry is one label of one or more actors, as words.
type nameEntry struct {
	words  []string
	actors []string
	exact  bool // compare case too (short names and acronyms)
}

// nameIndex finds labels by their first word, in lower case. Most words
// of a text start no label: firsts, one bit for each first word's hash,
// turns them away before the map is asked (and hashes them again).
type nameIndex struct {
	m      map[string][]*nameEntry
	firsts *[1 << 10]uint64 // bit fnv(key) mod 2^16
}

// fnv16 is the FNV-1a hash of s, folded to 16 bits.
func fnv16(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return (h >> 16) ^ (h & 0xffff)
}

// lookup returns the entries whose first word is key.
func (ix nameIndex) lookup(key string) []*nameEntry {
	if ix.firsts == nil {
		return nil
	}
	if h := fnv16(key); ix.firsts[h>>6]&(1<<(h&63)) == 0 {
		return nil
	}
	return ix.m[key]
}

func (ix *nameIndex) add(label string, actors ...string) {
	words := labelWords(label)
	if len(words) == 0 {
		return
	}
	if ix.m == nil {
		ix.m, ix.firsts = map[string][]*nameEntry{}, new([1 << 10]uint64)
	}
	exact := len(words) <= 2 || strings.ToUpper(label) == label
	key := strings.ToLower(words[0])
	for _, e := range ix.m[key] {
		if equalWords(e.words, words, true) {
			e.actors = appendNew(e.actors, actors...)
			return
		}
	}
	h := fnv16(key)
	ix.firsts[h>>6] |= 1 << (h & 63)
	entries := append(ix.m[key], &nameEntry{words: words, actors: actors, exact: exact})
	sort.SliceStable(entries, func(i, j int) bool { return len(entries[i].words) > len(entries[j].words) })
	ix.m[key] = entries
}

// indexRegistry builds the index of a registry's labels. An Extractor
// builds it once, and its files share it (read-only).
func indexRegistry(r *ontology.Registry) nameIndex {
	ix := nameIndex{}
	for _, a := range r.Actors() {
		for _, l := range a.Labels() {
			ix.add(l, a.Key)
		}
	}
	return ix
}

// word is a word of a text: its byte offsets, and the word in lower case
// (how a nameIndex looks it up). The word itself is the text's
// [start:end]: not kept, so that the words of a long text take less room.
type word struct {
	start, end int
	key        string
}

// textWords splits s into words: letters and digits, with inner hyphens
// and apostrophes; each Han character is a word of its own. ASCII, most of
// the text, is told apart byte by byte: looking every character up in the
// Unicode tables was half of finding actors.
func textWords(s string) []word {
	out := make([]word, 0, len(s)/6)
	lower := "" // s with ASCII lowered, made on the first capitalised word
	add := func(i, j int, ascii bool) {
		w := word{start: i, end: j}
		switch {
		case !ascii:
			w.key = strings.ToLower(s[i:j])
		case !hasUpperASCII(s[i:j]):
			w.key = s[i:j]
		default:
			if lower == "" {
				lower = asciiLower(s)
			}
			w.key = lower[i:j]
		}
		out = append(out, w)
	}
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case isHan(r):
			add(i, i+n, false)
			i += n
		case isLetterOrDigit(r):
			ascii := r < utf8.RuneSelf
			j := i + n
			for j < len(s) {
				r2, n2 := rune(s[j]), 1
				if r2 >= utf8.RuneSelf {
					r2, n2 = utf8.DecodeRuneInString(s[j:])
					ascii = false
				}
				if isHan(r2) {
					break
				}
				if isLetterOrDigit(r2) {
					j += n2
					continue
				}
				if (r2 == '-' || r2 == '\'') && j+n2 < len(s) && !isPossessive(s[j:]) {
					if r3, _ := utf8.DecodeRuneInString(s[j+n2:]); isLetterOrDigit(r3) {
						j += n2
						continue
					}
				}
				break
			}
			add(i, j, ascii)
			i = j
		default:
			i += n
		}
	}
	return out
}

func isLetterOrDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func hasUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

func labelWords(label string) []string {
	ws := textWords(label)
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = label[w.start:w.end]
	}
	return out
}

func equalWords(a, b []string, exact bool) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if exact && a[i] != b[i] || !exact && !strings.EqualFold(a[i], b[i]) {
			return false
		}
	}
	return true
}

// matchAt returns the longest entry of the indexes that matches words[i:],
// the words of text.
func matchAt(text string, words []word, i int, indexes ...nameIndex) (*nameEntry, int) {
	var best *nameEntry
	for _, ix := range indexes {
		for _, e := range ix.lookup(words[i].key) {
			n := len(e.words)
			if i+n > len(words) || (best != nil && n <= len(best.words)) {
				continue
			}
			ok := true
			for k := 0; k < n && ok; k++ {
				w := text[words[i+k].start:words[i+k].end]
				ok = e.exact && w == e.words[k] || !e.exact && strings.EqualFold(w, e.words[k])
				// Words of one name stand together: "Mali and" is no "Mali, and".
				if ok && k > 0 && !adjacent(words[i+k-1], words[i+k]) {
					ok = false
				}
			}
			if ok {
				best = e
			}
		}
	}
	if best == nil {
		return nil, 0
	}
	return best, len(best.words)
}

// adjacent words are separated by a space or a hyphen only; Han
// characters by nothing.
func adjacent(a, b word) bool { return b.start-a.end <= 1 }

// documentActors finds the actors a document names, in two passes: the
// first learns the names the document defines, the second finds every
// mention with those names too.
func documentActors(d *Document, base nameIndex) ([]*Mention, []NewActor) {
	local := nameIndex{}
	adds := 0 // names added to local so far
	addLocal := func(label string, actors ...string) {
		local.add(label, actors...)
		adds++
	}
	var found []NewActor
	known := map[string]bool{}
	// Each paragraph's words and first reading, with the names local held
	// then: when the document defines no name after it, the second pass
	// would read the same mentions again.
	type reading struct {
		words    []word
		mentions []*Mention
		adds     int
	}
	readings := make([]reading, len(d.Paragraphs))
	// Sub-paragraphs are read as part of their paragraph, whose text holds
	// them: each mention is counted once.
	for k, p := range d.Paragraphs {
		if p.Kind == Sub {
			continue
		}
		words := textWords(p.Text)
		mentions := findMentions(p, words, base, local)
		readings[k] = reading{words, mentions, adds}
		for _, def := range definedAcronyms(p.Text, mentions) {
			addLocal(def.acronym, def.actors...)
		}
		for _, g := range definedGroups(p.Text, mentions) {
			addLocal(g.name, g.actors...)
			addLocal("the "+g.name, g.actors...)
		}
		for _, na := range newActors(p.Text, base) {
			if !known[na.Key] {
				known[na.Key] = true
				found = append(found, na)
				addLocal(na.Acronym, na.Key)
				addLocal(na.Name, na.Key)
			}
		}
	}
	var all []*Mention
	for k, p := range d.Paragraphs {
		switch r := readings[k]; {
		case p.Kind == Sub:
		case r.adds == adds:
			all = append(all, r.mentions...)
		default:
			all = append(all, findMentions(p, r.words, base, local)...)
		}
	}
	return all, found
}

// findMentions finds the names of indexes among words, the words of p.
func findMentions(p *Paragraph, words []word, indexes ...nameIndex) []*Mention {
	var out []*Mention
	for i := 0; i < len(words); {
		e, n := matchAt(p.Text, words, i, indexes...)
		if e == nil {
			i++
			continue
		}
		start, end := words[i].start, words[i+n-1].end
		for _, a := range e.actors {
			out = append(out, &Mention{Actor: a, Paragraph: p, Text: p.Text[start:end], start: start, end: end})
		}
		i += n
	}
	return out
}

type definition struct {
	acronym, name string
	actors        []string
}

// acronymAfterRE is an acronym in brackets right after a name.
var acronymAfterRE = anchored(`^ \(([A-Z][A-Za-z0-9-]{1,14})\)`)

// definedAcronyms finds "the G5 Sahel joint force (FC-G5S)": an acronym in
// brackets right after a mention names the same actor.
func definedAcronyms(text string, mentions []*Mention) []definition {
	var out []definition
	for _, m := range mentions {
		if !strings.HasPrefix(text[m.end:], " (") {
			continue // the pattern's first bytes
		}
		if a := acronymAfterRE.FindStringSubmatch(text[m.end:]); a != nil {
			out = append(out, definition{acronym: a[1], actors: []string{m.Actor}})
		}
	}
	return out
}

// groupNameRE is a name a text defines in brackets and quotes:
// ("the Malian parties").
var groupNameRE = regexp.MustCompile(`\s?\("the ([^"()]{3,60})"\)`)

// definedGroups finds ("the Malian parties") after a run of mentions joined
// by "and" and commas: the name means all of them.
func definedGroups(text string, mentions []*Mention) []definition {
	if !strings.Contains(text, `("the `) {
		return nil
	}
	var out []definition
	for _, loc := range groupNameRE.FindAllStringSubmatchIndex(text, -1) {
		var actors []string
		end := loc[0]
		for k := len(mentions) - 1; k >= 0; k-- {
			m := mentions[k]
			if m.end > end {
				continue
			}
			gap := strings.TrimSpace(text[m.end:end])
			if gap != "" && !joinerRE.MatchString(gap) {
				break
			}
			actors = append(actors, m.Actor)
			end = m.start
		}
		if len(actors) > 1 {
			for i, j := 0, len(actors)-1; i < j; i, j = i+1, j-1 {
				actors[i], actors[j] = actors[j], actors[i]
			}
			out = append(out, definition{name: text[loc[2]:loc[3]], actors: actors})
		}
	}
	return out
}

// joinerRE is what may stand between the names of a group.
var joinerRE = anchored(`^(?:,|and|, and|and the|, and the|, the|the)$`)

// bracketAcronymRE is an acronym in brackets, where a new actor may be
// introduced.
var bracketAcronymRE = regexp.MustCompile(` \([A-Z][A-Z0-9-]{1,9}\)`)

// newActorRE is a capitalised name with an acronym in brackets.
var newActorRE = regexp.MustCompile(`((?:[A-Z][\p{L}'’-]*)(?: (?:[A-Z][\p{L}'’-]*|of|the|for|and|in|on|de|du|des|la|le|les|et|pour|à|au|aux|en|d'\p{L}+|l'\p{L}+)){1,10}) \(([A-Z][A-Z0-9-]{1,9})\)`)

// newActorAtEndRE is newActorRE anchored at the end of the window: the
// leftmost name that runs up to the acronym, not the first capitalised
// run of the window (which may stop before it).
var newActorAtEndRE = regexp.MustCompile(newActorRE.String() + `$`)

// organisationWords tell an organisation from a policy or a process.
var organisationWords = regexp.MustCompile(`\b(?:Mission|Force|Forces|Office|Committee|Council|Commission|Conference|Group|Union|Organi[sz]ation|Agency|Cent(?:re|er)|Movement|Coalition|Alliance|Court|Panel|Team|Service|Authority|Secretariat|Bank|Fund|Programme|Unit|Battalion|Operation|Mouvement|Front|Congress|Party|Community|League|Tribunal)\b`)

// sentenceWords open a clause, not a name: the operative verbs and
// preambular participles of Council texts, adverbs before them, articles,
// pronouns and prepositions that a sentence starts with. A capitalised run
// before an acronym often begins with one ("Commends the Organization of
// African Unity (OAU)"); the name starts after them.
var sentenceWords = wordSet(`a an the this that these those its his her their our such any all each both either
	in on by at to for from with under upon of and or as also further again once furthermore moreover however
	having being acting bearing taking noting recalling welcoming commending expressing reaffirming stressing
	emphasizing emphasising underlining acknowledging recognizing recognising condemning deploring determining
	considering reiterating urging calling requesting encouraging affirming appreciating desiring looking
	praising supporting endorsing highlighting following including regarding concerning recording paying
	guided mindful aware conscious convinced concerned alarmed determined seized gravely deeply strongly firmly
	decides requests urges calls encourages authorizes authorises demands welcomes condemns expresses stresses
	underlines emphasizes emphasises reiterates reaffirms recalls recognizes recognises takes invites commends
	acknowledges affirms regrets underscores deplores insists directs endorses appeals notes supports approves
	declares agrees considers renews extends praises salutes applauds establishes calls decided requested
	welcomed noted`)

// postWords name a post held in an organisation: "the Chairman-in-Office
// of the Conference on Security and Cooperation in Europe (CSCE)" names
// the Conference.
var postWords = wordSet(`chairman chairman-in-office chairperson chair president vice-president secretary-general
	director-general secretary head members member commander representative envoy government governments`)

// ingNames are words in -ing that do start names ("Peacebuilding
// Commission", "Monitoring Group"), unlike the participles of a preamble.
var ingNames = wordSet(`peacebuilding peacekeeping monitoring standing steering building training mining banking shipping policing demining planning`)

func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(s) {
		out[w] = true
	}
	return out
}

// organisationName cuts a capitalised run down to the name it ends with,
// by the form of a name: it starts at a capitalised name word, not at a
// verb, participle, adverb, article or preposition; a post before "of the"
// is not part of it; of two names joined by "and the" the last is the one
// the acronym belongs to. It returns "" when no name of two words is left.
func organisationName(run string) string {
	words := strings.Fields(run)
	if i := lastIndexPair(words, "and", "the"); i >= 0 {
		words = words[i+2:]
	}
	for {
		for len(words) > 0 {
			w := strings.ToLower(words[0])
			first, _ := utf8.DecodeRuneInString(words[0])
			if sentenceWords[w] || !unicode.IsUpper(first) ||
				strings.HasSuffix(w, "ing") && !ingNames[w] ||
				strings.HasSuffix(w, "ly") && len(w) > 4 {
				words = words[1:]
				continue
			}
			break
		}
		// "Chairman-in-Office of the Conference …": the post goes, the
		// organisation stays.
		if len(words) > 2 && postWords[strings.ToLower(words[0])] && words[1] == "of" {
			words = words[1:]
			continue
		}
		break
	}
	if len(words) < 2 {
		return ""
	}
	return strings.Join(words, " ")
}

// lastIndexPair is the index of the last "a b" in words, or -1.
func lastIndexPair(words []string, a, b string) int {
	for i := len(words) - 2; i >= 0; i-- {
		if words[i] == a && words[i+1] == b {
			return i
		}
	}
	return -1
}

// newActorBefore reads the name before the acronym in brackets at
// text[loc[0]:loc[1]] as newActorAtEndRE does in the 200 bytes before it.
// A name holds at most ten spaces (newActorRE's {1,10}), so its match
// starts after the eleventh space before the bracket: the pattern, which
// tries every start, is given only that much.
func newActorBefore(text string, loc []int) []string {
	from := max(0, loc[0]-200)
	for k, spaces := loc[0], 0; spaces < 11; spaces++ {
		k = strings.LastIndexByte(text[from:k], ' ')
		if k < 0 {
			break
		}
		k += from
		if spaces == 10 {
			from = k + 1
		}
	}
	return newActorAtEndRE.FindStringSubmatch(text[from:loc[1]])
}

// newActors finds organisations the registry does not know.
func newActors(text string, known nameIndex) []NewActor {
	var out []NewActor
	// Look only before acronyms in brackets: the full pattern is costly.
	var matches [][]string
	for _, loc := range bracketAcronymRE.FindAllStringIndex(text, -1) {
		if m := newActorBefore(text, loc); m != nil {
			matches = append(matches, m)
		}
	}
	for _, m := range matches {
		name, acronym := organisationName(m[1]), m[2]
		if name == "" || !organisationWords.MatchString(name) {
			continue
		}
		if e, _ := matchAt(acronym, textWords(acronym), 0, known); e != nil {
			continue // the acronym is a known actor's
		}
		nameWords := textWords(name)
		if e, n := matchAt(name, nameWords, 0, known); e != nil && n == len(nameWords) {
			continue // the name is a known actor's
		}
		out = append(out, NewActor{Key: strings.ToLower(acronym), Name: name, Acronym: acronym})
	}
	return out
}

func appendNew(list []string, items ...string) []string {
	for _, it := range items {
		dup := false
		for _, x := range list {
			dup = dup || x == it
		}
		if !dup {
			list = append(list, it)
		}
	}
	return list
}

// isPossessive reports whether s starts with the "'s" of a possessive
// ("MINUSMA's"): the name stops before it.
func isPossessive(s string) bool {
	if !strings.HasPrefix(s, "'s") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[2:])
	return len(s) == 2 || !unicode.IsLetter(r)
}
