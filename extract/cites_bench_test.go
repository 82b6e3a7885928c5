package extract

import "testing"

// BenchmarkCites measures the citation scanner alone, over every paragraph
// it reads of the development corpus's documents, extracted once
// beforehand; BenchmarkRequestsPart measures the passes that read a
// document's own statements. Read as ratios within one run, as the other
// benchmarks (issue 13).
func BenchmarkCites(b *testing.B) {
	in := devInputs(b)
	docs := extractedDocuments(in)
	b.Run("find", func(b *testing.B) {
		benchBytes(b, size(in), func() {
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
	// findIn reads an operative paragraph's keys too, in the same pass
	// as its anchors, as buildDocument asks for them; at a4c9be9 that was
	// find and, for the extractors after it, keysIn.
	b.Run("findIn", func(b *testing.B) {
		benchBytes(b, size(in), func() {
			var cs citationScanner
			for _, d := range docs {
				for _, p := range d.Paragraphs {
					if p.Kind != Sub {
						p.keysRead = false
						cs.findIn(p)
					}
				}
			}
		})
	})
}

// extractedDocuments is every document extracted from the inputs that
// are Council texts.
func extractedDocuments(in []benchInput) []*Document {
	var docs []*Document
	for _, t := range decodedTexts(in) {
		if s, _, err := defaultExtractor.File(t.name, t.src); err == nil {
			docs = append(docs, s.Documents...)
		}
	}
	return docs
}
