package extract

import (
	"slices"
	"testing"
)

// Extensions in the other forms of the volumes: an item in the infinitive
// under "Decides:" ("(b) To renew the mandate of … until …"), a clause
// between "Decides," and the verb ("Decides, pending examination of the
// report …, to extend …"), a period "terminating on" a date, and "to" a
// date ("extend the mandate of the Observer Mission to 31 May 1994").
func TestExtensionForms(t *testing.T) {
	for _, c := range []struct {
		name, operative, paragraph, actor, until string
	}{
		{"item under Decides", "Decides:\n\n(a) To call upon the parties concerned to implement resolution 338 (1973);\n\n" +
			"(b) To renew the mandate of the United Nations Disengagement Observer Force for another period of six months, that is, until 30 November 1977;\n\n" +
			"(c) To request the Secretary-General to submit a report;", "op_1__b", "undof", "1977-11-30"},
		{"extend as an item", "Decides:\n\n(a) To note the report;\n\n(b) To extend the mandate of the United Nations Iran-Iraq Military Observer Group for a further period of six months, that is, until 31 March 1990;",
			"op_1__b", "uniimog", "1990-03-31"},
		{"clause before the verb", "Decides, pending examination of the report of the Secretary-General, to extend the mandate of the United Nations Operation in Mozambique for an interim period terminating on 5 November 1993;",
			"op_1", "onumoz", "1993-11-05"},
		{"terminating on", "Decides to extend the mandate of the United Nations Protection Force for an additional period terminating on 5 October 1993;",
			"op_1", "unprofor", "1993-10-05"},
		{"to a date", "Decides to extend the mandate of the United Nations Observer Mission in El Salvador to 31 May 1994;",
			"op_1", "onusal", "1994-05-31"},
		// Two operations named: the one named where the group opens.
		{"the mission named after words", "Decides to extend the present mandate of the United Nations Interim Force in Lebanon for a further interim period of two months, that is, until 19 October 1982, and requests the United Nations Truce Supervision Organization to continue;",
			"op_1", "unifil", "1982-10-19"},
		{"possessive and a clause", "Decides, in the context of these demands, to extend UNPROFOR's mandate for an interim period terminating on 31 March 1993;",
			"op_1", "unprofor", "1993-03-31"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, f := range extensionsIn(t, c.operative) {
				got = append(got, f.Paragraph.ID+" "+f.Until)
				if f.Paragraph.ID == c.paragraph && f.Until == c.until && slices.Contains(f.Actors, c.actor) {
					return
				}
			}
			t.Errorf("extensions %v, want %s of %s until %s", got, c.paragraph, c.actor, c.until)
		})
	}
	// Not extensions: an item that extends no mandate, a clause after
	// "Decides," whose verb is another, an extension in another sentence,
	// an item in the infinitive under a request.
	for _, operative := range []string{
		"Decides:\n\n(a) To call upon the parties to extend their co-operation;\n\n(b) To request a report by 30 November 1977;",
		"Decides, in view of the report, to request the Secretary-General to extend his good offices; further decides to remain seized until 1 May 1990;",
		"Requests the Secretary-General to report to the Council. The Council will extend the mandate until 31 May 1990;",
		"Requests the Secretary-General:\n\n(a) To extend his good offices to the parties until 31 May 1990;\n\n(b) To report to the Council;",
	} {
		for _, f := range extensionsIn(t, operative) {
			t.Errorf("%q: extension read in %s until %s", operative, f.Paragraph.ID, f.Until)
		}
	}
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
