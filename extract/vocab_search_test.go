package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// checkPrintedOfSource holds printedOf with the file's text (the search
// for the questions' first letters) to printedOf read word by word and to
// its specification, on the lines readLines cuts from src (plain lines
// slices of it, marked lines cleaned into texts of their own), asked the
// questions the lines raise and the words of ask besides.
func checkPrintedOfSource(t *testing.T, src string, ask []string) {
	t.Helper()
	lines, _ := newFileScratch().readLines(src)
	q := questions(lines)
	for _, w := range ask {
		q.add(strings.ToLower(w))
	}
	if len(q.index) == 0 {
		return
	}
	want := printedOfSpec(lines, &q)
	q.printed = make([]bool, len(q.index))
	printedOf(lines, "", &q)
	byWords := append([]bool(nil), q.printed...)
	q.printed = make([]bool, len(q.index))
	printedOf(lines, src, &q)
	for w, k := range q.index {
		if q.printed[k] != want[w] || byWords[k] != want[w] {
			t.Fatalf("printedOf says %q is printed: %v with the text, %v word by word, the look-up of every word says %v (text %q)", w, q.printed[k], byWords[k], want[w], src)
		}
	}
}

// askable are the words of s that printedOf's search may be asked, two
// letters long at least, every step-th of them, no more than max.
func askable(s string, step, max int) []string {
	var ask []string
	n := 0
	eachWord([]line{{t: text{s: s}}}, func(w string) {
		if n++; n%step == 0 && len(w) >= 2 && len(ask) < max {
			ask = append(ask, w)
		}
	})
	return ask
}

// TestPrintedOfSearchOnCorpora holds the search to the word-by-word
// reading on every file of the corpora, asked the questions its lines
// raise, and again with a few of its words (up to maxPairs first pairs,
// beyond which it reads word by word) and words it does not print.
func TestPrintedOfSearchOnCorpora(t *testing.T) {
	sources := corpusSourcesOrSkip(t)
	searched := 0
	for i, src := range sources {
		checkPrintedOfSource(t, src, nil)
		ask := askable(src, 97+i%13, 3)
		ask = append(ask, "soviet", "re-establish", "Zz")
		checkPrintedOfSource(t, src, ask)
		searched++
	}
	t.Logf("%d files", searched)
}

// brokenText draws a text of lines that break words at their ends in
// every case form, and print them whole or hyphenated, in any case, at
// either end of a line, inside another word, behind marks that cleaning
// drops, beside "\r"s and bytes outside ASCII.
func brokenText(rng *rand.Rand) string {
	pieces := []string{"so", "So", "SO", "sO", "viet", "Viet", "VIET", "vIeT", "-", "-", "- ", " ", " ", ",", ".", "\n", "\n", "\n\n", "\r", "é", "*", "**", "_", "#", "1", "x", "ab", "AB-", "-ab"}
	var sb strings.Builder
	for k := rng.Intn(40); k >= 0; k-- {
		sb.WriteString(pieces[rng.Intn(len(pieces))])
	}
	return sb.String()
}

// TestPrintedOfSearchGenerated holds the search to the word-by-word
// reading on drawn texts with broken words.
func TestPrintedOfSearchGenerated(t *testing.T) {
	rng := rand.New(rand.NewSource(15))
	for n := 0; n < 30000; n++ {
		var ask []string
		for k := rng.Intn(3); k > 0; k-- {
			ask = append(ask, []string{"soviet", "so-viet", "ab", "ab-ab", "viet", "sos", "vv"}[rng.Intn(7)])
		}
		checkPrintedOfSource(t, brokenText(rng), ask)
	}
}

// FuzzPrintedOfSearchAsWords holds the search to the word-by-word
// reading on any text, asked its questions and the words of ask.
func FuzzPrintedOfSearchAsWords(f *testing.F) {
	f.Add("the So-\nviet Union, the Soviet people\n", "")
	f.Add("troop-\ncontributing and TROOP-CONTRIBUTING\r\n", "ab cd")
	f.Add("**re-**\nestablish\n\nre-establish\n", "reestablish")
	f.Fuzz(func(t *testing.T, src, ask string) {
		checkPrintedOfSource(t, src, strings.Fields(ask))
	})
}
