package extract

import (
	"math/rand"
	"testing"
)

// TestHoldsHanAsScriptCount holds holdsHan to what scriptCount counts,
// and paragraphsLanguage to language of the paragraphs' texts together,
// on 100,000 texts drawn as TestLanguageAsByRunes draws them and on
// every paragraph of the corpora's documents.
func TestHoldsHanAsScriptCount(t *testing.T) {
	check := func(s string) {
		var c scriptCount
		c.add(s)
		if got, want := holdsHan(s), c.han > 0; got != want {
			t.Fatalf("holdsHan(%q) = %v, want %v", s, got, want)
		}
	}
	r := rand.New(rand.NewSource(13))
	for range 100000 {
		check(randomText(r))
	}
	for _, src := range corpusSources() {
		check(src)
	}
	drawn := rand.New(rand.NewSource(17))
	for range 20000 {
		var raw []rawParagraph
		var c scriptCount
		hasHan := false
		for k := drawn.Intn(5); k > 0; k-- {
			s := randomText(drawn)
			raw = append(raw, rawParagraph{p: &Paragraph{Text: s}})
			c.add(s)
			hasHan = hasHan || holdsHan(s)
		}
		if got, want := paragraphsLanguage(raw, hasHan), c.language(); got != want {
			t.Fatalf("paragraphsLanguage = %s, want %s", got, want)
		}
	}
}

// FuzzHoldsHanAsScriptCount is TestHoldsHanAsScriptCount's first check
// on any bytes.
func FuzzHoldsHanAsScriptCount(f *testing.F) {
	f.Add("安全理事会 Security Council’s é")
	f.Fuzz(func(t *testing.T, s string) {
		var c scriptCount
		c.add(s)
		if got, want := holdsHan(s), c.han > 0; got != want {
			t.Fatalf("holdsHan(%q) = %v, want %v", s, got, want)
		}
	})
}

// BenchmarkScript reads the development texts for their language as
// buildDocument reads its paragraphs: for a Han character alone
// (holdsHan), and counting letters too (scriptCount.add, as before).
func BenchmarkScript(b *testing.B) {
	texts := decodedTexts(devInputs(b))
	var n int64
	for _, t := range texts {
		n += int64(len(t.src))
	}
	b.Run("holdsHan", func(b *testing.B) {
		benchBytes(b, n, func() {
			for _, t := range texts {
				holdsHan(t.src)
			}
		})
	})
	b.Run("count", func(b *testing.B) {
		benchBytes(b, n, func() {
			for _, t := range texts {
				var c scriptCount
				c.add(t.src)
			}
		})
	})
}
