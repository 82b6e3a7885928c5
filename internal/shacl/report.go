package shacl

import (
	"fmt"
	"io"
	"strings"
)

// Prefix maps a prefix name to a namespace, for Prefixed.
type Prefix struct{ Name, IRI string }

// Prefixed returns a Namer that writes an IRI as a prefixed name when one of
// prefixes is its namespace and the rest is a plain name, and as <IRI>
// otherwise.
func Prefixed(prefixes []Prefix) Namer {
	return func(t Term) string {
		if t.Kind != IRI {
			if t.Kind == Literal && t.Lang == "" && t.Datatype != xsdString {
				return `"` + t.Value + `"^^` + Prefixed(prefixes)(iri(t.Datatype))
			}
			return t.String()
		}
		best := -1
		for i, p := range prefixes {
			if local, ok := strings.CutPrefix(t.Value, p.IRI); ok && plainName(local) &&
				(best < 0 || len(p.IRI) > len(prefixes[best].IRI)) {
				best = i
			}
		}
		if best < 0 {
			return t.String()
		}
		return prefixes[best].Name + ":" + strings.TrimPrefix(t.Value, prefixes[best].IRI)
	}
}

func plainName(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		letter := r == '_' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z')
		if !letter && (i == 0 || !(r == '-' || (r >= '0' && r <= '9'))) {
			return false
		}
	}
	return true
}

// Write writes the results for people, grouped by focus node:
//
//	<https://w3id.org/sckg/doc/S/RES/2531(2020)#op_2-cit-1>
//	  cito:hasCitedEntity: expected at least 1 value, found none
//	    [sh:MinCountConstraintComponent in shape sckgsh:Citation]
func (r Report) Write(w io.Writer, namer Namer) error {
	if namer == nil {
		namer = func(t Term) string { return t.String() }
	}
	var last *Term
	for _, res := range r.Results {
		if last == nil || *last != res.Focus {
			if last != nil {
				fmt.Fprintln(w)
			}
			f := res.Focus
			last = &f
			fmt.Fprintln(w, namer(res.Focus))
		}
		where := "the node itself"
		if res.Path != "" {
			where = namer(iri(res.Path))
		}
		severity := ""
		if res.Severity != SH+"Violation" {
			severity = " (" + strings.ToLower(strings.TrimPrefix(res.Severity, SH)) + ")"
		}
		fmt.Fprintf(w, "  %s: expected %s, found %s%s\n", where, res.Expected, res.Found, severity)
		if _, err := fmt.Fprintf(w, "    [%s in shape %s]\n", namer(iri(res.Component)), namer(res.Shape)); err != nil {
			return err
		}
	}
	return nil
}
