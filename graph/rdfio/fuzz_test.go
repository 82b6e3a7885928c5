package rdfio

import (
	"bytes"
	"fmt"
	"testing"
	"time"
)

// The readers that 'sckg validate' uses take files from anywhere: whatever
// the bytes, they return quads or an error, never panic or hang, and what
// they return can be written as N-Quads that read back as the same
// statements (or is refused by the writer with an error). The seed corpus
// is under testdata/fuzz/FuzzRead*/: Turtle, N-Quads and JSON-LD written
// by sckg from the Mali graph, and hand-written syntax that sckg never
// writes (prefixes, collections, nested blank nodes, long strings,
// numbers). A short run is part of CI:
//
//	go test ./graph/rdfio -run '^$' -fuzz '^FuzzReadTurtle$' -fuzztime 30s

func FuzzReadTurtle(f *testing.F) { fuzzRead(f, Turtle) }

func FuzzReadNQuads(f *testing.F) { fuzzRead(f, NQuads) }

func FuzzReadJSONLD(f *testing.F) { fuzzRead(f, JSONLD) }

// perInput bounds the time one input may take: the fuzzer gives an input
// no time limit, so a hang would only show as a stalled run.
const perInput = 10 * time.Second

func fuzzRead(f *testing.F, format Format) {
	f.Fuzz(func(t *testing.T, data []byte) {
		done := make(chan error, 1)
		go func() { done <- readBack(data, format) }()
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
		case <-time.After(perInput):
			t.Fatalf("reading %d bytes of %s took more than %s", len(data), format, perInput)
		}
	})
}

// readBack reads data and checks that what it gives can be written as
// N-Quads that read back as the same statements.
func readBack(data []byte, format Format) error {
	quads, err := Read(bytes.NewReader(data), format)
	if err != nil {
		return nil
	}
	var written bytes.Buffer
	if _, err := WriteNQuads(&written, quads); err != nil {
		return nil // a term the writer refuses, such as a relative IRI
	}
	back, err := Read(bytes.NewReader(written.Bytes()), NQuads)
	if err != nil {
		return fmt.Errorf("N-Quads written from what was read do not read back: %v\n%s", err, written.Bytes())
	}
	var again bytes.Buffer
	if _, err := WriteNQuads(&again, back); err != nil {
		return fmt.Errorf("N-Quads read back cannot be written again: %v", err)
	}
	if !bytes.Equal(written.Bytes(), again.Bytes()) {
		return fmt.Errorf("N-Quads read back differ:\n%s\nread back as\n%s", written.Bytes(), again.Bytes())
	}
	return nil
}

// The inputs on which knakk/rdf's lexer hangs or crashes are refused with
// an error that says why; the same characters inside IRIs, strings and
// comments, and numbers written with a digit before the dot, are read.
func TestLexerTraps(t *testing.T) {
	for _, c := range []struct {
		format Format
		in     string
		want   string // "" to be read without an error
	}{
		{Turtle, "<http://x/s> <http://x/p>\n.5 .\n", "line 2"},
		{NQuads, "<A:><A0:><A:>..000\\<", "hang or crash"},
		{Turtle, "<http://x/s> <http://x/p> \"\"\"\"a\" b\"\"\" .\n", "begins with a quote"},
		{Turtle, "<http://x/s> <http://x/p> 0.5, 1.5e3, -2 .\n", ""},
		{Turtle, "<http://x/s> <http://x/p> \"\"\"x\n.5 and ..5\"\"\" . # .5\n", ""},
		{Turtle, "<http://x/s> <http://x/p> \"\"\"\"\"\" .\n", ""},
		{NQuads, "<http://x/..5> <http://x/p> \"-.5\" .\n", ""},
	} {
		_, err := Read(bytes.NewReader([]byte(c.in)), c.format)
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%q: %v", c.in, err)
		case c.want != "" && (err == nil || !bytes.Contains([]byte(err.Error()), []byte(c.want))):
			t.Errorf("%q: %v, want an error saying %q", c.in, err, c.want)
		}
	}
}
