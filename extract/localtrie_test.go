package extract

import (
	"slices"
	"testing"
)

// TestLocalTrieEmptiedForEachDocument holds documentActors, whose trie of
// a document's own names is the pooled scratch's, emptied after each
// document, to itself reading the documents of the corpora in the other
// order: each document's mentions and new actors are the same whatever
// the documents read before left in the scratch. The trie given back
// holds no label, entry, word or bit of the document.
func TestLocalTrieEmptiedForEachDocument(t *testing.T) {
	docs := extractedDocuments(append(devInputs(t), seedInputs(t)...))
	type actors struct {
		mentions []Mention
		found    []NewActor
	}
	read := func(d *Document) actors {
		ms, found := documentActors(d, defaultExtractor.names, new(mentionRoom))
		var out actors
		for _, m := range ms {
			out.mentions = append(out.mentions, *m)
		}
		out.found = found
		return out
	}
	forward := make([]actors, len(docs))
	defining := 0
	for i, d := range docs {
		forward[i] = read(d)
	}
	for i := len(docs) - 1; i >= 0; i-- {
		got := read(docs[i])
		if !slices.Equal(got.mentions, forward[i].mentions) || !slices.Equal(got.found, forward[i].found) {
			t.Fatalf("%s: read after other documents, %d mentions and %v, else %d and %v",
				docs[i].Symbol, len(got.mentions), got.found, len(forward[i].mentions), forward[i].found)
		}
		if len(got.found) > 0 {
			defining++
		}
	}
	if defining == 0 {
		t.Fatal("no document of the corpora defines a new actor")
	}

	var s matcherScratch
	local := nameIndex{t: s.localTrie()}
	local.addCopied("the Malian parties", []string{"state/MLI", "platform"})
	local.addCopied("FC-G5S", []string{"fcg5s"})
	s.releaseLocal()
	tr := s.local
	if root := tr.nodes[0]; len(tr.nodes) != 1 || root.children != 0 || root.word != "" || root.entries != nil {
		t.Errorf("released trie keeps %d nodes, root %+v", len(tr.nodes), tr.nodes[0])
	}
	for _, f := range []wordFilter{tr.starts, tr.firsts} {
		if slices.ContainsFunc(f, func(x uint64) bool { return x != 0 }) {
			t.Errorf("released trie's filter %x keeps bits", f)
		}
	}
	if slices.ContainsFunc(tr.slots, func(c int32) bool { return c != 0 }) {
		t.Error("released trie's table keeps nodes")
	}
	b := tr.build
	if len(b.entries)+len(b.lists)+len(b.words)+b.folded.Len() != 0 {
		t.Errorf("released trie keeps %d entries, %d lists, %d words, %d bytes of folded words",
			len(b.entries), len(b.lists), len(b.words), b.folded.Len())
	}
	if len(b.actors) != 0 || slices.ContainsFunc(b.actors[:cap(b.actors)], func(a string) bool { return a != "" }) {
		t.Errorf("released trie keeps actors %q", b.actors[:cap(b.actors)])
	}
	if e, _ := local.matchesAt("the Malian parties"); e != nil {
		t.Errorf("released trie still finds %v", e.actors)
	}
}
