package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// relationKeysReference is the searches findRelations made of a
// paragraph that is not operative before its keys were read in the
// citation scanner's pass (relationKeys' three, and saysSupportBy where
// "support " stood): the specification that pass is held to. "ondemn" is
// looked for in every paragraph, though findRelations asks for it of a
// preambular one alone.
func relationKeysReference(s string) (keys paragraphKeys) {
	if containsBy(s, "support ", 2) {
		keys |= keySupport
	}
	if saysSupportBy(s) {
		keys |= keySupportBy
	}
	if strings.Contains(s, "between ") {
		keys |= keyBetween
	}
	if containsASCIIFoldBy(s, "ondemn", 4) {
		keys |= keyCondemn
	}
	return keys
}

// relationKeysOf is a paragraph's relation keys as buildDocument reads
// them: in the scanner's pass over its bytes with its anchors (findIn),
// then asked by findRelations.
func relationKeysOf(s string, kind ParagraphKind) paragraphKeys {
	var cs citationScanner
	p := &Paragraph{Text: s, Kind: kind}
	cs.findIn(p)
	return relationKeys(p)
}

// TestRelationKeysAsReference holds the relation keys read in the shared
// pass (findIn), and by relationKeys alone for a paragraph the scanner
// did not read, to the searches they replace: on the corpora's
// paragraphs, the keywords and near misses at every offset of the eight
// bytes the pass reads, and texts of their pieces run together.
func TestRelationKeysAsReference(t *testing.T) {
	samples := citeSamples(t)
	for _, w := range keySamples {
		for pad := 0; pad < 17; pad++ {
			for tail := 0; tail < 9; tail++ {
				samples = append(samples, strings.Repeat("x", pad)+w+strings.Repeat("z", tail))
			}
		}
	}
	rng := rand.New(rand.NewSource(15))
	parts := append(slicesOfKeys(), " ", "x", "N", "M", "P", "\x0e", "\x0d", "é", "1", "tw", "pp", "mn", "TW", "PP", "MN")
	for range 30000 {
		samples = append(samples, drawnPieces(rng, parts, 14))
	}
	for _, s := range samples {
		want := relationKeysReference(s)
		for _, kind := range []ParagraphKind{Preambular, Running, Operative} {
			if kind == Operative {
				// Read with all the keys, as it was.
				if got := relationKeysOf(s, kind); got != want {
					t.Fatalf("%s %q: relation keys %08b, want %08b", kind, s, got, want)
				}
				continue
			}
			if got := relationKeysOf(s, kind); got != want {
				t.Fatalf("%s %q: relation keys read with the anchors %08b, want %08b", kind, s, got, want)
			}
			if got := relationKeys(&Paragraph{Text: s, Kind: kind}); got != want {
				t.Fatalf("%s %q: relation keys read alone %08b, want %08b", kind, s, got, want)
			}
		}
	}
}

// A paragraph whose relation keys alone were read still gives all its
// keys when asked (Paragraph.keys), and its relation keys after.
func TestRelationKeysThenAllKeys(t *testing.T) {
	s := "Condemns the attacks between the parties, within 30 days, with support from"
	p := &Paragraph{Text: s, Kind: Running}
	var cs citationScanner
	cs.findIn(p)
	if p.keysRead {
		t.Fatalf("the scanner read all the keys of a %s paragraph", p.Kind)
	}
	if got, want := p.keys(), keysReference(s); got != want {
		t.Fatalf("keys = %08b, want %08b", got, want)
	}
	if got, want := relationKeys(p), relationKeysReference(s); got != want {
		t.Fatalf("relation keys after all = %08b, want %08b", got, want)
	}
}

func FuzzRelationKeysAsReference(f *testing.F) {
	for _, s := range keySamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := relationKeysReference(s)
		for _, kind := range []ParagraphKind{Preambular, Running, Operative} {
			if got := relationKeysOf(s, kind); got != want {
				t.Fatalf("%q (%v): relation keys %08b, want %08b", s, kind, got, want)
			}
		}
	})
}

// saysSupportBy, the search findRelations made before its keys told
// it (keySupportBy), reports whether s holds "support by ", "support from " or
// "support provided ", where findSupport may find a match.
func saysSupportBy(s string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], "pport ")
		if k < 0 {
			return false
		}
		at := i + k + len("pport ")
		if i+k >= 2 && s[i+k-2:i+k] == "su" {
			rest := s[at:]
			if strings.HasPrefix(rest, "by ") || strings.HasPrefix(rest, "from ") || strings.HasPrefix(rest, "provided ") {
				return true
			}
		}
		i += k + 1
	}
}

// mayNameCoordinationReference is the gate of findCoordination as it was,
// three searches: the specification mayNameCoordination is held to.
func mayNameCoordinationReference(s string) bool {
	return strings.Contains(s, "nformation") || strings.Contains(s, "oordination") || strings.Contains(s, "ooperation")
}

// TestMayNameCoordinationAsReference holds the gate to the three searches
// it replaces on the corpora's paragraphs, the words and near misses at
// every offset, and texts of their pieces run together.
func TestMayNameCoordinationAsReference(t *testing.T) {
	words := []string{"nformation", "oordination", "ooperation", "information", "coordination", "cooperation",
		"nformatio", "oordinatio", "ooperatio", "oooperation", "ooordination", "o", "oo", "f", "nf", "Information"}
	samples := citeSamples(t)
	for _, w := range words {
		for pad := 0; pad < 9; pad++ {
			samples = append(samples, strings.Repeat("o", pad)+w+strings.Repeat("n", pad%3))
		}
	}
	var pieces []string
	for _, w := range words {
		for i := 0; i <= len(w); i++ {
			pieces = append(pieces, w[:i], w[i:])
		}
	}
	pieces = append(pieces, " ", "é", "O")
	check := func(s string) {
		if got, want := mayNameCoordination(s), mayNameCoordinationReference(s); got != want {
			t.Fatalf("mayNameCoordination(%q) = %v, want %v", s, got, want)
		}
	}
	for _, s := range samples {
		check(s)
	}
	eachStringOfPieces(pieces, 2, 10, 17, check)
}

func FuzzMayNameCoordinationAsReference(f *testing.F) {
	for _, s := range []string{"cooperation", "coordination", "information", "oooperation"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := mayNameCoordination(s), mayNameCoordinationReference(s); got != want {
			t.Fatalf("mayNameCoordination(%q) = %v, want %v", s, got, want)
		}
	})
}
