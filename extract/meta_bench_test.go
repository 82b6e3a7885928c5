package extract

import (
	"testing"

	"github.com/sckg/sckg/ontology/symbol"
)

// metaFile is a file of the development corpus read up to its blocks,
// with its scratch, for the steps that segment it and read its parts.
type metaFile struct {
	sc     *lexScratch
	blocks []block
}

// metaFiles reads each text of in into its blocks once, each with a
// scratch of its own, so that the steps after can run over them again.
func metaFiles(in []benchInput) []metaFile {
	var files []metaFile
	for _, t := range decodedTexts(in) {
		sc := newFileScratch()
		text, _, page := sc.readableText(t.name, t.src)
		lines, census := sc.readLines(text)
		files = append(files, metaFile{sc, sc.buildBlocksFrom(lines, census, page)})
	}
	return files
}

// BenchmarkMetaArea measures the steps that read a document's frame over
// the development corpus, its texts read into blocks beforehand: how a
// file is segmented into documents (segmentInto, with readTitle and
// mastheadSymbol), how a part's body is split into paragraphs
// (councilParagraphs) and how the facts a document states about itself
// are read (readMetadata, with the adoption lines). Read as ratios within
// one run (issue 13).
func BenchmarkMetaArea(b *testing.B) {
	in := devInputs(b)
	files := metaFiles(in)
	n := size(in)
	b.Run("segment", func(b *testing.B) {
		benchBytes(b, n, func() {
			for _, f := range files {
				segmentInto(f.blocks, f.sc, new(Document))
			}
		})
	})
	b.Run("council", func(b *testing.B) {
		type councilPart struct {
			sc         *lexScratch
			blocks     []block
			quoted     bool
			resolution bool
		}
		var parts []councilPart
		for _, f := range files {
			for _, p := range segmentInto(f.blocks, f.sc, new(Document)) {
				resolution := symbol.Parse(p.doc.Symbol).Kind() == symbol.KindResolution
				parts = append(parts, councilPart{f.sc, p.blocks, p.quoted, resolution})
			}
		}
		noWarn := func(Warning) {}
		benchBytes(b, n, func() {
			for _, p := range parts {
				p.sc.arena.paragraphs.reset()
				p.sc.councilParagraphs(p.blocks, p.quoted, p.resolution, noWarn)
			}
		})
	})
	b.Run("metadata", func(b *testing.B) {
		type metaPart struct {
			p   *part
			ci  spanner
			doc Document // as buildDocument has it when it reads the metadata
		}
		var parts []metaPart
		for _, t := range decodedTexts(in) {
			sc := newFileScratch()
			text, index, page := sc.readableText(t.name, t.src)
			lines, census := sc.readLines(text)
			for _, p := range segmentInto(sc.buildBlocksFrom(lines, census, page), sc, new(Document)) {
				if d := buildDocument(p, text, nil, index, defaultExtractor.names, defaultExtractor.collectives, defaultExtractor.registry, func(Warning) {}); d != nil {
					doc := *d
					doc.Sponsors, doc.Vote, doc.Meeting, doc.AgendaItem = nil, nil, "", ""
					parts = append(parts, metaPart{p, index, doc})
				}
			}
		}
		noWarn := func(Warning) {}
		var d Document
		benchBytes(b, n, func() {
			for i := range parts {
				d = parts[i].doc
				readMetadata(&d, parts[i].p, parts[i].ci, noWarn)
			}
		})
	})
}
