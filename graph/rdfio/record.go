package rdfio

// Records: one statement as a sink holds it, sorts it, spills it and
// merges it, as bytes whose order (bytes.Compare) is the order of the
// file. Sorting and merging then compare bytes and nothing else, a sink's
// statements are one byte slice for the collector instead of sixteen
// strings each, and a spilled run is the records as they are.
//
// The formats that sort lines (N-Quads, N-Triples) hold the line itself.
// The grouped formats (Turtle, TriG, JSON-LD) hold
//
//	graph      0 for the default graph, or 1 and the graph's term
//	subject    its term
//	predicate  0 for rdf:type (written first, as "a"), or 1; then the IRI as a field
//	object     its term
//
// A term is its kind (kindIRI, kindBlank, kindLiteral) and its value as
// a field; a literal has a second field, what follows its quoted value in
// N-Triples ("", "@en", "^^<…#date>"). So records sort as the terms'
// kinds, values and N-Triples forms do. A field is its bytes with each
// 0x00 written 0x00 0xFF, then 0x00 0x01: a field that is a prefix of
// another sorts first, whatever byte comes next.

import (
	"bytes"
	"strings"
)

const (
	fieldEnd    = 0x01 // after 0x00: the field ends
	escapedZero = 0xFF // after 0x00: a 0x00 of the field
)

const (
	defaultGraph   = 0
	namedGraph     = 1
	typePredicate  = 0
	otherPredicate = 1
)

// appendRecord appends the record of a statement of a grouped format;
// g is nil in the default graph.
func appendRecord(dst []byte, g *rdfTerm, s, p, o rdfTerm) []byte {
	if g == nil {
		dst = append(dst, defaultGraph)
	} else {
		dst = appendTermKey(append(dst, namedGraph), *g)
	}
	dst = appendTermKey(dst, s)
	if p.value == rdfTypeIRI {
		dst = append(dst, typePredicate)
	} else {
		dst = append(dst, otherPredicate)
	}
	dst = appendField(dst, p.value)
	return appendTermKey(dst, o)
}

func appendTermKey(dst []byte, t rdfTerm) []byte {
	dst = appendField(append(dst, byte(t.kind)), t.value)
	if t.kind == kindLiteral {
		// The language tag and datatype IRI hold no 0x00 (termOf).
		dst = append(appendLiteralSuffix(dst, t.lang, t.datatype), 0, fieldEnd)
	}
	return dst
}

func appendField(dst []byte, s string) []byte {
	for {
		i := strings.IndexByte(s, 0)
		if i < 0 {
			break
		}
		dst = append(append(dst, s[:i+1]...), escapedZero)
		s = s[i+1:]
	}
	return append(append(dst, s...), 0, fieldEnd)
}

// subjectEnd is where a record's graph and subject end.
func subjectEnd(rec []byte) int {
	i := 1
	if rec[0] == namedGraph {
		i = skipTerm(rec, i)
	}
	return skipTerm(rec, i)
}

// skipTerm returns where the term at rec[i:] ends.
func skipTerm(rec []byte, i int) int {
	kind := rec[i]
	i = skipField(rec, i+1)
	if kind == kindLiteral {
		i = skipField(rec, i)
	}
	return i
}

// skipField returns where the field at rec[i:] ends.
func skipField(rec []byte, i int) int {
	for {
		i += bytes.IndexByte(rec[i:], 0)
		if rec[i+1] == fieldEnd {
			return i + 2
		}
		i += 2
	}
}

// statement is a record of a grouped format read back: views of the
// record's bytes, valid until the next record is read.
type statement struct {
	hasGraph   bool
	g, s, p, o termView
	// Where the graph, the subject and the predicate end in the record:
	// records that are the same bytes up to there share them.
	graphEnd, subjectEnd, predicateEnd int
	scratch                            []byte // fields that held a 0x00
}

// termView is a term of a statement.
type termView struct {
	kind  byte
	value []byte
	// suffix is what follows a literal's quoted value in N-Triples.
	suffix []byte
}

// datatype is a typed literal's datatype IRI, or nil.
func (t termView) datatype() []byte {
	if len(t.suffix) > 3 && t.suffix[0] == '^' {
		return t.suffix[3 : len(t.suffix)-1] // ^^<…>
	}
	return nil
}

// lang is a language literal's tag, or nil.
func (t termView) lang() []byte {
	if len(t.suffix) > 1 && t.suffix[0] == '@' {
		return t.suffix[1:]
	}
	return nil
}

// read reads rec, a record that appendRecord made, into st.
func (st *statement) read(rec []byte) {
	st.scratch = st.scratch[:0]
	all := len(rec)
	st.hasGraph = rec[0] == namedGraph
	rec = rec[1:]
	if st.hasGraph {
		rec = st.readTerm(rec, &st.g)
	}
	st.graphEnd = all - len(rec)
	rec = st.readTerm(rec, &st.s)
	st.subjectEnd = all - len(rec)
	st.p.kind = kindIRI
	st.p.value, rec = st.readField(rec[1:])
	st.predicateEnd = all - len(rec)
	st.readTerm(rec, &st.o)
}

func (st *statement) readTerm(rec []byte, t *termView) (rest []byte) {
	t.kind = rec[0]
	t.value, rec = st.readField(rec[1:])
	t.suffix = nil
	if t.kind == kindLiteral {
		t.suffix, rec = st.readField(rec)
	}
	return rec
}

// readField returns the field at the start of rec and what follows it.
// The field is rec's own bytes unless it held a 0x00, when it is
// unescaped into st.scratch.
func (st *statement) readField(rec []byte) (field, rest []byte) {
	i := bytes.IndexByte(rec, 0)
	if rec[i+1] == fieldEnd {
		return rec[:i], rec[i+2:]
	}
	start := len(st.scratch)
	for {
		i := bytes.IndexByte(rec, 0)
		st.scratch = append(st.scratch, rec[:i]...)
		if rec[i+1] == fieldEnd {
			return st.scratch[start:], rec[i+2:]
		}
		st.scratch = append(st.scratch, 0)
		rec = rec[i+2:]
	}
}
