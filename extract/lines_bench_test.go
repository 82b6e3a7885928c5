package extract

import (
	"testing"
	"unicode/utf8"

	"github.com/sckg/sckg/ontology/symbol"
)

// BenchmarkLines runs the line lexer and the passes that read its lines
// (blocks, segmentation, paragraphs, sub-paragraphs, classify, language)
// over the development corpus, without the extractors that follow: the
// share of whole extraction that is the lexer's, measured alone so that
// its ratio before and after a change is not lost in the noise of the
// rest (issue 13).
func BenchmarkLines(b *testing.B) {
	var texts []benchText
	for _, in := range devInputs(b) {
		src, err := DecodeText(in.name, in.data)
		if err != nil {
			continue
		}
		texts = append(texts, benchText{in.name, src})
	}
	n := 0
	for _, t := range texts {
		n += len(t.src)
	}
	// One scratch for all, as an Extractor keeps its buffers from file
	// to file.
	sc := new(lexScratch)
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
	text, ci, page := sc.readableText(name, src)
	lines := sc.splitLines(text)
	blocks := sc.buildBlocks(lines, page)
	parts := segment(blocks, sc)
	_ = sc.lineOwners(lines, parts)
	warn := func(Warning) {}
	for _, p := range parts {
		raw, _ := sc.councilParagraphs(p.blocks, p.quoted, symbol.Parse(p.doc.Symbol).Kind() == symbol.KindResolution, warn)
		kind := classify(p, raw != nil)
		if kind == "" {
			continue
		}
		if raw == nil {
			raw = runningParagraphs(p.blocks, 0)
		}
		var script scriptCount
		for _, rp := range raw {
			t := joinBlocks(rp.blocks)
			rp.p.Text = t.s
			if rp.p.Kind == Operative {
				appendSubParagraphs(nil, nil, rp, nil, ci, warn)
			}
			script.add(t.s)
		}
		_ = script.language()
	}
}

// BenchmarkRuneCount counts the characters of the development files in
// charIndex's strides, by runeCount (new) and by its loop of eight bytes
// a step before (by8).
func BenchmarkRuneCount(b *testing.B) {
	var strides []string
	for _, in := range devInputs(b) {
		src, err := DecodeText(in.name, in.data)
		if err != nil {
			continue
		}
		for len(src) > charStride {
			strides, src = append(strides, src[:charStride]), src[charStride:]
		}
		strides = append(strides, src)
	}
	for _, c := range []struct {
		name string
		f    func(string) (int, bool)
	}{{"new", runeCount}, {"by8", runeCountBy8}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				for _, s := range strides {
					c.f(s)
				}
			}
		})
	}
}

// runeCountBy8 is runeCount as it looked at eight bytes a step.
func runeCountBy8(s string) (int, bool) {
	i := 0
	for ; len(s)-i >= 8; i += 8 {
		if load8(s[i:])&highBits != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return i + utf8.RuneCountInString(s[i:]), false
		}
	}
	return len(s), true
}
