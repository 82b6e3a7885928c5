package extract

import (
	"slices"
	"testing"
)

// "Members of the United Nations", plural, with or without "States"
// before it, are the Member States, not the United Nations; "States not
// Members of the United Nations" are not, and "a Member of the United
// Nations" is one state, no collective: both stay the United Nations'
// mention. Lines as the texts of 1947-1984 print them.
func TestMembersOfTheUnitedNations(t *testing.T) {
	checkMentionedOn(t, []datedLine{
		{"1968-01-01", "Calls upon all States Members of the United Nations to comply", []string{"member-states"}, nil},
		{"1968-01-01", "Calls upon States Members of the United\nNations to co-operate", []string{"member-states"}, nil},
		{"1968-01-01", "Convinced that all Members of the United Nations should co-operate", []string{"member-states"}, nil},
		{"1968-01-01", "Notes that Members of the United Nations have transmitted", []string{"member-states"}, nil},
		// Not the Member States.
		{"1968-01-01", "Requests all States, including States not Members of the United Nations, to act", []string{"united-nations"}, nil},
		{"1968-01-01", "all the obligations of a Member of the United Nations under Article 94", []string{"united-nations"}, nil},
		{"1968-01-01", "the Members of the Security Council", []string{"security-council"}, nil},
	})
	for _, line := range []string{"Welcomes the Members of the United Nations Mission"} {
		if got := mentionedOn(line, "1968-01-01"); slices.Contains(got, "member-states") {
			t.Errorf("%q: actors %q, want no member-states", line, got)
		}
	}
	checkFirstAddressees(t, []firstAddressees{
		{"Calls upon all States Members of the United Nations to comply with the above-mentioned resolution;", []string{"member-states"}},
	})
}

// The development set's "(States) Members of the United Nations", as
// read by hand.
func TestMembersOfTheUnitedNationsDev(t *testing.T) {
	checkDevClauses(t, []devClause{
		{"S_RES_0192_1964_EN_GOLD.txt", "op_2", 1, "calls upon", []string{"member-states"}},
		{"S_RES_0246_1968_EN_GOLD.txt", "op_3", 1, "calls upon", []string{"member-states"}},
		{"S_RES_0558_1984_EN_GOLD.txt", "op_3", 1, "requests", []string{"all-states"}},
	})
	checkDevParagraphActors(t, []devParagraphActors{
		{"S_RES_0258_1968_EN_GOLD.txt", "pp_3", []string{"member-states"}, []string{"united-nations"}},
		{"S_RES_0144_1960_EN_GOLD.txt", "pp_5", []string{"member-states"}, []string{"united-nations"}},
		{"S_RES_0558_1984_EN_GOLD.txt", "op_3", []string{"united-nations"}, []string{"member-states"}},
		{"S_RES_0009_1946_EN_GOLD.txt", "op_1", []string{"united-nations"}, []string{"member-states"}},
	})
}
