package extract

import "testing"

// TestThanksAddressees holds the thanks and sympathy of 1990-1993:
// "Expresses its appreciation to X for …" addresses X, up to the reason
// for the thanks, and asks nothing.
func TestThanksAddressees(t *testing.T) {
	checkAskedClauses(t, []askedClause{
		{"Expresses its appreciation to the Secretary-General for his report;", []string{"secretary-general"}, ""},
		{"Expresses its gratitude to the Secretary-General and his Special Representative for their efforts;",
			[]string{"secretary-general", "special-representative"}, ""},
		{"Expresses its condolences to the Government and people of Pakistan and the families of the UNOSOM II personnel who have lost their lives;",
			[]string{"state/PAK"}, ""},
		{"Expresses its appreciation to the Government of Uganda for its cooperation and support of the Observer Mission,",
			[]string{"state/UGA"}, ""},
		{"Expresses its condolences to the family of the UNAVEM II police observer who lost his life;", nil, ""},
		{"Expresses also its appreciation to the Secretary-General for his report;", []string{"secretary-general"}, ""},
		// Variants: words before the noun, another verb.
		{"Expresses its deep appreciation to all Member States for their contributions;", []string{"member-states"}, ""},
		{"Reiterates its sincere condolences to the Government of Pakistan;", []string{"state/PAK"}, ""},
		// Two thanked, each with its reason; two nouns; no "its".
		{"Expresses its appreciation to the Secretary-General for his report and to the Government of India for its assistance;",
			[]string{"secretary-general", "state/IND"}, ""},
		{"Expresses its appreciation and gratitude to the Secretary-General for his efforts;", []string{"secretary-general"}, ""},
		{"Expresses its gratitude and appreciation to the Secretary-General for his efforts;", []string{"secretary-general"}, ""},
		{"Expresses appreciation to the Secretary-General for his efforts;", []string{"secretary-general"}, ""},
		// Not thanks: the verb's own reading.
		{"Expresses its readiness to review the measures;", nil, "to review the measures"},
	})
}

// TestNounsToIsNoInfinitive holds the "to" that a determiner follows
// where an action would open: a noun's or a name's ("parties to the
// conflict", "his views to the Security Council", "an end to all military
// operations", "Calls attention to the terms"), never what is asked. A
// verb that asks asks the first infinitive after it; another asks
// nothing.
func TestNounsToIsNoInfinitive(t *testing.T) {
	checkAskedClauses(t, []askedClause{
		{"Calls upon the parties to the Armistice Agreements to take the steps necessary to carry out the present resolution;",
			[]string{"the-parties"}, "to take the steps necessary to carry out the present resolution"},
		{"Requests the Secretary-General, having conveyed his views to the Security Council, to appoint the Commission at the earliest possible time;",
			[]string{"secretary-general"}, "to appoint the Commission at the earliest possible time"},
		{"Urgently calls again for an immediate cease-fire and an end to all military operations;", nil, ""},
		{"Calls attention to the terms of reference and general guidelines of the Force;", nil, ""},
		{"Welcomes the prompt and vigorous support which Governments have given to its resolutions 82 (1950) and 83 (1950) to assist the Republic of Korea;", nil, ""},
		{"Again draws the attention of all States to the need for increasing vigilance in all matters relating to sanctions;", []string{"all-states"}, ""},
		// Variants: another determiner, a line break.
		{"Urges all States parties to these Conventions to ensure respect for them;", []string{"all-states"}, "to ensure respect for them"},
		{"Requests the Secretary-General, having reported to\nthe Council, to proceed;", []string{"secretary-general"}, "to proceed"},
		// An infinitive is kept.
		{"Calls upon the parties to respect the cease-fire;", []string{"the-parties"}, "to respect the cease-fire"},
	})
}

// TestAuthorizesThingAction holds "Authorizes" a thing done, by its
// noun and its "to" ("the gradual reduction of UNOSOM II to a force
// level"): its action is the whole rest, as "Recommends the establishment
// of …"'s is.
func TestAuthorizesThingAction(t *testing.T) {
	checkAskedClauses(t, []askedClause{
		{"Authorizes the gradual reduction of UNOSOM II to a force level of up to 22,000;", nil,
			"the gradual reduction of UNOSOM II to a force level of up to 22,000"},
		{"Authorizes the reduction of the Force to a strength of 5,000 all ranks;", nil,
			"the reduction of the Force to a strength of 5,000 all ranks"},
		// An infinitive after the thing is asked.
		{"Authorizes the establishment of a Commission of Inquiry to investigate armed attacks;", nil, "to investigate armed attacks"},
	})
}

// TestRenewedAppealAddressees holds an appeal whose "to" names its
// addressees after an adverb ("Appeals strongly to X to confirm …"), and
// an asking renewed by its noun after "its" or, for a verb that renews,
// "the" ("Reiterates its encouragement to X to provide …", "Reiterates
// the appeal to the parties contained in …"): the addressees are X, the
// action the infinitive after them.
func TestRenewedAppealAddressees(t *testing.T) {
	checkAskedClauses(t, []askedClause{
		{"Appeals strongly to the Government of Angola and UNITA to confirm as soon as possible to the Secretary-General that real progress has been made;",
			[]string{"state/AGO", "unita"}, "to confirm as soon as possible to the Secretary-General that real progress has been made"},
		{"Reiterates its encouragement to the international community to provide appropriate and prompt assistance;",
			[]string{"international-community"}, "to provide appropriate and prompt assistance"},
		{"Reiterates the appeal to the parties contained in the last paragraph of its resolution 49 (1948) of 22 May 1948 and", []string{"the-parties"}, ""},
		// Variants: another adverb, verb, noun.
		{"Appeals urgently to all Member States to render assistance;", []string{"member-states"}, "to render assistance"},
		{"Renews its invitation to all States to contribute to the Fund;", []string{"all-states"}, "to contribute to the Fund"},
		{"Renews the request to the Secretary-General to report;", []string{"secretary-general"}, "to report"},
		// Not a renewal: the verb's own reading.
		{"Welcomes the appeal to all parties to refrain from violence;", nil, ""},
	})
}

// TestPartiesToInAddressees holds a party's "to" (partyNouns) before a
// determiner or a capital: the name of whom the clause asks goes on after
// it, up to the action's "to".
func TestPartiesToInAddressees(t *testing.T) {
	checkAskedClauses(t, []askedClause{
		{"Calls upon all parties to the conflict and the Government of Croatia to respect strictly the provisions of international humanitarian law;",
			[]string{"state/HRV", "the-parties"}, "to respect strictly the provisions of international humanitarian law"},
		{"Urges all States parties to the said Convention and the Secretary-General to ensure respect for it;",
			[]string{"secretary-general", "all-states"}, "to ensure respect for it"},
		{"Calls upon the signatories to the Paris Agreements and UNITA to cooperate;", []string{"unita"}, "to cooperate"},
		// The parties' own infinitive.
		{"Calls upon the parties to comply with the cease-fire;", []string{"the-parties"}, "to comply with the cease-fire"},
	})
}
