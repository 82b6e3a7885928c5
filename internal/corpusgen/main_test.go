package main

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"

	"github.com/sckg/sckg/extract"
	"github.com/sckg/sckg/ontology/symbol"
)

// devTexts is the development set beside the repository, as the bench
// uses it; the test skips without it, outside CI.
func devTexts(t *testing.T) []Template {
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared", "corpus", "crunsc-dev")
	templates, err := Load(dir)
	if err != nil {
		t.Skipf("no development texts: %v", err)
	}
	return templates
}

// Fifty documents spread over a corpus of 30,000 (every copy, so every
// renumbering, years up to the 2440s included): the extractor reads each
// as the one resolution its file name says, no two alike, and cites
// resolutions of the corpus.
func TestGeneratedDocuments(t *testing.T) {
	g := New(devTexts(t), 30000, 1)
	x := extract.New(nil, extract.Options{})
	seen := map[string]bool{}
	cited := 0
	for i := range 50 {
		k := i * 599
		name := g.Name(k)
		src, _, err := x.File(name, g.Text(k))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(src.Documents) != 1 {
			t.Fatalf("%s: %d documents, want 1", name, len(src.Documents))
		}
		c, tm := g.which(k)
		num, year := g.Symbol(c, tm)
		want := symbol.Resolution(itoa(num), itoa(year)).String()
		if got := src.Documents[0].Symbol; got != want {
			t.Errorf("%s: read as %s, want %s", name, got, want)
		}
		if seen[want] {
			t.Errorf("%s: %s made twice", name, want)
		}
		seen[want] = true
		for _, cit := range src.Documents[0].Citations {
			s := symbol.Parse(cit.Target)
			if s.Kind() == symbol.KindResolution && s.Year() != "" {
				cited++
				if !g.inCorpus(cit.Target) {
					t.Errorf("%s cites %s, which the corpus does not hold", name, cit.Target)
				}
			}
		}
	}
	if cited == 0 {
		t.Error("no document cites a resolution")
	}
}

// The same flags give the same corpus; another seed another order.
func TestDeterministic(t *testing.T) {
	templates := devTexts(t)
	a, b, other := New(templates, 600, 7), New(templates, 600, 7), New(templates, 600, 8)
	differ := 0
	for k := 0; k < 600; k += 37 {
		if a.Name(k) != b.Name(k) || a.Text(k) != b.Text(k) {
			t.Fatalf("document %d differs between two runs with the same seed", k)
		}
		if a.Name(k) != other.Name(k) {
			differ++
		}
	}
	if differ == 0 {
		t.Error("another seed gives the same order")
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// inCorpus tells whether sym is a resolution the corpus holds.
func (g *Generator) inCorpus(sym string) bool {
	for k := range g.n {
		c, t := g.which(k)
		num, year := g.Symbol(c, t)
		if sym == fmt.Sprintf("S/RES/%d(%d)", num, year) {
			return true
		}
	}
	return false
}
