package extract

// The matcher of names before it became a trie (issue 13), kept as the
// reference that the trie must agree with on every text: see
// TestNamesAgreeWithReference and FuzzNamesAgreeWithReference.

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sckg/sckg/ontology"
)

// refEntry is one label of one or more actors, as words.
type refEntry struct {
	words  []string
	actors []string
	exact  bool // compare case too (short names and acronyms)
}

// refIndex finds labels by their first word, in lower case. Most words
// of a text start no label: firsts, one bit for each first word's hash,
// turns them away before the map is asked (and hashes them again).
type refIndex struct {
	m      map[string][]*refEntry
	firsts *[1 << 10]uint64 // bit fnv(key) mod 2^16
}

// refFNV16 is the FNV-1a hash of s, folded to 16 bits.
func refFNV16(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return (h >> 16) ^ (h & 0xffff)
}

// lookup returns the entries whose first word is key.
func (ix refIndex) lookup(key string) []*refEntry {
	if ix.firsts == nil {
		return nil
	}
	if h := refFNV16(key); ix.firsts[h>>6]&(1<<(h&63)) == 0 {
		return nil
	}
	return ix.m[key]
}

func (ix *refIndex) add(label string, actors ...string) {
	words := refLabelWords(label)
	if len(words) == 0 {
		return
	}
	if ix.m == nil {
		ix.m, ix.firsts = map[string][]*refEntry{}, new([1 << 10]uint64)
	}
	exact := len(words) <= 2 || strings.ToUpper(label) == label
	key := strings.ToLower(words[0])
	for _, e := range ix.m[key] {
		if refEqualWords(e.words, words, true) {
			e.actors = appendNew(e.actors, actors...)
			return
		}
	}
	h := refFNV16(key)
	ix.firsts[h>>6] |= 1 << (h & 63)
	entries := append(ix.m[key], &refEntry{words: words, actors: actors, exact: exact})
	sort.SliceStable(entries, func(i, j int) bool { return len(entries[i].words) > len(entries[j].words) })
	ix.m[key] = entries
}

// refIndexRegistry builds the index of a registry's labels. An Extractor
// builds it once, and its files share it (read-only).
func refIndexRegistry(r *ontology.Registry) refIndex {
	ix := refIndex{}
	for _, a := range r.Actors() {
		if a.IsCollective() {
			continue // read as the addressees of requests only
		}
		for _, l := range a.Labels() {
			ix.add(l, a.Key)
		}
	}
	for _, g := range ontology.GovernmentNames() {
		ix.add(g.Name, "state/"+g.Alpha3)
	}
	return ix
}

// refWord is a word of a text: its byte offsets, and the word in lower case
// (how a refIndex looks it up). The word itself is the text's
// [start:end]: not kept, so that the words of a long text take less room.
type refWord struct {
	start, end int
	key        string
}

// refTextWords splits s into words: letters and digits, with inner hyphens
// and apostrophes; each Han character is a word of its own. ASCII, most of
// the text, is told apart byte by byte: looking every character up in the
// Unicode tables was half of finding actors.
func refTextWords(s string) []refWord {
	out := make([]refWord, 0, len(s)/6)
	lower := "" // s with ASCII lowered, made on the first capitalised word
	add := func(i, j int, ascii bool) {
		w := refWord{start: i, end: j}
		switch {
		case !ascii:
			w.key = strings.ToLower(s[i:j])
		case !refHasUpperASCII(s[i:j]):
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
		case refIsLetterOrDigit(r):
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
				if refIsLetterOrDigit(r2) {
					j += n2
					continue
				}
				if (r2 == '-' || r2 == '\'') && j+n2 < len(s) && !isPossessive(s[j:]) {
					if r3, _ := utf8.DecodeRuneInString(s[j+n2:]); refIsLetterOrDigit(r3) {
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

func refIsLetterOrDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func refHasUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

func refLabelWords(label string) []string {
	ws := refTextWords(label)
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = label[w.start:w.end]
	}
	return out
}

func refEqualWords(a, b []string, exact bool) bool {
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

// refMatchAt returns the longest entry of the indexes that matches words[i:],
// the words of text.
func refMatchAt(text string, words []refWord, i int, indexes ...refIndex) (*refEntry, int) {
	var best *refEntry
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
				if ok && k > 0 && !refAdjacent(words[i+k-1], words[i+k]) {
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

// refAdjacent words are separated by a space or a hyphen only; Han
// characters by nothing.
func refAdjacent(a, b refWord) bool { return b.start-a.end <= 1 }

// refFindMentions finds the names of indexes among words, the words of p.
func refFindMentions(p *Paragraph, words []refWord, indexes ...refIndex) []*Mention {
	var out []*Mention
	for i := 0; i < len(words); {
		e, n := refMatchAt(p.Text, words, i, indexes...)
		if e == nil {
			i++
			continue
		}
		start, end := words[i].start, words[i+n-1].end
		for _, a := range e.actors {
			out = append(out, new(mentionOf(a, p, start, end)))
		}
		i += n
	}
	return out
}

// refHyphenMark tells the marks OCR prints for a name's hyphen.
func refHyphenMark(r rune) bool { return r == '~' || r == '_' || r == '\u2014' || r == '\u2013' }

// refRepairHyphens is text with each run of hyphens and refHyphenMark's
// marks that holds a mark and stands between two letters printed as one
// hyphen, and where each byte of it (and its end) stands in text.
func refRepairHyphens(text string) (string, []int) {
	var b []byte
	var at []int
	rs := []rune(text)
	offs := make([]int, 0, len(rs)+1)
	for i := range text {
		offs = append(offs, i)
	}
	offs = append(offs, len(text))
	for i := 0; i < len(rs); {
		j, marked := i, false
		for j < len(rs) && (rs[j] == '-' || refHyphenMark(rs[j])) {
			marked = marked || refHyphenMark(rs[j])
			j++
		}
		if j > i && marked && i > 0 && j < len(rs) && unicode.IsLetter(rs[i-1]) && unicode.IsLetter(rs[j]) {
			b, at = append(b, '-'), append(at, offs[i])
			i = j
			continue
		}
		if j == i {
			j++
		}
		for k := offs[i]; k < offs[j]; k++ {
			b, at = append(b, text[k]), append(at, k)
		}
		i = j
	}
	return string(b), append(at, len(text))
}

// refFindAllMentions is refFindMentions with a second look at p's text,
// its misprinted hyphens repaired (refRepairHyphens): the names found over
// a repaired hyphen take the place of the first look's inside them.
func refFindAllMentions(p *Paragraph, indexes ...refIndex) []*Mention {
	first := refFindMentions(p, refTextWords(p.Text), indexes...)
	r, at := refRepairHyphens(p.Text)
	if r == p.Text {
		return first
	}
	var found []*Mention
	for _, m := range refFindMentions(&Paragraph{Text: r}, refTextWords(r), indexes...) {
		start, end := at[m.start], at[m.end]
		if p.Text[start:end] != m.Text() {
			found = append(found, new(mentionOf(m.Actor, p, start, end)))
		}
	}
	var out []*Mention
	for _, m := range first {
		inside := false
		for _, f := range found {
			inside = inside || m.start < f.end && f.start < m.end
		}
		if !inside {
			out = append(out, m)
		}
	}
	out = append(out, found...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}
