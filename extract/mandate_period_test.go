package extract

import (
	"slices"
	"testing"
)

// An extension keeps the period it states (P6M), with or without the
// date it runs until; a renewal that prints no date ("for another period
// of six months;") is an extension with its period alone.
func TestExtensionPeriods(t *testing.T) {
	for _, c := range []struct {
		name, operative, paragraph, actor, until, period string
	}{
		{"period and date", "Decides to renew the mandate of the United Nations Interim Force in Lebanon for a period of six months, that is, until 19 December 1980;",
			"op_1", "unifil", "1980-12-19", "P6M"},
		{"two units", "Decides to extend the present mandate of the United Nations Interim Force in Lebanon for a further interim period of six months and twelve days, that is. until 31 July 1987;",
			"op_1", "unifil", "1987-07-31", "P6M12D"},
		{"days in words", "Decides to extend the existing mandate of the United Nations Angola Verification Mission II for a period of forty-five days, until 15 July 1993;",
			"op_1", "unavem-ii", "1993-07-15", "P45D"},
		{"for months", "Decides to renew the mandate of the United Nations Interim Force in Lebanon for six months, that is, until 19 June 1982;",
			"op_1", "unifil", "1982-06-19", "P6M"},
		{"a year", "Decides to renew the mandate of the United Nations Emergency Force for a period of one year, that is, until 24 October 1977;",
			"op_1", "unef-ii", "1977-10-24", "P1Y"},
		{"a date and no period", "Decides to extend the mandate of the United Nations Protection Force for an additional period terminating on 5 October 1993;",
			"op_1", "unprofor", "1993-10-05", ""},
		// No date printed.
		{"period alone", "Decides to renew the mandate of the United Nations Operation in Mozambique for a period of six months, subject to the proviso that the Security Council will review the status of the mandate within 90 days;",
			"op_1", "onumoz", "", "P6M"},
		{"period alone, further", "Decides to extend the mandate of the United Nations Observer Mission Uganda-Rwanda for a further period of three months, as envisaged in resolution 846 (1993);",
			"op_1", "unomur", "", "P3M"},
		{"period alone, item", "Decides:\n\n(a) To call upon the parties concerned to implement resolution 338 (1973);\n\n" +
			"(b) To renew the mandate of the United Nations Disengagement Observer Force for another period of six months;\n\n(c) To request the Secretary-General to submit a report;",
			"op_1__b", "undof", "", "P6M"},
		{"period alone, stationing", "Extends the stationing in Cyprus of the United Nations Peace-keeping Force for a period of three months;",
			"op_1", "unficyp", "", "P3M"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, f := range extensionsIn(t, c.operative) {
				got = append(got, f.Paragraph.ID+" "+f.Until+" "+f.Period)
				if f.Paragraph.ID == c.paragraph && f.Until == c.until && f.Period == c.period && slices.Contains(f.Actors, c.actor) {
					return
				}
			}
			t.Errorf("extensions %v, want %s of %s until %q for %q", got, c.paragraph, c.actor, c.until, c.period)
		})
	}
	// Not extensions: a period that is no mandate's, a period in another
	// clause, a period that is no count.
	for _, operative := range []string{
		"Decides to extend the time limit for the submission of the report for a period of six months;",
		"Decides to renew its appeal to the parties; further decides to remain seized of the matter for a period of six months;",
		"Decides to renew the mandate of the Force for a period of up to six months;",
		"Requests the Secretary-General to extend the mandate of the Mission for a period of six months;",
	} {
		for _, f := range extensionsIn(t, operative) {
			t.Errorf("%q: extension read in %s for %q", operative, f.Paragraph.ID, f.Period)
		}
	}
}

// The development set's renewals that print no date, as read by hand,
// and the periods of those that print both.
func TestDevelopmentSetMandatePeriods(t *testing.T) {
	for _, c := range []struct{ file, paragraph, actor, until, period string }{
		{"S_RES_0363_1974_EN_GOLD.txt", "op_u1__b", "undof", "", "P6M"},
		{"S_RES_0390_1976_EN_GOLD.txt", "op_u1__b", "undof", "", "P6M"},
		{"S_RES_0882_1993_EN_GOLD.txt", "op_12", "onumoz", "", "P6M"},
		{"S_RES_0891_1993_EN_GOLD.txt", "op_2", "unomur", "", "P6M"},
		{"S_RES_0594_1987_EN_GOLD.txt", "op_1", "unifil", "1987-07-31", "P6M12D"},
		{"S_RES_0834_1993_EN_GOLD.txt", "op_1", "unavem-ii", "1993-07-15", "P45D"},
		{"S_RES_0222_1966_EN_GOLD.txt", "op_3", "unficyp", "1966-12-26", "P6M"},
		{"S_RES_0291_1970_EN_GOLD.txt", "op_3", "unficyp", "1971-06-13", ""},
	} {
		t.Run(c.file, func(t *testing.T) {
			for _, f := range devDocument(t, c.file).Mandate {
				if f.Kind == "extension" && f.Paragraph.ID == c.paragraph {
					if f.Until != c.until || f.Period != c.period || !slices.Contains(f.Actors, c.actor) {
						t.Errorf("extension of %v until %q for %q, want %s until %q for %q", f.Actors, f.Until, f.Period, c.actor, c.until, c.period)
					}
					return
				}
			}
			t.Errorf("no extension read in %s", c.paragraph)
		})
	}
}
