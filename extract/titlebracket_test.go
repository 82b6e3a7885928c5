package extract

import (
	"strings"
	"testing"
)

// FuzzIndexOpenBracketAsIndexAny holds indexOpenBracket to
// strings.IndexAny(s, "[(") on any string, invalid UTF-8 too.
func FuzzIndexOpenBracketAsIndexAny(f *testing.F) {
	for _, s := range []string{"", "of 29 November 1990 [S/21234]", "(S/RES/1)", "é(", "\xff[", "no bracket"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := indexOpenBracket(s), strings.IndexAny(s, "[("); got != want {
			t.Fatalf("indexOpenBracket(%q) = %d, IndexAny says %d", s, got, want)
		}
	})
}
