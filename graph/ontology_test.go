package graph

import (
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/ontology"
)

// Literals carry the datatype the ontology states for their property
// (dates xsd:date, counts xsd:nonNegativeInteger, durations xsd:duration,
// text rdf:langString), and every IRI is absolute and parses.
func TestLiteralsHaveTheOntologysDatatypes(t *testing.T) {
	onto, err := OntologyQuads(ontology.NewMinter(""))
	if err != nil {
		t.Fatal(err)
	}
	rng := map[string]string{}
	for _, q := range onto {
		if q.Pred.String() == ontology.RDFS+"range" {
			r := q.Obj.String()
			if strings.HasPrefix(r, ontology.XSD) || r == ontology.RDF+"langString" {
				rng[q.Subj.String()] = r
			}
		}
	}
	lexical := map[string]*regexp.Regexp{
		ontology.XSD + "date":               regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`),
		ontology.XSD + "nonNegativeInteger": regexp.MustCompile(`^\d+$`),
		ontology.XSD + "duration":           regexp.MustCompile(`^P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?$`),
		ontology.XSD + "time":               regexp.MustCompile(`^\d{2}:\d{2}:\d{2}$`),
		ontology.XSD + "decimal":            regexp.MustCompile(`^\d+(\.\d+)?$`),
	}
	checked := map[string]int{}
	for _, q := range seedQuads(t) {
		for _, term := range []rdf.Term{q.Subj, q.Pred, q.Obj, q.Ctx} {
			if i, ok := term.(rdf.IRI); ok {
				u, err := url.Parse(i.String())
				if err != nil || !u.IsAbs() || u.Host == "" || strings.Count(i.String(), "#") > 1 {
					t.Errorf("IRI %s is not absolute and valid (%v)", i, err)
				}
			}
		}
		l, ok := q.Obj.(rdf.Literal)
		if !ok {
			continue
		}
		want, stated := rng[q.Pred.String()]
		if !stated {
			continue
		}
		got := l.DataType.String()
		if l.Lang() != "" {
			got = ontology.RDF + "langString"
		}
		checked[want]++
		if got != want {
			t.Errorf("%s %s %s: datatype %s, the ontology says %s", q.Subj, q.Pred, l.Serialize(rdf.NTriples), got, want)
		} else if re := lexical[want]; re != nil && !re.MatchString(l.String()) {
			t.Errorf("%s %s: %q is not a valid %s", q.Subj, q.Pred, l.String(), want)
		}
	}
	for _, dt := range []string{"date", "nonNegativeInteger", "duration", "language"} {
		if checked[ontology.XSD+dt] == 0 {
			t.Errorf("no literal of type xsd:%s checked; has the data changed?", dt)
		}
	}
	if checked[ontology.RDF+"langString"] == 0 {
		t.Errorf("no language-tagged literal checked")
	}
}

// Every term the ontology declares has a label, a comment and a type, and
// every reused term says which vocabulary defines it.
func TestOntologyDeclaresReusedTerms(t *testing.T) {
	onto, err := OntologyQuads(ontology.NewMinter(""))
	if err != nil {
		t.Fatal(err)
	}
	props := map[string]map[string]bool{}
	for _, q := range onto {
		s := q.Subj.String()
		if props[s] == nil {
			props[s] = map[string]bool{}
		}
		props[s][q.Pred.String()] = true
	}
	for term, p := range props {
		if term == "https://w3id.org/sckg/def" {
			continue
		}
		for _, need := range []string{ontology.RDFSLabel, ontology.RDFS + "comment", ontology.RDFType} {
			if !p[need] {
				t.Errorf("%s is declared without %s", term, need)
			}
		}
		if !strings.HasPrefix(term, ontology.DEF) && !p[ontology.RDFS+"isDefinedBy"] {
			t.Errorf("reused term %s does not say which vocabulary defines it (rdfs:isDefinedBy)", term)
		}
	}
}
