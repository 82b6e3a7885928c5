package extract

import (
	"testing"

	"github.com/sckg/sckg/ontology/symbol"
)

// BenchmarkLines runs the line lexer and the passes that read its lines
// (blocks, segmentation, paragraphs, sub-paragraphs, classify, language)
// over the development corpus, without the extractors that follow: the
// share of whole extraction that is the lexer's, measured alone so that
// its ratio before and after a change is not lost in the noise of the
// rest (issue 13).
func BenchmarkLines(b *testing.B) {
	texts := decodedTexts(devInputs(b))
	n := 0
	for _, t := range texts {
		n += len(t.src)
	}
	// One scratch for all, as an Extractor keeps its buffers from file
	// to file.
	sc := newFileScratch()
	benchBytes(b, int64(n), func() {
		for _, t := range texts {
			linePasses(sc, t.name, t.src)
		}
	})
}

type benchText struct{ name, src string }

// linePasses runs, on one file, the passes of File that the lexer's part
// is made of, in File's order.
func linePasses(sc *lexScratch, name, src string) {
	sc.arena.reset() // as File takes an arena for each file
	text, ci, page := sc.readableText(name, src)
	lines, census := sc.readLines(text)
	blocks := sc.buildBlocksFrom(lines, census, page)
	parts := segment(blocks, sc)
	_ = sc.lineOwners(lines, parts)
	warn := func(Warning) {}
	for _, p := range parts {
		symbolKind := symbol.Parse(p.doc.Symbol).Kind()
		raw, _ := sc.councilParagraphs(p.blocks, p.quoted, symbolKind == symbol.KindResolution, warn)
		kind := classify(p, raw != nil, symbolKind)
		if kind == "" {
			continue
		}
		if raw == nil {
			raw = runningParagraphs(p.blocks, 0)
		}
		var script scriptCount
		for _, rp := range raw {
			t := joinBlocks(rp.blocks, &sc.arena.texts)
			rp.p.Text = t.s
			if rp.p.Kind == Operative {
				appendSubParagraphs(nil, nil, rp, &sc.arena.items, &sc.arena.texts, ci, warn)
			}
			script.add(t.s)
		}
		_ = script.language()
	}
}

// BenchmarkRuneCount counts the characters of the development files in
// charIndex's strides, by runeCount.
func BenchmarkRuneCount(b *testing.B) {
	var strides []string
	for _, t := range decodedTexts(devInputs(b)) {
		src := t.src
		for len(src) > charStride {
			strides, src = append(strides, src[:charStride]), src[charStride:]
		}
		strides = append(strides, src)
	}
	for b.Loop() {
		for _, s := range strides {
			runeCount(s)
		}
	}
}
