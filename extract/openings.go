package extract

import (
	"strings"
	"unicode/utf8"
)

// The openings of paragraphs and items, read by hand. Each is asked of
// every line or block of a file, several times (whether a line carries on
// the one before it, whether a block is a paragraph and of which kind), and
// a regular expression that fails on a long paragraph still costs Go's
// matcher state sized by it (issue 13). Each reader gives the answer of the
// pattern in its comment, the spec that openings_test.go holds it to, on
// every line of the corpora and on inputs made to trip it.

// lineTest is a test of a line or block that keeps the method of the
// regular expression it replaced, so that its callers read the same.
type lineTest func(string) bool

func (t lineTest) MatchString(s string) bool { return t(s) }

// preambleRE opens the body of a Council decision:
//
//	^"?(?:(?:The Security Council|THE SECURITY COUNCIL)\s*,?|(?:Le Conseil de sécurité|安全理事会)[,，])$
//
// The volumes sometimes drop the comma after "The Security Council"; a
// heading "安全理事会" (the Council's name in a masthead) is no preamble.
var preambleRE = lineTest(isPreamble)

func isPreamble(s string) bool {
	// The first byte of each form, or a quotation mark before it, told
	// here, where a caller that calls isPreamble itself (blockSpans, on
	// every text line) has it inlined: most lines open with none.
	if s == "" || !preambleFirst[s[0]] {
		return false
	}
	return isPreambleForm(s)
}

// preambleFirst are the bytes a line that isPreamble holds opens with.
var preambleFirst = [256]bool{'"': true, 'T': true, 'L': true, 0xE5: true} // 0xE5: the first byte of "安"

// isPreambleForm is isPreamble past its test of the first byte.
func isPreambleForm(s string) bool {
	s = strings.TrimPrefix(s, `"`)
	if s == "" || s[0] != 'T' && s[0] != 'L' && s[0] != "安"[0] {
		return false // the first byte of no form: most lines and blocks
	}
	for _, name := range []string{"The Security Council", "THE SECURITY COUNCIL"} {
		if rest, ok := strings.CutPrefix(s, name); ok {
			rest = strings.TrimLeft(rest, "\t\n\f\r ")
			return rest == "" || rest == ","
		}
	}
	for _, name := range []string{"Le Conseil de sécurité", "安全理事会"} {
		if rest, ok := strings.CutPrefix(s, name); ok {
			return rest == "," || rest == "，"
		}
	}
	return false
}

// operativeMark reads the number that opens an operative paragraph,
//
//	^"?(\d{1,3})\.\s+\S
//
// and returns it and the length of the match: the mark and the first
// character of the text after it.
func operativeMark(s string) (number string, size int, ok bool) {
	i := 0
	if strings.HasPrefix(s, `"`) {
		i = 1
	}
	digits := i
	for digits < len(s) && isDigit(s[digits]) {
		digits++
	}
	if n := digits - i; n < 1 || n > 3 || digits == len(s) || s[digits] != '.' {
		return "", 0, false
	}
	text := skipRESpace(s, digits+1)
	if text == digits+1 || text == len(s) {
		return "", 0, false
	}
	return s[i:digits], text + runeSize(s[text:]), true
}

// subItemLabel reads the label that opens a sub-item,
//
//	^"?\(([a-z]{1,2}|[ivxl]{1,6})\)\s
//
// and returns it and the length of the match.
func subItemLabel(s string) (label string, size int, ok bool) {
	i := 0
	if strings.HasPrefix(s, `"`) {
		i = 1
	}
	if i == len(s) || s[i] != '(' {
		return "", 0, false
	}
	end := i + 1
	for end < len(s) && s[end] >= 'a' && s[end] <= 'z' {
		end++
	}
	label = s[i+1 : end]
	letters := len(label) >= 1 && len(label) <= 2
	roman := len(label) >= 1 && len(label) <= 6 && strings.Trim(label, "ivxl") == ""
	if !letters && !roman {
		return "", 0, false
	}
	if end+1 >= len(s) || s[end] != ')' || !isRESpace(s[end+1]) {
		return "", 0, false
	}
	return label, end + 2, true
}

func opensOperative(s string) bool { _, _, ok := operativeMark(s); return ok }

func opensSubItem(s string) bool { _, _, ok := subItemLabel(s); return ok }

// decisionVerb reads the verb that opens an operative paragraph that
// prints no number, perhaps after adverbs: the group of
//
//	^"?(?:(?:[A-Z][a-z]+ly|Also|Further|Again|Once again|Hereby|Accordingly|Therefore),?\s+)?(?:[a-z]+ly\s+)?([A-Za-z][a-z]+s)\b
//
// The pattern is tried as Go's matcher tries it: with the first adverb,
// then without.
func decisionVerb(s string) (string, bool) {
	s = strings.TrimPrefix(s, `"`)
	if adverb := capitalAdverb(s, decisionAdverbs); adverb > 0 {
		i := adverb
		if i < len(s) && s[i] == ',' && i+1 < len(s) && isRESpace(s[i+1]) {
			i++
		}
		if j := skipRESpace(s, i); j > i {
			if verb, ok := verbAfterAdverb(s, j); ok {
				return verb, true
			}
		}
	}
	return verbAfterAdverb(s, 0)
}

// decisionAdverbs are the words besides "…ly" that may stand before a
// decision verb.
var decisionAdverbs = []string{"Also", "Further", "Again", "Once again", "Hereby", "Accordingly", "Therefore"}

// verbAfterAdverb reads (?:[a-z]+ly\s+)?([A-Za-z][a-z]+s)\b at s[i:].
func verbAfterAdverb(s string, i int) (string, bool) {
	if j := lowerAdverb(s, i); j > 0 {
		if verb, ok := verbAt(s, j); ok {
			return verb, true
		}
	}
	return verbAt(s, i)
}

// verbAt reads [A-Za-z][a-z]+s\b at s[i:]. Its end is where the small
// letters end, for no \b falls between two of them.
func verbAt(s string, i int) (string, bool) {
	if i >= len(s) || !isASCIILetter(s[i]) {
		return "", false
	}
	end := lowerRun(s, i+1)
	if end-(i+1) < 2 || s[end-1] != 's' || !wordEndsAt(s, end) {
		return "", false
	}
	return s[i:end], true
}

// leadMatch returns the words that open a preambular paragraph, as
//
//	^(?:(?:And\s+)?(?:(?:[A-Z][a-z]+ly|Also|Further|Again|Once again|In particular)\s+)+(?:[a-z]+ly\s+)?(?:[a-z]+(?:-[a-z]+)?(?:ing|ed)|supportive|aware|mindful|conscious)|(?:Mindful|Conscious|Cognizant|Cognisant|Aware|Desirous|Anxious|Indignant|Whereas|In virtue of|Fully aware|Keenly aware)|[A-Z][a-z]+(?:-[a-z]+)?ing|[A-Z][a-z]+ed)\b(?:\s+(?:note|into account|in mind|also|further)\b)?
//
// finds them, or "": a participle, perhaps after adverbs ("Strongly
// condemning", "Taking note"), an adjective or past participle
// ("Mindful", "Deeply concerned", "Convinced"), or, in the early volumes,
// "Whereas". The four ways are tried in the pattern's order; the first
// that ends at a word boundary is the match.
func leadMatch(s string) string {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		// Each way opens with a capital ("And", an adverb, a word of
		// leadWordsAlone, a participle): most lines and blocks open with
		// none.
		return ""
	}
	end := leadAfterAdverbs(s)
	if end < 0 {
		end = literalAt(s, 0, leadWordsAlone)
	}
	if end < 0 && s != "" && s[0] >= 'A' && s[0] <= 'Z' {
		end = participleAt(s, 1, []string{"ing"}, true)
		if end < 0 {
			end = participleAt(s, 1, []string{"ed"}, false)
		}
	}
	if end < 0 {
		return ""
	}
	// (?:\s+(?:note|into account|in mind|also|further)\b)?
	if i := skipRESpace(s, end); i > end {
		if e := literalAt(s, i, leadTails); e > 0 {
			end = e
		}
	}
	return s[:end]
}

var (
	leadAdverbs    = []string{"Also", "Further", "Again", "Once again", "In particular"}
	leadAdjectives = []string{"supportive", "aware", "mindful", "conscious"}
	leadWordsAlone = []string{"Mindful", "Conscious", "Cognizant", "Cognisant", "Aware", "Desirous", "Anxious", "Indignant", "Whereas", "In virtue of", "Fully aware", "Keenly aware"}
	leadTails      = []string{"note", "into account", "in mind", "also", "further"}
)

// leadAfterAdverbs reads the first way of leadMatch,
//
//	(?:And\s+)?(?:(?:[A-Z][a-z]+ly|Also|…|In particular)\s+)+(?:[a-z]+ly\s+)?(?:[a-z]+(?:-[a-z]+)?(?:ing|ed)|supportive|aware|mindful|conscious)\b
//
// and returns where it ends, or -1. Each adverb opens with a capital, and
// what follows them with a small letter: only taking every adverb there
// is can lead on to a match, and "And" only when white space follows it.
func leadAfterAdverbs(s string) int {
	i := 0
	if strings.HasPrefix(s, "And") {
		if j := skipRESpace(s, 3); j > 3 {
			i = j
		}
	}
	adverbs := 0
	for {
		n := capitalAdverb(s[i:], leadAdverbs)
		if n <= 0 {
			break
		}
		j := skipRESpace(s, i+n)
		if j == i+n {
			break
		}
		i, adverbs = j, adverbs+1
	}
	if adverbs == 0 {
		return -1
	}
	if j := lowerAdverb(s, i); j > 0 {
		if end := leadWordAt(s, j); end > 0 {
			return end
		}
	}
	return leadWordAt(s, i)
}

// leadWordAt reads [a-z]+(?:-[a-z]+)?(?:ing|ed)|supportive|aware|mindful|conscious
// followed by \b at s[i:], and returns where it ends, or -1.
func leadWordAt(s string, i int) int {
	if i < len(s) && s[i] >= 'a' && s[i] <= 'z' {
		if end := participleAt(s, i, []string{"ing", "ed"}, true); end > 0 {
			return end
		}
	}
	return literalAt(s, i, leadAdjectives)
}

// participleAt reads [a-z]+(?:-[a-z]+)?(?:suffix) followed by \b at
// s[i:], the hyphened part only when hyphen is set, and returns where it
// ends, or -1. A \b falls between no two small letters, so the match ends
// where a run of them does: the run after the hyphen, tried first, or the
// first.
func participleAt(s string, i int, suffixes []string, hyphen bool) int {
	first := lowerRun(s, i)
	if first == i {
		return -1
	}
	if hyphen && first < len(s) && s[first] == '-' {
		second := lowerRun(s, first+1)
		if second > first+1 && endsWithSuffix(s[first+1:second], suffixes) && wordEndsAt(s, second) {
			return second
		}
	}
	if endsWithSuffix(s[i:first], suffixes) && wordEndsAt(s, first) {
		return first
	}
	return -1
}

// endsWithSuffix reports whether word is one or more letters followed by
// one of the suffixes.
func endsWithSuffix(word string, suffixes []string) bool {
	for _, suffix := range suffixes {
		if len(word) > len(suffix) && strings.HasSuffix(word, suffix) {
			return true
		}
	}
	return false
}

// capitalAdverb reads, at the start of s, [A-Z][a-z]+ly or one of words,
// as the adverb of a pattern that white space or a comma must follow, and
// returns its length, or 0. Only one of them can be followed so.
func capitalAdverb(s string, words []string) int {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return 0
	}
	if end := lowerRun(s, 1); end-1 >= 3 && strings.HasSuffix(s[:end], "ly") {
		return end
	}
	for _, w := range words {
		if w[0] == s[0] && len(s) >= len(w) && s[:len(w)] == w {
			return len(w)
		}
	}
	return 0
}

// lowerAdverb reads [a-z]+ly\s+ at s[i:] and returns where it ends, or 0.
func lowerAdverb(s string, i int) int {
	end := lowerRun(s, i)
	if end-i < 3 || s[end-2:end] != "ly" {
		return 0
	}
	if j := skipRESpace(s, end); j > end {
		return j
	}
	return 0
}

// literalAt returns where the first of words that stands at s[i:] and
// ends at a word boundary ends, or -1. A word whose first byte is not
// s[i] is passed over before its bytes are compared: literalAt is asked
// of most blocks, and at most one or two of a list open alike.
func literalAt(s string, i int, words []string) int {
	if i >= len(s) {
		return -1
	}
	c, rest := s[i], s[i:]
	for _, w := range words {
		if w[0] == c && len(rest) >= len(w) && rest[:len(w)] == w && wordEndsAt(s, i+len(w)) {
			return i + len(w)
		}
	}
	return -1
}

// lowerRun returns where the run of small ASCII letters at s[i:] ends.
func lowerRun(s string, i int) int {
	for i < len(s) && s[i] >= 'a' && s[i] <= 'z' {
		i++
	}
	return i
}

// isRESpace is \s of Go's regular expressions: it leaves out \v.
func isRESpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// skipRESpace returns where the run of \s at s[i:] ends.
func skipRESpace(s string, i int) int {
	for i < len(s) && isRESpace(s[i]) {
		i++
	}
	return i
}

// wordEndsAt is \b at s[i] when a word byte stands before it: the end of
// s or a byte that is no word byte (isWordBoundary tests both sides).
func wordEndsAt(s string, i int) bool { return i == len(s) || !isWordByte(s[i]) }

// wordStartsAt is \b at s[i] when a word byte stands after it: the start
// of s or a byte before that is no word byte.
func wordStartsAt(s string, i int) bool { return i == 0 || !isWordByte(s[i-1]) }

// runeSize is the size of the character that opens s, as Go's matcher
// reads it: an invalid byte is a character of its own.
func runeSize(s string) int {
	if s[0] < 0x80 {
		return 1
	}
	_, n := utf8.DecodeRuneInString(s)
	return n
}
