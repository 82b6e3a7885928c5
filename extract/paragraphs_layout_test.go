package extract

import (
	"strings"
	"testing"
)

// layoutResolution wraps body, the paragraphs of a resolution as a held-out
// text may print them, in the title and adoption line of the volumes.
func layoutResolution(body string) string {
	return "Resolution 822 (1993)\nof 30 April 1993\n\nThe Security Council,\n\n" + body +
		"\n\nAdopted unanimously at the 3205th meeting.\n"
}

// paragraphLines lists the paragraphs of the first document of src as
// "id kind: text".
func paragraphLines(t *testing.T, src string) []string {
	t.Helper()
	s, _, err := defaultExtractor.File("layout.txt", src)
	if err != nil || len(s.Documents) == 0 {
		t.Fatalf("not read: %v", err)
	}
	var got []string
	for _, p := range s.Documents[0].Paragraphs {
		got = append(got, p.ID+" "+string(p.Kind)+": "+p.Text)
	}
	return got
}

// TestParagraphLayouts reads the paragraphs of the real texts of the
// volumes as other printings lay them out: each row's paragraphs, ids,
// kinds and texts, are those of the volumes' layout.
func TestParagraphLayouts(t *testing.T) {
	const (
		pp1 = "pp_1 pp: Concerned that this situation endangers peace and security in the region,"
		op1 = "op_1 op: Demands the immediate cessation of all hostilities and hostile acts with a view to establishing a durable cease-fire;"
		op2 = "op_2 op: Urges the parties concerned immediately to resume negotiations;"
	)
	for _, c := range []struct {
		name string
		body string
		want []string
	}{
		{"number alone on its line", "Concerned that this situation endangers peace and\nsecurity in the region,\n\n1.\nDemands the immediate cessation of all hostilities and\nhostile acts with a view to establishing a durable\ncease-fire;\n\n2.\nUrges the parties concerned immediately to resume\nnegotiations;",
			[]string{pp1, op1, op2}},
		{"number alone, a blank line after it", "Concerned that this situation endangers peace and\nsecurity in the region,\n\n1.\n\nDemands the immediate cessation of all hostilities and\nhostile acts with a view to establishing a durable\ncease-fire;\n\n2.\n\nUrges the parties concerned immediately to resume\nnegotiations;",
			[]string{pp1, op1, op2}},
		{"number alone under a part's letter", "Concerned that this situation endangers peace and\nsecurity in the region,\n\nA\n\n1. Demands the immediate cessation of all hostilities and\nhostile acts with a view to establishing a durable\ncease-fire;\n\nB\n\n2.\nExpresses also its readiness to review the measures in the\npresent resolution;",
			[]string{pp1, op1, "op_2 op: Expresses also its readiness to review the measures in the present resolution;"}},
		{"running head between two lines of a paragraph", "Concerned that this situation endangers peace and\nResolutions and decisions of the Security Council, 1993\nsecurity in the region,\n\n1. Demands the immediate cessation of all hostilities and\nhostile acts with a view to establishing a durable\ncease-fire;",
			[]string{pp1, op1}},
		{"page number and running head between blank lines", "Concerned that this situation endangers peace and\nsecurity in the region,\n\n1. Demands the immediate cessation of all hostilities and\nhostile acts with a view to\n\n24\n\nResolutions and Decisions of the Security Council, 1993\n\nestablishing a durable cease-fire;",
			[]string{pp1, op1}},
		{"page number alone between blank lines", "Concerned that this situation endangers peace and\nsecurity in the region,\n\n1. Demands the immediate cessation of all hostilities and\nhostile acts with a view to establishing a\n\n117\n\ndurable cease-fire;\n\n2. Urges the parties concerned immediately to resume\nnegotiations;",
			[]string{pp1, op1, op2}},
		{"a space before the number's stop, no decision verb after", "Resolves that:\n\n1 . The representatives of Greece and Yugoslavia are invited to\nparticipate in the discussion without vote;\n\n2 . The representatives of Albania and Bulgaria are invited;",
			[]string{"op_1 op: The representatives of Greece and Yugoslavia are invited to participate in the discussion without vote;", "op_2 op: The representatives of Albania and Bulgaria are invited;"}},
		{"a space before the stop, a verb OCR misread", "Concerned that this situation endangers peace and\nsecurity in the region,\n\nA\n\n1 . Welcome the further report of the Secretary-General;\n\n2 . Desires to pay special tribute to the qualities of\npatience of the mediator;",
			[]string{pp1, "op_1 op: Welcome the further report of the Secretary-General;", "op_2 op: Desires to pay special tribute to the qualities of patience of the mediator;"}},
		{"number alone, no blank line before it", "Concerned that this situation endangers peace and\nsecurity in the region,\n1.\nDemands the immediate cessation of all hostilities and\nhostile acts with a view to establishing a durable\ncease-fire;\n2.\nUrges the parties concerned immediately to resume\nnegotiations;",
			[]string{pp1, op1, op2}},
		{"an item's label alone on its line", "Concerned that this situation endangers peace and\nsecurity in the region,\n\n1. Calls upon the parties:\n(a)\nTo cease hostilities forthwith;\n(b)\nImmediately to release the President of the Republic of\nIndonesia;",
			[]string{pp1, "op_1 op: Calls upon the parties:\n(a) To cease hostilities forthwith;\n(b) Immediately to release the President of the Republic of Indonesia;",
				"op_1__a sub: To cease hostilities forthwith;", "op_1__b sub: Immediately to release the President of the Republic of Indonesia;"}},
		{"items that end with a comma, no blank line between", "Concerned that this situation endangers peace and\nsecurity in the region,\n\n1. Decides to establish a committee to undertake the\nfollowing tasks:\n(a) To examine the reports submitted pursuant to paragraph 24\nbelow,\n(b) To seek from all States further information,\n(c) To make periodic reports to the Council;",
			[]string{pp1, "op_1 op: Decides to establish a committee to undertake the following tasks:\n(a) To examine the reports submitted pursuant to paragraph 24 below,\n(b) To seek from all States further information,\n(c) To make periodic reports to the Council;",
				"op_1__a sub: To examine the reports submitted pursuant to paragraph 24 below,", "op_1__b sub: To seek from all States further information,", "op_1__c sub: To make periodic reports to the Council;"}},
		{"the first item on the chapeau's line", "Having considered the report of the Secretary-General,\n\nDecides: (a) To call upon the parties concerned to implement\nimmediately Security Council resolution 338 (1973);\n\n(6) To renew the mandate of the Force for another period\nof six months;\n\n(c) To request the Secretary-General to submit a report.",
			[]string{"pp_1 pp: Having considered the report of the Secretary-General,",
				"op_u1 op: Decides: (a) To call upon the parties concerned to implement immediately Security Council resolution 338 (1973);\n(6) To renew the mandate of the Force for another period of six months;\n(c) To request the Secretary-General to submit a report.",
				"op_u1__a sub: To call upon the parties concerned to implement immediately Security Council resolution 338 (1973);",
				"op_u1__b sub: To renew the mandate of the Force for another period of six months;",
				"op_u1__c sub: To request the Secretary-General to submit a report."}},
		{"a page break with blank lines in an unnumbered decision", "Having examined the application of the Gabon Republic,\n\nRecommends to the General Assembly that the Gabon\n\n17\n\nRepublic be admitted to membership in the United Nations.",
			[]string{"pp_1 pp: Having examined the application of the Gabon Republic,",
				"op_u1 op: Recommends to the General Assembly that the Gabon Republic be admitted to membership in the United Nations."}},
		{"a page number between two lines of a sentence", "Concerned that this situation endangers peace and\nsecurity in the region,\n\n1. Demands the immediate cessation of all hostilities and\nhostile acts with a view to establishing a durable\n24\ncease-fire;\n\n2. Urges the parties concerned immediately to resume\n117\nNegotiations;",
			[]string{pp1, op1, "op_2 op: Urges the parties concerned immediately to resume Negotiations;"}},
		{"a day of a month wrapped alone stays", "Concerned that this situation endangers peace and\nsecurity in the region,\n\n1. Demands the cessation of hostilities by\n15\nMay;",
			[]string{pp1, "op_1 op: Demands the cessation of hostilities by 15 May;"}},
		{"a paragraph's number wrapped alone after 'paragraph' stays", "Recalling its resolution 242 (1967), and in particular paragraph\n4\nof resolution 338 (1973),\n\n1. Demands the cessation of hostilities;",
			[]string{"pp_1 pp: Recalling its resolution 242 (1967), and in particular paragraph 4 of resolution 338 (1973),", "op_1 op: Demands the cessation of hostilities;"}},
		{"a count wrapped alone after 'to' stays", "Concerned that this situation endangers peace and\nsecurity in the region,\n\n1. Decides that the membership of the Committee shall be increased to\n15\nmembers;",
			[]string{pp1, "op_1 op: Decides that the membership of the Committee shall be increased to 15 members;"}},
		{"a paragraph's number whose stop OCR lost, alone between blank lines", "Concerned that this situation endangers peace and\nsecurity in the region,\n\n1. Demands the cessation of hostilities;\n\n2. Asks the Government of Cyprus to take measures;\n\n3\n\nRecommends the creation of a force;\n\n4. Recommends that the force be stationed;",
			[]string{pp1, "op_1 op: Demands the cessation of hostilities;", "op_2 op: Asks the Government of Cyprus to take measures;",
				"op_3 op: Recommends the creation of a force;", "op_4 op: Recommends that the force be stationed;"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := paragraphLines(t, layoutResolution(c.body))
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("paragraphs\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}
