package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// sckg diff on the seeds: the draft and the resolution it became are the
// same text; 2584 (2021) renews 2531 (2020)'s mandate for another year.
func TestDiff(t *testing.T) {
	file := func(name string) string { return filepath.Join(seeds, name) }
	stdout, stderr, code := sckg(t, "diff", file("001_3151c5fdb0f5a467.txt"), file("000_e1b7d92fa5d83019.txt"), "--new", "S/RES/2531 (2020)", "--changed")
	if code != 0 {
		t.Fatalf("diff: %d %s", code, stderr)
	}
	if lines := strings.Split(strings.TrimSpace(stdout), "\n"); len(lines) != 2 || !strings.HasPrefix(lines[0], "S/2020/600 → S/RES/2531(2020): similarity 1") {
		t.Errorf("draft → 2531 --changed lists changes:\n%s", stdout)
	}

	stdout, stderr, code = sckg(t, "diff", file("000_e1b7d92fa5d83019.txt"), file("002_94fc391085a7c37b.txt"), "--old", "S/RES/2531(2020)", "--format", "json")
	if code != 0 {
		t.Fatalf("diff: %d %s", code, stderr)
	}
	var res diffResult
	if err := json.Unmarshal([]byte(stdout), &res); err != nil {
		t.Fatal(err)
	}
	if res.Old != "S/RES/2531(2020)" || res.New != "S/RES/2584(2021)" {
		t.Errorf("compared %s and %s", res.Old, res.New)
	}
	found := false
	for _, l := range res.Links {
		if l.To == "op_17" {
			found = true
			if l.From != "op_16" || l.Status != "changed" || len(l.Changes) != 1 || l.Changes[0] != (diffChange{Removed: "2021", Added: "2022"}) {
				t.Errorf("op_17: %+v", l)
			}
		}
	}
	if !found {
		t.Errorf("no op_17 in %s", stdout)
	}

	stdout, _, _ = sckg(t, "diff", file("000_e1b7d92fa5d83019.txt"), file("002_94fc391085a7c37b.txt"), "--old", "S/RES/2531(2020)")
	row := false
	for _, l := range strings.Split(stdout, "\n") {
		row = row || strings.Join(strings.Fields(l), " ") == "op_16 op_17 changed 0.909 [-2021-]{+2022+}"
	}
	if !row {
		t.Errorf("the table does not show op_16 → op_17 with its change:\n%s", stdout)
	}
	if _, stderr, code := sckg(t, "diff", file("000_e1b7d92fa5d83019.txt"), file("002_94fc391085a7c37b.txt"), "--old", "S/RES/9999(2020)"); code == 0 || !strings.Contains(stderr, "no document S/RES/9999(2020)") {
		t.Errorf("a symbol not in the file: %d %s", code, stderr)
	}
}
