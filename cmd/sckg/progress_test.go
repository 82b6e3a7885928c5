package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/sckg/sckg/extract"
)

// A build whose standard error is not a terminal shows no bar: the other
// tests compare what it says, and a file or a pipe gets no control
// characters. --quiet is accepted and changes nothing there.
func TestNoBarWithoutATerminal(t *testing.T) {
	for _, quiet := range []string{"", "--quiet"} {
		args := []string{"build", seeds, "--format", "nquads"}
		if quiet != "" {
			args = append(args, quiet)
		}
		_, stderr, code := sckg(t, args...)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if strings.ContainsAny(stderr, "\r\x1b") || strings.Contains(stderr, "reading:") {
			t.Errorf("%s: the bar was drawn on standard error:\n%q", quiet, stderr)
		}
	}
	if newProgress(os.Stderr, true) != nil {
		t.Error("--quiet still makes a bar")
	}
}

// On a terminal (here a buffer that stands for one, with no throttle), the
// bar counts the seeds' four files, their documents and bytes read (the
// last file's share is not drawn: the bar clears itself when full), then
// the quads loaded, and clears its line at the end.
func TestBarOnATerminal(t *testing.T) {
	inputs, _ := extract.Collect([]string{seeds})
	var term bytes.Buffer
	p := &progress{w: &term}
	p.reading(fileSizes(inputs))
	for _, in := range inputs {
		p.read(fileSize(in), 1)
	}
	shown := term.String()
	for _, want := range []string{"reading: 4/4 files, 4 documents", "77%", "B/s)"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the reading bar does not show %q:\n%q", want, shown)
		}
	}
	p.loading(30000)
	p.loaded(10000)
	p.loaded(20000)
	p.done()
	shown = term.String()
	if !strings.Contains(shown, "loading the store:  33%") || !strings.Contains(shown, "10000/30000") {
		t.Errorf("the loading bar does not show its quads:\n%q", shown)
	}
	if !strings.HasSuffix(shown, "\r") {
		t.Errorf("the bar's line is not cleared at the end:\n%q", shown[max(0, len(shown)-200):])
	}
}
