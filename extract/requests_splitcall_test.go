package extract

import (
	"slices"
	"testing"
)

// "Calls upon" with its adverbs inside it ("Calls again upon", "Calls
// once more upon", "Calls further for"), and an underscore OCR left
// between its words, opens a request as "calls upon" does; "calls"
// alone, or before another word, opens none. Lines as the texts of
// 1969-1994 print them.
func TestSplitCallsUpon(t *testing.T) {
	for _, c := range []struct {
		paragraph, verb, lemma string
		addressee              []string
	}{
		{"Calls again upon the Government of Israel to respect and to comply with the provisions;", "calls again upon", "calls upon", []string{"state/ISR"}},
		{"Calls once again upon all States not to provide Israel with any assistance;", "calls once again upon", "calls upon", []string{"all-states"}},
		{"Urgently calls once more upon Israel to rescind forthwith all measures;", "urgently calls once more upon", "calls upon", []string{"state/ISR"}},
		{"Calls also upon all parties concerned to refrain from activities;", "calls also upon", "calls upon", []string{"the-parties"}},
		{"Calls further for the restoration of the normal supply of vital facilities;", "calls further for", "calls for", nil},
		{"Calls again\nupon the parties to adhere fully to these principles;", "calls again upon", "calls upon", []string{"the-parties"}},
		{"Calls _ on the Government of Georgia to conclude expeditiously an agreement;", "calls _ on", "calls on", []string{"state/GEO"}},
		{"Calls also _ upon all parties to respect the safety of the observers;", "calls also _ upon", "calls upon", []string{"the-parties"}},
	} {
		rs := operativeRequests(t, c.paragraph)
		if len(rs) == 0 {
			t.Errorf("%q: no request", c.paragraph)
			continue
		}
		if r := rs[0]; r.Verb != c.verb || r.Lemma != c.lemma || !slices.Equal(r.Addressee, c.addressee) {
			t.Errorf("%q: %q (%q) to %q; want %q (%q) to %q", c.paragraph, r.Verb, r.Lemma, r.Addressee, c.verb, c.lemma, c.addressee)
		}
	}
	for _, p := range []string{
		"Notes that the Secretary-General calls again the parties to meet;",
		"Notes the appeal, which calls also on all States to help;",
	} {
		for _, r := range operativeRequests(t, p) {
			if r.Lemma == "calls upon" || r.Lemma == "calls on" {
				t.Errorf("%q: a request %q", p, r.Verb)
			}
		}
	}
}

// The development set's "calls upon" with adverbs inside, as read by hand.
func TestSplitCallsUponDev(t *testing.T) {
	checkDevClauses(t, []devClause{
		{"S_RES_0267_1969_EN_GOLD.txt", "op_5", 1, "urgently calls once more upon", []string{"state/ISR"}},
		{"S_RES_0450_1979_EN_GOLD.txt", "op_3", 1, "calls also upon", []string{"the-parties"}},
		{"S_RES_0471_1980_EN_GOLD.txt", "op_4", 1, "calls again upon", []string{"state/ISR"}},
		{"S_RES_0471_1980_EN_GOLD.txt", "op_5", 1, "calls once again upon", []string{"all-states"}},
		{"S_RES_0513_1982_EN_GOLD.txt", "op_2", 1, "calls further for", nil},
		{"S_RES_0750_1992_EN_GOLD.txt", "op_3", 1, "calls again upon", []string{"the-parties"}},
		{"S_RES_0762_1992_EN_GOLD.txt", "op_11", 1, "calls again upon", []string{"the-parties"}},
		{"S_RES_0858_1993_EN_GOLD.txt", "op_8", 1, "calls _ on", []string{"state/GEO"}},
	})
}
