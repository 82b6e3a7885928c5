package extract

import (
	"strings"
	"testing"

	"github.com/sckg/sckg/ontology/symbol"
)

// TestCueOpeningsLetEveryCueThrough holds the filter before the look-up
// of a cue's first word to the wordings: each passes, in either case.
func TestCueOpeningsLetEveryCueThrough(t *testing.T) {
	for first := range cuePhrases {
		for _, w := range []string{first, strings.ToUpper(first), strings.ToUpper(first[:1]) + first[1:]} {
			if !mayOpenCue(w) {
				t.Errorf("mayOpenCue(%q) is false", w)
			}
		}
	}
}

// TestCitedParagraphIDAsString holds citedParagraphID to ParagraphRef.String.
func TestCitedParagraphIDAsString(t *testing.T) {
	refs := []symbol.ParagraphRef{{}, operative("3"), operative("28").Sub("a", "ii"), operative(strings.Repeat("9", 60)).Sub("b"),
		{Kind: symbol.Operative, Number: "3", Unnumbered: true}, {Kind: symbol.Operative, Number: "47", Repeat: 2},
		{Kind: symbol.Preambular, Number: "1"}, operative("007"), operative("250").Sub("c"), {Kind: symbol.Operative, Number: "2", Unnumbered: true, Labels: []string{"a"}}, operative("").Sub(""), operative("5").Sub("iv", "x", "a")}
	for _, r := range refs {
		if got, want := citedParagraphID(r), r.String(); got != want {
			t.Errorf("citedParagraphID(%+v) = %q, want %q", r, got, want)
		}
	}
}
