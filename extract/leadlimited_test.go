package extract

import (
	"strings"
	"testing"
)

// TestCompanyLimitedIsNoLead keeps "Limited", the end of a company's name
// a line wraps before, in the paragraph it belongs to: it is no
// preambular lead, as "Determined" or "Concerned" are.
func TestCompanyLimitedIsNoLead(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"Limited, is instructed to cease all operations in the", ""},
		{"Limited company to cease its operations", ""},
		{"United Kingdom of Great Britain", ""},
		{"Determined to ensure respect for its resolutions", "Determined"},
		{"Concerned at the situation,", "Concerned"},
	} {
		if got := leadWords(c.line); got != c.want {
			t.Errorf("leadWords(%q) = %q, want %q", c.line, got, c.want)
		}
	}
	d := devResults(t)["S_RES_0093_1951_EN_GOLD.txt"].Source.Documents[0]
	pps := paragraphIDs(d, Preambular)
	if len(pps) != 4 {
		t.Errorf("93 (1951): %d preambular paragraphs %v, want 4", len(pps), pps)
	}
	for _, p := range d.Paragraphs {
		if p.ID == "pp_3" && !strings.Contains(p.Text, "Development Company, Limited, is instructed to cease") {
			t.Errorf("93 (1951) pp_3 reads %q, want the company's name whole", p.Text)
		}
		if strings.HasPrefix(p.Text, "Limited") {
			t.Errorf("93 (1951): %s opens with Limited: %.80q", p.ID, p.Text)
		}
	}
}
