package extract

import (
	"strconv"
	"strings"
)

// Sub-paragraphs are the labelled items of an operative paragraph ("(a)",
// "(ii)") and its unlabelled list items ("– achieve …"). Each becomes a
// part of its paragraph with an IRI of its own, named by the path of labels
// that leads to it: (a) (i) of paragraph 28 is op_28__a__i.

// subParagraphs splits the blocks after an operative paragraph's first into
// sub-paragraphs. Blocks that carry no label or mark continue the item
// before them.
func subParagraphs(rp rawParagraph, ci spanner, warn func(Warning)) ([]*Paragraph, []text) {
	var out []*Paragraph
	used := map[string]int{}
	byID := map[string]*Paragraph{}
	var texts []text
	var letter, roman string // the labels in force
	var cur *Paragraph
	var curText []text
	unlabelled := map[string]int{} // items counted under each parent id
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
		label := ""
		if m := subItemRE.FindStringSubmatch(t.s); m != nil {
			label = m[1]
		}
		var id string
		switch {
		case label != "" && isLetterLabel(label, letter, roman):
			letter, roman = label, ""
			id = rp.p.ID + "__" + letter
		case label != "":
			roman = label
			id = rp.p.ID + "__" + letter + "__" + roman
			if letter == "" {
				id = rp.p.ID + "__" + roman
			}
			id = strings.ReplaceAll(id, "____", "__")
		case bullet:
			parent := rp.p.ID
			if letter != "" {
				parent += "__" + letter
			}
			if roman != "" {
				parent += "__" + roman
			}
			unlabelled[parent]++
			id = parent + "__" + strconv.Itoa(unlabelled[parent])
		default:
			if cur != nil {
				curText = append(curText, t)
			}
			continue
		}
		flush()
		// A label printed twice ("(c)" for "(e)" in 2584 (2021)) keeps it,
		// as a number printed twice does, with an IRI of its own.
		if used[id]++; used[id] > 1 {
			warn(Warning{Kind: WarnSubLabel, Message: "sub-paragraph " + id + " is labelled twice; the second keeps its printed label"})
			id += "_" + strconv.Itoa(used[id])
		}
		cur = &Paragraph{Kind: Sub, ID: id, Parent: rp.p, Section: rp.p.Section, Ordinal: len(out) + 1}
		// (ii) of (a) is part of (a): the nearest item its id extends.
		for k := strings.LastIndex(id, "__"); k > 0; k = strings.LastIndex(id[:k], "__") {
			if parent, ok := byID[id[:k]]; ok {
				cur.Parent = parent
				break
			}
		}
		byID[id] = cur
		if label != "" {
			// The label is the item's identity, as a number is a paragraph's.
			m := subItemRE.FindString(t.s)
			t = t.slice(len(m), len(t.s))
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
