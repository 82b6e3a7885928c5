package extract

import "testing"

// A judging verb ("Condemns", "Commends", "Deplores", "Censures",
// "Congratulates", "Deprecates") addresses the actor it judges, named
// before the reason for the judgment: a "for" or "on" that a lower-case
// word follows, "against" its victim, "in violation of" what it breaks.
// Those the reason names are asked nothing. Sentences as the texts of
// 1966-1993 print them, and their variants.
func TestJudgedActorBeforeReason(t *testing.T) {
	checkFirstAddressees(t, []firstAddressees{
		{"Strongly condemns the illegal racist minority régime in Southern Rhodesia for its recent acts of aggression against the People's Republic of Mozambique;", []string{"state/ZWE"}},
		{"Condemns South Africa for its continued support of the illegal régime in Southern Rhodesia in contravention of Security Council resolutions on sanctions;", []string{"state/ZAF"}},
		{"Censures Israel for this large-scale military action in violation of the United Nations Charter and of the General Armistice Agreement between Israel and Jordan;", []string{"state/ISR"}},
		{"Commends the Republic of Zambia and other front-line States for their steadfast support of the people of Namibia;", []string{"state/ZMB"}},
		{"Congratulates the Government of Zambia for having severed its trade relations with Southern Rhodesia;", []string{"state/ZMB"}},
		{"Condemns South Africa's aggression against the People's Republic of Angola;", []string{"state/ZAF"}},
		{"Strongly condemns the mercenary aggression against the Republic of Seychelles;", nil},
		{"Condemns the premeditated air attack by Israel on villages in southern Lebanon in violation of its obligations under the Charter;", []string{"state/ISR"}},
		{"Commends the OAU for its efforts in support of the peace process in Liberia;", []string{"oau"}},
		// Two actors, each with its reason.
		{"Commends the Secretary-General for his efforts and the Organization of African Unity for its support;", []string{"secretary-general", "oau"}},
		{"Condemns Israel for its attack, and the Government of South Africa for its support of it;", []string{"state/ISR", "state/ZAF"}},
		// The victim of an attack, after "on".
		{"Condemns the attack on the United Nations Protection Force;", nil},
		{"Strongly condemns the attacks by Bosnian Serb paramilitary units on the United Nations Protection Force;", []string{"bosnian-serb-party"}},
	})
}

// A judging verb asks nothing: what its clause says after a "to" is the
// reason or the thing judged ("Commends ECOWAS for its efforts to restore
// peace", "Deplores the failure of Israel to comply"), no action.
func TestJudgingVerbsAskNoAction(t *testing.T) {
	for _, text := range []string{
		"Commends ECOWAS for its efforts to restore peace, security and stability in Liberia;",
		"Deplores the failure of Israel to comply with the General Assembly resolutions mentioned above;",
		"Strongly condemns the decision of Israel, the occupying Power, to resume deportations of Palestinian civilians;",
	} {
		rs := operativeRequests(t, text)
		if len(rs) == 0 || rs[0].Action != "" {
			t.Errorf("%q: action %q, want none", text, firstAction(rs))
		}
	}
}

// A noun's "to" ("the right … to self-determination", "damage to
// property", "assistance to Cambodia") ends the addressees but opens no
// action: the action is an infinitive after it, or none. A preposition's
// "to" ("pursuant to Article 40", "up to sixty observers") does neither.
func TestNounsToOpenNoAction(t *testing.T) {
	for _, c := range []struct{ text, action string }{
		{"Reaffirms the right of the people of Zimbabwe to self-determination and independence, in accordance with General Assembly resolution 1514 (XV);", ""},
		{"Reaffirms the inalienable right of the peoples of Angola and Mozambique to self-determination and independence;", ""},
		{"Reaffirms the applicability of the Geneva Convention relative to the Protection of Civilian Persons in Time of War to all the Palestinian territories;", ""},
		{"Invites the States and international organizations providing economic assistance to Cambodia to convene a meeting;", "to convene a meeting"},
		{"Orders the Governments and authorities concerned, pursuant to Article 40 of the Charter, to desist from further military action;", "to desist from further military action"},
		{"Authorizes the strengthening of the Force by the addition of up to sixty military observers to perform the functions envisaged;", "to perform the functions envisaged"},
		{"Calls for the immediate withdrawal of all forces, in accordance with resolution 353 (1974);", ""},
	} {
		rs := operativeRequests(t, c.text)
		if len(rs) == 0 || rs[0].Action != c.action {
			t.Errorf("%q: action %q, want %q", c.text, firstAction(rs), c.action)
		}
	}
}

func firstAction(rs []*Request) string {
	if len(rs) == 0 {
		return "(no request)"
	}
	return rs[0].Action
}

// "All other States" are all States but those a clause before asked:
// the Council's call on all States.
func TestAllOtherStates(t *testing.T) {
	checkFirstAddressees(t, []firstAddressees{
		{"Calls upon all other States to exercise the utmost restraint;", []string{"all-states"}},
		{"Calls once more upon all other States to exercise the utmost restraint;", []string{"all-states"}},
		{"Reaffirms its request to all other States to abstain from all actions;", []string{"all-states"}},
		{"Urges in the meantime all other States to refrain from any action;", []string{"all-states"}},
	})
}
