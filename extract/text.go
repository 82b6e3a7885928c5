package extract

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// text is normalised text that remembers, for every byte, where it came
// from in the source. Each piece of a text is either copied from the source
// (and maps byte for byte) or written by normalisation (a space that stands
// for a line break, an apostrophe for a curly one) and maps to the source
// bytes it replaced. Spans found in normalised text are mapped back through
// it, so evidence always points into the original file.
type text struct {
	s    string
	segs []seg
}

// seg maps text bytes [at, at+n) to source bytes [src, src+srcLen).
// Copied pieces have n == srcLen; written pieces may differ.
type seg struct {
	at, n       int
	src, srcLen int
	copied      bool
	// guessed marks text that repairs a conversion fault ("S/" read from a
	// TeX square root): facts read through it are less certain.
	guessed bool
}

type textBuilder struct {
	b    strings.Builder
	segs []seg
}

// copy appends s, found at byte src of the source.
func (tb *textBuilder) copy(s string, src int) {
	if s == "" {
		return
	}
	at := tb.b.Len()
	tb.b.WriteString(s)
	if k := len(tb.segs) - 1; k >= 0 {
		last := &tb.segs[k]
		if last.copied && last.at+last.n == at && last.src+last.srcLen == src {
			last.n += len(s)
			last.srcLen += len(s)
			return
		}
	}
	tb.segs = append(tb.segs, seg{at: at, n: len(s), src: src, srcLen: len(s), copied: true})
}

// write appends s in place of source bytes [src, src+srcLen).
func (tb *textBuilder) write(s string, src, srcLen int) {
	if s == "" {
		return
	}
	tb.segs = append(tb.segs, seg{at: tb.b.Len(), n: len(s), src: src, srcLen: srcLen})
	tb.b.WriteString(s)
}

// guess appends s, a repair of source bytes [src, src+srcLen) that may be
// wrong.
func (tb *textBuilder) guess(s string, src, srcLen int) {
	if s == "" {
		return
	}
	tb.segs = append(tb.segs, seg{at: tb.b.Len(), n: len(s), src: src, srcLen: srcLen, guessed: true})
	tb.b.WriteString(s)
}

// appendText appends another text, keeping its mapping.
func (tb *textBuilder) appendText(t text) {
	base := tb.b.Len()
	tb.b.WriteString(t.s)
	for _, sg := range t.segs {
		sg.at += base
		tb.segs = append(tb.segs, sg)
	}
}

func (tb *textBuilder) len() int { return tb.b.Len() }

func (tb *textBuilder) text() text { return text{s: tb.b.String(), segs: tb.segs} }

// source returns the source byte range that text bytes [start, end) came from.
func (t text) source(start, end int) (int, int) {
	if end <= start {
		p := t.sourceAt(start, false)
		return p, p
	}
	return t.sourceAt(start, false), t.sourceAt(end-1, true)
}

// sourceAt maps one text byte to the source: to its first source byte, or
// when after is set to the source byte just past it.
func (t text) sourceAt(off int, after bool) int {
	if len(t.segs) == 0 {
		return 0
	}
	i := sort.Search(len(t.segs), func(i int) bool { return t.segs[i].at+t.segs[i].n > off })
	if i == len(t.segs) {
		last := t.segs[len(t.segs)-1]
		return last.src + last.srcLen
	}
	sg := t.segs[i]
	if !sg.copied {
		if after {
			return sg.src + sg.srcLen
		}
		return sg.src
	}
	p := sg.src + (off - sg.at)
	if off < sg.at {
		p = sg.src
	}
	if after {
		_, size := utf8.DecodeRuneInString(t.s[off:])
		p += size
	}
	return p
}

// slice returns text bytes [start, end) with their mapping.
func (t text) slice(start, end int) text {
	var tb textBuilder
	for _, sg := range t.segs {
		a, b := max(sg.at, start), min(sg.at+sg.n, end)
		if a >= b {
			continue
		}
		if sg.copied {
			tb.copy(t.s[a:b], sg.src+(a-sg.at))
		} else {
			// Part of a written piece still stands for all it replaced.
			tb.segs = append(tb.segs, seg{at: tb.b.Len(), n: b - a, src: sg.src, srcLen: sg.srcLen, guessed: sg.guessed})
			tb.b.WriteString(t.s[a:b])
		}
	}
	return tb.text()
}

// guessed reports whether any of text bytes [start, end) is a repair.
func (t text) guessed(start, end int) bool {
	for _, sg := range t.segs {
		if sg.guessed && sg.at < end && sg.at+sg.n > start {
			return true
		}
	}
	return false
}

// trimSpace drops leading and trailing white space.
func (t text) trimSpace() text {
	s := strings.TrimLeft(t.s, " \t\n")
	start := len(t.s) - len(s)
	s = strings.TrimRight(s, " \t\n")
	if len(s) == len(t.s) {
		return t // nothing to trim: no copy
	}
	return t.slice(start, start+len(s))
}

// charIndex converts byte offsets of a source to character offsets. It
// keeps a checkpoint every few hundred bytes, on a rune boundary, so
// converting many offsets stays linear in the size of the source and each
// costs a count of at most that many bytes; none at all where the stretch
// is ASCII, as most of an English text is.
type charIndex struct {
	src   string
	bytes []int  // checkpoint byte offsets, each at the start of a rune
	chars []int  // characters before each checkpoint
	ascii []bool // the stretch from each checkpoint to the next is ASCII
}

const charStride = 256

func newCharIndex(src string) *charIndex {
	n := len(src)/charStride + 1
	ci := &charIndex{src: src, bytes: make([]int, 0, n), chars: make([]int, 0, n), ascii: make([]bool, 0, n)}
	b, chars := 0, 0
	for b < len(src) {
		next := min(b+charStride, len(src))
		for next < len(src) && !utf8.RuneStart(src[next]) {
			next++
		}
		count, ascii := runeCount(src[b:next])
		ci.bytes = append(ci.bytes, b)
		ci.chars = append(ci.chars, chars)
		ci.ascii = append(ci.ascii, ascii)
		chars += count
		b = next
	}
	return ci
}

// runeCount counts the runes of s and says whether it is all ASCII.
func runeCount(s string) (int, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return i + utf8.RuneCountInString(s[i:]), false
		}
	}
	return len(s), true
}

func (ci *charIndex) at(b int) int {
	b = min(max(b, 0), len(ci.src))
	k := sort.SearchInts(ci.bytes, b+1) - 1
	if k < 0 {
		return 0
	}
	if ci.ascii[k] {
		return ci.chars[k] + b - ci.bytes[k]
	}
	return ci.chars[k] + utf8.RuneCountInString(ci.src[ci.bytes[k]:b])
}

// span converts a source byte range to a character Span.
func (ci *charIndex) span(start, end int) Span { return Span{ci.at(start), ci.at(end)} }

// spanner turns a byte range of the text being read into a character Span
// of the source file.
type spanner interface{ span(start, end int) Span }

// pageIndex converts byte offsets of text drawn from a page (HTML) to
// character offsets of the page itself, through the byte map that drawing
// the text made.
type pageIndex struct {
	page   *charIndex
	toPage []int // text byte -> page byte, one past the end included
}

func (pi pageIndex) span(start, end int) Span {
	at := func(b int) int { return pi.page.at(pi.toPage[min(max(b, 0), len(pi.toPage)-1)]) }
	return Span{at(start), at(end)}
}
