package extract

import "testing"

// BenchmarkActors is the actors' part of extraction alone, on the
// documents of the development corpus and the seeds: the mentions and new
// actors of each (documentActors, missionMentions), and the actors named
// together (coMentions). Its MB/s are of the files' bytes.
func BenchmarkActors(b *testing.B) {
	in := append(devInputs(b), seedInputs(b)...)
	var docs []*Document
	for _, i := range in {
		// A file with no document (the corpus's README) is an error.
		if s, _, err := defaultExtractor.File(i.name, string(i.data)); err == nil {
			docs = append(docs, s.Documents...)
		}
	}
	x := defaultExtractor
	benchBytes(b, size(in), func() {
		for _, d := range docs {
			mentions, _ := documentActors(d, x.names)
			if more := missionMentions(d, x.registry); len(more) > 0 {
				sortMentions(d, append(mentions, more...))
			}
			coMentions(d)
		}
	})
}
