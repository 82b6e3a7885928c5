package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestSymbolSuffixList reads the addenda, corrigenda and revisions the
// printed volumes list after a document's symbol, each cited as the
// document of its own it is, with its span as printed (a range's for each
// of its items); a mark glued to the symbol with a space before its
// figure, or with OCR's y for the v of "Rev.", is the symbol's own, and
// OCR's comma for a mark's full stop ("Add,1", "Corr, 1") is read as the
// stop, with confidence 0.7 and an ocr-repair warning; a
// mark with no symbol before it in its list, and a range that is no
// small increasing one, cite nothing.
func TestSymbolSuffixList(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string // target=text of each citation
	}{
		{"contained in document S/12350 and Add.1, 36", []string{"S/12350=S/12350", "S/12350/Add.1=Add.1"}},
		{"(S/7930/Add.43, Add.44 and Add.45)", []string{"S/7930/Add.43=S/7930/Add.43", "S/7930/Add.44=Add.44", "S/7930/Add.45=Add.45"}},
		{"documents S/5448 and Add.1-3.", []string{"S/5448=S/5448", "S/5448/Add.1=Add.1-3", "S/5448/Add.2=Add.1-3", "S/5448/Add.3=Add.1-3"}},
		{"documents S/5448 and Add.1 to 3.", []string{"S/5448=S/5448", "S/5448/Add.1=Add.1 to 3", "S/5448/Add.2=Add.1 to 3", "S/5448/Add.3=Add.1 to 3"}},
		{"the report S/25264 and Corr.1", []string{"S/25264=S/25264", "S/25264/Corr.1=Corr.1"}},
		{"documents S/21919 and Corr.1 and Add.1-2.", []string{"S/21919=S/21919", "S/21919/Corr.1=Corr.1", "S/21919/Add.1=Add.1-2", "S/21919/Add.2=Add.1-2"}},
		{"documents S/13450 and Corr. 1 and Add.1 18 and S/13679, 19", []string{"S/13450=S/13450", "S/13450/Corr.1=Corr. 1", "S/13450/Add.1=Add.1", "S/13679=S/13679"}},
		{"documents S/20416 and Add. 1 and 2.", []string{"S/20416=S/20416", "S/20416/Add.1=Add. 1", "S/20416/Add.2=Add. 1 and 2"}},
		{"document S/1059/Rev.2 and Corr.1", []string{"S/1059/Rev.2=S/1059/Rev.2", "S/1059/Rev.2/Corr.1=Corr.1"}},
		{"document S/12344/Rey.1, annex V", []string{"S/12344/Rev.1=S/12344/Rey.1"}},
		{"document S/1059/Rev. 2, annex", []string{"S/1059/Rev.2=S/1059/Rev. 2"}},
		{"documents S/2020/600 and Add.1", []string{"S/2020/600=S/2020/600", "S/2020/600/Add.1=Add.1"}},
		// OCR's comma for the full stop, glued to the mark's word.
		{"documents S/13450 and Corr,1 and Add, 1 18", []string{"S/13450=S/13450", "S/13450/Corr.1=Corr,1", "S/13450/Add.1=Add, 1"}},
		{"document S/1059/Rev,2, annex", []string{"S/1059/Rev.2=S/1059/Rev,2"}},
		{"documents S/5448 and Add,1-3.", []string{"S/5448=S/5448", "S/5448/Add.1=Add,1-3", "S/5448/Add.2=Add,1-3", "S/5448/Add.3=Add,1-3"}},
		{"document S/5448 and Add ,1", []string{"S/5448=S/5448"}},
		// No symbol before the mark in its list: nothing read.
		{"and Add.1 of the report", nil},
		{"the report of 5 May and Add.1", nil},
		// A range too long, or decreasing, is no range.
		{"S/24900 and Add.1 to 31),", []string{"S/24900=S/24900"}},
		{"S/24900 and Add.3-1", []string{"S/24900=S/24900"}},
		// A number after a comma is a footnote's mark, not an addendum.
		{"document S/13026 and Corr.1, 6", []string{"S/13026=S/13026", "S/13026/Corr.1=Corr.1"}},
		// "and" and a number that a year or a month follows is no addendum.
		{"S/5448 and Add.1 and 2 May 1990", []string{"S/5448=S/5448", "S/5448/Add.1=Add.1"}},
		// Nor one that a word follows.
		{"S/12350 and Add.1 and 2 annexes", []string{"S/12350=S/12350", "S/12350/Add.1=Add.1"}},
		{"S/5555 and Corr.1 and 3 others", []string{"S/5555=S/5555", "S/5555/Corr.1=Corr.1"}},
		// A closing bracket, a comma, "and" or the end let it be one.
		{"(S/20416 and Add.1 and 2)", []string{"S/20416=S/20416", "S/20416/Add.1=Add.1", "S/20416/Add.2=Add.1 and 2"}},
		{"S/20416 and Add.1 and 2, and", []string{"S/20416=S/20416", "S/20416/Add.1=Add.1", "S/20416/Add.2=Add.1 and 2"}},
		{"S/20416 and Add.1 and 2 and Corr.1", []string{"S/20416=S/20416", "S/20416/Add.1=Add.1", "S/20416/Add.2=Add.1 and 2", "S/20416/Corr.1=Corr.1"}},
		{"S/20416 and Add.1 and 2", []string{"S/20416=S/20416", "S/20416/Add.1=Add.1", "S/20416/Add.2=Add.1 and 2"}},
		// A resolution's symbol takes no addenda.
		{"S/RES/242 (1967) and Corr.1", []string{"S/RES/242(1967)=S/RES/242 (1967)"}},
	} {
		got := citedIn(c.line, func(x *Citation) (string, bool) { return x.Target + "=" + x.Text, x.Form == FormSymbol })
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: cites %q, want %q", c.line, got, c.want)
		}
	}
	// A comma for the stop: confidence 0.7 and an ocr-repair warning.
	for _, c := range []struct{ paragraph, warned string }{
		{"Taking note of document S/18880 and Add, 1,", `"Add, 1" as S/18880/Add.1, its comma a misread full stop`},
		{"Taking note of document S/1059/Rev,2,", `"S/1059/Rev,2" as S/1059/Rev.2, its comma a misread full stop`},
	} {
		s, warnings, err := defaultExtractor.File("S_RES_0999_1990_EN_GOLD.txt", operativeSource(c.paragraph))
		if err != nil || len(s.Documents) != 1 {
			t.Fatalf("%q: %v", c.paragraph, err)
		}
		for _, x := range s.Documents[0].Citations {
			if x.Form == FormSymbol && strings.Contains(x.Text, ",") && x.Confidence != 0.7 {
				t.Errorf("%q: %s confidence %v, want 0.7", c.paragraph, x.Target, x.Confidence)
			}
		}
		checkOCRRepair(t, c.paragraph, warnings, c.warned)
	}
	// Each mark is cited as the symbol it follows is: its paragraph, its
	// function and its footnote's mark.
	for _, cs := range [][]*Citation{findCitations("Taking note of documents S/5448 and Add.1-3, and recalling")} {
		for _, x := range cs[1:] {
			if x.Function != cs[0].Function || x.Confidence != cs[0].Confidence {
				t.Errorf("%s: function %v confidence %v, want %v %v as %s", x.Target, x.Function, x.Confidence, cs[0].Function, cs[0].Confidence, cs[0].Target)
			}
		}
	}
}

// TestDevSymbolSuffixes checks the addenda and corrigenda of the
// development set, in the text and in its footnotes, wrapped across
// lines ("documents S/7930/Add.43, Add.44, …" over "Add.47, Add.48 and
// Add.49, 10", "S/13450 and Corr." over "1 and Add.1 18"), each cited by
// the paragraph that cites its symbol, with the symbol's footnote mark;
// and OCR's "S/12344/Rey.1", cited as S/12344/Rev.1 with an ocr-repair
// warning.
func TestDevSymbolSuffixes(t *testing.T) {
	wantDevCites(t,
		devCite{"S_RES_0411_1977_EN_GOLD.txt", "pp_1", "S/12350/Add.1"},
		devCite{"S_RES_0240_1967_EN_GOLD.txt", "pp_3", "S/7930/Add.44"},
		devCite{"S_RES_0240_1967_EN_GOLD.txt", "pp_3", "S/7930/Add.49"},
		devCite{"S_RES_0465_1980_EN_GOLD.txt", "pp_1", "S/13450/Corr.1"},
		devCite{"S_RES_0465_1980_EN_GOLD.txt", "pp_1", "S/13450/Add.1"},
		devCite{"S_RES_0807_1993_EN_GOLD.txt", "pp_2", "S/25264/Corr.1"},
		devCite{"S_RES_0807_1993_EN_GOLD.txt", "op_9", "S/25264/Corr.1"},
		devCite{"S_RES_0882_1993_EN_GOLD.txt", "pp_2", "S/26666/Add.1"},
		devCite{"S_RES_0411_1977_EN_GOLD.txt", "pp_15", "S/12344/Rev.1"})
	if devCites(t, "S_RES_0411_1977_EN_GOLD.txt", "pp_15", "S/12344") {
		t.Errorf("S_RES_0411_1977_EN_GOLD.txt pp_15 cites S/12344, the document S/12344/Rey.1 is not")
	}
	checkFootnoteCitations(t, map[string][]string{
		"S_RES_0183_1963_EN_GOLD.txt": {"pp_1 5 S/5448", "pp_1 5 S/5448/Add.1", "pp_1 5 S/5448/Add.2", "pp_1 5 S/5448/Add.3"},
		"S_RES_0222_1966_EN_GOLD.txt": {"pp_1 4 S/7350", "pp_1 4 S/7350/Add.1"},
		"S_RES_0594_1987_EN_GOLD.txt": {"pp_2 3 S/18581", "pp_2 3 S/18581/Add.1", "pp_2 3 S/18581/Corr.1", "pp_3 4 S/18580"},
	})
	warned := 0
	for _, w := range devResults(t)["S_RES_0411_1977_EN_GOLD.txt"].Warnings {
		if w.Kind == WarnOCRRepair && strings.Contains(w.Message, `"S/12344/Rey.1" as S/12344/Rev.1`) {
			warned++
		}
	}
	if warned != 1 {
		t.Errorf("%d ocr-repair warnings of S/12344/Rey.1, want 1", warned)
	}
}
