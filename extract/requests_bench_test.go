package extract

import "testing"

// adoptionSample is what readAdoption reads for one adoption line.
type adoptionSample struct {
	line      string
	footnotes footnotes
	date      string
}

// BenchmarkRequestsPart measures the passes of buildDocument that read a
// document's own statements, alone, on the development corpus and the
// seeds extracted once beforehand: the adoption lines (readAdoption), the
// requests, the mandate facts and the relations. Read as ratios within
// one run (issue 13).
func BenchmarkRequestsPart(b *testing.B) {
	in := append(devInputs(b), seedInputs(b)...)
	docs := extractedDocuments(in)
	var adoptions []adoptionSample
	eachAdoptionBlock(in, func(p *part, k int) {
		adoptions = append(adoptions, adoptionSample{p.blocks[k].t.s, footnotesUnder(p.blocks[k+1:]), p.doc.AdoptionDate})
	})
	n := size(in)
	noWarn := func(Warning) {}
	b.Run("adoption", func(b *testing.B) {
		var memo stateNameMemo // as a scratch's, kept from pass to pass
		benchBytes(b, n, func() {
			for _, a := range adoptions {
				readAdoptionUnder(a.line, a.footnotes, a.date, &memo, noWarn)
			}
		})
	})
	b.Run("requests", func(b *testing.B) {
		var room requestRoom // as a file's arena's, given again at each pass
		benchBytes(b, n, func() {
			room.reset()
			for _, d := range docs {
				findRequests(d, &room, defaultExtractor.collectives, func(Warning) {})
			}
		})
	})
	b.Run("mandate", func(b *testing.B) {
		benchBytes(b, n, func() {
			for _, d := range docs {
				findMandateFacts(d, defaultExtractor.registry)
			}
		})
	})
	// The paragraphs' keys are read on the first pass over docs and kept:
	// the readers above and below are measured without the pass that
	// finds them, which this one measures (over every paragraph, where
	// they ask for those of operative paragraphs and paragraphs with
	// mentions).
	b.Run("keys", func(b *testing.B) {
		benchBytes(b, n, func() {
			for _, d := range docs {
				for _, p := range d.Paragraphs {
					keysIn(p.Text)
				}
			}
		})
	})
	b.Run("relations", func(b *testing.B) {
		benchBytes(b, n, func() {
			for _, d := range docs {
				findRelations(d, d.Mandate)
			}
		})
	})
}

// eachAdoptionBlock calls fn with each adoption line of the inputs that
// are Council texts: the part, and the line's place among its blocks.
func eachAdoptionBlock(in []benchInput, fn func(p *part, k int)) {
	for _, t := range decodedTexts(in) {
		sc := newFileScratch()
		text, _, page := sc.readableText(t.name, t.src)
		for _, p := range segment(sc.buildBlocks(sc.splitLines(text), page), sc) {
			for k, bl := range p.blocks {
				if bl.form == formAdoption {
					fn(p, k)
				}
			}
		}
	}
}

// BenchmarkClauses finds the clauses of every paragraph of the
// development corpus and the seeds that findRequests reads for them
// (clauseList.find), the documents extracted once beforehand.
func BenchmarkClauses(b *testing.B) {
	in := append(devInputs(b), seedInputs(b)...)
	docs := extractedDocuments(in)
	var c clauseList
	benchBytes(b, size(in), func() {
		for _, d := range docs {
			c.find(d)
		}
	})
}

// timingSample is a clause findRequests reads for its timing, with the
// keys of its paragraph.
type timingSample struct {
	seg, adopted string
	keys         paragraphKeys
}

// BenchmarkTiming reads the deadlines and intervals of every clause of
// dev and the seeds that findRequests reads them in (readTimingIn).
func BenchmarkTiming(b *testing.B) {
	in := append(devInputs(b), seedInputs(b)...)
	var clauses []timingSample
	for _, d := range extractedDocuments(in) {
		var c clauseList
		c.find(d)
		for pi, p := range d.Paragraphs {
			locs := c.locs[c.bounds[pi]:c.bounds[pi+1]]
			keys := p.keys()
			for k, loc := range locs {
				end := len(p.Text)
				if k+1 < len(locs) {
					end = locs[k+1][0]
				}
				if keys&timingKeys != 0 {
					clauses = append(clauses, timingSample{p.Text[loc[2]:end], d.AdoptionDate, keys})
				}
			}
		}
	}
	benchBytes(b, size(in), func() {
		for _, c := range clauses {
			var r Request
			readTimingIn(&r, c.seg, c.adopted, c.keys)
		}
	})
}

// BenchmarkAdoptionLines reads every adoption line of dev and the seeds
// with the footnotes under it, as readAdoptionLines does: the footnotes
// joined (footnotesUnder), then readAdoption.
func BenchmarkAdoptionLines(b *testing.B) {
	in := append(devInputs(b), seedInputs(b)...)
	type adoptionBlock struct {
		p *part
		k int
	}
	var lines []adoptionBlock
	eachAdoptionBlock(in, func(p *part, k int) { lines = append(lines, adoptionBlock{p, k}) })
	noWarn := func(Warning) {}
	var memo stateNameMemo // as a scratch's, kept from pass to pass
	benchBytes(b, size(in), func() {
		for _, l := range lines {
			readAdoptionUnder(l.p.blocks[l.k].t.s, footnotesUnder(l.p.blocks[l.k+1:]), l.p.doc.AdoptionDate, &memo, noWarn)
		}
	})
}
