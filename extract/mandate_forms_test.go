package extract

import (
	"slices"
	"testing"
)

// Extensions in the other forms of the volumes: an item in the infinitive
// under "Decides:" ("(b) To renew the mandate of … until …"), a clause
// between "Decides," and the verb ("Decides, pending examination of the
// report …, to extend …"), a period "terminating on" a date, and "to" a
// date ("extend the mandate of the Observer Mission to 31 May 1994"); the
// period an extension states (P6M), with or without its date; an
// extension decided after another verb's clause ("Welcomes the report …,
// and decides to extend the mandate of …") and in the passive under
// "decides that" ("… that the mandate of the Mission … will be extended
// to 31 October 1992").
func TestExtensionForms(t *testing.T) {
	for _, c := range []struct {
		name, operative, paragraph, actor, until, period string
	}{
		{"item under Decides", "Decides:\n\n(a) To call upon the parties concerned to implement resolution 338 (1973);\n\n" +
			"(b) To renew the mandate of the United Nations Disengagement Observer Force for another period of six months, that is, until 30 November 1977;\n\n" +
			"(c) To request the Secretary-General to submit a report;", "op_1__b", "undof", "1977-11-30", "P6M"},
		{"extend as an item", "Decides:\n\n(a) To note the report;\n\n(b) To extend the mandate of the United Nations Iran-Iraq Military Observer Group for a further period of six months, that is, until 31 March 1990;",
			"op_1__b", "uniimog", "1990-03-31", "P6M"},
		{"clause before the verb", "Decides, pending examination of the report of the Secretary-General, to extend the mandate of the United Nations Operation in Mozambique for an interim period terminating on 5 November 1993;",
			"op_1", "onumoz", "1993-11-05", ""},
		{"terminating on", "Decides to extend the mandate of the United Nations Protection Force for an additional period terminating on 5 October 1993;",
			"op_1", "unprofor", "1993-10-05", ""},
		{"to a date", "Decides to extend the mandate of the United Nations Observer Mission in El Salvador to 31 May 1994;",
			"op_1", "onusal", "1994-05-31", ""},
		// Two operations named: the one named where the group opens.
		{"the mission named after words", "Decides to extend the present mandate of the United Nations Interim Force in Lebanon for a further interim period of two months, that is, until 19 October 1982, and requests the United Nations Truce Supervision Organization to continue;",
			"op_1", "unifil", "1982-10-19", "P2M"},
		{"possessive and a clause", "Decides, in the context of these demands, to extend UNPROFOR's mandate for an interim period terminating on 31 March 1993;",
			"op_1", "unprofor", "1993-03-31", ""},
		// The period stated, with a date or without (a renewal that
		// prints none is an extension with its period alone).
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
		{"period alone, two units", "Decides to renew the mandate of the United Nations Operation in Mozambique for a period of six months and twelve days, subject to review;",
			"op_1", "onumoz", "", "P6M12D"},
		{"period alone, further", "Decides to extend the mandate of the United Nations Observer Mission Uganda-Rwanda for a further period of three months, as envisaged in resolution 846 (1993);",
			"op_1", "unomur", "", "P3M"},
		{"period alone, item", "Decides:\n\n(a) To call upon the parties concerned to implement resolution 338 (1973);\n\n" +
			"(b) To renew the mandate of the United Nations Disengagement Observer Force for another period of six months;\n\n(c) To request the Secretary-General to submit a report;",
			"op_1__b", "undof", "", "P6M"},
		{"period alone, stationing", "Extends the stationing in Cyprus of the United Nations Peace-keeping Force for a period of three months;",
			"op_1", "unficyp", "", "P3M"},
		// After another verb's clause, and in the passive under "decides
		// that": with a date only.
		{"and decides to extend", "Welcomes the further report of the Secretary-General of 13 and 14 September 1993, and decides to extend the existing mandate of the United Nations Angola Verification Mission II for a period of three months, until 15 December 1993;",
			"op_1", "unavem-ii", "1993-12-15", "P3M"},
		{"and further decides to renew", "Takes note of the report of the Secretary-General, and further decides to renew the mandate of the United Nations Interim Force in Lebanon until 19 June 1980;",
			"op_1", "unifil", "1980-06-19", ""},
		{"will be extended to", "Also decides that the mandate of the United Nations Observer Mission in El Salvador, enlarged in accordance with the present resolution, will be extended to 31 October 1992 and that it will be reviewed at that time;",
			"op_1", "onusal", "1992-10-31", ""},
		{"shall be extended until", "Decides that the mandate of the United Nations Protection Force shall be extended until 30 June 1993;",
			"op_1", "unprofor", "1993-06-30", ""},
		{"is extended until", "Further decides that the mandate of the United Nations Observer Mission in El Salvador is extended until 30 April 1995;",
			"op_1", "onusal", "1995-04-30", ""},
	} {
		t.Run(c.name, func(t *testing.T) { wantExtension(t, c.operative, c.paragraph, c.actor, c.until, c.period) })
	}
	// Not extensions: an item that extends no mandate, a clause after
	// "Decides," whose verb is another, an extension in another sentence,
	// an item in the infinitive under a request.
	wantNoExtensions(t,
		"Decides:\n\n(a) To call upon the parties to extend their co-operation;\n\n(b) To request a report by 30 November 1977;",
		"Decides, in view of the report, to request the Secretary-General to extend his good offices; further decides to remain seized until 1 May 1990;",
		"Requests the Secretary-General to report to the Council. The Council will extend the mandate until 31 May 1990;",
		"Requests the Secretary-General:\n\n(a) To extend his good offices to the parties until 31 May 1990;\n\n(b) To report to the Council;",
		// A period that is no mandate's, a period in another clause, a
		// period that is no count, a request.
		"Decides to extend the time limit for the submission of the report for a period of six months;",
		"Decides to renew its appeal to the parties; further decides to remain seized of the matter for a period of six months;",
		"Decides to renew the mandate of the Force for a period of up to six months;",
		"Requests the Secretary-General to extend the mandate of the Mission for a period of six months;",
		// Another's decision to extend, a passive with no decision, a
		// passive of another thing than a mandate, an "and decides to"
		// that extends nothing.
		"Welcomes the decision of the Organization of African Unity to extend the mandate of its force until 30 June 1993;",
		"Notes that the mandate of the Mission will be extended to 31 October 1992 if the parties agree;",
		"Decides that the time limit for the report shall be extended until 30 June 1993;",
		"Welcomes the report, and decides to remain seized of the matter until 30 June 1993;",
		// Items under an agreement noted: "agrees" decides, "the
		// agreement" does not.
		"Notes the agreement of the parties:\n\n(a) To extend the mandate of the United Nations Disengagement Observer Force for another period of six months, that is, until 30 November 1977;\n\n(b) To report to the Council;",
		// Read only with a date: the period alone of these forms is left.
		"Welcomes the report of the Secretary-General, and decides to extend the mandate of the United Nations Operation in Mozambique for a period of six months;",
	)
}

// wantExtension holds the extension read in a resolution whose first
// operative paragraph is operative to the one of actor in paragraph,
// until until and for period ("" where the text states none).
func wantExtension(t *testing.T, operative, paragraph, actor, until, period string) {
	t.Helper()
	var got []string
	for _, f := range extensionsIn(t, operative) {
		got = append(got, f.Paragraph.ID+" "+f.Until+" "+f.Period)
		if f.Paragraph.ID == paragraph && f.Until == until && f.Period == period && slices.Contains(f.Actors, actor) {
			return
		}
	}
	t.Errorf("extensions %v, want %s of %s until %q for %q", got, paragraph, actor, until, period)
}

// wantNoExtensions fails where a resolution whose first operative
// paragraph is one of operatives has an extension read.
func wantNoExtensions(t *testing.T, operatives ...string) {
	t.Helper()
	for _, operative := range operatives {
		for _, f := range extensionsIn(t, operative) {
			t.Errorf("%q: extension read in %s until %q for %q", operative, f.Paragraph.ID, f.Until, f.Period)
		}
	}
}

// devExtension is the extension read in paragraph of a development file;
// it fails t where there is none.
func devExtension(t *testing.T, file, paragraph string) *MandateFact {
	t.Helper()
	for _, f := range devDocument(t, file).Mandate {
		if f.Kind == "extension" && f.Paragraph.ID == paragraph {
			return f
		}
	}
	t.Fatalf("no extension read in %s", paragraph)
	return nil
}

// extensionsIn reads a resolution whose first operative paragraph is
// operative and returns the extensions read in it.
func extensionsIn(t *testing.T, operative string) []*MandateFact {
	t.Helper()
	src := "Resolution 999 (1990)\nof 1 June 1990\n\nThe Security Council,\n\nRecalling its resolutions,\n\n1. " + operative + "\n\nAdopted unanimously at the 2900th meeting.\n"
	s, _, err := New(nil, Options{}).File("x.txt", src)
	if err != nil {
		t.Fatal(err)
	}
	var out []*MandateFact
	for _, f := range s.Documents[0].Mandate {
		if f.Kind == "extension" {
			out = append(out, f)
		}
	}
	return out
}
