package extract

import (
	"fmt"
	"maps"
	"slices"
	"testing"
)

// Ceilings of a mission's strength beyond "comprise up to N military
// personnel": comprised of, comprising, consisting of, a strength of up
// to a count of observers, troops, police monitors or officers; not an
// increase, nor an approximate strength.
func TestCeilingForms(t *testing.T) {
	for _, c := range []struct {
		name, title, operative, actor string
		military, police              int
	}{
		{"comprised of police monitors", "867 (1993)", "Decides that, in accordance with the report of 21 September 1993, the United Nations Mission in Haiti shall be comprised of up to 567 United Nations police monitors and a military construction unit with a strength of approximately 700;",
			"unmih", 0, 567},
		{"comprising observers", "999 (1990)", "Decides that the United Nations Observer Mission Uganda-Rwanda shall continue, comprising up to 81 military observers;",
			"unomur", 81, 0},
		{"strength in troops and police", "999 (1990)", "Decides that the United Nations Protection Force shall have an authorized strength of up to 6,000 troops and up to 1,000 civilian police;",
			"unprofor", 6000, 1000},
		{"observers in words", "999 (1990)", "Decides to establish a United Nations Observer Mission in Georgia (UNOMIG) in accordance with the above-mentioned report comprising up to eighty~eight military observers, plus minimal staff necessary to support UNOMIG;",
			"unomig", 88, 0},
		{"troops in words", "999 (1990)", "Decides that the United Nations Protection Force shall have an authorized strength of up to seven thousand troops;",
			"unprofor", 7000, 0},
		{"words with a hyphen", "999 (1990)", "Decides that the United Nations Observer Mission Uganda-Rwanda shall continue, comprising up to eighty-one military observers;",
			"unomur", 81, 0},
		{"force level", "999 (1990)", "Authorizes the gradual reduction of UNOSOM II to a force level of up to 22,000, and necessary support elements;",
			"unosom-ii", 22000, 0},
		{"consisting of personnel", "999 (1990)", "Decides that the United Nations Operation in Mozambique shall continue, consisting of up to 7,500 military personnel and up to 1,144 police personnel;",
			"onumoz", 7500, 1144},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, f := range factsIn(t, c.operative, "ceiling", c.title) {
				got = append(got, f.Paragraph.ID)
				if f.Military != c.military || f.Police != c.police || !slices.Equal(f.Actors, []string{c.actor}) {
					t.Errorf("ceiling of %v: %d military, %d police, want %s: %d, %d", f.Actors, f.Military, f.Police, c.actor, c.military, c.police)
				}
			}
			if len(got) != 1 {
				t.Errorf("ceilings in %v, want one", got)
			}
		})
	}
	// A line break between a kind's words, as a paragraph's text has
	// between its blocks: the count and the next read all the same.
	for _, c := range []struct {
		s, text          string
		military, police int
	}{
		{"consisting of up to 7,500 military\npersonnel and up to 1,144 police personnel;", "up to 7,500 military\npersonnel and up to 1,144 police personnel", 7500, 1144},
		{"comprising up to 6,000 troops and up to 1,000 civilian\npolice;", "up to 6,000 troops and up to 1,000 civilian\npolice", 6000, 1000},
	} {
		if got := findStrengthUpTo(c.s); got.military != c.military || got.police != c.police || c.s[got.start:got.end] != c.text {
			t.Errorf("%q: %d military, %d police in %q, want %d, %d in %q", c.s, got.military, got.police, c.s[got.start:got.end], c.military, c.police, c.text)
		}
	}
	for _, operative := range []string{
		"Authorizes the strengthening of the Force by the addition of up to 60 military observers and 120 civilian police;",
		"Decides that the United Nations Mission shall include a military construction unit with a strength of approximately 700 troops;",
		"Decides to approve the increase in the strength of the United Nations Interim Force in Lebanon from 6,000 to approximately 7,000 troops;",
		"Requests the Secretary-General to report within a period of up to 90 days;",
		"Authorizes the strengthening of the Force by the addition of up to sixty military observers and one hundred and twenty civilian police;",
		"Decides that the Mission shall be composed of up to several hundred military observers;",
	} {
		for _, f := range factsIn(t, operative, "ceiling", "999 (1990)") {
			t.Errorf("%q: ceiling of %d military, %d police read", operative, f.Military, f.Police)
		}
	}
}

// The development set's ceilings, as read by hand: "2. Decides that …
// the United Nations Mission shall be comprised of up to 567 United
// Nations police monitors (UNPMS) and a military construction unit with a
// strength of approximately 700"; "Decides to establish a United Nations
// Observer Mission in Georgia (UNOMIG) … comprising up to eighty~eight
// military observers"; "Authorizes the gradual reduction of UNOSOM II to
// a force level of up to 22,000".
func TestDevelopmentSetCeilings(t *testing.T) {
	want := map[string]string{
		"S_RES_0858_1993_EN_GOLD.txt": "op_2 [unomig] 88 0",
		"S_RES_0867_1993_EN_GOLD.txt": "op_2 [unmih] 0 567",
		"S_RES_0897_1994_EN_GOLD.txt": "op_3 [unosom-ii] 22000 0",
	}
	got := map[string]string{}
	for file, r := range devResults(t) {
		if r.Source == nil {
			continue
		}
		for _, f := range r.Source.Documents[0].Mandate {
			if f.Kind == "ceiling" {
				got[file] += fmt.Sprintf("%s %v %d %d", f.Paragraph.ID, f.Actors, f.Military, f.Police)
			}
		}
	}
	if !maps.Equal(got, want) {
		t.Errorf("ceilings %v, want %v", got, want)
	}
}
