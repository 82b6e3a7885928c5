package lineage

import (
	"slices"
	"strings"

	"github.com/sckg/sckg/extract"
	"github.com/sckg/sckg/ontology"
)

// The Council adopts some decisions again and again in one template for
// a different state, force or person each time: "Recommends to the
// General Assembly that Jamaica be admitted to membership", then Uganda;
// the conditions on which Japan, then Nauru, may become a party to the
// Statute of the Court; a renewal of UNDOF's mandate and one of UNEF's in
// the same words. Such texts share most of their words, and are not
// versions of one another: a renewal is of the same mandate, about the
// same country or force. The states and peace operations a resolution
// names are what it is about; two resolutions that name none in common
// are about different matters and never one the other's predecessor,
// nor is one that names some (Vanuatu's admission) of one that names
// none (an admission whose state the registry does not know, "Saint
// Christopher and Nevis"; the appointment of a Secretary-General). Two
// that name none (elections to the Court) are compared as before.

// subjectsOf lists the states and peace operations (by the shipped
// registry's classes) that mentions name, each once, sorted.
func subjectsOf(mentions []*extract.Mention) []string {
	var out []string
	for _, m := range mentions {
		if !slices.Contains(out, m.Actor) && isSubject(m.Actor) {
			out = append(out, m.Actor)
		}
	}
	slices.Sort(out)
	return out
}

// isSubject tells whether the actor of key is a state or a peace
// operation: what a resolution is about, not the organs that act on it
// (the Secretary-General, the General Assembly).
func isSubject(key string) bool {
	if strings.HasPrefix(key, "state/") {
		return true
	}
	a, ok := ontology.DefaultRegistry().Actor(key)
	return ok && a.IsPeaceOperationOrForce()
}

// otherMatter tells whether a and b are about different matters: they
// name no state or peace operation in common, and one of them names some.
func otherMatter(a, b *kept) bool {
	if len(a.subjects) == 0 && len(b.subjects) == 0 {
		return false
	}
	i, j := 0, 0
	for i < len(a.subjects) && j < len(b.subjects) {
		switch c := strings.Compare(a.subjects[i], b.subjects[j]); {
		case c == 0:
			return false
		case c < 0:
			i++
		default:
			j++
		}
	}
	return true
}
