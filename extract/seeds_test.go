package extract

import (
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sckg/sckg/ontology/symbol"
)

// The four Mali seeds: real documents with the faults real documents have.
// These tests assert what they say, fact by fact.

const seeds = "../testdata/seeds"

type seedSet struct {
	sources map[string]*Source // by file name
	text    map[string]string  // file name -> its text
	docs    map[string]*Document
	warns   []Warning
}

func loadSeeds(t *testing.T) *seedSet {
	t.Helper()
	inputs, errs := Collect([]string{seeds})
	if len(errs) > 0 || len(inputs) != 4 {
		t.Fatalf("Collect(%s) = %d inputs, errors %v; want the 4 seeds", seeds, len(inputs), errs)
	}
	s := &seedSet{sources: map[string]*Source{}, text: map[string]string{}, docs: map[string]*Document{}}
	for _, r := range defaultExtractor.Files(inputs) {
		if r.Err != nil {
			t.Fatalf("%s: %v", r.Input.Name, r.Err)
		}
		src, _ := ReadText(r.Input.Path, r.Input.Name)
		s.text[r.Input.Name] = src
		s.sources[r.Input.Name] = r.Source
		s.warns = append(s.warns, r.Warnings...)
		for _, d := range r.Source.Documents {
			key := d.Symbol
			if key == "" {
				key = string(d.Kind)
			}
			if _, dup := s.docs[key]; dup {
				t.Fatalf("document %s found twice", key)
			}
			s.docs[key] = d
		}
	}
	return s
}

func (s *seedSet) doc(t *testing.T, key string) *Document {
	t.Helper()
	d, ok := s.docs[key]
	if !ok {
		t.Fatalf("no document %s among %v", key, keys(s.docs))
	}
	return d
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func TestSeedDocuments(t *testing.T) {
	s := loadSeeds(t)
	want := []struct {
		file, key, printed string
		kind               Kind
		lang               string
		parent             string
		rel                Relation
	}{
		{"000_e1b7d92fa5d83019.txt", "S/2020/613", "S/2020/613", KindLetter, "zh", "", RelNone},
		{"000_e1b7d92fa5d83019.txt", "S/RES/2531(2020)", "S/RES/2531 (2020)", KindResolution, "en", "S/2020/613", RelAnnexOf},
		{"001_3151c5fdb0f5a467.txt", "S/2020/600", "S/2020/600", KindDraftResolution, "en", "", RelNone},
		{"002_94fc391085a7c37b.txt", "S/RES/2584(2021)", "2584 (2021)", KindResolution, "en", "", RelNone},
		{"003_dc312c14345eaef4.txt", "press-release", "", KindPressRelease, "en", "", RelNone},
		{"003_dc312c14345eaef4.txt", "S/RES/2364(2017)", "2364 (2017)", KindResolution, "en", "press-release", RelQuotedIn},
	}
	if len(s.docs) != len(want) {
		t.Errorf("found documents %v, want %d", keys(s.docs), len(want))
	}
	for _, w := range want {
		d := s.doc(t, w.key)
		if d.Kind != w.kind || d.Language != w.lang || d.PrintedSymbol != w.printed || d.Relation != w.rel {
			t.Errorf("%s: kind %s lang %s printed %q relation %q; want %s %s %q %q", w.key, d.Kind, d.Language, d.PrintedSymbol, d.Relation, w.kind, w.lang, w.printed, w.rel)
		}
		if w.parent != "" && (d.Parent == nil || d.Parent != s.docs[w.parent]) {
			t.Errorf("%s: parent %v, want %s", w.key, d.Parent, w.parent)
		}
		found := false
		for _, sd := range s.sources[w.file].Documents {
			found = found || sd == d
		}
		if !found {
			t.Errorf("%s not found in %s", w.key, w.file)
		}
	}
	// A press release prints no symbol: it gets none, and no invented date.
	if pr := s.doc(t, "press-release"); pr.Symbol != "" || len(pr.TextHash) != 16 {
		t.Errorf("press release: symbol %q, text hash %q", pr.Symbol, pr.TextHash)
	}
}

func countKind(d *Document, k ParagraphKind) int {
	n := 0
	for _, p := range d.Paragraphs {
		if p.Kind == k {
			n++
		}
	}
	return n
}

func paragraph(t *testing.T, d *Document, id string) *Paragraph {
	t.Helper()
	for _, p := range d.Paragraphs {
		if p.ID == id {
			return p
		}
	}
	t.Fatalf("%s has no paragraph %s", d.Symbol, id)
	return nil
}

func TestOperativeParagraphCounts(t *testing.T) {
	s := loadSeeds(t)
	for key, want := range map[string]int{
		"S/RES/2531(2020)": 65, "S/2020/600": 65, "S/RES/2584(2021)": 63, "S/RES/2364(2017)": 49,
	} {
		d := s.doc(t, key)
		if got := countKind(d, Operative); got != want {
			t.Errorf("%s: %d operative paragraphs, want %d", key, got, want)
		}
		// Numbered as printed, in order, each once but for misprints.
		for i, p := range d.Paragraphs {
			if p.Kind == Operative && p.Number == "" {
				t.Errorf("%s: operative paragraph %d (%s) has no number", key, i, p.ID)
			}
		}
	}
	// The preamble of the draft and of the resolution it became match.
	if a, b := countKind(s.doc(t, "S/RES/2531(2020)"), Preambular), countKind(s.doc(t, "S/2020/600"), Preambular); a != b || a != 24 {
		t.Errorf("preambular paragraphs: 2531 (2020) %d, S/2020/600 %d; want 24 each", a, b)
	}
}

func TestMisprintedParagraphKept(t *testing.T) {
	s := loadSeeds(t)
	d := s.doc(t, "S/RES/2364(2017)")
	first, second := paragraph(t, d, "op_47"), paragraph(t, d, "op_47_2")
	if first.Number != "47" || second.Number != "47" {
		t.Errorf("numbers %q and %q, want 47 twice as printed", first.Number, second.Number)
	}
	if !strings.HasPrefix(first.Text, "Requests the Secretary-General to report to the Security Council every three months") {
		t.Errorf("first 47 reads %q", first.Text[:80])
	}
	if !strings.HasPrefix(second.Text, "Further requests the Secretary-General, seeking perspectives") || !strings.Contains(second.Text, "within 180 days") {
		t.Errorf("second 47 reads %q", second.Text[:80])
	}
	for _, p := range d.Paragraphs {
		if p.Number == "48" {
			t.Errorf("paragraph 48 invented: %q", p.Text)
		}
	}
	if last := paragraph(t, d, "op_49"); last.Text != "Decides to remain actively seized of the matter." {
		t.Errorf("op_49 reads %q", last.Text)
	}
	var sawTwice bool
	for _, w := range s.warns {
		sawTwice = sawTwice || strings.Contains(w.Message, "47 is numbered twice")
	}
	if !sawTwice {
		t.Errorf("no warning about the second 47 among %v", s.warns)
	}
}

func TestOperativeParagraph16(t *testing.T) {
	s := loadSeeds(t)
	const want = "Decides to extend the mandate of MINUSMA until 30 June 2021;"
	for _, key := range []string{"S/RES/2531(2020)", "S/2020/600"} {
		if got := paragraph(t, s.doc(t, key), "op_16").Text; got != want {
			t.Errorf("%s op_16 = %q, want %q", key, got, want)
		}
	}
}

// citedTargets lists the distinct targets a document cites.
func citedTargets(d *Document) map[string]bool {
	out := map[string]bool{}
	for _, c := range d.Citations {
		out[c.Target] = true
	}
	return out
}

// textCitedTargets lists the distinct targets a document's paragraphs
// print, its footnotes' left out: the hand-read facts list those apart
// (footnote_citations, TestFootnoteCitationsDev).
func textCitedTargets(d *Document) map[string]bool {
	out := map[string]bool{}
	for _, c := range d.Citations {
		if c.Footnote == "" {
			out[c.Target] = true
		}
	}
	return out
}

func TestSeedCitations(t *testing.T) {
	s := loadSeeds(t)
	want := map[string][]string{
		"S/RES/2584(2021)": {"S/RES/2531(2020)", "S/RES/2374(2017)", "S/RES/2391(2017)", "S/PRST/2018/10",
			"S/RES/2378(2017)", "S/RES/2436(2018)", "S/RES/1325(2000)"},
		"S/RES/2531(2020)": {"S/RES/2480(2019)", "S/2020/476", "S/2020/481", "S/PRST/2018/10", "S/RES/2374(2017)", "S/RES/2391(2017)", "S/RES/2364(2017)"},
		"S/2020/600":       {"S/RES/2480(2019)", "S/2020/476", "S/2020/481", "S/PRST/2018/10", "S/RES/2374(2017)", "S/RES/2391(2017)", "S/RES/2364(2017)"},
		"S/RES/2364(2017)": {"S/RES/2359(2017)", "S/RES/2295(2016)", "S/RES/2100(2013)", "S/RES/1265(1999)", "S/RES/2242(2016)", "S/RES/2331(2016)"},
		"S/2020/613":       {"S/2020/600", "S/2020/253", "S/RES/2531(2020)"},
		"press-release":    {"S/RES/2364(2017)"},
	}
	for key, targets := range want {
		d := s.doc(t, key)
		got := citedTargets(d)
		for _, target := range targets {
			if !got[target] {
				t.Errorf("%s does not cite %s; it cites %v", key, target, keys(got))
			}
		}
		// A document does not cite itself, though its symbol is printed
		// in its header and, in PDF text, at the head of every page.
		for _, c := range d.Citations {
			if c.Target == d.Symbol && c.Form != FormInternal {
				t.Errorf("%s cites itself: %q in %s", key, c.Text, c.Paragraph.ID)
			}
		}
	}
}

func TestParagraphLevelCitations(t *testing.T) {
	s := loadSeeds(t)
	type pair struct{ para, target, targetPara string }
	has := func(d *Document, w pair) bool {
		for _, c := range d.Citations {
			if c.Paragraph.ID == w.para && c.Target == w.target && c.TargetParagraph == w.targetPara {
				return true
			}
		}
		return false
	}
	for key, pairs := range map[string][]pair{
		"S/RES/2531(2020)": {
			{"op_2", "S/RES/2480(2019)", "op_4"},
			{"op_5", "S/RES/2374(2017)", "op_2"}, {"op_5", "S/RES/2374(2017)", "op_7"},
			{"pp_22", "S/2020/476", ""},
			{"pp_3", "S/PRST/2018/10", ""},
		},
		"S/RES/2584(2021)": {{"op_47", "S/RES/2378(2017)", ""}, {"op_47", "S/RES/2436(2018)", ""}, {"op_6", "S/RES/2374(2017)", ""}},
		"S/RES/2364(2017)": {{"pp_1", "S/RES/2359(2017)", ""}, {"pp_1", "S/RES/2295(2016)", ""}, {"pp_1", "S/RES/2100(2013)", ""}},
	} {
		d := s.doc(t, key)
		for _, w := range pairs {
			if !has(d, w) {
				t.Errorf("%s: no citation from %s to %s %s", key, w.para, w.target, w.targetPara)
			}
		}
	}
}

// citationKey is the part of a target's symbol printed in any citation of
// it: "2374" of S/RES/2374(2017), "476" of S/2020/476.
func citationKey(sym string) string {
	if p, ok := symbol.ParseParagraph(sym); ok {
		return strconv.Itoa(p.Ordinal())
	}
	return symbol.Parse(sym).Number()
}

func short(s string) string {
	if utf8.RuneCountInString(s) > 60 {
		return string([]rune(s)[:60]) + "…"
	}
	return s
}

func TestLinksKeptAsEvidence(t *testing.T) {
	s := loadSeeds(t)
	d := s.doc(t, "S/2020/600")
	targets := map[string]bool{}
	for _, l := range d.Links {
		targets[l.Target] = true
	}
	for _, want := range []string{"S/RES/2480(2019)", "S/2020/476", "S/RES/2374(2017)"} {
		if !targets[want] {
			t.Errorf("no hyperlink to %s kept from the PDF text; have %v", want, keys(targets))
		}
	}
	for _, p := range d.Paragraphs {
		if strings.Contains(p.Text, "undocs.org") || strings.Contains(p.Text, "20-08606") {
			t.Errorf("%s keeps layout noise: %q", p.ID, short(p.Text))
		}
	}
}

func TestCollectNamesRelativeToFolder(t *testing.T) {
	inputs, _ := Collect([]string{seeds, filepath.Join(seeds, "002_94fc391085a7c37b.txt")})
	if len(inputs) != 5 || inputs[0].Name != "000_e1b7d92fa5d83019.txt" || inputs[4].Name != "002_94fc391085a7c37b.txt" {
		t.Errorf("Collect = %+v", inputs)
	}
}

// pairs lists a document's (paragraph, target) citation pairs.
func pairs(d *Document) map[string]bool {
	out := map[string]bool{}
	for _, c := range d.Citations {
		out[c.Paragraph.ID+" -> "+c.Target+"#"+c.TargetParagraph] = true
	}
	return out
}

// The draft and the resolution it became are one text in two layouts
// (PDF text and Markdown with TeX noise): they cite the same things from
// the same paragraphs.
func TestDraftAndResolutionCiteAlike(t *testing.T) {
	s := loadSeeds(t)
	draft, adopted := pairs(s.doc(t, "S/2020/600")), pairs(s.doc(t, "S/RES/2531(2020)"))
	for p := range draft {
		if !adopted[strings.ReplaceAll(p, "S/2020/600#", "S/RES/2531(2020)#")] {
			t.Errorf("only the draft has %s", p)
		}
	}
	for p := range adopted {
		if !draft[strings.ReplaceAll(p, "S/RES/2531(2020)#", "S/2020/600#")] {
			t.Errorf("only the resolution has %s", p)
		}
	}
	if len(draft) < 40 {
		t.Errorf("only %d pairs", len(draft))
	}
}

// Every hyperlink the PDF prints joins a citation found in the text: the
// links are the PDF's own record of what the text cites.
func TestEveryHyperlinkJoinsACitation(t *testing.T) {
	s := loadSeeds(t)
	d := s.doc(t, "S/2020/600")
	merged := 0
	for _, c := range d.Citations {
		merged += len(c.Links)
		for _, l := range c.Links {
			if !strings.HasSuffix(l, c.Target) {
				t.Errorf("citation of %s got link %s", c.Target, l)
			}
		}
	}
	if merged != len(d.Links) || merged < 30 {
		t.Errorf("%d of %d hyperlinks joined a citation", merged, len(d.Links))
	}
	for _, w := range s.warns {
		if strings.Contains(w.Message, "hyperlink") {
			t.Errorf("unexpected warning: %s", w)
		}
	}
}

// How a text uses what it cites, and citations that need repair.
func TestCitationFunctionsAndRepairs(t *testing.T) {
	s := loadSeeds(t)
	type want struct {
		doc, para, target string
		function          Function
		confidence        float64
	}
	find := func(t *testing.T, w want) *Citation {
		for _, c := range s.doc(t, w.doc).Citations {
			if c.Paragraph.ID == w.para && c.Target+"#"+c.TargetParagraph == w.target {
				return c
			}
		}
		return nil
	}
	for _, w := range []want{
		{"S/RES/2531(2020)", "pp_3", "S/PRST/2018/10#", Recalls, 1},           // "recalling its Presidential Statement"
		{"S/RES/2531(2020)", "pp_22", "S/2020/476#", TakesNoteOf, 1},          // "Taking note of the report"
		{"S/RES/2531(2020)", "op_5", "S/RES/2374(2017)#", ActsPursuantTo, 1},  // "established pursuant to resolution 2374 (2017)"
		{"S/RES/2531(2020)", "op_2", "S/RES/2480(2019)#op_4", RefersTo, 1},    // "referenced in paragraph 4 of"
		{"S/RES/2531(2020)", "op_38", "S/2020/476#", TakesNoteOf, 0.7},        // TeX: \frac{\sqrt{2020}}{476}
		{"S/RES/2531(2020)", "op_38", "S/RES/2391(2017)#op_13", Recalls, 0.8}, // "Recalls all provisions of paragraph 13 of resolution 2391"
		{"S/RES/2531(2020)", "op_5", "S/RES/2374(2017)#", ActsPursuantTo, 1},
		{"S/RES/2531(2020)", "op_20", "S/RES/2531(2020)#op_19", RefersTo, 1}, // "paragraphs 19 above and 28 and 29 below"
		{"S/RES/2531(2020)", "op_20", "S/RES/2531(2020)#op_29", RefersTo, 1},
		{"S/RES/2531(2020)", "op_29", "S/RES/1267(1999)#", NamesRegime, 0.9}, // "the 1267/1989/2253 … Sanctions Committee"
		{"S/RES/2531(2020)", "op_29", "S/RES/2253(2015)#", NamesRegime, 0.9},
		{"S/RES/2364(2017)", "op_21", "S/RES/2364(2017)#op_20__a__ii", RefersTo, 0.8}, // "under paragraph 20 (a) (ii)": no "above", so less sure
		{"S/RES/2364(2017)", "op_47", "S/RES/2364(2017)#op_32", RefersTo, 1},          // "paragraphs 30 to 35 above"
		{"S/2020/600", "op_5", "S/RES/2374(2017)#", ActsPursuantTo, 1},
	} {
		t.Run(w.doc+" "+w.para+" "+w.target, func(t *testing.T) {
			c := find(t, w)
			if c == nil {
				t.Errorf("%s %s: no citation of %s", w.doc, w.para, w.target)
				return
			}
			if c.Function != w.function || c.Confidence != w.confidence {
				t.Errorf("%s %s -> %s (%q): function %s confidence %v; want %s %v", w.doc, w.para, w.target, c.Text, c.Function, c.Confidence, w.function, w.confidence)
			}
		})
	}
	// "the 2374 sanctions list" is a reference to the regime's resolution.
	regime := false
	for _, c := range s.doc(t, "S/RES/2584(2021)").Citations {
		regime = regime || c.Form == FormSanctionsRegime && c.Target == "S/RES/2374(2017)" && c.Text == "2374"
	}
	if !regime {
		t.Errorf("2584 (2021): the 2374 sanctions list is not a citation of resolution 2374 (2017)")
	}
}
