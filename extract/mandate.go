package extract

import (
	"strconv"
	"strings"

	"github.com/sckg/sckg/ontology"
)

// Mandate facts: a mission's mandate extended until a date, its troop and
// police ceilings, and who is authorized to use all necessary means.

// MandateFact is one fact about a mandate, read from an operative paragraph.
type MandateFact struct {
	Paragraph *Paragraph
	Kind      string // "extension", "ceiling" or "authorization"
	Actors    []string
	Until     string // extension: ISO date
	Military  int    // ceiling
	Police    int    // ceiling
	Text      string
	Span      Span
}

var (
	// "Decides to extend the mandate of MINUSMA until 30 June 2021",
	// "Decides to renew the mandate of the Force for a period of six
	// months, that is, until 19 June 1980", "Extends once more the
	// stationing in Cyprus of the United Nations Peace-keeping Force … for
	// a further period ending 15 June 1969".
	extendRE    = anchored(`(?i)^(?:decides to )?(?:extend|renew)s?(?: once (?:more|again))?\b,?(?: the,?)?(?: present)?\s+(?:mandate of |stationing in [A-Z][a-z]+ of )?(.+?)(?:'s mandate)?,? (?:[^.;]*? )?(?:until|ending(?: on)?) (\d{1,2} [A-Z][a-z]+ \d{4})`)
	ceilingRE   = lazyRegexp(`comprise up to ([\d,]+) military personnel(?: and ([\d,]+) police personnel)?`)
	authorizeRE = anchored(`(?i)^(?:further )?authori[sz]es (.+?)(?:,[^,]*?,)? to (?:use|take) all necessary means`)
)

// findMandateFacts reads the mandate facts of a document's operative
// paragraphs, naming actors by the mentions in them.
func findMandateFacts(d *Document, r *ontology.Registry) []*MandateFact {
	// The mentions by paragraph are gathered only for a document that
	// states a fact: most state none.
	var mentions [][]*Mention
	var pooled *[][]*Mention
	defer func() { releaseMentionLists(pooled) }()
	actorsIn := func(i, from, to int) []string {
		if mentions == nil {
			mentions, pooled = pooledMentionsByParagraph(d)
		}
		var out []string
		for _, m := range mentions[i] {
			if m.start >= from && m.end <= to {
				out = appendNew(out, m.Actor)
			}
		}
		return out
	}
	var out []*MandateFact
	for i, p := range d.Paragraphs {
		if p.Kind != Operative {
			continue
		}
		if m := findExtension(p.Text); m != nil {
			actors := actorsIn(i, m[2], m[3])
			if len(actors) == 0 {
				// "the mandate of the Force": the one operation the text
				// names.
				if operations := peaceOperationsIn(d, r); len(operations) == 1 {
					actors = operations
				}
			}
			out = append(out, &MandateFact{Paragraph: p, Kind: "extension", Actors: actors,
				Until: isoDate(p.Text[m[4]:m[5]]), Text: p.Text[:m[1]], Span: p.Span})
		}
		if m := findCeilingIn(p.Text, p.keys()); m != nil {
			f := &MandateFact{Paragraph: p, Kind: "ceiling", Actors: actorsIn(i, 0, m[0]), Text: p.Text[m[0]:m[1]], Span: p.Span}
			f.Military = number(p.Text[m[2]:m[3]])
			if m[4] >= 0 {
				f.Police = number(p.Text[m[4]:m[5]])
			}
			out = append(out, f)
		}
		if m := findAuthorization(p.Text); m != nil {
			out = append(out, &MandateFact{Paragraph: p, Kind: "authorization", Actors: actorsIn(i, m[2], m[3]), Text: p.Text[:m[1]], Span: p.Span})
		}
	}
	return out
}

// Each pattern runs only where words it cannot match without stand: most
// operative paragraphs state no mandate fact, and a pattern that fails
// still costs the time to set up its matcher for the paragraph.

// findExtension is extendRE.FindStringSubmatchIndex(s). The pattern
// opens with "extend" or "renew", perhaps after "decides to ", and ends
// in "until" or "ending" and a space; it ignores case, but none of these
// words has a letter that folds to one outside ASCII (as k and s do).
func findExtension(s string) []int {
	if !extendRE.may(s) || !opensWithExtension(s) || !containsASCIIFold(s, "until ") && !containsASCIIFold(s, "ending ") {
		return nil
	}
	return extendRE.FindStringSubmatchIndex(s)
}

// opensWithExtension reports whether "extend" or "renew", in any case,
// starts within the bytes of s that the pattern's "decides to " may take
// (12, with the s as "ſ"): where neither does, extendRE cannot match.
// Most operative paragraphs open with "Decides", which the pattern's
// first bytes admit.
func opensWithExtension(s string) bool {
	head := s[:min(len(s), len("decides to ")+1+len("extend"))]
	return containsASCIIFold(head, "extend") || containsASCIIFold(head, "renew")
}

// findCeiling is ceilingRE.FindStringSubmatchIndex(s).
func findCeiling(s string) []int { return findCeilingIn(s, keysIn(s)) }

// findCeilingIn is findCeiling for s, a paragraph whose keywords are
// keys: the pattern needs "military personnel", which few hold.
func findCeilingIn(s string, keys paragraphKeys) []int {
	if keys&keyCeiling == 0 {
		return nil
	}
	return ceilingRE.FindStringSubmatchIndex(s)
}

// findAuthorization is authorizeRE.FindStringSubmatchIndex(s), which
// needs "necessary means" in any case; "ary mean" has no letter that folds
// outside ASCII.
func findAuthorization(s string) []int {
	if !authorizeRE.may(s) || !containsASCIIFold(s, "ary mean") {
		return nil
	}
	return authorizeRE.FindStringSubmatchIndex(s)
}

// forceClass is the class of forces, made once as peaceOperation is
// (anaphora.go): joining ontology.DEF, a variable, to a name at each look
// made a string for every mention of a document with an extension (3.5 %
// of BenchmarkDev's allocations).
var forceClass = ontology.DEF + "Force"

// peaceOperationsIn lists the peace operations and forces a document
// names, by the registry's classes.
func peaceOperationsIn(d *Document, r *ontology.Registry) []string {
	var out []string
	for _, m := range d.Mentions {
		a, ok := r.Actor(m.Actor)
		if !ok {
			continue
		}
		if hasClass(a, peaceOperation) || hasClass(a, forceClass) {
			out = appendNew(out, m.Actor)
		}
	}
	return out
}

func number(s string) int {
	n, _ := strconv.Atoi(strings.ReplaceAll(s, ",", ""))
	return n
}
