package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// A build that hands each file's Source back once mapped, so that the
// next files are made in its memory, writes the graph file, the store
// and the warnings a build with every Source in new memory writes: no
// string the build keeps (years, lineage's texts, the graph's
// descriptions, warnings) is a slice of a released file's texts. On the
// development set, whose 299 files reuse each other's memory, on one
// goroutine and on two, as Turtle with the documents' graphs merged, and
// with the files larger than a worker maps sent down the merging
// goroutine's path too.
func TestReleasedSourcesBuildTheSame(t *testing.T) {
	dev := devCorpus(t)
	build := func(release bool, args ...string) (file, stored []byte, warnings string) {
		t.Helper()
		defer func(r bool) { releaseSources = r }(releaseSources)
		releaseSources = release
		return buildFileAndStore(t, append([]string{dev, seeds}, args...)...)
	}
	wantFile, wantStore, wantWarnings := build(false, "--jobs", "1")
	for _, jobs := range []string{"1", "2"} {
		gotFile, gotStore, gotWarnings := build(true, "--jobs", jobs)
		if !bytes.Equal(gotFile, wantFile) {
			t.Errorf("--jobs %s: the file differs with Sources released: %d bytes, want %d", jobs, len(gotFile), len(wantFile))
		}
		if !bytes.Equal(gotStore, wantStore) {
			t.Errorf("--jobs %s: the store differs with Sources released", jobs)
		}
		if gotWarnings != wantWarnings {
			t.Errorf("--jobs %s: the warnings differ with Sources released:\n%s\nwant\n%s", jobs, gotWarnings, wantWarnings)
		}
	}
	// A Turtle file with no store merges the documents' graphs: the
	// Mapper keeps what it has described for the whole build.
	turtle := func(release bool) []byte {
		t.Helper()
		defer func(r bool) { releaseSources = r }(releaseSources)
		releaseSources = release
		out := filepath.Join(t.TempDir(), "g.ttl")
		if _, stderr, code := sckg(t, "build", dev, seeds, "--jobs", "2", "--out", out); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		file, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		return file
	}
	if !bytes.Equal(turtle(true), turtle(false)) {
		t.Error("the Turtle file, graphs merged, differs with Sources released")
	}
	defer func(m int64) { mapOnWorkerMax = m }(mapOnWorkerMax)
	mapOnWorkerMax = 0
	if gotFile, _, _ := build(true, "--jobs", "2"); !bytes.Equal(gotFile, wantFile) {
		t.Error("the file differs with Sources released after the merging goroutine mapped them")
	}
}

// devCorpus is the development set beside the repository: a test without
// it is skipped, but in CI, which has it.
func devCorpus(tb testing.TB) string {
	dir := filepath.Join("..", "..", "..", "shared", "corpus", "crunsc-dev")
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") != "" {
			tb.Fatalf("%s is missing: %v", dir, err)
		}
		tb.Skipf("no development set: %v", err)
	}
	return dir
}
