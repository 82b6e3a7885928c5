package extract

import (
	"strings"
	"testing"
)

// TestNoiseAfterParagraphNumber drops the marks OCR leaves between an
// operative number and its verb ("16. | Demands"), so that the paragraph
// opens with its verb and its request is read.
func TestNoiseAfterParagraphNumber(t *testing.T) {
	for _, c := range []struct{ s, want string }{
		{"16. | Demands that the National Union", "Demands that the National Union"},
		{"24. ~— Requests all States to report", "Requests all States to report"},
		{"16. ‘Reiterates its readiness", "Reiterates its readiness"},
		{"16. 'Reiterates its readiness", "Reiterates its readiness"},
		{"3. Decides to remain seized", "Decides to remain seized"},
		{"3. — the report of the Secretary-General", "— the report of the Secretary-General"}, // no verb follows
		{"3. 'Operation Restore Hope' means", "'Operation Restore Hope' means"},
	} {
		_, size, ok := operativeMark(c.s)
		if !ok {
			t.Fatalf("operativeMark(%q): no mark", c.s)
		}
		if got := c.s[skipMarkNoise(c.s, size-1):]; got != c.want {
			t.Errorf("skipMarkNoise(%q) leaves %q, want %q", c.s, got, c.want)
		}
	}
	res := devResults(t)
	for _, c := range []struct{ file, id, opens, verb string }{
		{"S_RES_0864_1993_EN_GOLD.txt", "op_16", "Demands that the National Union", "demands"},
		{"S_RES_0864_1993_EN_GOLD.txt", "op_24", "Requests all States to report", "requests"},
		{"S_RES_0834_1993_EN_GOLD.txt", "op_16", "Reiterates its readiness", "reiterates"},
	} {
		d := res[c.file].Source.Documents[0]
		for _, p := range d.Paragraphs {
			if p.ID == c.id && !strings.HasPrefix(p.Text, c.opens) {
				t.Errorf("%s %s reads %.60q, want it to open %q", c.file, c.id, p.Text, c.opens)
			}
		}
		found := false
		for _, r := range d.Requests {
			if r.Paragraph != nil && r.Paragraph.ID == c.id && r.Verb == c.verb {
				found = true
			}
		}
		if !found {
			t.Errorf("%s %s: no request with the verb %q", c.file, c.id, c.verb)
		}
	}
}
