package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// corpusFiles is every file of the seeds, the fixtures and the
// development set (when it is there): the real texts the reference tests
// hold each fast path to its specification on.
func corpusFiles() []string {
	var files []string
	for _, dir := range []string{seeds, "../testdata", devCorpus} {
		more, _ := filepath.Glob(filepath.Join(dir, "*"))
		files = append(files, more...)
	}
	return files
}

// eachCorpusText calls f with the text of each file of corpusFiles, read
// whole (folders among them are passed over).
func eachCorpusText(t testing.TB, f func(text string)) {
	t.Helper()
	for _, path := range corpusFiles() {
		if b, err := os.ReadFile(path); err == nil {
			f(string(b))
		}
	}
}
