package viz

import "testing"

// The title forms below are those the development corpus and the seeds
// print (dcterms:title of their resolutions): a box says the date a
// title that only echoes its symbol would lose when cut to the box.
func TestShortTitle(t *testing.T) {
	res := func(sym, title, date string) Node {
		return Node{Symbol: sym, Kind: "Resolution", Title: title, Date: date, InCorpus: true}
	}
	for _, c := range []struct {
		n    Node
		want string
	}{
		{res("S/RES/660(1990)", "Resolution 660 (1990) of 2 August 1990", "1990-08-02"), "2 August 1990"},
		{res("S/RES/95(1951)", "95 (1951). Resolution of 1 September 1951", "1951-09-01"), "1 September 1951"},
		{res("S/RES/7(1946)", "RESOLUTION 7 (1946)", "1946-06-26"), "26 June 1946"},
		{res("S/RES/891(1993)", "Resolution 891 (1993) 20 December 1993", "1993-12-20"), "20 December 1993"},
		{res("S/RES/2584(2021)", "Resolution 2584 (2021)", "2021-06-29"), "29 June 2021"},
		{res("S/RES/666(1990)", "Resolution 666 (1990) of 13 September 1990", "1990-09-13"), "13 September 1990"},
		// a title that says more is kept, whole
		{res("S/RES/2364(2017)", "Security Council Extends Mandate of Mission in Mali, Unanimously Adopting Resolution 2364 (2017)", "2017-06-29"),
			"Security Council Extends Mandate of Mission in Mali, Unanimously Adopting Resolution 2364 (2017)"},
		// another resolution's number is not an echo
		{res("S/RES/661(1990)", "Resolution 660 (1990)", "1990-08-06"), "Resolution 660 (1990)"},
		// no date known: the kind
		{res("S/RES/462(1980)", "Resolution 462 (1980)", ""), "Resolution"},
		{Node{Symbol: "S/PRST/2018/10", Kind: "PresidentialStatement", InCorpus: true}, "Presidential statement"},
		{Node{Symbol: "S/PRST/2018/10", Kind: "PresidentialStatement", Date: "2018-05-30", InCorpus: true}, "30 May 2018"},
		// only cited: the graph has its symbol and kind, nothing more
		{Node{Symbol: "S/RES/661(1990)", Kind: "Resolution"}, "not in the corpus"},
		{Node{Symbol: "S/2021/519", Kind: "UNDocument"}, "not in the corpus"},
	} {
		if got := ShortTitle(c.n); got != c.want {
			t.Errorf("ShortTitle(%s, %q) = %q, want %q", c.n.Symbol, c.n.Title, got, c.want)
		}
	}
}
