package extract

import (
	"strings"

	"github.com/sckg/sckg/ontology/symbol"
)

// Segmentation finds where each document of a file begins and ends. A file
// may hold several: a letter and its annexed resolution, a press release
// and the resolution text it quotes.

var (
	// "United Nations S/RES/2531 (2020)", "联合国 S/2020/613": the masthead
	// that opens a UN document.
	mastheadRE = anchored(`^(?:United Nations|Nations Unies|Naciones Unidas|联合国|Организация Объединенных Наций|الأمم المتحدة)\s+(.*)`)
	annexRE    = anchored(`^(?:附件|Annex|ANNEX|Annexe|Anexo|Приложение|مرفق)(?:\s+[IVX\d]+)?$`)
	// "The full text of resolution 2364 (2017) reads as follows:"
	quoteIntroRE = lazyRegexp(`(?i)full text of (?:the )?(?:draft )?resolution (\d{1,4}) \((\d{4})\)\s*(?:,\s*)?reads as follows:?$`)
)

// part is the stretch of a file that belongs to one document.
type part struct {
	doc    *Document
	blocks []block
	parent *part
	quoted bool // the text stands in quotation marks inside its parent
	closed bool // the closing quotation mark has been seen
	body   bool // a paragraph of running text has been seen
	// viewEnd, when not 0, says that blocks is a view of the file's
	// blocks that ends just before block viewEnd (add).
	viewEnd int
	// scratch holds the buffers of the file the part is read from.
	scratch *lexScratch
}

// add gives the part block i of the file's blocks. A part's blocks are a
// view of the file's while they run on without a break, as the one part
// of most files does: no copy is made of them. A part that takes up again
// after another gets blocks of its own. The view is capped, so that
// appending to it never writes into the file's blocks.
func (p *part) add(blocks []block, i int) {
	switch n := len(p.blocks); {
	case n == 0 || p.viewEnd == i:
		p.blocks, p.viewEnd = blocks[i-n:i+1:i+1], i+1
	default:
		p.blocks, p.viewEnd = append(p.blocks, blocks[i]), 0
	}
}

// segmentInto assigns each block of a file to a document, its parts
// read with the file's buffers, sc. The document of the first part is
// made in first, which the file's Source makes room for: most files hold
// one document (issue 13).
func segmentInto(blocks []block, sc *lexScratch, first *Document) []*part {
	sc.usedParts = 0
	root := sc.newPart()
	*root = part{doc: first, scratch: sc}
	parts := append(sc.parts[:0], root)
	cur := root
	annexNext := false
	start := func(sym, printed string, parent *part, rel Relation, quoted bool) {
		p := sc.newPart()
		*p = part{doc: &Document{Symbol: sym, PrintedSymbol: printed, Relation: rel}, parent: parent, quoted: quoted, scratch: sc}
		if parent != nil {
			p.doc.Parent = parent.doc
		}
		parts = append(parts, p)
		cur = p
	}
	for i, b := range blocks {
		s := b.t.s
		if cur.quoted && cur.closed {
			cur = cur.parent
		}
		masthead := mastheadSymbol(s)
		switch {
		case annexRE.MatchString(s):
			annexNext = true
			cur.add(blocks, i)
			continue
		case masthead != "":
			printed := masthead
			if cur.doc.Symbol != "" || cur.body {
				parent, rel := (*part)(nil), RelNone
				if annexNext {
					parent, rel = cur, RelAnnexOf
				}
				start(symbol.Parse(printed).String(), printed, parent, rel, false)
			} else {
				cur.doc.Symbol, cur.doc.PrintedSymbol = symbol.Parse(printed).String(), printed
			}
			annexNext = false
		case b.form == formTitle:
			t, ok := readTitle(s)
			if !ok {
				break
			}
			// The symbol is made a string only when a document keeps it.
			sym := symbol.AppendResolution(sc.strings.room(resolutionSymbolRoom), t.number, t.year)
			if cur.doc.Symbol == "" && !cur.body {
				cur.doc.Symbol, cur.doc.PrintedSymbol = sc.strings.keep(sym), t.printed
			} else if cur.doc.Symbol != string(sym) {
				start(sc.strings.keep(sym), t.printed, nil, RelNone, false)
			}
			cur.doc.Title = s
			if t.date != "" {
				// The volumes date a resolution by the day it was adopted.
				cur.doc.AdoptionDate = t.date
			}
		}
		cur.add(blocks, i)
		if !cur.body && atLeastRunes(s, 100) {
			// Counted only until the part has its body: most blocks come after.
			cur.body = true
		}
		if !mayIntroduceQuote(s) {
			// quoteIntroRE cannot match.
		} else if m := quoteIntroRE.FindStringSubmatch(s); m != nil {
			sym := symbol.AppendResolution(sc.strings.room(resolutionSymbolRoom), m[1], m[2])
			start(sc.strings.keep(sym), m[1]+" ("+m[2]+")", cur, RelQuotedIn, true)
			continue
		}
		if cur.quoted && closesQuote(s, blocks[i+1:]) {
			cur.closed = true
		}
	}
	// The parts with blocks, kept in parts' own list.
	out := parts[:0]
	for _, p := range parts {
		if len(p.blocks) > 0 {
			out = append(out, p)
		}
	}
	sc.parts = out
	return out
}

// resolutionSymbolRoom is the room a resolution's symbol takes: 16 bytes
// for "S/RES/2531(2020)", more for a longer number or year.
const resolutionSymbolRoom = 24

// newPart is room for the next part of the file being segmented, taken
// from sc's parts, which serve file after file: a part lives only while
// its file is read (the model keeps its Document, never the part), and
// most files have one or two. When they are all in use a larger list is
// made; the parts handed out before stay where they are.
func (sc *lexScratch) newPart() *part {
	if sc.usedParts == len(sc.partRoom) {
		sc.partRoom, sc.usedParts = make([]part, max(4, 2*len(sc.partRoom))), 0
	}
	p := &sc.partRoom[sc.usedParts]
	sc.usedParts++
	return p
}

// mayIntroduceQuote reports whether quoteIntroRE may match s: it ends
// with "follows" or "follows:", and holds "ull" and "text of". The
// pattern ignores case, but none of the letters of "ull text of" folds
// to a letter outside ASCII (as k and s do): a look in ASCII finds every
// block it can match. The last letter of "follows" may be the long s.
func mayIntroduceQuote(s string) bool {
	s = strings.TrimSuffix(s, ":")
	if !strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "S") && !strings.HasSuffix(s, "ſ") {
		return false
	}
	return containsASCIIFold(s, "ull") && containsASCIIFold(s, "text of")
}

// mastheadSymbol returns the symbol printed in a masthead block ("United
// Nations S/RES/2531 (2020)"), or "".
func mastheadSymbol(s string) string {
	m := mastheadRE.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	return symbolRE.FindString(strings.TrimSpace(m[1]))
}

// closesQuote reports whether a block of quoted text ends the quotation:
// it ends with a full stop and a closing quotation mark, and no quoted
// paragraph or sub-item follows.
func closesQuote(s string, rest []block) bool {
	if !strings.HasSuffix(s, `."`) {
		return false
	}
	if len(rest) == 0 {
		return true
	}
	next := rest[0]
	return !strings.HasPrefix(next.t.s, `"`) && !next.bullet && !startsItem(next.t.s)
}
