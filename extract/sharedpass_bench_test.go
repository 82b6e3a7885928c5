package extract

import "testing"

// BenchmarkParagraphCues is the shared pass over each paragraph's bytes
// (the citation scanner's findIn, which reads the anchors and the keys)
// and the steps after it that read a paragraph's cue words: findRelations
// (relationKeys, saysSupportBy, mayNameCoordination), the look for "the
// Mission" (missionMentions) and the clause marks of findRequests
// (clauseList.find), on the documents of the development corpus and the
// seeds, as buildDocument runs them. Its MB/s are of the files' bytes, so
// that its cost compares with BenchmarkDev's.
func BenchmarkParagraphCues(b *testing.B) {
	in := append(devInputs(b), seedInputs(b)...)
	docs := extractedDocuments(in)
	x := defaultExtractor
	clauses := new(clauseList)
	benchBytes(b, size(in), func() {
		var cs citationScanner
		for _, d := range docs {
			for _, p := range d.Paragraphs {
				p.keysRead = false
				if p.Kind != Sub {
					cs.findIn(p)
				}
			}
			missionMentions(d, x.registry)
			findRelations(d, d.Mandate)
			clauses.find(d)
		}
	})
}
