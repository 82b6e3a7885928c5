package extract

import (
	"math/rand/v2"
	"testing"
)

// appendMentions turns a word away by its wordKey (nameTrie.firstKeys)
// before it is hashed. The key is made from the text's bytes as printed,
// the filter's from the labels' words: a word that folds to a label's
// first word must have its key, or a mention is lost. firstKeysAdmit
// checks every word of s that folds to the word of a child of tr's root
// (by foldsTo, with no hash), where it stands and alone.
func firstKeysAdmit(t *testing.T, tr *nameTrie, firsts map[string]bool, s string) {
	t.Helper()
	for _, w := range appendTextWords(nil, s) {
		word := w.in(s)
		if !opensLabel(firsts, word) {
			continue
		}
		if !tr.firstKeys.has(w.key) {
			t.Fatalf("%.120q: word %q opens a label, its key %#x is not in the filter", s, word, w.key)
		}
		if k := wordKey(word); !tr.firstKeys.has(k) {
			t.Fatalf("%q opens a label, its key alone %#x is not in the filter", word, k)
		}
	}
}

// firstWordsOf is the folded words of the children of tr's root.
func firstWordsOf(tr *nameTrie) map[string]bool {
	out := map[string]bool{}
	for c := 1; c < len(tr.nodes); c++ {
		if tr.nodes[c].parent == 0 {
			out[tr.nodes[c].word] = true
		}
	}
	return out
}

// opensLabel reports whether word folds to one of firsts, the folded
// first words of a trie.
func opensLabel(firsts map[string]bool, word string) bool {
	var buf [64]byte
	return firsts[string(appendFolded(buf[:0], word))]
}

func TestFirstKeysAdmitLabelOpenings(t *testing.T) {
	tr := defaultExtractor.names.t
	firsts := firstWordsOf(tr)
	local := nameIndex{}
	for _, l := range localLabels {
		local.add(l, "x")
	}
	localFirsts := firstWordsOf(local.t)
	for _, trie := range []struct {
		t      *nameTrie
		firsts map[string]bool
	}{{tr, firsts}, {local.t, localFirsts}} {
		// Every first word as the text may print it, alone and before
		// more words.
		eachNodeVariant(trie.t, func(c int32, w string) {
			if trie.t.nodes[c].parent == 0 && foldsTo(w, trie.t.nodes[c].word) {
				firstKeysAdmit(t, trie.t, trie.firsts, w)
				firstKeysAdmit(t, trie.t, trie.firsts, w+" of the Council")
				firstKeysAdmit(t, trie.t, trie.firsts, "the "+w+"-led")
			}
		})
		for _, s := range append(namesCases, localLabels...) {
			firstKeysAdmit(t, trie.t, trie.firsts, s)
		}
	}
	r := rand.New(rand.NewPCG(13, 6))
	for range 5000 {
		s := generatedText(r, r.IntN(24))
		firstKeysAdmit(t, tr, firsts, s)
		firstKeysAdmit(t, local.t, localFirsts, s)
	}
	eachCorpusText(t, func(text string) { firstKeysAdmit(t, tr, firsts, text) })
}

func FuzzFirstKeysAdmitLabelOpenings(f *testing.F) {
	for _, s := range namesCases {
		f.Add(s)
	}
	tr := defaultExtractor.names.t
	firsts := firstWordsOf(tr)
	f.Fuzz(func(t *testing.T, s string) {
		firstKeysAdmit(t, tr, firsts, s)
	})
}
