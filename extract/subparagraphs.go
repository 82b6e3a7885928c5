package extract

import (
	"strconv"
	"strings"

	"github.com/sckg/sckg/ontology/symbol"
)

// Sub-paragraphs are the labelled items of an operative paragraph ("(a)",
// "(ii)") and its unlabelled list items ("– achieve …"). Each becomes a
// part of its paragraph with an IRI of its own, named by the path of labels
// that leads to it: (a) (i) of paragraph 28 is op_28__a__i.

// subParagraphs splits the blocks after an operative paragraph's first into
// sub-paragraphs. Blocks that carry no label or mark continue the item
// before them.
func subParagraphs(rp rawParagraph, ci spanner, warn func(Warning)) ([]*Paragraph, []text) {
	if len(rp.blocks) < 2 {
		// Most paragraphs are one block: no item to read, and no id of
		// the paragraph to parse for their ids.
		return nil, nil
	}
	var out []*Paragraph
	used := map[string]int{}
	byID := map[string]*Paragraph{}
	var texts []text
	var letter, roman string // the labels in force
	var cur *Paragraph
	var curText []text
	unlabelled := map[string]int{} // items counted under each parent id
	top, _ := symbol.ParseParagraph(rp.p.ID)
	flush := func() {
		if cur == nil {
			return
		}
		t := joinBlocks(curText)
		cur.Text = t.s
		start, end := t.source(0, len(t.s))
		cur.Span = ci.span(start, end)
		out = append(out, cur)
		texts = append(texts, t)
		cur, curText = nil, nil
	}
	for k := 1; k < len(rp.blocks); k++ {
		t := rp.blocks[k]
		bullet := k < len(rp.bullets) && rp.bullets[k]
		label, labelSize, _ := subItemLabel(t.s)
		var ref symbol.ParagraphRef
		switch {
		case label != "" && isLetterLabel(label, letter, roman):
			letter, roman = label, ""
			ref = top.Sub(letter)
		case label != "":
			roman = label
			ref = top.Sub(letter, roman)
		case bullet:
			parent := top.Sub(letter, roman).String()
			unlabelled[parent]++
			ref = top.Sub(letter, roman, strconv.Itoa(unlabelled[parent]))
		default:
			if cur != nil {
				curText = append(curText, t)
			}
			continue
		}
		flush()
		// A label printed twice ("(c)" for "(e)" in 2584 (2021)) keeps it,
		// as a number printed twice does, with an IRI of its own.
		id := ref.String()
		if used[id]++; used[id] > 1 {
			warn(Warning{Kind: WarnSubLabel, Message: "sub-paragraph " + id + " is labelled twice; the second keeps its printed label"})
			ref = ref.Again(used[id])
			id = ref.String()
		}
		cur = &Paragraph{Kind: Sub, ID: id, Parent: rp.p, Section: rp.p.Section, Ordinal: len(out) + 1}
		// (ii) of (a) is part of (a): the nearest item its id extends.
		for up, ok := ref.Parent(); ok; up, ok = up.Parent() {
			if parent, ok := byID[up.String()]; ok {
				cur.Parent = parent
				break
			}
		}
		byID[id] = cur
		if label != "" {
			// The label is the item's identity, as a number is a paragraph's.
			t = t.slice(labelSize, len(t.s))
		}
		curText = []text{t}
	}
	flush()
	return out, texts
}

// isLetterLabel tells a letter label "(i)" from a roman one: after (h) it
// is the letter i; under a letter it is the first roman numeral.
func isLetterLabel(label, letter, roman string) bool {
	if strings.Trim(label, "ivxl") != "" {
		return true // not a roman numeral at all
	}
	if len(label) == 1 && letter != "" && label[0] == letter[0]+1 {
		return true // the next letter: (h) then (i), (u) then (v)
	}
	if letter == "" && roman == "" {
		return label != "i" // a list starting at (i) is roman
	}
	return false
}
