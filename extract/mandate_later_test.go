package extract

import (
	"slices"
	"testing"
)

// Extensions decided after another verb's clause ("Welcomes the report
// …, and decides to extend the mandate of …") and in the passive under
// "decides that" ("… that the mandate of the Mission … will be extended
// to 31 October 1992").
func TestExtensionLaterAndPassive(t *testing.T) {
	for _, c := range []struct {
		name, operative, actor, until, period string
	}{
		{"and decides to extend", "Welcomes the further report of the Secretary-General of 13 and 14 September 1993, and decides to extend the existing mandate of the United Nations Angola Verification Mission II for a period of three months, until 15 December 1993;",
			"unavem-ii", "1993-12-15", "P3M"},
		{"and further decides to renew", "Takes note of the report of the Secretary-General, and further decides to renew the mandate of the United Nations Interim Force in Lebanon until 19 June 1980;",
			"unifil", "1980-06-19", ""},
		{"will be extended to", "Also decides that the mandate of the United Nations Observer Mission in El Salvador, enlarged in accordance with the present resolution, will be extended to 31 October 1992 and that it will be reviewed at that time;",
			"onusal", "1992-10-31", ""},
		{"shall be extended until", "Decides that the mandate of the United Nations Protection Force shall be extended until 30 June 1993;",
			"unprofor", "1993-06-30", ""},
		{"is extended until", "Further decides that the mandate of the United Nations Observer Mission in El Salvador is extended until 30 April 1995;",
			"onusal", "1995-04-30", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, f := range extensionsIn(t, c.operative) {
				got = append(got, f.Paragraph.ID+" "+f.Until+" "+f.Period)
				if f.Paragraph.ID == "op_1" && f.Until == c.until && f.Period == c.period && slices.Contains(f.Actors, c.actor) {
					return
				}
			}
			t.Errorf("extensions %v, want op_1 of %s until %q for %q", got, c.actor, c.until, c.period)
		})
	}
	// Not extensions: another's decision to extend, a passive with no
	// decision, a passive of another thing than a mandate, an "and decides
	// to" that extends nothing.
	for _, operative := range []string{
		"Welcomes the decision of the Organization of African Unity to extend the mandate of its force until 30 June 1993;",
		"Notes that the mandate of the Mission will be extended to 31 October 1992 if the parties agree;",
		"Decides that the time limit for the report shall be extended until 30 June 1993;",
		"Welcomes the report, and decides to remain seized of the matter until 30 June 1993;",
		// Read only with a date: the period alone of these forms is left.
		"Welcomes the report of the Secretary-General, and decides to extend the mandate of the United Nations Operation in Mozambique for a period of six months;",
	} {
		for _, f := range extensionsIn(t, operative) {
			t.Errorf("%q: extension read in %s until %q", operative, f.Paragraph.ID, f.Until)
		}
	}
}

// The development set's extensions in these forms, as read by hand.
func TestDevelopmentSetLaterAndPassiveExtensions(t *testing.T) {
	for _, c := range []struct{ file, paragraph, until, period string }{
		// "1. Welcome the further report … and decides to extend the
		// existing mandate of the United Nations Angola Verification
		// Mission II for a period of three months, until 15 December 1993".
		{"S_RES_0864_1993_EN_GOLD.txt", "op_1", "1993-12-15", "P3M"},
		// "3. Also decides that the mandate of the Mission, enlarged …,
		// will be extended to 31 October 1992".
		{"S_RES_0729_1992_EN_GOLD.txt", "op_3", "1992-10-31", ""},
	} {
		t.Run(c.file, func(t *testing.T) {
			for _, f := range devDocument(t, c.file).Mandate {
				if f.Kind == "extension" && f.Paragraph.ID == c.paragraph {
					if f.Until != c.until || f.Period != c.period {
						t.Errorf("extension until %q for %q, want until %q for %q", f.Until, f.Period, c.until, c.period)
					}
					return
				}
			}
			t.Errorf("no extension read in %s", c.paragraph)
		})
	}
}
