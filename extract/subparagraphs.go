package extract

import (
	"slices"
	"strconv"
	"strings"

	"github.com/sckg/sckg/ontology/symbol"
)

// Sub-paragraphs are the labelled items of an operative paragraph ("(a)",
// "(ii)") and its unlabelled list items ("– achieve …"). Each becomes a
// part of its paragraph with an IRI of its own, named by the path of labels
// that leads to it: (a) (i) of paragraph 28 is op_28__a__i.

// appendSubParagraphs splits the blocks after an operative paragraph's
// first into sub-paragraphs, and appends them and their texts to
// paragraphs and texts: the document's lists, which they join, where
// lists made for each paragraph and copied in were two allocations
// (issue 13). Blocks that carry no label or mark continue the item
// before them.
//
// The items are made in made, a block at a time (nil: each apart), and
// their texts written in room.
func appendSubParagraphs(paragraphs []*Paragraph, texts []text, rp rawParagraph, made *slab[Paragraph], room *textRoom, ci spanner, warn func(Warning)) ([]*Paragraph, []text) {
	if len(rp.blocks) < 2 {
		// Most paragraphs are one block: no item to read, and no id of
		// the paragraph to parse for their ids.
		return paragraphs, texts
	}
	blocks, bullets := rp.blocks, rp.bullets
	if at, item, ok := inlineFirstItem(blocks); ok {
		// "Decides: (a) To call upon …" / "(b) To renew …": the first
		// item printed after the chapeau, on its line, is an item as the
		// next ones are.
		blocks = slices.Insert(slices.Clip(blocks), at, item)
		if len(bullets) > 0 {
			bullets = slices.Insert(slices.Clip(bullets), at, false)
		}
	}
	first := len(paragraphs) // the items made so far are paragraphs[first:]
	// A paragraph has a few items: their ids are counted in lists on the
	// stack, looked through, not in maps made for each paragraph.
	var usedBuf, unlabelledBuf [16]idCount
	used := idCounts(usedBuf[:0])
	var letter, roman string // the labels in force
	var cur *Paragraph
	var curRoom [8]text // the blocks of the item being read, most items' on the stack
	curText := curRoom[:0]
	unlabelled := idCounts(unlabelledBuf[:0]) // items counted under each parent id
	top, _ := symbol.ParseParagraph(rp.p.ID)
	// Each item's ref is made in these, written out as its id, and done
	// with before the next: a list of labels made for each was one
	// allocation an item, and an id written for each look for a parent
	// another.
	var labelRoom [4]string
	var idRoom [48]byte
	// The maps of the items cut after their labels share one allocation
	// for the paragraph, made at its first label: a cut map has no more
	// pieces than its block's.
	var labelSegs []seg
	flush := func() {
		if cur == nil {
			return
		}
		t := joinBlocks(curText, room)
		cur.Text = t.s
		start, end := t.source(0, len(t.s))
		cur.Span = ci.span(start, end)
		paragraphs = append(paragraphs, cur)
		texts = append(texts, t)
		// joinBlocks keeps no hold of the list: it serves the next item.
		cur, curText = nil, curText[:0]
	}
	for k := 1; k < len(blocks); k++ {
		t := blocks[k]
		bullet := k < len(bullets) && bullets[k]
		label, labelSize, _ := subItemLabel(t.s)
		if roman == "" && len(letter) == 1 && strings.HasPrefix(t.s, "(") && (label == "" || len(label) == 1 && label[0] <= letter[0]) {
			// A label out of the run of letters, "(6)" or "(a)" again after
			// (c): the letter OCR misread, where the items around it leave
			// it one place.
			if misread, size, ok := misreadLetterLabel(t.s, letter, blocks[k+1:]); ok {
				warn(Warning{Kind: WarnSubLabel, Message: "sub-paragraph printed as " + t.s[:size-1] + " after (" + letter + ") is read as (" + misread + ") (a misread letter?)"})
				label, labelSize = misread, size
			}
		}
		if letter == "" && roman == "" && len(t.s) > 4 && t.s[0] == '(' && t.s[1] != 'a' && t.s[2] == ')' {
			// The first label of a run, "(o)" or "(e)" over "(b)": OCR's
			// reading of "(a)".
			if misreadFirstLabel(t.s, blocks[k+1:]) {
				warn(Warning{Kind: WarnSubLabel, Message: "sub-paragraph printed as " + t.s[:3] + " before (b) is read as (a) (a misread letter?)"})
				label, labelSize = "a", 4
			}
		}
		var ref symbol.ParagraphRef
		switch {
		case label != "" && isLetterLabel(label, letter, roman):
			letter, roman = label, ""
			ref = top.SubIn(labelRoom[:], letter)
		case label != "":
			roman = label
			ref = top.SubIn(labelRoom[:], letter, roman)
		case bullet:
			var n int
			unlabelled, n = unlabelled.add(top.SubIn(labelRoom[:], letter, roman).String())
			ref = top.SubIn(labelRoom[:], letter, roman, strconv.Itoa(n))
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
		var n int
		if used, n = used.add(id); n > 1 {
			warn(Warning{Kind: WarnSubLabel, Message: "sub-paragraph " + id + " is labelled twice; the second keeps its printed label"})
			ref = ref.Again(n)
			id = ref.String()
		}
		// next's value is zero: its fields are set in place, not copied
		// in whole with a bulk write barrier.
		cur = made.next()
		cur.Kind, cur.ID, cur.Ordinal = Sub, id, len(paragraphs)-first+1
		cur.Parent, cur.Section = rp.p, rp.p.Section
		// (ii) of (a) is part of (a): the nearest item its id extends.
		for up, ok := ref.Parent(); ok; up, ok = up.Parent() {
			if parent := lastWithID(paragraphs[first:], up.AppendString(idRoom[:0])); parent != nil {
				cur.Parent = parent
				break
			}
		}
		if label != "" {
			// The label is the item's identity, as a number is a paragraph's.
			if labelSegs == nil {
				labelSegs = make([]seg, 0, segsOf(blocks[k:]))
			}
			t, labelSegs = t.sliceOnto(labelSegs, labelSize, len(t.s))
		}
		curText = append(curText[:0], t)
	}
	flush()
	return paragraphs, texts
}

// inlineFirstItem finds the first item of a list that a block prints
// after its chapeau's colon ("Decides: (a) To call upon …"), when the
// next block opens with the next label ("(b) To renew …", or "(6)" as OCR
// misreads it): the item's text, its label first, and the place of the
// block it is to stand as. A label after no colon ("paragraph 3 (a) of
// resolution …") is a reference.
func inlineFirstItem(blocks []text) (at int, item text, ok bool) {
	for k := 1; k < len(blocks); k++ {
		s := blocks[k].s
		if len(s) < 4 || s[0] != '(' {
			continue
		}
		first := "(a) "
		if label, _, ok := subItemLabel(s); ok && label == "ii" {
			first = "(i) "
		} else if !ok && !opensFigureLabel(s) || ok && label != "b" {
			return 0, text{}, false
		}
		prev := blocks[k-1].s
		i := strings.LastIndex(prev, ": "+first)
		if j := i + 2 + len(first); i < 0 || j >= len(prev) || prev[j] < 'A' || prev[j] > 'Z' {
			return 0, text{}, false
		}
		return k, blocks[k-1].slice(i+2, len(prev)), true
	}
	return 0, text{}, false
}

// misreadLetterLabel reads the label of an item OCR misprinted in a run
// of lettered items, letter the last: a figure ("(6)" for "(b)", "(5)")
// or a letter already passed ("(a)" between (c) and (e)) is the next
// letter when the next label among rest is the letter after that. A
// figure is read so also when no label follows it; a letter printed
// again only between two, as a number is (misreadPlace). size is the
// length of the label and the space after it.
func misreadLetterLabel(s, letter string, rest []text) (label string, size int, ok bool) {
	if len(s) < 4 || s[0] != '(' || s[2] != ')' || !isRESpace(s[3]) || letter[0] >= 'y' {
		return "", 0, false
	}
	figure := isDigit(s[1])
	if !figure && !(s[1] >= 'a' && s[1] <= letter[0]) {
		return "", 0, false
	}
	next := letter[0] + 1
	for _, b := range rest {
		if l, _, ok := subItemLabel(b.s); ok {
			if len(l) != 1 || l[0] != next+1 {
				return "", 0, false
			}
			return string(rune(next)), 4, true
		}
		if opensOperative(b.s) {
			break
		}
	}
	if !figure {
		return "", 0, false
	}
	return string(rune(next)), 4, true
}

// misreadFirstLabel reports whether s, which opens with one letter or
// figure in brackets other than (a) ("(o) Acceptance of …"), is the first
// item of a run of letters whose (a) OCR misread: the next label among
// rest, before an operative number, is (b).
func misreadFirstLabel(s string, rest []text) bool {
	if len(s) < 4 || s[0] != '(' || s[2] != ')' || !isRESpace(s[3]) || !isDigit(s[1]) && (s[1] < 'b' || s[1] > 'z') {
		return false
	}
	for _, b := range rest {
		if l, _, ok := subItemLabel(b.s); ok {
			return l == "b"
		}
		if opensOperative(b.s) {
			break
		}
	}
	return false
}

// segsOf counts the pieces of the maps of texts.
func segsOf(texts []text) int {
	n := 0
	for _, t := range texts {
		n += len(t.segs)
	}
	return n
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

// lastWithID is the last of items with the id, or nil: the items made so
// far, each before the next is looked for.
func lastWithID(items []*Paragraph, id []byte) *Paragraph {
	for k := len(items) - 1; k >= 0; k-- {
		if items[k].ID == string(id) {
			return items[k]
		}
	}
	return nil
}

// idCounts counts ids: the items of a paragraph, the numbers of a part.
type idCounts []idCount

type idCount struct {
	id string
	n  int
}

// add counts id once more and returns the counts and its count. The
// counts are handed back, not changed through a pointer, so that a list
// begun on the stack stays there. They are looked through from the last:
// paragraphs' numbers and labels are counted mostly in order.
func (c idCounts) add(id string) (idCounts, int) {
	for k := len(c) - 1; k >= 0; k-- {
		if c[k].id == id {
			c[k].n++
			return c, c[k].n
		}
	}
	return append(c, idCount{id: id, n: 1}), 1
}
