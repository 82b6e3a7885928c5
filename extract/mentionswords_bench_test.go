package extract

import "testing"

// BenchmarkMentionsOfWords is appendMentions alone, with the registry's
// names, on the words of the paragraphs of dev and the seeds read
// before (appendTextWords); each pass starts from the words as read, so
// that the hashes made when asked are made again. Its MB/s are of the
// paragraphs' bytes.
func BenchmarkMentionsOfWords(b *testing.B) {
	paras, n := benchParagraphs(b)
	read := make([][]textWord, len(paras))
	for i, p := range paras {
		read[i] = appendTextWords(nil, p.Text)
	}
	var words []textWord
	var mentions []*Mention
	scratch := new(matcherScratch)
	m := &nameMatcher{base: defaultExtractor.names, mentions: &scratch.mentions}
	benchBytes(b, n, func() {
		for i, p := range paras {
			words = append(words[:0], read[i]...)
			mentions = appendMentions(mentions[:0], p, words, m)
		}
	})
}
