package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// The cheap looks of readAdoption give the answers of what they stand
// for, on texts made of the bytes that matter to them.
func TestAdoptionScans(t *testing.T) {
	r := rand.New(rand.NewSource(13))
	pieces := []string{" ", "  ", "\n", "\t", "\u00a0", "\u2028", "_", "1", "9", "I", "i", "l", "|", "s", "t", "n", "d", "r", "h",
		"st", "nd", "rd", "th", "a", "é", "\xff", "meeting", "1st", "I851st", "i520th", "l0th", "2|st", "with", "list"}
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := r.Intn(12); k > 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		s := b.String()
		if got, want := singleSpaced(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("singleSpaced(%q) = %q, want %q", s, got, want)
		}
		replaced := ocrOrdinalRE.ReplaceAllStringFunc(s, func(n string) string {
			return strings.NewReplacer("I", "1", "i", "1", "l", "1", "|", "1").Replace(n)
		})
		if replaced != s && !mayHaveLetteredOrdinal(s) {
			t.Fatalf("mayHaveLetteredOrdinal(%q) = false, but the pattern makes it %q", s, replaced)
		}
	}
}
