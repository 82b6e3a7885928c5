package rdfio

import (
	"bytes"
	"fmt"
	"testing"
)

// TestRecordsPastTheirMemory holds records that fill more chunks than
// their memory's block, and one longer than a chunk, to the bytes added.
func TestRecordsPastTheirMemory(t *testing.T) {
	r := records{memory: chunkMemory{chunks: 2}}
	var want [][]byte
	for i := 0; r.used < 5; i++ {
		rec := fmt.Appendf(nil, "%0*d", 1000+i%7000, i)
		if i == 100 {
			rec = bytes.Repeat([]byte{'x'}, chunkSize+1)
		}
		want = append(want, rec)
		addRecord(&r, rec, 1)
	}
	for i, rec := range want {
		if !bytes.Equal(r.at(i), rec) {
			t.Fatalf("record %d: %.20q, want %.20q", i, r.at(i), rec)
		}
	}
	inBlock := 0
	for _, c := range r.chunks[:r.used] {
		for i := range r.memory.chunks {
			if &c[:1][0] == &r.memory.block[i*chunkSize] {
				inBlock++
			}
		}
	}
	if inBlock != r.memory.chunks {
		t.Errorf("%d chunks of the block's %d", inBlock, r.memory.chunks)
	}
}
