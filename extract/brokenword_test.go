package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestBrokenWordLineKeepsItsSpace holds the form where a line that breaks
// a word with a hyphen at its end is not a block's first line: the line
// break before it is a space like any other, and only its closing hyphen
// and the break after it go. Each text is one block of the lines given.
func TestBrokenWordLineKeepsItsSpace(t *testing.T) {
	for _, c := range []struct{ lines, want string }{
		// An adoption record split over lines, its count opening the line
		// that breaks a state's name.
		{"Adopted at the 2180th meeting by 12 votes to none, with\n2 abstentions (Czechoslovakia, Union of Soviet Social-\nist Republics).",
			"Adopted at the 2180th meeting by 12 votes to none, with 2 abstentions (Czechoslovakia, Union of Soviet Socialist Republics)."},
		{"Adopted at the 2511th meeting\nby 13 votes to none, with\n2 abstentions (United King-\ndom of Great Britain and\nNorthern Ireland, United\nStates of America).",
			"Adopted at the 2511th meeting by 13 votes to none, with 2 abstentions (United Kingdom of Great Britain and Northern Ireland, United States of America)."},
		{"Adopted at the 1716th meeting by 12 votes to none with\n3 abstentions (France,\nUnited Kingdom of Great\nBritain and Northern Ire-\nland, United States of\nAmerica).",
			"Adopted at the 1716th meeting by 12 votes to none with 3 abstentions (France, United Kingdom of Great Britain and Northern Ireland, United States of America)."},
		// A paragraph: the word before the line is its own.
		{"Calls upon the parties to cease hostilities in the\nentire area of conflict immedi-\nately, and promptly withdraw all armed personnel;",
			"Calls upon the parties to cease hostilities in the entire area of conflict immediately, and promptly withdraw all armed personnel;"},
		// Two broken words running: the second line carries the first
		// word on and breaks the next, with no space between.
		{"Strongly condemns the Govern-\nment's continued occu-\npation of the territory;",
			"Strongly condemns the Government's continued occupation of the territory;"},
		// A hyphen kept (a compound) joins with nothing, as before.
		{"Commends the troop-\ncontributing countries and the peace-\nkeeping operation;",
			"Commends the troop-contributing countries and the peace-keeping operation;"},
		// The first line breaking a word, as before.
		{"Calls upon the Govern-\nment to co-operate;",
			"Calls upon the Government to co-operate;"},
	} {
		sc := newFileScratch()
		var got []string
		for _, b := range sc.buildBlocks(sc.splitLines(c.lines), false) {
			got = append(got, b.t.s)
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("blocks of %q:\n%q\nwant\n%q", c.lines, got, c.want)
		}
	}
}

// TestBrokenWordLineDevVotes holds the development set's adoption records
// whose abstentions come on a line that breaks a state's name: the count
// and the states are read, where "with2 abstentions" read as none.
func TestBrokenWordLineDevVotes(t *testing.T) {
	results := devResults(t)
	for _, c := range []struct {
		file       string
		inFavour   int
		abstaining int
		states     []string
	}{
		{"S_RES_0459_1979_EN_GOLD.txt", 12, 2, []string{"CSK", "SUN"}},
		{"S_RES_0546_1984_EN_GOLD.txt", 13, 2, []string{"GBR", "USA"}},
		{"S_RES_0333_1973_EN_GOLD.txt", 12, 3, []string{"FRA", "GBR", "USA"}},
	} {
		r, ok := results[c.file]
		if !ok || r.Source == nil || len(r.Source.Documents) != 1 {
			t.Errorf("%s: not read", c.file)
			continue
		}
		v := r.Source.Documents[0].Vote
		if v == nil {
			t.Errorf("%s: no vote", c.file)
			continue
		}
		var states []string
		for _, a := range v.Abstaining {
			states = append(states, a.State)
		}
		slices.Sort(states)
		if v.InFavourCount != c.inFavour || v.AbstainingCount != c.abstaining || !slices.Equal(states, c.states) {
			t.Errorf("%s: %d in favour, %d abstaining %v; want %d, %d %v", c.file, v.InFavourCount, v.AbstainingCount, states, c.inFavour, c.abstaining, c.states)
		}
		for _, w := range r.Warnings {
			if strings.Contains(w.Message, "GreatBritain") {
				t.Errorf("%s: %s", c.file, w.Message)
			}
		}
	}
	// A paragraph of the set whose words ran together across such a line.
	r := results["S_RES_0210_1965_EN_GOLD.txt"]
	if r.Source == nil || len(r.Source.Documents) != 1 {
		t.Fatal("S_RES_0210_1965_EN_GOLD.txt: not read")
	}
	for _, p := range r.Source.Documents[0].Paragraphs {
		if strings.Contains(p.Text, "theentire") {
			t.Errorf("S_RES_0210_1965_EN_GOLD.txt %s: %q", p.ID, p.Text)
		}
	}
}
