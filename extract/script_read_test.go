package extract

import (
	"strings"
	"testing"
)

// TestScriptCountReadAsAdd holds a document's language, counted with
// the ASCII paragraphs' letters skipped (addRead) and counted again
// whole where complete says so, to the count of every paragraph (add):
// each file of the corpora split into paragraphs at its blank lines and
// at its lines, and each mixed with the Chinese texts' paragraphs in
// proportions on either side of language's bound.
func TestScriptCountReadAsAdd(t *testing.T) {
	var docs [][]string
	var han []string // paragraphs holding Han
	for _, src := range corpusSources() {
		for _, sep := range []string{"\n\n", "\n"} {
			pieces := strings.Split(src, sep)
			docs = append(docs, pieces)
			for _, p := range pieces {
				if strings.ContainsFunc(p, isHan) {
					han = append(han, p)
				}
			}
		}
	}
	if len(han) == 0 {
		t.Skip("no Chinese text at hand")
	}
	latin := []string{"Recalls its resolution 2374 (2017),", "Décide de proroger", "", "a"}
	for i, h := range han[:min(len(han), 200)] {
		for n := range 40 {
			doc := []string{h}
			for k := range n {
				doc = append(doc, latin[(i+k)%len(latin)])
			}
			docs = append(docs, doc, append(doc[1:], h))
		}
	}
	zh := 0
	for _, doc := range docs {
		var all, read scriptCount
		for _, p := range doc {
			all.add(p)
			read.addRead(p, isASCII(p))
		}
		if !read.complete() {
			read = scriptCount{}
			for _, p := range doc {
				read.add(p)
			}
		}
		if got, want := read.language(), all.language(); got != want {
			t.Fatalf("%q: language %s, counted whole %s", doc[:min(len(doc), 3)], got, want)
		}
		if all.language() == "zh" {
			zh++
		}
	}
	if zh == 0 || zh == len(docs) {
		t.Fatalf("%d of %d documents Chinese: the test tells nothing", zh, len(docs))
	}
}
