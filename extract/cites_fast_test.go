package extract

import (
	"strings"
	"testing"
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
