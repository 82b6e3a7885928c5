package extract

import (
	"regexp"
	"strings"
	"testing"
)

// A keyword says no only where a case-insensitive pattern of it finds
// nothing, and says yes wherever the word is, in any case.
func TestKeyword(t *testing.T) {
	texts := []string{"", "v", "vote", "VOTE", "Vote", "voTe", "a vote.", "vot", "ovote", "vvote", "xxxxvotxvote",
		"abstention", "ABSTENTION", "abſtention", "abstention", "without", "WITHOUT", "withou", "wwithout",
		"by consensus", "by conſenſus", "KELVIN", "\u212aelvin", "kelvin", "élan vote", "vo\u00a0te"}
	for _, w := range []string{"vote", "abstention", "without", "consensus", "kelvin", "v"} {
		k := keyword(w)
		re := regexp.MustCompile(`(?i)` + regexp.QuoteMeta(w))
		for _, s := range texts {
			for _, pad := range []string{"", "x", "Xv ", "vV"} {
				s := pad + s + pad
				found := re.MatchString(s)
				if found && !k.in(s) {
					t.Errorf("keyword(%q).in(%q) = false, but (?i) finds it", w, s)
				}
				if k.in(s) && !found && isASCII(s) {
					t.Errorf("keyword(%q).in(%q) = true, but (?i) finds none", w, s)
				}
				if got, want := indexFoldASCII(s, w), strings.Index(strings.ToLower(s), w); isASCII(s) && got != want {
					t.Errorf("indexFoldASCII(%q, %q) = %d, want %d", s, w, got, want)
				}
			}
		}
	}
}
