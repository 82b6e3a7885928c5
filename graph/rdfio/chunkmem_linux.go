package rdfio

import (
	"syscall"
	"unsafe"
)

// adviseHugePages asks the kernel for huge pages in the 2 MB-aligned part
// of b, which the Go heap does not: transparent huge pages are often
// "madvise", for memory that asks. Pages already touched stay as they
// are, and a refusal leaves ordinary pages. Go's runtime stopped asking
// for its own heap (go.dev/issue/61718, 63334) because a fault in such
// memory may compact memory first on a machine whose memory is
// fragmented; a sink asks for two blocks, so a few such faults at most,
// against some 4,000 small ones on the build's VM. The advice stays on
// the addresses once the block is freed; a build's sink lives as long as
// the build.
func adviseHugePages(b []byte) {
	addr := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	start := int((addr+hugePageSize-1)&^(hugePageSize-1) - addr)
	end := start + (len(b)-start)/hugePageSize*hugePageSize
	if start < end {
		syscall.Madvise(b[start:end], syscall.MADV_HUGEPAGE)
	}
}
