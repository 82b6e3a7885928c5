package extract

import (
	"regexp"
	"strconv"
	"strings"
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
	extendRE    = regexp.MustCompile(`(?i)^decides to extend (?:the mandate of )?(.+?)(?:'s mandate)? until (\d{1,2} [A-Z][a-z]+ \d{4})`)
	ceilingRE   = regexp.MustCompile(`comprise up to ([\d,]+) military personnel(?: and ([\d,]+) police personnel)?`)
	authorizeRE = regexp.MustCompile(`(?i)^(?:further )?authori[sz]es (.+?)(?:,[^,]*?,)? to (?:use|take) all necessary means`)
)

// findMandateFacts reads the mandate facts of a document's operative
// paragraphs, naming actors by the mentions in them.
func findMandateFacts(d *Document) []*MandateFact {
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
			out = append(out, &MandateFact{Paragraph: p, Kind: "extension", Actors: actorsIn(p, m[2], m[3]),
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

func number(s string) int {
	n, _ := strconv.Atoi(strings.ReplaceAll(s, ",", ""))
	return n
}
