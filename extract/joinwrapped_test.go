package extract

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestWrappedBlocksAsJoined holds the copy of a wrapped paragraph's block
// from the source at once (wrapsInPlace, appendWrapped) to joinLines'
// line-by-line join, which a census with no source text makes: on every
// file of the corpora, each block's text and its map are the same.
func TestWrappedBlocksAsJoined(t *testing.T) {
	type joined struct {
		s    string
		segs []seg
	}
	sc := newFileScratch()
	blocksOf := func(lines []line, census lineCensus, page bool) []joined {
		var out []joined
		for _, b := range sc.buildBlocksFrom(lines, census, page) {
			out = append(out, joined{strings.Clone(b.t.s), slices.Clone(b.t.segs)})
		}
		return out
	}
	files, wrapped := 0, 0
	for _, f := range decodedCorpus() {
		name := f.name
		text, _, page := sc.readableText(name, f.src)
		lines, census := sc.readLines(text)
		if census.src == "" {
			continue
		}
		fast := blocksOf(lines, census, page)
		census.src = ""
		slow := blocksOf(lines, census, page)
		if len(fast) != len(slow) {
			t.Fatalf("%s: %d blocks copied at once, %d joined", filepath.Base(name), len(fast), len(slow))
		}
		for i := range fast {
			if fast[i].s != slow[i].s || !slices.Equal(fast[i].segs, slow[i].segs) {
				t.Fatalf("%s: block %d copied at once\n%q %v\njoined\n%q %v", filepath.Base(name), i, fast[i].s, fast[i].segs, slow[i].s, slow[i].segs)
			}
			if len(fast[i].segs) == 1 && strings.Count(fast[i].s, " ") > 0 && fast[i].segs[0].copied {
				wrapped++
			}
		}
		files++
	}
	if files < 4 || wrapped == 0 {
		t.Fatalf("%d files, %d blocks of one copied piece: the corpora are not read", files, wrapped)
	}
}
