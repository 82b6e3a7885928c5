package extract

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// languageByRunes is language as it reads rune by rune: the spec of the
// word-at-a-time count.
func languageByRunes(s string) string {
	han, letters := 0, 0
	for _, r := range s {
		switch {
		case isHan(r):
			han++
		case unicode.IsLetter(r):
			letters++
		}
	}
	if han*3 > letters {
		return "zh"
	}
	return "en"
}

// randomText mixes ASCII of every kind with letters and Han characters,
// and bytes that are no UTF-8.
func randomText(r *rand.Rand) string {
	pieces := []string{"a", "Z", "@", "[", "`", "{", " ", "\x7f", "\x00", "é", "安全理事会", "\xff", "\xe5\xae", "Security Council "}
	return drawnPieces(r, pieces, 40)
}

func TestLanguageAsByRunes(t *testing.T) {
	r := rand.New(rand.NewSource(13))
	for range 100000 {
		s := randomText(r)
		if got, want := language(s), languageByRunes(s); got != want {
			t.Fatalf("language(%q) = %s, rune by rune %s", s, got, want)
		}
	}
	for c := range 256 {
		s := strings.Repeat(string(rune(c)), 8)
		if c < utf8.RuneSelf {
			if got, want := asciiLettersIn(load8(s)), 8*int(asciiLetters[c]); got != want {
				t.Errorf("asciiLettersIn(%q) = %d, want %d", s, got, want)
			}
		}
	}
}

func TestRuneCount(t *testing.T) {
	r := rand.New(rand.NewSource(13))
	for n := range 100000 {
		s := randomText(r)
		if n%2 == 1 {
			// Stretches of ASCII as long as charIndex's, with a character
			// outside it anywhere or nowhere.
			b := []byte(strings.Repeat("a", r.Intn(300)))
			s = string(b[:r.Intn(len(b)+1)]) + []string{"", "é", "安"}[r.Intn(3)] + string(b[r.Intn(len(b)+1):])
		}
		n, ascii := runeCount(s)
		if want := utf8.RuneCountInString(s); n != want {
			t.Fatalf("runeCount(%q) = %d, want %d", s, n, want)
		}
		if want := !strings.ContainsFunc(s, func(r rune) bool { return r >= utf8.RuneSelf }); ascii != want {
			t.Fatalf("runeCount(%q) says ASCII %v", s, ascii)
		}
		for _, k := range []int{1, 10, 40, 100} {
			if got, want := atLeastRunes(s, k), utf8.RuneCountInString(s) >= k; got != want {
				t.Fatalf("atLeastRunes(%q, %d) = %v", s, k, got)
			}
		}
	}
}

// language is paragraphsLanguage of one text: Chinese told from other
// text by its script (the other UN languages are told apart later, when
// sckg reads them).
func language(s string) string {
	var c scriptCount
	c.add(s)
	return c.language()
}
