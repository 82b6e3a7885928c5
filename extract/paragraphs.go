package extract

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// preambleRE opens the body of a Council decision.
var preambleRE = regexp.MustCompile(`^"?(?:The Security Council|Le Conseil de sécurité|安全理事会)[,，]$`)

// rawParagraph is a paragraph before its text is final: one or more blocks.
type rawParagraph struct {
	p      *Paragraph
	blocks []text
	// bullets marks the blocks that carried a list or bullet mark.
	bullets []bool
	// numbered is the first block with its printed number, so that the
	// paragraph's span covers the number too.
	numbered text
}

// councilParagraphs splits the body of a resolution or draft into
// preambular and operative paragraphs. It returns nil when the text has no
// "The Security Council," line to start from.
func councilParagraphs(blocks []block, quoted bool, warn func(string)) (paragraphs []rawParagraph, sectionList []*rawSection) {
	startAt := -1
	for i, b := range blocks {
		if preambleRE.MatchString(b.t.s) {
			startAt = i + 1
			break
		}
	}
	if startAt < 0 {
		return nil, nil
	}
	var out []rawParagraph
	pp, ops, lastNum, sections := 0, 0, 0, 0
	seen := map[string]int{}
	var section *rawSection
	for _, b := range blocks[startAt:] {
		t := b.t
		if quoted {
			t = unquote(t)
		}
		if m := operativeRE.FindStringSubmatch(t.s); m != nil {
			n, _ := strconv.Atoi(m[1])
			if plausibleNext(n, lastNum) {
				switch {
				case n == lastNum:
					warn("operative paragraph " + m[1] + " is numbered twice; the second keeps its printed number")
				case n > lastNum+1:
					warn("operative paragraphs jump from " + strconv.Itoa(lastNum) + " to " + m[1])
				}
				lastNum = n
				ops++
				seen[m[1]]++
				id := "op_" + m[1]
				if seen[m[1]] > 1 {
					id += "_" + strconv.Itoa(seen[m[1]])
				}
				// The number is the paragraph's identity, not its text.
				body := t.slice(len(m[0])-1, len(t.s))
				op := &Paragraph{Kind: Operative, ID: id, Number: m[1], Ordinal: ops}
				if section != nil {
					op.Section = section.s
				}
				out = append(out, rawParagraph{p: op, blocks: []text{body}, numbered: t})
				continue
			}
		}
		if b.heading {
			sections++
			section = &rawSection{s: &Section{ID: "sec_" + strconv.Itoa(sections), Ordinal: sections, Title: t.s}, t: t}
			sectionList = append(sectionList, section)
			continue
		}
		if ops == 0 {
			pp++
			out = append(out, rawParagraph{p: &Paragraph{Kind: Preambular, ID: "pp_" + strconv.Itoa(pp), Ordinal: pp, Lead: leadWords(t.s)}, blocks: []text{t}})
			continue
		}
		last := &out[len(out)-1]
		for len(last.bullets) < len(last.blocks) {
			last.bullets = append(last.bullets, false)
		}
		last.blocks = append(last.blocks, t)
		last.bullets = append(last.bullets, b.bullet)
	}
	return out, sectionList
}

// rawSection is a section heading with its text, for its span.
type rawSection struct {
	s *Section
	t text
}

// leadRE matches the words that open a preambular paragraph: a participle,
// perhaps after an adverb ("Strongly condemning", "Taking note").
var leadRE = regexp.MustCompile(`^(?:(?:Further|Also|Strongly|Deeply|Gravely|Firmly|Again|Once again)\s+[a-z]+ing|[A-Z][a-z]+ing)\b(?:\s+(?:note|into account|in mind|also|further)\b)?`)

// leadWords returns the words a preambular paragraph opens with.
func leadWords(s string) string { return leadRE.FindString(s) }

// plausibleNext accepts n as the next operative number after last: the
// next one, the same one again (a misprint), or a small jump (a misprint or
// a lost paragraph), but not a figure that merely opens a line.
func plausibleNext(n, last int) bool {
	if last == 0 {
		return n >= 1 && n <= 3
	}
	return n >= last && n <= last+3
}

// runningParagraphs treats every block that reads as a sentence as a
// paragraph of a letter or press release.
func runningParagraphs(blocks []block, skip int) []rawParagraph {
	var out []rawParagraph
	for _, b := range blocks[skip:] {
		if b.heading || !(endsSentence(b.t.s) || utf8.RuneCountInString(b.t.s) >= 100) {
			continue
		}
		n := len(out) + 1
		out = append(out, rawParagraph{p: &Paragraph{Kind: Running, ID: "para_" + strconv.Itoa(n), Ordinal: n}, blocks: []text{b.t}})
	}
	return out
}

// unquote drops the quotation marks a press release puts around the
// paragraphs of the text it quotes.
func unquote(t text) text {
	if strings.HasPrefix(t.s, `"`) {
		t = t.slice(1, len(t.s))
	}
	if strings.HasSuffix(t.s, `."`) && strings.Count(t.s, `"`)%2 == 1 {
		t = t.slice(0, len(t.s)-1)
	}
	return t
}

// joinBlocks makes a paragraph's text: its blocks, one a line.
func joinBlocks(blocks []text) text {
	if len(blocks) == 1 {
		return blocks[0]
	}
	var tb textBuilder
	for i, t := range blocks {
		if i > 0 {
			prevEnd := tb.text().sourceAt(tb.len()-1, true)
			tb.write("\n", prevEnd, 0)
		}
		tb.appendText(t)
	}
	return tb.text()
}
