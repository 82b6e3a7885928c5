package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// These tests run the command as a user does, on the bundled Mali seeds.

const seeds = "../../testdata/seeds"

func sckg(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut)
	return out.String(), errOut.String(), code
}

// seedFolder copies the seeds into a fresh folder, with extra files.
func seedFolder(t *testing.T, extra map[string][]byte) string {
	t.Helper()
	dir := t.TempDir()
	files, err := filepath.Glob(filepath.Join(seeds, "*.txt"))
	if err != nil || len(files) != 4 {
		t.Fatalf("seeds: %v %v", files, err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for name, data := range extra {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

var summaryRE = regexp.MustCompile(`(\d+) documents from (\d+) files, (\d+) triples`)

func TestBuildSkipsBadFilesAndBuildsTheRest(t *testing.T) {
	dir := seedFolder(t, map[string][]byte{
		"scan.txt":   {0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0xff, 0xfe},
		"empty.md":   {},
		"latin1.txt": []byte("R\xe9solution 2531 (2020)\n"),
	})
	out := filepath.Join(t.TempDir(), "mali.ttl")
	_, stderr, code := sckg(t, "build", dir, "--out", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"scan.txt: binary file", "empty.md: file is empty", "latin1.txt: not valid UTF-8", "3 file(s) skipped"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr does not say %q:\n%s", want, stderr)
		}
	}
	m := summaryRE.FindStringSubmatch(stderr)
	if m == nil || m[1] != "6" || m[2] != "4" {
		t.Fatalf("summary %v; want 6 documents from the 4 seeds\n%s", m, stderr)
	}
	ttl, _ := os.ReadFile(out)
	for _, doc := range []string{"S/RES/2531(2020)", "S/2020/600", "S/RES/2584(2021)", "S/RES/2364(2017)", "S/2020/613"} {
		if !bytes.Contains(ttl, []byte("<https://w3id.org/sckg/doc/"+doc+"> a eli:LegalResource")) {
			t.Errorf("the Turtle does not describe %s", doc)
		}
	}
}

func TestTurtleParsesWithRapperAndIsDeterministic(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.ttl"), filepath.Join(dir, "b.ttl")
	_, stderr, code := sckg(t, "build", seeds, "--out", a)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if _, stderr2, _ := sckg(t, "build", seeds, "--out", b, "--jobs", "1"); !bytes.Equal(readFile(t, a), readFile(t, b)) {
		t.Errorf("two runs on the same input differ\n%s", stderr2)
	}
	m := summaryRE.FindStringSubmatch(stderr)
	if m == nil {
		t.Fatalf("no summary in %s", stderr)
	}
	rapper := requireTool(t, "rapper")
	cmd := exec.Command(rapper, "-i", "turtle", "-c", a)
	var rerr bytes.Buffer
	cmd.Stderr = &rerr
	if err := cmd.Run(); err != nil {
		t.Fatalf("rapper: %v\n%s", err, rerr.String())
	}
	got := regexp.MustCompile(`returned (\d+) triples`).FindStringSubmatch(rerr.String())
	if got == nil || got[1] != m[3] {
		t.Errorf("rapper counts %v triples, sckg reported %s\n%s", got, m[3], rerr.String())
	}
	if strings.Contains(strings.ToLower(rerr.String()), "warning") || strings.Contains(strings.ToLower(rerr.String()), "error") {
		t.Errorf("rapper complains:\n%s", rerr.String())
	}
}

func TestCitationChainFromTheStore(t *testing.T) {
	store := filepath.Join(t.TempDir(), "mali.db")
	if _, stderr, code := sckg(t, "build", seeds, "--store", store, "--out", filepath.Join(t.TempDir(), "x.ttl")); code != 0 {
		t.Fatalf("build: %s", stderr)
	}
	// Loading the same input again leaves the store as it was.
	_, stderr, _ := sckg(t, "build", seeds, "--store", store, "--out", filepath.Join(t.TempDir(), "y.ttl"))
	if !strings.Contains(stderr, "quads in 7 named graphs") { // one per document, and the lineage graph
		t.Errorf("second load: %s", stderr)
	}

	stdout, stderr, code := sckg(t, "query", "citation-chain", "S/RES/2584 (2021)", "--depth", "2", "--store", store, "--format", "json")
	if code != 0 {
		t.Fatalf("query: exit %d: %s", code, stderr)
	}
	var results []map[string]any
	if err := json.Unmarshal([]byte(stdout), &results); err != nil {
		t.Fatalf("query output is not JSON: %v\n%s", err, stdout)
	}
	depth := map[string]int{}
	edges := map[string]bool{}
	const doc = "https://w3id.org/sckg/doc/"
	for _, r := range results {
		switch r["kind"] {
		case "node":
			depth[strings.Trim(r["id"].(string), "<>")] = int(r["depth"].(float64))
		case "edge":
			edges[strings.Trim(r["source"].(string), "<>")+" -> "+strings.Trim(r["target"].(string), "<>")] = true
		}
	}
	for sym, want := range map[string]int{
		"S/RES/2531(2020)": 1, "S/RES/2374(2017)": 1, "S/RES/2391(2017)": 1, "S/PRST/2018/10": 1,
		"S/RES/2480(2019)": 2, "S/2020/476": 2, "S/2020/481": 2,
	} {
		if got, ok := depth[doc+sym]; !ok || got != want {
			t.Errorf("%s at depth %d (found %v), want %d", sym, got, ok, want)
		}
	}
	if !edges[doc+"S/RES/2531(2020) -> "+doc+"S/RES/2480(2019)"] {
		t.Errorf("no edge 2531 (2020) -> 2480 (2019) in the chain")
	}
	if _, ok := depth[doc+"S/RES/2584(2021)"]; ok {
		t.Errorf("the chain lists its own start")
	}

	// The table form names documents by symbol.
	table, _, _ := sckg(t, "query", "citation-chain", "S/RES/2584(2021)", "--depth", "1", "--store", store)
	if !regexp.MustCompile(`node\s+1\s+S/RES/2531\(2020\)`).MatchString(table) || strings.Contains(table, "S/RES/2480(2019)") {
		t.Errorf("depth-1 table:\n%s", table)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
		code int
	}{
		{[]string{"build"}, "no input", 2},
		{[]string{"build", "--nope"}, "unknown flag: --nope", 2},
		{[]string{"query", "nonesuch", "--store", "x"}, `no query called "nonesuch"`, 2},
		{[]string{"query", "citation-chain", "S/RES/1(1946)"}, "--store is required", 2},
		{[]string{"frobnicate"}, `unknown command "frobnicate"`, 2},
		{[]string{"build", "/nonexistent/folder"}, "/nonexistent/folder: cannot read", 1},
	} {
		_, stderr, code := sckg(t, tt.args...)
		if code != tt.code || !strings.Contains(stderr, tt.want) {
			t.Errorf("sckg %v: exit %d, stderr %q; want exit %d and %q", tt.args, code, stderr, tt.code, tt.want)
		}
	}
	stdout, _, code := sckg(t, "--help")
	if code != 0 || !strings.Contains(stdout, "build") || !strings.Contains(stdout, "query") {
		t.Errorf("--help: %d %q", code, stdout)
	}
	_, stderr, code := sckg(t, "build", "--help")
	if code != 0 || !strings.Contains(stderr, "sckg build testdata/seeds --out mali.ttl --store mali.db") {
		t.Errorf("build --help shows no example: %d %q", code, stderr)
	}
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// requireTool finds an outside tool our output is checked with. Missing,
// the test is skipped on a developer's machine and fails in CI, where
// .ci/run installs it.
func requireTool(t *testing.T, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err == nil {
		return path
	}
	if ci, _ := strconv.ParseBool(os.Getenv("CI")); ci {
		t.Fatalf("%s is not installed; .ci/run should have installed it", name)
	}
	t.Skipf("%s is not installed (Debian: raptor2-utils); skipping the check with it", name)
	return ""
}

// The README shows what building the bundled documents reports, warnings
// and summary; it must stay true (its warnings once fell behind).
func TestReadmeShowsTheRealSummary(t *testing.T) {
	readme := string(readFile(t, "../../README.md"))
	want := summaryRE.FindString(readme)
	_, stderr, _ := sckg(t, "build", seeds, "--out", filepath.Join(t.TempDir(), "mali.ttl"))
	if got := summaryRE.FindString(stderr); got != want || got == "" {
		t.Errorf("README says %q, sckg build says %q: update the README", want, got)
	}
	printed := seedWarningRE.FindAllString(stderr, -1)
	shown := seedWarningRE.FindAllString(readme, -1)
	if !slices.Equal(printed, shown) {
		t.Errorf("README shows the warnings\n%s\nsckg build prints\n%s\nupdate the README", strings.Join(shown, "\n"), strings.Join(printed, "\n"))
	}
}

// seedWarningRE is a warning about one of the bundled seed files.
var seedWarningRE = regexp.MustCompile(`(?m)^sckg: warning: 00\d_[0-9a-f]{16}\.txt: .*$`)

// A user's actor file extends the registry: an actor it adds is found in
// the texts and described in the graph.
func TestBuildWithUserActors(t *testing.T) {
	dir := t.TempDir()
	actors := filepath.Join(dir, "mine.ttl")
	if err := os.WriteFile(actors, []byte(`@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix sckg: <https://w3id.org/sckg/def#> .
<https://w3id.org/sckg/actor/icm> a sckg:Actor ;
    skos:prefLabel "Instance de Coordination au Mali"@fr .
`), 0o644); err != nil {
		t.Fatal(err)
	}
	with, without := filepath.Join(dir, "with.ttl"), filepath.Join(dir, "without.ttl")
	if _, stderr, code := sckg(t, "build", seeds, "--actors", actors, "--out", with); code != 0 {
		t.Fatalf("build --actors: %s", stderr)
	}
	sckg(t, "build", seeds, "--out", without)
	got := readFile(t, with)
	if !bytes.Contains(got, []byte("<https://w3id.org/sckg/actor/icm> a sckg:Actor")) || !bytes.Contains(got, []byte(`"Instance de Coordination au Mali"@fr`)) ||
		!regexp.MustCompile(`sckg:mentions [^;]*<https://w3id.org/sckg/actor/icm>`).Match(got) {
		t.Errorf("the added actor is not found in the texts")
	}
	if bytes.Contains(readFile(t, without), []byte("actor/icm")) {
		t.Errorf("the actor is found without the file that adds it")
	}
	if _, stderr, code := sckg(t, "build", seeds, "--actors", filepath.Join(dir, "missing.ttl")); code == 0 || !strings.Contains(stderr, "missing.ttl") {
		t.Errorf("a missing actors file: exit %d, %s", code, stderr)
	}
}
