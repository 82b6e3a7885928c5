package store

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/graph/rdfio"
	"github.com/sckg/sckg/ontology"
)

func openTest(t *testing.T, location string) *Store {
	t.Helper()
	s, err := Open(location)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func count(t *testing.T, s *Store) int64 {
	t.Helper()
	n, err := s.Count()
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func replace(t *testing.T, s *Store, quads []rdf.Quad) int {
	t.Helper()
	n, err := s.ReplaceGraphs(context.Background(), quads)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// nquads is the store's content as sorted N-Quads, for comparisons.
func nquads(t *testing.T, quads []rdf.Quad) string {
	t.Helper()
	var buf bytes.Buffer
	if _, err := rdfio.WriteNQuads(&buf, quads); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func dump(t *testing.T, s *Store) string {
	t.Helper()
	quads, err := s.Quads()
	if err != nil {
		t.Fatal(err)
	}
	return nquads(t, quads)
}

// testQuads has the hard cases: symbols with parentheses, fragments,
// quotes, newlines, control characters, Chinese with a language tag,
// typed literals, the same triple in two graphs (as in rdfio's tests).
func testQuads(t testing.TB) []rdf.Quad {
	const (
		doc = "https://w3id.org/sckg/doc/"
		eli = "http://data.europa.eu/eli/ontology#"
	)
	iri := func(s string) rdf.IRI {
		v, err := rdf.NewIRI(s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	lang := func(s, tag string) rdf.Literal {
		l, err := rdf.NewLangLiteral(s, tag)
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	str := func(s string) rdf.Literal {
		l, _ := rdf.NewLiteral(s)
		return l
	}
	quadOf := func(s, p string, o rdf.Object, g string) rdf.Quad {
		q := rdf.Quad{Triple: rdf.Triple{Subj: iri(s), Pred: iri(p), Obj: o}}
		if g != "" {
			q.Ctx = iri(g)
		}
		return q
	}
	res := doc + "S/RES/2531(2020)"
	op := res + "#op_16"
	g1 := ontology.Base + "graph/S/RES/2531(2020)"
	g2 := ontology.Base + "graph/S/2020/613"
	return []rdf.Quad{
		quadOf(res, ontology.RDFType, iri(eli+"LegalResource"), g1),
		quadOf(res, ontology.RDFType, iri(ontology.DEF+"Resolution"), g1),
		quadOf(res, eli+"id_local", str("S/RES/2531 (2020)"), g1),
		quadOf(res, eli+"date_document", rdf.NewTypedLiteral("2020-06-29", iri(ontology.XSD+"date")), g1),
		quadOf(res, eli+"number", rdf.NewTypedLiteral("2531", iri(ontology.XSD+"integer")), g1),
		quadOf(res, ontology.DEF+"odd", rdf.NewTypedLiteral("x", iri("http://example.org/types/odd(type)")), g1),
		quadOf(op, eli+"is_part_of", iri(res), g1),
		quadOf(op, eli+"cites", iri(doc+"S/RES/2480(2019)#op_4"), g1),
		quadOf(op, eli+"cites", iri(doc+"S/RES/2423(2018)"), g1),
		quadOf(op, ontology.NIF+"isString", str("Decides \"to\" extend\nthe mandate\r\tof \\ MINUSMA\x01\x7f"), g1),
		quadOf(doc+"S/2020/613/zh", ontology.SKOS+"prefLabel", lang("安全理事会主席的信", "zh"), g2),
		quadOf(doc+"S/2020/613/zh", ontology.SKOS+"prefLabel", lang("Letter", "en-GB"), g2),
		quadOf(doc+"S/2020/613/zh", ontology.SKOS+"altLabel", str(""), g2),
		// the same triple in another graph
		quadOf(op, eli+"is_part_of", iri(res), g2),
		quadOf(ontology.DEF+"a.b", ontology.RDFS+"label", str("dot"), ""),
		quadOf(ontology.DEF+"1st", ontology.RDFS+"label", str("digit"), ""),
		quadOf(ontology.DEF+"under_score-dash", ontology.RDFS+"label", str("ok"), ""),
	}
}

// storeQuads are testQuads plus a language tag that knakk/rdf's
// NewLangLiteral refuses, decoded the way a file would be.
func storeQuads(t *testing.T) []rdf.Quad {
	line := `<https://w3id.org/sckg/actor/minusma> <http://www.w3.org/2004/02/skos/core#prefLabel> "马里稳定团"@zh-Hans-CN <https://w3id.org/sckg/graph/registry> .` + "\n"
	dec := rdf.NewQuadDecoder(strings.NewReader(line), rdf.NQuads)
	extra, err := dec.DecodeAll()
	if err != nil {
		t.Fatal(err)
	}
	return append(testQuads(t), extra...)
}

func TestStoreBoltPersistsAndReplaces(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "store")
	quads := storeQuads(t)
	want := nquads(t, quads)
	distinct := int64(strings.Count(want, "\n"))

	s := openTest(t, dir)
	if n := replace(t, s, quads); int64(n) != distinct {
		t.Errorf("ReplaceGraphs reported %d quads, want %d", n, distinct)
	}
	if n := count(t, s); n != distinct {
		t.Errorf("count %d, want %d", n, distinct)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	// reopen: on disk, and the same quads come back, language tags and all
	s = openTest(t, dir)
	defer s.Close()
	if n := count(t, s); n != distinct {
		t.Errorf("after reopen: count %d, want %d", n, distinct)
	}
	if got := dump(t, s); got != want {
		t.Errorf("round trip changed the quads:\n%s\nwant\n%s", got, want)
	}

	// loading the same quads again changes nothing
	replace(t, s, quads)
	if got := dump(t, s); got != want {
		t.Errorf("second load changed the store:\n%s", got)
	}

	// rebuilding one document with fewer facts replaces only its graph
	g1 := ontology.Base + "graph/S/RES/2531(2020)"
	var fewer, others []rdf.Quad
	for _, q := range quads {
		if q.Ctx != nil && q.Ctx.String() == g1 {
			if len(fewer) < 2 {
				fewer = append(fewer, q)
			}
		} else {
			others = append(others, q)
		}
	}
	replace(t, s, fewer)
	if got, want := dump(t, s), nquads(t, append(others, fewer...)); got != want {
		t.Errorf("after replacing %s:\n%s\nwant\n%s", g1, got, want)
	}
	if n, want := count(t, s), int64(len(others)+len(fewer)); n != want {
		t.Errorf("after replace: count %d, want %d", n, want)
	}
}

func TestStoreLanguageLiterals(t *testing.T) {
	s := openTest(t, "memory")
	defer s.Close()
	replace(t, s, storeQuads(t))
	quads, err := s.Quads()
	if err != nil {
		t.Fatal(err)
	}
	langs := map[string]string{}
	for _, q := range quads {
		if l, ok := q.Obj.(rdf.Literal); ok && l.Lang() != "" {
			langs[l.String()] = l.Lang()
		}
	}
	for text, lang := range map[string]string{"安全理事会主席的信": "zh", "Letter": "en-GB", "马里稳定团": "zh-Hans-CN"} {
		if langs[text] != lang {
			t.Errorf("%s: language %q, want %q", text, langs[text], lang)
		}
	}
}

func TestStoreMemoryReplace(t *testing.T) {
	s := openTest(t, "")
	defer s.Close()
	quads := testQuads(t)
	replace(t, s, quads)
	replace(t, s, quads)
	if got, want := dump(t, s), nquads(t, quads); got != want {
		t.Errorf("memory store:\n%s\nwant\n%s", got, want)
	}
}

func TestOpenStoreErrors(t *testing.T) {
	// an unreachable server: the error names it, without the password
	_, err := Open("postgres://user:secret@127.0.0.1:1/sckg?sslmode=disable")
	if err == nil || !strings.Contains(err.Error(), "postgres://user:xxxxx@127.0.0.1:1/sckg") {
		t.Errorf("postgres: %v", err)
	}
	if err != nil && strings.Contains(err.Error(), "secret") {
		t.Errorf("error shows the password: %v", err)
	}
	for location, want := range map[string]string{
		"mysql://localhost/sckg": "unknown kind of store",
		"badger:":                "name the folder",
	} {
		if _, err := Open(location); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", location, err, want)
		}
	}

	// a bolt store open elsewhere is an error, not a wait
	dir := t.TempDir()
	s := openTest(t, dir)
	defer s.Close()
	done := make(chan error, 1)
	go func() {
		s2, err := Open(dir)
		if err == nil {
			s2.Close()
		}
		done <- err
	}()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "in use") {
			t.Errorf("second open: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("second open of a bolt store waited instead of failing")
	}
}

// Each folder backend keeps the quads, language tags included, and a
// folder opens with the backend that made it.
func TestStoreFolderKinds(t *testing.T) {
	quads := storeQuads(t)
	want := nquads(t, quads)
	for _, kind := range FolderKinds {
		t.Run(string(kind), func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "store")
			s := openTest(t, string(kind)+":"+dir)
			if s.Kind() != kind {
				t.Errorf("kind %s, want %s", s.Kind(), kind)
			}
			replace(t, s, quads)
			replace(t, s, quads)
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			// the plain folder name finds the backend again
			s, err := OpenExisting(dir)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if s.Kind() != kind {
				t.Errorf("reopened as %s, want %s", s.Kind(), kind)
			}
			if got := dump(t, s); got != want {
				t.Errorf("%s changed the quads:\n%s", kind, got)
			}
		})
	}
}

func TestOpenExistingStore(t *testing.T) {
	tmp := t.TempDir()
	missing := filepath.Join(tmp, "missing")
	if _, err := OpenExisting(missing); err == nil || !strings.Contains(err.Error(), "no store at "+missing) {
		t.Errorf("missing folder: %v", err)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Errorf("OpenExisting created %s", missing)
	}
	if _, err := OpenExisting("memory"); err == nil || !strings.Contains(err.Error(), "memory store starts empty") {
		t.Errorf("memory: %v", err)
	}
	other := filepath.Join(tmp, "other")
	os.MkdirAll(other, 0o755)
	os.WriteFile(filepath.Join(other, "notes.txt"), []byte("x"), 0o644)
	for _, open := range []func(string) (*Store, error){Open, OpenExisting} {
		if _, err := open(other); err == nil || !strings.Contains(err.Error(), "not a Cayley store") {
			t.Errorf("folder of other files: %v", err)
		}
	}
	file := filepath.Join(other, "notes.txt")
	if _, err := Open(file); err == nil || !strings.Contains(err.Error(), "is a file") {
		t.Errorf("a file: %v", err)
	}

	// a folder made by one backend is not opened as another
	dir := filepath.Join(tmp, "b")
	s := openTest(t, "leveldb:"+dir)
	s.Close()
	if _, err := Open("bolt:" + dir); err == nil || !strings.Contains(err.Error(), "holds a leveldb store, not bolt") {
		t.Errorf("kind mismatch: %v", err)
	}
}

// A rebuild that removes more quads from a graph than it adds keeps the
// added quads in that graph. (Cayley's key-value backends lose the graph
// of an added quad when one call to ApplyDeltas also removes quads of it.)
func TestReplaceKeepsTheGraphOfNewQuads(t *testing.T) {
	line := func(s, o string) rdf.Quad {
		q, err := rdf.NewQuadDecoder(strings.NewReader("<urn:s:"+s+"> <urn:p> \""+o+"\" <urn:g> .\n"), rdf.NQuads).Decode()
		if err != nil {
			t.Fatal(err)
		}
		return q
	}
	before := []rdf.Quad{line("a", "1"), line("b", "2"), line("c", "3")}
	after := []rdf.Quad{line("a", "1"), line("d", "4")}
	for _, kind := range append([]Kind{Memory}, FolderKinds...) {
		loc := string(kind)
		if kind != Memory {
			loc += ":" + filepath.Join(t.TempDir(), "store")
		}
		s := openTest(t, loc)
		replace(t, s, before)
		replace(t, s, after)
		if got, want := dump(t, s), nquads(t, after); got != want {
			t.Errorf("%s after the rebuild:\n%s\nwant\n%s", kind, got, want)
		}
		s.Close()
	}
}
