package extract

import (
	"strings"
	"unicode"
)

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

// resolutionSymbol is the symbol of Security Council resolution num
// (year), or of General Assembly resolution num (session) when the year is
// a session in Roman numerals: "1514 (XV)".
func resolutionSymbol(num, year string) string {
	organ := "S"
	if !allDigits(year) {
		organ = "A"
	}
	return organ + "/RES/" + strings.TrimLeft(num, "0") + "(" + year + ")"
}

// KindOfSymbol tells what kind of document a symbol names, as far as the
// symbol alone tells.
func KindOfSymbol(sym string) Kind {
	switch {
	case strings.HasPrefix(sym, "S/RES/"), strings.HasPrefix(sym, "A/RES/"):
		return KindResolution
	case strings.HasPrefix(sym, "S/PRST/"):
		return KindPresidentialStatement
	case strings.HasPrefix(sym, "S/PV."):
		return KindMeetingRecord
	}
	return KindUnknown
}
