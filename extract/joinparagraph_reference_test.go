package extract

import (
	"slices"
	"testing"
)

// TestJoinParagraphAsJoinBlocks holds joinParagraph, which slices the
// file's joined texts where its blocks stand there one after another, and
// joinBlocks, which copies them, both mapping them by joinedMap, to
// joinBlocksByBuilder, which writes them and their map piece by piece: the same bytes and the same map, for every
// run of two to five blocks of the corpora's files, whole and with their
// first block cut after a number's room as councilParagraphs cuts it, and
// with their last cut short as unquote may.
func TestJoinParagraphAsJoinBlocks(t *testing.T) {
	sources := corpusSourcesOrSkip(t)
	sliced := 0
	for _, src := range sources {
		sliced += checkJoinParagraph(t, src)
	}
	// The bundled seeds alone hold such runs: none sliced is a shortcut
	// lost (buildBlocks' line breaks), which the output would not show.
	if sliced == 0 {
		t.Fatal("no run of joined blocks sliced")
	}
	t.Logf("%d runs sliced", sliced)
}

// FuzzJoinParagraphAsJoinBlocks is TestJoinParagraphAsJoinBlocks on drawn
// texts: wrapped paragraphs, hyphens at the lines' ends, blank lines,
// rules and items.
func FuzzJoinParagraphAsJoinBlocks(f *testing.F) {
	f.Add("The Security Council,\n\nRecalling its resolution 242\n(1967) of 22 November,\n\n1. Decides that the peace-\nkeeping force shall\n(a) continue;\n(b) report to the\nCouncil.\n")
	f.Add("Resolution 1 (1946)\nof 25 January 1946\n\nThe Security Council,\n\nNoting with concern the situa-\ntion in the region,\n-----\n1 Footnote\nwrapped here\n2. Requests the Secretary-\nGeneral to report;\n\n\"3. Quoted text\ngoes on.\"\n")
	f.Fuzz(func(t *testing.T, src string) {
		if len(src) > 1<<16 {
			return
		}
		checkJoinParagraph(t, src)
	})
}

// checkJoinParagraph checks joinParagraph and joinBlocks against
// joinBlocksByBuilder on the runs of blocks of src, and returns how many
// joinParagraph sliced.
func checkJoinParagraph(t *testing.T, src string) (sliced int) {
	t.Helper()
	sc := newFileScratch()
	lines := sc.splitLines(src)
	blocks := sc.buildBlocks(lines, false)
	for i := range blocks {
		for n := 2; n <= 5 && i+n <= len(blocks); n++ {
			run := make([]text, n)
			for k := range run {
				run[k] = blocks[i+k].t
			}
			for _, cut := range []int{0, 1, 3} {
				texts := slices.Clone(run)
				if cut > 0 && len(texts[0].s) > cut {
					texts[0] = texts[0].slice(cut, len(texts[0].s))
				}
				for _, short := range []int{0, 1} {
					last := &texts[len(texts)-1]
					if short > 0 && len(last.s) > short {
						*last = last.slice(0, len(last.s)-short)
					}
					want := joinBlocksByBuilder(texts)
					if got := joinBlocks(texts, new(textRoom)); got.s != want.s || !slices.Equal(got.segs, want.segs) {
						t.Fatalf("joinBlocks(%+v)\n= %q %v\nwant %q %v", texts, got.s, got.segs, want.s, want.segs)
					}
					if got := sc.joinParagraph(texts); got.s != want.s || !slices.Equal(got.segs, want.segs) {
						t.Fatalf("joinParagraph(%+v)\n= %q %v\nwant %q %v", texts, got.s, got.segs, want.s, want.segs)
					}
					if _, ok := runOfLines(sc.joined.b.String(), texts); ok {
						sliced++
					}
				}
			}
		}
	}
	return sliced
}

// joinBlocksByBuilder is joinBlocks as it was before joinedMap: each
// block and the line break before it written with its map by a
// textBuilder.
func joinBlocksByBuilder(blocks []text) text {
	if len(blocks) == 1 {
		return blocks[0]
	}
	var tb textBuilder
	for i, t := range blocks {
		if i > 0 {
			prevEnd := tb.text().sourceAt(tb.len()-1, true)
			tb.write("\n", prevEnd, 0)
		}
		tb.appendText(t)
	}
	return tb.text()
}
