package extract

import (
	"fmt"
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

// nextStateListSep finds the separators stateListSepRE finds.
func TestStateListSeps(t *testing.T) {
	r := rand.New(rand.NewSource(13))
	pieces := []string{" ", "  ", "\n", "\t", "\v", "\u00a0", ",", ";", ".", ". ", "and", "And", " and ", "band", "andy", "_and", "a", "n", "d", "Cuba", "Yemen", "1"}
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := r.Intn(10); k > 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		s := b.String()
		var got [][]int
		for from := 0; ; {
			start, end := nextStateListSep(s, from)
			if start < 0 {
				break
			}
			got = append(got, []int{start, end})
			from = end
		}
		want := stateListSepRE.FindAllStringIndex(s, -1)
		if fmt.Sprint(got) != fmt.Sprint(want) && !(len(got) == 0 && len(want) == 0) {
			t.Fatalf("separators of %q: %v, want %v", s, got, want)
		}
	}
}
