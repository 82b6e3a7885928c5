package store

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"os"
)

// checkBoltLayout reads what bolt reads while it opens a file (the meta
// pages and the free list they name) and fails where bolt would read past
// the file or its memory map. bolt takes the file's lock before it reads,
// and a fault or an index out of range inside its Open (on a free list
// overwritten or cut off) leaves the file open and locked with no handle
// to close it: every later open in the process then waits for the lock
// for ever. Checked here with plain reads, such a file is an error first.
//
// The layout is bolt 1.3's: a page begins with a 16-byte header (id,
// flags, count, overflow), and a meta page's body holds magic, version,
// page size, flags, the root bucket, the free list's page, the high-water
// page, the transaction id and a checksum of what comes before it.
func checkBoltLayout(f *os.File, size int64) error {
	var first [pageHeaderSize + metaSize]byte
	if _, err := f.ReadAt(first[:], 0); err != nil {
		return fmt.Errorf("reading its first meta page: %w", err)
	}
	pageSize := int64(os.Getpagesize())
	meta0, err0 := readBoltMeta(first[pageHeaderSize:])
	if err0 == nil {
		pageSize = int64(meta0.pageSize)
	}
	var second [pageHeaderSize + metaSize]byte
	if _, err := f.ReadAt(second[:], pageSize); err != nil {
		return fmt.Errorf("reading its second meta page: %w", err)
	}
	meta1, err1 := readBoltMeta(second[pageHeaderSize:])
	// bolt uses the meta page of the later transaction if it is sound,
	// else the other.
	newer, errNewer, older, errOlder := meta0, err0, meta1, err1
	if meta1.txid > meta0.txid {
		newer, errNewer, older, errOlder = meta1, err1, meta0, err0
	}
	meta := newer
	if errNewer != nil {
		if errOlder != nil {
			return fmt.Errorf("both meta pages are unsound (%v; %v)", err0, err1)
		}
		meta = older
	}
	pages := size / pageSize
	if meta.highWater > uint64(pages) {
		return fmt.Errorf("the file ends at page %d, but its meta page counts %d pages", pages, meta.highWater)
	}
	if meta.freeList < 2 || meta.freeList >= meta.highWater {
		return fmt.Errorf("its free list is said to be at page %d, outside pages 2 to %d", meta.freeList, meta.highWater-1)
	}
	var header [pageHeaderSize + 8]byte
	at := int64(meta.freeList) * pageSize
	if _, err := f.ReadAt(header[:], at); err != nil {
		return fmt.Errorf("reading its free list: %w", err)
	}
	flags := binary.LittleEndian.Uint16(header[8:])
	count := uint64(binary.LittleEndian.Uint16(header[10:]))
	overflow := uint64(binary.LittleEndian.Uint32(header[12:]))
	if flags&freeListPageFlag == 0 {
		return fmt.Errorf("page %d, which its meta page names as the free list, is not one (flags %#x)", meta.freeList, flags)
	}
	if meta.freeList+overflow >= meta.highWater {
		return fmt.Errorf("its free list runs past the file's last page")
	}
	if count == 0xFFFF { // the count is the list's first element
		count = binary.LittleEndian.Uint64(header[pageHeaderSize:])
		if count == 0 {
			return fmt.Errorf("its free list's count is unsound")
		}
	}
	if room := (overflow+1)*uint64(pageSize) - pageHeaderSize; count > room/8 {
		return fmt.Errorf("its free list counts %d pages, more than its %d bytes hold", count, room)
	}
	return nil
}

const (
	pageHeaderSize   = 16
	metaSize         = 64
	freeListPageFlag = 0x10
	boltMagic        = 0xED0CDAED
	boltVersion      = 2
)

type boltMeta struct {
	pageSize            uint32
	freeList, highWater uint64
	txid                uint64
}

func readBoltMeta(b []byte) (boltMeta, error) {
	le := binary.LittleEndian
	m := boltMeta{
		pageSize:  le.Uint32(b[8:]),
		freeList:  le.Uint64(b[32:]),
		highWater: le.Uint64(b[40:]),
		txid:      le.Uint64(b[48:]),
	}
	if le.Uint32(b[0:]) != boltMagic {
		return m, fmt.Errorf("not a bolt meta page")
	}
	if v := le.Uint32(b[4:]); v != boltVersion {
		return m, fmt.Errorf("bolt version %d, not %d", v, boltVersion)
	}
	sum := fnv.New64a()
	sum.Write(b[:56])
	if sum.Sum64() != le.Uint64(b[56:]) {
		return m, fmt.Errorf("its checksum does not match")
	}
	if m.pageSize < 1024 || m.pageSize&(m.pageSize-1) != 0 {
		return m, fmt.Errorf("page size %d", m.pageSize)
	}
	return m, nil
}

func checkBoltFile(path string, size int64) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return checkBoltLayout(f, size)
}
