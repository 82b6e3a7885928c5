package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldWord is a word that a case-insensitive pattern cannot match
// without: a cheap look for it, before the pattern runs, spares the
// pattern's search through the many texts that lack it (issue 13). The
// look is never stricter than the pattern: where it says no, the pattern
// finds nothing.
type foldWord struct {
	lower string // the word in lower-case ASCII
	// exotic: a letter of the word has a case outside ASCII, which (?i)
	// matches too ("ſ" for s, the Kelvin sign for k).
	exotic bool
}

// keyword makes a foldWord of a word in lower-case ASCII.
func keyword(w string) foldWord {
	fw := foldWord{lower: w}
	if w == "" {
		panic("keyword: no word")
	}
	for _, c := range []byte(w) {
		if c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			panic("keyword: " + w + " is not lower-case ASCII")
		}
		for f := unicode.SimpleFold(rune(c)); f != rune(c); f = unicode.SimpleFold(f) {
			if f >= utf8.RuneSelf {
				fw.exotic = true
			}
		}
	}
	return fw
}

// in reports whether s may hold the word in any case.
func (w foldWord) in(s string) bool {
	if indexFoldASCII(s, w.lower) >= 0 {
		return true
	}
	// The letters with a case outside ASCII could be printed in it.
	return w.exotic && !isASCII(s)
}

// indexFoldASCII is the first index of word (lower-case ASCII) in s with
// ASCII letters of either case, or -1.
func indexFoldASCII(s, word string) int {
	last := len(s) - len(word) // the last index the word may start at
	lower, upper := word[0], word[0]
	if lower >= 'a' && lower <= 'z' {
		upper = lower - 'a' + 'A'
	}
	// The next index of the first letter in each case at or after at,
	// found by IndexByte, which is fast, and -1 when there is none.
	nextLower, nextUpper := nextByte(s, 0, lower), -1
	if upper != lower {
		nextUpper = nextByte(s, 0, upper)
	}
	for {
		at := nextLower
		if at < 0 || nextUpper >= 0 && nextUpper < at {
			at = nextUpper
		}
		if at < 0 || at > last {
			return -1
		}
		if equalFoldASCII(s[at+1:at+len(word)], word[1:]) {
			return at
		}
		if at == nextLower {
			nextLower = nextByte(s, at+1, lower)
		} else {
			nextUpper = nextByte(s, at+1, upper)
		}
	}
}

// nextByte is the index of the first c in s at or after from, or -1.
func nextByte(s string, from int, c byte) int {
	if i := strings.IndexByte(s[from:], c); i >= 0 {
		return from + i
	}
	return -1
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// opening is where a search by a pattern that opens with \b and the word
// may start in s: the first place where the word opens a word, or -1.
// No match starts before it, and there the pattern's \b sees what it sees
// at the start of a text, so the pattern finds in s[opening:] what it
// finds in s, with less to search.
func (w foldWord) opening(s string) int {
	if w.exotic {
		return 0 // the word may be printed in letters outside ASCII
	}
	return nextOpeningFold(s, 0, w.lower)
}

// nextOpeningFold is the first place at or after from where word, ASCII
// in lower case, opens a word of s in any case of its letters, or -1.
func nextOpeningFold(s string, from int, word string) int {
	for at := from; ; at++ {
		i := indexFoldASCII(s[at:], word)
		if i < 0 {
			return -1
		}
		at += i
		if wordStartsAt(s, at) {
			return at
		}
	}
}

// lastEnd is the end of the last place of the word in s, or -1.
func (w foldWord) lastEnd(s string) int {
	end := -1
	for at := 0; ; {
		i := indexFoldASCII(s[at:], w.lower)
		if i < 0 {
			return end
		}
		end = at + i + len(w.lower)
		at += i + 1
	}
}
