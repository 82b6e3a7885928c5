package extract

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// textsOfLines are the blocks of an operative paragraph's items, one a
// line, as appendSubParagraphs reads them.
func textsOfLines(lines ...string) []text {
	out := make([]text, 0, len(lines))
	for _, l := range lines {
		out = append(out, text{s: l})
	}
	return out
}

// TestMisreadFirstLabel reads the first label of a run of letters that
// OCR misprinted, "(o)" or "(e)" for "(a)", when the next label is (b).
func TestMisreadFirstLabel(t *testing.T) {
	blocks := textsOfLines
	for _, c := range []struct {
		line string
		rest []text
		want bool
	}{
		{"(o) Acceptance of the provisions of the Statute", blocks("(b) Acceptance of all the obligations"), true},
		{"(e) To cease hostilities forthwith", blocks("more of it", "(b) To settle their dispute"), true},
		{"(8) The immediate recognition", blocks("(b) The immediate cessation"), true},
		// The next label is not (b): a run that opens elsewhere, or none.
		{"(c) To request the Secretary-General", blocks("(d) To report"), false},
		{"(o) To call upon the parties", nil, false},
		{"(o) To call upon the parties", blocks("4. Requests", "(b) To report"), false},
		// A roman run, a year, (a) itself.
		{"(i) The forming of a special commission", blocks("(ii) Yielding"), false},
		{"(1973) of 22 October 1973;", blocks("(b) To renew"), false},
		{"(a) To renew", blocks("(b) To report"), false},
	} {
		if got := misreadFirstLabel(c.line, c.rest); got != c.want {
			t.Errorf("misreadFirstLabel(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// firstItemRE is an item labelled (a) after a blank line whose run goes on
// with (b), after a blank line or none, in a development file.
var firstItemRE = regexp.MustCompile(`\n\n\(a\) [^\n]*(?:\n[^\n(][^\n]*)*\n\n?\(b\) `)

// TestMisreadFirstLabelDev prints, in each development file with a run
// of items (a), (b), its (a) as OCR misreads it, "(o)" and "(e)", and
// wants the sub-paragraphs of the clean text: read as printed, the run
// opened with (o), and (b) was its second item, op_u1__o and op_u1__b in
// 102 (1953).
func TestMisreadFirstLabelDev(t *testing.T) {
	files := 0
	covered := false
	eachDevDocument(t, func(name, text string, want *Document) {
		loc := firstItemRE.FindStringIndex(text)
		if loc == nil || !strings.Contains(strings.Join(paragraphIDs(want, Sub), " "), "__a") {
			return
		}
		files++
		covered = covered || name == "S_RES_0102_1953_EN_GOLD.txt"
		a := loc[0] + 3 // the letter a of "\n\n(a)"
		for _, misread := range []string{"o", "e"} {
			s, _, err := defaultExtractor.File(name, text[:a]+misread+text[a+1:])
			if err != nil || len(s.Documents) != 1 {
				t.Errorf("%s, (%s) for (a): not read (%v)", name, misread, err)
				continue
			}
			if g, w := paragraphIDs(s.Documents[0], Sub), paragraphIDs(want, Sub); !slices.Equal(g, w) {
				t.Errorf("%s, (%s) for (a): sub-paragraphs %v, want %v", name, misread, g, w)
			}
		}
	})
	t.Logf("%d files with (a) misread", files)
	if files < 20 || !covered {
		t.Errorf("%d files with (a) misread (102 (1953) among them: %v), want over 20", files, covered)
	}
}
