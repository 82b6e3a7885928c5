package extract

import "testing"

// TestIncludedAddressees holds the bodies a ", including" adds to a
// request's addressees before the action's "to", set off by commas
// (includedEnd): each is asked as the first addressee is. A ", including"
// whose words run to a "to" with no comma before it says what the clause
// speaks of, and adds no one; one that ends the clause is no action.
// Inside the list, an actor after a group's "of" says what the group is
// (qualifiesGroup), not whom the clause asks.
func TestIncludedAddressees(t *testing.T) {
	checkFirstAddressees(t, []firstAddressees{
		{"Calls upon the international community, including the specialized agencies, the United Nations Development Programme and the World Bank, to assist Mozambique;",
			[]string{"undp", "world-bank", "international-community", "specialized-agencies"}},
		{"Requests the United Nations and the organizations and programmes concerned, including the World Food Programme, the United Nations Children's Fund and the World Health Organization, to provide assistance;",
			[]string{"united-nations", "wfp", "unicef", "who"}},
		{"Requests the Secretary-General, including through his Special Representative for\nAngola, to report;", []string{"secretary-general"}},
		{"Urges Member States and international organizations, including the\nUnited Nations High Commissioner for Refugees, to contribute;", []string{"member-states", "unhcr"}},
		{"Requests all States, including States not Members of the United Nations, to act strictly in accordance with the present resolution;", []string{"all-states"}},
		{"Appeals to all States and international organizations, including the specialized agencies of the United Nations, to assist the Republic of Seychelles;",
			[]string{"all-states", "specialized-agencies"}},
		// No comma before the action's "to": what the clause speaks of
		// (South Africa is not asked to prevent the recruitment).
		{"Calls upon all States, including those whose nationals serve South Africa as mercenaries to prevent such recruitment;", []string{"all-states"}},
		// The list ends the clause, whose action is printed in a later
		// one: more addressees, no action.
		{"Calls upon all States, including those of the region; and urges UNITA, to comply;", []string{"all-states"}},
		// Outside such a list an actor after "of" is asked as before.
		{"Calls upon the Government and people of Israel to rescind those measures;", []string{"state/ISR"}},
	})
	for _, c := range []struct{ paragraph, action string }{
		{"Calls upon all States, including those whose nationals serve South Africa as mercenaries to prevent such recruitment;", "to prevent such recruitment"},
		{"Calls upon all States, including those of the region; and urges UNITA, to comply;", ""},
		{"Welcomes the humanitarian assistance already provided, including by international aid agencies, and urges Member States to contribute;", ""}, // 876 (1993) op_6
	} {
		if rs := operativeRequests(t, c.paragraph); len(rs) == 0 || rs[0].Action != c.action {
			for _, r := range rs {
				t.Logf("%q: %q to %q, %q", c.paragraph, r.Verb, r.Addressee, r.Action)
			}
			t.Errorf("%q: the first request's action is not %q", c.paragraph, c.action)
		}
	}
}

// TestNewCollectiveAddressees holds the collectives the registry gained
// for forms a request names its addressees in: the international
// community, all concerned, the States concerned, neighbouring States,
// the specialized agencies; and the groups that stay unread.
func TestNewCollectiveAddressees(t *testing.T) {
	checkFirstAddressees(t, []firstAddressees{
		{"Urges the international community to maintain the existing measures;", []string{"international-community"}},
		{"Appeals to the international\ncommunity to provide the necessary financial assistance;", []string{"international-community"}},
		{"Appeals to the international community to make voluntary financial contributions;", []string{"international-community"}},
		{"Calls upon all concerned to work towards the consolidation of the cease-fire;", []string{"all-concerned"}},
		{"Requests all concerned to cooperate fully with the Secretary-General;", []string{"all-concerned"}},
		{"Calls on those concerned to ensure that measures are taken;", []string{"all-concerned"}},
		{"Requests the Governments concerned to continue their efforts;", []string{"states-concerned"}},
		{"Calls upon the two Governments concerned to comply with their obligations;", []string{"states-concerned"}},
		{"Demands that the Governments concerned cease fire;", []string{"states-concerned"}},
		{"Requests the States concerned to keep the Council informed;", []string{"states-concerned"}},
		{"Requests the neighbouring States to accord the Special Mission every co-operation;", []string{"neighbouring-states"}},
		{"Requests neighbouring States to cooperate fully;", []string{"neighbouring-states"}},
		{"Calls upon the specialized agencies to assist;", []string{"specialized-agencies"}},
		// Not addressed: the collective's words name something else.
		{"Condemns the attacks on the personnel of the international community in the region;", nil},
		{"Requests the Secretary-General to consult the neighbouring States and to report;", []string{"secretary-general"}},
		{"Calls upon all parties concerned to co-operate fully with the Force;", []string{"the-parties"}},
	})
	// "All other States" are all States (TestAllOtherStates): the ones
	// a clause before named are asked already.
}

// TestNewCollectiveAddresseesDev holds development requests addressed
// in those forms, as read by hand.
func TestNewCollectiveAddresseesDev(t *testing.T) {
	checkDevClauses(t, []devClause{
		{"S_RES_0411_1977_EN_GOLD.txt", "op_11", 1, "requests", []string{"united-nations", "ecosoc", "fao", "wfp", "unicef", "ifad", "unhcr", "unesco", "unctad", "undp", "who"}},
		{"S_RES_0507_1982_EN_GOLD.txt", "op_8", 1, "", []string{"all-states", "specialized-agencies"}},
		{"S_RES_0558_1984_EN_GOLD.txt", "op_3", 1, "", []string{"all-states"}},
		{"S_RES_0765_1992_EN_GOLD.txt", "op_7", 1, "", []string{"international-community"}},
		{"S_RES_0882_1993_EN_GOLD.txt", "op_14", 1, "", []string{"international-community"}},
		{"S_RES_0750_1992_EN_GOLD.txt", "op_5", 1, "", []string{"all-concerned"}},
		{"S_RES_0678_1990_EN_GOLD.txt", "op_4", 1, "", []string{"states-concerned"}},
		{"S_RES_0327_1973_EN_GOLD.txt", "op_4", 1, "", []string{"neighbouring-states"}},
	})
}
