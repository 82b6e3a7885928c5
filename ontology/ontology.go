// Package ontology owns sckg's vocabulary: the namespaces of the reused
// vocabularies, the terms sckg mints, and the rules that turn UN document
// symbols into IRIs. Nothing here knows about text or about the store.
package ontology

import (
	_ "embed"
)

// Base is the default base under which sckg mints IRIs.
const Base = "https://w3id.org/sckg/"

// Namespaces of the vocabularies sckg writes, by the prefix used in Turtle.
// The order of Prefixes is the order of @prefix lines in exported files.
var (
	RDF     = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	RDFS    = "http://www.w3.org/2000/01/rdf-schema#"
	XSD     = "http://www.w3.org/2001/XMLSchema#"
	OWL     = "http://www.w3.org/2002/07/owl#"
	DCTERMS = "http://purl.org/dc/terms/"
	ELI     = "http://data.europa.eu/eli/ontology#"
	CITO    = "http://purl.org/spar/cito/"
	PROV    = "http://www.w3.org/ns/prov#"
	NIF     = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
	SKOS    = "http://www.w3.org/2004/02/skos/core#"
	ORG     = "http://www.w3.org/ns/org#"
	FRBR    = "http://purl.org/vocab/frbr/core#"
	DEF     = Base + "def#"
)

// Prefix is one @prefix line of an exported file.
type Prefix struct{ Name, IRI string }

// Prefixes lists the prefixes every export declares, in a fixed order.
func Prefixes() []Prefix {
	return []Prefix{
		{"rdf", RDF}, {"rdfs", RDFS}, {"xsd", XSD}, {"owl", OWL},
		{"dcterms", DCTERMS}, {"eli", ELI}, {"cito", CITO}, {"prov", PROV},
		{"nif", NIF}, {"skos", SKOS}, {"org", ORG}, {"frbr", FRBR}, {"sckg", DEF},
	}
}

//go:embed sckg.ttl
var ontologyTurtle string

// Turtle returns the sckg ontology, the declaration of every term sckg
// writes, as Turtle.
func Turtle() string { return ontologyTurtle }
