package shacl

import (
	"fmt"
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// Namer writes a term for people: a prefixed name where one fits.
type Namer func(Term) string

// check tests the value nodes of one focus node against one constraint.
func (v *validator) check(s *shape, c check, focus Term, values []Term) {
	name := v.name
	switch c.component {
	case "MinCount":
		n, _ := integer(c.param)
		if len(values) < n {
			found := strconv.Itoa(len(values))
			if len(values) == 0 {
				found = "none"
			}
			v.report(s, c, focus, nil, fmt.Sprintf("at least %d %s", n, plural(n, "value")), found)
		}
	case "MaxCount":
		n, _ := integer(c.param)
		if len(values) > n {
			v.report(s, c, focus, nil, fmt.Sprintf("at most %d %s", n, plural(n, "value")),
				fmt.Sprintf("%d: %s", len(values), v.list(values)))
		}
	case "UniqueLang":
		if c.param.Value != "true" && c.param.Value != "1" {
			return
		}
		count := map[string]int{}
		var langs []string
		for _, val := range values {
			if val.Kind == Literal && val.Lang != "" {
				if count[val.Lang] == 0 {
					langs = append(langs, val.Lang)
				}
				count[val.Lang]++
			}
		}
		for _, l := range langs {
			if count[l] > 1 {
				v.report(s, c, focus, nil, "one value per language", fmt.Sprintf("%d values in %q", count[l], l))
			}
		}
	case "HasValue":
		for _, val := range values {
			if val == c.param {
				return
			}
		}
		v.report(s, c, focus, nil, "the value "+name(c.param), v.list(values))
	default:
		for _, val := range values {
			if expected, found, ok := v.value(c, val); !ok {
				val := val
				v.report(s, c, focus, &val, expected, found)
			}
		}
	}
}

// value tests one value node against a per-value constraint.
func (v *validator) value(c check, val Term) (expected, found string, ok bool) {
	name := v.name
	shown := name(val)
	switch c.component {
	case "Datatype":
		expected = "a literal of type " + name(c.param)
		switch {
		case val.Kind != Literal:
			return expected, shown + ", not a literal", false
		case val.Datatype != c.param.Value:
			return expected, shown, false
		case !wellFormed(val):
			return expected, shown + ", which is not a valid " + name(c.param), false
		}
	case "Class":
		expected = "an instance of " + name(c.param)
		if val.Kind == Literal || !v.g.isInstance(val, c.param.Value, v.classCache) {
			types := v.g.Objects(val, rdfType)
			if len(types) == 0 {
				return expected, shown + ", which has no rdf:type", false
			}
			return expected, shown + ", of type " + v.list(types), false
		}
	case "NodeKind":
		kinds := map[string][]Kind{
			"IRI": {IRI}, "BlankNode": {Blank}, "Literal": {Literal},
			"BlankNodeOrIRI": {Blank, IRI}, "BlankNodeOrLiteral": {Blank, Literal}, "IRIOrLiteral": {IRI, Literal},
		}[strings.TrimPrefix(c.param.Value, SH)]
		for _, k := range kinds {
			if val.Kind == k {
				return "", "", true
			}
		}
		words := map[string]string{
			"IRI": "an IRI", "BlankNode": "a blank node", "Literal": "a literal",
			"BlankNodeOrIRI": "an IRI or a blank node", "BlankNodeOrLiteral": "a blank node or a literal", "IRIOrLiteral": "an IRI or a literal",
		}
		return words[strings.TrimPrefix(c.param.Value, SH)], shown, false
	case "In":
		for _, t := range c.list {
			if t == val {
				return "", "", true
			}
		}
		return "one of " + v.list(c.list), shown, false
	case "Pattern":
		expected = "a match of /" + c.re.String() + "/"
		if val.Kind == Blank || !c.re.MatchString(val.Value) {
			return expected, shown, false
		}
	case "MinLength", "MaxLength":
		n, _ := integer(c.param)
		length := utf8.RuneCountInString(val.Value)
		if c.component == "MinLength" {
			expected = fmt.Sprintf("at least %d %s", n, plural(n, "character"))
		} else {
			expected = fmt.Sprintf("at most %d %s", n, plural(n, "character"))
		}
		if val.Kind == Blank || (c.component == "MinLength" && length < n) || (c.component == "MaxLength" && length > n) {
			return expected, fmt.Sprintf("%s (%d %s)", shown, length, plural(length, "character")), false
		}
	case "MinInclusive", "MaxInclusive":
		op := map[string]string{"MinInclusive": "≥ ", "MaxInclusive": "≤ "}[c.component]
		expected = "a value " + op + c.param.Value
		cmp, comparable := compare(val, c.param)
		if !comparable || (c.component == "MinInclusive" && cmp < 0) || (c.component == "MaxInclusive" && cmp > 0) {
			return expected, shown, false
		}
	case "LanguageIn":
		var ranges []string
		for _, t := range c.list {
			ranges = append(ranges, t.Value)
			if val.Kind == Literal && val.Lang != "" && langMatches(val.Lang, t.Value) {
				return "", "", true
			}
		}
		return "a language tag among " + strings.Join(ranges, ", "), shown, false
	}
	return "", "", true
}

func (v *validator) name(t Term) string {
	if v.namer != nil {
		return shorten(v.namer(t))
	}
	return shorten(t.String())
}

// list names up to four terms.
func (v *validator) list(ts []Term) string {
	var names []string
	for i, t := range ts {
		if i == 4 {
			names = append(names, fmt.Sprintf("… (%d in all)", len(ts)))
			break
		}
		names = append(names, v.name(t))
	}
	return strings.Join(names, ", ")
}

var controls = strings.NewReplacer("\n", `\n`, "\r", `\r`, "\t", `\t`)

// shorten cuts a long literal for a message, and shows line breaks as \n.
func shorten(s string) string {
	s = controls.Replace(s)
	if utf8.RuneCountInString(s) <= 80 {
		return s
	}
	r := []rune(s)
	return string(r[:60]) + "…" + string(r[len(r)-12:])
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

func integer(t Term) (int, bool) {
	n, err := strconv.Atoi(strings.TrimPrefix(t.Value, "+"))
	return n, err == nil && t.Kind == Literal
}

// Lexical forms of the XSD datatypes, as SHACL engines commonly check them
// (these follow rdf-validate-datatype, which rdf-validate-shacl uses).
// Compiled on the first validation, not when a program that may never
// validate starts (every sckg command links this package).
var lexical = sync.OnceValue(func() map[string]*regexp.Regexp {
	const (
		sign     = `(\+|-)?`
		decimal  = sign + `(\d+\.?\d*|\.\d+)`
		year     = `-?(([1-9]\d{3,})|(0\d{3}))`
		timezone = `(((\+|-)\d{2}:\d{2})|Z)`
		date     = year + `-\d{2}-\d{2}`
		time     = `\d{2}:\d{2}:\d{2}(\.\d+)?`
		dur      = `-?P((\d+Y(\d+M)?|\d+M)((\d+D(T((\d+H(\d+M)?(\d+(\.\d+)?S)?)|(\d+M(\d+(\.\d+)?S)?)|\d+(\.\d+)?S))?|T((\d+H(\d+M)?(\d+(\.\d+)?S)?)|(\d+M(\d+(\.\d+)?S)?)|\d+(\.\d+)?S)))?|(\d+D(T((\d+H(\d+M)?(\d+(\.\d+)?S)?)|(\d+M(\d+(\.\d+)?S)?)|\d+(\.\d+)?S))?|T((\d+H(\d+M)?(\d+(\.\d+)?S)?)|(\d+M(\d+(\.\d+)?S)?)|\d+(\.\d+)?S)))`
	)
	m := map[string]string{
		"language":           `[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*`,
		"integer":            sign + `\d+`,
		"nonNegativeInteger": `(\+?\d+|-0+)`,
		"positiveInteger":    `\+?0*[1-9]\d*`,
		"boolean":            `(true|false|1|0)`,
		"decimal":            sign + decimal,
		"double":             `(INF|-INF|NaN|` + sign + decimal + `([Ee](\+|-)?\d+)?)`,
		"float":              `(INF|-INF|NaN|` + sign + decimal + `([Ee](\+|-)?\d+)?)`,
		"date":               date + timezone + `?`,
		"dateTime":           date + `T` + time + timezone + `?`,
		"time":               time + timezone + `?`,
		"gYear":              year + timezone + `?`,
		"duration":           dur,
	}
	out := map[string]*regexp.Regexp{}
	for name, expr := range m {
		out[xsdNS+name] = regexp.MustCompile(`^` + expr + `$`)
	}
	return out
})

// wellFormed tells whether a literal's lexical form is valid for its
// datatype; datatypes sckg does not know are taken as valid.
func wellFormed(l Term) bool {
	if l.Datatype == rdfLangString {
		return l.Lang != ""
	}
	if re := lexical()[l.Datatype]; re != nil {
		return re.MatchString(l.Value)
	}
	return true
}

var numeric = map[string]bool{
	xsdNS + "integer": true, xsdNS + "nonNegativeInteger": true, xsdNS + "positiveInteger": true,
	xsdNS + "decimal": true, xsdNS + "double": true, xsdNS + "float": true, xsdNS + "int": true, xsdNS + "long": true,
}

// compare orders two literals: numbers by value, dates, times and strings
// of the same type by their lexical form. Anything else is incomparable.
func compare(a, b Term) (int, bool) {
	if a.Kind != Literal || b.Kind != Literal || !wellFormed(a) || !wellFormed(b) {
		return 0, false
	}
	if numeric[a.Datatype] && numeric[b.Datatype] {
		x, okx := new(big.Rat).SetString(strings.TrimPrefix(a.Value, "+"))
		y, oky := new(big.Rat).SetString(strings.TrimPrefix(b.Value, "+"))
		if !okx || !oky {
			return 0, false
		}
		return x.Cmp(y), true
	}
	if a.Datatype == b.Datatype && (a.Datatype == xsdNS+"date" || a.Datatype == xsdNS+"time" || a.Datatype == xsdString) {
		return strings.Compare(a.Value, b.Value), true
	}
	return 0, false
}

// langMatches is SPARQL's langMatches: basic filtering of RFC 4647.
func langMatches(tag, rng string) bool {
	tag, rng = strings.ToLower(tag), strings.ToLower(rng)
	return rng == "*" || tag == rng || strings.HasPrefix(tag, rng+"-")
}
