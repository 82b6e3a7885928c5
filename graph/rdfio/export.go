// Package rdfio writes sckg's quads as RDF files (Turtle, N-Triples,
// N-Quads, TriG, JSON-LD) and reads them back (all but TriG), for 'sckg
// build --out' and 'sckg validate'. It knows RDF syntax, not what the
// quads say: package graph makes them, package store keeps them.
package rdfio

// Export formats: which ones there are and how a file name picks one.

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/ontology"
)

// Format is an RDF serialization sckg writes.
type Format string

// The formats sckg writes. Turtle and N-Triples hold triples: the named
// graphs are merged. N-Quads, TriG and JSON-LD keep one named graph per
// source document.
const (
	Turtle   Format = "turtle"
	NTriples Format = "ntriples"
	NQuads   Format = "nquads"
	TriG     Format = "trig"
	JSONLD   Format = "jsonld"
)

// Formats lists every format, in the order help texts show them.
var Formats = []Format{Turtle, NTriples, NQuads, TriG, JSONLD}

var extensions = map[Format]string{
	Turtle: ".ttl", NTriples: ".nt", NQuads: ".nq", TriG: ".trig", JSONLD: ".jsonld",
}

// Extension is the file name extension of the format, with its dot.
func (f Format) Extension() string { return extensions[f] }

// KeepsGraphs tells whether the format keeps named graphs.
func (f Format) KeepsGraphs() bool { return f == NQuads || f == TriG || f == JSONLD }

// ParseFormat reads a format name as a user types it: "turtle", "ttl",
// "nt", "n-quads", "json-ld", … in any case.
func ParseFormat(s string) (Format, error) {
	name := strings.ToLower(strings.NewReplacer("-", "", "_", "", ".", "").Replace(s))
	for _, f := range Formats {
		if name == string(f) || "."+name == f.Extension() {
			return f, nil
		}
	}
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = string(f)
	}
	return "", fmt.Errorf("unknown format %q (known: %s)", s, strings.Join(names, ", "))
}

// FormatOf picks the format from a file name's extension (.ttl .nt .nq
// .trig .jsonld, also .json).
func FormatOf(path string) (Format, bool) {
	ext := strings.ToLower(filepath.Ext(path))
	if ext == ".json" {
		return JSONLD, true
	}
	for f, e := range extensions {
		if e == ext {
			return f, true
		}
	}
	return "", false
}

// Write writes quads in format f, with prefixes for the formats that have
// them, and returns the number of statements written: distinct triples for
// Turtle and N-Triples, distinct quads for the others. The output depends
// only on the set of quads, never on their order.
func Write(w io.Writer, f Format, quads []rdf.Quad, prefixes []ontology.Prefix) (int, error) {
	switch f {
	case Turtle:
		return WriteTurtle(w, quads, prefixes)
	case NTriples:
		return WriteNTriples(w, quads)
	case NQuads:
		return WriteNQuads(w, quads)
	case TriG:
		return WriteTriG(w, quads, prefixes)
	case JSONLD:
		return WriteJSONLD(w, quads, prefixes)
	}
	return 0, fmt.Errorf("unknown format %q", f)
}
