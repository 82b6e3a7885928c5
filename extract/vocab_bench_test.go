package extract

import "testing"

// BenchmarkPrintedOf answers the questions of dev's files that break a
// word at a line's end, as fileVocabulary asks them: read word by word
// (no source) and by the search of the file's text for the questions'
// first letters.
func BenchmarkPrintedOf(b *testing.B) {
	type asking struct {
		src   string
		lines []line
		q     wordQuestions
	}
	var files []asking
	n := 0
	for _, in := range decodedTexts(devInputs(b)) {
		// A scratch for each file: the texts of its cleaned lines are
		// its arena's.
		sc := newFileScratch()
		text, _, _ := sc.readableText(in.name, in.src)
		lines, _ := sc.readLines(text)
		var q wordQuestions
		q.read(lines)
		if len(q.index) == 0 {
			continue
		}
		files = append(files, asking{text, lines, q})
		n += len(text)
	}
	for _, c := range []struct {
		name   string
		source bool
	}{{"words", false}, {"search", true}} {
		b.Run(c.name, func(b *testing.B) {
			benchBytes(b, int64(n), func() {
				for i := range files {
					f := &files[i]
					src := ""
					if c.source {
						src = f.src
					}
					printedOf(f.lines, src, &f.q)
				}
			})
		})
	}
}
