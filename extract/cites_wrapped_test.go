package extract

import (
	"slices"
	"strings"
	"testing"
)

// devCites reports whether paragraph id of the development file cites
// target (a document's symbol, its paragraph left aside).
func devCites(t *testing.T, file, id, target string) bool {
	t.Helper()
	r := devResults(t)[file]
	if r.Source == nil || len(r.Source.Documents) == 0 {
		t.Fatalf("%s not read: %v", file, r.Err)
	}
	for _, c := range r.Source.Documents[0].Citations {
		if c.Paragraph != nil && c.Paragraph.ID == id && c.Target == target {
			return true
		}
	}
	return false
}

// devCite is a citation a paragraph of a development file makes.
type devCite struct{ file, id, target string }

// wantDevCites reports each of cs that the development set does not make.
func wantDevCites(t *testing.T, cs ...devCite) {
	t.Helper()
	for _, c := range cs {
		if !devCites(t, c.file, c.id, c.target) {
			t.Errorf("%s %s cites no %s", c.file, c.id, c.target)
		}
	}
}

// citedIn lists what pick says of each citation findCitations finds in
// text, for those it keeps.
func citedIn(text string, pick func(c *Citation) (string, bool)) []string {
	var got []string
	for _, c := range findCitations(text) {
		if v, ok := pick(c); ok {
			got = append(got, v)
		}
	}
	return got
}

// TestSymbolEndingASentenceIsText keeps a document symbol wrapped onto a
// line of its own at the end of a clause ("contained in document" /
// "S/13679;") in its paragraph: a running head is a symbol alone, and a
// symbol that ends in a clause's punctuation is none.
func TestSymbolEndingASentenceIsText(t *testing.T) {
	for _, c := range []struct {
		line  string
		noise bool
	}{
		{"S/2020/600", true},
		{"S/RES/2531 (2020)", true},
		{"S/13679", true},
		{"S/13679;", false},
		{"S/Agenda/1498/Rev.1,", false},
		{"S/11800.", false},
		{"S/25492:", false},
		{"S/", false},
	} {
		var l line
		if got := classifyNoise(&l, c.line, c.line, 0); got != c.noise {
			t.Errorf("classifyNoise(%q) = %v, want %v", c.line, got, c.noise)
		}
	}
	wantDevCites(t,
		devCite{"S_RES_0270_1969_EN_GOLD.txt", "pp_1", "S/Agenda/1498/Rev.1"},
		devCite{"S_RES_0465_1980_EN_GOLD.txt", "op_1", "S/13679"})
}

// TestDollarForS reads OCR's "$" for the S of a document symbol
// ("$/24810", "S$/12611") as the symbol, with the lower confidence of a
// repair, and keeps such a "$" out of TeX's maths marks, where two of them
// on a line took the text between for a formula and dropped its spaces.
func TestDollarForS(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"contained in document S$/12611 of 19 March 1978;", []string{"S/12611"}},
		{"(S/24783, $/24810, S/24840, S$/24870, S/24900 and Add.1 to 31),", []string{"S/24783", "S/24810", "S/24840", "S/24870", "S/24900"}},
		{"including those in document $/26627 cf 25 October 1993,", []string{"S/26627"}},
		{"the report of the Secretary-General (S$ /1994/12);", []string{"S/1994/12"}},
		{"and $46 (1984),", nil},      // a $ for a 5 is a resolution's (below)
		{"at a cost of $/month", nil}, // no figure
		{"US$/24810", nil},            // a word before
		{"the sum of $100,000", nil},
	} {
		got := citedIn(c.text, func(cit *Citation) (string, bool) {
			if cit.Form == FormSymbol && strings.Contains(c.text[cit.Span.Start:cit.Span.End], "$") && cit.Confidence != 0.7 {
				t.Errorf("%q: %s has confidence %v, want 0.7", c.text, cit.Target, cit.Confidence)
			}
			return cit.Target, cit.Form == FormSymbol
		})
		if !slices.Equal(got, c.want) {
			t.Errorf("%q cites %q, want %q", c.text, got, c.want)
		}
	}
	for _, c := range []struct{ raw, want string }{
		{"(S/24783, $/24810, S/24840, S$/24870, S/24900", "(S/24783, $/24810, S/24840, S$/24870, S/24900"},
		{"(S/25443 and S$/25444)", "(S/25443 and S$/25444)"},
		{"item $S_{/2020/613}$ here", "item S/2020/613 here"},
	} {
		if got, _, _ := cleanLine(c.raw, 0); got.s != c.want {
			t.Errorf("cleanLine(%q) = %q, want %q", c.raw, got.s, c.want)
		}
	}
	wantDevCites(t,
		devCite{"S_RES_0426_1978_EN_GOLD.txt", "op_1", "S/12611"},
		devCite{"S_RES_0816_1993_EN_GOLD.txt", "pp_4", "S/24810"},
		devCite{"S_RES_0816_1993_EN_GOLD.txt", "pp_5", "S/25444"},
		devCite{"S_RES_0831_1993_EN_GOLD.txt", "op_8", "S/25492"},
		devCite{"S_RES_0885_1993_EN_GOLD.txt", "pp_5", "S/26627"})
}

// TestProvisionParagraphIsNotInternal keeps "paragraph 4" after "Article
// 2," or "section B," the provision's: it is no paragraph of the citing
// resolution.
func TestProvisionParagraphIsNotInternal(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"its Article 2, paragraph 4, which reads:", nil},
		{"including annex 1, section B, paragraph 5 (6), of the Paris agreements to enhance", nil},
		{"article VII, paragraph 8, which provides", nil},
		{"Chapter VII, paragraph 2 as", nil},
		{"as set out in paragraph 4 above,", []string{"op_4"}},
		{"the measures imposed by paragraph 19 and to recommend", []string{"op_19"}},
		{"the report (S/1234), paragraph 4 above", []string{"op_4"}},
		{"Decides, paragraph 3 above notwithstanding,", []string{"op_3"}},
	} {
		got := citedIn(c.text, func(cit *Citation) (string, bool) { return cit.TargetParagraph, cit.Form == FormInternal })
		if !slices.Equal(got, c.want) {
			t.Errorf("%q cites %q, want %q", c.text, got, c.want)
		}
	}
	for _, c := range []struct{ file, id string }{
		{"S_RES_0186_1964_EN_GOLD.txt", "pp_3"},
		{"S_RES_0783_1992_EN_GOLD.txt", "op_10"},
	} {
		d := devResults(t)[c.file].Source.Documents[0]
		if !slices.ContainsFunc(d.Paragraphs, func(p *Paragraph) bool { return p.ID == c.id }) {
			t.Errorf("%s: no paragraph %s", c.file, c.id)
		}
		for _, cit := range d.Citations {
			if cit.Paragraph != nil && cit.Paragraph.ID == c.id && cit.Form == FormInternal {
				t.Errorf("%s %s cites its own %s (%q)", c.file, c.id, cit.TargetParagraph, cit.Text)
			}
		}
	}
}

// TestParagraphRangeOfResolution reads "paragraphs 5 to 9 of resolution
// 841 (1993)" as each paragraph of the range, as a range of the text's own
// paragraphs is read, where the resolution was cited as a whole.
func TestParagraphRangeOfResolution(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"the measures set out in paragraphs 5 to 9 of resolution 841 (1993) are suspended", []string{"op_5", "op_6", "op_7", "op_8", "op_9"}},
		{"the measures in paragraphs 12 to 14 of its resolution 841 (1993)", []string{"op_12", "op_13", "op_14"}},
		{"paragraphs 2 and 4 to 6 of resolution 687 (1991)", []string{"op_2", "op_4", "op_5", "op_6"}},
		{"paragraphs 3 (c) and 4 of resolution 661 (1990)", []string{"op_3__c", "op_4"}},
		{"paragraph 3 (c) to 5 of resolution 661 (1990)", []string{"op_3__c", "op_5"}}, // a sub-item opens no range
		{"to terminate the suspension of resolution 841 (1993)", []string{""}},
	} {
		got := citedIn(c.text, func(cit *Citation) (string, bool) {
			return cit.TargetParagraph, strings.HasPrefix(cit.Target, "S/RES/")
		})
		if !slices.Equal(got, c.want) {
			t.Errorf("%q cites paragraphs %q, want %q", c.text, got, c.want)
		}
	}
	for _, c := range []struct{ file, id string }{
		{"S_RES_0861_1993_EN_GOLD.txt", "op_1"},
		{"S_RES_0861_1993_EN_GOLD.txt", "op_3"},
		{"S_RES_0873_1993_EN_GOLD.txt", "op_1"},
	} {
		var got []string
		for _, cit := range devResults(t)[c.file].Source.Documents[0].Citations {
			if cit.Paragraph.ID == c.id && cit.Target == "S/RES/841(1993)" {
				got = append(got, cit.TargetParagraph)
			}
		}
		if len(got) < 5 || got[0] != "op_5" || got[4] != "op_9" {
			t.Errorf("%s %s cites of 841 (1993) the paragraphs %q, want op_5 to op_9 and more", c.file, c.id, got)
		}
	}
}

// TestAssemblySessionReadAsOnes reads OCR's "(1)" for the session "(I)"
// of a General Assembly resolution ("(11)" for II, "(111)" for III), with
// the confidence of a repair, and only after "General Assembly
// resolution": a Council resolution's year has four figures.
func TestAssemblySessionReadAsOnes(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Having accepted General Assembly resolution 41 (1) of 14 December 1946,", []string{"A/RES/41(I)"}},
		{"to General Assembly resolutions 41 (1) and 42 (1) of 14 December 1946", []string{"A/RES/41(I)", "A/RES/42(I)"}},
		{"General Assembly resolution 181 (11) of 29 November 1947", []string{"A/RES/181(II)"}},
		{"General Assembly resolution 273 (111)", []string{"A/RES/273(III)"}},
		{"General Assembly resolution 1514 (XV)", []string{"A/RES/1514(XV)"}},
		{"General Assembly resolution 41 (12) of", nil},
		{"General Assembly resolution 41 ( 1)", nil},
		{"its resolution 41 (1) of", []string{""}}, // the Council's 41, its year looked up later
	} {
		got := citedIn(c.text, func(cit *Citation) (string, bool) {
			if strings.Contains(cit.Text, "(1") && cit.Confidence != 0.7 {
				t.Errorf("%q: %s has confidence %v, want 0.7", c.text, cit.Target, cit.Confidence)
			}
			return cit.Target, true
		})
		if !slices.Equal(got, c.want) {
			t.Errorf("%q cites %q, want %q", c.text, got, c.want)
		}
	}
	const f = "S_RES_0018_1947_EN_GOLD.txt"
	wantDevCites(t, devCite{f, "pp_1", "A/RES/41(I)"}, devCite{f, "op_1", "A/RES/41(I)"}, devCite{f, "op_1", "A/RES/42(I)"})
}
