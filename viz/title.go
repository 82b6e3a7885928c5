package viz

import (
	"strconv"
	"strings"
	"time"

	"github.com/sckg/sckg/ontology/symbol"
)

// ShortTitle is what a document's box says under its symbol. Most titles
// of resolutions say only what the symbol says and a date ("Resolution
// 660 (1990) of 2 August 1990", "660 (1990). Resolution of 2 August
// 1990", "RESOLUTION 660 (1990)"): cut to the box's width they kept the
// echo and lost the date, so such a box says the date instead ("2 August
// 1990", the day of adoption for a resolution). Any other title is kept.
// A box with neither says the kind of document, or "not in the corpus"
// for a document only cited, which the graph knows by its symbol alone.
func ShortTitle(n Node) string {
	t := strings.Join(strings.Fields(n.Title), " ")
	if t != "" && !echoesSymbol(t, n.Symbol) {
		return t
	}
	if d, ok := longDate(n.Date); ok {
		return d
	}
	if t == "" && !n.InCorpus {
		return "not in the corpus"
	}
	return kindWords(n.Kind)
}

// echoesSymbol tells whether every word of title is one the symbol
// already says (the resolution's number and year), a word of the form
// "Resolution … of …", or part of a date.
func echoesSymbol(title, sym string) bool {
	s := symbol.Parse(sym)
	for _, w := range strings.Fields(title) {
		w = strings.ToLower(strings.Trim(w, ".,;:()"))
		switch {
		case w == "" || w == s.Number() || w == s.Year():
		case w == "resolution" || w == "of" || w == "adopted" || w == "on":
		case isMonth(w) || isDay(w):
		default:
			return false
		}
	}
	return true
}

func isMonth(w string) bool {
	for m := time.January; m <= time.December; m++ {
		if w == strings.ToLower(m.String()) {
			return true
		}
	}
	return false
}

func isDay(w string) bool {
	d, err := strconv.Atoi(w)
	return err == nil && d >= 1 && d <= 31 && len(w) <= 2
}

// longDate writes an ISO date as the Council prints it: 2 August 1990.
func longDate(iso string) (string, bool) {
	d, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		return "", false
	}
	return d.Format("2 January 2006"), true
}

func kindWords(kind string) string {
	if kind == "UNDocument" {
		return "UN document"
	}
	var b strings.Builder
	for i, r := range kind {
		if i > 0 && r >= 'A' && r <= 'Z' {
			b.WriteByte(' ')
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}
