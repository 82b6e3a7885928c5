// Package symbol owns the names of UN documents and of their paragraphs,
// as go/token owns tokens and positions: a Symbol is read from any form a
// text or a user prints ("S/RES/2531 (2020)", "resolution 2531 (2020)",
// "1514 (XV)", "s/prst/2018/10") and written in the one form sckg mints
// IRIs from ("S/RES/2531(2020)"); a ParagraphRef names a paragraph of a
// document ("op_28__a__i"). Nothing else in sckg takes a symbol or a
// paragraph id apart or puts one together by hand, so that a new form is
// learned once.
package symbol

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is the series a symbol belongs to, as far as the symbol alone tells.
type Kind uint8

// The kinds of symbol.
const (
	// KindOther is text that is no symbol sckg reads; it keeps its normalised
	// form, so that what a user typed still names something.
	KindOther Kind = iota
	// KindDocument is any other S/ or A/ document: "S/2020/476", "S/11563",
	// "S/1059/Rev.2", "S/Agenda/2185", "A/52/231", "A/S-23/10/Rev.1".
	KindDocument
	// KindResolution is a Security Council resolution: "S/RES/2531(2020)".
	KindResolution
	// KindAssemblyResolution is a General Assembly resolution:
	// "A/RES/1514(XV)", "A/RES/268B(III)", "A/RES/70/1".
	KindAssemblyResolution
	// KindPresidentialStatement: "S/PRST/2018/10".
	KindPresidentialStatement
	// KindMeetingRecord is the verbatim record of a meeting: "S/PV.8809".
	KindMeetingRecord
)

var kindNames = [...]string{"other", "document", "resolution", "assembly-resolution", "presidential-statement", "meeting-record"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// Symbol is a UN document symbol. The zero Symbol is no symbol.
type Symbol struct {
	kind    Kind
	text    string // the normalised form
	number  string
	year    string
	session string
}

// Kind is the series the symbol belongs to.
func (s Symbol) Kind() Kind { return s.kind }

// String is the normalised symbol, as IRIs are minted from it:
// "S/RES/2531(2020)", "A/RES/70/1", "S/PV.8809".
func (s Symbol) String() string { return s.text }

// IsZero reports whether s is the zero Symbol (no symbol at all).
func (s Symbol) IsZero() bool { return s.text == "" }

// Number is the document's number in its series: "2531" of
// S/RES/2531(2020), "268B" of A/RES/268B(III), "1" of A/RES/70/1, "10" of
// S/PRST/2018/10, "476" of S/2020/476, "11563" of S/11563, "8809" of
// S/PV.8809; "" for Other.
func (s Symbol) Number() string { return s.number }

// Year is the year the symbol prints, four digits: "2020" of
// S/RES/2531(2020), S/PRST/2020/5 and S/2020/476; "" when it prints none.
func (s Symbol) Year() string { return s.year }

// Session is the General Assembly session a resolution's symbol prints:
// "XV" of A/RES/1514(XV), "S-V", "70" of A/RES/70/1.
func (s Symbol) Session() string { return s.session }

// Normalise writes s without white space or trailing punctuation, as a
// symbol is normalised before it is read: "S/RES/2531 (2020)" and
// "S/RES/2531(2020)." name one document. It changes nothing else, so that
// text that is no symbol still names what the user typed.
func Normalise(s string) string {
	if !mayHoldSpace(s) {
		// The most of symbols, as sckg writes them: nothing to drop but
		// the punctuation, and no rune to decode (issue 13).
		return trimTrailingPunctuation(s)
	}
	s = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
	return trimTrailingPunctuation(s)
}

// trimTrailingPunctuation is strings.TrimRight(s, ".,;:"), which made
// its set of bytes anew on each call.
func trimTrailingPunctuation(s string) string {
	for s != "" && strings.IndexByte(".,;:", s[len(s)-1]) >= 0 {
		s = s[:len(s)-1]
	}
	return s
}

// trimPartLetters is strings.TrimRight(num, "ABCDEFGH"): the number of
// a resolution without the letters of its parts ("268B").
func trimPartLetters(num string) string {
	for num != "" && num[len(num)-1] >= 'A' && num[len(num)-1] <= 'H' {
		num = num[:len(num)-1]
	}
	return num
}

// mayHoldSpace reports whether s may hold white space: an ASCII space,
// or any byte past ASCII, where unicode.IsSpace finds more.
func mayHoldSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == ' ' || c >= '\t' && c <= '\r' || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// Resolution is the symbol of Security Council resolution num (year), or
// of General Assembly resolution num (session) when the year is a session
// in Roman numerals: "1514 (XV)", "268 B (III)". Leading zeros of the
// number are dropped ("0678" is 678).
func Resolution(num, year string) Symbol {
	if !allDigits(year) {
		return AssemblyResolution(num, year)
	}
	num = trimZeros(num)
	return Symbol{kind: KindResolution, text: resolutionText("S/RES/", num, year), number: num, year: year}
}

// AppendResolution appends the text of Resolution(num, year), as its
// String writes it, to dst: for a caller that may hold that symbol already
// and compares before it makes a string of it.
func AppendResolution(dst []byte, num, year string) []byte {
	series := "S/RES/"
	if !allDigits(year) {
		series = "A/RES/"
	}
	return appendResolutionText(dst, series, trimZeros(num), year)
}

// appendResolutionText is the one home of a resolution symbol's text:
// its series, its number (leading zeros dropped already) and its year or
// session in brackets, "S/RES/678(1990)", "A/RES/1514(XV)".
func appendResolutionText(dst []byte, series, num, year string) []byte {
	dst = append(dst, series...)
	dst = append(dst, num...)
	dst = append(dst, '(')
	dst = append(dst, year...)
	return append(dst, ')')
}

// resolutionText is appendResolutionText's text as a string, made once.
func resolutionText(series, num, year string) string {
	var room [32]byte
	return string(appendResolutionText(room[:0], series, num, year))
}

// AssemblyResolution is the symbol of General Assembly resolution num of
// a year or session in brackets: "A/RES/2625(1970)", "A/RES/1514(XV)".
func AssemblyResolution(num, yearOrSession string) Symbol {
	num = trimZeros(num)
	s := Symbol{kind: KindAssemblyResolution, text: resolutionText("A/RES/", num, yearOrSession), number: num}
	if allDigits(yearOrSession) {
		s.year = yearOrSession
	} else {
		s.session = yearOrSession
	}
	return s
}

// SessionalResolution is the symbol of General Assembly resolution num of
// session, as the Assembly numbers them since its thirty-first session:
// "A/RES/70/1", "A/RES/31/6A".
func SessionalResolution(session, num string) Symbol {
	return Symbol{kind: KindAssemblyResolution, text: "A/RES/" + session + "/" + num, number: num, session: session}
}

// Parse reads a symbol in any form it is printed or typed in: with stray
// spaces or trailing punctuation ("S / RES / 2480 ( 2019 ) ;"), in lower
// case ("s/res/2584(2021)", "s/prst/2018/10"), as a text or a user names a
// resolution ("resolution 2531 (2020)", "2531 (2020)", "Resolution 2531"
// and "2531", whose year is then unknown, "1514 (XV)" of the General
// Assembly), and every series: S/RES/…, A/RES/…, S/PRST/…, S/PV.…,
// S/2020/476, S/11563, S/1059/Rev.2, S/Agenda/2185. Text it cannot read
// comes back as Other, normalised (see Normalise); "" as the zero Symbol.
func Parse(s string) Symbol {
	n := Normalise(s)
	if n == "" {
		return Symbol{}
	}
	if sym, ok := parse(n); ok {
		return sym
	}
	// A series sckg knows, with a number it cannot read ("S/RES/70/1"):
	// the series still tells the kind of document.
	for _, p := range prefixes {
		if _, ok := cutPrefixFold(n, p.prefix); ok {
			return Symbol{kind: p.kind, text: n}
		}
	}
	return Symbol{kind: KindOther, text: n}
}

var prefixes = []struct {
	prefix string
	kind   Kind
}{{"S/RES/", KindResolution}, {"A/RES/", KindAssemblyResolution}, {"S/PRST/", KindPresidentialStatement}, {"S/PV.", KindMeetingRecord}}

func parse(n string) (Symbol, bool) {
	if rest, ok := cutPrefixFold(n, "S/RES/"); ok {
		num, bracket, ok := numberBracket(rest)
		switch {
		case !ok:
			return Symbol{}, false
		case bracket == "":
			num = trimZeros(num)
			return Symbol{kind: KindResolution, text: "S/RES/" + num, number: num}, true
		case allDigits(bracket) && strings.HasPrefix(n, "S/RES/") && trimZeros(num) == num:
			// n is rest after "S/RES/", and rest is num(bracket): the
			// symbol as printed is its normal form, which need not be
			// written again (issue 13).
			return Symbol{kind: KindResolution, text: n, number: num, year: bracket}, true
		case allDigits(bracket):
			return Resolution(num, bracket), true
		}
		// "S/RES/1514 (XV)" is printed, though the Assembly's: kept as
		// printed, a Council symbol with a session.
		num = trimZeros(num)
		return Symbol{kind: KindResolution, text: "S/RES/" + num + "(" + bracket + ")", number: num, session: bracket}, true
	}
	if rest, ok := cutPrefixFold(n, "A/RES/"); ok {
		if num, bracket, ok := numberBracket(rest); ok && bracket != "" {
			return AssemblyResolution(num, bracket), true
		}
		session, num, ok := strings.Cut(rest, "/")
		if ok && allDigits(session) && num != "" && allDigits(trimPartLetters(num)) && len(trimPartLetters(num)) > 0 {
			return SessionalResolution(session, num), true
		}
		return Symbol{}, false
	}
	if rest, ok := cutPrefixFold(n, "S/PRST/"); ok {
		year, num, ok := strings.Cut(rest, "/")
		if !ok || !isYear(year) || !allDigits(num) {
			return Symbol{}, false
		}
		return Symbol{kind: KindPresidentialStatement, text: "S/PRST/" + year + "/" + num, number: num, year: year}, true
	}
	if rest, ok := cutPrefixFold(n, "S/PV."); ok {
		if !allDigits(rest) {
			return Symbol{}, false
		}
		return Symbol{kind: KindMeetingRecord, text: "S/PV." + rest, number: rest}, true
	}
	if rest, ok := cutPrefixFold(n, "S/"); ok {
		return parseDocument(rest)
	}
	if rest, ok := cutPrefixFold(n, "A/"); ok {
		return parseAssemblyDocument(rest)
	}
	// A resolution as people name it: "resolution 2531 (2020)", "Res.
	// 2531", "2531 (2020)", "1514 (XV)", "2531".
	rest := n
	for _, w := range []string{"resolutions", "resolution", "res.", "res"} {
		if r, ok := cutPrefixFold(n, w); ok {
			rest = r
			break
		}
	}
	num, bracket, ok := numberBracket(rest)
	switch {
	case !ok || len(num) > 5:
		return Symbol{}, false
	case bracket == "":
		num = trimZeros(num)
		return Symbol{kind: KindResolution, text: "S/RES/" + num, number: num}, true
	}
	return Resolution(num, bracket), true
}

// parseDocument reads an S/ symbol of the numbered series after "S/":
// "2020/476", "2020/600/Add.1", "11563", "1059/Rev.2", "Agenda/2185".
func parseDocument(rest string) (Symbol, bool) {
	parts := strings.Split(rest, "/")
	prefix := "S/"
	if strings.EqualFold(parts[0], "Agenda") {
		prefix, parts = "S/Agenda/", parts[1:]
	}
	var year, num string
	switch {
	case len(parts) >= 2 && prefix == "S/" && isYear(parts[0]) && allDigits(parts[1]):
		year, num, parts = parts[0], parts[1], parts[2:]
		prefix += year + "/"
	case len(parts) >= 1 && allDigits(parts[0]):
		num, parts = parts[0], parts[1:]
	default:
		return Symbol{}, false
	}
	text, ok := withSuffixes(prefix+num, parts)
	return Symbol{kind: KindDocument, text: text, number: num, year: year}, ok
}

// parseAssemblyDocument reads a General Assembly document symbol after
// "A/": by session since the thirty-first ("52/231", "S-23/10/Rev.1",
// "ES-10/273"), or in the one series of the early sessions ("1234").
func parseAssemblyDocument(rest string) (Symbol, bool) {
	parts := strings.Split(rest, "/")
	var session, num string
	switch {
	case len(parts) >= 2 && isSessionNumber(parts[0]) && allDigits(parts[1]):
		session, num, parts = strings.ToUpper(parts[0]), parts[1], parts[2:]
	case len(parts) >= 1 && allDigits(parts[0]):
		num, parts = parts[0], parts[1:]
	default:
		return Symbol{}, false
	}
	text := "A/" + num
	if session != "" {
		text = "A/" + session + "/" + num
	}
	text, ok := withSuffixes(text, parts)
	return Symbol{kind: KindDocument, text: text, number: num, session: session}, ok
}

// withSuffixes writes the marks of a revision, addendum … after a
// document's symbol ("S/2020/600" and ["ADD.1"] give "S/2020/600/Add.1"),
// or reports false when a part is none.
func withSuffixes(text string, parts []string) (string, bool) {
	for _, p := range parts {
		suffix, ok := readSuffix(p)
		if !ok {
			return "", false
		}
		text += "/" + suffix
	}
	return text, true
}

// isSessionNumber is a General Assembly session as document symbols write
// it: "52", a special session "S-23", an emergency one "ES-10".
func isSessionNumber(s string) bool {
	for _, p := range []string{"S-", "ES-"} {
		if rest, ok := cutPrefixFold(s, p); ok {
			s = rest
			break
		}
	}
	return len(s) >= 1 && len(s) <= 2 && allDigits(s)
}

// suffixes are the marks of a revision, an addendum, a corrigendum, an
// amendment, written as the UN writes them.
var suffixes = []string{"Add.", "Rev.", "Corr.", "Amend."}

func readSuffix(p string) (string, bool) {
	for _, s := range suffixes {
		if rest, ok := cutPrefixFold(p, s); ok && allDigits(rest) {
			return s + rest, true
		}
	}
	return "", false
}

// numberBracket splits "2531(2020)", "268B(III)", "1514(S-V)" into the
// number and what the brackets hold, and reads "2531" as a number with an
// empty bracket.
func numberBracket(s string) (num, bracket string, ok bool) {
	num, rest, hasBracket := strings.Cut(s, "(")
	part := trimPartLetters(num)
	if part == "" || !allDigits(part) {
		return "", "", false
	}
	if !hasBracket {
		return num, "", part == num
	}
	bracket, ok = strings.CutSuffix(rest, ")")
	switch {
	case !ok:
		return "", "", false
	case isYear(bracket):
		if part != num {
			return "", "", false // Council resolutions have no parts
		}
		return num, bracket, true
	case isSession(bracket):
		return num, strings.ToUpper(bracket), true
	}
	return "", "", false
}

// isSession reports whether s is a General Assembly session in Roman
// figures: "XV", a special session "S-V", an emergency special session
// "ES-10".
func isSession(s string) bool {
	s = strings.ToUpper(s)
	if r, ok := strings.CutPrefix(s, "ES-"); ok {
		s = r
		if allDigits(s) && len(s) <= 2 {
			return true // "ES-10"
		}
	} else if r, ok := strings.CutPrefix(s, "S-"); ok {
		s = r
	}
	return s != "" && len(s) <= 6 && strings.Trim(s, "IVXL") == ""
}

func isYear(s string) bool { return len(s) == 4 && allDigits(s) }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

// trimZeros drops the leading zeros of a number ("0678" is 678), keeping
// one digit of a number that is all zeros.
func trimZeros(num string) string {
	t := strings.TrimLeft(num, "0")
	if t == "" || t[0] < '0' || t[0] > '9' {
		if num != t {
			return "0" + t
		}
	}
	return t
}
