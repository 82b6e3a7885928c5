package lineage

import (
	"strings"
	"sync"

	"github.com/sckg/sckg/extract"
)

// A Lexicon numbers the comparison keys of the words of the texts that
// one Series compares, so that a text's words are read once, where it is
// prepared, and kept as numbers: four bytes a word, where the keys and
// their places took some sixty, so that every text's words can be kept
// until the end of the build instead of being read again for each
// alignment. Two words have one number exactly when their keys are equal.
// Texts may be prepared in one Lexicon by several goroutines at once;
// a SeriesOf of them reads it without a lock, once they are prepared.
type Lexicon struct {
	mu    sync.Mutex
	ids   map[string]uint32
	words []string // the keys by number
	heads []uint64 // wordHead of each key, by number
}

// NewLexicon returns an empty Lexicon.
func NewLexicon() *Lexicon {
	return &Lexicon{ids: map[string]uint32{}}
}

// number appends the numbers of keys to ids, numbering new keys as it
// meets them. It locks once for all the keys of a text.
func (l *Lexicon) number(ids []uint32, keys []string) []uint32 {
	ids, _ = l.numberWithHeads(ids, nil, keys, false)
	return ids
}

// numberWithHeads is number that, when withHeads, also appends to heads
// the wordHead of each key: a word's head is hashed once for the build,
// when the word is first numbered, where a text's signature hashed it
// again for every shingle it opens.
func (l *Lexicon) numberWithHeads(ids []uint32, heads []uint64, keys []string, withHeads bool) ([]uint32, []uint64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, k := range keys {
		id, ok := l.ids[k]
		if !ok {
			id = uint32(len(l.words))
			// Cloned: a key is mostly a slice of its paragraph's text.
			k = strings.Clone(k)
			l.ids[k] = id
			l.words = append(l.words, k)
			l.heads = append(l.heads, wordHead(k))
		}
		ids = append(ids, id)
		if withHeads {
			heads = append(heads, l.heads[id])
		}
	}
	return ids, heads
}

// sameJoined tells whether the keys of words a, run together, are those
// of words b. It reads the lexicon without a lock: it is asked once every
// text is numbered.
func (l *Lexicon) sameJoined(a, b []uint32) bool {
	var x, y string // what is left of the word of a and of b being read
	for {
		for x == "" && len(a) > 0 {
			x, a = l.words[a[0]], a[1:]
		}
		for y == "" && len(b) > 0 {
			y, b = l.words[b[0]], b[1:]
		}
		if x == "" || y == "" {
			return x == y
		}
		n := min(len(x), len(y))
		if x[:n] != y[:n] {
			return false
		}
		x, y = x[n:], y[n:]
	}
}

// textWords are the words of a document's paragraphs, numbered by lex.
type textWords struct {
	lex  *Lexicon
	ids  []uint32 // every paragraph's words, one paragraph after another
	ends []int32  // where each paragraph's words end in ids
	leaf []bool   // whether each paragraph has no sub-paragraphs
}

// paragraph is the numbered words of paragraph i.
func (w *textWords) paragraph(i int) []uint32 {
	return w.ids[w.start(i):w.ends[i]:w.ends[i]]
}

// start is where paragraph i's words start in ids.
func (w *textWords) start(i int) int32 {
	if i == 0 {
		return 0
	}
	return w.ends[i-1]
}

// wordScratch is what reading a text's words uses and lets go once they
// are numbered: its paragraphs' tokens, one at a time, and its keys.
type wordScratch struct {
	tokens    tokenReader
	keys      []string
	heads     []uint64 // wordHead of each of keys, for a signature
	leaves    [][]string
	leafHeads [][]uint64
	shingles  shingleScratch // signature's
}

var wordScratches = sync.Pool{New: func() any { return new(wordScratch) }}

// readWords numbers the words of d's paragraphs in lex and, when sign,
// makes d's signature of the same reading: the keys of its leaf
// paragraphs' words.
func readWords(lex *Lexicon, d *extract.Document, sign bool) (*textWords, []uint64) {
	w := &textWords{lex: lex, ends: make([]int32, len(d.Paragraphs)), leaf: leaves(d)}
	sc := wordScratches.Get().(*wordScratch)
	defer wordScratches.Put(sc)
	keys := sc.keys[:0]
	for i, p := range d.Paragraphs {
		for _, t := range sc.tokens.read(p.Text) {
			keys = append(keys, t.key)
		}
		w.ends[i] = int32(len(keys))
	}
	w.ids, sc.heads = lex.numberWithHeads(make([]uint32, 0, len(keys)), sc.heads[:0], keys, sign)
	var sig []uint64
	if sign {
		sc.leaves, sc.leafHeads = sc.leaves[:0], sc.leafHeads[:0]
		for i := range d.Paragraphs {
			if w.leaf[i] {
				sc.leaves = append(sc.leaves, keys[w.start(i):w.ends[i]])
				sc.leafHeads = append(sc.leafHeads, sc.heads[w.start(i):w.ends[i]])
			}
		}
		sig = signature(sc.leaves, sc.leafHeads, &sc.shingles)
		clear(sc.leaves) // the keys may hold a text's bytes
	}
	clear(keys)
	sc.tokens.forget()
	sc.keys = keys[:0]
	return w, sig
}

// leaves tells of each paragraph of d whether it has no sub-paragraphs
// (a paragraph's text holds its sub-paragraphs').
func leaves(d *extract.Document) []bool {
	parent := map[*extract.Paragraph]bool{}
	for _, p := range d.Paragraphs {
		if p.Parent != nil {
			parent[p.Parent] = true
		}
	}
	out := make([]bool, len(d.Paragraphs))
	for i, p := range d.Paragraphs {
		out[i] = !parent[p]
	}
	return out
}
