package extract

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// acronymAfterRE is the pattern definedAcronyms once ran after each
// mention, kept as the reference acronymAfter must agree with.
var acronymAfterRE = regexp.MustCompile(`^ \(([A-Z][A-Za-z0-9-]{1,14})\)`)

// acronymAfterAgrees checks acronymAfter against the pattern on s.
func acronymAfterAgrees(t *testing.T, s string) {
	t.Helper()
	got, ok := acronymAfter(s)
	want := acronymAfterRE.FindStringSubmatch(s)
	if ok != (want != nil) || ok && got != want[1] {
		t.Fatalf("%.60q: acronym %q (%v), want %q", s, got, ok, want)
	}
}

var acronymAfterPieces = []string{
	" (", "(", " ", ")", "A", "Z", "a", "z", "0", "9", "-", "_", "é", "FC", "G5S", "ABCDEFGHIJKLMN", "\xff", "’",
}

// TestAcronymAfterAsPattern holds acronymAfter to the pattern after each
// " (" of the corpora, on acronyms of every length around its bounds,
// and on 30,000 texts drawn from acronymAfterPieces.
func TestAcronymAfterAsPattern(t *testing.T) {
	for n := range 20 {
		for _, first := range []string{"A", "a", "0", "-"} {
			body := first + strings.Repeat("B", n)
			for _, end := range []string{")", "", " )", "))", "-)", "x)"} {
				acronymAfterAgrees(t, " ("+body+end)
				acronymAfterAgrees(t, "("+body+end)
			}
		}
	}
	eachCorpusText(t, func(text string) {
		for i := strings.Index(text, " ("); i >= 0; {
			acronymAfterAgrees(t, text[i:])
			k := strings.Index(text[i+1:], " (")
			if k < 0 {
				break
			}
			i += 1 + k
		}
	})
	r := rand.New(rand.NewPCG(13, 8))
	for range 30000 {
		var b strings.Builder
		b.WriteString(" (")
		for range r.IntN(20) {
			b.WriteString(acronymAfterPieces[r.IntN(len(acronymAfterPieces))])
		}
		acronymAfterAgrees(t, b.String())
	}
}

func FuzzAcronymAfterAsPattern(f *testing.F) {
	for _, s := range []string{" (FC-G5S)", " (A)", " (ABCDEFGHIJKLMNO)", " (ABCDEFGHIJKLMNOP)", " (Ab-9)"} {
		f.Add(s)
	}
	f.Fuzz(acronymAfterAgrees)
}
