package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sckg/sckg/graph/rdfio"
	"github.com/sckg/sckg/graph/store"
)

// A build that spills its sort every few hundred statements and loads its
// store a few thousand quads at a time writes the same file and stores
// the same quads as one that holds everything: on the seeds with one of
// them copied under a second name, so that 2584 (2021)'s named graph is
// made from two files and loaded in two batches. So does one that maps
// every file on the goroutine that merges them, as it does large files.
func TestStreamingBuildIsTheSame(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(seeds, "002_94fc391085a7c37b.txt"))
	if err != nil {
		t.Fatal(err)
	}
	dir := seedFolder(t, map[string][]byte{"zzz_copy.txt": data})
	build := func() ([]byte, []byte) {
		t.Helper()
		file, stored, _ := buildFileAndStore(t, dir)
		return file, stored
	}
	wantFile, wantStore := build()

	defer func(m, b int) { sortMemory, spoolBatch = m, b }(sortMemory, spoolBatch)
	sortMemory, spoolBatch = 200_000, 3000
	gotFile, gotStore := build()
	if !bytes.Equal(gotFile, wantFile) {
		t.Errorf("the streamed file differs: %d bytes, want %d", len(gotFile), len(wantFile))
	}
	if !bytes.Equal(gotStore, wantStore) {
		t.Errorf("the streamed store differs: %d bytes of N-Quads, want %d", len(gotStore), len(wantStore))
	}

	// Files too large to be mapped on a worker are mapped as they merge.
	defer func(max int64) { mapOnWorkerMax = max }(mapOnWorkerMax)
	mapOnWorkerMax = 0
	gotFile, gotStore = build()
	if !bytes.Equal(gotFile, wantFile) {
		t.Errorf("the file mapped while merging differs: %d bytes, want %d", len(gotFile), len(wantFile))
	}
	if !bytes.Equal(gotStore, wantStore) {
		t.Errorf("the store mapped while merging differs: %d bytes of N-Quads, want %d", len(gotStore), len(wantStore))
	}
}

// A Turtle file built with no store, whose worker describes each actor,
// state and cited document once (graph.Builder.GraphsMerged) and whose
// sort spills its coded records every few hundred statements, is the file
// a build with a store writes, which describes them in every document's
// graph and merges them in the sort.
func TestMergedTurtleIsTheSame(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(seeds, "002_94fc391085a7c37b.txt"))
	if err != nil {
		t.Fatal(err)
	}
	dir := seedFolder(t, map[string][]byte{"zzz_copy.txt": data})
	build := func(args ...string) []byte {
		t.Helper()
		out := filepath.Join(t.TempDir(), "g.ttl")
		if _, stderr, code := sckg(t, append([]string{"build", dir, "--out", out}, args...)...); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		file, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		return file
	}
	want := build("--store", filepath.Join(t.TempDir(), "g.db"))
	defer func(m int) { sortMemory = m }(sortMemory)
	sortMemory = 200_000
	if got := build(); !bytes.Equal(got, want) {
		t.Errorf("the merged file differs: %d bytes, want %d", len(got), len(want))
	}
}

// buildFileAndStore builds the inputs and args into an N-Quads file and a
// bolt store in a folder of the test's, and returns the file, the store's
// quads written as N-Quads, and what the build said, the folder's path
// written TMP.
func buildFileAndStore(t *testing.T, inputsAndArgs ...string) (file, stored []byte, said string) {
	t.Helper()
	tmp := t.TempDir()
	out, at := filepath.Join(tmp, "g.nq"), filepath.Join(tmp, "g.db")
	_, stderr, code := sckg(t, append(append([]string{"build"}, inputsAndArgs...), "--out", out, "--store", at)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	file, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.OpenExisting(at)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	quads, err := st.Quads()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := rdfio.WriteNQuads(&buf, quads); err != nil {
		t.Fatal(err)
	}
	return file, buf.Bytes(), strings.ReplaceAll(stderr, tmp, "TMP")
}
