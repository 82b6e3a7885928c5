package extract

import "testing"

// BenchmarkCites measures the passes of citations and requests alone, on
// the documents of the development corpus extracted once beforehand: the
// citation scanner over every paragraph it reads, and the requests,
// mandate facts and relations of each document. Read as ratios within
// one run, as the other benchmarks (issue 13).
func BenchmarkCites(b *testing.B) {
	var docs []*Document
	var n int64
	for _, in := range devInputs(b) {
		src, err := DecodeText(in.name, in.data)
		if err != nil {
			continue
		}
		s, _, _ := defaultExtractor.File(in.name, src)
		if s != nil {
			docs = append(docs, s.Documents...)
		}
		n += int64(len(in.data))
	}
	b.Run("find", func(b *testing.B) {
		benchBytes(b, n, func() {
			var cs citationScanner
			for _, d := range docs {
				for _, p := range d.Paragraphs {
					if p.Kind != Sub {
						cs.find(p.Text)
					}
				}
			}
		})
	})
	b.Run("requests", func(b *testing.B) {
		benchBytes(b, n, func() {
			for _, d := range docs {
				findRequests(d)
			}
		})
	})
	b.Run("mandate", func(b *testing.B) {
		benchBytes(b, n, func() {
			for _, d := range docs {
				findMandateFacts(d, defaultExtractor.registry)
			}
		})
	})
	b.Run("relations", func(b *testing.B) {
		benchBytes(b, n, func() {
			for _, d := range docs {
				findRelations(d, d.Mandate)
			}
		})
	})
}
