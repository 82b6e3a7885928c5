package extract

import (
	"regexp"
	"strings"
	"unicode"
)

// symbolRE matches a UN document symbol as printed, allowing the stray
// spaces that conversion leaves inside one ("S/RES/2531 (2020)").
var symbolRE = regexp.MustCompile(`^[SA] ?/ ?(?:RES/\d{1,4} ?\(\d{4}\)|PRST/\d{4}/\d{1,3}|PV\.\d{1,5}|\d{4}/\d{1,4}(?:/(?:Add|Rev|Corr)\.\d{1,2})*)`)

// NormaliseSymbol drops white space and trailing punctuation from a symbol:
// "S/RES/2531 (2020)" and "S/RES/2531(2020)" name one document.
func NormaliseSymbol(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
	return strings.TrimRight(s, ".,;:")
}

// resolutionSymbol is the symbol of Security Council resolution num (year).
func resolutionSymbol(num, year string) string {
	return "S/RES/" + strings.TrimLeft(num, "0") + "(" + year + ")"
}

// KindOfSymbol tells what kind of document a symbol names, as far as the
// symbol alone tells.
func KindOfSymbol(sym string) Kind {
	switch {
	case strings.HasPrefix(sym, "S/RES/"):
		return KindResolution
	case strings.HasPrefix(sym, "S/PRST/"):
		return KindPresidentialStatement
	case strings.HasPrefix(sym, "S/PV."):
		return KindMeetingRecord
	}
	return KindUnknown
}
