package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestRecommendsAndInstructs holds the two verbs of the older texts that
// ask actors as "Requests" does: "Instructs the Mediator to …", addressed
// as any clause, and "Recommends", addressed only by "to" ("Recommends to
// the General Assembly that X be admitted": the Assembly, not X) or by a
// "that" clause's subject ("Recommends that the Secretary-General
// designate …"); "Recommends the creation of …" names no addressee and
// its action is the whole rest.
func TestRecommendsAndInstructs(t *testing.T) {
	for _, c := range []struct {
		paragraph string
		verb      string
		want      []string
		action    string // its start
	}{
		{"Recommends to the General Assembly that the Republic of Korea be admitted to membership in the United Nations.",
			"recommends", []string{"general-assembly"}, "that the Republic of Korea"},
		{"Recommends to the General Assembly that it admit Israel to membership in the United Nations.",
			"recommends", []string{"general-assembly"}, "that it admit"},
		{"Recommends further that the Secretary-General designate, in agreement with the Government of Cyprus, a mediator;",
			"recommends", []string{"secretary-general"}, "that the Secretary-General designate"},
		{"Recommends to the Governments concerned to seek solutions by negotiation;", "recommends", []string{"states-concerned"}, "to seek solutions"},
		{"Recommends the establishment of the Joint Commission described in the report of the Secretary-General, which should consult with Iraq;",
			"recommends", nil, "the establishment of the Joint Commission"},
		{"Instructs the Committee of Good Offices to report to the Security Council fully and urgently;",
			"instructs", []string{"good-offices-committee"}, "to report to the Security Council"},
		{"Decides to appoint a sub-committee, and instructs the Secretary-General to assist it;", "decides", nil, "to appoint a sub-committee"},
	} {
		rs := operativeRequests(t, c.paragraph)
		if len(rs) == 0 {
			t.Errorf("%q: no request", c.paragraph)
			continue
		}
		r := rs[0]
		if r.Lemma != c.verb || !slices.Equal(r.Addressee, c.want) || !strings.HasPrefix(r.Action, c.action) {
			t.Errorf("%q: %q to %q, action %.50q; want %q to %q, %q…", c.paragraph, r.Lemma, r.Addressee, r.Action, c.verb, c.want, c.action)
		}
	}
	rs := operativeRequests(t, "Decides to appoint a sub-committee, and instructs the Secretary-General to assist it;")
	if len(rs) != 2 || rs[1].Verb != "instructs" || !slices.Equal(rs[1].Addressee, []string{"secretary-general"}) {
		t.Errorf("a clause opened by \"and instructs\" is not read: %+v", rs)
	}
}

// TestRecommendsAndInstructsDev holds the development set's
// recommendations and instructions.
func TestRecommendsAndInstructsDev(t *testing.T) {
	checkDevClauses(t, []devClause{
		{"S_RES_0045_1948_EN_GOLD.txt", "op_u1", 1, "recommends", []string{"general-assembly"}}, // admission of Burma
		{"S_RES_0663_1990_EN_GOLD.txt", "op_u1", 1, "recommends", []string{"general-assembly"}}, // of Liechtenstein
		{"S_RES_0720_1991_EN_GOLD.txt", "op_u1", 1, "recommends", []string{"general-assembly"}}, // a Secretary-General appointed
		{"S_RES_0186_1964_EN_GOLD.txt", "op_7", 1, "recommends", []string{"secretary-general"}},
		{"S_RES_0762_1992_EN_GOLD.txt", "op_6", 1, "recommends", nil},
		{"S_RES_0777_1992_EN_GOLD.txt", "op_1", 2, "therefore recommends", []string{"general-assembly"}}, // "…; and therefore recommends to the General Assembly that it decide"
		{"S_RES_0063_1948_EN_GOLD.txt", "op_2", 1, "instructs", []string{"good-offices-committee"}},
		{"S_RES_0054_1948_EN_GOLD.txt", "op_5", 2, "instructs", []string{"truce-commission"}},
	})
}
