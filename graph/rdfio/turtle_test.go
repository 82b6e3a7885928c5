package rdfio

import (
	"bytes"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/ontology"
)

const (
	testDoc = "https://w3id.org/sckg/doc/"
	testEli = "http://data.europa.eu/eli/ontology#"
)

func mustIRI(t testing.TB, s string) rdf.IRI {
	t.Helper()
	iri, err := rdf.NewIRI(s)
	if err != nil {
		t.Fatal(err)
	}
	return iri
}

func mustLang(t testing.TB, s, lang string) rdf.Literal {
	t.Helper()
	l, err := rdf.NewLangLiteral(s, lang)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func str(s string) rdf.Literal {
	l, _ := rdf.NewLiteral(s)
	return l
}

func quadOf(t testing.TB, s, p string, o rdf.Object, g string) rdf.Quad {
	t.Helper()
	q := rdf.Quad{Triple: rdf.Triple{Subj: mustIRI(t, s), Pred: mustIRI(t, p), Obj: o}}
	if g != "" {
		q.Ctx = mustIRI(t, g)
	}
	return q
}

// testQuads has the hard cases: symbols with parentheses, fragments,
// quotes, newlines, control characters, Chinese with a language tag,
// typed literals, the same triple in two graphs.
func testQuads(t testing.TB) []rdf.Quad {
	res := testDoc + "S/RES/2531(2020)"
	op := res + "#op_16"
	g1 := ontology.Base + "graph/S/RES/2531(2020)"
	g2 := ontology.Base + "graph/S/2020/613"
	return []rdf.Quad{
		quadOf(t, res, rdfTypeIRI, mustIRI(t, testEli+"LegalResource"), g1),
		quadOf(t, res, rdfTypeIRI, mustIRI(t, ontology.DEF+"Resolution"), g1),
		quadOf(t, res, testEli+"id_local", str("S/RES/2531 (2020)"), g1),
		quadOf(t, res, testEli+"date_document", rdf.NewTypedLiteral("2020-06-29", mustIRI(t, ontology.XSD+"date")), g1),
		quadOf(t, res, testEli+"number", rdf.NewTypedLiteral("2531", mustIRI(t, ontology.XSD+"integer")), g1),
		quadOf(t, res, ontology.DEF+"odd", rdf.NewTypedLiteral("x", mustIRI(t, "http://example.org/types/odd(type)")), g1),
		quadOf(t, op, testEli+"is_part_of", mustIRI(t, res), g1),
		quadOf(t, op, testEli+"cites", mustIRI(t, testDoc+"S/RES/2480(2019)#op_4"), g1),
		quadOf(t, op, testEli+"cites", mustIRI(t, testDoc+"S/RES/2423(2018)"), g1),
		quadOf(t, op, ontology.NIF+"isString", str("Decides \"to\" extend\nthe mandate\r\tof \\ MINUSMA\x01\x7f"), g1),
		quadOf(t, testDoc+"S/2020/613/zh", ontology.SKOS+"prefLabel", mustLang(t, "安全理事会主席的信", "zh"), g2),
		quadOf(t, testDoc+"S/2020/613/zh", ontology.SKOS+"prefLabel", mustLang(t, "Letter", "en-GB"), g2),
		quadOf(t, testDoc+"S/2020/613/zh", ontology.SKOS+"altLabel", str(""), g2),
		// the same triple in another graph: written once
		quadOf(t, op, testEli+"is_part_of", mustIRI(t, res), g2),
		// a name that looks like a prefixed name but is not safe
		quadOf(t, ontology.DEF+"a.b", ontology.RDFS+"label", str("dot"), ""),
		quadOf(t, ontology.DEF+"1st", ontology.RDFS+"label", str("digit"), ""),
		quadOf(t, ontology.DEF+"under_score-dash", ontology.RDFS+"label", str("ok"), ""),
	}
}

// tripleKeys returns the set of triples as canonical N-Triples lines.
func tripleKeys(t testing.TB, triples []rdf.Triple) map[string]bool {
	t.Helper()
	keys := map[string]bool{}
	for _, tr := range triples {
		st, err := tripleOf(rdf.Quad{Triple: tr})
		if err != nil {
			t.Fatalf("%v: %v", tr, err)
		}
		keys[st.s.nt()+" "+st.p.nt()+" "+st.o.nt()] = true
	}
	return keys
}

func quadTriples(quads []rdf.Quad) []rdf.Triple {
	out := make([]rdf.Triple, len(quads))
	for i, q := range quads {
		out[i] = q.Triple
	}
	return out
}

func testPrefixes() []ontology.Prefix {
	return append(ontology.Prefixes(), ontology.Prefix{Name: "doc", IRI: testDoc})
}

func writeTurtle(t *testing.T, quads []rdf.Quad) (string, int) {
	t.Helper()
	var buf bytes.Buffer
	n, err := WriteTurtle(&buf, quads, testPrefixes())
	if err != nil {
		t.Fatal(err)
	}
	return buf.String(), n
}

func TestWriteTurtleRoundTrip(t *testing.T) {
	quads := testQuads(t)
	out, n := writeTurtle(t, quads)
	want := tripleKeys(t, quadTriples(quads))
	if n != len(want) {
		t.Errorf("WriteTurtle reported %d triples, want %d", n, len(want))
	}
	got, err := rdf.NewTripleDecoder(strings.NewReader(out), rdf.Turtle).DecodeAll()
	if err != nil {
		t.Fatalf("decode: %v\n%s", err, out)
	}
	gotKeys := tripleKeys(t, got)
	for k := range want {
		if !gotKeys[k] {
			t.Errorf("lost triple %s", k)
		}
	}
	for k := range gotKeys {
		if !want[k] {
			t.Errorf("extra triple %s", k)
		}
	}
	if t.Failed() {
		t.Log(out)
	}
}

func TestWriteTurtleForm(t *testing.T) {
	out, _ := writeTurtle(t, testQuads(t))
	for _, want := range []string{
		"@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n",
		"<https://w3id.org/sckg/doc/S/RES/2531(2020)> a eli:LegalResource ,\n        sckg:Resolution ;\n",
		"<https://w3id.org/sckg/doc/S/RES/2531(2020)#op_16> eli:cites",
		`"Decides \"to\" extend\nthe mandate\r\tof \\ MINUSMA\u0001\u007F"`,
		`"安全理事会主席的信"@zh`,
		`"2020-06-29"^^xsd:date`,
		`"2531"^^xsd:integer`,
		`"x"^^<http://example.org/types/odd(type)>`,
		"<https://w3id.org/sckg/def#a.b> rdfs:label",
		"<https://w3id.org/sckg/def#1st> rdfs:label",
		"sckg:under_score-dash rdfs:label",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	// prefixes come first and in the order given
	var names []string
	for _, m := range regexp.MustCompile(`(?m)^@prefix (\w+):`).FindAllStringSubmatch(out, -1) {
		names = append(names, m[1])
	}
	var wantNames []string
	for _, p := range testPrefixes() {
		wantNames = append(wantNames, p.Name)
	}
	if strings.Join(names, " ") != strings.Join(wantNames, " ") {
		t.Errorf("prefixes %v, want %v", names, wantNames)
	}
	if !strings.HasPrefix(out, "@prefix rdf:") {
		t.Errorf("output does not start with the prefixes")
	}
	// each subject once, sorted
	subj := regexp.MustCompile(`(?m)^(\S+) `).FindAllStringSubmatch(out, -1)
	var subjects []string
	for _, m := range subj {
		if m[1] != "@prefix" {
			subjects = append(subjects, m[1])
		}
	}
	seen := map[string]bool{}
	for _, s := range subjects {
		if seen[s] {
			t.Errorf("subject %s written twice", s)
		}
		seen[s] = true
	}
	if len(subjects) != 6 {
		t.Errorf("got %d subjects, want 6: %v", len(subjects), subjects)
	}
}

func TestWriteTurtleDeterministic(t *testing.T) {
	quads := testQuads(t)
	first, _ := writeTurtle(t, quads)
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 20; i++ {
		shuffled := append([]rdf.Quad(nil), quads...)
		// duplicates must not change the output either
		shuffled = append(shuffled, quads[rng.Intn(len(quads))])
		rng.Shuffle(len(shuffled), func(a, b int) { shuffled[a], shuffled[b] = shuffled[b], shuffled[a] })
		if out, _ := writeTurtle(t, shuffled); out != first {
			t.Fatalf("output changed with input order:\n%s\nvs\n%s", first, out)
		}
	}
}

func TestWriteTurtleRejects(t *testing.T) {
	rel := rdf.Quad{Triple: rdf.Triple{Subj: mustIRI(t, "doc/x"), Pred: mustIRI(t, testEli+"cites"), Obj: str("x")}}
	bad := rdf.Quad{Triple: rdf.Triple{Subj: mustIRI(t, testDoc+"x"), Pred: mustIRI(t, testEli+"cites"), Obj: str("\xff")}}
	missing := rdf.Quad{Triple: rdf.Triple{Subj: mustIRI(t, testDoc+"x"), Pred: mustIRI(t, testEli+"cites")}}
	for name, q := range map[string]rdf.Quad{"relative IRI": rel, "invalid UTF-8": bad, "missing object": missing} {
		if _, err := WriteTurtle(&bytes.Buffer{}, []rdf.Quad{q}, nil); err == nil {
			t.Errorf("%s: no error", name)
		}
		if _, err := WriteNQuads(&bytes.Buffer{}, []rdf.Quad{q}); err == nil {
			t.Errorf("%s: WriteNQuads: no error", name)
		}
	}
	if _, err := WriteTurtle(&bytes.Buffer{}, nil, []ontology.Prefix{{Name: "a.b", IRI: testDoc}}); err == nil {
		t.Errorf("bad prefix name: no error")
	}
}

func TestWriteNQuads(t *testing.T) {
	quads := testQuads(t)
	var buf bytes.Buffer
	n, err := WriteNQuads(&buf, quads)
	if err != nil {
		t.Fatal(err)
	}
	// one duplicate-free line per distinct quad (the is_part_of triple is in two graphs)
	if n != len(quads) {
		t.Errorf("wrote %d quads, want %d", n, len(quads))
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != n || !sort.StringsAreSorted(lines) {
		t.Errorf("%d lines, sorted %v", len(lines), sort.StringsAreSorted(lines))
	}
	dec := rdf.NewQuadDecoder(bytes.NewReader(buf.Bytes()), rdf.NQuads)
	dec.DefaultGraph = nil // knakk/rdf's default is the blank node _:defaultGraph
	got, err := dec.DecodeAll()
	if err != nil {
		t.Fatalf("decode: %v\n%s", err, buf.String())
	}
	var again bytes.Buffer
	if _, err := WriteNQuads(&again, append(got, got...)); err != nil {
		t.Fatal(err)
	}
	if again.String() != buf.String() {
		t.Errorf("N-Quads round trip changed the output:\n%s\nvs\n%s", buf.String(), again.String())
	}
}

// TestWriteTurtleRapper checks the output with Raptor, an independent parser.
func TestWriteTurtleRapper(t *testing.T) {
	rapper, err := exec.LookPath("rapper")
	if err != nil {
		if ci, _ := strconv.ParseBool(os.Getenv("CI")); ci {
			t.Fatal("rapper is not installed; .ci/run should have installed it (raptor2-utils)")
		}
		t.Skip("rapper not on PATH (Debian package raptor2-utils); skipping the independent Turtle check")
	}
	out, n := writeTurtle(t, testQuads(t))
	file := filepath.Join(t.TempDir(), "out.ttl")
	if err := os.WriteFile(file, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(rapper, "-i", "turtle", "-c", file)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("rapper: %v\n%s", err, stderr.String())
	}
	msg := stderr.String()
	if strings.Contains(msg, "Warning") || strings.Contains(msg, "Error") {
		t.Errorf("rapper complained:\n%s", msg)
	}
	if !strings.Contains(msg, "returned "+strconv.Itoa(n)+" triples") {
		t.Errorf("rapper did not count %d triples:\n%s", n, msg)
	}
}
