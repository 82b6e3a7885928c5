package rdfio

import (
	"syscall"
	"unsafe"
)

// adviseHugePages asks the kernel for huge pages in the 2 MB-aligned part
// of b, which the Go heap does not: transparent huge pages are often
// "madvise", for memory that asks. Pages already touched stay as they
// are, and a refusal leaves ordinary pages.
func adviseHugePages(b []byte) {
	addr := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	start := int((addr+hugePageSize-1)&^(hugePageSize-1) - addr)
	end := start + (len(b)-start)/hugePageSize*hugePageSize
	if start < end {
		syscall.Madvise(b[start:end], syscall.MADV_HUGEPAGE)
	}
}
