package main

import (
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
)

func TestCitationsListing(t *testing.T) {
	out, stderr, code := sckg(t, "citations", seeds, "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rows []citationRow
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range rows {
		if r.Document == "S/RES/2531(2020)" && r.Paragraph == "op_2" && r.Target == "S/RES/2480(2019)" && r.Paragraph2 == "op_4" {
			found = r.Type == "cito:citesAsRelated" && r.Text == "paragraph 4 of resolution 2480 (2019)" && r.Confidence == 1
		}
	}
	if !found {
		t.Errorf("no row for 2531 (2020) op_2 -> paragraph 4 of resolution 2480 (2019) as cito:citesAsRelated")
	}

	out, _, _ = sckg(t, "citations", seeds, "--format", "csv")
	records, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("csv: %v", err)
	}
	if len(records) != len(rows)+1 || records[0][0] != "file" {
		t.Errorf("csv has %d records for %d citations", len(records), len(rows))
	}

	table, _, _ := sckg(t, "citations", seeds)
	if !strings.Contains(table, "S/2020/600") || !strings.Contains(table, "cito:citesAsAuthority") {
		t.Errorf("table:\n%.500s", table)
	}
}
