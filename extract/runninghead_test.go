package extract

import (
	"strings"
	"testing"
)

// TestSymbolEndingSentenceIsText keeps a symbol a paragraph wraps at
// ("contained in document" / "S/13679;") as the paragraph's text: only a
// symbol with nothing after it is a running head.
func TestSymbolEndingSentenceIsText(t *testing.T) {
	for _, c := range []struct {
		line string
		head bool
	}{
		{"S/2020/600", true},
		{"S/RES/2531 (2020)", true},
		{"S/2020/600/Corr.1", true},
		{"S/13679;", false},
		{"S/Agenda/1498/Rev.1,", false},
		{"S/4336.", false},
		{"S/25354):", false},
	} {
		if got := runningHeadRE.MatchString(c.line); got != c.head {
			t.Errorf("runningHeadRE.MatchString(%q) = %v, want %v", c.line, got, c.head)
		}
	}
	res := devResults(t)
	for _, c := range []struct{ file, id, ends, cites string }{
		{"S_RES_0465_1980_EN_GOLD.txt", "op_1", "in preparing the report contained in document S/13679;", "S/13679"},
		{"S_RES_0270_1969_EN_GOLD.txt", "pp_1", "Having considered the agenda contained in document S/Agenda/1498/Rev.1,", "S/Agenda/1498/Rev.1"},
	} {
		d := res[c.file].Source.Documents[0]
		var found bool
		for _, p := range d.Paragraphs {
			if p.ID != c.id {
				continue
			}
			found = true
			if !strings.HasSuffix(p.Text, c.ends) {
				t.Errorf("%s %s reads %q, want it to end %q", c.file, c.id, p.Text, c.ends)
			}
		}
		if !found {
			t.Errorf("%s: no paragraph %s", c.file, c.id)
		}
		var cited bool
		for _, ci := range d.Citations {
			if ci.Target == c.cites {
				cited = true
			}
		}
		if !cited {
			t.Errorf("%s cites no %s", c.file, c.cites)
		}
	}
}
