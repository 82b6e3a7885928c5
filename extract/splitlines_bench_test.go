package extract

import "testing"

// BenchmarkSplitLines runs splitLines alone over the development corpus's
// readable texts, with one scratch as an Extractor keeps it.
func BenchmarkSplitLines(b *testing.B) {
	texts := readableDevTexts(b)
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	sc := newFileScratch()
	benchBytes(b, int64(n), func() {
		for _, t := range texts {
			sc.splitLines(t)
		}
	})
}

// readableDevTexts is the texts splitLines reads of the development
// corpus's files.
func readableDevTexts(b *testing.B) []string {
	var out []string
	sc := newFileScratch()
	for _, t := range decodedTexts(devInputs(b)) {
		text, _, _ := sc.readableText(t.name, t.src)
		out = append(out, text)
	}
	return out
}
