package extract

import (
	"strings"
	"testing"
)

// ruleRE is a rule line, once its spaces are dropped: isRule's
// specification.
var ruleRE = anchored(`^[-_—–=]{3,}$`)

// TestIsRuleAsPattern holds isRule to ruleRE on the spaceless line, on
// the corpora's lines (which print no rule), on every string of up to
// five of the pattern's pieces and their neighbours, and on 20,000 drawn
// ones.
func TestIsRuleAsPattern(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := isRule(s), ruleRE.MatchString(strings.ReplaceAll(s, " ", "")); got != want {
			t.Fatalf("isRule(%q) = %v, the pattern says %v", s, got, want)
		}
	}
	for _, s := range corpusTexts(t) {
		check(s)
		check(strings.TrimSpace(s))
	}
	pieces := []string{"-", "_", "=", "—", "–", " ", "\t", "a", "\xe2", "\xe2\x80", "\xe2\x80\x95", "é", "\u00a0"}
	for _, s := range []string{"---", "- - -", "___", "—–=", "-- a", "--", "-—", " = = = "} {
		check(s)
	}
	eachStringOfPieces(pieces, 5, 12, 9, check)
}
