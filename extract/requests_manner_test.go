package extract

import (
	"slices"
	"testing"
)

// TestMannerAdverbOpensClause holds the form of the older texts where an
// adverb of manner stands before the operative verb ("Urgently calls
// upon", "Deeply deplores", "Highly commends"): the clause opens there,
// its verb group taking the adverb and its lemma the verb alone; an
// adverb before a word that is no operative verb opens none.
func TestMannerAdverbOpensClause(t *testing.T) {
	for _, c := range []struct {
		text   string
		groups []string // the verb groups, as lowerVerb gives them
		lemmas []string
	}{
		{"Urgently calls upon Israel to rescind all such measures", []string{"urgently calls upon"}, []string{"calls upon"}},
		{"Deeply deplores any incursions by Portuguese military forces", []string{"deeply deplores"}, []string{"deplores"}},
		{"Highly commends the performance of the Force and reiterates its terms of reference", []string{"highly commends", "reiterates"}, []string{"commends", "reiterates"}},
		{"Welcomes the disposition of the Government, deeply regrets the refusal, and demands that it do so", []string{"welcomes", "deeply regrets", "demands"}, []string{"welcomes", "regrets", "demands"}},
		{"Takes note of the report and fully endorses the conclusions", []string{"takes note", "fully endorses"}, []string{"takes note", "endorses"}},
		{"Earnestly appeals to all States to contribute", []string{"earnestly appeals"}, []string{"appeals"}},
		{"Solemnly calls upon the parties; further urgently requests the Secretary-General to report", []string{"solemnly calls upon", "further urgently requests"}, []string{"calls upon", "requests"}},
		{"Considers that the State cannot continue its membership; and therefore recommends to the General Assembly that it decide", []string{"considers", "therefore recommends"}, []string{"considers", "recommends"}},
		// An adverb with no operative verb after it.
		{"Requests the parties to respect and fully implement the agreement, deeply concerned", []string{"requests"}, []string{"requests"}},
		{"Fully consistent with the efforts of the Secretary-General", nil, nil},
		{"Fully supports the efforts of the Secretary-General", []string{"fully supports"}, []string{"supports"}},
	} {
		var groups, lemmas []string
		for _, loc := range appendVerbLocs(nil, c.text) {
			v := lowerVerb(c.text[loc[2]:loc[3]])
			groups, lemmas = append(groups, v), append(lemmas, lastWords(v))
		}
		if !slices.Equal(groups, c.groups) || !slices.Equal(lemmas, c.lemmas) {
			t.Errorf("%q: groups %q, lemmas %q; want %q, %q", c.text, groups, lemmas, c.groups, c.lemmas)
		}
	}
}

// TestMannerAdverbOpensClauseDev holds the development set's clauses
// opened by an adverb of manner, each read with its addressees.
func TestMannerAdverbOpensClauseDev(t *testing.T) {
	checkDevClauses(t, []devClause{
		{"S_RES_0252_1968_EN_GOLD.txt", "op_3", 1, "urgently calls upon", []string{"state/ISR"}},
		{"S_RES_0180_1963_EN_GOLD.txt", "op_5", 1, "urgently calls upon", []string{"state/PRT"}},
		{"S_RES_0204_1965_EN_GOLD.txt", "op_1", 1, "deeply deplores", nil},
		{"S_RES_0450_1979_EN_GOLD.txt", "op_5", 1, "highly commends", []string{"unifil"}}, // "the performance of the Force": UNIFIL (shortNameMentions)
		{"S_RES_0450_1979_EN_GOLD.txt", "op_5", 2, "reiterates", nil},                     // the terms "as set out in the report of the Secretary-General": its author is asked nothing
	})
}
