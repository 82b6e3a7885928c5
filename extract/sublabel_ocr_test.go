package extract

import (
	"strings"
	"testing"
)

// TestMisreadLetterLabels reads the sub-paragraph labels OCR misprints in
// a run of letters: a figure for the letter ("(6)" for "(b)") and a letter
// printed again between two that leave one place for it ("(a)" between
// (c) and (e)).
func TestMisreadLetterLabels(t *testing.T) {
	blocks := textsOfLines
	for _, c := range []struct {
		line, letter string
		rest         []text
		want         string
	}{
		{"(6) To renew the mandate", "a", blocks("(c) To request the Secretary-General"), "b"},
		{"(5) To renew the mandate", "a", blocks("(c) To request"), "b"},
		{"(6) Holds that no action", "a", nil, "b"},
		{"(a) To make periodic reports", "c", blocks("(e) To promulgate guidelines"), "d"},
		{"(c) To make periodic reports", "d", blocks("more of (d)", "(f) To report"), "e"},
		{"(a) To make periodic reports", "c", nil, ""},                     // a letter again with none after: as printed
		{"(a) To make periodic reports", "c", blocks("(d) To report"), ""}, // (d) follows: not (d)
		{"(6) To renew", "a", blocks("(d) To request"), ""},                // two places
		{"(6) To renew", "a", blocks("4. Requests", "(c) To report"), "b"}, // the paragraph ends with none after
		{"(1973) of 22 October 1973;", "a", nil, ""},
		{"(e) To promulgate", "d", nil, ""}, // the next letter: no misreading
	} {
		got, size, ok := misreadLetterLabel(c.line, c.letter, c.rest)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("misreadLetterLabel(%q, %q) = %q, %v; want %q", c.line, c.letter, got, ok, c.want)
		}
		if ok && size != 4 {
			t.Errorf("misreadLetterLabel(%q): size %d, want 4", c.line, size)
		}
	}
	res := devResults(t)
	for _, c := range []struct{ file, id, opens string }{
		{"S_RES_0543_1983_EN_GOLD.txt", "op_u1__b", "To renew the mandate of the United Nations"},
		{"S_RES_0645_1989_EN_GOLD.txt", "op_u1__b", "To renew the mandate of the United Nations"},
		{"S_RES_0093_1951_EN_GOLD.txt", "op_u8__b", "Holds that no action involving the transfer"},
		{"S_RES_0864_1993_EN_GOLD.txt", "op_22__d", "To make periodic reports to the Council"},
	} {
		d := res[c.file].Source.Documents[0]
		found := false
		for _, p := range d.Paragraphs {
			if strings.Contains(p.Text, c.opens) && p.ID != c.id && strings.Contains(p.ID, "__") {
				t.Errorf("%s: %s holds the item of %s: %.120q", c.file, p.ID, c.id, p.Text)
			}
			if p.ID == c.id {
				found = true
				if !strings.HasPrefix(p.Text, c.opens) {
					t.Errorf("%s %s reads %.90q, want it to open %q", c.file, c.id, p.Text, c.opens)
				}
			}
		}
		if !found {
			t.Errorf("%s: no item %s", c.file, c.id)
		}
	}
	var misread []string
	for _, w := range res["S_RES_0864_1993_EN_GOLD.txt"].Warnings {
		if w.Kind == WarnSubLabel {
			misread = append(misread, w.Message)
		}
	}
	if len(misread) != 1 || !strings.Contains(misread[0], "printed as (a) after (c) is read as (d)") {
		t.Errorf("864 (1993): sub-label warnings %q, want one that (a) after (c) is read as (d)", misread)
	}
}
