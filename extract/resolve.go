package extract

import (
	"strconv"
	"strings"

	"github.com/sckg/sckg/ontology/symbol"
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
	// The years and the paragraphs are looked up by few documents: they
	// are gathered only for those (issue 13). The years are those printed
	// before any citation is resolved.
	var years map[string]string
	if citesByNumber(d.Citations) {
		years = printedYears(d)
	}
	var paragraphs map[string]bool // gathered on the first look
	kept := d.Citations[:0]
	for _, c := range d.Citations {
		switch {
		case c.Form == FormInternal:
			if d.Symbol == "" {
				continue // a press release's "paragraph 3" is not ours to resolve
			}
			if c.Confidence < 1 && c.Paragraph != nil && c.Paragraph.Kind == Preambular {
				// A preamble's "paragraph 5" that says neither "above"
				// nor "below" nor "of the present resolution" is of the
				// text it names: "the Governors Island Agreement …,
				// including the provisions of paragraph 5, under which
				// the parties call for …". The operative paragraphs come
				// after it, and it names them so.
				continue
			}
			c.Target = d.Symbol
			ref, _ := symbol.ParseParagraph(c.TargetParagraph)
			if paragraphs == nil {
				paragraphs = paragraphIDSet(d)
			}
			var idRoom [48]byte
			if !paragraphs[string(ref.Top().AppendString(idRoom[:0]))] {
				if c.Confidence < 1 {
					// Neither "above" nor "below", and no such paragraph
					// here: the paragraphs of some other text.
					continue
				}
				c.Confidence = min(c.Confidence, 0.5)
			}
		case c.numberLen != 0:
			number := c.number()
			if y, ok := years[number]; ok {
				c.Target, c.Confidence = symbol.Resolution(number, y).String(), min(c.Confidence, 0.8)
			} else if y, ok := regimeYears[number]; ok {
				c.Target, c.Confidence = symbol.Resolution(number, y).String(), min(c.Confidence, 0.9)
			} else {
				// Left for the other files of the build to tell
				// (settleYears).
				kept = append(kept, c)
				continue
			}
			c.numberLen = 0
		case c.Target == d.Symbol:
			continue
		}
		if c.Form != FormInternal {
			checkCitedYear(c, warn)
		}
		if c.Form == FormSymbol && c.Confidence < 1 && strings.Contains(c.Text, "/Rey") {
			warn(Warning{Span: c.Span, Kind: WarnOCRRepair, Message: c.Paragraph.ID + ": read the symbol printed " + strconv.Quote(c.Text) + " as " + c.Target + ", its \"Rey.\" a misread \"Rev.\""})
		}
		if c.Form == FormSymbol && c.Confidence < 1 && commaForStop(c.Text) {
			warn(Warning{Span: c.Span, Kind: WarnOCRRepair, Message: c.Paragraph.ID + ": read the symbol printed " + strconv.Quote(c.Text) + " as " + c.Target + ", its comma a misread full stop"})
		}
		if c.Form == FormResolution && c.Confidence < 1 {
			if printed, year, ok := misreadYearIn(c.Text); ok {
				warn(Warning{Span: c.Span, Kind: WarnOCRRepair, Message: c.Paragraph.ID + ": read the year printed " + strconv.Quote(printed) + " in " + strconv.Quote(c.Text) + " as " + year + ", " + lookalikesNamed(printed) + "; cited as " + c.Target})
			}
			if printed, ok := misreadNumberIn(c.Text); ok {
				warn(Warning{Span: c.Span, Kind: WarnOCRRepair, Message: c.Paragraph.ID + ": read the number printed " + strconv.Quote(printed) + " in " + strconv.Quote(c.Text) + " as " + readLookalikes(printed) + ", " + lookalikesNamed(printed) + "; cited as " + c.Target})
			}
		}
		kept = append(kept, c)
	}
	d.Citations = kept
	mergeLinks(d, warn)
}

// misreadYearIn finds in a citation's text a year in brackets that OCR
// printed with a letter for a figure, "(l967)" (ocrYear), and how it reads.
func misreadYearIn(text string) (printed, year string, ok bool) {
	for i := strings.IndexByte(text, '('); i >= 0 && i+5 < len(text); {
		if text[i+5] == ')' {
			if year, ok = ocrYear(text[i+1 : i+5]); ok {
				return text[i : i+6], year, true
			}
		}
		next := strings.IndexByte(text[i+1:], '(')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return "", "", false
}

// misreadNumberIn finds in a citation's text the number before its
// bracketed year that OCR printed with a letter for a figure, "2l2" in
// "resolution 2l2 (1967)" (scanMisreadNumber).
func misreadNumberIn(text string) (string, bool) {
	k := strings.LastIndexByte(text, '(')
	if k > 0 && text[k-1] == ' ' {
		k--
	}
	start, letter, figure := k, false, false
	for ; start > 0 && (isDigit(text[start-1]) || isFigureLookalike(text[start-1])); start-- {
		letter = letter || !isDigit(text[start-1])
		figure = figure || isDigit(text[start-1])
	}
	if k < 0 || !letter || !figure || start > 0 && isASCIIWordByte(text[start-1]) {
		return "", false
	}
	return text[start:k], true
}

// commaForStop reports whether a symbol's text prints OCR's comma for the
// full stop of a mark, "Add,1", "Corr, 1", "/Rev,2" (stopAsComma).
func commaForStop(text string) bool {
	for _, kind := range [...]string{"Add,", "Corr,", "Rev,"} {
		if at := strings.Index(text, kind); at >= 0 {
			rest := strings.TrimPrefix(text[at+len(kind):], " ")
			if rest != "" && isDigit(rest[0]) {
				return true
			}
		}
	}
	return false
}

// outOfYearConfidence is the confidence of a citation of a Council
// resolution whose number its year cannot hold: the text cites something,
// but not what it prints.
const outOfYearConfidence = 0.3

// checkCitedYear lowers the confidence of a citation of a Council
// resolution whose number cannot be of its year ("84 (1993)", OCR's loss
// of a digit of 804) and says so: the number is kept as printed, since
// which digit is wrong the text does not tell.
func checkCitedYear(c *Citation, warn func(Warning)) {
	num, year, ok := councilNumberYear(c.Target)
	if !ok || symbol.ResolutionFitsYear(num, year) {
		return
	}
	c.Confidence = min(c.Confidence, outOfYearConfidence)
	warn(Warning{Span: c.Span, Kind: WarnNumberYear, Message: c.Paragraph.ID + " cites " + strconv.Quote(c.Text) +
		", but no resolution of " + year + " is numbered " + num + " (" + numbersOfYear(year) + yearOfNumber(num) +
		"): the number or the year is misprinted; kept as " + c.Target + " with confidence " + strconv.FormatFloat(c.Confidence, 'g', -1, 64)})
}

// checkOwnYear lowers the identity confidence of a resolution whose own
// number cannot be of the year its title prints or of the year it was
// adopted in, and says so: OCR has misprinted the title.
func checkOwnYear(d *Document, warn func(Warning)) {
	if d.Kind != KindResolution {
		return
	}
	num, year, ok := councilNumberYear(d.Symbol)
	if !ok {
		return
	}
	when := year
	if !symbol.ResolutionFitsYear(num, year) {
		when = "of " + year
	} else if len(d.AdoptionDate) >= 4 && !symbol.ResolutionFitsYear(num, d.AdoptionDate[:4]) {
		year, when = d.AdoptionDate[:4], "adopted in "+d.AdoptionDate[:4]
	} else {
		return
	}
	if d.IdentityConfidence == 0 || d.IdentityConfidence > 0.5 {
		d.IdentityConfidence = 0.5
	}
	warn(Warning{Kind: WarnNumberYear, Message: "no resolution " + when + " is numbered " + num + " (" + numbersOfYear(year) + yearOfNumber(num) +
		"): the title is misprinted; named " + d.Symbol + " with identity confidence 0.5"})
}

// numbersOfYear says which numbers the resolutions of year bear.
func numbersOfYear(year string) string {
	from, to, ok := symbol.ResolutionNumbers(year)
	switch {
	case !ok:
		return "the Council adopted its first resolution in 1946"
	case to == 0:
		return "they are numbered from about " + strconv.Itoa(from) + " on"
	}
	return "they are numbered about " + strconv.Itoa(from) + " to " + strconv.Itoa(to)
}

// yearOfNumber says which year a resolution numbered num is of, after a
// semicolon, or nothing when the table does not tell.
func yearOfNumber(num string) string {
	first, last, ok := symbol.YearsOfNumber(num)
	switch {
	case !ok:
		return ""
	case first == last:
		return "; resolution " + num + " is of " + strconv.Itoa(first)
	}
	return "; resolution " + num + " is of " + strconv.Itoa(first) + " or " + strconv.Itoa(last)
}

// councilNumberYear takes a Council resolution's normalised symbol
// ("S/RES/804(1993)") apart, without symbol.Parse's allocations: most
// citations are checked.
func councilNumberYear(sym string) (num, year string, ok bool) {
	rest, ok := strings.CutPrefix(sym, "S/RES/")
	if !ok || !strings.HasSuffix(rest, ")") {
		return "", "", false
	}
	num, year, ok = strings.Cut(rest[:len(rest)-1], "(")
	return num, year, ok
}

// citesByNumber reports whether a citation names a resolution by its
// number alone.
func citesByNumber(cs []*Citation) bool {
	for _, c := range cs {
		if c.numberLen != 0 {
			return true
		}
	}
	return false
}

// printedYears maps the numbers of the resolutions d cites with their
// years to those years, but for a year that cannot hold its number: a
// misprint ("84 (1993)") tells no other citation its year.
func printedYears(d *Document) map[string]string {
	years := map[string]string{}
	for _, c := range d.Citations {
		if num, year, ok := councilNumberYear(c.Target); ok && symbol.ResolutionFitsYear(num, year) {
			years[num] = year
		}
	}
	return years
}

// paragraphIDSet is the set of the ids of d's paragraphs.
func paragraphIDSet(d *Document) map[string]bool {
	ids := make(map[string]bool, len(d.Paragraphs))
	for _, p := range d.Paragraphs {
		ids[p.ID] = true
	}
	return ids
}

// ResolutionYears maps resolution numbers to their years, from every symbol
// the documents bear and every citation that prints a year. Resolution
// numbers are global, so one file's "resolution 242 (1967)" tells another
// file's "resolution 242". A year that cannot hold its number (a
// misprint, symbol.ResolutionFitsYear) tells nothing.
func ResolutionYears(sources []*Source) map[string]string {
	years := map[string]string{}
	note := func(sym string) {
		if num, year, ok := councilNumberYear(sym); ok && symbol.ResolutionFitsYear(num, year) {
			years[num] = year
		}
	}
	for _, s := range sources {
		for _, d := range s.Documents {
			note(d.Symbol)
			for _, c := range d.Citations {
				note(c.Target)
			}
		}
	}
	return years
}

// leavesYearsOpen reports whether a citation of s names a resolution by
// number alone, with no year found in its own document: SettleYears has
// nothing to do for a source without one.
func leavesYearsOpen(s *Source) bool {
	for _, d := range s.Documents {
		if citesByNumber(d.Citations) {
			return true
		}
	}
	return false
}

// SettleYears gives the citations of resolutions printed without a year
// the year that years knows, with less confidence than a printed one, and
// leaves out, with a warning, those whose year nothing tells.
func SettleYears(s *Source, years map[string]string) []Warning {
	var warnings []Warning
	for _, d := range s.Documents {
		kept := d.Citations[:0]
		for _, c := range d.Citations {
			if number := c.number(); number != "" {
				y, ok := years[number]
				if !ok {
					warnings = append(warnings, Warning{File: s.Name, Span: c.Span, Kind: WarnYearUnknown,
						Message: describe(d) + ": cannot tell the year of resolution " + number + " cited in " + c.Paragraph.ID + " (" + strconv.Quote(c.Text) + "): no file of the build prints it; left out"})
					continue
				}
				c.Target, c.Confidence, c.numberLen = symbol.Resolution(number, y).String(), min(c.Confidence, 0.8), 0
			}
			kept = append(kept, c)
		}
		d.Citations = kept
	}
	return warnings
}

// mergeLinks gives each hyperlink to the first citation of its target
// before it that has not had all its links yet: a PDF lists a page's links
// at its foot, in the order the citations stand on the page, one for each
// line a citation is printed on ("resolution 2480" / "(2019)" is two).
func mergeLinks(d *Document, warn func(Warning)) {
	for _, l := range d.Links {
		var match *Citation
		for _, c := range d.Citations {
			if c.Target == l.Target && c.Span.Start < l.Span.Start && len(c.Links) < int(c.lines) {
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
