package main

import (
	"bytes"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestVizChain(t *testing.T) {
	store := maliStore(t)
	dir := t.TempDir()

	// the format from --out's extension; the same bytes twice
	svg := filepath.Join(dir, "chain.svg")
	for i := 0; i < 2; i++ {
		_, stderr, code := sckg(t, "viz", "chain", "S/RES/2584 (2021)", "--depth", "2", "--store", store, "--out", svg)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
	}
	data, err := os.ReadFile(svg)
	if err != nil {
		t.Fatal(err)
	}
	if err := xml.Unmarshal(data, new(struct{ XMLName xml.Name })); err != nil {
		t.Fatalf("not XML: %v", err)
	}
	for _, s := range []string{"S/RES/2531(2020)", "S/RES/2480(2019)", `class="legend"`} {
		if !bytes.Contains(data, []byte(s)) {
			t.Errorf("the SVG has no %q", s)
		}
	}

	// cited-by, on standard output, as GraphML
	out, stderr, code := sckg(t, "viz", "chain", "S/RES/2374(2017)", "--direction", "cited-by", "--depth", "1", "--store", store, "--format", "graphml")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, "<graphml") || !strings.Contains(out, "S/RES/2584(2021)") {
		t.Errorf("cited-by GraphML:\n%.400s", out)
	}

	// mistakes are usage errors
	for _, args := range [][]string{
		{"viz", "chain", "S/RES/2584(2021)", "--store", store, "--out", filepath.Join(dir, "x.pdf")},
		{"viz", "chain", "S/RES/2584(2021)", "--store", store, "--direction", "sideways"},
		{"viz", "tree", "S/RES/2584(2021)", "--store", store},
		{"viz", "chain", "S/RES/2584(2021)"},
	} {
		if _, stderr, code := sckg(t, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2: %s", args, code, stderr)
		}
	}
	if _, stderr, code := sckg(t, "viz", "--help"); code != 0 || !strings.Contains(stderr, "Examples:") {
		t.Errorf("viz --help: exit %d: %s", code, stderr)
	}
}
