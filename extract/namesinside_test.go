package extract

import (
	"slices"
	"testing"
)

// A registry name printed as a word of another actor's name, or as the
// gloss of the name before it, names no actor of its own: "the Security
// Council Committee established by …" is the Committee, and a state's
// name that fills the brackets after another state's name ("the Federal
// Republic of Yugoslavia (Serbia and Montenegro)") glosses it. Lines as
// the texts of 1972-1993 print them.
func TestNamesInsideOtherNames(t *testing.T) {
	checkMentionedOn(t, []datedLine{
		{"1993-04-16", "Requests the Secretary-General to report to the Security Council Committee established by resolution 421 (1977) concerning the question of South Africa;",
			[]string{"secretary-general", "committee-421", "state/ZAF"}, nil},
		{"1993-04-16", "Noting that the Security Council Committee established pursuant to resolution 724 (1991), at its meeting,",
			[]string{"committee-724"}, nil},
		{"1993-04-16", "further requests the Security Council\nCommittee established in pursuance of resolution 253 (1968) to report;",
			[]string{"committee-253"}, nil},
		{"1993-04-16", "Demands that the Federal Republic of Yugoslavia (Serbia and Montenegro) immediately cease the supply",
			[]string{"state/YUG"}, nil},
		{"1993-04-16", "(Bosnia and Herzegovina v. Yugoslavia (Serbia and Montenegro)) unanimously indicated",
			[]string{"state/BIH", "state/YUG"}, nil},
		// Still the Council's, and still a state of its own.
		{"1993-04-16", "Requests the Secretary-General to report to the Security Council on the Committee's work;",
			[]string{"secretary-general", "security-council"}, nil},
		{"1993-04-16", "the Security Council Committees established by its resolutions", []string{"security-council"}, nil},
		{"1993-04-16", "the Governments of Greece and Turkey (and Cyprus)", []string{"state/GRC", "state/TUR", "state/CYP"}, nil},
		{"1993-04-16", "between Greece and Turkey, (Cyprus) and", []string{"state/GRC", "state/TUR", "state/CYP"}, nil},
		{"1993-04-16", "the representatives of Israel and (Jordan)", []string{"state/ISR", "state/JOR"}, nil},
	})
}

// The development set's names inside other names, as read by hand: the
// Committees of 253 (1968), 421 (1977), 661 (1990) and 724 (1991) under
// their full names, and the Federal Republic of Yugoslavia glossed
// "(Serbia and Montenegro)" in 1992-1993.
func TestNamesInsideOtherNamesDev(t *testing.T) {
	checkDevParagraphActors(t, []devParagraphActors{
		{"S_RES_0558_1984_EN_GOLD.txt", "op_4", []string{"secretary-general", "committee-421"}, []string{"security-council"}},
		{"S_RES_0591_1986_EN_GOLD.txt", "op_13", []string{"committee-421"}, []string{"security-council"}},
		{"S_RES_0666_1990_EN_GOLD.txt", "pp_3", []string{"committee-661"}, []string{"security-council"}},
		{"S_RES_0843_1993_EN_GOLD.txt", "pp_4", []string{"committee-724"}, []string{"security-council"}},
		{"S_RES_0318_1972_EN_GOLD.txt", "op_10", []string{"committee-253"}, []string{"security-council"}},
		{"S_RES_0819_1993_EN_GOLD.txt", "op_3", []string{"state/YUG"}, []string{"state/SCG"}},
		{"S_RES_0819_1993_EN_GOLD.txt", "pp_2", []string{"state/BIH", "state/YUG"}, []string{"state/SCG"}},
		{"S_RES_0855_1993_EN_GOLD.txt", "op_2", []string{"state/YUG"}, []string{"state/SCG"}},
		{"S_RES_0777_1992_EN_GOLD.txt", "op_1", []string{"state/YUG"}, []string{"state/SCG"}},
	})
	for _, c := range []struct {
		file, id string
		want     []string
	}{
		{"S_RES_0819_1993_EN_GOLD.txt", "op_3", []string{"state/YUG"}},
		{"S_RES_0591_1986_EN_GOLD.txt", "op_13", []string{"committee-421"}},
	} {
		if r := devRequest(t, c.file, c.id, 1); r == nil || !slices.Equal(r.Addressee, c.want) {
			t.Errorf("%s %s: no request 1 addressed to %q", c.file, c.id, c.want)
		}
	}
}

// devParagraphActors is a paragraph of the development set and the
// actors it must and must not mention.
type devParagraphActors struct {
	file, paragraph string
	want, not       []string
}

// checkDevParagraphActors holds the development set's paragraphs to cs.
func checkDevParagraphActors(t *testing.T, cs []devParagraphActors) {
	t.Helper()
	for _, c := range cs {
		got := actorsIn(devDocument(t, c.file), c.paragraph)
		for _, a := range c.want {
			if !slices.Contains(got, a) {
				t.Errorf("%s %s: %s not mentioned (mentions %q)", c.file, c.paragraph, a, got)
			}
		}
		for _, a := range c.not {
			if slices.Contains(got, a) {
				t.Errorf("%s %s: %s mentioned (mentions %q)", c.file, c.paragraph, a, got)
			}
		}
	}
}
