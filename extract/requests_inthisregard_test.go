package extract

import (
	"slices"
	"testing"
)

// TestInThisRegard holds "in this regard" and its like as the adverbs
// they are before and after an operative verb: "...; and in this regard
// urges ..." opens a clause of its own (813, 864, 867 of 1993), and
// "reiterates in this regard its request to the Secretary-General to
// enhance ..." (2364 (2017)) renews its request to the Secretary-General.
func TestInThisRegard(t *testing.T) {
	for _, c := range []struct {
		paragraph string
		n         int // the request that is read
		verb      string
		want      []string
		action    string
	}{
		{"Calls upon all parties to take all appropriate steps to ensure the safety of United Nations personnel, and in this regard urges the Government of Haiti to respect fully the status of the Mission;",
			1, "in this regard urges", []string{"state/HTI"}, "to respect fully the status of the Mission"},
		{"Welcomes the report, and in this regard reaffirms its support for the Secretary-General;", 1, "in this regard reaffirms", []string{"secretary-general"}, ""},
		{"Reiterates in this regard its request to the Secretary-General to enhance cooperation between the Missions;",
			0, "reiterates", []string{"secretary-general"}, "to enhance cooperation between the Missions"},
		{"Reiterates in this respect its request to the Secretary-General to report;", 0, "reiterates", []string{"secretary-general"}, "to report"},
		{"In this context requests the Secretary-General to report;", 0, "in this context requests", []string{"secretary-general"}, "to report"},
	} {
		rs := operativeRequests(t, c.paragraph)
		if len(rs) <= c.n {
			t.Errorf("%q: %d requests, want request %d", c.paragraph, len(rs), c.n+1)
			continue
		}
		r := rs[c.n]
		if r.Verb != c.verb || !slices.Equal(r.Addressee, c.want) || r.Action != c.action {
			t.Errorf("%q: request %d %q to %q, action %q; want %q to %q, %q", c.paragraph, c.n+1, r.Verb, r.Addressee, r.Action, c.verb, c.want, c.action)
		}
	}
}
