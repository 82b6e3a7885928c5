package lineage

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of a paragraph: key is what comparison sees, start and
// end the bytes of the word in the paragraph's text, so that a change is
// reported as printed ("30 June 2021", with its comma and spaces).
type token struct {
	key        string
	start, end int
}

// tokens reads the words of a paragraph for comparison. Conversion noise
// must not count as a change, so the keys leave out what converters vary
// and the Council does not: case, punctuation (colon or semicolon at a
// paragraph's end, straight or curly quotes, Markdown emphasis), hyphens
// (a line-end hyphen left in "peace- keeping", "peace-keeping" and
// "peacekeeping"), thousands separators, letter-spaced words ("D e c i d
// e s"), and the paragraph's own number or label.
func tokens(text string) []token {
	return readTokens(make([]token, 0, len(text)/6), text) // about a word per six bytes of Council prose
}

// readTokens is tokens read into buf, whose room it reuses: the words of
// a text's paragraphs are read one paragraph after another into one
// buffer, and the tokens are kept only until their keys are numbered.
func readTokens(buf []token, text string) []token {
	out := buf[:0]
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWord(r) {
			i += n
			continue
		}
		start := i
		var key string
		if end, ok := plainWord(text, start); ok {
			key, i = text[start:end], end
		} else {
			key, i = word(text, start)
		}
		out = append(out, token{key: key, start: start, end: i})
	}
	out = joinSpacedLetters(text, out)
	out = dropFootnoteMarks(text, out)
	return dropLabel(text, out)
}

// plainWord returns the end of the word at start when its key is its
// text: lower-case letters and digits only, nothing after it that word
// would join to it. Most words of a paragraph are such, and their keys
// are then slices of the text, not copies.
func plainWord(text string, start int) (end int, ok bool) {
	i := start
	for i < len(text) {
		c := text[i]
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(text[i:])
			if isWord(r) && unicode.ToLower(r) == r {
				i += n
				continue
			}
		}
		break
	}
	if i == len(text) {
		return i, true
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	switch {
	case isWord(r): // a capital: word lowers it
		return 0, false
	case (r == ',' || r == '.') && unicode.IsDigit(lastRune(text[start:i])) && followedByDigits(text[i+n:]):
		return 0, false
	case isHyphen(r) && joinAfterHyphen(text, i+n) > 0:
		return 0, false
	}
	return i, true
}

// word reads the word at start: its key and where it ends.
func word(text string, start int) (key string, end int) {
	var b strings.Builder
	i := start
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case isWord(r):
			b.WriteRune(unicode.ToLower(r))
			i += n
			continue
		case (r == ',' || r == '.') && unicode.IsDigit(lastRune(b.String())) && followedByDigits(text[i+n:]):
			// 13,289 and 13289 are one number; so is 1.5
			if r == '.' {
				b.WriteRune('.')
			}
			i += n
			continue
		case isHyphen(r):
			if j := joinAfterHyphen(text, i+n); j > 0 {
				i = j
				continue
			}
		}
		break
	}
	return b.String(), i
}

// dropFootnoteMarks leaves out the footnote numbers that OCR of the
// printed volumes keeps in the text ("the report of the Secretary-General
// of 10 June 1966 4 that", "… Observer Force, 12" at a paragraph's end):
// each volume numbers its footnotes afresh, so they differ between
// renewals that say the same. A number of one to three digits right after
// a year, or ending the paragraph after a comma, is such a mark; the text
// never prints a day or a count there.
func dropFootnoteMarks(text string, ts []token) []token {
	out := ts[:0] // in place: what is kept never overtakes what is read
	var prev token
	for i, t := range ts {
		before := prev
		prev = t
		if isSmallNumber(t.key) && i > 0 {
			if isYear(before.key) || i == len(ts)-1 && strings.TrimSpace(text[before.end:t.start]) == "," {
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

func isSmallNumber(k string) bool {
	return len(k) >= 1 && len(k) <= 3 && strings.Trim(k, "0123456789") == ""
}

func isYear(k string) bool {
	return len(k) == 4 && strings.Trim(k, "0123456789") == "" && (k[:2] == "19" || k[:2] == "20")
}

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' || r == '­' }

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func followedByDigits(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

// joinAfterHyphen returns where the word goes on after a hyphen at byte
// at, or 0 when the hyphen ends the word: a letter right after it
// ("Secretary-General"), or a lower-case letter after a line break or
// spaces that a converter left ("peace-\nkeeping", "So- viet"). A dash
// between words ("Mali - the") is followed by a space and stays a break
// unless a lower-case word follows, which a dash rarely has before it in
// Council texts.
func joinAfterHyphen(text string, at int) int {
	j := at
	for j < len(text) && (text[j] == ' ' || text[j] == '\n' || text[j] == '\r') {
		j++
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	if j == at && isWord(r) || j > at && unicode.IsLower(r) {
		return j
	}
	return 0
}

// joinSpacedLetters makes one word of three or more one-letter words
// separated by single spaces: PDF text of a letter-spaced heading or lead
// word ("D e c i d e s").
func joinSpacedLetters(text string, ts []token) []token {
	out := ts[:0] // in place: each token written comes from one read at or after it
	for i := 0; i < len(ts); {
		j := i
		for j+1 < len(ts) && single(ts[j]) && single(ts[j+1]) && ts[j+1].start-ts[j].end == 1 && text[ts[j].end] == ' ' {
			j++
		}
		if j-i >= 2 && single(ts[j]) {
			var key strings.Builder
			for k := i; k <= j; k++ {
				key.WriteString(ts[k].key)
			}
			out = append(out, token{key: key.String(), start: ts[i].start, end: ts[j].end})
			i = j + 1
			continue
		}
		out = append(out, ts[i])
		i++
	}
	return out
}

func single(t token) bool {
	r, n := utf8.DecodeRuneInString(t.key)
	return n == len(t.key) && unicode.IsLetter(r)
}

// dropLabel leaves out a number or label that opens the text ("16.",
// "(a)", "(iv)"): extraction usually keeps it out already, but not every
// converter lets it, and a renumbered paragraph is not a changed one.
func dropLabel(text string, ts []token) []token {
	if len(ts) < 2 || !isLabel(ts[0].key) {
		return ts
	}
	before := strings.TrimSpace(text[:ts[0].start])
	after := text[ts[0].end:]
	if before == "(" || before == "" && (strings.HasPrefix(after, ".") || strings.HasPrefix(after, ")")) {
		return append(ts[:0], ts[1:]...) // in place, so that the buffer keeps its room
	}
	return ts
}

func isLabel(k string) bool {
	if strings.Trim(k, "0123456789") == "" {
		return true
	}
	if len(k) == 1 {
		return true
	}
	return strings.Trim(k, "ivxl") == "" && len(k) <= 4
}

// keys are the comparison keys of ts.
func keys(ts []token) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.key
	}
	return out
}
