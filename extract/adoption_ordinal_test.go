package extract

import (
	"strings"
	"testing"
)

// mayHaveLetteredOrdinalByBytes is mayHaveLetteredOrdinal as first
// written, a look back from every ordinal's suffix: the specification of
// the reading from the figures.
func mayHaveLetteredOrdinalByBytes(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if !isOrdinalSuffix(s[i], s[i+1]) {
			continue
		}
		figure, letter := false, false
		for j := i - 1; j >= 0 && isFigureOrLookalike(s[j]); j-- {
			if s[j] >= '0' && s[j] <= '9' {
				figure = true
			} else {
				letter = true
			}
		}
		if figure && letter {
			return true
		}
	}
	return false
}

func checkLetteredOrdinal(t *testing.T, s string) bool {
	t.Helper()
	got, want := mayHaveLetteredOrdinal(s), mayHaveLetteredOrdinalByBytes(s)
	if got != want {
		t.Fatalf("mayHaveLetteredOrdinal(%q) = %v, want %v", s, got, want)
	}
	return got
}

// TestLetteredOrdinalFromFigures holds mayHaveLetteredOrdinal to the
// look back from every suffix on the adoption words' samples (the corpora's
// paragraphs and adoption lines among them), every string of up to four
// of the bytes that matter and their neighbours, and 20,000 drawn ones.
func TestLetteredOrdinalFromFigures(t *testing.T) {
	found := 0
	for _, s := range adoptionWordSamples(t) {
		if checkLetteredOrdinal(t, s) {
			found++
		}
	}
	pieces := []string{"1", "9", "0", "/", ":", "I", "i", "l", "|", "s", "t", "n", "d", "r", "h", "st", "nd", "rd", "th", " ", "x", "é",
		"\xb0", "12345678", "I851", "1 meeting"}
	eachStringOfPieces(pieces, 4, 24, 19, func(s string) {
		if checkLetteredOrdinal(t, s) {
			found++
		}
	})
	if found < 1000 {
		t.Errorf("only %d texts with a lettered ordinal", found)
	}
}

func FuzzLetteredOrdinalFromFigures(f *testing.F) {
	for _, s := range []string{"Adopted at the I851st meeting", "i520th", "the 2|st and 12345678I9th", "l0th"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkLetteredOrdinal(t, s) })
}

// cleanStateNameUngated is cleanStateName as first written, replacing
// the quotes in every name.
func cleanStateNameUngated(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "the ")
	s = strings.ReplaceAll(s, "’", "")
	s = strings.ReplaceAll(s, "' ", " ")
	return strings.Trim(s, " .'\"")
}

// TestCleanStateNameAsUngated holds cleanStateName, which replaces quotes
// only in a name with a byte of one, to the replacing in every name, on
// every string of up to four of the pieces that matter, 20,000 drawn
// ones and the adoption words' samples.
func TestCleanStateNameAsUngated(t *testing.T) {
	check := func(s string) {
		if got, want := cleanStateName(s), cleanStateNameUngated(s); got != want {
			t.Fatalf("cleanStateName(%q) = %q, want %q", s, got, want)
		}
	}
	pieces := []string{"’", "'", "' ", " ", "the ", "Côte d’Ivoire", "\xe2", "\xe2\x80", "\x80\x99", ".", "\"", "Chad", "e", "\t"}
	eachStringOfPieces(pieces, 4, 12, 23, check)
	for _, s := range adoptionWordSamples(t) {
		check(s)
	}
}
