package rdfio

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"math/rand"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/extract"
	"github.com/sckg/sckg/graph"
	"github.com/sckg/sckg/ontology"
)

// seedExportQuads is the Mali graph as sckg build writes it: the
// documents' graphs and the ontology's.
func seedExportQuads(t testing.TB) []rdf.Quad {
	t.Helper()
	m := ontology.NewMinter("")
	onto, err := graph.OntologyQuads(m)
	if err != nil {
		t.Fatal(err)
	}
	inputs, errs := extract.Collect([]string{"../../testdata/seeds"})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var sources []*extract.Source
	for _, r := range extract.New(nil, extract.Options{}).Files(inputs) {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
		sources = append(sources, r.Source)
	}
	return append(onto, graph.Builder{Minter: m}.Build(sources)...)
}

func export(t testing.TB, f Format, quads []rdf.Quad) ([]byte, int) {
	t.Helper()
	var buf bytes.Buffer
	n, err := Write(&buf, f, quads, ontology.Prefixes())
	if err != nil {
		t.Fatalf("%s: %v", f, err)
	}
	return buf.Bytes(), n
}

// nquadSet is the canonical N-Quads text of quads: sorted, one per line.
func nquadSet(t testing.TB, quads []rdf.Quad) string {
	t.Helper()
	var buf bytes.Buffer
	if _, err := WriteNQuads(&buf, quads); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func withoutGraphs(quads []rdf.Quad) []rdf.Quad {
	out := make([]rdf.Quad, len(quads))
	for i, q := range quads {
		out[i] = rdf.Quad{Triple: q.Triple}
	}
	return out
}

// Every format is byte-identical whatever the order of the quads, and
// repeated quads change nothing.
func TestExportsAreDeterministic(t *testing.T) {
	quads := seedExportQuads(t)
	rng := rand.New(rand.NewSource(8))
	for _, f := range Formats {
		first, n := export(t, f, quads)
		shuffled := append(append([]rdf.Quad(nil), quads...), quads[:100]...)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		again, m := export(t, f, shuffled)
		if !bytes.Equal(first, again) || n != m {
			t.Errorf("%s: output depends on the order of the quads", f)
		}
	}
}

// Each format reads back (with parsers sckg did not write: knakk/rdf for
// Turtle, N-Triples and N-Quads, json-gold for JSON-LD) as exactly the
// quads, or for triple formats the triples, that were written.
func TestExportsReadBack(t *testing.T) {
	quads := seedExportQuads(t)
	wantQuads := nquadSet(t, quads)
	wantTriples := nquadSet(t, withoutGraphs(quads))
	for _, f := range Formats {
		if f == TriG {
			continue // no Go TriG parser; rapper and rdflib read it in cmd/sckg's tests
		}
		out, _ := export(t, f, quads)
		back, err := Read(bytes.NewReader(out), f)
		if err != nil {
			t.Fatalf("%s: reading back: %v", f, err)
		}
		want := wantTriples
		if f.KeepsGraphs() {
			want = wantQuads
		}
		if got := nquadSet(t, back); got != want {
			t.Errorf("%s: read back %d statements, wrote %d; first difference:\n%s", f,
				strings.Count(got, "\n"), strings.Count(want, "\n"), firstDiff(got, want))
		}
	}
}

func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) && i < len(w); i++ {
		if g[i] != w[i] {
			return "got:  " + g[i] + "\nwant: " + w[i]
		}
	}
	return "one is a prefix of the other"
}

// TriG: one block per named graph, the ontology's among them, with the
// same statements as N-Quads.
func TestTriGForm(t *testing.T) {
	quads := seedExportQuads(t)
	out, n := export(t, TriG, quads)
	_, nq := export(t, NQuads, quads)
	if n != nq {
		t.Errorf("TriG wrote %d quads, N-Quads %d", n, nq)
	}
	blocks := regexp.MustCompile(`(?m)^<([^>]+)> \{$`).FindAllSubmatch(out, -1)
	var names []string
	for _, b := range blocks {
		names = append(names, string(b[1]))
	}
	if len(names) != 7 || names[0] != "https://w3id.org/sckg/graph/doc/S/2020/600" || !strings.Contains(strings.Join(names, " "), graph.OntologyGraph(ontology.NewMinter(""))) {
		t.Errorf("graph blocks: %v", names)
	}
	if !bytes.Contains(out, []byte("\n    <https://w3id.org/sckg/doc/S/RES/2531(2020)> a eli:LegalResource ,\n            sckg:Resolution ;\n")) {
		t.Errorf("subjects are not laid out as in Turtle, indented in their graph")
	}
}

// JSON-LD: short keys, coerced values, language tags and datatypes kept,
// one @graph per named graph.
func TestJSONLDForm(t *testing.T) {
	quads := seedExportQuads(t)
	out, _ := export(t, JSONLD, quads)
	var doc struct {
		Context map[string]any   `json:"@context"`
		Graph   []map[string]any `json:"@graph"`
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if len(doc.Graph) != 7 {
		t.Errorf("%d top-level entries, want 7 named graphs", len(doc.Graph))
	}
	for key, want := range map[string]string{
		"is_part_of":    `{"@id":"eli:is_part_of","@type":"@id"}`,
		"date_document": `{"@id":"eli:date_document","@type":"xsd:date"}`,
		"ordinal":       `{"@id":"sckg:ordinal","@type":"xsd:nonNegativeInteger"}`,
		"text":          `{"@id":"sckg:text"}`,
		"eli":           `"http://data.europa.eu/eli/ontology#"`,
	} {
		got, _ := json.Marshal(doc.Context[key])
		if string(got) != want {
			t.Errorf("context %q = %s, want %s", key, got, want)
		}
	}
	// Two properties with one local name get qualified keys.
	if _, ok := doc.Context["sckg_supports"]; !ok {
		if _, plain := doc.Context["supports"]; !plain {
			t.Errorf("sckg:supports has no key in the context")
		}
	}
	for _, want := range []string{
		`"@type": "cito:Citation"`,
		`"hasCitationCharacterization": "cito:citesAsAuthority"`,
		`{"@value": "安全理事会主席", "@language": "zh"}`,
		`"date_document": "2020-06-29"`,
	} {
		if !bytes.Contains(out, []byte(want)) {
			t.Errorf("JSON-LD lacks %s", want)
		}
	}
}

func TestParseFormat(t *testing.T) {
	for in, want := range map[string]Format{"turtle": Turtle, "TTL": Turtle, "n-triples": NTriples, "nt": NTriples,
		"N-Quads": NQuads, "trig": TriG, "json-ld": JSONLD, "jsonld": JSONLD} {
		if got, err := ParseFormat(in); err != nil || got != want {
			t.Errorf("ParseFormat(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := ParseFormat("rdfxml"); err == nil || !strings.Contains(err.Error(), "turtle, ntriples, nquads, trig, jsonld") {
		t.Errorf("unknown format: %v", err)
	}
	for path, want := range map[string]Format{"a.ttl": Turtle, "b.NT": NTriples, "c.nq": NQuads, "d.trig": TriG, "e.jsonld": JSONLD, "f.json": JSONLD} {
		if got, ok := FormatOf(path); !ok || got != want {
			t.Errorf("FormatOf(%q) = %q", path, got)
		}
	}
	if _, ok := FormatOf("x.rdf"); ok {
		t.Errorf("FormatOf(x.rdf) claims a format")
	}
}

// BenchmarkExport measures what a user of each format pays, relative to
// N-Quads: the size of the file, gzipped and not, and the time to write it.
// Each iteration writes the format and N-Quads in turn, so that time/nq
// compares runs made under the same conditions (ns/op counts both).
//
//	go test ./graph/rdfio -run '^$' -bench Export -benchtime 5x
func BenchmarkExport(b *testing.B) {
	quads := seedExportQuads(b)
	base, _ := export(b, NQuads, quads)
	baseGz := gzipSize(base)
	for _, f := range Formats {
		b.Run(string(f), func(b *testing.B) {
			var out []byte
			var own, nq time.Duration
			for b.Loop() {
				t0 := time.Now()
				out, _ = export(b, f, quads)
				t1 := time.Now()
				export(b, NQuads, quads)
				own, nq = own+t1.Sub(t0), nq+time.Since(t1)
			}
			b.ReportMetric(float64(len(out)), "bytes")
			b.ReportMetric(float64(len(out))/float64(len(base)), "size/nq")
			b.ReportMetric(float64(gzipSize(out))/float64(baseGz), "gzsize/nq")
			b.ReportMetric(float64(own)/float64(nq), "time/nq")
		})
	}
}

func gzipSize(data []byte) int {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(data)
	zw.Close()
	return buf.Len()
}
