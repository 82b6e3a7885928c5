package lineage

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The tokenizer as first written, kept as the reference that tokens
// and its helpers must agree with (TestReadTokensAsReference,
// FuzzReadTokensAsReference): each function is its namesake with Ref
// added, rune by rune, a strings.Builder for each key it lowers.

// readTokensRef is tokens read into buf, whose room it reuses: the words of
// a text's paragraphs are read one paragraph after another into one
// buffer, and the tokens are kept only until their keys are numbered.
func readTokensRef(buf []token, text string) []token {
	out := buf[:0]
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWordRef(r) {
			i += n
			continue
		}
		start := i
		var key string
		if end, ok := plainWordRef(text, start); ok {
			key, i = text[start:end], end
		} else {
			key, i = wordRef(text, start)
		}
		out = append(out, token{key: key, start: start, end: i})
	}
	out = joinSpacedLettersRef(text, out)
	out = dropFootnoteMarksRef(text, out)
	return dropLabelRef(text, out)
}

// plainWordRef returns the end of the word at start when its key is its
// text: lower-case letters and digits only, nothing after it that word
// would join to it. Most words of a paragraph are such, and their keys
// are then slices of the text, not copies.
func plainWordRef(text string, start int) (end int, ok bool) {
	i := start
	for i < len(text) {
		c := text[i]
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(text[i:])
			if isWordRef(r) && unicode.ToLower(r) == r {
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
	case isWordRef(r): // a capital: word lowers it
		return 0, false
	case (r == ',' || r == '.') && unicode.IsDigit(lastRuneRef(text[start:i])) && followedByDigitsRef(text[i+n:]):
		return 0, false
	case isHyphenRef(r) && joinAfterHyphenRef(text, i+n) > 0:
		return 0, false
	}
	return i, true
}

// wordRef reads the word at start: its key and where it ends.
func wordRef(text string, start int) (key string, end int) {
	var b strings.Builder
	i := start
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case isWordRef(r):
			b.WriteRune(unicode.ToLower(r))
			i += n
			continue
		case (r == ',' || r == '.') && unicode.IsDigit(lastRuneRef(b.String())) && followedByDigitsRef(text[i+n:]):
			// 13,289 and 13289 are one number; so is 1.5
			if r == '.' {
				b.WriteRune('.')
			}
			i += n
			continue
		case isHyphenRef(r):
			if j := joinAfterHyphenRef(text, i+n); j > 0 {
				i = j
				continue
			}
		}
		break
	}
	return b.String(), i
}

// dropFootnoteMarksRef leaves out the footnote numbers that OCR of the
// printed volumes keeps in the text ("the report of the Secretary-General
// of 10 June 1966 4 that", "… Observer Force, 12" at a paragraph's end):
// each volume numbers its footnotes afresh, so they differ between
// renewals that say the same. A number of one to three digits right after
// a year, or ending the paragraph after a comma, is such a mark; the text
// never prints a day or a count there.
func dropFootnoteMarksRef(text string, ts []token) []token {
	out := ts[:0] // in place: what is kept never overtakes what is read
	var prev token
	for i, t := range ts {
		before := prev
		prev = t
		if isSmallNumberRef(t.key) && i > 0 {
			if isYearRef(before.key) || i == len(ts)-1 && strings.TrimSpace(text[before.end:t.start]) == "," {
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

func isSmallNumberRef(k string) bool {
	return len(k) >= 1 && len(k) <= 3 && strings.Trim(k, "0123456789") == ""
}

func isYearRef(k string) bool {
	return len(k) == 4 && strings.Trim(k, "0123456789") == "" && (k[:2] == "19" || k[:2] == "20")
}

func isWordRef(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isHyphenRef(r rune) bool { return r == '-' || r == '‐' || r == '‑' || r == '­' }

func lastRuneRef(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func followedByDigitsRef(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

// joinAfterHyphenRef returns where the word goes on after a hyphen at byte
// at, or 0 when the hyphen ends the word: a letter right after it
// ("Secretary-General"), or a lower-case letter after a line break or
// spaces that a converter left ("peace-\nkeeping", "So- viet"). A dash
// between words ("Mali - the") is followed by a space and stays a break
// unless a lower-case word follows, which a dash rarely has before it in
// Council texts.
func joinAfterHyphenRef(text string, at int) int {
	j := at
	for j < len(text) && (text[j] == ' ' || text[j] == '\n' || text[j] == '\r') {
		j++
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	if j == at && isWordRef(r) || j > at && unicode.IsLower(r) {
		return j
	}
	return 0
}

// joinSpacedLettersRef makes one word of three or more one-letter words
// separated by single spaces: PDF text of a letter-spaced heading or lead
// word ("D e c i d e s").
func joinSpacedLettersRef(text string, ts []token) []token {
	out := ts[:0] // in place: each token written comes from one read at or after it
	for i := 0; i < len(ts); {
		j := i
		for j+1 < len(ts) && singleRef(ts[j]) && singleRef(ts[j+1]) && ts[j+1].start-ts[j].end == 1 && text[ts[j].end] == ' ' {
			j++
		}
		if j-i >= 2 && singleRef(ts[j]) {
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

func singleRef(t token) bool {
	r, n := utf8.DecodeRuneInString(t.key)
	return n == len(t.key) && unicode.IsLetter(r)
}

// dropLabelRef leaves out a number or label that opens the text ("16.",
// "(a)", "(iv)"): extraction usually keeps it out already, but not every
// converter lets it, and a renumbered paragraph is not a changed one.
func dropLabelRef(text string, ts []token) []token {
	if len(ts) < 2 || !isLabelRef(ts[0].key) {
		return ts
	}
	before := strings.TrimSpace(text[:ts[0].start])
	after := text[ts[0].end:]
	if before == "(" || before == "" && (strings.HasPrefix(after, ".") || strings.HasPrefix(after, ")")) {
		return append(ts[:0], ts[1:]...) // in place, so that the buffer keeps its room
	}
	return ts
}

func isLabelRef(k string) bool {
	if strings.Trim(k, "0123456789") == "" {
		return true
	}
	if len(k) == 1 {
		return true
	}
	return strings.Trim(k, "ivxl") == "" && len(k) <= 4
}

// reused reads every text tokensAgree checks, as readWords' reader
// reads a text's paragraphs one after another.
var reused tokenReader

// tokensAgree checks tokens, and a tokenReader that read other texts
// before, against readTokensRef on text: the same keys at the same
// places.
func tokensAgree(t *testing.T, text string) {
	t.Helper()
	want := readTokensRef(nil, text)
	if got := tokens(text); !slices.Equal(got, want) {
		t.Fatalf("%q:\n got %v\nwant %v", text, got, want)
	}
	if got := reused.read(text); !slices.Equal(got, want) {
		t.Fatalf("%q, read after other texts:\n got %v\nwant %v", text, got, want)
	}
}

// tokenPieces are what a text is made of where the tokenizer's cases
// meet: capitals, digits and the separators of numbers, hyphens of every
// kind, breaks, labels, letters whose lower case is another width or
// ASCII (the Kelvin sign, dotted capital I), a title-case letter, digits
// that are not ASCII, marks that are neither letters nor digits, and
// bytes that are not UTF-8.
var tokenPieces = []string{
	"a", "b", "x", "i", "v", "A", "B", "Z", "1", "9", "0", "19", "20", "2021", "1966", "13", ",", ".", ", ", ". ",
	"-", "‐", "‑", "\u00ad", " ", "  ", "\n", "\r\n", "(", ")", ":", ";", "’", "*", "_",
	"É", "é", "ß", "İ", "\u212a", "Σ", "σ", "ǅ", "٣", "Ⅻ", "\u0301", "\xff", "\xe2\x80",
	"Council", "peace- keeping", "Secretary-General", "D e c i d e s", "(iv)", "16.", "(a)", "13,289", "1.5",
}

var tokenCases = []string{
	"", "a", "A", "1", "16. Decides", "(a) Requests", "(iv) the", "Recalling its resolution 1966 (2011), 12",
	"the report of the Secretary-General of 10 June 1966 4 that", "… Observer Force, 12",
	"peace-\nkeeping, peace- keeping and peacekeeping", "So- viet", "Mali - the", "Mali - Bamako",
	"D e c i d e s to", "A B", "a b c d", "13,289 and 1.5 and 1,5, and 1.a", "ÉTATS-UNIS", "Σ\u212aİ", "\xffA\xff",
}

func TestReadTokensAsReference(t *testing.T) {
	for _, text := range tokenCases {
		tokensAgree(t, text)
	}
	dirs := []string{"../../testdata", "../../testdata/seeds"}
	if _, err := os.Stat(*benchCorpus); err == nil {
		dirs = append(dirs, *benchCorpus)
	}
	for _, dir := range dirs {
		files, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, f := range files {
			if b, err := os.ReadFile(f); err == nil {
				tokensAgree(t, string(b)) // the whole file, headings and tables
			}
		}
		for _, src := range read(t, dir) {
			for _, d := range src.Documents {
				for _, p := range d.Paragraphs {
					tokensAgree(t, p.Text)
				}
			}
		}
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 50000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(tokenPieces[r.IntN(len(tokenPieces))])
		}
		tokensAgree(t, b.String())
	}
}

func FuzzReadTokensAsReference(f *testing.F) {
	for _, text := range append(tokenCases, tokenPieces...) {
		f.Add(text)
	}
	f.Fuzz(tokensAgree)
}
