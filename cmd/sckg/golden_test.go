package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden/")

// What 'sckg citations' finds in each fixture, file by file, against a
// golden file: the four Mali seeds and twelve resolutions of the printed
// volumes (testdata/crunsc). A change of extraction shows as a diff of
// these tables; refresh them with
//
//	go test ./cmd/sckg -run TestCitationsGolden -update
//
// and read the diff before committing it.
func TestCitationsGolden(t *testing.T) {
	var files []string
	for _, dir := range []string{seeds, "../../testdata/crunsc"} {
		found, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil || len(found) == 0 {
			t.Fatalf("%s: %v %v", dir, found, err)
		}
		files = append(files, found...)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txt")
		t.Run(name, func(t *testing.T) {
			out, stderr, code := sckg(t, "citations", file)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			golden := filepath.Join("testdata", "golden", "citations", name+".txt")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./cmd/sckg -run TestCitationsGolden -update)", err)
			}
			if !bytes.Equal([]byte(out), want) {
				t.Errorf("sckg citations %s differs from %s (run go test ./cmd/sckg -run TestCitationsGolden -update and check the diff):\n%s", file, golden, firstDiff(string(want), out))
			}
		})
	}
}

// firstDiff shows the first line where got differs from want.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return "line " + strconv.Itoa(i+1) + ":\n  want " + wl + "\n  got  " + gl
		}
	}
	return ""
}
