package extract

import "testing"

// BenchmarkMentionsOfWords is appendMentions alone, with the registry's
// names, on the words of the paragraphs of dev and the seeds read
// before (appendTextWords), so that the matcher's cost is seen apart
// from the reading's, which BenchmarkRegistryMentions adds. Its MB/s are
// of the paragraphs' bytes.
func BenchmarkMentionsOfWords(b *testing.B) {
	paras, n := benchParagraphs(b)
	read := make([][]textWord, len(paras))
	for i, p := range paras {
		read[i] = appendTextWords(nil, p.Text)
	}
	var mentions []*Mention
	scratch := new(matcherScratch)
	var made slab[Mention] // as a file's arena's, given again at each pass
	m := &nameMatcher{base: defaultExtractor.names, mentions: &made, opening: &scratch.opening}
	benchBytes(b, n, func() {
		made.reset()
		for i, p := range paras {
			mentions = appendMentions(mentions[:0], p, read[i], m)
		}
	})
}
