package extract

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/sckg/sckg/ontology"
)

// The names of actors are found by one reading of a text, word by word
// (issue 13). The labels of the registry, and those a document defines,
// make a trie over words; at each word of the text, the labels that start
// with it are followed down the trie as long as the text's next words go
// on with them, and the longest one found wins. Comparing the labels that
// share a first word one by one cost the most: "United" opens 121 of the
// registry's.

// nameEntry is one label of one or more actors, as words.
type nameEntry struct {
	words  []string
	actors []string
	exact  bool // compare case too (short names and acronyms)
}

// nameIndex finds labels among the words of a text. The zero nameIndex
// knows no names.
type nameIndex struct {
	t *nameTrie
	// bodyHeads are the openings of the names of the registry's bodies
	// that a text may call by a short name ("the Force"): the registry's
	// index alone has them (shortNameMentions).
	bodyHeads map[string][]string
	// bodyParts are, for each body whose label others end in, the bodies
	// under it that do ("Mixed Armistice Commission" of "the
	// Israel-Jordan Mixed Armistice Commission"): a short name that is
	// its label stands for the one the text named last (bodyPartsOf).
	bodyParts map[string][]string
	// stateAdjectives are the adjectives of states' names, each to its
	// state's code, for the adjectives a text joins before one government
	// noun (joinedGovernmentMentions).
	stateAdjectives map[string]string
}

// nameTrie's nodes are the words of labels; a node holds the labels that
// end with it, in the order added. Words are compared by their folded
// form (see appendFolded), and a node's children are found by their
// parent and a hash of that form, in one open-addressing table for the
// whole trie: no word of the text is copied or folded to be looked up.
//
// Most words of a text open no label. A filter turns them away before
// the table is asked: it has a bit for the word of each one-word label,
// and one for the first two words of each longer label (pairHash). The
// first word is keyed by its foldedHash and its case (startKey): the
// labels whose case counts by the case of their first word as printed,
// those whose case is free by each case. "AND" (Andorra) lets no "and"
// through, and "The Carter Center" no "the Security Council". One filter
// for the kinds of bit keeps it small enough to stay in the cache.
//
// Before it, a smaller filter (firsts) has a bit for the folded first
// word of every label. Most words of a text have none there: they start
// no label whatever their case and the word after them, and cost this one
// look, with no look at their bytes for their case.
type nameTrie struct {
	nodes  []trieNode // nodes[0] is the root
	slots  []int32    // nodes by slotOf(parent, hash); 0 is empty
	starts wordFilter
	firsts wordFilter
	// build, while the registry's trie is made, holds what its thousands
	// of nodes and entries are made from, a block each.
	build *trieBuild
}

// trieBuild keeps the folded words of new nodes in one text (its earlier
// strings stay as they are when it grows), their entries in one list, and
// the nodes' first lists of entries in another, each clipped to one, so
// that a second entry of a node appends to a copy. For a document's own
// names (localTrie), it keeps the labels' words in one list too.
type trieBuild struct {
	folded  strings.Builder
	entries []nameEntry
	lists   []*nameEntry
	words   []string
	actors  []string // the entries' actors, for addCopied
}

// pairHash is the hash of a first word, keyed by startKey, followed by a
// second word whose foldedHash is second.
func pairHash(first, second uint32) uint32 {
	x := first ^ second*0x9e3779b9
	x ^= x >> 15
	x *= 0x2c1b3c6d
	return x ^ x>>12
}

// trieNode is a word of the labels of a trie. What a step down the trie
// compares comes first, in one half of a cache line: the node's parent,
// its word's hash and, when the word is ASCII of up to 16 bytes as most
// are, the word itself folded, as two chunks (wordChunks), so that a word
// of the text is told from it by two compares, with no look at its
// string.
type trieNode struct {
	parent     int32
	hash       uint32 // foldedHash(word)
	children   int32
	size       int32 // len(word) when head and tail hold it, else -1
	head, tail uint64
	word       string // folded
	entries    []*nameEntry
}

// newNameTrie makes an empty trie whose filter of starts has 64 bits per
// word given, and its filter of first words a quarter of that: many for
// the registry's thousands of labels, few for the names a document
// defines.
func newNameTrie(filterWords int) *nameTrie {
	return &nameTrie{
		nodes:  make([]trieNode, 1),
		slots:  make([]int32, 16),
		starts: make(wordFilter, filterWords),
		firsts: make(wordFilter, max(1, filterWords/4)),
	}
}

// wordFilter is a bit for each hash of a word: a Bloom filter of one hash.
// Its length is a power of 2.
type wordFilter []uint64

func (f wordFilter) add(h uint32) {
	h = spread(h) & uint32(len(f)*64-1)
	f[h>>6] |= 1 << (h & 63)
}

func (f wordFilter) has(h uint32) bool { return f.bit(h) != 0 }

// bit is 1 when f may hold h, else 0.
func (f wordFilter) bit(h uint32) uint64 {
	h = spread(h) & uint32(len(f)*64-1)
	return f[h>>6] >> (h & 63) & 1
}

// spread mixes the high bits of a hash into the low ones that a filter
// keeps.
func spread(h uint32) uint32 { return h ^ h>>16 }

// slotOf is where the table of a trie starts looking for the child of
// parent whose word hashes to h.
func slotOf(parent int32, h uint32) uint32 {
	x := h ^ uint32(parent)*0x9e3779b9
	x ^= x >> 16
	x *= 0x85ebca6b
	return x ^ x>>13
}

// child returns the child of parent whose word is w, folded to the hash
// h.
func (t *nameTrie) child(parent int32, h uint32, w string) (int32, bool) {
	return t.childIn(parent, h, w, 0, len(w))
}

// childIn returns the child of parent whose word is s[start:end], folded
// to the hash h. The bytes of s after the word, when it has them, let it
// be read eight at a time.
func (t *nameTrie) childIn(parent int32, h uint32, s string, start, end int) (int32, bool) {
	mask := uint32(len(t.slots) - 1)
	for i := slotOf(parent, h) & mask; ; i = (i + 1) & mask {
		c := t.slots[i]
		if c == 0 {
			return 0, false
		}
		n := &t.nodes[c]
		if n.parent != parent || n.hash != h {
			continue
		}
		// A word of ASCII folds to ASCII of its length: it is one of
		// the short words held in chunks, or none of them.
		if head, tail, ok := wordChunks(s, start, end); ok {
			if n.size == int32(end-start) && n.head == head && n.tail == tail {
				return c, true
			}
			continue
		}
		if foldsTo(s[start:end], n.word) {
			return c, true
		}
	}
}

// wordChunks is the word s[start:end] folded, as two chunks of eight
// bytes, little-endian: its first eight, zeros after its end, and for a
// word of more than eight its last eight (else zero). ok is false for a
// word of more than 16 bytes or one with a byte outside ASCII. Each chunk
// is one load, from the word on, or back from its end when s ends within
// eight bytes of its start.
func wordChunks(s string, start, end int) (head, tail uint64, ok bool) {
	n := end - start
	switch {
	case n > 16:
		return 0, 0, false
	case n > 8:
		head, tail = load8At(s, start), load8At(s, end-8)
	case start+8 <= len(s):
		head = load8At(s, start) & (1<<(8*n) - 1)
	case end >= 8:
		head = load8At(s, end-8) >> (8 * (8 - n))
	default:
		head = leadingChunk(s[start:end])
	}
	if (head|tail)&highBits != 0 {
		return 0, 0, false
	}
	return foldChunk(head), foldChunk(tail), true
}

// newTrieNode is the node of the folded word key under parent.
func newTrieNode(parent int32, key string) trieNode {
	n := trieNode{parent: parent, hash: foldedHash(key), size: -1, word: key}
	if head, tail, ok := wordChunks(key, 0, len(key)); ok {
		n.size, n.head, n.tail = int32(len(key)), head, tail
	}
	return n
}

// addChild adds a child of parent for the folded word key.
func (t *nameTrie) addChild(parent int32, key string) int32 {
	if 2*len(t.nodes) > len(t.slots) {
		t.resize(2 * len(t.slots))
	}
	c := int32(len(t.nodes))
	t.nodes = append(t.nodes, newTrieNode(parent, key))
	t.nodes[parent].children++
	t.place(c)
	return c
}

// resize makes the table of t size slots, a power of 2, and places its
// nodes in it.
func (t *nameTrie) resize(size int) {
	t.slots = make([]int32, size)
	for c := 1; c < len(t.nodes); c++ {
		t.place(int32(c))
	}
}

func (t *nameTrie) place(c int32) {
	mask := uint32(len(t.slots) - 1)
	i := slotOf(t.nodes[c].parent, t.nodes[c].hash) & mask
	for t.slots[i] != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = c
}

// foldedWord is w folded (appendFolded).
func (t *nameTrie) foldedWord(w string) string {
	if t.build == nil {
		return string(appendFolded(nil, w))
	}
	folded := &t.build.folded
	start := folded.Len()
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			folded.WriteByte(foldASCII[c])
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		folded.WriteRune(leastFold(r))
		i += n
	}
	return folded.String()[start:]
}

// newEntry returns a new, empty entry.
func (t *nameTrie) newEntry() *nameEntry {
	if b := t.build; b != nil && len(b.entries) < cap(b.entries) {
		b.entries = b.entries[:len(b.entries)+1]
		return &b.entries[len(b.entries)-1]
	}
	return new(nameEntry)
}

// appendEntry appends e to a node's entries.
func (t *nameTrie) appendEntry(entries []*nameEntry, e *nameEntry) []*nameEntry {
	if b := t.build; b != nil && len(entries) == 0 {
		b.lists = append(b.lists, e)
		return b.lists[len(b.lists)-1 : len(b.lists) : len(b.lists)]
	}
	return append(entries, e)
}

// addCopied adds label for actors, which it keeps a copy of in the
// build's list, as it keeps label's words: a caller can hand actors from
// room of its own, where a list made for each name a document defines
// was an allocation (issue 13). ix's trie is a document's own
// (localTrie), with a build. Each list is clipped, so that the next
// label's are not appended into it.
func (ix *nameIndex) addCopied(label string, actors []string) {
	b := ix.t.build
	from, wordsFrom := len(b.actors), len(b.words)
	b.actors = append(b.actors, actors...)
	b.words = appendLabelWords(b.words, label)
	ix.addWords(label, slices.Clip(b.words[wordsFrom:]), slices.Clip(b.actors[from:]))
}

// addWords adds label, whose words (labelWords) are given.
func (ix *nameIndex) addWords(label string, words, actors []string) {
	if len(words) == 0 {
		return
	}
	if ix.t == nil {
		ix.t = newNameTrie(8)
	}
	t := ix.t
	n := int32(0)
	for _, w := range words {
		child, ok := t.child(n, foldedHash(w), w)
		if !ok {
			child = t.addChild(n, t.foldedWord(w))
		}
		n = child
	}
	node := &t.nodes[n]
	for _, e := range node.entries {
		if equalWords(e.words, words) {
			e.actors = appendNew(e.actors, actors...)
			return
		}
	}
	e := t.newEntry()
	*e = nameEntry{words: words, actors: actors, exact: len(words) <= 2 || isUpperCase(label)}
	node.entries = t.appendEntry(node.entries, e)
	first, second := foldedHash(words[0]), uint32(0)
	if len(words) > 1 {
		second = foldedHash(words[1])
	}
	printed := caseOf(words[0], 0, len(words[0]))
	for c := range wordCases {
		if e.exact && c != printed {
			continue // the text's word must be printed as the label's
		}
		key := first ^ caseSalt[c]
		if len(words) > 1 {
			key = pairHash(key, second)
		}
		t.starts.add(key)
	}
	t.firsts.add(first)
}

// A word's case, as the filters of a trie tell it (startKey), is whether
// its first byte is a lower-case ASCII letter, and whether its second is:
// "and", "And", "AND" and "aND" are four. The words of a label printed
// alike have one case; a word's foldedHash and its case tell most words
// printed differently apart ("and" from Andorra's "AND"), with no hash of
// the word as printed: each word that passes the filter of first words
// (35,000 of the 123,000 of dev and the seeds) was hashed again, as
// printed, for what two bytes' case tell as well (issue 13).
const wordCases = 4

// caseSalt is what a word's case adds to its foldedHash in a key.
var caseSalt = [wordCases]uint32{0, 0x9e3779b9, 0x85ebca6b, 0xc2b2ae35}

// caseOf is the case of the word s[start:end].
func caseOf(s string, start, end int) int {
	c := 0
	if isLowerASCII(s[start]) {
		c = 1
	}
	if end-start > 1 && isLowerASCII(s[start+1]) {
		c |= 2
	}
	return c
}

func isLowerASCII(c byte) bool { return c-'a' <= 'z'-'a' }

// startKey is the key of the filters of a trie (firsts, starts) for the
// word s[start:end], whose foldedHash is folded.
func startKey(folded uint32, s string, start, end int) uint32 {
	return folded ^ caseSalt[caseOf(s, start, end)]
}

// isUpperCase reports whether strings.ToUpper(s) == s, without making
// the upper-case copy: every rune is its own upper case, and no byte is
// invalid UTF-8 (which ToUpper replaces).
func isUpperCase(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || unicode.ToUpper(r) != r {
			return false
		}
		i += n
	}
	return true
}

// indexRegistry builds the index of a registry's labels. An Extractor
// builds it once, and its files share it (read-only). Every command that
// extracts pays for it before its first file, so it is made with few
// allocations: the labels' words are kept in one list, the nodes' folded
// words in one text, and the trie is made as large as the labels' words
// at once.
func indexRegistry(r *ontology.Registry) nameIndex {
	// A collective's labels ("all States", "the parties") name the
	// addressees of requests only (indexCollectives), not mentions.
	actors := slices.DeleteFunc(r.Actors(), (*ontology.RegisteredActor).IsCollective)
	labels := make([]string, 0, labelCount(actors))
	labelsOf := make([]int, len(actors)+1) // actor i's labels are labels[labelsOf[i]:labelsOf[i+1]]
	for i, a := range actors {
		labels = a.AppendLabels(labels)
		labelsOf[i+1] = len(labels)
	}
	words := make([]string, 0, labelWordCount(labels))
	wordsOf := make([]int, len(labels)+1)
	for i, l := range labels {
		words = appendLabelWords(words, l)
		wordsOf[i+1] = len(words)
	}
	t := newNameTrie(1 << 11)
	t.nodes = slices.Grow(t.nodes, len(words))
	t.slots = make([]int32, slotsFor(len(words)+1))
	t.build = &trieBuild{entries: make([]nameEntry, 0, len(labels)), lists: make([]*nameEntry, 0, len(labels))}
	t.build.folded.Grow(len(words) * 6) // most words are short
	heads := bodyHeads(r)
	ix := nameIndex{t: t, bodyHeads: heads, bodyParts: bodyPartsOf(r, heads), stateAdjectives: ontology.StateAdjectives()}
	for i, a := range actors {
		// One list of the actor's key serves all its labels: an entry
		// another actor shares appends to a copy (its capacity is 1).
		key := []string{a.Key}
		for j := labelsOf[i]; j < labelsOf[i+1]; j++ {
			ix.addWords(labels[j], words[wordsOf[j]:wordsOf[j+1]:wordsOf[j+1]], key)
		}
	}
	// Places whose names hold a state's but that are no state ("New
	// Guinea") are read whole, as names of no actor: the state inside
	// them is not read.
	for _, place := range ontology.PlacesOfNoState() {
		ix.addWords(place, appendLabelWords(nil, place), nil)
	}
	// A state's government named by the adjective of its name ("the
	// Portuguese Government", "the South African authorities") is the
	// state.
	// Their words are kept in one list, and a state's key in one list
	// for all its names, as the registry's are.
	governments := ontology.GovernmentNames()
	words = make([]string, 0, 3*len(governments))
	var key []string
	for _, g := range governments {
		if key == nil || key[0][len("state/"):] != g.Alpha3 {
			key = []string{"state/" + g.Alpha3}
		}
		from := len(words)
		words = appendLabelWords(words, g.Name)
		ix.addWords(g.Name, slices.Clip(words[from:]), key)
	}
	t.build = nil // a document's names are not added to the registry's trie
	// The table was made for as many nodes as words; the labels share
	// their first words (5,669 nodes for the registry's 9,120 words), and a
	// table half the size holds the nodes, in half the cache.
	if size := slotsFor(len(t.nodes)); size < len(t.slots) {
		t.resize(size)
	}
	return ix
}

// labelCount is how many labels the actors' AppendLabels give, so that
// their list is made once: grown by append, it and the list of their
// words were made twice over, in memory fresh to the process (a page
// fault each 4 KB) as every build starts.
func labelCount(actors []*ontology.RegisteredActor) int {
	n := 0
	for _, a := range actors {
		n += len(a.Pref)
		for _, alt := range a.Alt {
			n += len(alt)
		}
		if a.Notation != "" {
			n++
		}
	}
	return n
}

// labelWordCount is how many words appendLabelWords finds in the labels.
func labelWordCount(labels []string) int {
	n := 0
	for _, l := range labels {
		for i := 0; ; n++ {
			start, end := nextWord(l, i)
			if start == len(l) {
				break
			}
			i = end
		}
	}
	return n
}

// slotsFor is the size of a table of slots that holds nodes without
// growing: a power of 2 at least twice their number, as addChild keeps it.
func slotsFor(nodes int) int {
	n := 16
	for n < 2*nodes {
		n *= 2
	}
	return n
}

// wordByte tells the ASCII bytes of words: letters and digits.
var wordByte = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = isASCIILetterOrDigit(byte(c))
	}
	return t
}()

// nextWord returns the bounds of the first word of s from byte i on, or
// len(s), len(s) when there is none. Words are letters and digits, with
// inner hyphens and apostrophes; each Han character is a word of its own.
// ASCII, most of the text, is told apart byte by byte: looking every
// character up in the Unicode tables was half of finding actors.
func nextWord(s string, i int) (start, end int) {
	for i < len(s) {
		c := s[i]
		if wordByte[c] {
			return i, wordEnd(s, i+1)
		}
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isHan(r) {
			return i, i + n
		}
		if isLetterOrDigit(r) {
			return i, wordEnd(s, i+n)
		}
		i += n
	}
	return len(s), len(s)
}

// wordEnd is where the word that goes on at s[j] ends.
func wordEnd(s string, j int) int {
	for j < len(s) {
		c := s[j]
		if wordByte[c] {
			j++
			continue
		}
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[j:])
			if isHan(r) || !isLetterOrDigit(r) {
				return j
			}
			j += n
			continue
		}
		// "Guinea-Bissau", "Côte d'Ivoire"; but "MINUSMA's" stops before
		// the possessive.
		if (c == '-' || c == '\'') && j+1 < len(s) && !isPossessive(s[j:]) {
			if r, _ := utf8.DecodeRuneInString(s[j+1:]); isLetterOrDigit(r) {
				j++
				continue
			}
		}
		return j
	}
	return j
}

func isASCIILetterOrDigit(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isLetterOrDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIILetterOrDigit(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
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

// appendFolded appends w with each letter as the least letter that
// case-folds to it ("Mali", "MALI" and "mali" all as "MALI", the Kelvin
// sign as K): two words fold alike exactly when strings.EqualFold holds
// them equal, so the trie compares words, whatever their case, as one.
func appendFolded(dst []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			dst = append(dst, foldASCII[c])
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		dst = utf8.AppendRune(dst, leastFold(r))
		i += n
	}
	return dst
}

// leastFold is the least rune of r's case-folding orbit.
func leastFold(r rune) rune {
	least := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		least = min(least, f)
	}
	return least
}

// foldedHash is the hash of w folded (appendFolded): its chunksHash,
// from its first eight bytes and its last eight.
func foldedHash(w string) uint32 {
	if !isASCII(w) {
		var buf [64]byte
		w = string(appendFolded(buf[:0], w))
	}
	// Of ASCII, the chunks of w as printed hash as those of w folded:
	// folding clears the 0x20 bit of lower-case letters, which
	// chunksHash sets again.
	return chunksHash(leadingChunk(w), trailingChunk(w), len(w))
}

// leadingChunk is the first eight bytes of s, little-endian, zeros past
// its end.
func leadingChunk(s string) uint64 {
	if len(s) >= 8 {
		return load8(s)
	}
	var x uint64
	for k := len(s) - 1; k >= 0; k-- {
		x = x<<8 | uint64(s[k])
	}
	return x
}

// trailingChunk is the last eight bytes of s, little-endian, for s of
// more than eight; else zero.
func trailingChunk(s string) uint64 {
	if len(s) <= 8 {
		return 0
	}
	return load8At(s, len(s)-8)
}

// chunksHash is the hash of a word of n bytes, folded or not, whose
// first eight bytes (all of them when fewer) open the chunk head and,
// for a word of more than eight, whose last eight are tail: each byte
// with its 0x20 bit set, so that ASCII's lower-case letters read as
// upper case do. It is made from a text's word with no branch on its
// length, from two loads (appendTextWords): hashing every word of every
// paragraph eight bytes at a time, with a branch for the words of each
// length, was most of reading them (issue 13). A word of more than 16
// bytes hashes as any other with its first eight, its last eight and its
// length: the trie and the filters, all that ask for the hash, are right
// with hashes that collide.
func chunksHash(head, tail uint64, n int) uint32 {
	const caseBits = 0x2020202020202020
	return mixChunks(head|caseBits, tail|caseBits, n)
}

// mixChunks is the hash of a word of n bytes from its chunks:
// the bytes of head past the word's end (n < 8) are not the word's, nor
// is tail when the word fits in head.
func mixChunks(head, tail uint64, n int) uint32 {
	head &= uint64(1)<<(8*uint(min(n, 8))) - 1 // all of head from 8 bytes on
	if n <= 8 {
		tail = 0
	}
	return finish(head*0x9e3779b97f4a7c15 ^ tail*0xc2b2ae3d27d4eb4f ^ uint64(n))
}

// finish mixes a word's chunks into its hash.
func finish(x uint64) uint32 {
	hi, lo := bits.Mul64(x^0xbf58476d1ce4e5b9, 0x94d049bb133111eb)
	return uint32(hi ^ lo)
}

// inRange has the high bit of each byte of x that is at least lo and at
// most hi, for bytes of x below 0x80.
func inRange(x uint64, lo, hi byte) uint64 {
	return (x + (0x80-uint64(lo))*ones) &^ (x + (0x7f-uint64(hi))*ones) & highBits
}

// alnumIn has the high bit of each byte of x that is an ASCII letter or
// digit: a byte outside ASCII, its high bit set, is none; inRange reads
// the others' low bits.
func alnumIn(x uint64) uint64 {
	x7 := x &^ highBits
	return (letterBits(x7) | inRange(x7, '0', '9')) &^ x
}

// lowerLetters has the high bit of each lower-case ASCII letter of x,
// whose bytes are all below 0x80.
func lowerLetters(x uint64) uint64 { return inRange(x, 'a', 'z') }

// letterBits has the high bit of each ASCII letter of x, in either case,
// whose bytes are all below 0x80: with its case bit set, a capital reads
// as its small letter.
func letterBits(x uint64) uint64 { return lowerLetters(x | 0x20*ones) }

// foldChunk is the ASCII bytes of x as foldASCII folds them: lower-case
// letters to upper case.
func foldChunk(x uint64) uint64 {
	return x &^ (lowerLetters(x) >> 2)
}

// asciiRunEnd is the end of the run of ASCII letters and digits at s[i:].
func asciiRunEnd(s string, i int) int {
	for i+8 <= len(s) {
		x := load8At(s, i)
		word := alnumIn(x)
		if ends := ^word & highBits; ends != 0 {
			return i + bits.TrailingZeros64(ends)>>3
		}
		i += 8
	}
	for i < len(s) && wordByte[s[i]] {
		i++
	}
	return i
}

// foldsTo reports whether w folds to key.
func foldsTo(w, key string) bool {
	k := 0
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if k == len(key) || key[k] != foldASCII[c] {
				return false
			}
			k++
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		var b [utf8.UTFMax]byte
		m := utf8.EncodeRune(b[:], leastFold(r))
		if len(key)-k < m || key[k:k+m] != string(b[:m]) {
			return false
		}
		k += m
		i += n
	}
	return k == len(key)
}

// foldASCII is each ASCII byte as appendFolded folds it.
var foldASCII = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'a' <= c && c <= 'z' {
			t[c] -= 'a' - 'A'
		}
	}
	return t
}()

func labelWords(label string) []string { return appendLabelWords(nil, label) }

// appendLabelWords appends the words of label to out.
func appendLabelWords(out []string, label string) []string {
	for i := 0; ; {
		start, end := nextWord(label, i)
		if start == len(label) {
			return out
		}
		out = append(out, label[start:end])
		i = end
	}
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// nameMatcher finds the labels of a base index (the registry's) and of a
// document's own, which grows as the document is read, among the words of
// one text at a time. A text's words are read once (appendTextWords), and
// the filters, the tries and the second look of documentActors all read
// that list: no word is read or hashed twice.
type nameMatcher struct {
	base     nameIndex
	local    *nameIndex     // nil when there is none
	s        string         // the text read
	words    []textWord     // its words
	mentions *slab[Mention] // where the mentions found are made (the file's arena's)
	opening  *[]int32       // room for openers (borrowed from matcherScratches), or nil
	// misprinted tells that a name was read whose hyphen OCR printed
	// as another mark (appendMisprintedHyphenMentions).
	misprinted bool
}

// matcherScratch is what documentActors borrows for a document: the
// lists of its paragraphs' words
// and of its mentions as first read, and the matcher's room.
type matcherScratch struct {
	words    []textWord
	first    []*Mention // the mentions of documentActors' first reading
	opening  []int32    // the matcher's room for openers
	brackets bracketPlaces
	local    *nameTrie // the document's own names (localTrie), or nil
}

var matcherScratches = sync.Pool{New: func() any { return new(matcherScratch) }}

// localTrie is the trie of a document's own names, empty: the scratch's,
// made once and emptied for each document (release), where each document
// that defines a name made a trie of its own, and each of its names its
// list of words, entry, list of entries and folded words (issue 13).
func (s *matcherScratch) localTrie() *nameTrie {
	if s.local == nil {
		s.local = newNameTrie(localFilterWords)
		s.local.build = &trieBuild{entries: make([]nameEntry, 0, 64)}
	}
	return s.local
}

// localFilterWords is the size of the filters of a document's own names.
const localFilterWords = 8

// maxKeptLocalSlots bounds the slot table a document's names leave in
// the scratch: one that defined thousands gives that table back. Its
// nodes, entries, lists and words keep their room, which the largest
// document read on the scratch bounds.
const maxKeptLocalSlots = 1 << 10

// releaseLocal empties the trie of the document's own names, if it was
// made, so that it holds none of the document's labels or entries.
func (s *matcherScratch) releaseLocal() {
	t := s.local
	if t == nil {
		return
	}
	clear(t.nodes)
	t.nodes = t.nodes[:1]
	if len(t.slots) > maxKeptLocalSlots {
		t.slots = make([]int32, 16)
	}
	clear(t.slots)
	clear(t.starts)
	clear(t.firsts)
	b := t.build
	clear(b.entries)
	clear(b.lists)
	clear(b.words)
	clear(b.actors)
	b.entries, b.lists, b.words, b.actors = b.entries[:0], b.lists[:0], b.words[:0], b.actors[:0]
	// Its strings are the trie's folded words, which the next document's
	// must not overwrite: the builder starts a text of its own.
	b.folded = strings.Builder{}
}

// newMention returns a new Mention, from m.mentions.
func (m *nameMatcher) newMention() *Mention { return m.mentions.next() }

// read starts reading s, whose words are words.
func (m *nameMatcher) read(s string, words []textWord) {
	m.s, m.words = s, words
}

// textWord is a word of a text: its bounds and its foldedHash. The
// bounds take 32 bits, as a text's map's offsets do: a document's list
// of words is half as long in memory.
type textWord struct {
	start, end int32
	folded     uint32
}

// newTextWord is the word s[start:end] whose foldedHash is h.
func newTextWord(start, end int, h uint32) textWord {
	return textWord{int32(start), int32(end), h}
}

// in is the word in s, the text it was read from.
func (w textWord) in(s string) string { return s[w.start:w.end] }

// appendTextWords appends the words of s (nextWord) to out. The text is
// looked at 64 bytes at a time (blockMasks): a bit for each ASCII letter
// or digit, and one for each byte outside ASCII. The words' starts are
// found from those bits, not by reading on from the end of the word
// before, so that each word is read and hashed on its own (issue 13:
// reading from one word to the next made one chain of loads and tests as
// long as the text). Most words are ASCII letters and digits that end at
// another ASCII byte: each is hashed from the chunk of eight bytes that
// starts with it and the one that ends with it (chunksHash). A word that
// may go on with a hyphen, an apostrophe or a character outside ASCII, or
// starts with one, is read on from there (wordEnd, readTextWord), and the
// starts inside it are passed over.
func appendTextWords(out []textWord, s string) []textWord {
	resume := 0 // the bytes before it belong to words read already
	carry := uint64(0)
	word, high := blockMasks(s, 0)
	for base := 0; base < len(s); base += 64 {
		// The next block's masks are read ahead: a run of letters and
		// digits that reaches the end of this block ends in it, most
		// often, with no read of the bytes again (asciiRunEnd).
		nextWord, nextHigh := blockMasks(s, base+64)
		// A word starts at a letter or digit after none, or maybe at a
		// byte outside ASCII.
		starts := word&^(word<<1|carry) | high
		carry = word >> 63
		for ; starts != 0; starts &= starts - 1 {
			b := bits.TrailingZeros64(starts)
			p := base + b
			if p < resume {
				continue
			}
			if s[p] >= utf8.RuneSelf {
				w, next := readTextWord(s, p)
				if int(w.start) == len(s) {
					return out
				}
				out, resume = append(out, w), next
				continue
			}
			n := bits.TrailingZeros64(^(word >> b)) // letters and digits from p on, in this block
			q := p + n
			if b+n == 64 {
				// The run goes on into the next block, and past it when
				// it fills that one too.
				if q += bits.TrailingZeros64(^nextWord); q == base+128 {
					q = asciiRunEnd(s, q)
				}
			}
			if q < len(s) && !endsWord(s[q]) {
				// "Guinea-Bissau", "Côte": the word goes on from q, its
				// ASCII run before read already.
				end := wordEnd(s, q)
				out = append(out, newTextWord(p, end, foldedHash(s[p:end])))
				resume = nextStop(s, end)
				continue
			}
			var h uint32
			if p+8 <= len(s) && q >= 8 {
				// Most words: hashed from the chunk that starts with
				// them and the one that ends with them, whatever their
				// length, with no call. Each chunk is cut eight bytes
				// long, not to the end of s: a cut to the end may be
				// empty, and the compiler guards the pointer against
				// that at each load, 8 % of this function's
				// instructions (cachegrind, BenchmarkDev; issue 13).
				h = chunksHash(load8At(s, p), load8At(s, q-8), q-p)
			} else {
				h = foldedHash(s[p:q])
			}
			out, resume = append(out, newTextWord(p, q, h)), q
		}
		word, high = nextWord, nextHigh
	}
	return out
}

// blockMasks has a bit for each byte of s[base:base+64] (zeros past the
// end of s): in word, for an ASCII letter or digit; in high, for a byte
// outside ASCII. Most blocks are all ASCII, and have no high bits to
// gather.
func blockMasks(s string, base int) (word, high uint64) {
	if base+64 > len(s) {
		return tailBlockMasks(s, base)
	}
	block := s[base : base+64]
	var read uint64 // the block's chunks, OR-ed: ASCII if no high bit is set
	for k := 0; k < 64; k += 8 {
		x := load8At(block, k)
		read |= x
		word |= packHighBits(alnumIn(x)) << k
	}
	if read&highBits != 0 {
		for k := 0; k < 64; k += 8 {
			high |= packHighBits(load8At(block, k)) << k
		}
	}
	return word, high
}

// tailBlockMasks is blockMasks for a block that s ends within, or
// before.
func tailBlockMasks(s string, base int) (word, high uint64) {
	for k := 0; k < 64; k += 8 {
		i := base + k
		if i >= len(s) {
			break
		}
		var x uint64
		switch {
		case i+8 <= len(s):
			x = load8At(s, i)
		case len(s) >= 8:
			// The last bytes, loaded as the end of s: no read byte by
			// byte.
			x = load8At(s, len(s)-8) >> (8 * (i + 8 - len(s)))
		default:
			x = leadingChunk(s[i:])
		}
		word |= packHighBits(alnumIn(x)) << k
		high |= packHighBits(x) << k
	}
	return word, high
}

// packHighBits is the high bit of each byte of x, byte j's as bit j.
func packHighBits(x uint64) uint64 {
	return (x & highBits) * 0x0002040810204081 >> 56
}

// endsWord reports whether c, right after a run of ASCII letters and
// digits, ends the word: it is ASCII, and no hyphen or apostrophe, after
// which the word may go on.
func endsWord(c byte) bool { return c < utf8.RuneSelf && c != '-' && c != '\'' }

// readTextWord reads the first word of s from byte i on, as
// appendTextWords does one it cannot read from a chunk alone, and
// returns it and where the next may start; the word's start is len(s)
// when there is none.
func readTextWord(s string, i int) (textWord, int) {
	start, end := nextWord(s, i)
	if start == len(s) {
		return newTextWord(start, end, 0), end
	}
	return newTextWord(start, end, foldedHash(s[start:end])), nextStop(s, end)
}

// nextStop is where the first ASCII letter or digit, or the first byte
// outside ASCII, stands in s from byte i on, or len(s): the bytes before
// it start no word.
func nextStop(s string, i int) int {
	for i+8 <= len(s) {
		x := load8At(s, i)
		word := alnumIn(x)
		if stops := (word | x) & highBits; stops != 0 {
			return i + bits.TrailingZeros64(stops)>>3
		}
		i += 8
	}
	for i < len(s) && s[i] < utf8.RuneSelf && !wordByte[s[i]] {
		i++
	}
	return i
}

// together reports whether the words a and b, b right after a, stand
// together as the words of one name do: separated by a space or a hyphen
// only ("Mali and" is no "Mali, and"); Han characters by nothing.
func together(a, b textWord) bool { return b.start-a.end <= 1 }

// mayStart reports whether the k-th word, which may open a label of
// either index (mayOpen), may start one, alone or with the word after it.
// Most words do not.
func (m *nameMatcher) mayStart(k int) bool {
	w := m.words[k]
	key := startKey(w.folded, m.s, int(w.start), int(w.end))
	local := m.localTrie()
	if m.base.t.mayStartAs(key) || local.mayStartAs(key) {
		return true
	}
	if k+1 == len(m.words) || !together(w, m.words[k+1]) {
		return false
	}
	pair := pairHash(key, m.words[k+1].folded)
	return m.base.t.mayStartAs(pair) || local.mayStartAs(pair)
}

// firstsFilter is the filter of first words of t (nameTrie.firsts), or one
// that passes no word when t is nil.
func (t *nameTrie) firstsFilter() wordFilter {
	if t == nil {
		return noWords
	}
	return t.firsts
}

// noWords is a filter that holds no word.
var noWords = make(wordFilter, 1)

// mayOpen reports whether a label may start with a word whose foldedHash
// is folded.
func (t *nameTrie) mayOpen(folded uint32) bool {
	return t != nil && t.firsts.has(folded)
}

// mayStartAs reports whether a label may start as the key (a word's
// startKey for a label of one word, its pairHash with the next word's
// foldedHash for a longer one).
func (t *nameTrie) mayStartAs(key uint32) bool {
	return t != nil && t.starts.has(key)
}

// match returns the longest label that the words of the text from the
// k-th on spell, and its number of words; nil when none does. Of labels
// as long, the base index's and the first added win.
func (m *nameMatcher) match(k int) (*nameEntry, int) {
	best, words := m.longest(m.base.t, k)
	// Most words that open a name open none of the document's own.
	if m.local != nil && m.local.t.mayOpen(m.words[k].folded) {
		if e, n := m.longest(m.local.t, k); n > words {
			best, words = e, n
		}
	}
	return best, words
}

// longest is match in one trie.
func (m *nameMatcher) longest(t *nameTrie, k int) (*nameEntry, int) {
	if t == nil {
		return nil, 0
	}
	s, words := m.s, m.words
	n, ok := t.childIn(0, words[k].folded, s, int(words[k].start), int(words[k].end))
	if !ok {
		return nil, 0
	}
	var best *nameEntry
	count := 0
	for j := k; ; j++ {
		// words[k:j+1] lead to n.
		node := &t.nodes[n]
		for _, e := range node.entries {
			if spells(s, words[k:j+1], e) {
				best, count = e, j+1-k
				break
			}
		}
		if node.children == 0 || j+1 == len(words) || !together(words[j], words[j+1]) {
			break
		}
		w := words[j+1]
		next, ok := t.childIn(n, w.folded, s, int(w.start), int(w.end))
		if !ok {
			break
		}
		n = next
	}
	return best, count
}

// spells reports whether the words of s at path, which fold as the words
// of e do, are e: as printed if e is exact; else with a first word that
// lowers to e's first word's lower case (as the index of first words
// once did).
func spells(s string, path []textWord, e *nameEntry) bool {
	if e.exact {
		for k, w := range e.words {
			if path[k].in(s) != w {
				return false
			}
		}
		return true
	}
	return equalLower(path[0].in(s), e.words[0])
}

// equalLower reports whether strings.ToLower(a) == strings.ToLower(b),
// without making either, for words that case-fold alike.
func equalLower(a, b string) bool {
	if isASCII(a) && isASCII(b) {
		return true // ASCII folds and lowers alike
	}
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if unicode.ToLower(ra) != unicode.ToLower(rb) {
			return false
		}
		a, b = a[na:], b[nb:]
	}
	return a == "" && b == ""
}

// findMentions finds the names that m knows in the text of p, from its
// first word on: where a name ends, the next is looked for.
func findMentions(p *Paragraph, m *nameMatcher) []*Mention {
	return appendMentions(nil, p, appendTextWords(nil, p.Text), m)
}

// appendMentions appends the mentions findMentions finds in p, whose
// words are words, to out: a document's paragraphs share one list
// instead of growing one each.
func appendMentions(out []*Mention, p *Paragraph, words []textWord, m *nameMatcher) []*Mention {
	from := len(out)
	m.read(p.Text, words)
	out = appendMatches(out, p, m)
	if mayHoldMisprintedHyphen(p.Text) {
		out = appendMisprintedHyphenMentions(out, from, p, m)
	}
	return out
}

// appendMatches appends the names m finds in the text it reads to out,
// as mentions of p at their places in that text, from its first word on:
// where a name ends, the next is looked for.
func appendMatches(out []*Mention, p *Paragraph, m *nameMatcher) []*Mention {
	words := m.words
	next := 0 // the words before it are a name's found
	for _, k := range m.openers() {
		if int(k) < next || !m.mayStart(int(k)) {
			continue
		}
		e, n := m.match(int(k))
		if e == nil {
			continue
		}
		start, end := int(words[k].start), int(words[int(k)+n-1].end)
		for _, a := range e.actors {
			x := m.newMention()
			*x = mentionOf(a, p, start, end)
			out = append(out, x)
		}
		next = int(k) + n
	}
	return out
}

// mayHoldMisprintedHyphen is the cheap test of a paragraph that may print
// a name's hyphen as another mark, as OCR does: "Secretary~General",
// "Secretary—General", "Secretary~-General's". Most paragraphs hold
// none of the marks, and are read once.
func mayHoldMisprintedHyphen(s string) bool {
	if strings.IndexByte(s, '~') >= 0 || strings.IndexByte(s, '_') >= 0 {
		return true
	}
	// The dashes, of the marks outside ASCII that start with 0xE2
	// (quotation marks too).
	for i := strings.IndexByte(s, 0xE2); i >= 0; {
		if hyphenMark(s, i) > 0 {
			return true
		}
		next := strings.IndexByte(s[i+1:], 0xE2)
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

// hyphenMark is the length of the mark OCR prints for a hyphen at s[i]
// ('~', '_', an em or en dash), or 0.
func hyphenMark(s string, i int) int {
	switch c := s[i]; {
	case c == '~' || c == '_':
		return 1
	case c == 0xE2 && (strings.HasPrefix(s[i:], "\u2014") || strings.HasPrefix(s[i:], "\u2013")):
		return 3
	}
	return 0
}

// repairedHyphens is s with each run of the marks hyphenMark knows, and
// hyphens, that holds one of the marks and joins two letters with no
// space ("Secretary~General", "Secretary~-General") printed as one
// hyphen; at[i] is where byte i of the repair (and at[len], the end)
// stands in s. ok is false when s holds no such run.
func repairedHyphens(s string) (r string, at []int32, ok bool) {
	var b strings.Builder
	last := 0 // s[:last] is copied
	for i := 0; i < len(s); i++ {
		n := hyphenMark(s, i)
		if n == 0 {
			continue
		}
		start := i
		for start > 0 && s[start-1] == '-' {
			start--
		}
		end := i + n
		for end < len(s) {
			if s[end] == '-' {
				end++
			} else if k := hyphenMark(s, end); k > 0 {
				end += k
			} else {
				break
			}
		}
		if !isLetterBefore(s, start) || !isLetterAt(s, end) {
			i = end - 1
			continue
		}
		if !ok {
			ok = true
			at = make([]int32, 0, len(s)+1)
			b.Grow(len(s))
		}
		for k := last; k < start; k++ {
			at = append(at, int32(k))
		}
		b.WriteString(s[last:start])
		b.WriteByte('-')
		at = append(at, int32(start))
		last, i = end, end-1
	}
	if !ok {
		return s, nil, false
	}
	for k := last; k <= len(s); k++ {
		at = append(at, int32(k))
	}
	b.WriteString(s[last:])
	return b.String(), at, true
}

// appendMisprintedHyphenMentions is appendMentions' second look at a
// paragraph p that may print a name's hyphen as another mark
// (mayHoldMisprintedHyphen): its text is read again with those hyphens
// repaired (repairedHyphens), and each name found over a repaired hyphen
// ("Secretary~General" as the Secretary-General) is a mention of p's text
// as printed, in place of what the first look found inside it. out[from:]
// are p's mentions of the first look, in order; they stay in order.
func appendMisprintedHyphenMentions(out []*Mention, from int, p *Paragraph, m *nameMatcher) []*Mention {
	r, at, ok := repairedHyphens(p.Text)
	if !ok {
		return out
	}
	words := appendTextWords(make([]textWord, 0, len(m.words)), r) // the repair joins words
	m.read(r, words)
	found := appendMatches(nil, p, m) // at their places in r, until moved
	kept := found[:0]
	for _, x := range found {
		start, end := int(at[x.start]), int(at[x.end])
		if p.Text[start:end] == r[x.start:x.end] {
			continue // no hyphen repaired in it: the first look has it
		}
		x.start, x.end = int32(start), int32(end)
		kept = append(kept, x)
	}
	found = kept
	if len(found) == 0 {
		return out
	}
	m.misprinted = true
	kept = out[:from]
	for _, x := range out[from:] {
		inside := false
		for _, f := range found {
			inside = inside || x.start < f.end && f.start < x.end
		}
		if !inside {
			kept = append(kept, x)
		}
	}
	out = append(kept, found...)
	slices.SortStableFunc(out[from:], func(a, b *Mention) int { return int(a.start) - int(b.start) })
	return out
}

// openers is the places of the words read that may open a label of
// either index, by the filters of first words (nameTrie.firsts): most
// words open none. They are listed in one pass with no branch on each
// word's answer, which about a word in four passes with no pattern a
// branch could learn, and the words are then read at those places alone.
// A document's own names are asked of only once it has some.
func (m *nameMatcher) openers() []int32 {
	words := m.words
	if m.opening == nil {
		m.opening = new([]int32)
	}
	at := slices.Grow((*m.opening)[:0], len(words))[:len(words)]
	n := 0
	base := m.base.t.firstsFilter()
	if local := m.localTrie(); local != nil {
		for k, w := range words {
			at[n] = int32(k)
			n += int(base.bit(w.folded) | local.firsts.bit(w.folded))
		}
	} else {
		for k, w := range words {
			at[n] = int32(k)
			n += int(base.bit(w.folded))
		}
	}
	*m.opening = at
	return at[:n]
}

// localTrie is the trie of the document's own names, or nil when it has
// none.
func (m *nameMatcher) localTrie() *nameTrie {
	if m.local == nil {
		return nil
	}
	return m.local.t
}

// paragraphWordsOf is the paragraphWords of a text whose words are words:
// each word, and each two words that stand together as the words of a
// name do (see longest).
func paragraphWordsOf(words []textWord) paragraphWords {
	var pw paragraphWords
	for k, w := range words {
		pw.add(w.folded)
		if k+1 < len(words) && together(w, words[k+1]) {
			pw.add(pairHash(w.folded, words[k+1].folded))
		}
	}
	return pw
}

// matchesAt returns the longest label of ix at the first word of s, and
// where it ends.
func (ix nameIndex) matchesAt(s string) (*nameEntry, int) {
	var buf [16]textWord
	words := appendTextWords(buf[:0], s)
	if len(words) == 0 {
		return nil, 0
	}
	// The matcher is made reading s, not set to by read: a store
	// through a pointer sent the words, and buf with them, to the heap
	// at each call (two for each acronym newActorsAt reads).
	m := nameMatcher{base: ix, s: s, words: words}
	e, n := m.match(0)
	if e == nil {
		return nil, 0
	}
	return e, int(words[n-1].end)
}

// lastWordEnd is where the last word of s ends.
func lastWordEnd(s string) int {
	last := 0
	for i := 0; ; {
		start, end := nextWord(s, i)
		if start == len(s) {
			return last
		}
		last, i = end, end
	}
}
