package extract

import "unsafe"

// lexScratch holds the buffers that lexing one file fills: its lines and
// their maps, the spans and flags that decide its blocks, the blocks and
// their maps, its parts, and which part owns each line. The model never
// points into them (it holds strings, spans and pointers to its own
// values), except for the short strings of strings, whose bytes are
// never written again once kept, and the file's arena, which its Source
// owns: so an Extractor hands them from one file to the next instead of
// making them anew. They are most of the lexer's allocation, and of the
// GC's work on it.
//
// The bytes of a paragraph's Text are the arena's, and reused only once
// the Source is released. What a scratch's lists still point to of the
// last file it read (its lines' and blocks' texts) lives until the next
// file overwrites it, in the pool: one file's text at most (putScratch).
type lexScratch struct {
	lines      []line
	lineSegs   []seg       // the maps of the lines' texts
	joinedSegs []seg       // the maps of the blocks of several lines
	joined     textBuilder // the builder of the blocks of several lines
	spans      []blockSpan
	blocks     []block
	counts     []int32 // the line census's counts (newLineCensus)
	owners     []*part
	chars      charIndex // the file's index of characters
	mayHoldHan bool      // the file's text holds a Han character, or may (a web page)
	// The parts of the file being read and the room they are made in
	// (newPart), of which usedParts are taken.
	parts     []*part
	partRoom  []part
	usedParts int

	// A part's paragraphs before their texts are final (councilParagraphs),
	// the slices that hold their first blocks, and the maps of the blocks
	// cut from the body's. A file's parts are read one after another, each
	// done with these before the next begins.
	rawParagraphs []rawParagraph
	alloc         paragraphAlloc
	// strings holds the short strings the model keeps of each file: its
	// digest, its documents' symbols and text hashes.
	strings stringSlab

	// The lexer's lists kept from file to file: the lines with marks to
	// clean (splitLines), and the words a file that breaks words at its
	// lines' ends asks about (fileVocabulary).
	markedLines []int32
	questions   wordQuestions
	// stateNames remembers what the state tables said of the names of
	// vote lists (statesOf), from file to file.
	stateNames stateNameMemo
	// arena is the memory of the model of the file being read: its
	// Source, first document and that one's vote (voteRoom), paragraphs,
	// texts, citations, mentions and requests.
	arena *fileArena
}

// getScratch takes a scratch from x's pool, or makes one.
func (x *Extractor) getScratch() *lexScratch {
	if sc, ok := x.scratch.Get().(*lexScratch); ok {
		return sc
	}
	return new(lexScratch)
}

// putScratch gives sc back to x's pool once the file it served is read.
// It lets go of what would keep more than that file alive in the pool:
// the parts it used, whose documents the next file's parts may not all
// overwrite, and the arena, which is the Source's.
func (x *Extractor) putScratch(sc *lexScratch) {
	sc.chars.src = ""
	sc.arena = nil
	clear(sc.partRoom[:sc.usedParts])
	sc.usedParts = 0
	x.scratch.Put(sc)
}

// stringSlab makes short strings a block of bytes at a time, not each in
// an allocation of its own: a file's digest and its document's symbol
// were two allocations of every file (600 a run of dev, issue 13). A
// string shares its block's bytes, which are never written again once
// kept, so that what one file leaves of a block serves the next: the
// block holds no pointers and keeps nothing else alive.
type stringSlab struct {
	free []byte // the rest of the block, after the strings kept
}

// stringBlockSize is the size of a block: the strings of a dozen files.
const stringBlockSize = 1024

// room returns an empty slice with room for n bytes at least, to append
// a string to and hand to keep.
func (s *stringSlab) room(n int) []byte {
	if cap(s.free) < n {
		s.free = make([]byte, 0, max(n, stringBlockSize))
	}
	return s.free[:0]
}

// keep returns b, appended to the slice room returned, as a string, and
// takes its bytes from the free room. A b that outgrew that room (its
// append made an array of its own) is the string's alone, and the room
// stays free.
func (s *stringSlab) keep(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	if unsafe.SliceData(b) == unsafe.SliceData(s.free) {
		s.free = s.free[len(b):len(b)]
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// zeroed returns buf resized to n zero elements, reusing its memory when
// it is large enough.
func zeroed[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

// slab makes values a block at a time, not one by one, each block as
// large as all before it (from 8 to 256, and at most maxSlabBlockBytes),
// so that a document that finds few makes few, and one that finds
// hundreds does not make each apart. A file's arena holds one of each
// kind it makes (fileArena): after a reset, the blocks made are given
// again, emptied, in the order they were made.
type slab[T any] struct {
	block  []T
	made   int   // the values of the blocks given so far
	blocks [][]T // every block made
	used   int   // of blocks, given since the reset
}

// maxSlabBlockBytes bounds a slab's blocks: it is the allocator's largest
// size class, past which an allocation takes whole pages. 256 citations
// of 136 bytes took 40,960 bytes, 240 take 32,768.
const maxSlabBlockBytes = 32 << 10

// next returns a new, zeroed value; one of its own when s is nil.
func (s *slab[T]) next() *T {
	if s == nil {
		return new(T)
	}
	if len(s.block) == 0 {
		if s.used < len(s.blocks) {
			s.block = s.blocks[s.used]
			clear(s.block)
		} else {
			var zero T
			n := min(max(s.made, 8), 256, max(1, maxSlabBlockBytes/int(unsafe.Sizeof(zero))))
			s.block = make([]T, n)
			s.blocks = append(s.blocks, s.block)
		}
		s.used++
		s.made += len(s.block)
	}
	x := &s.block[0]
	s.block = s.block[1:]
	return x
}

// reset has s give its blocks again, from the first.
func (s *slab[T]) reset() { s.block, s.made, s.used = nil, 0, 0 }

// size is the bytes of the blocks s made.
func (s *slab[T]) size() int { return blocksSize(s.blocks) }

// blocksSize is the bytes of the arrays of blocks, a slab's or an
// arena's buffers.
func blocksSize[T any](blocks [][]T) int {
	var zero T
	n := 0
	for _, b := range blocks {
		n += cap(b)
	}
	return n * int(unsafe.Sizeof(zero))
}
