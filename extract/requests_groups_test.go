package extract

import (
	"slices"
	"testing"
)

// A place or a name that says which group a clause asks ("all parties
// in Cambodia", "the parties of the region") or qualifies it ("States
// with legislation permitting importation … from Southern Rhodesia") is
// asked nothing: the group is, read as a collective where it is one. The
// authorities or Government "in" a place are that place's, and a comma
// ends the qualifier. Lines as the texts of 1964-1994 print them.
func TestGroupsPlacedOrQualified(t *testing.T) {
	checkFirstAddressees(t, []firstAddressees{
		{"Calls upon all parties in Cambodia to cooperate fully with the Authority to identify minefields;", []string{"the-parties"}},
		{"Calls on all parties in Somalia fully to cooperate with the Commission;", []string{"the-parties"}},
		{"Urges all parties in South Africa, including those which did not participate fully in the talks, to respect agreements reached;", []string{"the-parties"}},
		{"Calls upon all factions in Haiti explicitly and publicly to renounce violence;", []string{"the-parties"}},
		{"Calls upon all parties and others concerned in Bosnia and Herzegovina to cooperate fully with the Force;", []string{"the-parties"}},
		// The parties a participle narrows are the parties still; States
		// parties to a convention are no parties to a conflict.
		{"Calls upon all parties participating in the negotiations to show flexibility;", []string{"the-parties"}},
		{"Calls upon all States parties to fully implement the Convention;", []string{"all-states"}},
		{"Calls upon the communities in Cyprus and their leaders to act with the utmost restraint;", nil},
		{"Urges all sectors of society in El Salvador to cooperate in such an investigation;", nil},
		{"Urges the armed forces in Lebanon and others concerned to comply strictly with their obligations;", nil},
		{"Urges the Force presence in Cyprus to coordinate closely with the mission there;", nil},
		{"Calls upon all groups of Lebanon to exercise restraint;", nil},
		{"Requests States with legislation permitting importation of minerals and other products from Southern Rhodesia to repeal it immediately;", nil},
		{"Calls upon all States continuing to have economic and other relations with Southern Rhodesia to end such relations immediately;", nil},
		{"Authorizes Member States co-operating with the Government of Kuwait to use all necessary means;", []string{"member-states"}},
		// The place's own: its authorities, its Government, its forces.
		{"Calls upon the relevant authorities in El Salvador to take all necessary measures;", []string{"state/SLV"}},
		{"Calls upon the Government of Lebanon to extend its authority;", []string{"state/LBN"}},
		{"Calls upon the forces of Israel to withdraw;", []string{"state/ISR"}},
		{"Calls upon Member States, and the Government of Kuwait, to co-operate;", []string{"member-states", "state/KWT"}},
	})
}

// A condition set off by a comma ("unless", "if", "should", "provided
// that") ends the addressees: whom it names is not asked.
func TestConditionEndsAddressees(t *testing.T) {
	checkFirstAddressees(t, []firstAddressees{
		{"Authorizes Member States co-operating with the Government of Kuwait, unless Iraq on or before 15 January 1991 fully implements the above-mentioned resolutions, to use all necessary means;", []string{"member-states"}},
		{"Requests the Secretary-General, if Israel fails to comply, to report to the Council;", []string{"secretary-general"}},
		{"Calls upon Cyprus, should the talks with Turkey fail, to refrain from any action;", []string{"state/CYP"}},
		{"Invites the Secretary-General, provided that Iraq consents, to dispatch a mission;", []string{"secretary-general"}},
		{"Invites the Secretary-General, provided the Government of Iraq consents, to dispatch a mission;", []string{"secretary-general"}},
		// A comma that opens no condition ends nothing.
		{"Calls upon Iran, Iraq and all States to exercise restraint;", []string{"state/IRN", "state/IRQ", "all-states"}},
	})
	for _, c := range []struct{ paragraph, action string }{
		{"Invites the parties, should it appear that some withdrawals of armed forces are necessary, to conclude the agreements;", "to conclude the agreements"},
	} {
		if rs := operativeRequests(t, c.paragraph); len(rs) == 0 || rs[0].Action != c.action {
			t.Errorf("%q: action not %q", c.paragraph, c.action)
		}
	}
}

// The parties named by their people ("the Angolan parties", "all
// Cambodian parties", "all Somali factions") and "all factions" are the
// parties; "all Governments" are all States, but not "all Governments
// concerned" nor those a participle narrows; "all other States" are all
// States (TestAllOtherStates); leaders named by a people ("the African
// leaders") are no collective.
func TestPartiesByPeopleAndAllGovernments(t *testing.T) {
	checkFirstAddressees(t, []firstAddressees{
		{"Calls upon the Angolan parties to cooperate fully with the Special Representative;", []string{"the-parties"}},
		{"Urges all Cambodian parties to cooperate fully with the Authority;", []string{"the-parties"}},
		{"Demands that all Somali parties refrain from any acts of intimidation;", []string{"the-parties"}},
		{"Urges the Liberian factions to respect the cease-fire;", []string{"the-parties"}},
		{"Calls upon Cyprus, and the Cypriot parties for their part, to cooperate fully;", []string{"state/CYP", "the-parties"}},
		{"Requests all Governments and organizations to take all appropriate measures;", []string{"all-states"}},
		{"Requests the Committee and all Governments to take urgent action;", []string{"all-states"}},
		{"Requests all Governments concerned to report;", []string{"states-concerned"}},
		// Governments and authorities: the States and the bodies that are
		// none (Palestine's of 1948), which no collective is.
		{"Calls upon all Governments and authorities concerned to continue to co-operate with the Mediator;", nil},
		{"Calls on all parties and others concerned, including all Governments operating aircraft in the area, to cooperate fully;", []string{"the-parties"}},
		{"Commends the African leaders for their efforts;", nil},
		{"Calls upon the parties to the Convention to comply;", nil},
	})
}

// A pronoun asked stands for the last post the paragraph names ("him",
// "her"), or for the addressees of the clause before where they agree in
// number ("them", "it"); where that is not clear it is left unaddressed.
// "It" asks as the whole window but for adverbs ("encourages it to …",
// "invites it once again to …").
func TestPronounAddressees(t *testing.T) {
	for _, c := range []struct {
		paragraph string
		want      []string
	}{
		{"Endorses the report of the Secretary-General; commends him for his efforts;", []string{"secretary-general"}},
		{"Welcomes the initiatives undertaken by the Secretary-General, and calls on him to apply them;", []string{"secretary-general"}},
		{"Calls upon all parties concerned to cooperate fully with the Mission and urges them to complete such implementation;", []string{"the-parties"}},
		{"Notes with satisfaction that the parties have resumed the talks and urges them to pursue these talks;", []string{"the-parties"}},
		{"Urges Iran and Iraq to observe the cease-fire and calls upon them to exercise restraint;", []string{"state/IRN", "state/IRQ"}},
		{"Expresses its satisfaction with the declared policy of the Government of Lebanon and encourages it to increase its efforts;", []string{"state/LBN"}},
		{"Welcomes the declared policy of the Government of Lebanon, and invites it once again to increase its efforts;", []string{"state/LBN"}},
		// Not clear: no post, a number that does not agree, no clause before.
		{"Commends the efforts of the Secretary-General and the action of international agencies and requests them to continue their efforts;", nil},
		{"Directs the Chief of Staff to take the necessary steps and authorizes him to take such measures;", nil},
		{"Requests all States to refrain from supplying arms and requests it to report;", nil},
		{"Urges them to pursue these talks;", nil},
		{"Requests him to report;", nil},
	} {
		rs := operativeRequests(t, c.paragraph)
		if len(rs) < 1 {
			t.Errorf("%q: no request", c.paragraph)
			continue
		}
		if last := rs[len(rs)-1]; !slices.Equal(last.Addressee, c.want) {
			t.Errorf("%q: %q addressed to %q, want %q", c.paragraph, last.Verb, last.Addressee, c.want)
		}
	}
}

// The development set's groups, conditions, peoples' parties and
// pronouns, as read by hand.
func TestGroupsAndPronounsDev(t *testing.T) {
	checkDevClauses(t, []devClause{
		{"S_RES_0186_1964_EN_GOLD.txt", "op_3", 1, "calls upon", nil},                       // the communities in Cyprus
		{"S_RES_0333_1973_EN_GOLD.txt", "op_3", 1, "requests", nil},                         // States with legislation … from Southern Rhodesia
		{"S_RES_0678_1990_EN_GOLD.txt", "op_2", 1, "authorizes", []string{"member-states"}}, // co-operating with Kuwait, unless Iraq
		{"S_RES_0762_1992_EN_GOLD.txt", "op_4", 1, "urges", nil},                            // the Serb … forces in Croatia
		{"S_RES_0762_1992_EN_GOLD.txt", "op_2", 1, "urges", []string{"the-parties"}},        // all parties and others concerned
		{"S_RES_0783_1992_EN_GOLD.txt", "op_7", 2, "calls upon", []string{"the-parties"}},   // all parties in Cambodia
		{"S_RES_0795_1992_EN_GOLD.txt", "op_4", 1, "urges", []string{"unprofor"}},           // the Force (UNPROFOR, shortNameMentions) presence in …; the place asks nothing
		{"S_RES_0867_1993_EN_GOLD.txt", "op_8", 1, "calls upon", []string{"the-parties"}},   // all factions in Haiti
		{"S_RES_0894_1994_EN_GOLD.txt", "op_3", 1, "calls upon", []string{"the-parties"}},   // all parties in South Africa
		{"S_RES_0318_1972_EN_GOLD.txt", "op_5", 1, "calls upon", nil},                       // all States continuing to have relations with …
		{"S_RES_0417_1977_EN_GOLD.txt", "op_4", 1, "requests", []string{"all-states"}},      // all Governments and organizations
		{"S_RES_0054_1948_EN_GOLD.txt", "op_4", 1, "calls upon", nil},                       // all Governments and authorities concerned
		{"S_RES_0786_1992_EN_GOLD.txt", "op_3", 2, "calls on", []string{"the-parties"}},     // …, including all Governments operating aircraft
		{"S_RES_0747_1992_EN_GOLD.txt", "op_2", 1, "calls upon", []string{"the-parties"}},   // the Angolan parties
		{"S_RES_0810_1993_EN_GOLD.txt", "op_9", 1, "demands", []string{"the-parties"}},      // that all Cambodian parties take
		{"S_RES_0717_1991_EN_GOLD.txt", "op_3", 1, "calls upon", []string{"snc", "the-parties"}},
		{"S_RES_0774_1992_EN_GOLD.txt", "op_1", 2, "commends", []string{"secretary-general"}}, // the report of the Secretary-General; commends him
		{"S_RES_0444_1979_EN_GOLD.txt", "op_3", 2, "encourages", []string{"state/LBN"}},       // the Government of Lebanon …; encourages it
		{"S_RES_0486_1981_EN_GOLD.txt", "op_2", 2, "urges", []string{"the-parties"}},          // that the parties have resumed …; urges them
		{"S_RES_0813_1993_EN_GOLD.txt", "op_15", 2, "calls upon", []string{"the-parties"}},
		{"S_RES_0513_1982_EN_GOLD.txt", "op_3", 2, "requests", nil},     // them: the Secretary-General and agencies, one read
		{"S_RES_0093_1951_EN_GOLD.txt", "op_u11", 2, "authorizes", nil}, // him: the Chief of Staff, no post read
	})
}

// A "not" before the action's "to" denies the action, and the action
// keeps it: "Calls upon all States not to recognize …" asks them not to,
// which an action read from "to" says the other way round. The addressees
// are read as without it.
func TestNegatedActionKeepsNot(t *testing.T) {
	for _, c := range []struct {
		paragraph, action string
		addressee         []string
	}{
		{"Calls upon all States not to recognize the so-called independence of the Transkei;", "not to recognize the so-called independence of the Transkei", []string{"all-states"}},
		{"Calls upon all States not to provide Israel with any assistance to be used specifically in connexion with settlements;", "not to provide Israel with any assistance to be used specifically in connexion with settlements", []string{"all-states"}},
		{"Decides to call upon all States not to recognize this illegal racist minority régime in Southern Rhodesia;", "not to recognize this illegal racist minority régime in Southern Rhodesia", []string{"all-states"}},
		{"Urges Member States not to accord any recognition to such a settlement;", "not to accord any recognition to such a settlement", []string{"member-states"}},
		// "not" elsewhere is left where it stands.
		{"Calls upon all States to refrain from any action, not least the supply of arms;", "to refrain from any action, not least the supply of arms", []string{"all-states"}},
		{"Requests the Secretary-General to report not later than 15 March 1980;", "to report not later than 15 March 1980", []string{"secretary-general"}},
	} {
		rs := operativeRequests(t, c.paragraph)
		if len(rs) == 0 {
			t.Errorf("%q: no request", c.paragraph)
		} else if rs[0].Action != c.action || !slices.Equal(rs[0].Addressee, c.addressee) {
			t.Errorf("%q: %q to %q; want %q to %q", c.paragraph, rs[0].Action, rs[0].Addressee, c.action, c.addressee)
		}
	}
}
