package extract

import "testing"

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
	for _, c := range []struct{ file, id, target string }{
		{"S_RES_0270_1969_EN_GOLD.txt", "pp_1", "S/Agenda/1498/Rev.1"},
		{"S_RES_0465_1980_EN_GOLD.txt", "op_1", "S/13679"},
	} {
		if !devCites(t, c.file, c.id, c.target) {
			t.Errorf("%s %s cites no %s", c.file, c.id, c.target)
		}
	}
}
