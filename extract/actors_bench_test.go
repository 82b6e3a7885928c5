package extract

import "testing"

// BenchmarkActors is the actors' part of extraction alone, on the
// documents of the development corpus and the seeds: the mentions and new
// actors of each (documentActors, missionMentions), and the actors named
// together (coMentions). Its MB/s are of the files' bytes.
func BenchmarkActors(b *testing.B) {
	in := append(devInputs(b), seedInputs(b)...)
	docs := extractedDocuments(in)
	x := defaultExtractor
	var room mentionRoom // as a file's arena's, given again at each pass
	var pairs arenaBuffers[CoMention]
	benchBytes(b, size(in), func() {
		room.reset()
		pairs.reset()
		for _, d := range docs {
			mentions, _ := documentActors(d, x.names, &room)
			withMentionsMerged(d, mentions, missionMentions(d, x.registry), &room)
			coMentions(d, &pairs)
		}
	})
}

// benchParagraphs is the paragraphs the actors are looked for in, of the
// development corpus and the seeds, and their bytes.
func benchParagraphs(b *testing.B) ([]*Paragraph, int64) {
	var paras []*Paragraph
	n := int64(0)
	for _, i := range append(devInputs(b), seedInputs(b)...) {
		s, _, err := defaultExtractor.File(i.name, string(i.data))
		if err != nil {
			continue // a file with no document
		}
		for _, d := range s.Documents {
			for _, p := range d.Paragraphs {
				if p.Kind != Sub {
					paras = append(paras, p)
					n += int64(len(p.Text))
				}
			}
		}
	}
	return paras, n
}

// BenchmarkTextWords is the reading of the paragraphs' words alone
// (appendTextWords); its MB/s are of the paragraphs' bytes.
func BenchmarkTextWords(b *testing.B) {
	paras, n := benchParagraphs(b)
	var words []textWord
	benchBytes(b, n, func() {
		for _, p := range paras {
			words = appendTextWords(words[:0], p.Text)
		}
	})
}

// BenchmarkRegistryMentions is the registry's names found in the
// paragraphs' words, read first; its MB/s are of the paragraphs' bytes.
func BenchmarkRegistryMentions(b *testing.B) {
	paras, n := benchParagraphs(b)
	var words []textWord
	var mentions []*Mention
	scratch := new(matcherScratch)
	var made slab[Mention] // as a file's arena's, given again at each pass
	m := &nameMatcher{base: defaultExtractor.names, mentions: &made, opening: &scratch.opening}
	benchBytes(b, n, func() {
		made.reset()
		for _, p := range paras {
			words = appendTextWords(words[:0], p.Text)
			mentions = appendMentions(mentions[:0], p, words, m)
		}
	})
}
