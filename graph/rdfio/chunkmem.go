package rdfio

import "unsafe"

// chunkMemory is where the chunks of a bounded sink's records come from:
// one block of the heap, allocated when the first chunk is needed, whose
// pages ask the kernel for huge pages (adviseHugePages). The block starts
// on a huge page's boundary, cut from an allocation 2 MB longer, so that
// all of it can be huge pages: its unaligned ends faulted 4 KB at a time
// (about 1,000 faults of a 902-text build). The spare 2 MB is never
// touched, so it is not resident, but Go counts it: 4 MB of the build's
// soft memory limit for a sink's two blocks. A
// sink fills some 16 MB of chunks once and reuses them from spill to
// spill, and that first filling faulted in each 4 KB page on the
// goroutine that adds: some 4,000 faults, 14 us each on the build's VM.
// A huge page is one fault for 2 MB. The chunks stay on the heap, so the
// build's memory limit still sees them.
type chunkMemory struct {
	chunks int    // how many chunks the block holds
	block  []byte // block[free:] is not handed out yet
	free   int
}

// chunk returns an empty chunk of capacity chunkSize, or nil when the
// block's are all handed out (or m holds none).
func (m *chunkMemory) chunk() []byte {
	if m.block == nil && m.chunks > 0 {
		b := make([]byte, m.chunks*chunkSize+hugePageSize)
		off := hugePageSize - int(uintptr(unsafe.Pointer(unsafe.SliceData(b)))&(hugePageSize-1))
		m.block = b[off : off+m.chunks*chunkSize]
		adviseHugePages(m.block)
	}
	if len(m.block)-m.free < chunkSize {
		return nil
	}
	c := m.block[m.free : m.free : m.free+chunkSize]
	m.free += chunkSize
	return c
}

// hugePageSize is the size of a huge page on the systems sckg runs on.
const hugePageSize = 2 << 20
