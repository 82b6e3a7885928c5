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
	k := keepOf(d)
	if k == nil {
		return nil
	}
	k.copyStrings()
	return k.document()
}

// kept is what Series reads of a document, as Trim has it, in short: a
// build keeps every resolution's and draft's until its files are all read,
// and an extract.Document (616 bytes), a Paragraph (120) and a Citation
// (160) each hold much that lineage never reads. The document is made
// again from it only for the texts being aligned (document).
type kept struct {
	// full is the document itself, when its caller holds it anyway
	// (Series): the pairs then name it, not a copy.
	full *extract.Document

	symbol, textHash, language string
	kind                       extract.Kind
	draft, result              string     // of a vote it reports, or none
	paras                      []keptPara // none for a vote's report
	cites                      []string   // the documents it cites, each once, in order
	// subjects are the states and peace operations it names, each once,
	// sorted (subjectsOf).
	subjects []string
}

// keptPara is what Series reads of a paragraph.
type keptPara struct {
	id, text string
	kind     extract.ParagraphKind
	parent   int32 // the index of its parent paragraph, -1 for none
}

// keepOf is what Series reads of d, nil for a document Series has no use
// for. Its strings are d's until copyStrings.
func keepOf(d *extract.Document) *kept {
	voted := d.Vote != nil && d.Vote.Draft != "" && d.Vote.Result != ""
	compared := (d.Kind == extract.KindResolution || d.Kind == extract.KindDraftResolution) && len(d.Paragraphs) > 0
	if !voted && !compared {
		return nil
	}
	k := &kept{symbol: d.Symbol, textHash: d.TextHash, kind: d.Kind, language: d.Language}
	if voted {
		k.draft, k.result = d.Vote.Draft, d.Vote.Result
	}
	if compared {
		k.paras = keepParagraphs(d.Paragraphs)
		k.cites = citedOnce(d.Citations)
		k.subjects = subjectsOf(d.Mentions)
	}
	return k
}

func keepParagraphs(ps []*extract.Paragraph) []keptPara {
	index := make(map[*extract.Paragraph]int32, len(ps))
	for i, p := range ps {
		index[p] = int32(i)
	}
	out := make([]keptPara, len(ps))
	for i, p := range ps {
		parent, ok := index[p.Parent]
		if !ok || p.Parent == nil {
			parent = -1
		}
		out[i] = keptPara{id: p.ID, text: p.Text, kind: p.Kind, parent: parent}
	}
	return out
}

// citedOnce are the targets of cs, each once, in the order of its first
// citation: Series asks only whether, and in which order, documents are
// cited.
func citedOnce(cs []*extract.Citation) []string {
	var out []string
	seen := map[string]bool{}
	for _, c := range cs {
		if !seen[c.Target] {
			seen[c.Target] = true
			out = append(out, c.Target)
		}
	}
	return out
}

// copyStrings gives k copies of its strings, all in one allocation: a
// document's text may be a slice of its whole file's, which k must not
// hold.
func (k *kept) copyStrings() {
	strs := []*string{&k.symbol, &k.textHash, &k.language, &k.draft, &k.result}
	for i := range k.paras {
		strs = append(strs, &k.paras[i].id, &k.paras[i].text)
	}
	for i := range k.cites {
		strs = append(strs, &k.cites[i])
	}
	for i := range k.subjects {
		strs = append(strs, &k.subjects[i])
	}
	copyInOne(strs)
}

// copyInOne points each of strs at a copy of its string, all of them
// copied into one new string.
func copyInOne(strs []*string) {
	n := 0
	for _, s := range strs {
		n += len(*s)
	}
	var b strings.Builder
	b.Grow(n)
	for _, s := range strs {
		b.WriteString(*s)
	}
	whole, at := b.String(), 0
	for _, s := range strs {
		end := at + len(*s)
		*s = whole[at:end]
		at = end
	}
}

// document is the document k keeps, as Trim has it: a new one each call
// unless k keeps the document itself.
func (k *kept) document() *extract.Document {
	if k.full != nil {
		return k.full
	}
	d := &extract.Document{Symbol: k.symbol, TextHash: k.textHash, Kind: k.kind, Language: k.language}
	if k.draft != "" {
		d.Vote = &extract.Vote{Draft: k.draft, Result: k.result}
	}
	if len(k.paras) > 0 {
		all := make([]extract.Paragraph, len(k.paras))
		d.Paragraphs = make([]*extract.Paragraph, len(k.paras))
		for i, p := range k.paras {
			all[i] = extract.Paragraph{Kind: p.kind, ID: p.id, Text: p.text}
			if p.parent >= 0 {
				all[i].Parent = &all[p.parent]
			}
			d.Paragraphs[i] = &all[i]
		}
	}
	if len(k.cites) > 0 {
		all := make([]extract.Citation, len(k.cites))
		d.Citations = make([]*extract.Citation, len(k.cites))
		for i, target := range k.cites {
			all[i].Target = target
			d.Citations[i] = &all[i]
		}
	}
	return d
}

// id is the document's ID (extract.Document.ID).
func (k *kept) id() string {
	if k.symbol != "" {
		return k.symbol
	}
	return string(k.kind) + ":" + k.textHash
}

// resolutionNum is the number of a resolution, 0 for any other document.
func (k *kept) resolutionNum() int {
	if k.kind != extract.KindResolution || len(k.paras) == 0 {
		return 0
	}
	return resolutionNumOf(k.symbol)
}
