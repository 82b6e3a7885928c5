package extract

import (
	"strings"
	"testing"
)

// englishDateRE is a date as isoDate reads it: englishDateParts'
// specification.
var englishDateRE = anchored(`^(\d{1,2}) ([A-Z][a-z]+) (\d{4})$`)

// TestEnglishDatePartsAsPattern holds englishDateParts to englishDateRE
// on the corpora's lines and every date-shaped stretch of them, on every
// string of up to five of the pattern's pieces and their neighbours, and
// on 20,000 drawn ones.
func TestEnglishDatePartsAsPattern(t *testing.T) {
	check := func(s string) {
		t.Helper()
		d, m, y, ok := englishDateParts(s)
		want := englishDateRE.FindStringSubmatch(s)
		if ok != (want != nil) || ok && (d != want[1] || m != want[2] || y != want[3]) {
			t.Fatalf("englishDateParts(%q) = %q, %q, %q, %v; the pattern says %q", s, d, m, y, ok, want)
		}
	}
	dates := 0
	for _, s := range corpusTexts(t) {
		check(s)
		// Each stretch from a figure to four bytes past the next two
		// spaces: the dates a text prints, and near misses.
		for i := 0; i < len(s); i++ {
			if !isDigit(s[i]) || i > 0 && isDigit(s[i-1]) {
				continue
			}
			sp := strings.IndexByte(s[i:], ' ')
			if sp < 0 {
				continue
			}
			sp2 := strings.IndexByte(s[i+sp+1:], ' ')
			if sp2 < 0 {
				continue
			}
			end := i + sp + 1 + sp2 + 1
			for _, n := range []int{3, 4, 5} {
				if end+n <= len(s) {
					check(s[i : end+n])
					if _, _, _, ok := englishDateParts(s[i : end+n]); ok {
						dates++
					}
				}
			}
		}
	}
	if dates == 0 {
		t.Error("no date found in the corpora")
	}
	pieces := []string{"1", "29", "123", " ", "J", "June", "june", "JUNE", "Ju ne", "2020", "202", "20201", "a", "\t", "é", "\n"}
	eachStringOfPieces(pieces, 5, 8, 10, check)
}
