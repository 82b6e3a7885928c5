package extract

import (
	"slices"
	"testing"
)

// TestAssemblyPartRanges reads a General Assembly resolution printed with
// the letters of several of its parts before its session, "3411 A to D
// (XXX)", "3379 A and B (XXX)", "2202 A, B and C (XXI)", as a citation
// of each part; a single part ("377 A (V)") was read before.
func TestAssemblyPartRanges(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"Recalling General Assembly resolution 3411 A to D (XXX) of 28 November 1975,",
			[]string{"A/RES/3411A(XXX)@1", "A/RES/3411B(XXX)@1", "A/RES/3411C(XXX)@1", "A/RES/3411D(XXX)@1"}},
		{"Recalling General Assembly resolutions 3379 A and B (XXX) and 1514 (XV),",
			[]string{"A/RES/3379A(XXX)@1", "A/RES/3379B(XXX)@1", "A/RES/1514(XV)@1"}},
		{"Bearing in mind General Assembly resolutions 2202 A, B and C (XXI),",
			[]string{"A/RES/2202A(XXI)@1", "A/RES/2202B(XXI)@1", "A/RES/2202C(XXI)@1"}},
		{"Reaffirming General Assembly resolutions 3411 A to C (XXX) and 3324 E (XXIX),",
			[]string{"A/RES/3411A(XXX)@1", "A/RES/3411B(XXX)@1", "A/RES/3411C(XXX)@1", "A/RES/3324E(XXIX)@1"}},
		// One part, as before.
		{"Recalling General Assembly resolution 377 A (V),", []string{"A/RES/377A(V)@1"}},
		// Letters out of order, or no session: no parts read.
		{"Recalling General Assembly resolution 3411 D to A (XXX),", nil},
		{"Recalling General Assembly resolution 2202 A and B of 16 December 1966,", nil},
	} {
		if got := resolutionsCitedIn(c.line); !slices.Equal(got, c.want) {
			t.Errorf("%q: cites %q, want %q", c.line, got, c.want)
		}
	}
}
