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
	var r tokenReader
	r.toks = make([]token, 0, len(text)/6) // about a word per six bytes of Council prose
	return r.read(text)
}

// A tokenReader reads the words of paragraphs one after another, reusing
// its room: a text's paragraphs are read into one buffer, and the tokens
// are kept only until their keys are numbered.
type tokenReader struct {
	toks []token
	// lowered holds the keys that are not slices of the paragraph's text
	// (a capital lowered, a hyphen or a thousands separator left out),
	// one after another, until they are made one string: one allocation
	// a paragraph, where each such word ("Council", "Secretary-General")
	// was a strings.Builder's one or two.
	lowered []byte
	ends    []loweredEnd
}

// loweredEnd is where the key of token tok ends in lowered.
type loweredEnd struct{ tok, end int32 }

// read returns the tokens of text, in r's room, which the next read
// reuses.
func (r *tokenReader) read(text string) []token {
	out, lowered, ends := r.toks[:0], r.lowered[:0], r.ends[:0]
	i := 0
	for i < len(text) {
		if n := nonWordAt(text, i); n > 0 {
			i += n
			continue
		}
		start := i
		if end, ok := plainWord(text, start); ok {
			out = append(out, token{key: text[start:end], start: start, end: end})
			i = end
			continue
		}
		lowered, i = appendWordKey(lowered, text, start)
		ends = append(ends, loweredEnd{tok: int32(len(out)), end: int32(len(lowered))})
		out = append(out, token{start: start, end: i})
	}
	if len(lowered) > 0 {
		keys, from := string(lowered), int32(0)
		for _, e := range ends {
			out[e.tok].key = keys[from:e.end]
			from = e.end
		}
	}
	r.lowered, r.ends = lowered, ends
	out = joinSpacedLetters(text, out)
	out = dropFootnoteMarks(text, out)
	r.toks = dropLabel(text, out)
	return r.toks
}

// forget lets go of what the tokens read last point at: their keys are
// slices of the paragraph's text and of the lowered keys' string.
func (r *tokenReader) forget() {
	clear(r.toks[:cap(r.toks)])
}

// nonWordAt is the length of the rune at i when it is not a word's, 0
// when a word starts there.
func nonWordAt(text string, i int) int {
	if c := text[i]; c < utf8.RuneSelf {
		if isASCIIWord(c) {
			return 0
		}
		return 1
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if isWord(r) {
		return 0
	}
	return n
}

// plainWord returns the end of the word at start when its key is its
// text: lower-case letters and digits only, nothing after it that
// appendWordKey would join to it. Most words of a paragraph are such, and their keys
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
	r, n := rune(text[i]), 1
	if r >= utf8.RuneSelf {
		r, n = utf8.DecodeRuneInString(text[i:])
	}
	switch {
	case isWord(r): // a capital: appendWordKey lowers it
		return 0, false
	case (r == ',' || r == '.') && unicode.IsDigit(lastRune(text[start:i])) && followedByDigits(text[i+n:]):
		return 0, false
	case isHyphen(r) && joinAfterHyphen(text, i+n) > 0:
		return 0, false
	}
	return i, true
}

// appendWordKey appends the key of the word at start to dst and returns
// where the word ends.
func appendWordKey(dst []byte, text string, start int) ([]byte, int) {
	from := len(dst)
	i := start
	for i < len(text) {
		c := text[i]
		switch {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			dst = append(dst, c)
			i++
			continue
		case 'A' <= c && c <= 'Z':
			dst = append(dst, c+'a'-'A')
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case isWord(r):
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
			i += n
			continue
		case (r == ',' || r == '.') && unicode.IsDigit(lastRune(string(dst[from:]))) && followedByDigits(text[i+n:]):
			// 13,289 and 13289 are one number; so is 1.5
			if r == '.' {
				dst = append(dst, '.')
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
	return dst, i
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
	return len(k) >= 1 && len(k) <= 3 && allDigits(k)
}

func isYear(k string) bool {
	return len(k) == 4 && allDigits(k) && (k[:2] == "19" || k[:2] == "20")
}

// allDigits tells whether k is ASCII digits only (or empty), as
// strings.Trim(k, "0123456789") == "" does, without making the set of
// the digits at each call.
func allDigits(k string) bool {
	for i := 0; i < len(k); i++ {
		if k[i] < '0' || k[i] > '9' {
			return false
		}
	}
	return true
}

func isWord(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIWord(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isASCIIWord(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

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
	if allDigits(k) {
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
