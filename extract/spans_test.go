package extract

import (
	"strings"
	"testing"
	"unicode"
)

// fact is an extracted value with its span and the words that must be
// found in the source at that span.
type fact struct {
	file  []rune // the source file's characters
	what  string
	span  Span
	words []string
}

// edgeWords returns the first and last word of s, letters and digits only.
func edgeWords(s string) []string {
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) == 0 {
		return nil
	}
	return []string{words[0], words[len(words)-1]}
}

// For every fact extracted from the seeds (the issue asked for 20 drawn at
// random; all of them is stronger and needs no seed), the span in the
// original file holds the evidence: the first and last words of a
// paragraph or heading, the number of what a citation cites, the draft a
// vote was on, a speaker's name.
func TestEveryFactSpanHoldsEvidence(t *testing.T) {
	s := loadSeeds(t)
	var facts []fact
	for name, src := range s.sources {
		text := []rune(s.text[name])
		for _, d := range src.Documents {
			for _, p := range d.Paragraphs {
				facts = append(facts, fact{text, d.ID() + " " + p.ID, p.Span, edgeWords(p.Text)})
			}
			for _, sec := range d.Sections {
				facts = append(facts, fact{text, d.ID() + " " + sec.ID, sec.Span, edgeWords(sec.Title)})
			}
			for _, c := range d.Citations {
				key := citationKey(c.Target)
				if c.Form == FormInternal {
					key = "paragraph"
				}
				facts = append(facts, fact{text, d.ID() + " citation of " + c.Target, c.Span, []string{key}})
			}
			if d.Vote != nil && d.Vote.Draft != "" {
				facts = append(facts, fact{text, d.ID() + " vote", d.Vote.Span, []string{d.Vote.Draft}})
			}
			for _, sp := range d.Speakers {
				facts = append(facts, fact{text, d.ID() + " speaker", sp.Span, []string{sp.Name}})
			}
		}
	}
	if len(facts) < 500 {
		t.Fatalf("only %d facts with spans", len(facts))
	}
	for n := range facts {
		f := facts[n]
		text := f.file
		if f.span.Start < 0 || f.span.End > len(text) || f.span.Start >= f.span.End {
			t.Errorf("%s: span %v outside its file", f.what, f.span)
			continue
		}
		evidence := string(text[f.span.Start:f.span.End])
		for _, w := range f.words {
			if !strings.Contains(evidence, w) {
				t.Errorf("%s: span %v does not hold %q: %q", f.what, f.span, w, short(evidence))
			}
		}
	}
}
