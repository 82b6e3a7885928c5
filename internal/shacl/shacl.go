// Package shacl checks RDF data against SHACL shapes: the part of SHACL
// Core that sckg's own shapes (ontology/shapes.ttl) use, and nothing more.
//
// Supported: node and property shapes; targets sh:targetClass (with
// rdfs:subClassOf in the data graph, as SHACL says), sh:targetNode,
// sh:targetSubjectsOf, sh:targetObjectsOf and implicit class targets;
// property paths that are a single predicate; the constraints sh:minCount,
// sh:maxCount, sh:datatype, sh:class, sh:nodeKind, sh:in, sh:hasValue,
// sh:pattern (with sh:flags), sh:minLength, sh:maxLength, sh:minInclusive,
// sh:maxInclusive, sh:languageIn and sh:uniqueLang; sh:severity and
// sh:deactivated. A shapes graph that asks for anything else (sh:node,
// sh:or, sh:sparql, a path expression, …) is refused with an error rather
// than half checked.
package shacl

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/knakk/rdf"
)

// Shapes is a parsed shapes graph.
type Shapes struct {
	shapes []*shape // those with targets, in IRI order
}

type shape struct {
	id         Term
	name       string // for error messages
	owner      Term   // the node shape a property shape belongs to, or the shape itself
	path       string // "" for a node shape
	targets    []target
	checks     []check
	properties []*shape
	severity   string
}

type target struct {
	kind string // "class", "node", "subjectsOf", "objectsOf"
	term Term
}

// check is one constraint: its component, its parameter, and the test.
type check struct {
	component string // local name, "MinCount"
	param     Term
	list      []Term
	re        *regexp.Regexp
}

// Parameters a shape may have that are not constraints.
var ignored = map[string]bool{
	"path": true, "property": true, "targetClass": true, "targetNode": true,
	"targetSubjectsOf": true, "targetObjectsOf": true, "severity": true,
	"deactivated": true, "name": true, "description": true, "message": true,
	"order": true, "group": true, "flags": true, "defaultValue": true,
}

var components = map[string]string{
	"minCount": "MinCount", "maxCount": "MaxCount", "datatype": "Datatype",
	"class": "Class", "nodeKind": "NodeKind", "in": "In", "hasValue": "HasValue",
	"pattern": "Pattern", "minLength": "MinLength", "maxLength": "MaxLength",
	"minInclusive": "MinInclusive", "maxInclusive": "MaxInclusive",
	"languageIn": "LanguageIn", "uniqueLang": "UniqueLang",
}

// ParseTurtle reads a shapes graph written in Turtle.
func ParseTurtle(src string) (*Shapes, error) {
	triples, err := rdf.NewTripleDecoder(strings.NewReader(src), rdf.Turtle).DecodeAll()
	if err != nil {
		return nil, fmt.Errorf("shapes: %w", err)
	}
	return Parse(triples)
}

// Parse reads the shapes of a shapes graph.
func Parse(triples []rdf.Triple) (*Shapes, error) {
	g := NewGraph(triples)
	p := &parser{g: g, done: map[Term]*shape{}}
	// Shapes with targets are where validation starts.
	roots := map[Term]bool{}
	for _, t := range []string{"targetClass", "targetNode", "targetSubjectsOf", "targetObjectsOf"} {
		for _, s := range g.subjects[SH+t] {
			roots[s] = true
		}
	}
	for _, class := range []string{rdfsNS + "Class", "http://www.w3.org/2002/07/owl#Class"} {
		for _, s := range g.instancesOf(class) {
			for _, t := range g.out[s][rdfType] {
				if t == iri(SH+"NodeShape") || t == iri(SH+"PropertyShape") {
					roots[s] = true
				}
			}
		}
	}
	out := &Shapes{}
	for s := range roots {
		sh, err := p.shape(s, nil)
		if err != nil {
			return nil, err
		}
		if sh != nil {
			out.shapes = append(out.shapes, sh)
		}
	}
	sort.Slice(out.shapes, func(i, j int) bool { return out.shapes[i].id.less(out.shapes[j].id) })
	return out, nil
}

type parser struct {
	g    *Graph
	done map[Term]*shape
}

func (p *parser) shape(id Term, parent *shape) (*shape, error) {
	if s, ok := p.done[id]; ok {
		return s, nil
	}
	g := p.g
	if d, ok := g.object(id, SH+"deactivated"); ok && d.Kind == Literal && d.Value == "true" {
		return nil, nil
	}
	s := &shape{id: id, name: id.String(), owner: id, severity: SH + "Violation"}
	if parent != nil {
		s.name, s.owner = parent.name+" (property "+id.String()+")", parent.owner
	}
	p.done[id] = s
	if sev, ok := g.object(id, SH+"severity"); ok {
		s.severity = sev.Value
	}
	for pred, objs := range g.out[id] {
		local, ok := strings.CutPrefix(pred, SH)
		if !ok {
			continue
		}
		switch local {
		case "path":
			if objs[0].Kind != IRI || len(objs) > 1 {
				return nil, fmt.Errorf("shape %s: only a single predicate is supported as sh:path", s.name)
			}
			s.path = objs[0].Value
		case "targetClass", "targetNode", "targetSubjectsOf", "targetObjectsOf":
			kind := map[string]string{"targetClass": "class", "targetNode": "node", "targetSubjectsOf": "subjectsOf", "targetObjectsOf": "objectsOf"}[local]
			for _, o := range objs {
				s.targets = append(s.targets, target{kind, o})
			}
		}
	}
	for _, class := range []string{rdfsNS + "Class", "http://www.w3.org/2002/07/owl#Class"} {
		for _, t := range g.out[id][rdfType] {
			if t == iri(class) && id.Kind == IRI {
				s.targets = append(s.targets, target{"class", id})
			}
		}
	}
	preds := make([]string, 0, len(g.out[id]))
	for pred := range g.out[id] {
		preds = append(preds, pred)
	}
	sort.Strings(preds)
	for _, pred := range preds {
		local, ok := strings.CutPrefix(pred, SH)
		if !ok || ignored[local] {
			continue
		}
		comp, known := components[local]
		if !known {
			return nil, fmt.Errorf("shape %s: sh:%s is not supported by sckg's validator", s.name, local)
		}
		for _, o := range g.out[id][pred] {
			c := check{component: comp, param: o}
			switch comp {
			case "In", "LanguageIn":
				list, ok := g.list(o)
				if !ok {
					return nil, fmt.Errorf("shape %s: sh:%s is not a well-formed list", s.name, local)
				}
				c.list = list
			case "Pattern":
				expr := o.Value
				if flags, ok := g.object(id, SH+"flags"); ok && flags.Value != "" {
					expr = "(?" + flags.Value + ")" + expr
				}
				re, err := regexp.Compile(expr)
				if err != nil {
					return nil, fmt.Errorf("shape %s: sh:pattern %q: %w", s.name, o.Value, err)
				}
				c.re = re
			case "MinCount", "MaxCount", "MinLength", "MaxLength":
				if _, ok := integer(o); !ok {
					return nil, fmt.Errorf("shape %s: sh:%s %s is not an integer", s.name, local, o)
				}
			}
			if (comp == "MinCount" || comp == "MaxCount" || comp == "UniqueLang") && s.path == "" {
				return nil, fmt.Errorf("shape %s: sh:%s needs a property shape", s.name, local)
			}
			s.checks = append(s.checks, c)
		}
	}
	props := append([]Term(nil), g.out[id][SH+"property"]...)
	sortTerms(props)
	for _, ps := range props {
		child, err := p.shape(ps, s)
		if err != nil {
			return nil, err
		}
		if child != nil {
			if child.path == "" {
				return nil, fmt.Errorf("shape %s: property shape %s has no sh:path", s.name, ps)
			}
			s.properties = append(s.properties, child)
		}
	}
	return s, nil
}

// Result is one validation result: a focus node that does not have the
// shape it should.
type Result struct {
	Focus     Term
	Path      string // the property, "" for a constraint on the node itself
	Component string // the constraint component IRI, sh:MinCountConstraintComponent
	Shape     Term   // the node shape that was not met
	Value     *Term  // the offending value, when one is to blame
	Severity  string // sh:Violation, sh:Warning or sh:Info
	Expected  string // what the shape asks for, in words
	Found     string // what the data has, in words
}

// Report is the outcome of a validation.
type Report struct {
	Results []Result
	Checked int // focus nodes checked
}

// Conforms tells whether the data has no violation (warnings and infos
// do not count).
func (r Report) Conforms() bool {
	for _, res := range r.Results {
		if res.Severity == SH+"Violation" {
			return false
		}
	}
	return true
}

// Validate checks data against the shapes. namer writes the terms in the
// results' words (Expected, Found); nil writes them as in N-Triples.
func (s *Shapes) Validate(data *Graph, namer Namer) Report {
	v := &validator{g: data, classCache: map[string]map[Term]bool{}, namer: namer}
	var r Report
	for _, sh := range s.shapes {
		focus := v.focusNodes(sh)
		r.Checked += len(focus)
		for _, f := range focus {
			v.validate(sh, f)
		}
	}
	sort.SliceStable(v.results, func(i, j int) bool {
		a, b := v.results[i], v.results[j]
		if a.Focus != b.Focus {
			return a.Focus.less(b.Focus)
		}
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Component != b.Component {
			return a.Component < b.Component
		}
		if (a.Value == nil) != (b.Value == nil) {
			return a.Value == nil
		}
		return a.Value != nil && a.Value.less(*b.Value)
	})
	r.Results = v.results
	return r
}

type validator struct {
	namer      Namer
	g          *Graph
	classCache map[string]map[Term]bool
	results    []Result
}

func (v *validator) focusNodes(s *shape) []Term {
	set := map[Term]bool{}
	for _, t := range s.targets {
		switch t.kind {
		case "class":
			for _, n := range v.g.instancesOf(t.term.Value) {
				set[n] = true
			}
		case "node":
			set[t.term] = true
		case "subjectsOf":
			for _, n := range v.g.subjects[t.term.Value] {
				set[n] = true
			}
		case "objectsOf":
			for _, n := range v.g.objects[t.term.Value] {
				set[n] = true
			}
		}
	}
	out := make([]Term, 0, len(set))
	for n := range set {
		out = append(out, n)
	}
	sortTerms(out)
	return out
}

func (v *validator) validate(s *shape, focus Term) {
	values := []Term{focus}
	if s.path != "" {
		values = append([]Term(nil), v.g.Objects(focus, s.path)...)
		sortTerms(values)
	}
	for _, c := range s.checks {
		v.check(s, c, focus, values)
	}
	for _, p := range s.properties {
		v.validate(p, focus)
	}
}

func (v *validator) report(s *shape, c check, focus Term, value *Term, expected, found string) {
	v.results = append(v.results, Result{
		Focus: focus, Path: s.path, Component: SH + c.component + "ConstraintComponent",
		Shape: s.owner, Value: value, Severity: s.severity, Expected: expected, Found: found,
	})
}
