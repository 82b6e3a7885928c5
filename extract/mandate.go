package extract

import (
	"regexp"
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
	ceilingRE   = regexp.MustCompile(`comprise up to ([\d,]+) military personnel(?: and ([\d,]+) police personnel)?`)
	authorizeRE = anchored(`(?i)^(?:further )?authori[sz]es (.+?)(?:,[^,]*?,)? to (?:use|take) all necessary means`)
)

// findMandateFacts reads the mandate facts of a document's operative
// paragraphs, naming actors by the mentions in them.
func findMandateFacts(d *Document, r *ontology.Registry) []*MandateFact {
	// "the mandate of the Force": the one operation the text names.
	operations := peaceOperationsIn(d, r)
	mentions := map[*Paragraph][]*Mention{}
	for _, m := range d.Mentions {
		mentions[m.Paragraph] = append(mentions[m.Paragraph], m)
	}
	actorsIn := func(p *Paragraph, from, to int) []string {
		var out []string
		for _, m := range mentions[p] {
			if m.start >= from && m.end <= to {
				out = appendNew(out, m.Actor)
			}
		}
		return out
	}
	var out []*MandateFact
	for _, p := range d.Paragraphs {
		if p.Kind != Operative {
			continue
		}
		if m := extendRE.FindStringSubmatchIndex(p.Text); m != nil {
			actors := actorsIn(p, m[2], m[3])
			if len(actors) == 0 && len(operations) == 1 {
				actors = operations
			}
			out = append(out, &MandateFact{Paragraph: p, Kind: "extension", Actors: actors,
				Until: isoDate(p.Text[m[4]:m[5]]), Text: p.Text[:m[1]], Span: p.Span})
		}
		if m := ceilingRE.FindStringSubmatchIndex(p.Text); m != nil {
			f := &MandateFact{Paragraph: p, Kind: "ceiling", Actors: actorsIn(p, 0, m[0]), Text: p.Text[m[0]:m[1]], Span: p.Span}
			f.Military = number(p.Text[m[2]:m[3]])
			if m[4] >= 0 {
				f.Police = number(p.Text[m[4]:m[5]])
			}
			out = append(out, f)
		}
		if m := authorizeRE.FindStringSubmatchIndex(p.Text); m != nil {
			out = append(out, &MandateFact{Paragraph: p, Kind: "authorization", Actors: actorsIn(p, m[2], m[3]), Text: p.Text[:m[1]], Span: p.Span})
		}
	}
	return out
}

// peaceOperationsIn lists the peace operations and forces a document
// names, by the registry's classes.
func peaceOperationsIn(d *Document, r *ontology.Registry) []string {
	var out []string
	for _, m := range d.Mentions {
		a, ok := r.Actor(m.Actor)
		if !ok {
			continue
		}
		if hasClass(a, ontology.DEF+"PeaceOperation") || hasClass(a, ontology.DEF+"Force") {
			out = appendNew(out, m.Actor)
		}
	}
	return out
}

func number(s string) int {
	n, _ := strconv.Atoi(strings.ReplaceAll(s, ",", ""))
	return n
}
