package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// childIn tells a word from a node's by the chunks the node keeps of its
// word (wordChunks) when the word is ASCII of up to 16 bytes; the
// reference is the look at the node's string that every step made
// before: the child of parent whose hash is h and whose word w folds to
// (foldsTo), found among all the nodes.

// refChild is the reference's child of parent whose word is w, looked
// for among the nodes whose word hashes to h (nodesOf).
func refChild(t *nameTrie, nodesOf map[uint32][]int32, parent int32, h uint32, w string) (int32, bool) {
	for _, c := range nodesOf[h] {
		if n := &t.nodes[c]; n.parent == parent && foldsTo(w, n.word) {
			return c, true
		}
	}
	return 0, false
}

// childAgrees checks childIn against the reference for the word
// s[start:end], under the root and under the parent of every node whose
// word shares its hash: those are where it may be found, and where it
// may be taken for another.
func childAgrees(t *testing.T, tr *nameTrie, nodesOf map[uint32][]int32, s string, start, end int) {
	t.Helper()
	w := s[start:end]
	h := foldedHash(w)
	parents := []int32{0}
	for _, c := range nodesOf[h] {
		parents = append(parents, tr.nodes[c].parent)
	}
	for _, parent := range parents {
		got, gotOK := tr.childIn(parent, h, s, start, end)
		want, wantOK := refChild(tr, nodesOf, parent, h, w)
		if got != want || gotOK != wantOK {
			t.Fatalf("%q in %.80q under node %d: %d %v, want %d %v", w, s, parent, got, gotOK, want, wantOK)
		}
	}
}

// collisionAgrees checks childIn against the reference for the word w
// as if it hashed as node c's word: a word of the text that differs from
// a node's is told from it by its bytes when their hashes collide.
func collisionAgrees(t *testing.T, tr *nameTrie, nodesOf map[uint32][]int32, c int32, w string) {
	t.Helper()
	n := &tr.nodes[c]
	for _, s := range []string{w, w + " of the Council"} {
		got, gotOK := tr.childIn(n.parent, n.hash, s, 0, len(w))
		want, wantOK := refChild(tr, nodesOf, n.parent, n.hash, w)
		if got != want || gotOK != wantOK {
			t.Fatalf("%q hashed as node %d (%q): %d %v, want %d %v", w, c, n.word, got, gotOK, want, wantOK)
		}
	}
}

// nodesByHash is t's nodes, by the hash of their word.
func nodesByHash(t *nameTrie) map[uint32][]int32 {
	out := map[uint32][]int32{}
	for c := 1; c < len(t.nodes); c++ {
		out[t.nodes[c].hash] = append(out[t.nodes[c].hash], int32(c))
	}
	return out
}

// wordsAgree checks every word of s, where it stands and alone (so that
// no byte follows it).
func wordsAgree(t *testing.T, tr *nameTrie, nodesOf map[uint32][]int32, s string) {
	t.Helper()
	for _, w := range appendTextWords(nil, s) {
		childAgrees(t, tr, nodesOf, s, int(w.start), int(w.end))
		word := strings.Clone(w.in(s))
		childAgrees(t, tr, nodesOf, word, 0, len(word))
	}
}

// variantsOf are the ways a text may print the folded word w or nearly:
// as folded, lowered, with a letter that folds to one of its outside
// ASCII (the Kelvin sign, ſ), with one byte changed at each place, a
// byte more or less.
func variantsOf(w string) []string {
	out := []string{w, strings.ToLower(w), w + "S", w[:len(w)-1],
		strings.ReplaceAll(w, "K", "\u212a"), strings.ReplaceAll(strings.ToLower(w), "s", "ſ")}
	for k := range len(w) {
		b := []byte(w)
		b[k] ^= 0x01
		out = append(out, string(b))
	}
	return out
}

// eachNodeVariant calls check with each node of tr and each variant of
// its word.
func eachNodeVariant(tr *nameTrie, check func(c int32, w string)) {
	for c := 1; c < len(tr.nodes); c++ {
		for _, w := range variantsOf(tr.nodes[c].word) {
			check(int32(c), w)
		}
	}
}

func TestChildAsFolds(t *testing.T) {
	tr := defaultExtractor.names.t
	nodesOf := nodesByHash(tr)
	eachNodeVariant(tr, func(c int32, w string) {
		// Alone, and in a text with bytes after it.
		childAgrees(t, tr, nodesOf, w, 0, len(w))
		childAgrees(t, tr, nodesOf, w+" of the Council", 0, len(w))
		collisionAgrees(t, tr, nodesOf, c, w)
	})
	for _, s := range append(namesCases, localLabels...) {
		wordsAgree(t, tr, nodesOf, s)
	}
	r := rand.New(rand.NewPCG(13, 5))
	for range 5000 {
		wordsAgree(t, tr, nodesOf, generatedText(r, r.IntN(24)))
	}
	eachCorpusText(t, func(text string) { wordsAgree(t, tr, nodesOf, text) })
	// A document's own trie, which grows as its names are added.
	local := nameIndex{}
	for _, l := range localLabels {
		local.add(l, "x")
	}
	localNodes := nodesByHash(local.t)
	eachNodeVariant(local.t, func(c int32, w string) {
		childAgrees(t, local.t, localNodes, w, 0, len(w))
		collisionAgrees(t, local.t, localNodes, c, w)
	})
	for _, s := range append(namesCases, localLabels...) {
		wordsAgree(t, local.t, localNodes, s)
	}
}

func FuzzChildAsFolds(f *testing.F) {
	for _, s := range namesCases {
		f.Add(s)
	}
	tr := defaultExtractor.names.t
	nodesOf := nodesByHash(tr)
	f.Fuzz(func(t *testing.T, s string) {
		wordsAgree(t, tr, nodesOf, s)
	})
}
