package extract

import "testing"

// BenchmarkActorsArea is every step of extraction that reads the actors,
// on the documents of the development corpus and the seeds: the mentions
// and new actors (documentActors, missionMentions), the mandate facts,
// the relations and the actors named together. Its MB/s are of the
// files' bytes, so that its cost compares with BenchmarkDev's.
func BenchmarkActorsArea(b *testing.B) {
	in := append(devInputs(b), seedInputs(b)...)
	docs := extractedDocuments(in)
	x := defaultExtractor
	var room mentionRoom // as a file's arena's, given again at each pass
	var pairs arenaBuffers[CoMention]
	benchBytes(b, size(in), func() {
		room.reset()
		pairs.reset()
		for _, d := range docs {
			d.Mentions, _ = documentActors(d, x.names, &room)
			d.Mentions = withMentionsMerged(d, d.Mentions, missionMentions(d, x.registry), &room)
			d.Mandate = findMandateFacts(d, x.registry)
			d.Relations = findRelations(d, d.Mandate)
			d.CoMentions = coMentions(d, &pairs)
		}
	})
}

// BenchmarkCoMentions is coMentions alone, on the documents of the
// development corpus and the seeds; its MB/s are of the files' bytes.
func BenchmarkCoMentions(b *testing.B) {
	in := append(devInputs(b), seedInputs(b)...)
	docs := extractedDocuments(in)
	var pairs arenaBuffers[CoMention] // as a file's arena's, given again at each pass
	benchBytes(b, size(in), func() {
		pairs.reset()
		for _, d := range docs {
			coMentions(d, &pairs)
		}
	})
}

// BenchmarkRelations is findRelations alone, on the documents of the
// development corpus and the seeds; its MB/s are of the files' bytes.
func BenchmarkRelations(b *testing.B) {
	in := append(devInputs(b), seedInputs(b)...)
	docs := extractedDocuments(in)
	benchBytes(b, size(in), func() {
		for _, d := range docs {
			findRelations(d, d.Mandate)
		}
	})
}
