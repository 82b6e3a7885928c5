package shacl

import (
	"sort"
	"strings"
	"testing"

	"github.com/knakk/rdf"
)

const prefixes = `@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix ex: <http://example.org/> .
`

func validate(t *testing.T, shapes, data string) []string {
	t.Helper()
	s, err := ParseTurtle(prefixes + shapes)
	if err != nil {
		t.Fatalf("shapes: %v", err)
	}
	triples, err := rdf.NewTripleDecoder(strings.NewReader(prefixes+data), rdf.Turtle).DecodeAll()
	if err != nil {
		t.Fatalf("data: %v", err)
	}
	var out []string
	for _, r := range s.Validate(NewGraph(triples), Prefixed([]Prefix{{"ex", "http://example.org/"}, {"xsd", xsdNS}})).Results {
		comp := strings.TrimSuffix(strings.TrimPrefix(r.Component, SH), "ConstraintComponent")
		path := strings.TrimPrefix(r.Path, "http://example.org/")
		out = append(out, strings.TrimPrefix(r.Focus.Value, "http://example.org/")+" "+path+" "+comp+": "+r.Found)
	}
	sort.Strings(out)
	return out
}

func TestConstraints(t *testing.T) {
	for _, tt := range []struct {
		name, constraint, data string
		want                   []string
	}{
		{"minCount", `sh:minCount 1 ;`, `ex:a a ex:C .`, []string{"a p MinCount: none"}},
		{"maxCount", `sh:maxCount 1 ;`, `ex:a a ex:C ; ex:p 1, 2 .`, []string{`a p MaxCount: 2: "1"^^xsd:integer, "2"^^xsd:integer`}},
		{"datatype", `sh:datatype xsd:date ;`, `ex:a a ex:C ; ex:p "2020-01-01"^^xsd:date, "1 May"^^xsd:date, "x", ex:b .`,
			[]string{`a p Datatype: "1 May"^^xsd:date, which is not a valid xsd:date`, `a p Datatype: "x"`, `a p Datatype: ex:b, not a literal`}},
		{"langString", `sh:datatype <http://www.w3.org/1999/02/22-rdf-syntax-ns#langString> ;`, `ex:a a ex:C ; ex:p "x"@en, "y" .`, []string{`a p Datatype: "y"`}},
		{"class with subclasses", `sh:class ex:D ;`, `ex:a a ex:C ; ex:p ex:b, ex:c, ex:d . ex:b a ex:D . ex:c a ex:E . ex:E rdfs:subClassOf ex:D .`,
			[]string{"a p Class: ex:d, which has no rdf:type"}},
		{"nodeKind", `sh:nodeKind sh:IRI ;`, `ex:a a ex:C ; ex:p ex:b, "b" .`, []string{`a p NodeKind: "b"`}},
		{"in", `sh:in ( ex:x ex:y ) ;`, `ex:a a ex:C ; ex:p ex:x, ex:z .`, []string{"a p In: ex:z"}},
		{"pattern", `sh:pattern "^[0-9]+$" ;`, `ex:a a ex:C ; ex:p "12", "1a" .`, []string{`a p Pattern: "1a"`}},
		{"pattern flags", `sh:pattern "^abc$" ; sh:flags "i" ;`, `ex:a a ex:C ; ex:p "ABC", "abd" .`, []string{`a p Pattern: "abd"`}},
		{"minLength", `sh:minLength 2 ;`, `ex:a a ex:C ; ex:p "ab", "a" .`, []string{`a p MinLength: "a" (1 character)`}},
		{"minInclusive", `sh:minInclusive 1 ;`, `ex:a a ex:C ; ex:p 1, 0, "0.5"^^xsd:decimal, "x" .`,
			[]string{`a p MinInclusive: "0"^^xsd:integer`, `a p MinInclusive: "0.5"^^xsd:decimal`, `a p MinInclusive: "x"`}},
		{"maxInclusive", `sh:maxInclusive 1 ;`, `ex:a a ex:C ; ex:p "1.0"^^xsd:decimal, "1.5"^^xsd:decimal .`, []string{`a p MaxInclusive: "1.5"^^xsd:decimal`}},
		{"languageIn", `sh:languageIn ( "en" "fr" ) ;`, `ex:a a ex:C ; ex:p "x"@en-GB, "y"@de, "z" .`, []string{`a p LanguageIn: "y"@de`, `a p LanguageIn: "z"`}},
		{"uniqueLang", `sh:uniqueLang true ;`, `ex:a a ex:C ; ex:p "x"@en, "y"@en, "z"@fr .`, []string{`a p UniqueLang: 2 values in "en"`}},
		{"hasValue", `sh:hasValue ex:x ;`, `ex:a a ex:C ; ex:p ex:y .`, []string{"a p HasValue: ex:y"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := validate(t, `ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; `+strings.TrimSuffix(tt.constraint, " ;")+` ] .`, tt.data)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

func TestTargets(t *testing.T) {
	data := `ex:a a ex:C . ex:b ex:q ex:c . ex:d a ex:Sub . ex:Sub rdfs:subClassOf ex:C .`
	for shape, want := range map[string]string{
		`sh:targetClass ex:C`:      "a d",
		`sh:targetNode ex:z`:       "z",
		`sh:targetSubjectsOf ex:q`: "b",
		`sh:targetObjectsOf ex:q`:  "c",
	} {
		got := validate(t, `ex:S a sh:NodeShape ; `+shape+` ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .`, data)
		var focus []string
		for _, r := range got {
			focus = append(focus, strings.Fields(r)[0])
		}
		if strings.Join(focus, " ") != want {
			t.Errorf("%s: focus nodes %v, want %s", shape, focus, want)
		}
	}
	// A node shape's own constraints apply to the focus node.
	got := validate(t, `ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:pattern "/a$" .`, `ex:a a ex:C . ex:b a ex:C .`)
	if len(got) != 1 || !strings.HasPrefix(got[0], "b  Pattern") {
		t.Errorf("node pattern: %v", got)
	}
	// Deactivated shapes are skipped.
	if got := validate(t, `ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:deactivated true ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .`, `ex:a a ex:C .`); len(got) != 0 {
		t.Errorf("deactivated shape reported %v", got)
	}
}

// What the validator does not implement, it refuses instead of passing.
func TestUnsupportedIsAnError(t *testing.T) {
	for _, shapes := range []string{
		`ex:S sh:targetClass ex:C ; sh:property [ sh:path [ sh:inversePath ex:p ] ; sh:minCount 1 ] .`,
		`ex:S sh:targetClass ex:C ; sh:node ex:T .`,
		`ex:S sh:targetClass ex:C ; sh:or ( ex:T ex:U ) .`,
		`ex:S sh:targetClass ex:C ; sh:minCount 1 .`,
		`ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:pattern "(" ] .`,
	} {
		if _, err := ParseTurtle(prefixes + shapes); err == nil {
			t.Errorf("no error for %s", shapes)
		}
	}
}

func TestWellFormed(t *testing.T) {
	for _, tt := range []struct {
		value, datatype string
		ok              bool
	}{
		{"2020-06-29", "date", true}, {"29 June 2020", "date", false}, {"2020-06-29Z", "date", true},
		{"0", "nonNegativeInteger", true}, {"-3", "nonNegativeInteger", false}, {"+7", "nonNegativeInteger", true},
		{"P3M", "duration", true}, {"P180D", "duration", true}, {"PT", "duration", false}, {"3M", "duration", false},
		{"10:00:00", "time", true}, {"10:00", "time", false},
		{"0.7", "decimal", true}, {"1.", "decimal", true}, {"1e3", "decimal", false},
		{"en", "language", true}, {"zh-Hans", "language", true}, {"english language", "language", false},
		{"true", "boolean", true}, {"yes", "boolean", false},
	} {
		if got := wellFormed(Term{Kind: Literal, Value: tt.value, Datatype: xsdNS + tt.datatype}); got != tt.ok {
			t.Errorf("%q^^xsd:%s well-formed = %v", tt.value, tt.datatype, got)
		}
	}
}
