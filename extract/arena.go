package extract

import "runtime"

// fileArena is the memory the model of one file is made in: its first
// document, its paragraphs and sub-paragraphs, the joined text
// of their blocks, and its citations, mentions and requests. A file's
// model was some 2.4 MB of new memory for each 0.65 MB of text, and the
// collector's work on it, with the faults of fresh pages, a sixth of
// extraction's time (issue 13). A caller done with a Source hands it back
// (Source.Release), and the next file is made in the same memory, which
// is warm and needs no collecting. A Source never released is collected
// with its arena, as before.
type fileArena struct {
	room       sourceRoom
	paragraphs arenaBuffers[Paragraph] // a buffer for each part's paragraphs
	lines      []byte                  // the bytes of the lines' texts that cleaning wrote
	joined     []byte                  // the bytes of the texts of blocks of several lines
	items      slab[Paragraph]         // sub-paragraphs
	texts      textRoom                // the texts of paragraphs joined from blocks apart
	citations  valueRoom[Citation]
	mentions   mentionRoom
	requests   requestRoom
	// The documents' lists of their paragraphs and of the actors they
	// name together.
	paragraphLists arenaBuffers[*Paragraph]
	coMentionLists arenaBuffers[CoMention]
	kept           arenaPool // where Release hands it back
}

// arenaPool keeps the arenas handed back, a few: not a sync.Pool, which
// every collection empties, so that the arenas were made again and grown
// again from their first blocks.
type arenaPool chan *fileArena

// newArenaPool keeps enough arenas for the files in a build's window on
// jobs goroutines (all cores when < 1), being read and mapped.
func newArenaPool(jobs int) arenaPool {
	return make(arenaPool, 4*max(jobs, runtime.GOMAXPROCS(0)))
}

// maxKeptArena is the most memory an arena handed back may hold and
// still serve again: one that a large file grew is let go, not kept for
// the rest of the build: the model of a file takes a few times its text.
const maxKeptArena = 4 << 20

// getArena is an arena of x's to make the next file's model in: one
// handed back, emptied, or a new one.
func (x *Extractor) getArena() *fileArena {
	select {
	case a := <-x.arenas:
		a.reset()
		return a
	default:
		return &fileArena{kept: x.arenas}
	}
}

// reset has a give its memory again from the start, for the next file.
func (a *fileArena) reset() {
	a.paragraphs.reset()
	a.items.reset()
	a.texts.reset()
	a.citations.reset()
	a.mentions.reset()
	a.requests.reset()
	a.paragraphLists.reset()
	a.coMentionLists.reset()
}

// Release hands the memory s was made in back to the Extractor that made
// it, for the files it reads next. After it, s, its documents and
// everything they hold (paragraphs, citations, mentions, requests, the
// strings of their texts) may change at any time: release a Source only
// once, when nothing reads it any more and what is kept of it has been
// copied. A build releases each file's Source once it is mapped.
func (s *Source) Release() {
	a := s.arena
	if a == nil {
		return
	}
	s.arena, s.Documents = nil, nil
	if a.size() > maxKeptArena {
		return
	}
	// The documents, and their strings in the file's text, are let go
	// while the arena waits; the blocks are cleared as they serve again.
	a.room = sourceRoom{}
	select {
	case a.kept <- a:
	default:
	}
}

// size is about the memory a holds, in bytes.
func (a *fileArena) size() int {
	return cap(a.lines) + cap(a.joined) + a.paragraphs.size() + a.items.size() + a.texts.size() + a.citations.size() + a.mentions.size() + a.requests.size() +
		a.paragraphLists.size() + a.coMentionLists.size()
}

// valueRoom is where the values of one kind a file's documents find are
// made (citations, mentions, requests), and the documents' lists of
// them: the file's arena's.
type valueRoom[T any] struct {
	made  slab[T]
	lists arenaBuffers[*T]
}

func (r *valueRoom[T]) reset()    { r.made.reset(); r.lists.reset() }
func (r *valueRoom[T]) size() int { return r.made.size() + r.lists.size() }

// list is an empty list with room for n values.
func (r *valueRoom[T]) list(n int) []*T { return r.lists.take(n) }

type mentionRoom = valueRoom[Mention]

// requestRoom is a valueRoom of requests, with the lists of their
// addressees and cited paragraphs.
type requestRoom struct {
	valueRoom[Request]
	addressees arenaBuffers[string]
	refersTo   arenaBuffers[*Citation]
}

func (r *requestRoom) reset() {
	r.valueRoom.reset()
	r.addressees.reset()
	r.refersTo.reset()
}

func (r *requestRoom) size() int {
	return r.valueRoom.size() + r.addressees.size() + r.refersTo.size()
}

// textRoom is where the texts joined from blocks that do not stand one
// after another in the file's joined texts are written, with their maps
// (joinBlocks): the file's arena's.
type textRoom struct {
	bytes arenaBuffers[byte]
	segs  arenaBuffers[seg]
}

func (r *textRoom) reset()    { r.bytes.reset(); r.segs.reset() }
func (r *textRoom) size() int { return r.bytes.size() + r.segs.size() }

// arenaBuffers hands out slices of T with room for a given number of
// values, made the first time and given again, emptied, after a reset.
type arenaBuffers[T any] struct {
	all  [][]T
	used int
}

// take returns an empty slice of capacity n, zeroed to its capacity: its
// user may reslice it up to n without appending. Like make, it never
// returns nil; room for nothing takes no buffer.
func (b *arenaBuffers[T]) take(n int) []T {
	if n == 0 {
		return []T{}
	}
	if b.used == len(b.all) {
		b.all = append(b.all, nil)
	}
	buf := b.all[b.used]
	if cap(buf) < n {
		buf = make([]T, n)
		b.all[b.used] = buf
	} else {
		clear(buf[:n])
	}
	b.used++
	return buf[:0:n]
}

func (b *arenaBuffers[T]) reset() { b.used = 0 }

func (b *arenaBuffers[T]) size() int { return blocksSize(b.all) }
