package extract

import (
	"strings"
	"testing"
)

// A short name followed by "of" or "for" is a longer name only where the
// words go on with a capitalised one ("the Commission for India and
// Pakistan", "the Mission of the Organization", "the Committee of Good
// Offices"); "the Force for a further period of six months", "the Force
// for the full implementation of its mandate" and "the Committee of its
// working group" call the body by its short name.
func TestStandsAloneBeforeOfFor(t *testing.T) {
	for _, c := range []struct {
		line, name string
		want       bool
	}{
		{"Decides to renew the mandate of the Force for a period of six months, that is, until 19 June 1980;", "the Force", true},
		{"Calls upon all the parties concerned to co-operate fully with the Force for the full implementation of its mandate;", "the Force", true},
		{"Decides to renew the mandate of the Force for six months, that is, until 19 June 1982;", "the Force", true},
		{"Welcomes the establishment by the Committee of its working group and invites the Committee to report;", "the Committee", true},
		{"Expressing strong concern at recent reports by the Authority of a small number of foreign military personnel,", "the Authority", true},
		{"that the tasks of the Observer Group of monitoring the cease-fire be completed,", "the Observer Group", true},
		{"Requests the Mission\nfor the period of its mandate to report;", "the Mission", true},
		// The name goes on.
		{"Instructs the Commission for India and Pakistan to proceed to the subcontinent;", "the Commission", false},
		{"Requests the Committee of Good Offices to assist the parties;", "the Committee", false},
		{"Welcomes the work of the Mission of the Organization in the area;", "the Mission", false},
		{"Requests the Commission for\nConventional Armaments to report;", "the Commission", false},
		{"Requests the Commission of Experts to report;", "the Commission", false},
		{"the Mission of Good Offices", "the Mission", false},
		{"the Mission d'appui des Nations Unies", "the Mission", false},
		{"the Mission de vérification", "the Mission", false},
		// Words that only begin with "of" or "for".
		{"Requests the Force forthwith to withdraw;", "the Force", true},
		{"the Mission offers its good offices", "the Mission", true},
	} {
		k := strings.Index(c.line, c.name)
		if k < 0 {
			t.Fatalf("%q not in %q", c.name, c.line)
		}
		head := k + strings.LastIndexByte(c.name, ' ') + 1
		if got := standsAlone(c.line, head, k+len(c.name)); got != c.want {
			t.Errorf("standsAlone(%q in %q) = %v, want %v", c.name, c.line, got, c.want)
		}
	}
}

// The development set's short names before "of" and "for": 21 mentions
// gained, in the UNIFIL and UNEF II renewals, 654 (1990), 687 (1991),
// 810 (1993) and 843 (1993), whose "Welcomes the establishment by the
// Committee of its working group" is addressed to the Committee.
func TestShortNamesBeforeOfForDev(t *testing.T) {
	for _, c := range []struct{ file, id, actor, after string }{
		{"S_RES_0444_1979_EN_GOLD.txt", "op_4", "unifil", " for a period of five months"},
		{"S_RES_0498_1981_EN_GOLD.txt", "op_8", "unifil", " for six months"},
		{"S_RES_0549_1984_EN_GOLD.txt", "op_3", "unifil", " for the full implementation"},
		{"S_RES_0396_1976_EN_GOLD.txt", "pp_5", "unef-ii", " for one year"},
		{"S_RES_0810_1993_EN_GOLD.txt", "pp_12", "untac", " of a small number"},
		{"S_RES_0654_1990_EN_GOLD.txt", "op_2", "onuca", " of monitoring"},
		{"S_RES_0843_1993_EN_GOLD.txt", "op_2", "committee-724", " of its working group"},
	} {
		r := devResults(t)[c.file]
		if r.Source == nil || len(r.Source.Documents) == 0 {
			t.Fatalf("%s not read: %v", c.file, r.Err)
		}
		found := false
		for _, m := range r.Source.Documents[0].Mentions {
			if m.Actor == c.actor && m.Paragraph.ID == c.id && strings.HasPrefix(m.Paragraph.Text[m.end:], c.after) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s %s: no mention of %s before %q", c.file, c.id, c.actor, c.after)
		}
	}
	checkDevClauses(t, []devClause{
		{"S_RES_0843_1993_EN_GOLD.txt", "op_2", 1, "welcomes", []string{"committee-724"}},
	})
}
