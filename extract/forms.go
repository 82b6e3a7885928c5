package extract

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// This file holds the printed forms by which a resolution names itself and
// its adoption, in the layouts of eight decades:
//
//	Resolution 678 (1990)                      the printed volumes, 1974-1992
//	of 29 November 1990
//
//	RESOLUTION 894 (1994)                      the provisional texts, 1992-
//	Adopted by the Security Council at its 3329th meeting,
//	on 14 January 1994
//
//	9 (1946). Resolution of 15 October 1946    the printed volumes, 1946-1973
//	[S/1234]
//
// and the closing adoption line ("Adopted at the 2963rd meeting by 12 votes
// to 2 (Cuba and Yemen), with 1 abstention (China).") with its footnotes.
// Each form is read by shape, tolerant of the OCR residue of the volumes
// ("Apri] 1989", "3116rd_ meeting", "vate").

var (
	// titleLineRE recognises a line that opens with a resolution's title,
	// in either order of number and word (isTitleLine).
	titleLineRE = lineTest(isTitleLine)
	// "of 29 November 1990" or "29 November 1990" alone: the date line
	// under a title (isDateLine).
	dateLineRE = lineTest(isDateLine)
	// "[S/1234]", "(S/1234, I]": the document a resolution was adopted
	// from, printed under its title in the early volumes.
	bracketSymbolRE = anchored(`^[\[(]\s*(S/[^\])]*)[\])]$`)
	// A heading in capitals that names the agenda item above a title
	// ("MILITARY STAFF COMMITTEE", "THE SITUATION IN CYPRUS").
	agendaHeadingRE = anchored(`^[A-Z][A-Z'’ ,.()-]{6,}$`)
	// "Adopted …": the line that records how a text was adopted, at its
	// foot in the volumes, under the title in the provisional texts.
	// OCR writes "Adapted", and the volumes "Approved" for a decision the
	// Council did not vote on.
	adoptionStartRE = lineTest(isAdoptionStart)
)

// mayBeTitleLine reports whether titleLineRE may match s, by how each of
// its ways must open: with "Resolution", with the Council's name, or with
// a number of at most four figures and a bracket.
func mayBeTitleLine(s string) bool {
	switch {
	case s == "":
		return false
	case isDigit(s[0]):
		i := 0
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		i = skipRESpace(s, i)
		return i < len(s) && s[i] == '('
	}
	for _, opening := range []string{"Resolution", "RESOLUTION", "Security Council", "SECURITY COUNCIL", "UN", "United Nations"} {
		if strings.HasPrefix(s, opening) {
			return true
		}
	}
	return false
}

// isDateLine reads a date line by hand, as
//
//	^(?:of\s+|on\s+|adopted\s+on\s+)?\d{1,2}\s*[A-Za-z\]\[|]{3,10}\.?,?\s+\d{4}\.?$
//
// matches: every line that opens with a figure, "of" or "adopted" would
// run the pattern (openings_test.go holds it to it). Each part can match in
// one way only: the figures, letters and white space each run as far as
// they go, for what follows each cannot be one of them.
func isDateLine(s string) bool {
	if s == "" || !endsAsDate(s) {
		return false
	}
	i := 0
	for _, prefix := range []string{"of", "on", "adopted"} {
		if strings.HasPrefix(s, prefix) {
			i = skipRESpace(s, len(prefix))
			if i == len(prefix) {
				return false
			}
			if prefix == "adopted" {
				if !strings.HasPrefix(s[i:], "on") {
					return false
				}
				if i = skipRESpace(s, i+2); !isRESpace(s[i-1]) {
					return false
				}
			}
			break
		}
	}
	day := digitRun(s, i)
	if day-i < 1 || day-i > 2 {
		return false
	}
	month := skipRESpace(s, day)
	end := month
	for end < len(s) && isMonthByte(s[end]) {
		end++
	}
	if end-month < 3 || end-month > 10 {
		return false
	}
	i = end
	if i < len(s) && s[i] == '.' {
		i++
	}
	if i < len(s) && s[i] == ',' {
		i++
	}
	year := skipRESpace(s, i)
	if year == i || digitRun(s, year)-year != 4 {
		return false
	}
	rest := s[year+4:]
	return rest == "" || rest == "."
}

// isMonthByte is a byte of a month's name as OCR may print it.
func isMonthByte(c byte) bool { return isASCIILetter(c) || c == ']' || c == '[' || c == '|' }

// digitRun returns where the run of figures at s[i:] ends.
func digitRun(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

// digitsBefore is where the figures that end s[:n] start: n if none do.
func digitsBefore(s string, n int) int {
	for n > 0 && isDigit(s[n-1]) {
		n--
	}
	return n
}

// isAdoptionStart reads the opening of an adoption line by hand, as
//
//	^(?:Adopted|ADOPTED|Adapted|Adoptcd|Approved)\s+(?:unanimously|without|at|by|on)\b|^(?:Adopted|ADOPTED)$
//
// matches, or with "Adopted", "unanimously" or the "at" before "the" as
// OCR misread a letter of them ("Adopled at …", "Adopted unanimousiy at
// …", "Adopted al the …"; adoptionWordAfter, misreadAdopted).
func isAdoptionStart(s string) bool {
	if s == "" || s[0] != 'A' {
		return false // every verb opens with an A; most blocks do not
	}
	if s == "Adopted" || s == "ADOPTED" {
		return true
	}
	for _, verb := range []string{"Adopted", "ADOPTED", "Adapted", "Adoptcd", "Approved"} {
		if strings.HasPrefix(s, verb) {
			return adoptionWordAfter(s, len(verb))
		}
	}
	return misreadAdopted(s) && adoptionWordAfter(s, len("Adopted"))
}

// adoptionWordAfter reports whether spaces and a word an adoption line
// says after its verb follow s[:n]: "unanimously", "without", "at", "by",
// "on"; "unanimously" with a letter misread (misreadUnanimouslyAt),
// "without" with one (misreadVoteWord: "Adopted witbout a vote"); or
// "at" with its "t" misread before "the" ("Adopted al the 30th meeting",
// "ai the").
func adoptionWordAfter(s string, n int) bool {
	i := skipRESpace(s, n)
	if i == n {
		return false
	}
	if literalAt(s, i, []string{"unanimously", "without", "at", "by", "on"}) > 0 || misreadUnanimouslyAt(s, i) > 0 || misreadVoteWord(s[i:wordBytesEnd(s, i)]) == "without" {
		return true
	}
	if brokenAdoptionWord(s, i) {
		return true
	}
	if i+2 >= len(s) || s[i] != 'a' || strings.IndexByte("lifI", s[i+1]) < 0 {
		return false
	}
	j := skipRESpace(s, i+2)
	return j > i+2 && strings.HasPrefix(s[j:], "the") && wordEndsAt(s, j+len("the"))
}

// misreadAdopted reports whether s opens with "Adopted" as OCR misread one
// letter of it after its A ("Adopled", "Adoptcd", "Adapted"): seven
// bytes, all but one of them the word's, that one a printable ASCII byte
// and no space.
func misreadAdopted(s string) bool {
	const w = "Adopted"
	return len(s) >= len(w) && printableMisreads(s, w, 1, len(w), false) == 1
}

// councilPrefix is the name a title may open with: "Security Council
// Resolution 1441 (2002)", "UNITED NATIONS SECURITY COUNCIL RESOLUTION …".
const councilPrefix = `(?:(?:United Nations|UNITED NATIONS|UN)\s+)?(?:Security Council|SECURITY COUNCIL)\s+`

// monthPrefixes know a month by its first three letters, which survive the
// OCR errors of the volumes ("Apri]", "Sept.").
var monthPrefixes = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

func dateOf(day, month, year string) string {
	dd, _ := strconv.Atoi(day)
	// The month is ASCII (the class of firstPrintedDate's month): lowered byte by byte,
	// on the stack.
	lower := [3]byte{lowerByte(month[0]), lowerByte(month[1]), lowerByte(month[2])}
	mm, ok := monthPrefixes[string(lower[:])]
	y, _ := strconv.Atoi(year)
	if !ok || dd < 1 || dd > 31 || y < 1945 || y > 2100 {
		return ""
	}
	// "%04d-%02d-%02d", without fmt's cost: the year has four figures.
	b := make([]byte, 0, len("2006-01-02"))
	b = strconv.AppendInt(b, int64(y), 10)
	b = append(b, '-', byte('0'+mm/10), byte('0'+mm%10), '-', byte('0'+dd/10), byte('0'+dd%10))
	return string(b)
}

// firstPrintedDate finds the first date printed in s, as the volumes
// print it with OCR errors in the month allowed, as the pattern
// (\d{1,2})\s*([A-Za-z\]\[|]{3,10})\.?,?\s+(\d{4}) (printedDateSpec, in
// the reference tests) finds it with FindStringSubmatchIndex, by hand:
// every title read looks for one, and the pattern costs a microsecond
// and an allocation.
// The pattern leaves no choice to go back on: the day is two figures
// when it can be (one, followed by a figure, cannot be followed by a
// month), the month is the whole run of its letters (a shorter run is
// followed by a letter, where a stop, comma or space must come), and the
// spaces are all the spaces (a figure or letter must follow). So the
// first byte from which the one way to read on succeeds opens the match.
func firstPrintedDate(s string) (dm [8]int, ok bool) {
	for p := 0; p < len(s); p++ {
		if !isDigit(s[p]) {
			continue
		}
		day := p + 1
		if day < len(s) && isDigit(s[day]) {
			day++
		}
		month := skipRESpace(s, day)
		monthEnd := month
		for monthEnd < len(s) && monthEnd-month <= 10 && isMonthByte(s[monthEnd]) {
			monthEnd++
		}
		if n := monthEnd - month; n < 3 || n > 10 {
			continue
		}
		i := monthEnd
		if i < len(s) && s[i] == '.' {
			i++
		}
		if i < len(s) && s[i] == ',' {
			i++
		}
		year := skipRESpace(s, i)
		if year == i || year+4 > len(s) || !allDigits(s[year:year+4]) {
			continue
		}
		return [8]int{p, year + 4, p, day, month, monthEnd, year, year + 4}, true
	}
	return dm, false
}

// titleForm is what a resolution's title says of it.
type titleForm struct {
	number, year string
	date         string // the date printed with the title: the adoption date
	draft        string // a symbol printed in brackets under the title
	printed      string // the number and year as printed: "678 (1990)"
}

// readTitle reads a title block in any of the forms above, or reports
// false. The rest of the block must be a date or a bracketed symbol: a
// sentence that starts "Resolution 242 (1967) …" is no title.
func readTitle(s string) (titleForm, bool) {
	s = collapseSpace(s)
	number, year, rest, ok := modernTitle(s)
	if !ok {
		if number, year, rest, ok = volumeTitle(s); !ok {
			return titleForm{}, false
		}
	}
	t := titleForm{number: strings.TrimLeft(number, "0"), year: year, printed: printedNumberAndYear(s, number, year)}
	if i := indexOpenBracket(rest); i >= 0 {
		if sm := bracketSymbolRE.FindStringSubmatch(strings.TrimSpace(rest[i:])); sm != nil {
			t.draft = draftSymbol(sm[1])
		}
		rest = strings.TrimSpace(rest[:i])
	}
	if rest != "" {
		// "of 29 November 1990", "Resolution of 4 April 1946", "adopted on
		// …": anything else means the line was a sentence, not a title.
		date, ok := titleDate(rest)
		if !ok {
			// "of I7 May 1946", "of 29 November 199O": OCR's letters for
			// figures, read back; the date they make is the title's only
			// when it is of the title's year.
			read, changed := figureLookalikesRead(rest)
			if !changed {
				read, changed = lookalikeDayRead(rest)
			}
			if changed {
				if date, ok = titleDate(read); !strings.HasPrefix(date, year) {
					date = ""
				}
			}
		}
		if !ok {
			return titleForm{}, false
		}
		t.date = date
	}
	return t, true
}

// lookalikeDayRead reads a title's date whose day OCR printed as
// letters alone, "of I August 1947", "of l5 May": a word of one or two
// look-alikes of figures right before a month's name is its day (in a
// title, after "of", no word of English stands so). It returns rest
// with the day's figures, and whether there was such a day.
func lookalikeDayRead(rest string) (string, bool) {
	words := strings.Fields(rest)
	for k := 0; k+1 < len(words); k++ {
		w := words[k]
		if len(w) > 2 || months[words[k+1]] == 0 {
			continue
		}
		day := []byte(w)
		for i, c := range day {
			if f := figureLookalike(c); f != 0 {
				day[i] = f
			} else if !isDigit(c) {
				return rest, false
			}
		}
		words[k] = string(day)
		return strings.Join(words, " "), true
	}
	return rest, false
}

// titleDate reads the rest of a title after its number and year as the
// date printed with it: the date ("" where the day or month is none),
// and whether the rest is a date and the words that may open one.
func titleDate(rest string) (string, bool) {
	dm, ok := firstPrintedDate(rest)
	if !ok || !onlyDateWords(rest[:dm[0]]) || len(strings.TrimSpace(rest[dm[1]:])) > 4 {
		return "", false
	}
	return dateOf(rest[dm[2]:dm[3]], rest[dm[4]:dm[5]], rest[dm[6]:dm[7]]), true
}

// figureLookalikesRead is s with the letters OCR printed for figures read
// back as figures, in each run of figures and such letters that holds a
// figure and stands apart from other letters ("I7", "199O", "1S"; not the
// "O" of "Oct", the "o" of "of"), and whether any was read.
func figureLookalikesRead(s string) (string, bool) {
	var b []byte
	for i := 0; i < len(s); {
		if !isDigit(s[i]) && figureLookalike(s[i]) == 0 {
			i++
			continue
		}
		j, digits := i, 0
		for j < len(s) && (isDigit(s[j]) || figureLookalike(s[j]) != 0) {
			if isDigit(s[j]) {
				digits++
			}
			j++
		}
		apart := (i == 0 || !isASCIILetter(s[i-1])) && (j == len(s) || !isASCIILetter(s[j]))
		if digits > 0 && digits < j-i && apart {
			if b == nil {
				b = []byte(s)
			}
			for k := i; k < j; k++ {
				if c := figureLookalike(s[k]); c != 0 {
					b[k] = c
				}
			}
		}
		i = j
	}
	if b == nil {
		return s, false
	}
	return string(b), true
}

// indexOpenBracket is strings.IndexAny(s, "[("): the first byte of s that
// is either, as no byte of a character outside ASCII is. IndexAny read
// every title's rest a rune at a time, looking each up in its set by a
// call (a third of readTitle's time in BenchmarkDev's profile).
func indexOpenBracket(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == '[' || s[i] == '(' {
			return i
		}
	}
	return -1
}

// printedNumberAndYear is number + " (" + year + ")", sliced from s where
// s prints it so, as most titles do ("Resolution 678 (1990)"): a title
// then costs no string made for it.
func printedNumberAndYear(s, number, year string) string {
	n := len(number) + len(" (") + len(year) + len(")")
	for at := 0; at+n <= len(s); {
		i := strings.Index(s[at:], number)
		if i < 0 || at+i+n > len(s) {
			break
		}
		i += at
		rest := s[i+len(number) : i+n]
		if rest[0] == ' ' && rest[1] == '(' && rest[2:2+len(year)] == year && rest[n-len(number)-1] == ')' {
			return s[i : i+n]
		}
		at = i + 1
	}
	return number + " (" + year + ")"
}

// collapseSpace is strings.Join(strings.Fields(s), " "): s itself, with
// no copy, when it is ASCII spaced by single spaces, as most titles are.
func collapseSpace(s string) string {
	if s != "" && s[0] != ' ' && s[len(s)-1] != ' ' {
		i := 0
		for i < len(s) && s[i] < utf8.RuneSelf && (s[i] > ' ' || s[i] == ' ' && s[i+1] != ' ') {
			i++
		}
		if i == len(s) {
			return s
		}
	}
	return strings.Join(strings.Fields(s), " ")
}

func onlyDateWords(s string) bool {
	if !isASCII(s) {
		return onlyDateWordsLowered(s)
	}
	// In ASCII, lowering is byte by byte and white space is asciiSpace:
	// the words are compared where they stand, with no copy.
	for i := 0; i < len(s); {
		for i < len(s) && asciiSpace[s[i]] {
			i++
		}
		j := i
		for j < len(s) && !asciiSpace[s[j]] {
			j++
		}
		if w := s[i:j]; w != "" && !lowersTo(w, "of") && !lowersTo(w, "adopted") && !lowersTo(w, "on") && !lowersTo(w, "resolution") {
			return false
		}
		i = j
	}
	return true
}

// lowersTo reports whether w, in ASCII, is x in lower case.
func lowersTo(w, x string) bool {
	if len(w) != len(x) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if lowerByte(w[k]) != x[k] {
			return false
		}
	}
	return true
}

// onlyDateWordsLowered is onlyDateWords for any text: its words lowered
// as Unicode lowers them.
func onlyDateWordsLowered(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if w != "of" && w != "adopted" && w != "on" && w != "resolution" {
			return false
		}
	}
	return true
}

// draftSymbol keeps the first symbol of a bracket ("S/1234, I" → "S/1234").
func draftSymbol(s string) string {
	s, _, _ = strings.Cut(s, ",")
	return strings.Join(strings.Fields(s), "")
}

// The titles are read by hand, as the patterns in forms_reference_test.go
// read them (and that test holds them to it): a pattern costs a
// microsecond a line, and every line that opens with "Resolution" or a
// number in brackets is looked at.

// isTitleLine reports whether s opens with a resolution's title, as
//
//	^(?:Resolution|RESOLUTION)\s+\d{1,4}\s*\(\d{4}\)
//	|^councilPrefix(?i:resolution)\s+\d{1,4}\s*\(\d{4}\)
//	|^\d{1,4}\s*\(\d{4}\)\s*[.,]\s*(?:Resolution|RESOLUTION)s?\b
//
// matches.
func isTitleLine(s string) bool {
	if i := capitalWordAt(s, 0); i > 0 {
		if _, _, _, ok := numberAndYearAt(s, spacesAfter(s, i)); ok {
			return true
		}
	}
	for _, at := range councilPrefixEnds(s) {
		if i := foldedResolutionAt(s, at); i > 0 {
			if _, _, _, ok := numberAndYearAt(s, spacesAfter(s, i)); ok {
				return true
			}
		}
	}
	_, _, _, ok := volumeHead(s)
	return ok
}

// modernTitle reads "Resolution 678 (1990) …" as
//
//	^(?:councilPrefix)?(?:Resolution|RESOLUTION|(?:Security Council|SECURITY COUNCIL) (?i:resolution))\s+(\d{1,4})\s*\((\d{4})\)\s*[.,:]?\s*(.*)$
//
// does: the number, the year and the rest of s after them.
func modernTitle(s string) (number, year, rest string, ok bool) {
	// The word that names a resolution stands at the start or after the
	// council's name; wherever a match ends it, the rest is read alike.
	starts := append(councilPrefixEnds(s), 0)
	for _, at := range starts {
		for _, end := range [2]int{capitalWordAt(s, at), councilResolutionAt(s, at)} {
			if end <= 0 {
				continue
			}
			n, y, after, ok := numberAndYearAt(s, spacesAfter(s, end))
			if !ok {
				continue
			}
			i := skipRESpace(s, after)
			if i < len(s) && (s[i] == '.' || s[i] == ',' || s[i] == ':') {
				i++
			}
			i = skipRESpace(s, i)
			if strings.IndexByte(s[i:], '\n') >= 0 {
				continue // (.*)$ cannot cross a line break
			}
			return n, y, s[i:], true
		}
	}
	return "", "", "", false
}

// volumeTitle reads "9 (1946). Resolution of 15 October 1946" as
//
//	^(\d{1,4})\s*\((\d{4})\)\s*[.,]\s*(?:Resolution|RESOLUTION)s?\b\s*(.*)$
//
// does.
func volumeTitle(s string) (number, year, rest string, ok bool) {
	number, year, after, ok := volumeHead(s)
	if !ok {
		return "", "", "", false
	}
	i := skipRESpace(s, after)
	if strings.IndexByte(s[i:], '\n') >= 0 {
		return "", "", "", false
	}
	return number, year, s[i:], true
}

// volumeHead reads the volumes' "9 (1946). Resolution" and says where
// the word ends.
func volumeHead(s string) (number, year string, end int, ok bool) {
	number, year, after, ok := numberAndYearAt(s, 0)
	if !ok {
		return "", "", 0, false
	}
	i := skipRESpace(s, after)
	if i == len(s) || s[i] != '.' && s[i] != ',' {
		return "", "", 0, false
	}
	word := capitalWordAt(s, skipRESpace(s, i+1))
	switch {
	case word < 0:
		return "", "", 0, false
	case word < len(s) && s[word] == 's' && wordEndsAt(s, word+1):
		return number, year, word + 1, true // "Resolutions"
	case wordEndsAt(s, word):
		return number, year, word, true
	}
	return "", "", 0, false
}

// capitalWordAt returns where "Resolution" or "RESOLUTION" at s[i:]
// ends, or -1.
func capitalWordAt(s string, i int) int {
	if strings.HasPrefix(s[i:], "Resolution") || strings.HasPrefix(s[i:], "RESOLUTION") {
		return i + len("Resolution")
	}
	return -1
}

// councilResolutionAt returns where "Security Council resolution" at
// s[i:], its last word in any case and one space before it, ends, or -1.
func councilResolutionAt(s string, i int) int {
	name := councilNameAt(s, i)
	if name < 0 || name == len(s) || s[name] != ' ' {
		return -1
	}
	return foldedResolutionAt(s, name+1)
}

// councilNameAt returns where "Security Council" or "SECURITY COUNCIL"
// at s[i:] ends, or -1.
func councilNameAt(s string, i int) int {
	if strings.HasPrefix(s[i:], "Security Council") || strings.HasPrefix(s[i:], "SECURITY COUNCIL") {
		return i + len("Security Council")
	}
	return -1
}

// councilPrefixEnds returns where councilPrefix,
//
//	(?:(?:United Nations|UNITED NATIONS|UN)\s+)?(?:Security Council|SECURITY COUNCIL)\s+
//
// may end when it opens s: at most one place, for none of its ways of
// matching is the start of another.
func councilPrefixEnds(s string) []int {
	at := 0
	for _, un := range []string{"United Nations", "UNITED NATIONS", "UN"} {
		if strings.HasPrefix(s, un) {
			if i := spacesAfter(s, len(un)); i > 0 {
				at = i
				break
			}
		}
	}
	if name := councilNameAt(s, at); name > 0 {
		if i := spacesAfter(s, name); i > 0 {
			return []int{i}
		}
	}
	return nil
}

// spacesAfter returns where \s+ at s[i:] ends, or -1 when none stands
// there. It passes -1 on.
func spacesAfter(s string, i int) int {
	if i < 0 {
		return -1
	}
	j := skipRESpace(s, i)
	if j == i {
		return -1
	}
	return j
}

// foldedResolutionAt returns where "resolution" in any case, (?i:resolution),
// at s[i:] ends, or -1. Its s may be the long s, "ſ", which folds to it.
func foldedResolutionAt(s string, i int) int {
	if i < 0 {
		return -1
	}
	for _, c := range []byte("resolution") {
		switch {
		case i < len(s) && s[i]|0x20 == c:
			i++
		case c == 's' && strings.HasPrefix(s[i:], "ſ"):
			i += len("ſ")
		default:
			return -1
		}
	}
	return i
}

// numberAndYearAt reads \d{1,4}\s*\((\d{4})\) at s[i:]: the number, the
// year, and where the bracket closes.
func numberAndYearAt(s string, i int) (number, year string, end int, ok bool) {
	if i < 0 {
		return "", "", 0, false
	}
	digits := digitRun(s, i)
	if n := digits - i; n < 1 || n > 4 {
		return "", "", 0, false
	}
	open := skipRESpace(s, digits)
	if open+6 > len(s) || s[open] != '(' || digitRun(s, open+1) != open+5 || s[open+5] != ')' {
		return "", "", 0, false
	}
	return s[i:digits], s[open+1 : open+5], open + 6, true
}

// isMisreadDateLine reports whether s is a date line with OCR's letters
// for figures in its day or year, "of I7 May 1946", "of 29 November
// 199O", as figureLookalikesRead reads them back: a short line that opens
// with "of" or "on" and ends with a figure or such a letter.
func isMisreadDateLine(s string) bool {
	if len(s) < len("of 1 May 1990") || len(s) > len("adopted on 30 September 1990.") || s[0] != 'o' {
		return false
	}
	last := s[len(s)-1]
	if last == '.' {
		last = s[len(s)-2]
	}
	if !isDigit(last) && figureLookalike(last) == 0 {
		return false
	}
	read, changed := figureLookalikesRead(s)
	return changed && isDateLine(read)
}

// endsAsDate reports whether s, not empty, ends as a date line must: with
// the figures of its year, perhaps and a full stop (isDateLine's pattern
// ends with \d{4}\.?$). Most lines that open as one may, with "of" or
// "a", end with a word or a comma, and are turned away here.
func endsAsDate(s string) bool {
	last := s[len(s)-1]
	return isDigit(last) || last == '.' && len(s) > 1 && isDigit(s[len(s)-2])
}

// brokenAdoptionWord reports whether s ends at s[i:] with the head of
// "unanimously" or "without" and a hyphen, the word after the verb
// broken at the line's end as a narrow column breaks it: "Adopted unani-"
// / "mously at the 1382nd meeting.", "Adopted with-" / "out a vote". The
// lines are joined into one block, its hyphen dropped, when the line
// opens one.
func brokenAdoptionWord(s string, i int) bool {
	end := wordBytesEnd(s, i)
	if end-i < 2 || end >= len(s) || s[end] != '-' || skipRESpace(s, end+1) != len(s) {
		return false
	}
	head := s[i:end]
	return strings.HasPrefix("unanimously", head) || strings.HasPrefix("without", head)
}
