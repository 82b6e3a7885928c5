package lineage

import (
	"strings"

	"github.com/sckg/sckg/extract"
)

// Trim keeps of a document what Series reads of it, so that a build that
// streams its documents holds the whole record's lineage input without
// holding its extraction: the identity, kind and language, the paragraphs'
// ids, kinds, texts and nesting, the documents it cites and the draft and
// resolution of a vote it reports. It returns nil for a document Series
// has no use for.
func Trim(d *extract.Document) *extract.Document {
	voted := d.Vote != nil && d.Vote.Draft != "" && d.Vote.Result != ""
	compared := (d.Kind == extract.KindResolution || d.Kind == extract.KindDraftResolution) && len(d.Paragraphs) > 0
	if !voted && !compared {
		return nil
	}
	t := &extract.Document{Symbol: strings.Clone(d.Symbol), TextHash: strings.Clone(d.TextHash), Kind: d.Kind, Language: strings.Clone(d.Language)}
	if voted {
		t.Vote = &extract.Vote{Draft: strings.Clone(d.Vote.Draft), Result: strings.Clone(d.Vote.Result)}
	}
	if !compared {
		return t
	}
	copies := make(map[*extract.Paragraph]*extract.Paragraph, len(d.Paragraphs))
	all := make([]extract.Paragraph, len(d.Paragraphs))
	for i, p := range d.Paragraphs {
		// Cloned: a text may be a slice of its whole file's.
		all[i] = extract.Paragraph{Kind: p.Kind, ID: strings.Clone(p.ID), Text: strings.Clone(p.Text)}
		copies[p] = &all[i]
		t.Paragraphs = append(t.Paragraphs, &all[i])
	}
	for i, p := range d.Paragraphs {
		all[i].Parent = copies[p.Parent]
	}
	// Series asks only whether, and in which order, documents are cited.
	cited := map[string]bool{}
	for _, c := range d.Citations {
		if !cited[c.Target] {
			cited[c.Target] = true
			t.Citations = append(t.Citations, &extract.Citation{Target: strings.Clone(c.Target)})
		}
	}
	return t
}
