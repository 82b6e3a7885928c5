package extract

import (
	"strings"
	"testing"
)

// TestMisreadParagraphNumbers reads the two forms OCR gives a paragraph
// number in 591 (1986): paragraph 5 printed "8." between 4 and 6, which
// was read as a line of paragraph 4, and paragraph 7 printed "7" with no
// full stop, which was dropped as a footnote.
func TestMisreadParagraphNumbers(t *testing.T) {
	r := devResults(t)["S_RES_0591_1986_EN_GOLD.txt"]
	if r.Source == nil || len(r.Source.Documents) == 0 {
		t.Fatalf("591 (1986) not read: %v", r.Err)
	}
	d := r.Source.Documents[0]
	want := map[string]string{
		"op_4": "Requests of all States that henceforth the term",
		"op_5": "Requests all States to implement strictly its resolution 418 (1977)",
		"op_6": "Renews its request to all States",
		"op_7": "Calls upon all States to prohibit the import or entry of all South African armaments",
		"op_8": "Further calls upon States which have not done so",
	}
	for _, p := range d.Paragraphs {
		if prefix, ok := want[p.ID]; ok {
			if !strings.HasPrefix(p.Text, prefix) {
				t.Errorf("%s reads %.90q, want it to open with %q", p.ID, p.Text, prefix)
			}
			if strings.Contains(p.Text, "Requests all States to implement") && p.ID != "op_5" {
				t.Errorf("%s holds paragraph 5: %.200q", p.ID, p.Text)
			}
			delete(want, p.ID)
		}
	}
	for id := range want {
		t.Errorf("no paragraph %s", id)
	}
	if got := paragraphIDs(d, Operative); len(got) != 15 {
		t.Errorf("%d operative paragraphs %v, want 15", len(got), got)
	}
	var numbering []string
	for _, w := range r.Warnings {
		if w.Kind == WarnNumbering {
			numbering = append(numbering, w.Message)
		}
	}
	if len(numbering) != 1 || !strings.Contains(numbering[0], "printed as 8 between 4 and 6 is read as 5") {
		t.Errorf("numbering warnings %q, want one that paragraph 5 is printed as 8", numbering)
	}
}

// TestUnmarkedNumberIsNextDecisionOnly keeps a footnote's number a
// footnote's: a number with no full stop opens a paragraph only when it is
// the next one and a decision verb follows it.
func TestUnmarkedNumberIsNextDecisionOnly(t *testing.T) {
	for _, c := range []struct {
		line string
		last int
		want string
	}{
		{"7 Calls upon all States to prohibit the import", 6, "7"},
		{"1 Decides to remain seized of the matter.", 0, "1"},
		{"12 Further requests the Secretary-General to report", 11, "12"},
		{"7 Calls upon all States to prohibit the import", 5, ""}, // not the next
		{"21 Modified by the Council at its 51st meeting (see below).", 20, ""},
		{"3 Official Records of the Security Council, First Year", 2, ""},
		{"7 calls upon all States", 6, ""},
		{"7. Calls upon all States", 6, ""}, // marked: operativeMark's
		{"7", 6, ""},
	} {
		got, _, ok := unmarkedOperativeNumber(c.line, c.last)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("unmarkedOperativeNumber(%q, %d) = %q, %v; want %q", c.line, c.last, got, ok, c.want)
		}
	}
	// The footnote of 6 (1946) stays out of its paragraphs.
	d := devResults(t)["S_RES_0006_1946_EN_GOLD.txt"].Source.Documents[0]
	for _, p := range d.Paragraphs {
		if strings.Contains(p.Text, "Modified by the Council at its 51st meeting") {
			t.Errorf("%s holds the footnote: %.200q", p.ID, p.Text)
		}
	}
}

// TestOCRParagraphNumbers reads the operative numbers OCR misprints, when
// a decision verb follows them.
func TestOCRParagraphNumbers(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"4. Requests all States", "4"},
		{"4, Calls upon all States to strengthen the arms", "4"},
		{"L. Strongly condemns", "1"},
		{"ll. Decides to remain seized", "11"},
		{"5 . Calls upon all States", "5"},
		{"14 , Requests the Supreme National Council", "14"},
		{"5 . the situation", ""},
		{"1990. The Council", ""},
		{"5 , which", ""},
	} {
		got, size, ok := operativeNumber(c.line)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("operativeNumber(%q) = %q, %v; want %q", c.line, got, ok, c.want)
			continue
		}
		if ok && !opensDecisionVerb(c.line[size-1:]) {
			t.Errorf("operativeNumber(%q): the text after it, %q, opens with no decision verb", c.line, c.line[size-1:])
		}
	}
}
