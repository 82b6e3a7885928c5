package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/sckg/sckg/graph/rdfio"
)

// exportAll builds the Mali graph once in every format and returns the
// files with the number of statements sckg reported for each.
func exportAll(t *testing.T, extra ...string) (files map[rdfio.Format]string, counts map[rdfio.Format]int) {
	t.Helper()
	dir := t.TempDir()
	files, counts = map[rdfio.Format]string{}, map[rdfio.Format]int{}
	count := regexp.MustCompile(`files, (\d+) (triples|quads)`)
	for _, f := range rdfio.Formats {
		path := filepath.Join(dir, "mali"+f.Extension())
		_, stderr, code := sckg(t, append([]string{"build", seeds, "--out", path}, extra...)...)
		if code != 0 {
			t.Fatalf("build %s: exit %d\n%s", f, code, stderr)
		}
		m := count.FindStringSubmatch(stderr)
		if m == nil {
			t.Fatalf("build %s: no count in %s", f, stderr)
		}
		if want := map[bool]string{true: "quads", false: "triples"}[f.KeepsGraphs()]; m[2] != want {
			t.Errorf("build %s reports %s, want %s", f, m[2], want)
		}
		files[f] = path
		counts[f], _ = strconv.Atoi(m[1])
	}
	return files, counts
}

func TestFormatFlagAndExtension(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		args []string
		file string
		want string // a line the output starts with or contains
	}{
		{[]string{"--out", filepath.Join(dir, "a.nt")}, "a.nt", "<http"},
		{[]string{"--out", filepath.Join(dir, "b.nq")}, "b.nq", "<http"},
		{[]string{"--out", filepath.Join(dir, "c.trig")}, "c.trig", "@prefix rdf:"},
		{[]string{"--out", filepath.Join(dir, "d.jsonld")}, "d.jsonld", "{\n  \"@context\": {"},
		{[]string{"--out", filepath.Join(dir, "e.txt"), "--format", "ttl"}, "e.txt", "@prefix rdf:"},
		{[]string{"--out", filepath.Join(dir, "f.ttl"), "--format", "n-quads"}, "f.ttl", "<http"},
	} {
		t.Run(tt.file, func(t *testing.T) {
			_, stderr, code := sckg(t, append([]string{"build", seeds}, tt.args...)...)
			if code != 0 {
				t.Fatalf("%v: exit %d: %s", tt.args, code, stderr)
			}
			if got := string(readFile(t, filepath.Join(dir, tt.file))); !strings.HasPrefix(got, tt.want) {
				t.Errorf("%v: output starts %q, want %q", tt.args, got[:min(len(got), 40)], tt.want)
			}
		})
	}
	// Standard output is Turtle unless told otherwise.
	stdout, _, _ := sckg(t, "build", seeds)
	if !strings.HasPrefix(stdout, "@prefix rdf:") {
		t.Errorf("standard output is not Turtle: %.40q", stdout)
	}
	stdout, _, _ = sckg(t, "build", seeds, "--format", "jsonld", "--no-ontology")
	if !strings.HasPrefix(stdout, "{") || strings.Contains(stdout, "graph/ontology") {
		t.Errorf("--format jsonld --no-ontology: %.40q", stdout)
	}
	for _, tt := range []struct{ args []string }{
		{[]string{"--out", filepath.Join(dir, "x.rdf")}},
		{[]string{"--format", "rdfxml"}},
	} {
		_, stderr, code := sckg(t, append([]string{"build", seeds}, tt.args...)...)
		if code != 2 || !strings.Contains(stderr, "format") {
			t.Errorf("%v: exit %d, %s", tt.args, code, stderr)
		}
	}
}

// The ontology is in every export, in its own named graph in quad formats,
// and out of it with --no-ontology.
func TestOntologyInExports(t *testing.T) {
	dir := t.TempDir()
	with, without := filepath.Join(dir, "with.nq"), filepath.Join(dir, "without.nq")
	sckg(t, "build", seeds, "--out", with)
	sckg(t, "build", seeds, "--out", without, "--no-ontology")
	declared := "<https://w3id.org/sckg/def#Resolution> <http://www.w3.org/2000/01/rdf-schema#label> \"resolution\"@en <https://w3id.org/sckg/graph/ontology> ."
	if !bytes.Contains(readFile(t, with), []byte(declared)) {
		t.Errorf("the N-Quads export lacks the ontology graph")
	}
	if bytes.Contains(readFile(t, without), []byte("graph/ontology")) {
		t.Errorf("--no-ontology left the ontology in")
	}
}

// rapper (Raptor, Debian raptor2-utils) parses every format it knows with
// no warning and finds exactly the statements sckg wrote.
func TestExportsParseWithRapper(t *testing.T) {
	rapper := requireTool(t, "rapper")
	files, counts := exportAll(t)
	want := map[bool]string{
		true:  string(readFile(t, files[rdfio.NQuads])),
		false: string(readFile(t, files[rdfio.NTriples])),
	}
	names := map[rdfio.Format]string{rdfio.Turtle: "turtle", rdfio.NTriples: "ntriples", rdfio.NQuads: "nquads", rdfio.TriG: "trig"}
	for f, name := range names {
		cmd := exec.Command(rapper, "-i", name, "-o", "nquads", files[f])
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("rapper -i %s: %v\n%s", name, err, stderr.String())
		}
		msg := stderr.String()
		if strings.Contains(strings.ToLower(msg), "warning") || strings.Contains(strings.ToLower(msg), "error") {
			t.Errorf("rapper complains about %s:\n%s", name, msg)
		}
		if !strings.Contains(msg, "returned "+strconv.Itoa(counts[f])+" triples") {
			t.Errorf("rapper -i %s does not count the %d statements sckg reported:\n%s", name, counts[f], msg)
		}
		// rapper escapes differently: compare what it read, written our way.
		back, err := rdfio.Read(&stdout, rdfio.NQuads)
		if err != nil {
			t.Fatalf("rapper's N-Quads for %s: %v", name, err)
		}
		var got bytes.Buffer
		if _, err := rdfio.WriteNQuads(&got, back); err != nil {
			t.Fatal(err)
		}
		if got.String() != want[f.KeepsGraphs()] {
			t.Errorf("rapper reads other statements from %s than sckg wrote", name)
		}
	}
}

// rdflibCheck parses each FILE:REFERENCE:MODE with rdflib, fails on any
// warning it logs, and prints the number of statements; with MODE quads it
// compares quads (graph names included) with the N-Quads reference, with
// triples the triples with the N-Triples reference.
const rdflibCheck = `
import logging, sys, warnings
warnings.simplefilter("error")
class Fail(logging.Handler):
    def emit(self, record):
        sys.exit("rdflib logged: " + record.getMessage())
logging.getLogger().addHandler(Fail(level=logging.WARNING))
import rdflib
formats = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld"}
def load(path, mode):
    ds = rdflib.ConjunctiveGraph()
    ds.parse(path, format=formats[path.rsplit(".", 1)[1]])
    if mode == "quads":
        return {(s, p, o, g.identifier) for s, p, o, g in ds.quads((None, None, None, None))}
    return set(ds.triples((None, None, None)))
for arg in sys.argv[1:]:
    path, ref, mode = arg.split("|")
    got, want = load(path, mode), load(ref, mode)
    if got != want:
        sys.exit("%s: %d statements, %d missing, %d extra, e.g. %r" % (path, len(got), len(want - got), len(got - want), sorted(want ^ got)[:1]))
    print(path, len(got))
`

// requireRdflib finds Debian's python3 with rdflib (python3-rdflib); the
// python3 first on PATH may be another one without it.
func requireRdflib(t *testing.T) string {
	t.Helper()
	for _, py := range []string{"/usr/bin/python3", "python3"} {
		path, err := exec.LookPath(py)
		if err == nil && exec.Command(path, "-c", "import rdflib").Run() == nil {
			return path
		}
	}
	if ci, _ := strconv.ParseBool(os.Getenv("CI")); ci {
		t.Fatal("rdflib is not installed; .ci/run should have installed it (Debian: python3-rdflib)")
	}
	t.Skip("rdflib is not installed (Debian: python3-rdflib); skipping the check with it")
	return ""
}

// rdflib reads every format, JSON-LD included, without a warning, as the
// same statements.
func TestExportsParseWithRdflib(t *testing.T) {
	python := requireRdflib(t)
	files, counts := exportAll(t)
	args := []string{"-c", rdflibCheck}
	for _, f := range rdfio.Formats {
		ref, mode := files[rdfio.NTriples], "triples"
		if f.KeepsGraphs() {
			ref, mode = files[rdfio.NQuads], "quads"
		}
		args = append(args, files[f]+"|"+ref+"|"+mode)
	}
	cmd := exec.Command(python, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("rdflib: %v\n%s%s", err, stdout.String(), stderr.String())
	}
	if stderr.Len() > 0 {
		t.Errorf("rdflib wrote to stderr:\n%s", stderr.String())
	}
	for _, f := range rdfio.Formats {
		want := files[f] + " " + strconv.Itoa(counts[f]) + "\n"
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("rdflib does not count the %d statements sckg reported for %s:\n%s", counts[f], f, stdout.String())
		}
	}
}
