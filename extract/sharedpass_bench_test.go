package extract

import (
	"strings"
	"testing"
)

// BenchmarkParagraphCues is the shared pass over each paragraph's bytes
// (the citation scanner's findIn, which reads the anchors and the keys)
// and the steps after it that read a paragraph's cue words: findRelations
// (relationKeys, mayNameCoordination; saysSupportBy at 614ebc7), the look for "the
// Mission" (missionMentions) and the clause marks of findRequests
// (clauseList.find), on the documents of the development corpus and the
// seeds, as buildDocument runs them. Its MB/s are of the files' bytes, so
// that its cost compares with BenchmarkDev's.
func BenchmarkParagraphCues(b *testing.B) {
	in := append(devInputs(b), seedInputs(b)...)
	docs := extractedDocuments(in)
	x := defaultExtractor
	clauses := new(clauseList)
	benchBytes(b, size(in), func() {
		var cs citationScanner
		for _, d := range docs {
			for _, p := range d.Paragraphs {
				p.keysRead = false
				if p.Kind != Sub {
					cs.findIn(p)
				}
			}
			missionMentions(d, x.registry)
			findRelations(d, d.Mandate)
			clauses.find(d)
		}
	})
}

// BenchmarkMayNameCoordination is the gate of findCoordination on the
// paragraphs of dev and the seeds it runs on (those that say "between "),
// against the three searches it was (mayNameCoordinationReference).
func BenchmarkMayNameCoordination(b *testing.B) {
	in := append(devInputs(b), seedInputs(b)...)
	var texts []string
	n := 0
	for _, d := range extractedDocuments(in) {
		for _, p := range d.Paragraphs {
			if p.Kind != Sub && strings.Contains(p.Text, "between ") {
				texts = append(texts, p.Text)
				n += len(p.Text)
			}
		}
	}
	for _, c := range []struct {
		name string
		may  func(string) bool
	}{{"gate", mayNameCoordination}, {"reference", mayNameCoordinationReference}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(n))
			for b.Loop() {
				for _, s := range texts {
					c.may(s)
				}
			}
		})
	}
}

// BenchmarkRelationKeysPass compares, over the paragraphs of dev and the
// seeds that are not operative, the citation scanner's pass reading the
// relation keys with the anchors ("shared") with the pass for the anchors
// alone and the searches findRelations made of each paragraph with
// mentions ("searches": relationKeys' three, saysSupportBy after
// "support ").
func BenchmarkRelationKeysPass(b *testing.B) {
	in := append(devInputs(b), seedInputs(b)...)
	type para struct {
		text      string
		kind      ParagraphKind
		mentioned bool
	}
	var paras []para
	n := 0
	for _, d := range extractedDocuments(in) {
		mentions := mentionsByParagraph(d)
		for i, p := range d.Paragraphs {
			if p.Kind != Sub && p.Kind != Operative {
				paras = append(paras, para{p.Text, p.Kind, len(mentions[i]) > 0})
				n += len(p.Text)
			}
		}
	}
	var room [32]int
	b.Run("shared", func(b *testing.B) {
		b.SetBytes(int64(n))
		for b.Loop() {
			for _, p := range paras {
				readMarks(p.text, paragraphMarks{anchors: room[:0]}, markAnchors|markRelationKeys)
			}
		}
	})
	b.Run("searches", func(b *testing.B) {
		b.SetBytes(int64(n))
		for b.Loop() {
			for _, p := range paras {
				readMarks(p.text, paragraphMarks{anchors: room[:0]}, markAnchors)
				if !p.mentioned {
					continue
				}
				// relationKeys and saysSupportBy as findRelations ran them.
				if containsBy(p.text, "support ", 2) {
					saysSupportBy(p.text)
				}
				strings.Contains(p.text, "between ")
				if p.kind == Preambular {
					containsASCIIFoldBy(p.text, "ondemn", 4)
				}
			}
		}
	})
}
