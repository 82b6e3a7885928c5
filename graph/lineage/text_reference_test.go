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

// The word reading of the tokenizer as first written, kept as the
// reference that tokens and its helpers must agree with
// (TestReadTokensAsReference, FuzzReadTokensAsReference): each function
// is its namesake with Ref added, rune by rune, a strings.Builder for
// each key it lowers. Helpers the speed work left as they were
// (isHyphen, lastRune, the passes after reading) are called, not copied.

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
	// The passes after the words are read are the tokenizer's own: they
	// were not rewritten for speed, but for allDigits, which
	// tokensAgree holds to the strings.Trim it replaced.
	out = joinSpacedLetters(text, out)
	out = dropFootnoteMarks(text, out)
	return dropLabel(text, out)
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
	case (r == ',' || r == '.') && unicode.IsDigit(lastRune(text[start:i])) && followedByDigits(text[i+n:]):
		return 0, false
	case isHyphen(r) && joinAfterHyphenRef(text, i+n) > 0:
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
		case (r == ',' || r == '.') && unicode.IsDigit(lastRune(b.String())) && followedByDigits(text[i+n:]):
			// 13,289 and 13289 are one number; so is 1.5
			if r == '.' {
				b.WriteRune('.')
			}
			i += n
			continue
		case isHyphen(r):
			if j := joinAfterHyphenRef(text, i+n); j > 0 {
				i = j
				continue
			}
		}
		break
	}
	return b.String(), i
}

func isWordRef(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

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
	for _, tok := range want {
		if got, want := allDigits(tok.key), strings.Trim(tok.key, "0123456789") == ""; got != want {
			t.Fatalf("allDigits(%q) = %v, want %v", tok.key, got, want)
		}
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
