package extract

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestPossessiveSupportAsPattern holds findPossessiveSupport to
// possessiveSupportRE over the corpora's texts, samples at the edges of
// its window and group, and texts made of the pattern's pieces.
func TestPossessiveSupportAsPattern(t *testing.T) {
	matches := 0
	check := func(s string) {
		got, want := findPossessiveSupport(s), possessiveSupportRE.FindAllStringSubmatchIndex(s, -1)
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("findPossessiveSupport(%q) = %v, want %v", s, got, want)
		}
		matches += len(got)
	}
	eachCorpusText(t, func(text string) {
		check(text)
		for _, line := range strings.Split(text, "\n") {
			check(line)
		}
	})
	long := strings.Repeat("é", 70)
	for _, s := range []string{
		"MINUSMA's support to the FC-G5S", "the Mission's support to the G5; Africa's support to ", "mali's support to ab",
		"X's support to ab", "Xy's support to a", "Xy's support to the a", "Xy's support to the ;", "ECOWAS's support to " + long,
		"ECOWAS's support to the " + long, "ECOWAS's support to " + strings.Repeat("\xff", 70), "ECOWAS's support to 𝔸" + strings.Repeat("𝔸", 70),
		"a-B-c's support to de, F's support to gh", "AB's support to AB's support to cd", "A_B-9's support to x's support to Yz's support to the w",
		"é" + "AB's support to cd", "\xe2AB's support to cd", "ab-cD's support to ef", "-'s support to ab", "Ab's support to ab's support to cd",
		"ab's support to " + strings.Repeat("x", 300) + " Cd's support to ef", "ab's support to " + long + "Cd's support to ef",
	} {
		check(s)
	}
	// The window's edge: a match of the words after the first found in
	// its window, its tail long enough to reach past it, and tails of
	// 60 characters of four bytes, with and without "the ".
	for n := 140; n <= 280; n++ {
		for _, tail := range []string{strings.Repeat("𝔸", 70), "the " + strings.Repeat("𝔸", 70), strings.Repeat("y", 70)} {
			check("ab's support to " + strings.Repeat("x", n) + " Cd's support to " + tail)
			check("ab's support to " + strings.Repeat("é", n/2) + "Cd's support to " + tail)
		}
	}
	pieces := []string{"'s support to ", "the ", "A", "Bc", "x", "-", "_", "9", " ", ";", ",", "é", "\xff", "𝔸", "MINUSMA", "s", "'"}
	r := rand.New(rand.NewPCG(5, 6))
	for range 30000 {
		var b strings.Builder
		for range r.IntN(24) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		check(b.String())
	}
	if matches < 1000 {
		t.Errorf("only %d matches compared", matches)
	}
}

// FuzzPossessiveSupportAsPattern holds findPossessiveSupport to
// possessiveSupportRE.
func FuzzPossessiveSupportAsPattern(f *testing.F) {
	f.Add("MINUSMA's support to the FC-G5S; ab's support to Cd's support to ef")
	f.Fuzz(func(t *testing.T, s string) {
		got, want := findPossessiveSupport(s), possessiveSupportRE.FindAllStringSubmatchIndex(s, -1)
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("findPossessiveSupport(%q) = %v, want %v", s, got, want)
		}
	})
}
