package extract

import (
	"strings"
	"testing"
)

// TestCountsBeyondCouncil holds the warning of a vote whose counts add up
// to more than the Council's members on its day (eleven until 1965,
// fifteen from 1966): it names the one reading of one misread figure that
// makes them the members, if there is one, and the counts stay as printed.
func TestCountsBeyondCouncil(t *testing.T) {
	for _, c := range []struct {
		line, date string
		warning    string // "" for none
	}{
		{"Adopted at the 2320th meeting by 73 votes to none, with 2 abstentions (German Democratic Republic and Union of Soviet Socialist Republics).", "1981-12-18", "is 13 in favour, 7 read for 1"},
		{"Adopted at the 1000th meeting by 8 votes to 7 (Cuba), with 2 abstentions.", "1962-06-22", "is 1 against, 7 read for 1"},
		// Two readings, or none: the warning names none.
		{"Adopted at the 2000th meeting by 14 votes to 4.", "1977-06-22", "members in 1977: a misread figure?"},
		{"Adopted at the 3000th meeting by 99 votes to none.", "1991-06-22", "members in 1991: a misread figure?"},
		// Within the Council: no warning.
		{"Adopted at the 2320th meeting by 13 votes to none, with 2 abstentions.", "1981-12-18", ""},
		{"Adopted at the 900th meeting by 10 votes to none, with 1 abstention.", "1960-06-22", ""},
		{"Adopted at the 900th meeting by 14 votes to none, with 1 abstention.", "", ""},
	} {
		v := readAdoption(c.line, "", c.date, &stateNameMemo{}, func(Warning) {}).vote
		if v == nil || !v.Counted {
			t.Fatalf("%q: no counts", c.line)
		}
		v.Date = c.date
		before := *v
		var warnings []Warning
		warnCountsBeyondCouncil(v, func(w Warning) { warnings = append(warnings, w) })
		if v.InFavourCount != before.InFavourCount || v.AgainstCount != before.AgainstCount || v.AbstainingCount != before.AbstainingCount {
			t.Errorf("%q: counts changed", c.line)
		}
		switch {
		case c.warning == "" && len(warnings) > 0:
			t.Errorf("%q: warned %v", c.line, warnings)
		case c.warning != "" && (len(warnings) != 1 || warnings[0].Kind != WarnVoteCount || !strings.Contains(warnings[0].Message, c.warning)):
			t.Errorf("%q: warnings %v, want one saying %q", c.line, warnings, c.warning)
		case c.warning != "" && !strings.Contains(c.warning, " read for ") && strings.Contains(warnings[0].Message, " read for "):
			t.Errorf("%q: names a reading: %v", c.line, warnings)
		}
	}
}

// TestCountsBeyondCouncilDev holds the development set's one vote that
// counts more than the Council's members to its warning, on its line,
// and to its counts as printed.
func TestCountsBeyondCouncilDev(t *testing.T) {
	results := devResults(t)
	const file = "S_RES_0498_1981_EN_GOLD.txt"
	r := results[file]
	if r.Source == nil || len(r.Source.Documents) != 1 || r.Source.Documents[0].Vote == nil {
		t.Fatalf("%s: no vote read", file)
	}
	v := r.Source.Documents[0].Vote
	if v.InFavourCount != 73 || v.AbstainingCount != 2 {
		t.Errorf("%s: counts %d and %d abstaining, want 73 as printed and 2", file, v.InFavourCount, v.AbstainingCount)
	}
	warned := 0
	for _, w := range r.Warnings {
		if w.Kind == WarnVoteCount && w.Span == v.Span && strings.Contains(w.Message, "is 13 in favour") {
			warned++
		}
	}
	if warned != 1 {
		t.Errorf("%s: %d warnings of the counts on the adoption line, want 1", file, warned)
	}
	for name, r := range results {
		for _, w := range r.Warnings {
			if w.Kind == WarnVoteCount && name != file {
				t.Errorf("%s: %s", name, w.Message)
			}
		}
	}
}
