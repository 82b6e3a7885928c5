package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// printedDate is the first of printedDateSpec's matches in s, one after
// another, that dateOf reads as a day: what firstDateOf is held to.
func printedDate(s string) string {
	for _, m := range printedDateSpec.FindAllStringSubmatch(s, -1) {
		if d := dateOf(m[1], m[2], m[3]); d != "" {
			return d
		}
	}
	return ""
}

func checkFirstDateOf(t *testing.T, s string) bool {
	t.Helper()
	got, want := firstDateOf(s), printedDate(s)
	if got != want {
		t.Fatalf("firstDateOf(%q) = %q, printedDate %q", s, got, want)
	}
	return got != ""
}

// TestFirstDateOfAsPrintedDate holds firstDateOf to printedDate, the
// pattern's matches one after another, on what follows the first " on " of the
// adoption lines of dev and the seeds (as read and single-spaced), and on
// drawn texts of dates, look-alikes and dates dateOf turns away (a day or
// year out of range, no month) before and after good ones.
func TestFirstDateOfAsPrintedDate(t *testing.T) {
	found := 0
	eachAdoptionBlock(append(devInputs(t), seedInputs(t)...), func(p *part, k int) {
		for _, line := range []string{p.blocks[k].t.s, singleSpaced(p.blocks[k].t.s)} {
			if i := strings.Index(line, " on "); i >= 0 && checkFirstDateOf(t, line[i:]) {
				found++
			}
			checkFirstDateOf(t, line)
		}
	})
	r := rand.New(rand.NewSource(29))
	pieces := []string{" ", "  ", "\t", ".", ",", "1", "29", "32", "0", "123", "2021", "1944", "2101", "20211", "June", "JUNE", "Jun", "Juni", "Smarch",
		"Ju", "[]|", "é", " on ", "29 June 2021", "31 Xyz 2020", "40 June 2020", "1 July 1900", "3 Feb., 1999"}
	for n := 0; n < 30000; n++ {
		if checkFirstDateOf(t, drawnPieces(r, pieces, 10)) {
			found++
		}
	}
	if found < 1000 {
		t.Errorf("only %d dates found", found)
	}
}

func FuzzFirstDateOfAsPrintedDate(f *testing.F) {
	for _, s := range []string{" on 29 June 2021", "40 June 2020 and 3 May 2001", "1 Smarch 1999, 2 June 1999", "12June2000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkFirstDateOf(t, s) })
}
