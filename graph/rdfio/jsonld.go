package rdfio

// JSON-LD writer.
//
// The output is JSON-LD 1.0 (which 1.1 processors read unchanged): a
// @context with the prefixes and one short key per property, then a
// top-level @graph whose entries are the default graph's nodes and one
// object per named graph, {"@id": graph, "@graph": [nodes…]}. A key's
// values are coerced in the context when they all agree (all IRIs, or all
// literals of one datatype), so that most values are plain JSON strings;
// the rest are written in expanded form, so that nothing is lost: language
// tags and datatypes survive a round trip.

import (
	"bufio"
	"fmt"
	"io"
	"maps"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/ontology"
)

// jsonTerm is how one property is written.
type jsonTerm struct {
	key    string // the key in node objects: a term of the context, or the IRI
	iri    string
	coerce string // "@id", a datatype IRI, or "" for no coercion
	define bool   // the key is defined in the context
}

// WriteJSONLD writes quads as JSON-LD and returns the number of distinct
// quads written. Like the other writers, the output depends only on the set
// of quads.
func WriteJSONLD(w io.Writer, quads []rdf.Quad, prefixes []ontology.Prefix) (int, error) {
	return writeAll(w, JSONLD, quads, prefixes)
}

// usage is what values a property takes, for its coercion.
type usage struct {
	iris, literals bool
	datatypes      map[string]bool // "" for xsd:string and language strings
}

// use notes the kind of value o gives predicate p.
func (s *recordMaker) use(p, o *rdfTerm) {
	u := s.uses[p.value]
	if u == nil {
		u = &usage{datatypes: map[string]bool{}}
		s.uses[p.value] = u
	}
	if o.kind == kindLiteral {
		u.literals = true
		u.datatypes[o.datatype] = true
	} else {
		u.iris = true
	}
}

// addUsage adds what an encoder noted of predicate p: the same sets,
// whichever goroutine saw a value first.
func (s *Sink) addUsage(p string, from *usage) {
	u := s.uses[p]
	if u == nil {
		u = &usage{datatypes: map[string]bool{}}
		s.uses[p] = u
	}
	u.iris = u.iris || from.iris
	u.literals = u.literals || from.literals
	for dt := range from.datatypes {
		u.datatypes[dt] = true
	}
}

// subjectGroup holds one subject's predicates and their objects, in the
// order of the file.
type subjectGroup struct {
	subject rdfTerm
	preds   []predicateGroup
}

type predicateGroup struct {
	predicate string // its IRI
	objects   []rdfTerm
}

// ownTerm copies a term out of a record, which the next one overwrites.
func ownTerm(v termView) rdfTerm {
	return rdfTerm{kind: int(v.kind), value: string(v.value), lang: string(v.lang()), datatype: string(v.datatype())}
}

// jsonldWriter writes JSON-LD one subject at a time (a Sink's
// groupWriter): the context first, from every property's usage, then the
// default graph's nodes, then one entry per named graph.
type jsonldWriter struct {
	jsonWriter
	prefixes []ontology.Prefix
	entries  int
	inNamed  bool
	nodes    int // in the named graph being written

	// The subject being gathered, and its graph, until its last statement.
	group       subjectGroup
	grouping    bool
	graph       *rdfTerm // nil for the default graph
	startsGraph bool     // its graph is not the one before's
}

func newJSONLDWriter(bw *bufio.Writer, pre *prefixer, prefixes []ontology.Prefix, uses map[string]*usage) *jsonldWriter {
	terms, typeKeyword := jsonTerms(uses, pre, prefixes)
	return &jsonldWriter{jsonWriter: jsonWriter{w: bw, pre: pre, terms: terms, typeKeyword: typeKeyword}, prefixes: prefixes}
}

func (jw *jsonldWriter) begin() {
	jw.line(0, "{")
	jw.line(1, `"@context": {`)
	var defs []string
	for _, p := range jw.prefixes {
		defs = append(defs, jsonString(p.Name)+": "+jsonString(p.IRI))
	}
	for _, t := range sortedTerms(jw.terms) {
		if !t.define {
			continue
		}
		def := `{"@id": ` + jsonString(jw.iri(t.iri))
		if t.coerce != "" {
			def += `, "@type": ` + jsonString(jw.iri(t.coerce))
		}
		defs = append(defs, jsonString(t.key)+": "+def+"}")
	}
	jw.list(2, defs)
	jw.line(1, "},")
	jw.line(1, `"@graph": [`)
}

// statement gathers a subject's statements, and writes the subject
// before when this one is another's.
func (jw *jsonldWriter) statement(st *statement, c change) {
	if c >= newSubject {
		jw.flush()
		jw.group = subjectGroup{subject: ownTerm(st.s)}
		jw.grouping = true
		jw.graph = nil
		if st.hasGraph {
			g := ownTerm(st.g)
			jw.graph = &g
		}
		jw.startsGraph = c == newGraph
	}
	if c >= newPredicate {
		jw.group.preds = append(jw.group.preds, predicateGroup{predicate: string(st.p.value)})
	}
	pg := &jw.group.preds[len(jw.group.preds)-1]
	pg.objects = append(pg.objects, ownTerm(st.o))
}

// flush writes the subject gathered, if any.
func (jw *jsonldWriter) flush() {
	if jw.grouping {
		jw.subject(jw.graph, jw.startsGraph, &jw.group)
		jw.grouping = false
	}
}

// Entries are written with a comma between them: the comma (or the
// line's end) of one is written when the next begins, or at the end.
func (jw *jsonldWriter) subject(g *rdfTerm, startsGraph bool, sg *subjectGroup) {
	if g == nil { // the default graph comes first
		jw.nextItem(&jw.entries)
		jw.node(2, sg)
		return
	}
	if !jw.inNamed || startsGraph {
		jw.endNamed()
		jw.nextItem(&jw.entries)
		jw.line(2, "{")
		jw.line(3, `"@id": `+jsonString(jw.id(*g))+",")
		jw.line(3, `"@graph": [`)
		jw.inNamed, jw.nodes = true, 0
	}
	jw.nextItem(&jw.nodes)
	jw.node(4, sg)
}

// nextItem ends the item before in a list of count items, if any, with
// a comma, and counts the one to begin.
func (jw *jsonldWriter) nextItem(count *int) {
	if *count > 0 {
		jw.comma(true)
	}
	*count++
}

func (jw *jsonldWriter) endNamed() {
	if jw.inNamed {
		jw.comma(false)
		jw.line(3, "]")
		jw.text(2, "}")
		jw.inNamed = false
	}
}

func (jw *jsonldWriter) end() {
	jw.flush()
	jw.endNamed()
	if jw.entries > 0 {
		jw.comma(false)
	}
	jw.line(1, "]")
	jw.line(0, "}")
}

// jsonTerms chooses a key and a coercion for every property. The key is
// the property's local name ("is_part_of"); where two properties share a
// local name, or the name is a prefix's, both are qualified ("eli_cites");
// a property with no safe local name keeps its IRI as key. rdf:type is
// written as @type unless one of its values is a literal.
func jsonTerms(uses map[string]*usage, pre *prefixer, prefixes []ontology.Prefix) (map[string]*jsonTerm, bool) {
	uses = maps.Clone(uses)
	typeKeyword := uses[rdfTypeIRI] == nil || !uses[rdfTypeIRI].literals
	if typeKeyword {
		delete(uses, rdfTypeIRI)
	}

	taken := map[string]bool{}
	for _, p := range prefixes {
		taken[p.Name] = true
	}
	byLocal := map[string][]string{}
	prefixOf := map[string]string{}
	for p := range uses {
		for i, ns := range pre.iris {
			if local, ok := strings.CutPrefix(p, ns); ok && isSafeLocalName(local) {
				byLocal[local] = append(byLocal[local], p)
				prefixOf[p] = pre.names[i]
				break
			}
		}
	}
	terms := map[string]*jsonTerm{}
	for p, u := range uses {
		t := &jsonTerm{key: p, iri: p}
		switch {
		case u.iris && !u.literals:
			t.coerce = "@id"
		case u.literals && !u.iris && len(u.datatypes) == 1:
			for dt := range u.datatypes {
				t.coerce = dt // "" (strings) needs no coercion
			}
		}
		terms[p] = t
	}
	// Assign keys in a fixed order so that the rare collisions resolve the
	// same way every time.
	locals := make([]string, 0, len(byLocal))
	for l := range byLocal {
		locals = append(locals, l)
	}
	sort.Strings(locals)
	for _, local := range locals {
		ps := byLocal[local]
		sort.Strings(ps)
		if len(ps) == 1 && !taken[local] {
			terms[ps[0]].key, terms[ps[0]].define = local, true
			taken[local] = true
			continue
		}
		for _, p := range ps {
			if key := prefixOf[p] + "_" + local; !taken[key] {
				terms[p].key, terms[p].define = key, true
				taken[key] = true
			}
		}
	}
	for _, t := range terms {
		if !t.define {
			t.coerce = "" // an IRI as key cannot carry a coercion
		}
	}
	return terms, typeKeyword
}

func sortedTerms(terms map[string]*jsonTerm) []*jsonTerm {
	out := make([]*jsonTerm, 0, len(terms))
	for _, t := range terms {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].key < out[j].key })
	return out
}

type jsonWriter struct {
	w           *bufio.Writer
	pre         *prefixer
	terms       map[string]*jsonTerm
	typeKeyword bool
}

func (jw *jsonWriter) text(indent int, s string) {
	jw.w.WriteString(strings.Repeat("  ", indent))
	jw.w.WriteString(s)
}

func (jw *jsonWriter) line(indent int, s string) {
	jw.text(indent, s)
	jw.w.WriteByte('\n')
}

func (jw *jsonWriter) comma(more bool) {
	if more {
		jw.w.WriteByte(',')
	}
	jw.w.WriteByte('\n')
}

// list writes items one per line, with commas between them.
func (jw *jsonWriter) list(indent int, items []string) {
	for i, it := range items {
		jw.text(indent, it)
		jw.comma(i < len(items)-1)
	}
}

// iri compacts an IRI with a prefix where its local name is safe; JSON-LD
// expands such compact IRIs in @id, @type and coerced values.
func (jw *jsonWriter) iri(s string) string {
	if name, local, ok := jw.pre.cut(s); ok {
		return name + ":" + local
	}
	return s
}

// id is the @id form of an IRI or blank node.
func (jw *jsonWriter) id(t rdfTerm) string {
	if t.kind == kindBlank {
		return "_:" + t.value
	}
	return jw.iri(t.value)
}

// node writes one node object, without a line break after it.
func (jw *jsonWriter) node(indent int, sg *subjectGroup) {
	type member struct{ key, value string }
	var members []member
	var types []string
	for _, pg := range sg.preds {
		objs := pg.objects
		if pg.predicate == rdfTypeIRI && jw.typeKeyword {
			for _, o := range objs {
				types = append(types, jsonString(jw.id(o)))
			}
			continue
		}
		t := jw.terms[pg.predicate]
		vals := make([]string, len(objs))
		for i, o := range objs {
			vals[i] = jw.value(t, o)
		}
		members = append(members, member{t.key, jw.array(indent+1, vals)})
	}
	sort.Slice(members, func(i, j int) bool { return members[i].key < members[j].key })
	items := []string{`"@id": ` + jsonString(jw.id(sg.subject))}
	if len(types) > 0 {
		items = append(items, `"@type": `+jw.array(indent+1, types))
	}
	for _, m := range members {
		items = append(items, jsonString(m.key)+": "+m.value)
	}
	jw.line(indent, "{")
	jw.list(indent+1, items)
	jw.text(indent, "}")
}

// array is one value as itself, several as an array, one per line.
func (jw *jsonWriter) array(indent int, vals []string) string {
	if len(vals) == 1 {
		return vals[0]
	}
	pad := strings.Repeat("  ", indent+1)
	return "[\n" + pad + strings.Join(vals, ",\n"+pad) + "\n" + strings.Repeat("  ", indent) + "]"
}

// value writes an object as the term t expects it.
func (jw *jsonWriter) value(t *jsonTerm, o rdfTerm) string {
	switch {
	case o.kind != kindLiteral:
		if t.coerce == "@id" {
			return jsonString(jw.id(o))
		}
		return `{"@id": ` + jsonString(jw.id(o)) + "}"
	case o.lang != "":
		return `{"@value": ` + jsonString(o.value) + `, "@language": ` + jsonString(o.lang) + "}"
	case o.datatype == t.coerce && t.coerce != "@id":
		return jsonString(o.value)
	case o.datatype == "":
		return `{"@value": ` + jsonString(o.value) + "}"
	default:
		return `{"@value": ` + jsonString(o.value) + `, "@type": ` + jsonString(jw.iri(o.datatype)) + "}"
	}
}

// jsonString quotes s as a JSON string, leaving every printable character
// as it is (encoding/json would escape <, > and &).
func jsonString(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case utf8.RuneError:
			b.WriteString(`\ufffd`)
		default:
			if r < 0x20 || r == 0x7f || r == 0x2028 || r == 0x2029 {
				fmt.Fprintf(&b, `\u%04x`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}
