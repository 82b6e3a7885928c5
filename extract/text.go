package extract

import (
	"slices"
	"unicode/utf8"
	"unsafe"
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
// Copied pieces have n == srcLen and map byte for byte; written pieces
// may differ. A copied piece's bytes are the source's, but for the
// spaces joined lines stand in for one-byte line breaks (appendSpaced,
// appendWrapped).
// Offsets are 32 bits (a text is at most maxTextSize bytes), which
// halves the maps of a file's lines and blocks: each holds one at least.
type seg struct {
	at, n       int32
	src, srcLen int32
	copied      bool
	// guessed marks text that repairs a conversion fault ("S/" read from a
	// TeX square root): facts read through it are less certain.
	guessed bool
}

// textBuilder builds texts. One builder may build many texts, one after
// another (next), so that the texts of a file share a few large
// allocations instead of costing two each: every text is a slice of the
// builder's bytes and of its map.
type textBuilder struct {
	b    byteBuilder
	segs []seg
	// The current text starts at byte from of b and at segs[firstSeg].
	from, firstSeg int
	// src is the source that copied pieces come from, when the builder
	// was made for one (sourcedBuilder). While the current text is one
	// copied run of src, the run is not written to b: the text is a
	// slice of src and costs no copy. Most lines come out of cleaning as
	// they went in.
	src       string
	unwritten bool
}

// byteBuilder is strings.Builder over bytes its owner may hand it: the
// joined texts of a file are written into its arena's bytes
// (joinedBuilder). As with strings.Builder, a string it returned keeps
// its bytes: it only ever appends, and makes new room when it is full.
// Unlike strings.Builder it does not check that it is never copied: a
// copy would append into the room both share, over strings returned; it
// is used only in place, in a textBuilder, by pointer.
type byteBuilder struct {
	buf []byte
}

func (b *byteBuilder) Len() int             { return len(b.buf) }
func (b *byteBuilder) WriteString(s string) { b.buf = append(b.buf, s...) }
func (b *byteBuilder) writeByte(c byte)     { b.buf = append(b.buf, c) }
func (b *byteBuilder) String() string       { return unsafe.String(unsafe.SliceData(b.buf), len(b.buf)) }

// Grow makes room for n more bytes.
func (b *byteBuilder) Grow(n int) {
	if cap(b.buf)-len(b.buf) < n {
		b.buf = slices.Grow(b.buf, n)
	}
}

// next starts a new text. The texts built before stay as text returned
// them: the builder only ever appends.
func (tb *textBuilder) next() {
	tb.from, tb.firstSeg, tb.unwritten = tb.b.Len(), len(tb.segs), false
}

// copy appends s, found at byte src of the source.
func (tb *textBuilder) copy(s string, src int) {
	if s == "" {
		return
	}
	at := tb.len()
	if k := len(tb.segs) - 1; k >= tb.firstSeg {
		last := &tb.segs[k]
		if last.copied && int(last.at+last.n) == at && int(last.src+last.srcLen) == src {
			if !tb.unwritten {
				tb.b.WriteString(s)
			}
			last.n += int32(len(s))
			last.srcLen += int32(len(s))
			return
		}
	}
	tb.write0()
	if at == 0 && tb.src != "" {
		// s is src[src:src+len(s)]: copied bytes are the source's own.
		tb.unwritten = true
	} else {
		tb.b.WriteString(s)
	}
	tb.segs = append(tb.segs, seg{at: int32(at), n: int32(len(s)), src: int32(src), srcLen: int32(len(s)), copied: true})
}

// setSourceText sets *t to a text of its own that is s, found at byte src
// of the source, as it stands: what next, copy and text make of it, with
// its map of one piece appended to tb's and no byte written. The text is
// a slice of s, where copy and text would have sliced tb.src or tb's
// bytes: the bytes are the same. Most lines of a file are such a text,
// and the general way cost them a check of the piece before and of the
// unwritten run, each (8 % of BenchmarkLines' profile). It is set a field
// at a time: a line's text is set in its place in the file's lines, and a
// text stored whole there is a typed copy, which takes a bulk write
// barrier while the GC runs (wbMove: a third of classifyPlainLine's
// profile in BenchmarkDev).
func (tb *textBuilder) setSourceText(t *text, s string, src int) {
	if s == "" {
		tb.next()
		t.s, t.segs = "", nil
		return
	}
	k := len(tb.segs)
	tb.segs = append(tb.segs, seg{n: int32(len(s)), src: int32(src), srcLen: int32(len(s)), copied: true})
	tb.next()
	t.s = s
	t.segs = tb.segs[k : k+1 : k+1]
}

// write0 writes out the copied run the current text has held unwritten,
// before anything else is added to it.
func (tb *textBuilder) write0() {
	if tb.unwritten {
		sg := tb.segs[tb.firstSeg]
		tb.b.WriteString(tb.src[sg.src : sg.src+sg.n])
		tb.unwritten = false
	}
}

// write appends s in place of source bytes [src, src+srcLen).
func (tb *textBuilder) write(s string, src, srcLen int) {
	if s == "" {
		return
	}
	tb.write0()
	tb.segs = append(tb.segs, seg{at: int32(tb.len()), n: int32(len(s)), src: int32(src), srcLen: int32(srcLen)})
	tb.b.WriteString(s)
}

// guess appends s, a repair of source bytes [src, src+srcLen) that may be
// wrong.
func (tb *textBuilder) guess(s string, src, srcLen int) {
	if s == "" {
		return
	}
	tb.write0()
	tb.segs = append(tb.segs, seg{at: int32(tb.len()), n: int32(len(s)), src: int32(src), srcLen: int32(srcLen), guessed: true})
	tb.b.WriteString(s)
}

// appendText appends another text, keeping its mapping.
func (tb *textBuilder) appendText(t text) {
	tb.write0()
	base := int32(tb.len())
	tb.b.WriteString(t.s)
	// The map is copied at once and moved into place after: a seg holds
	// no pointer, so the copy is a move of memory.
	from := len(tb.segs)
	tb.segs = append(tb.segs, t.segs...)
	for i := from; i < len(tb.segs); i++ {
		tb.segs[i].at += base
	}
}

// appendSpaced appends a space written in place of source bytes [src,
// src+srcLen), then t with its mapping: write(" ", src, srcLen) and
// appendText(t) in one step, which asks once for the builder's state and
// its length. joinLines joins nearly every line of a file so.
//
// A space that stands for a line break of one byte right after the
// copied run before it carries the run on, and so does t's first piece
// when it is copied from the byte after: a wrapped paragraph is one
// piece, not two for each of its lines (the blocks of dev: 4,903
// pieces against 20,480). Such a space maps as its written piece did, a
// byte for a byte, though it is not the source's byte: its run holds the
// text's bytes, not the source's (seg).
func (tb *textBuilder) appendSpaced(t text, src, srcLen int) {
	tb.write0()
	at := int32(tb.len())
	if srcLen != 1 || tb.runEndingAt(at, src) == nil {
		tb.segs = append(tb.segs, seg{at: at, n: 1, src: int32(src), srcLen: int32(srcLen)})
	} else {
		tb.segs[len(tb.segs)-1].n++
		tb.segs[len(tb.segs)-1].srcLen++
	}
	segs := t.segs
	if len(segs) > 0 && segs[0].copied {
		if run := tb.runEndingAt(at+1, int(segs[0].src)); run != nil {
			run.n += segs[0].n
			run.srcLen += segs[0].srcLen
			segs = segs[1:]
		}
	}
	from := len(tb.segs)
	tb.segs = append(tb.segs, segs...)
	for i := from; i < len(tb.segs); i++ {
		tb.segs[i].at += at + 1
	}
	tb.b.writeByte(' ')
	tb.b.WriteString(t.s)
}

// runEndingAt is the current text's last piece when it is a copied run
// that ends at text byte at and source byte src, else nil.
func (tb *textBuilder) runEndingAt(at int32, src int) *seg {
	k := len(tb.segs) - 1
	if k < tb.firstSeg {
		return nil
	}
	if last := &tb.segs[k]; last.copied && last.at+last.n == at && int(last.src+last.srcLen) == src {
		return last
	}
	return nil
}

// current is the current text's bytes: text().s, without its map.
func (tb *textBuilder) current() string {
	if tb.unwritten {
		sg := tb.segs[tb.firstSeg]
		return tb.src[sg.src : sg.src+sg.n]
	}
	return tb.b.String()[tb.from:]
}

// appendTextTo appends t's bytes [0, end) with their mapping: what
// appendText(t.slice(0, end)) appends, with the map cut straight into
// tb's, not into one made for the slice and copied.
func (tb *textBuilder) appendTextTo(t text, end int) {
	tb.write0()
	base := int32(tb.len())
	from := len(tb.segs)
	var cut text
	cut, tb.segs = t.sliceOnto(tb.segs, 0, end)
	tb.b.WriteString(cut.s)
	for i := from; i < len(tb.segs); i++ {
		tb.segs[i].at += base
	}
}

// len is the length of the current text.
func (tb *textBuilder) len() int {
	if tb.unwritten {
		return int(tb.segs[tb.firstSeg].n)
	}
	return tb.b.Len() - tb.from
}

// text is the current text. Its map is capped, so that the texts built
// after it never write into it.
func (tb *textBuilder) text() text {
	segs := tb.segs[tb.firstSeg:len(tb.segs):len(tb.segs)]
	if len(segs) == 0 {
		segs = nil
	}
	if tb.unwritten {
		sg := segs[0]
		return text{s: tb.src[sg.src : sg.src+sg.n], segs: segs}
	}
	return text{s: tb.b.String()[tb.from:], segs: segs}
}

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
	i := segIndex(t.segs, off)
	if i == len(t.segs) {
		last := t.segs[len(t.segs)-1]
		return int(last.src + last.srcLen)
	}
	sg := t.segs[i]
	if !sg.copied {
		if after {
			return int(sg.src + sg.srcLen)
		}
		return int(sg.src)
	}
	p := int(sg.src) + (off - int(sg.at))
	if off < int(sg.at) {
		p = int(sg.src)
	}
	if after {
		_, size := utf8.DecodeRuneInString(t.s[off:])
		p += size
	}
	return p
}

// segIndex is the first of segs that ends past text byte off, or
// len(segs), as sort.Search finds it. Most texts asked are one piece,
// a paragraph copied from its lines at once (appendWrapped), answered
// without a search; the others are searched with the test in the loop.
func segIndex(segs []seg, off int) int {
	if len(segs) == 1 {
		if int(segs[0].at+segs[0].n) > off {
			return 0
		}
		return 1
	}
	lo, hi := 0, len(segs)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if int(segs[h].at+segs[h].n) > off {
			hi = h
		} else {
			lo = h + 1
		}
	}
	return lo
}

// slice returns text bytes [start, end) with their mapping. The pieces
// of a text cover it end to end, so the bytes are t.s[start:end] as they
// are: only the map is made anew, with the copied pieces that meet merged.
func (t text) slice(start, end int) text {
	start, end = max(start, 0), min(end, len(t.s))
	if start >= end {
		return text{}
	}
	n := 0
	for _, sg := range t.segs {
		if int(sg.at) < end && int(sg.at+sg.n) > start {
			n++
		}
	}
	out, _ := t.sliceOnto(make([]seg, 0, n), start, end)
	return out
}

// sliceOnto is slice with the new map appended to segs, so that the
// slices of many texts may share one allocation: a slice's map has no
// more pieces than the text's. It returns segs grown by the map, which
// the slice holds capped: what is appended after never writes into it.
func (t text) sliceOnto(segs []seg, start, end int) (text, []seg) {
	start, end = max(start, 0), min(end, len(t.s))
	if start >= end {
		return text{}, segs
	}
	from := len(segs)
	start32, end32 := int32(start), int32(end)
	for _, sg := range t.segs {
		a, b := max(sg.at, start32), min(sg.at+sg.n, end32)
		if a >= b {
			continue
		}
		if !sg.copied {
			// Part of a written piece still stands for all it replaced.
			segs = append(segs, seg{at: a - start32, n: b - a, src: sg.src, srcLen: sg.srcLen, guessed: sg.guessed})
			continue
		}
		src := sg.src + (a - sg.at)
		if k := len(segs) - 1; k >= from {
			if last := &segs[k]; last.copied && last.at+last.n == a-start32 && last.src+last.srcLen == src {
				last.n += b - a
				last.srcLen += b - a
				continue
			}
		}
		segs = append(segs, seg{at: a - start32, n: b - a, src: src, srcLen: b - a, copied: true})
	}
	return text{s: t.s[start:end], segs: segs[from:len(segs):len(segs)]}, segs
}

// guessed reports whether any of text bytes [start, end) is a repair.
func (t text) guessed(start, end int) bool {
	for _, sg := range t.segs {
		if sg.guessed && int(sg.at) < end && int(sg.at+sg.n) > start {
			return true
		}
	}
	return false
}

// trimSpace drops leading and trailing white space.
func (t text) trimSpace() text {
	start, end := 0, len(t.s)
	for start < end && isTrimmedSpace(t.s[start]) {
		start++
	}
	for end > start && isTrimmedSpace(t.s[end-1]) {
		end--
	}
	if end-start == len(t.s) {
		return t // nothing to trim: no copy
	}
	return t.slice(start, end)
}

func isTrimmedSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' }

// atLeastRunes reports whether s holds at least n characters, counting
// them only when its length in bytes leaves it open.
func atLeastRunes(s string, n int) bool {
	switch {
	case len(s) < n:
		return false
	case len(s) >= n*utf8.UTFMax:
		return true
	}
	count, _ := runeCount(s)
	return count >= n
}

// runesUpTo counts the characters of s, but returns limit without a
// count when its length in bytes says there are that many at least.
func runesUpTo(s string, limit int) int {
	if len(s) >= limit*utf8.UTFMax {
		return limit
	}
	count, _ := runeCount(s)
	return count
}

// charIndex converts byte offsets of a source to character offsets. It
// keeps a checkpoint every few hundred bytes, on a rune boundary, so
// converting many offsets stays linear in the size of the source and each
// costs a count of at most that many bytes; none at all where the stretch
// is ASCII, as most of an English text is.
type charIndex struct {
	src         string
	checkpoints []checkpoint
	// last is the place answered last in a stretch that is not ASCII,
	// at a rune's start: a file's spans are asked nearly in text order,
	// and the next place after it in its stretch is counted from it, not
	// from the checkpoint.
	last checkpoint
}

// checkpoint is a place of a charIndex. The checkpoints of a file are one
// allocation, not one for each of their fields, and the offsets 32 bits,
// as a text's map keeps them.
type checkpoint struct {
	at    int32 // the byte offset, at the start of a rune
	chars int32 // the characters before it
	ascii bool  // the stretch from it to the next is ASCII
}

const charStride = 256

// index makes ci the index of src, in the room of its checkpoints
// before: a file's lexScratch keeps one charIndex from file to file,
// where making it anew was two allocations a file (issue 13).
func (ci *charIndex) index(src string) {
	n := len(src)/charStride + 1
	ci.src, ci.checkpoints, ci.last = src, slices.Grow(ci.checkpoints[:0], n), checkpoint{}
	b, chars := 0, 0
	for b < len(src) {
		next := min(b+charStride, len(src))
		for next < len(src) && !utf8.RuneStart(src[next]) {
			next++
		}
		count, ascii := runeCount(src[b:next])
		ci.checkpoints = append(ci.checkpoints, checkpoint{at: int32(b), chars: int32(chars), ascii: ascii})
		chars += count
		b = next
	}
}

// holdsHan reports whether the indexed source holds a Han character: only
// its stretches that are not ASCII are read, each of whole runes, as a
// checkpoint stands at a rune's start.
func (ci *charIndex) holdsHan() bool {
	for k, cp := range ci.checkpoints {
		if cp.ascii {
			continue
		}
		end := len(ci.src)
		if k+1 < len(ci.checkpoints) {
			end = int(ci.checkpoints[k+1].at)
		}
		if holdsHan(ci.src[cp.at:end]) {
			return true
		}
	}
	return false
}

// runeCount counts the runes of s and says whether it is all ASCII,
// looking at thirty-two bytes at a time while they are, then eight: the
// four words of a step are tested together, one branch for them all,
// for most of a file's stretches between checkpoints are ASCII
// (charIndex.index reads every byte of every file).
func runeCount(s string) (int, bool) {
	i := 0
	for ; len(s)-i >= 32; i += 32 {
		if (load8At(s, i)|load8At(s, i+8)|load8At(s, i+16)|load8At(s, i+24))&highBits != 0 {
			break
		}
	}
	for ; len(s)-i >= 8; i += 8 {
		if load8At(s, i)&highBits != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return i + utf8.RuneCountInString(s[i:]), false
		}
	}
	return len(s), true
}

func (ci *charIndex) at(b int) int {
	b = min(max(b, 0), len(ci.src))
	k := ci.checkpointBefore(b)
	if k < 0 {
		return 0
	}
	cp := ci.checkpoints[k]
	if cp.ascii {
		return int(cp.chars) + b - int(cp.at)
	}
	if ci.last.at > cp.at && int(ci.last.at) <= b {
		// The count from a rune's start on adds to the count before it:
		// no rune read from before it holds it.
		cp = ci.last
	}
	chars := int(cp.chars) + utf8.RuneCountInString(ci.src[cp.at:b])
	if b < len(ci.src) && utf8.RuneStart(ci.src[b]) {
		ci.last = checkpoint{at: int32(b), chars: int32(chars)}
	}
	return chars
}

// checkpointBefore is the index of the last checkpoint at or before byte
// b, or -1 when there is none. Checkpoints stand charStride bytes apart
// at least, so the one sought is never past b/charStride: found from
// there by a step or two back, where a binary search costs a dozen
// mispredicted branches for every span of the file.
func (ci *charIndex) checkpointBefore(b int) int {
	k := min(b/charStride, len(ci.checkpoints)-1)
	for k >= 0 && int(ci.checkpoints[k].at) > b {
		k--
	}
	return k
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

// load8 is the first eight bytes of s, little-endian: the compiler reads
// them in one load.
func load8(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// load8At is load8 of the eight bytes at s[i:]: a cut of eight bytes,
// not one to the end of s, which may be empty and makes the compiler
// guard the load (55d41ba measured the word reader's loads so).
func load8At(s string, i int) uint64 { return load8(s[i : i+8]) }

// highBits has the high bit of each byte of a word: a word of ASCII has
// none of them. ones has the low bit of each: c*ones is c in every byte.
const (
	highBits = 0x8080808080808080
	ones     = 0x0101010101010101
)
