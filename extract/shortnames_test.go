package extract

import (
	"slices"
	"testing"
)

// A body the text has named is called by the head noun of its name
// afterwards ("the Force", "the Authority", "the Commission", "the
// Committee", "the Operation", "the Observer Mission"): the asking
// paragraph is addressed to the body named last with that head. None
// where no such body was named, where the words name a body of their own
// ("the Committee established by …", "the Commission of Inquiry") or
// where a longer name of the matcher's holds them. Lines as the texts of
// 1948-1993 print them.
func TestShortNameAddressees(t *testing.T) {
	for _, c := range []struct {
		preamble, operative string
		want                []string
	}{
		{"Noting the report of the Secretary-General on the United Nations Peace-keeping Force in Cyprus,", "Requests the Force to continue to perform its functions;", []string{"unficyp"}},
		{"Having studied the report of the Secretary-General on the United Nations Interim Force in Lebanon,", "Calls upon the Force to continue its efforts;", []string{"unifil"}},
		{"Reaffirming its support for the United Nations Transitional Authority in Cambodia,", "Calls on the Authority to continue to make every effort;", []string{"untac"}},
		{"Having established a Truce Commission for Palestine,", "Requests the Commission to report to the President of the Security Council;", []string{"truce-commission"}},
		{"Recalling the Security Council Committee established pursuant to resolution 661 (1990),", "Directs the Committee to keep the situation under review;", []string{"committee-661"}},
		{"Taking note of the report on the United Nations Operation in Mozambique,", "Requests the Operation to monitor the cease-fire;", []string{"onumoz"}},
		{"Welcoming the work of the United Nations Observer Mission in El Salvador,", "Requests the Observer Mission to verify the agreements;", []string{"onusal"}},
		// The body named last: here the Force, not the Commission.
		{"Recalling the Truce Commission for Palestine and the United Nations Interim Force in Lebanon,", "Requests the Force to report;", []string{"unifil"}},
		// No body of that head named, or a name of its own.
		{"Recalling its earlier resolutions,", "Requests the Commission to continue to examine the situation;", nil},
		{"Noting the report on the United Nations Peace-keeping Force in Cyprus,", "Requests the Commission to report;", nil},
		{"Recalling the Security Council Committee established pursuant to resolution 661 (1990),", "Requests the Committee established by resolution 724 (1991) to report;", []string{"committee-724"}}, // the matcher's
		{"Noting the report on the United Nations Peace-keeping Force in Cyprus,", "Requests the Force Commander to report;", []string{"force-commander"}},
		{"Noting the report on the United Nations Observer Mission in El Salvador,", "Requests the Council to remain seized;", []string{"security-council"}}, // the matcher's already
	} {
		src := "Resolution 999 (1990)\nof 2 August 1990\n\nThe Security Council,\n\n" + c.preamble + "\n\n1. " + c.operative + "\n\nAdopted unanimously at the 2932nd meeting.\n"
		s, _, err := defaultExtractor.File("S_RES_0999_1990_EN_GOLD.txt", src)
		if err != nil || len(s.Documents) != 1 {
			t.Fatalf("%q: %v", c.operative, err)
		}
		rs := s.Documents[0].Requests
		if len(rs) == 0 {
			t.Errorf("%q: no request", c.operative)
			continue
		}
		if !slices.Equal(rs[0].Addressee, c.want) {
			t.Errorf("%q after %q: addressed to %q, want %q", c.operative, c.preamble, rs[0].Addressee, c.want)
		}
	}
}

// TestShortNameHead holds the capitalised opening of a label a short name
// can end.
func TestShortNameHead(t *testing.T) {
	for label, want := range map[string]string{
		"United Nations Peace-keeping Force in Cyprus":                      "United Nations Peace-keeping Force",
		"Truce Commission for Palestine":                                    "Truce Commission",
		"Security Council Committee established pursuant to resolution 661": "Security Council Committee",
		"Special Committee against Apartheid":                               "Special Committee",
		"United Nations Angola Verification Mission II":                     "United Nations Angola Verification Mission",
		"United Nations Observer Mission Uganda-Rwanda":                     "United Nations Observer Mission",
		"MINUSMA Force Commander":                                           "",
		"Operation Barkhane":                                                "",
		"Israel-Syrian Mixed Armistice Commission":                          "Israel-Syrian Mixed Armistice Commission",
		"Security Council":                                                  "",
		"General Assembly":                                                  "",
		"Force Commander":                                                   "",
		"the parties":                                                       "",
	} {
		if got := nameHead(label); got != want {
			t.Errorf("nameHead(%q) = %q, want %q", label, got, want)
		}
	}
}

// TestShortNameAddresseesDev holds dev's requests addressed by a short
// name: 14 gained an addressee so, one of which (762 op_7, "Authorizes the
// strengthening of the Force") is a thing authorized, no addressee
// (TestAuthorizesThing).
func TestShortNameAddresseesDev(t *testing.T) {
	checkDevClauses(t, []devClause{
		{"S_RES_0048_1948_EN_GOLD.txt", "op_u2", 1, "requests", []string{"truce-commission"}},
		{"S_RES_0051_1948_EN_GOLD.txt", "op_3", 1, "directs", []string{"uncip"}},
		{"S_RES_0333_1973_EN_GOLD.txt", "op_2", 1, "requests", []string{"committee-253", "secretary-general", "all-states"}}, // and ", as well as all Governments, and the Secretary-General"
		{"S_RES_0666_1990_EN_GOLD.txt", "op_6", 1, "directs", []string{"committee-661"}},
		{"S_RES_0810_1993_EN_GOLD.txt", "op_6", 1, "calls on", []string{"untac"}},
		{"S_RES_0843_1993_EN_GOLD.txt", "op_2", 2, "invites", []string{"committee-724"}},
	})
}

// A short name's words end a head's as whole words, however the text
// spaced or broke them.
func TestEndsInSpaced(t *testing.T) {
	for _, c := range []struct {
		head, name string
		want       bool
	}{
		{"Special Committee", "Special Committee", true},
		{"Special Committee", "Special\nCommittee", true},
		{"Special Committee", "Special  Committee", true},
		{"Special Committee", "Committee", true},
		{"Truce Commission", "Commission", true},
		{"Special Committee", "ial Committee", false},
		{"Special Committee", "Special", false},
		{"Committee", "Special Committee", false},
		{"Force", "Forces", false},
	} {
		if got := endsInSpaced(c.head, c.name); got != c.want {
			t.Errorf("endsInSpaced(%q, %q) = %v, want %v", c.head, c.name, got, c.want)
		}
	}
}
