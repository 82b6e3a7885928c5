package extract

import "testing"

// BenchmarkTimingWords reads the timing words of every paragraph of the
// development corpus and the seeds, as readTiming does each clause's.
func BenchmarkTimingWords(b *testing.B) {
	var texts []string
	var n int64
	for _, d := range extractedDocuments(append(devInputs(b), seedInputs(b)...)) {
		for _, p := range d.Paragraphs {
			texts = append(texts, p.Text)
			n += int64(len(p.Text))
		}
	}
	benchBytes(b, n, func() {
		for _, s := range texts {
			timingWordsIn(s)
		}
	})
}
