package lineage

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// sameJoined tells what comparing the joined keys told: on runs of short
// words of few letters, which split and join in many ways.
func TestSameJoinedAsJoin(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	lex := NewLexicon()
	run := func() ([]string, []uint32) {
		var keys []string
		for range r.IntN(5) {
			var w strings.Builder
			for range 1 + r.IntN(3) {
				w.WriteByte("ab"[r.IntN(2)])
			}
			keys = append(keys, w.String())
		}
		return keys, lex.number(nil, keys)
	}
	for range 20000 {
		ka, a := run()
		kb, b := run()
		if got, want := lex.sameJoined(a, b), strings.Join(ka, "") == strings.Join(kb, ""); got != want {
			t.Fatalf("sameJoined(%q, %q) = %v, want %v", ka, kb, got, want)
		}
	}
}

// A text's numbered words are the keys tokens reads, paragraph by
// paragraph, and two keys have one number exactly when they are equal.
func TestReadWordsAsTokens(t *testing.T) {
	lex := NewLexicon()
	for _, src := range read(t, "../../testdata/seeds") {
		for _, d := range src.Documents {
			w, _ := readWords(lex, d, false)
			for i, p := range d.Paragraphs {
				ids := w.paragraph(i)
				ks := keys(tokens(p.Text))
				if len(ids) != len(ks) {
					t.Fatalf("%s %s: %d numbers for %d words", d.Symbol, p.ID, len(ids), len(ks))
				}
				for k, id := range ids {
					if lex.words[id] != ks[k] {
						t.Fatalf("%s %s word %d: number %d is %q, the word %q", d.Symbol, p.ID, k, id, lex.words[id], ks[k])
					}
				}
			}
		}
	}
}
