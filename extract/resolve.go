package extract

import (
	"strconv"
	"strings"

	"github.com/sckg/sckg/ontology"
)

// regimeYears gives the year of the resolutions that Council texts name by
// number alone, as sanctions regimes and their committees ("the
// 1267/1989/2253 ISIL (Da'esh) and Al-Qaida Sanctions Committee"). A text
// rarely prints their years; these are the years of adoption.
var regimeYears = map[string]string{
	"751": "1992", "1267": "1999", "1373": "2001", "1518": "2003", "1521": "2003",
	"1533": "2004", "1540": "2004", "1572": "2004", "1591": "2005", "1636": "2005",
	"1718": "2006", "1737": "2006", "1970": "2011", "1988": "2011", "1989": "2011",
	"2048": "2012", "2127": "2013", "2140": "2014", "2206": "2015", "2231": "2015",
	"2253": "2015", "2374": "2017", "2653": "2022",
}

// resolveCitations completes the citations of one document:
//   - a paragraph of the same text ("paragraph 3 above") is cited in the
//     document itself;
//   - a resolution named without its year ("resolution 2391") takes the
//     year the document prints for it elsewhere, or that of a known
//     sanctions regime, with less confidence; failing both it is reported
//     and left out;
//   - the document's own symbol (a running head, a title) is no citation;
//   - the hyperlinks a PDF dumps at the foot of a page join the citation
//     they belong to instead of counting twice.
func resolveCitations(d *Document, warn func(Warning)) {
	years := map[string]string{}
	for _, c := range d.Citations {
		if num, year, ok := resolutionNumber(c.Target); ok {
			years[num] = year
		}
	}
	paragraphs := map[string]bool{}
	for _, p := range d.Paragraphs {
		paragraphs[p.ID] = true
	}
	kept := d.Citations[:0]
	for _, c := range d.Citations {
		switch {
		case c.Form == FormInternal:
			if d.Symbol == "" {
				continue // a press release's "paragraph 3" is not ours to resolve
			}
			c.Target = d.Symbol
			base, _, _ := strings.Cut(c.TargetParagraph, "__")
			if !paragraphs[base] {
				if c.Confidence < 1 {
					// Neither "above" nor "below", and no such paragraph
					// here: the paragraphs of some other text.
					continue
				}
				c.Confidence = min(c.Confidence, 0.5)
			}
		case c.number != "":
			if y, ok := years[c.number]; ok {
				c.Target, c.Confidence = ontology.ResolutionSymbol(c.number, y), min(c.Confidence, 0.8)
			} else if y, ok := regimeYears[c.number]; ok {
				c.Target, c.Confidence = ontology.ResolutionSymbol(c.number, y), min(c.Confidence, 0.9)
			} else {
				warn(Warning{Kind: WarnYearUnknown, Span: c.Span, Message: "cannot tell the year of resolution " + c.number + " cited in " + c.Paragraph.ID + " (" + strconv.Quote(c.Text) + "); left out"})
				continue
			}
			c.number = ""
		case c.Target == d.Symbol:
			continue
		}
		kept = append(kept, c)
	}
	d.Citations = kept
	mergeLinks(d, warn)
}

// mergeLinks gives each hyperlink to the first citation of its target
// before it that has not had all its links yet: a PDF lists a page's links
// at its foot, in the order the citations stand on the page, one for each
// line a citation is printed on ("resolution 2480" / "(2019)" is two).
func mergeLinks(d *Document, warn func(Warning)) {
	for _, l := range d.Links {
		var match *Citation
		for _, c := range d.Citations {
			if c.Target == l.Target && c.Span.Start < l.Span.Start && len(c.Links) < c.lines {
				match = c
				break
			}
		}
		if match == nil {
			warn(Warning{Kind: WarnLinkUnmatched, Span: l.Span, Message: "hyperlink " + l.URL + " matches no citation in the text before it"})
			continue
		}
		match.Links = append(match.Links, l.URL)
	}
}

// resolutionNumber splits "S/RES/2374(2017)" into "2374" and "2017".
func resolutionNumber(sym string) (num, year string, ok bool) {
	rest, ok := strings.CutPrefix(sym, "S/RES/")
	if !ok {
		return "", "", false
	}
	num, year, ok = strings.Cut(rest, "(")
	return num, strings.TrimSuffix(year, ")"), ok
}
