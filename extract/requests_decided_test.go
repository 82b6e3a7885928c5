package extract

import (
	"slices"
	"testing"
)

// decidedRequest is a request read from a decision: the paragraph it is
// in, its verb as printed and as read, its addressees, action and
// deadline ("" for any action or deadline).
type decidedRequest struct {
	id, verb, lemma string
	addressee       []string
	action          string
	deadline        string
}

// checkDecidedRequests holds the requests of a document read from an
// infinitive, whose verb as printed is never the operative verb ("call
// upon", "decides to request"), to want, in order.
func checkDecidedRequests(t *testing.T, name string, rs []*Request, want []decidedRequest) {
	t.Helper()
	var got []*Request
	for _, r := range rs {
		if r.Verb != r.Lemma {
			got = append(got, r)
		}
	}
	if len(got) != len(want) {
		for _, r := range got {
			t.Logf("%s: %s %q (%q) to %q", name, r.Paragraph.ID, r.Verb, r.Lemma, r.Addressee)
		}
		t.Errorf("%s: %d requests; want %d", name, len(got), len(want))
		return
	}
	for i, w := range want {
		r := got[i]
		if r.Paragraph.ID != w.id || r.Verb != w.verb || r.Lemma != w.lemma || !slices.Equal(r.Addressee, w.addressee) ||
			w.action != "" && r.Action != w.action || r.Deadline != w.deadline {
			t.Errorf("%s: %s %q (%q) to %q, %q by %q; want %s %q (%q) to %q, %q by %q", name, r.Paragraph.ID, r.Verb, r.Lemma, r.Addressee, r.Action, r.Deadline,
				w.id, w.verb, w.lemma, w.addressee, w.action, w.deadline)
		}
	}
}

// TestDecidedAskingInline holds a decision whose object is a request in
// the infinitive ("Decides to request the Secretary-General to …"): one
// request, of the infinitive's verb, its verb group reaching it as an
// adverb's does ("further requests"); not a "decides" beside it with the
// same words; so with "Continues to urge". Verbs that ask nothing, or ask
// a thing as often as an actor, and an infinitive after any other verb
// ("Undertakes to request") keep their reading.
func TestDecidedAskingInline(t *testing.T) {
	for _, c := range []struct {
		paragraph string
		want      decidedRequest
	}{
		{"Decides to request the Secretary-General to report to the Council by 1 March 1990 on the implementation of this resolution;",
			decidedRequest{"op_1", "decides to request", "requests", []string{"secretary-general"}, "to report to the Council by 1 March 1990 on the implementation of this resolution", "1990-03-01"}},
		{"Further decides to call upon all States to refrain from any action which might impede the implementation of this resolution;",
			decidedRequest{"op_1", "further decides to call upon", "calls upon", []string{"all-states"}, "to refrain from any action which might impede the implementation of this resolution", ""}},
		{"Decides to invite the Government of Cyprus to participate, without vote, in the discussion of the question;",
			decidedRequest{"op_1", "decides to invite", "invites", []string{"state/CYP"}, "", ""}},
		{"Resolves to call on the Government of India to withdraw its forces;",
			decidedRequest{"op_1", "resolves to call on", "calls on", []string{"state/IND"}, "to withdraw its forces", ""}},
		{"Agrees to urge the parties concerned to resume negotiations without delay;",
			decidedRequest{"op_1", "agrees to urge", "urges", []string{"the-parties"}, "to resume negotiations without delay", ""}},
		{"Decides to authorize the Secretary-General to appoint a special representative for Western Sahara;",
			decidedRequest{"op_1", "decides to authorize", "authorizes", []string{"secretary-general"}, "to appoint a special representative for Western Sahara", ""}},
		{"Decides to\nrequest the Secretary-General to keep the Security Council informed;",
			decidedRequest{"op_1", "decides to request", "requests", []string{"secretary-general"}, "to keep the Security Council informed", ""}},
		{"Also decides to call once again upon the parties to comply with their obligations;",
			decidedRequest{"op_1", "also decides to call once again upon", "calls upon", []string{"the-parties"}, "to comply with their obligations", ""}},
		// An adverb after the deciding verb.
		{"Decides also to request the Secretary-General to report by 1 March 1990;",
			decidedRequest{"op_1", "decides also to request", "requests", []string{"secretary-general"}, "to report by 1 March 1990", "1990-03-01"}},
		{"Decides further to invite the Government of Israel to participate in the discussion;",
			decidedRequest{"op_1", "decides further to invite", "invites", []string{"state/ISR"}, "", ""}},
		// The Council that continues to urge urges.
		{"Continues to urge all parties to exercise restraint;",
			decidedRequest{"op_1", "continues to urge", "urges", []string{"the-parties"}, "to exercise restraint", ""}},
	} {
		rs := operativeRequests(t, c.paragraph)
		checkDecidedRequests(t, c.paragraph, rs, []decidedRequest{c.want})
		if len(rs) != 1 {
			t.Errorf("%q: %d requests; want the one", c.paragraph, len(rs))
		}
	}
	// Not a decision to ask: the clause keeps its verb.
	for _, c := range []struct{ paragraph, lemma string }{
		{"Decides to renew the mandate of the United Nations Disengagement Observer Force for another period of six months;", "decides"},
		{"Decides to remain seized of the matter.", "decides"},
		{"Decides also to remain seized of the matter;", "decides"},
		{"Requests also the Secretary-General to report;", "requests"},
		{"Decides to consider the request of the Government of Cyprus at its next meeting;", "decides"},
		{"Decides to requisition the premises;", "decides"},
		{"Decides to encourage the maximum assistance, in cash and in kind, from all Member States;", "decides"},
		{"Decides to entrust the Special Mission, consisting of four members of the Security Council, with the task of assessing the needs;", "decides"},
		{"Decides that the Committee shall request all States to report;", "decides"},
		// An infinitive that asks, after a verb that neither decides nor
		// continues.
		{"Undertakes to request the Secretary-General to report;", "undertakes"},
		{"Continues to believe that the parties should negotiate;", "continues"},
	} {
		rs := operativeRequests(t, c.paragraph)
		if len(rs) != 1 || rs[0].Lemma != c.lemma {
			for _, r := range rs {
				t.Logf("%q: %q (%q)", c.paragraph, r.Verb, r.Lemma)
			}
			t.Errorf("%q: %d requests; want one %q", c.paragraph, len(rs), c.lemma)
		}
	}
}

// decisionSource is the text of a resolution of 1976 whose operative
// part is body.
func decisionSource(body string) string {
	return "Resolution 999 (1976)\nof 30 November 1976\n\nThe Security Council,\n\nHaving considered the report of the Secretary-General,\n\n" + body +
		"\n\nAdopted at the 1970th meeting by 13 votes to none.\n"
}

// decisionRequests reads the requests of a resolution whose operative
// part is body.
func decisionRequests(t *testing.T, body string) []*Request {
	t.Helper()
	s, _, err := defaultExtractor.File("S_RES_0999_1976_EN_GOLD.txt", decisionSource(body))
	if err != nil || len(s.Documents) != 1 {
		t.Fatalf("%q: %v, %d documents", body, err, len(s.Documents))
	}
	return s.Documents[0].Requests
}

// TestDecidedAskingItems holds the items of a decision that ask in the
// infinitive ("Decides:\n\n(a) To call upon the parties concerned to …"),
// each a request of its item, and the paragraphs numbered under a
// decision's heading ("Resolves:\n\n1. To request …"); an item that
// extends a mandate or does anything else asks nothing, and items under
// another verb are not read.
func TestDecidedAskingItems(t *testing.T) {
	for _, c := range []struct {
		body string
		want []decidedRequest
	}{
		{"Decides:\n\n(a) To call upon the parties concerned to implement immediately Security Council resolution 338 (1973);\n\n" +
			"(b) To renew the mandate of the United Nations Disengagement Observer Force for another period of six months, that is, until 31 May 1977;\n\n" +
			"(c) To request the Secretary-General to submit, at the end of this period, a report on the developments in the situation.",
			[]decidedRequest{
				{"op_u1__a", "call upon", "calls upon", []string{"the-parties"}, "to implement immediately Security Council resolution 338 (1973)", ""},
				{"op_u1__c", "request", "requests", []string{"secretary-general"}, "to submit, at the end of this period, a report on the developments in the situation.", "1977-05-31"}, // the end of (b)'s period
			}},
		{"1. Decides:\n\n(a) To call once again upon the parties concerned\nto implement immediately Security Council resolution\n598 (1987);\n\n" +
			"(b) To extend the mandate of the United Nations\nIran-Iraq Military Observer Group for a further period\nof six months;\n\n" +
			"(c) To invite the Secretary-General to report to the Council by 15 March 1977.",
			[]decidedRequest{
				{"op_1__a", "call once again upon", "calls upon", []string{"the-parties"}, "", ""},
				{"op_1__c", "invite", "invites", []string{"secretary-general"}, "to report to the Council by 15 March 1977.", "1977-03-15"},
			}},
		{"Resolves:\n\n1. To request the Secretary-General to keep the\nflag of the United Nations at half-mast for a period\nof three days;\n\n" +
			"2. To authorize the Secretary-General to meet\nfrom the Working Capital Fund all expenses;\n\n" +
			"3. To be represented at the interment by the President.",
			[]decidedRequest{
				{"op_1", "request", "requests", []string{"secretary-general"}, "", ""},
				{"op_2", "authorize", "authorizes", []string{"secretary-general"}, "to meet from the Working Capital Fund all expenses", ""},
			}},
		// Not a decision's: the items say what is asked of the addressee.
		{"Calls upon the parties concerned:\n\n(a) To request the assistance of the Secretary-General;\n\n(b) To invite observers to the talks.", nil},
		{"Requests the Secretary-General:\n\n(a) To urge the parties to co-operate;\n\n(b) To report to the Council.", nil},
		// Under a decision that sets another's tasks, the items are that
		// body's: the Commission is to request, the Secretary-General to
		// invite.
		{"Decides to establish a Commission of Investigation with the following mandate:\n\n(a) To investigate the incident;\n\n(b) To request the Governments concerned to provide all relevant information;\n\n(c) To recommend measures to prevent a recurrence.", nil},
		{"Requests the Secretary-General, with a view to helping the parties resolve the dispute:\n\n(a) To invite the parties to meet in New York;\n\n(b) To request the Government of Cyprus to co-operate.", nil},
		{"Decides that the Committee shall:\n\n(a) To request all States to report.", nil},
		// A decision's items that ask nothing.
		{"Decides:\n\n(a) To reconvene on 12 January 1976;\n\n(b) To renew the mandate of the Force for another period of six months;\n\n(c) That the Secretary-General will submit a report.", nil},
	} {
		rs := decisionRequests(t, c.body)
		checkDecidedRequests(t, c.body, rs, c.want)
	}
}

// The development set's decisions that ask, as read by hand.
func TestDecidedAskingDev(t *testing.T) {
	checkDevClauses(t, []devClause{
		// UNDOF's renewals: "Decides: (a) To call upon …; (b) To renew …;
		// (c) To request the Secretary-General to submit …".
		{"S_RES_0756_1992_EN_GOLD.txt", "op_u1__a", 1, "call upon", []string{"the-parties"}},
		{"S_RES_0756_1992_EN_GOLD.txt", "op_u1__c", 1, "request", []string{"secretary-general"}},
		{"S_RES_0543_1983_EN_GOLD.txt", "op_u1__a", 1, "call upon", []string{"the-parties"}},
		{"S_RES_0396_1976_EN_GOLD.txt", "op_1__c", 1, "request", []string{"secretary-general"}},
		{"S_RES_0642_1989_EN_GOLD.txt", "op_u1__a", 1, "call once again upon", []string{"the-parties"}},
		{"S_RES_0087_1950_EN_GOLD.txt", "op_u1__b", 1, "invite", nil},
		// "Resolves: 1. To request …; 2. To authorize …".
		{"S_RES_0057_1948_EN_GOLD.txt", "op_1", 1, "request", []string{"secretary-general"}},
		{"S_RES_0057_1948_EN_GOLD.txt", "op_2", 1, "authorize", []string{"secretary-general"}},
		{"S_RES_0018_1947_EN_GOLD.txt", "op_4", 1, "request", []string{"military-staff-committee"}},
		{"S_RES_0621_1988_EN_GOLD.txt", "op_1", 1, "decides to authorize", []string{"secretary-general"}},
		{"S_RES_0216_1965_EN_GOLD.txt", "op_2", 1, "decides to call upon", []string{"all-states"}},
	})
	for _, c := range []struct{ file, id string }{
		{"S_RES_0756_1992_EN_GOLD.txt", "op_u1__b"}, // "To renew the mandate …"
		{"S_RES_0057_1948_EN_GOLD.txt", "op_3"},     // "To be represented …"
		{"S_RES_0087_1950_EN_GOLD.txt", "op_u1__a"}, // "To defer consideration …"
	} {
		if r := devRequest(t, c.file, c.id, 1); r != nil {
			t.Errorf("%s %s: a request %q", c.file, c.id, r.Verb)
		}
	}
	// The decision itself stays, a request of its paragraph.
	if r := devRequest(t, "S_RES_0756_1992_EN_GOLD.txt", "op_u1", 1); r == nil || r.Lemma != "decides" {
		t.Errorf("756 (1992) op_u1: %v; want the decision", r)
	}
}
