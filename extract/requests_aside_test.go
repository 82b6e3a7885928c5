package extract

import (
	"slices"
	"strings"
	"testing"
)

// askedClause is an operative paragraph, its first request's addressees
// and how its action opens.
type askedClause struct {
	paragraph string
	want      []string
	action    string
}

// checkAskedClauses reads each paragraph (operativeRequests) and checks
// its first request's addressees and its action: the whole action, or
// its opening words; an action of "" is none.
func checkAskedClauses(t *testing.T, cases []askedClause) {
	t.Helper()
	for _, c := range cases {
		rs := operativeRequests(t, c.paragraph)
		if len(rs) == 0 {
			t.Errorf("%q: no request", c.paragraph)
			continue
		}
		if !slices.Equal(rs[0].Addressee, c.want) || !actionOpensWith(rs[0].Action, c.action) {
			t.Errorf("%q: addressed to %q, action %q; want %q, %q…", c.paragraph, rs[0].Addressee, rs[0].Action, c.want, c.action)
		}
	}
}

// actionOpensWith reports whether action is want or opens with want's
// words; no action is only "".
func actionOpensWith(action, want string) bool {
	if want == "" || action == want {
		return action == want
	}
	rest, ok := strings.CutPrefix(action, want)
	return ok && (rest[0] == ' ' || rest[0] == ',' || rest[0] == ';')
}

// An aside set off by commas between the verb and its addressees, or its
// "that", opening with a preposition ("in accordance with", "for the
// purposes of", "pursuant to", "in consultation with"), asks nothing of
// what it names; the addressees follow it. Lines as the texts of
// 1990-1993 print them, and the same asides before other addressees.
func TestAsideBeforeAddressees(t *testing.T) {
	checkAskedClauses(t, []askedClause{
		{"Also urges, in accordance with paragraph 4 of resolution 727 (1992), the Government of Croatia to withdraw its army to the positions held before the offensive;", []string{"state/HRV"}, "to withdraw its army"},
		{"Requests, for the purposes of paragraphs 1 and 2 above, that the Secretary-General seek urgently information;", []string{"secretary-general"}, "that the Secretary-General seek"},
		{"Calls upon, in consultation with the Organization of African Unity, the parties to cease hostilities;", []string{"the-parties"}, "to cease"},
		{"Urges, in the light of the report of the Secretary-General, Member States to contribute;", []string{"member-states"}, "to contribute"},
		// No aside: the verb's own reading.
		{"Requests the Secretary-General, in consultation with ECOWAS, to consider the possibility of a meeting;", []string{"secretary-general"}, "to consider"},
		// An aside after the addressees that holds a noun's or a
		// preposition's "to": the action is the infinitive after it.
		{"Calls upon all States, in view of the threat to international peace and security, to refrain from any action;", []string{"all-states"}, "to refrain"},
		{"Calls upon all States, in accordance with their obligations pursuant to Article 25 of the Charter, to comply;", []string{"all-states"}, "to comply"},
	})
}

// A renewed call is addressed after its "upon" or "on", as "Calls upon"
// is ("Reiterates its call upon all parties to …"), also where an aside
// that says where the call was made comes between ("Reaffirms its call,
// in paragraph 5 of resolution 771 (1992), upon States …"): the aside is
// passed over, as it is after the other asking nouns.
func TestRenewedCall(t *testing.T) {
	checkAskedClauses(t, []askedClause{
		{"Reaffirms its call, in paragraph 5 of resolution 771 (1992), upon States to collate substantiated information;", []string{"all-states"}, "to collate"},
		{"Reiterates its call, pursuant to paragraph 2 of resolution 788 (1992), on Member States to exercise self-restraint;", []string{"member-states"}, "to exercise"},
		{"Renews its request, in paragraph 6 of resolution 546 (1984), to Member States to extend all necessary assistance;", []string{"member-states"}, "to extend"},
		// A call for a thing asks no one.
		{"Reaffirms its call for a withdrawal of forces to internationally recognized boundaries;", nil, ""},
	})
}

// ", as well as" adds addressees to the list, where ", as appropriate"
// and the other asides after a comma end it. Lines as the texts of
// 1970-1973 print them.
func TestAsWellAsAddressees(t *testing.T) {
	checkAskedClauses(t, []askedClause{
		{"Requests the Committee established in pursuance of resolution 253 (1968), as well as all Governments, and the Secretary-General as appropriate, to take urgent action;", []string{"committee-253", "secretary-general", "all-states"}, "to take urgent action"},
		{"Requests all States, as well as the specialized agencies, to give the Sub-Committee all the information;", []string{"all-states", "specialized-agencies"}, "to give"},
		{"Urges the Secretary-General, as well as the Government of Cyprus, to continue;", []string{"secretary-general", "state/CYP"}, "to continue"},
		// An aside ends them.
		{"Requests the Secretary-General, as appropriate, to report;", []string{"secretary-general"}, "to report"},
	})
}

// "Authorizes" a thing done to a body, named by the noun of the action,
// addresses no one: the Council authorizes the Secretary-General to do
// it. Lines as the texts of 1992-1994 print them; actors authorized are
// read as before.
func TestAuthorizesThing(t *testing.T) {
	checkAskedClauses(t, []askedClause{
		{"Authorizes the strengthening of the United Nations Protection Force by the addition of up to sixty military observers to perform the functions envisaged;", nil, "to perform"},
		// A thing authorized with its "to": the whole rest is the action
		// (TestAuthorizesThingAction).
		{"Authorizes the gradual reduction of UNOSOM II to a force level of up to 22,000;", nil, "the gradual reduction of UNOSOM II to a force level of up to 22,000"},
		{"Authorizes the immediate deployment of UNAVEM II to Luanda;", nil, "the immediate deployment of UNAVEM II to Luanda"},
		{"Authorises the enlargement of UNPROFOR's mandate and strength;", nil, ""},
		// Actors authorized.
		{"Authorizes the Secretary-General to proceed with the strengthening of the Force;", []string{"secretary-general"}, "to proceed"},
		{"Authorizes the Government of Kuwait to take measures;", []string{"state/KWT"}, "to take"},
		{"Authorizes the troop-contributing States to use all necessary means;", nil, "to use"},
	})
}

// A pronoun that is a "that" clause's subject stands for whom the object
// pronoun would: "it" for the one actor the clause before addressed,
// "he" for the last post named before it. Lines as the texts of
// 1990-1993 print them.
func TestThatPronounSubject(t *testing.T) {
	for _, c := range []struct {
		paragraph string
		ord       int
		want      []string
	}{
		{"Condemns UNITA for its actions and armed attacks, which have resulted in increased hostilities, and demands that it immediately cease such actions and armed attacks;", 2, []string{"unita"}},
		{"Strongly condemns UNITA for continuing military actions, and again demands that it immediately cease such actions;", 2, []string{"unita"}},
		{"Condemns the repeated attempts by UNITA to seize additional territory, and demands once again that it immediately do so;", 2, []string{"unita"}},
		{"Requests, in connection with the decision of the Secretary-General to send a mission to the region, which the Council welcomes, that he submit a report to the Security Council;", 1, []string{"secretary-general"}},
		{"Calls upon the parties to refrain from any action, and demands that they comply with the cease-fire;", 2, []string{"the-parties"}},
		// No antecedent: none named.
		{"Takes note of statements by UNITA that it is prepared to resume peace negotiations, and demands that it act accordingly;", 2, nil},
		// A decision's "that it" is the Council's own: no one asked.
		{"Calls upon the Government of Israel to withdraw and decides that it shall meet again;", 2, nil},
	} {
		rs := operativeRequests(t, c.paragraph)
		if len(rs) < c.ord || !slices.Equal(rs[c.ord-1].Addressee, c.want) {
			t.Errorf("%q: request %d of %d; want it addressed to %q", c.paragraph, c.ord, len(rs), c.want)
			for _, r := range rs {
				t.Logf("  %s %q", r.Verb, r.Addressee)
			}
		}
	}
}
