package ontology

import (
	"strings"
	"unicode"
)

// NormaliseSymbol writes a UN document symbol as sckg mints IRIs from it:
// without white space or trailing punctuation, so that "S/RES/2531
// (2020)" and "S/RES/2531(2020)" name one document. The extractors and
// the queries (for what users type) share it.
func NormaliseSymbol(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
	return strings.TrimRight(s, ".,;:")
}

// ResolutionSymbol is the symbol of Security Council resolution num
// (year), or of General Assembly resolution num (session) when the year
// is a session in Roman numerals: "1514 (XV)".
func ResolutionSymbol(num, year string) string {
	organ := "S"
	if strings.TrimLeft(year, "0123456789") != "" {
		organ = "A"
	}
	return organ + "/RES/" + strings.TrimLeft(num, "0") + "(" + year + ")"
}
