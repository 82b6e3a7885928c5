package extract

import (
	"math/rand"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

// The lexer's hand-written fast paths, each held to the plain way it
// stands for, on the corpora at hand and on generated strings.

// TestCheckpointBeforeSearches holds charIndex.checkpointBefore to a
// binary search of the checkpoints, at every byte of texts with
// characters of one to four bytes.
func TestCheckpointBeforeSearches(t *testing.T) {
	rng := rand.New(rand.NewSource(13))
	pieces := []string{"a", "b ", "é", "–", "安", "𝄞", "\n"}
	for n := 0; n < 40; n++ {
		var sb strings.Builder
		for sb.Len() < rng.Intn(5000) {
			sb.WriteString(pieces[rng.Intn(len(pieces))])
		}
		src := sb.String()
		ci := newCharIndex(src)
		for b := 0; b <= len(src); b++ {
			want := sort.SearchInts(ci.bytes, b+1) - 1
			if got := ci.checkpointBefore(b); got != want {
				t.Fatalf("checkpointBefore(%d) = %d in a text of %d bytes, the search says %d", b, got, len(src), want)
			}
			if got, want := ci.at(b), utf8.RuneCountInString(src[:b]); (b == len(src) || utf8.RuneStart(src[b])) && got != want {
				t.Fatalf("at(%d) = %d, want %d", b, got, want)
			}
		}
	}
}
