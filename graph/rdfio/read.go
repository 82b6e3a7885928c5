package rdfio

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/knakk/rdf"
	"github.com/piprate/json-gold/ld"
)

// Read parses RDF in format f. Turtle and N-Triples give quads without a
// graph name. TriG cannot be read: knakk/rdf has no TriG parser.
func Read(r io.Reader, f Format) ([]rdf.Quad, error) {
	switch f {
	case Turtle, NTriples, NQuads:
		data, err := io.ReadAll(r)
		if err != nil {
			return nil, err
		}
		if err := checkLexerTraps(data); err != nil {
			return nil, err
		}
		r = bytes.NewReader(data)
	}
	switch f {
	case Turtle, NTriples:
		kf := rdf.Turtle
		if f == NTriples {
			kf = rdf.NTriples
		}
		triples, err := rdf.NewTripleDecoder(bufio.NewReader(r), kf).DecodeAll()
		if err != nil {
			return nil, err
		}
		out := make([]rdf.Quad, len(triples))
		for i, t := range triples {
			out[i] = rdf.Quad{Triple: t}
		}
		return out, nil
	case NQuads:
		dec := rdf.NewQuadDecoder(bufio.NewReader(r), rdf.NQuads)
		dec.DefaultGraph = nil // knakk/rdf's default is the blank node _:defaultGraph
		return dec.DecodeAll()
	case JSONLD:
		return readJSONLD(r)
	case TriG:
		return nil, errors.New("TriG cannot be read yet (knakk/rdf has no TriG parser); convert it first, e.g. rapper -i trig -o nquads FILE.trig > FILE.nq")
	}
	return nil, fmt.Errorf("unknown format %q", f)
}

// ReadFile parses the RDF file at path, in the format its extension names.
func ReadFile(path string) ([]rdf.Quad, Format, error) {
	f, ok := FormatOf(path)
	if !ok {
		return nil, "", fmt.Errorf("%s: cannot tell the format from the extension (.ttl, .nt, .nq, .trig or .jsonld)", path)
	}
	file, err := os.Open(path)
	if err != nil {
		return nil, f, err
	}
	defer file.Close()
	quads, err := Read(file, f)
	if err != nil {
		return nil, f, fmt.Errorf("%s: %w", path, err)
	}
	return quads, f, nil
}

// readJSONLD turns JSON-LD into quads with json-gold, a JSON-LD processor
// sckg did not write, by way of N-Quads. Remote contexts are not fetched.
//
// json-gold panics on some documents that are JSON but not JSON-LD (a
// keyword or term whose value has the wrong type: {"": [true]}); such a
// panic is its error.
func readJSONLD(r io.Reader) ([]rdf.Quad, error) {
	var doc any
	if err := json.NewDecoder(r).Decode(&doc); err != nil {
		return nil, err
	}
	opts := ld.NewJsonLdOptions("")
	opts.Format = "application/n-quads"
	opts.DocumentLoader = noRemoteContexts{}
	out, err := toRDF(doc, opts)
	if err != nil {
		return nil, err
	}
	nq, _ := out.(string)
	return Read(strings.NewReader(nq), NQuads)
}

// toRDF is json-gold's ToRDF, with its panics turned into errors.
func toRDF(doc any, opts *ld.JsonLdOptions) (out any, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("not JSON-LD that can be read: %v", r)
		}
	}()
	return ld.NewJsonLdProcessor().ToRDF(doc, opts)
}

type noRemoteContexts struct{}

func (noRemoteContexts) LoadDocument(u string) (*ld.RemoteDocument, error) {
	return nil, fmt.Errorf("remote context %s: sckg does not fetch contexts", u)
}

// LangLiteral makes a language literal. knakk/rdf's NewLangLiteral accepts
// only one '-' in a tag ("zh-Hans" but not "zh-Hans-CN"), while its parsers
// accept any; for such tags the literal is made by its N-Triples parser.
func LangLiteral(value, lang string) (rdf.Term, error) {
	if l, err := rdf.NewLangLiteral(value, lang); err == nil {
		return l, nil
	}
	esc, err := escapeString(value)
	if err != nil {
		return nil, err
	}
	if !isLangTag(lang) {
		return nil, fmt.Errorf("invalid language tag %q", lang)
	}
	line := "<urn:x:s> <urn:x:p> " + esc + "@" + lang + " .\n"
	tr, err := rdf.NewTripleDecoder(strings.NewReader(line), rdf.NTriples).Decode()
	if err != nil {
		return nil, fmt.Errorf("language literal %s@%s: %w", esc, lang, err)
	}
	return tr.Obj, nil
}
