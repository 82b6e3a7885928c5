package extract

import (
	"slices"
	"testing"
)

// nounToCase is an operative clause whose "to" after a noun is no
// infinitive's: its first request's addressees and action as read.
type nounToCase struct {
	paragraph string
	want      []string
	action    string
}

func checkNounTo(t *testing.T, cases []nounToCase) {
	t.Helper()
	for _, c := range cases {
		rs := operativeRequests(t, c.paragraph)
		if len(rs) == 0 {
			t.Errorf("%q: no request", c.paragraph)
			continue
		}
		if !slices.Equal(rs[0].Addressee, c.want) || rs[0].Action != c.action {
			t.Errorf("%q: addressed to %q, action %q; want %q, %q", c.paragraph, rs[0].Addressee, rs[0].Action, c.want, c.action)
		}
	}
}

// TestThanksAddressees holds the thanks and sympathy of 1990-1993:
// "Expresses its appreciation to X for …" addresses X, up to the reason
// for the thanks, and asks nothing.
func TestThanksAddressees(t *testing.T) {
	checkNounTo(t, []nounToCase{
		{"Expresses its appreciation to the Secretary-General for his report;", []string{"secretary-general"}, ""},
		{"Expresses its gratitude to the Secretary-General and his Special Representative for their efforts;",
			[]string{"secretary-general", "special-representative"}, ""},
		{"Expresses its condolences to the Government and people of Pakistan and the families of the UNOSOM II personnel who have lost their lives;",
			[]string{"state/PAK"}, ""},
		{"Expresses its appreciation to the Government of Uganda for its cooperation and support of the Observer Mission,",
			[]string{"state/UGA"}, ""},
		{"Expresses its condolences to the family of the UNAVEM II police observer who lost his life;", nil, ""},
		// Variants: words before the noun, another verb.
		{"Expresses its deep appreciation to all Member States for their contributions;", []string{"member-states"}, ""},
		{"Reiterates its sincere condolences to the Government of Pakistan;", []string{"state/PAK"}, ""},
		// Not thanks: the verb's own reading.
		{"Expresses its readiness to review the measures;", nil, "to review the measures"},
	})
}
