package extract

import "testing"

// TestDocumentScratchHoldsNothing reads a long document and then short
// ones, and checks that the pooled room of buildDocument holds none of
// their texts or citations past its lengths, which release clears and
// no longer the whole room. The pool may hand back a new scratch (it
// drops some under -race): those files check nothing, and most must.
func TestDocumentScratchHoldsNothing(t *testing.T) {
	ins := devInputs(t)
	long := ins[0]
	for _, in := range ins {
		if len(in.data) > len(long.data) {
			long = in
		}
	}
	files, checked := append([]benchInput{long}, ins[:20]...), 0
	for _, in := range files {
		defaultExtractor.File(in.name, string(in.data))
		s := documentScratchPool.Get().(*documentScratch)
		if cap(s.texts) > 0 {
			checked++
		}
		for i, x := range s.texts[:cap(s.texts)] {
			if x.s != "" || x.segs != nil {
				t.Fatalf("after %s: texts[%d] of %d kept", in.name, i, cap(s.texts))
			}
		}
		for i, c := range s.citations[:cap(s.citations)] {
			if c != nil {
				t.Fatalf("after %s: citations[%d] of %d kept", in.name, i, cap(s.citations))
			}
		}
		for i, c := range s.cited[:cap(s.cited)] {
			if c != nil {
				t.Fatalf("after %s: cited[%d] of %d kept", in.name, i, cap(s.cited))
			}
		}
		documentScratchPool.Put(s)
	}
	if checked < len(files)/2 {
		t.Fatalf("the pool gave back a used scratch after %d of %d files: nothing to check", checked, len(files))
	}
}
