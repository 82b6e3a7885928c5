package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/sckg/sckg/graph/store"
	"github.com/sckg/sckg/internal/storetest"
)

// maliStore loads the Mali graph into a new bolt store and returns its
// folder, closed, as 'sckg build --store' leaves it.
func maliStore(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "mali.db")
	s, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.ReplaceGraphs(context.Background(), storetest.MaliQuads(t)); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

const docIRI = "https://w3id.org/sckg/doc/"

func TestQueryFormatsAndScripts(t *testing.T) {
	store := maliStore(t)

	// table: documents by symbol, paragraphs with their fragment, CiTO types by prefix
	out, stderr, code := sckg(t, "query", "paragraph-citations", "S/RES/2531(2020)#op_2", "--store", store)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !regexp.MustCompile(`S/RES/2531\(2020\)#op_2\s+S/RES/2480\(2019\)#op_4\s+cito:cites\w*\s+paragraph 4 of resolution 2480 \(2019\)`).MatchString(out) {
		t.Errorf("paragraph-citations table:\n%s", out)
	}

	// csv: one header, full IRIs
	out, stderr, code = sckg(t, "query", "cited-by", "S/RES/2374 (2017)", "--store", store, "--format", "csv")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("not CSV: %v\n%s", err, out)
	}
	if strings.Join(recs[0], ",") != "kind,depth,id,source,target" {
		t.Errorf("CSV header %v", recs[0])
	}
	if !strings.Contains(out, "node,1,<"+docIRI+"S/RES/2584(2021)>,,") {
		t.Errorf("CSV lacks 2584 (2021) at depth 1:\n%s", out)
	}

	// --param, and a node parameter given as a symbol
	out, _, code = sckg(t, "query", "path", "S/RES/2584(2021)", "--param", "to=S/RES/2480 (2019)", "--store", store, "--format", "json")
	var steps []map[string]any
	if err := json.Unmarshal([]byte(out), &steps); err != nil || code != 0 || len(steps) != 2 {
		t.Errorf("path: exit %d, %v\n%s", code, err, out)
	}

	// ad-hoc scripts, inline and from a file, and the result limit
	script := `g.V("<` + docIRI + `S/RES/2584(2021)>").Out("<http://data.europa.eu/eli/ontology#cites>").All()`
	out, stderr, code = sckg(t, "query", "--gizmo", script, "--store", store, "--limit", "2")
	if code != 0 || strings.Count(strings.TrimSpace(out), "\n") != 2 || !strings.Contains(stderr, "first 2 results; there are more") {
		t.Errorf("--gizmo --limit 2: exit %d\n%s\n%s", code, out, stderr)
	}
	file := filepath.Join(t.TempDir(), "q.js")
	os.WriteFile(file, []byte(script), 0o644)
	out, _, code = sckg(t, "query", "--file", file, "--store", store, "--format", "json")
	var ids []map[string]any
	if err := json.Unmarshal([]byte(out), &ids); err != nil || code != 0 || len(ids) < 10 {
		t.Errorf("--file: exit %d, %d results, %v", code, len(ids), err)
	}
	_, stderr, code = sckg(t, "query", "--gizmo", "(function(){ while(true){} })()", "--store", store, "--timeout", "300ms")
	if code != 1 || !strings.Contains(stderr, "stopped at the time limit of 300ms") {
		t.Errorf("endless script: exit %d: %s", code, stderr)
	}
}

func TestQueryUsage(t *testing.T) {
	store := maliStore(t)
	missing := filepath.Join(t.TempDir(), "nothing")
	for _, tt := range []struct {
		args []string
		want string
		code int
	}{
		{[]string{"query", "cited-by", "S/RES/1(1946)", "--store", missing}, "no store at " + missing, 1},
		{[]string{"query", "cited-by", "S/RES/1(1946)", "--store", "memory"}, "memory store starts empty", 1},
		{[]string{"query", "cited-by", "x", "--store", store, "--format", "xml"}, "use table, json or csv", 2},
		{[]string{"query", "cited-by", "x", "--store", store, "--param", "nosuch=1"}, "has no parameter nosuch", 2},
		{[]string{"query", "cited-by", "--store", store}, "needs parameter symbol", 2},
		{[]string{"query", "--gizmo", "g.V()", "--file", "x.js", "--store", store}, "not both", 2},
		{[]string{"query", "cited-by", "--gizmo", "g.V()", "--store", store}, "takes no query name", 2},
		{[]string{"query", "--store", store}, "name the query to run", 2},
		{[]string{"query", "--gizmo", "g.V(", "--store", store}, "sckg query:", 1},
	} {
		_, stderr, code := sckg(t, tt.args...)
		if code != tt.code || !strings.Contains(stderr, tt.want) {
			t.Errorf("sckg %v: exit %d, %q; want %d and %q", tt.args, code, stderr, tt.code, tt.want)
		}
	}
	if _, err := os.Stat(missing); err == nil {
		t.Errorf("query created a store at %s", missing)
	}
}

func TestQueriesListing(t *testing.T) {
	out, _, code := sckg(t, "queries")
	for _, name := range []string{"citation-chain:", "cited-by:", "paragraph-citations:", "path:", "votes:"} {
		if code != 0 || !strings.Contains(out, name) {
			t.Errorf("sckg queries lacks %s:\n%s", name, out)
		}
	}
	if !strings.Contains(out, "  symbol     the cited document") {
		t.Errorf("sckg queries shows no parameters:\n%s", out)
	}
	out, _, code = sckg(t, "queries", "path")
	if code != 0 || !strings.Contains(out, "(function () {") || !strings.Contains(out, "  to ") {
		t.Errorf("sckg queries path:\n%s", out)
	}
	if _, stderr, code := sckg(t, "queries", "nosuch"); code != 2 || !strings.Contains(stderr, "no query called") {
		t.Errorf("unknown query: %d %s", code, stderr)
	}
}

// The query commands on a PostgreSQL store that 'sckg build' made.
func TestQueryPostgres(t *testing.T) {
	url := storetest.PostgresURL(t)
	empty := url // a schema without Cayley's tables
	if _, stderr, code := sckg(t, "query", "cited-by", "S/RES/2374(2017)", "--store", empty); code != 1 || !strings.Contains(stderr, "no store in") {
		t.Errorf("query on an empty database: %d %s", code, stderr)
	}
	if _, stderr, code := sckg(t, "build", seeds, "--store", url, "--out", filepath.Join(t.TempDir(), "m.ttl")); code != 0 {
		t.Fatalf("build into PostgreSQL: %s", stderr)
	}
	out, stderr, code := sckg(t, "query", "cited-by", "S/RES/2374(2017)", "--store", url)
	if code != 0 || !regexp.MustCompile(`node\s+1\s+S/RES/2531\(2020\)`).MatchString(out) {
		t.Errorf("cited-by from PostgreSQL: %d %s\n%s", code, stderr, out)
	}
}

// devStore builds the named files of the development set into a new
// store and returns its folder.
func devStore(t *testing.T, names ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join(devCorpus(t), name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	store := filepath.Join(t.TempDir(), "dev.db")
	if _, stderr, code := sckg(t, "build", dir, "--store", store, "--out", filepath.Join(t.TempDir(), "dev.nq"), "--quiet"); code != 0 {
		t.Fatal(stderr)
	}
	return store
}

// paragraph-citations shows a citation printed in a footnote with the
// footnote's mark, as the citation of the paragraph that holds the mark:
// 639 (1989) pp_2 "Having studied the report of the Secretary-General
// … of 21 July 1989, 45" over "45 Ibid., document S/20742.".
func TestQueryFootnoteCitation(t *testing.T) {
	store := devStore(t, "S_RES_0639_1989_EN_GOLD.txt")
	out, stderr, code := sckg(t, "query", "paragraph-citations", "S/RES/639(1989)", "--store", store, "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rows []map[string]any
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	found := false
	for _, row := range rows {
		if row["target"] == "<"+docIRI+"S/20742>" {
			found = true
			if row["footnote"] != "45" || row["source"] != "<"+docIRI+"S/RES/639(1989)#pp_2>" {
				t.Errorf("the citation of S/20742: %v, want footnote 45 of pp_2", row)
			}
		} else if _, ok := row["footnote"]; ok && row["target"] != "<"+docIRI+"S/20733>" {
			t.Errorf("a footnote on a citation of the text: %v", row)
		}
	}
	if !found {
		t.Errorf("no citation of S/20742:\n%s", out)
	}
}

// The votes query lists the members absent from a vote apart from those
// present and not voting, as 3 (1946) and 81 (1950) print them: "by 9
// votes (Australia, present and not voting; Union of Soviet Socialist
// Republics, absent)", and "One member (Union of Soviet Socialist
// Republics) was absent." under the adoption line.
func TestQueryVotesAbsent(t *testing.T) {
	store := devStore(t, "S_RES_0003_1946_EN_GOLD.txt", "S_RES_0081_1950_EN_GOLD.txt")
	for _, c := range []struct {
		symbol string
		want   []string
	}{
		{"S/RES/3(1946)", []string{`not participating\s+actor/state/AUS\s`, `absent\s+actor/state/SUN\s`}},
		{"S/RES/81(1950)", []string{`absent\s+actor/state/SUN\s`}},
	} {
		out, stderr, code := sckg(t, "query", "votes", c.symbol, "--store", store)
		if code != 0 {
			t.Fatalf("votes %s: exit %d: %s", c.symbol, code, stderr)
		}
		for _, w := range c.want {
			if !regexp.MustCompile(w).MatchString(out) {
				t.Errorf("votes %s: no row %q:\n%s", c.symbol, w, out)
			}
		}
		if c.symbol == "S/RES/81(1950)" && strings.Contains(out, "not participating") {
			t.Errorf("votes %s: a member not participating:\n%s", c.symbol, out)
		}
	}
}
