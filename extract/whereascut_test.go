package extract

import (
	"strings"
	"testing"
)

// TestWhereasClauseCutIntoBlocks keeps a "Whereas" clause printed before
// "The Security Council" whole where its lines are not wrapped and it was
// cut into blocks ("… by the Greek," / "Yugoslav. Albanian and Bulgarian
// Governments …"): it was lost, its second block opening with no
// "Whereas".
func TestWhereasClauseCutIntoBlocks(t *testing.T) {
	d := devResults(t)["S_RES_0015_1946_EN_GOLD.txt"].Source.Documents[0]
	pps := paragraphIDs(d, Preambular)
	if len(pps) != 1 {
		t.Fatalf("15 (1946): preambular paragraphs %v, want one", pps)
	}
	p := d.Paragraphs[0]
	for _, want := range []string{"Whereas there have been presented to the Security Council", "Yugoslav. Albanian and Bulgarian Governments", "before the Council attempts to reach any conclusions regarding the issues involved,"} {
		if !strings.Contains(p.Text, want) {
			t.Errorf("15 (1946) %s reads %q, want it to hold %q", p.ID, p.Text, want)
		}
	}
	if p.ID != "pp_1" || !strings.HasPrefix(p.Text, "Whereas") {
		t.Errorf("15 (1946): first paragraph %s %.40q, want pp_1 opening Whereas", p.ID, p.Text)
	}
	// Clauses each in a block of their own stay apart, as in 30 (1947).
	d = devResults(t)["S_RES_0030_1947_EN_GOLD.txt"].Source.Documents[0]
	if pps := paragraphIDs(d, Preambular); len(pps) != 3 {
		t.Errorf("30 (1947): preambular paragraphs %v, want 3", pps)
	}
	for _, p := range d.Paragraphs {
		if p.Kind == Preambular && (!strings.HasPrefix(p.Text, "Whereas") || strings.Count(p.Text, "Whereas") != 1) {
			t.Errorf("30 (1947) %s: %.120q", p.ID, p.Text)
		}
	}
}
