//go:build unix

// The bad-input corpus needs a named pipe, which only Unix file systems have.

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/sckg/sckg/extract"
)

// TestBuildBadInputCorpus builds the bad-input corpus (testdata/bad, and
// what is too large or too strange to keep in a repository, made here)
// mixed with the seeds, as `sckg build` does, and checks that each bad
// file is named with its problem and that it changes nothing of the
// rest: the Turtle is byte for byte that of the files that build, built
// alone (issue 16).
func TestBuildBadInputCorpus(t *testing.T) {
	bad := t.TempDir()
	kept, err := filepath.Glob("../../testdata/bad/*")
	if err != nil || len(kept) < 10 {
		t.Fatalf("testdata/bad: %v %v", kept, err)
	}
	for _, f := range kept {
		if name := filepath.Base(f); name == "README.md" || name == "truncated.txt" {
			continue // the corpus's notes, and a file that builds (below)
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(bad, filepath.Base(f)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A named pipe that no one writes to: reading it would wait for ever.
	if err := syscall.Mkfifo(filepath.Join(bad, "x.txt"), 0o644); err != nil {
		t.Fatalf("mkfifo: %v", err)
	}
	// One line of 8 MiB, under the input cap, with no document in it.
	huge := bytes.Repeat([]byte("the situation in Mali, "), 8<<20/23)
	if err := os.WriteFile(filepath.Join(bad, "one-line.txt"), huge, 0o644); err != nil {
		t.Fatal(err)
	}
	// A file over the cap, sparse: its size alone turns it away.
	big, err := os.Create(filepath.Join(bad, "huge.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := big.Truncate(extract.MaxFileSize + 1<<20); err != nil {
		t.Fatal(err)
	}
	big.Close()

	// The files that build: the seeds, and the truncated resolution,
	// which builds with a warning.
	good := seedFolder(t, map[string][]byte{"truncated.txt": readFile(t, "../../testdata/bad/truncated.txt")})
	alone := filepath.Join(t.TempDir(), "alone.ttl")
	if _, stderr, code := sckg(t, "build", good, "--out", alone); code != 0 {
		t.Fatalf("the good files alone: exit %d: %s", code, stderr)
	}
	mixed := filepath.Join(t.TempDir(), "mixed.ttl")
	list := filepath.Join(t.TempDir(), "warnings.tsv")
	_, stderr, code := sckg(t, "build", good, bad, "--out", mixed, "--warnings", list)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}

	warnings := string(readFile(t, list))
	for _, want := range []string{
		"skipped empty.txt: file is empty",
		"skipped blank.md: file is empty",
		"skipped empty.html: file is empty",
		"skipped scan.txt: binary file (NUL byte at offset 43), not text",
		"skipped nul-bytes.txt: binary file (NUL byte at offset 300), not text",
		"skipped latin1.txt: not valid UTF-8 (first bad byte 0xE9 at offset 19)",
		"skipped utf16-odd.txt: UTF-16 text with an odd number of bytes (truncated?)",
		// UTF-16 is decoded, with or without a mark, in either order: what
		// stops these is that a shopping list is no Council document.
		"skipped utf16le-bom.txt: no Security Council document recognised",
		"skipped utf16be-bom.txt: no Security Council document recognised",
		"warning: utf16le-nobom.txt: UTF-16 (little-endian) text without a byte-order mark",
		"skipped utf16le-nobom.txt: no Security Council document recognised",
		"warning: utf16be-nobom.txt: UTF-16 (big-endian) text without a byte-order mark",
		"skipped utf16be-nobom.txt: no Security Council document recognised",
		"warning: truncated.txt: 2584 (2021): the last operative paragraph ends mid-sentence: is the file truncated?",
		"skipped x.txt: not a regular file (a named pipe)",
		"skipped one-line.txt: no Security Council document recognised",
		"skipped huge.txt: file is 65 MiB; sckg reads files up to 64 MiB",
		"7 documents from 5 files",
		"; 14 file(s) skipped",
	} {
		// So many problems make the terminal a summary; the list has
		// every one, kind first.
		switch {
		case strings.HasPrefix(want, "skipped "):
			if line := "input\t" + strings.TrimPrefix(want, "skipped "); !strings.Contains(warnings, line) {
				t.Errorf("--warnings does not say %q", line)
			}
		case strings.HasPrefix(want, "warning: "):
			if line := "\t" + strings.TrimPrefix(want, "warning: "); !strings.Contains(warnings, line) {
				t.Errorf("--warnings does not say %q", line)
			}
		case !strings.Contains(stderr, want):
			t.Errorf("stderr does not say %q", want)
		}
	}
	if !strings.Contains(stderr, "all of them in "+list) {
		t.Errorf("stderr does not point to the full list in %s", list)
	}
	if t.Failed() {
		t.Logf("stderr:\n%s\n--warnings:\n%s", stderr, warnings)
	}
	if a, m := readFile(t, alone), readFile(t, mixed); !bytes.Equal(a, m) {
		t.Errorf("the bad files changed the Turtle: %d bytes alone, %d mixed", len(a), len(m))
	}
}
