package extract

import "testing"

// BenchmarkLinesToBlocks runs splitLines and buildBlocks, the two passes
// that turn a file's readable text into blocks, over the development
// corpus, with one scratch as an Extractor keeps it.
func BenchmarkLinesToBlocks(b *testing.B) {
	type readable struct {
		text     string
		explicit bool
	}
	var texts []readable
	n := 0
	sc := newFileScratch()
	for _, t := range decodedTexts(devInputs(b)) {
		text, _, page := sc.readableText(t.name, t.src)
		texts = append(texts, readable{text, page})
		n += len(text)
	}
	benchBytes(b, int64(n), func() {
		for _, t := range texts {
			lines, census := sc.readLines(t.text)
			sc.buildBlocksFrom(lines, census, t.explicit)
		}
	})
}
