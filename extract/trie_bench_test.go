package extract

import "testing"

// BenchmarkTrieWalk is the registry's trie alone: the longest label at
// each word of the paragraphs of dev and the seeds that may start one
// (the words appendMentions gives to match); its MB/s are of the
// paragraphs' bytes.
func BenchmarkTrieWalk(b *testing.B) {
	paras, n := benchParagraphs(b)
	type candidates struct {
		p     *Paragraph
		words []textWord
		at    []int
	}
	var all []candidates
	m := &nameMatcher{base: defaultExtractor.names}
	firsts := m.base.t.firstsFilter()
	for _, p := range paras {
		c := candidates{p: p, words: appendTextWords(nil, p.Text)}
		m.read(p.Text, c.words)
		for k, w := range c.words {
			if firsts.has(w.folded) && m.mayStart(k) {
				c.at = append(c.at, k)
			}
		}
		all = append(all, c)
	}
	found := 0
	benchBytes(b, n, func() {
		for _, c := range all {
			m.read(c.p.Text, c.words)
			for _, k := range c.at {
				if e, _ := m.match(k); e != nil {
					found++
				}
			}
		}
	})
}
