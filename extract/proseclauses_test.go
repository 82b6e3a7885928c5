package extract

import (
	"slices"
	"strings"
	"testing"
)

// The prose resolutions of the early volumes: their decisions in clauses
// under a chapeau, provisos, quoted conditions, items whose label OCR
// misread. Each form is a row of lines read as a resolution: the
// paragraphs (and sub-paragraphs) it should make, in order, each with the
// words it opens with, and the heading it stands under.

type paragraphWant struct{ id, opens, section string }

// proseResolution is a resolution of the volumes with body as its lines.
func proseResolution(body ...string) string {
	head := []string{"99 (1947). Resolution of 1 August 1947", "[S/999]", ""}
	return strings.Join(append(append(head, body...), "", "Adopted unanimously at the 999th meeting."), "\n")
}

// checkParagraphs reads src and compares its paragraphs with want; it
// returns the document read.
func checkParagraphs(t *testing.T, name, src string, want []paragraphWant) *Document {
	t.Helper()
	s, _, err := defaultExtractor.File(name+".txt", src)
	if err != nil || s == nil || len(s.Documents) == 0 {
		t.Fatalf("%s: not read: %v", name, err)
	}
	d := s.Documents[0]
	var got []string
	for _, p := range d.Paragraphs {
		got = append(got, p.ID)
	}
	if len(got) != len(want) {
		t.Errorf("%s: paragraphs %v, want %d", name, got, len(want))
	}
	for k, w := range want {
		if k >= len(d.Paragraphs) {
			break
		}
		p := d.Paragraphs[k]
		section := ""
		if p.Section != nil {
			section = p.Section.Title
		}
		if p.ID != w.id || !strings.HasPrefix(p.Text, w.opens) || section != w.section {
			t.Errorf("%s: paragraph %d is %s in %q: %.80q; want %s in %q opening %q", name, k, p.ID, section, p.Text, w.id, w.section, w.opens)
		}
	}
	return d
}

// proseCase is a resolution's body and the paragraphs it should make.
type proseCase struct {
	name string
	body []string
	want []paragraphWant
}

// checkProseCases reads each case as a resolution of the volumes.
func checkProseCases(t *testing.T, cases []proseCase) {
	t.Helper()
	for _, c := range cases {
		checkParagraphs(t, c.name, proseResolution(c.body...), c.want)
	}
}

// TestChapeauOverClauses reads a chapeau that ends in a colon over clauses
// the way the hand-read facts read "Resolves that:" over numbered ones
// (9 (1946)): it is the operative part's heading, and the clauses under
// it, numbered or each opening with "That", are its paragraphs. A
// chapeau over lettered items stays a paragraph, the items its parts.
func TestChapeauOverClauses(t *testing.T) {
	checkProseCases(t, []proseCase{
		{"that clauses", []string{
			"Whereas the Governments have presented statements to the Council,", "",
			"The Security Council", "Resolves:", "",
			"That the Commission be composed of a representative of each", "of the members of the Council;", "",
			"That the Commission shall proceed to the area not later than", "15 January 1947;", "",
			"That the Secretary-General be requested to assist the Commission.",
		}, []paragraphWant{
			{"pp_1", "Whereas the Governments", ""},
			{"op_u1", "That the Commission be composed", "Resolves:"},
			{"op_u2", "That the Commission shall proceed", "Resolves:"},
			{"op_u3", "That the Secretary-General", "Resolves:"},
		}},
		{"spaced colon", []string{
			"The Security Council,", "",
			"Decides :", "",
			"That the question be kept on the list of matters of which", "the Council is seized.",
		}, []paragraphWant{
			{"op_u1", "That the question be kept", "Decides:"},
		}},
		{"numbered clauses", []string{
			"The Security Council,", "",
			"Taking into account the fact that the General Assembly will meet,", "",
			"Resolves:", "",
			"1. That applications for membership shall be considered;", "",
			"2. That applications shall be referred to a committee.",
		}, []paragraphWant{
			{"pp_1", "Taking into account", ""},
			{"op_1", "That applications for membership", "Resolves:"},
			{"op_2", "That applications shall be referred", "Resolves:"},
		}},
		{"lettered items", []string{
			"The Security Council,", "",
			"Having considered the report of the Secretary-General,", "",
			"Decides:", "",
			"(a) To call upon the parties concerned to implement resolution", "338 (1973);", "",
			"(b) To renew the mandate of the Force for another period of six months.",
		}, []paragraphWant{
			{"pp_1", "Having considered", ""},
			{"op_u1", "Decides:", ""},
			{"op_u1__a", "To call upon the parties", ""},
			{"op_u1__b", "To renew the mandate", ""},
		}},
	})

	// 15 (1946): "Resolves:" over nine "That …" clauses, which were
	// op_u2 to op_u10 under an op_u1 "Resolves:".
	d := devDocument(t, "S_RES_0015_1946_EN_GOLD.txt")
	ops := paragraphIDs(d, Operative)
	if len(ops) != 9 {
		t.Errorf("15 (1946): operative paragraphs %v, want op_u1 to op_u9", ops)
	}
	for _, p := range d.Paragraphs {
		if p.Kind == Operative && (!strings.HasPrefix(p.Text, "That ") || p.Section == nil || p.Section.Title != "Resolves:") {
			t.Errorf("15 (1946) %s in %v: %.60q; want a That clause under Resolves:", p.ID, p.Section, p.Text)
		}
	}
	// 6 (1946) prints the same chapeau over "1. That …", 9 (1946)
	// "Resolves that:" over "1. The …": two and five paragraphs under it.
	for file, n := range map[string]int{"S_RES_0006_1946_EN_GOLD.txt": 2, "S_RES_0009_1946_EN_GOLD.txt": 5} {
		d := devDocument(t, file)
		for _, p := range d.Paragraphs {
			if p.Kind == Operative {
				n--
				if p.Section == nil || !strings.HasPrefix(p.Section.Title, "Resolves") {
					t.Errorf("%s %s is in section %v, want the Resolves chapeau", file, p.ID, p.Section)
				}
			}
		}
		if n != 0 {
			t.Errorf("%s: %d operative paragraphs too many or few", file, n)
		}
	}
}

// TestFigureLabelAfterLetteredItem reads a figure in brackets at the head
// of a line after a lettered item ("(a) To cease hostilities forthwith,
// and" / "(6) To settle …") as the next item, whose letter OCR misread,
// where the item before does not end a clause: the two were one item.
func TestFigureLabelAfterLetteredItem(t *testing.T) {
	items := []paragraphWant{
		{"pp_1", "Noting with concern", ""},
		{"op_u1", "Calls upon the parties", ""},
		{"op_u1__a", "To cease hostilities forthwith, and", ""},
		{"op_u1__b", "To settle their dispute", ""},
	}
	for name, body := range map[string][]string{
		"blank lines": {
			"The Security Council,", "",
			"Noting with concern the hostilities in progress,", "",
			"Calls upon the parties :", "",
			"(a) To cease hostilities forthwith, and", "",
			"(6) To settle their dispute by arbitration or by other", "",
			"peaceful means and keep the Council informed.",
		},
		"no blank line": {
			"The Security Council,", "",
			"Noting with concern the hostilities in progress,", "",
			"Calls upon the parties :",
			"(a) To cease hostilities forthwith, and",
			"(5) To settle their dispute by arbitration or by other",
			"peaceful means and keep the Council informed.",
		},
	} {
		checkParagraphs(t, name, proseResolution(body...), items)
	}

	// 27 (1947): (a) held "… forthwith, and (6) To settle …".
	d := devDocument(t, "S_RES_0027_1947_EN_GOLD.txt")
	subs := map[string]string{}
	for _, p := range d.Paragraphs {
		if p.Kind == Sub {
			subs[p.ID] = p.Text
		}
	}
	if subs["op_u1__a"] != "To cease hostilities forthwith, and" || !strings.HasPrefix(subs["op_u1__b"], "To settle their dispute") || len(subs) != 2 {
		t.Errorf("27 (1947): sub-paragraphs %q, want (a) To cease … and (b) To settle …", subs)
	}
}

// TestIntroducedTextAndProviso keeps with an unnumbered decision what it
// introduces with a colon ("… determine the conditions …, as follows:" /
// "Japan will become a party …"), up to the next decision verb, "That"
// clause, lettered clause or preambular lead, and a proviso ("Provided,
// however, that …"): they were decisions of their own.
func TestIntroducedTextAndProviso(t *testing.T) {
	asFollows := []string{
		"The Security Council", "Recommends that the General Assembly determine the conditions on", "which Japan may become a party to the Statute, as follows:", "",
		"Japan will become a party to the Statute on the date of the deposit", "of an instrument containing:", "",
		"(a) Acceptance of the provisions of the Statute;", "(b) An undertaking to contribute to the expenses of the Court.", "",
	}
	const request = "Requests the Secretary-General to transmit the present resolution."
	asFollowsWant := []paragraphWant{
		{"op_u1", "Recommends that the General Assembly", ""},
		{"op_u1__a", "Acceptance of the provisions", ""},
		{"op_u1__b", "An undertaking", ""},
		{"op_u2", "Requests the Secretary-General", ""},
	}
	checkProseCases(t, []proseCase{
		{"conditions as follows", slices.Concat(asFollows, []string{request}), asFollowsWant},
		// A plain sentence after the items is still what "as follows:"
		// introduced, though the block before it ends with no colon.
		{"sentence after the items", slices.Concat(asFollows, []string{"The instrument shall be deposited with the Secretary-General.", "", request}), asFollowsWant},
		{"proviso", []string{
			"The Security Council,", "",
			"Recognizing that the withdrawal cannot be completed sooner,", "",
			"Resolves that the Council defer further proceedings until 6 May,", "",
			"Provided, however, that if in the meantime either Government reports", "any developments, the Secretary-General shall call them to the", "attention of the Council.",
		}, []paragraphWant{
			{"pp_1", "Recognizing that", ""},
			{"op_u1", "Resolves that the Council defer", ""},
		}},
		{"lettered clauses", []string{
			"The Security Council,", "",
			"Considering that it may investigate any dispute or any situation", "which might lead to international friction,", "",
			"Adopts the following resolution :", "",
			"A. A Commission of the Security Council is hereby established,", "composed of representatives of three members.", "",
			"B. The Commission shall proceed to the spot as quickly as possible.", "It shall act under the authority of the Council.",
		}, []paragraphWant{
			{"pp_1", "Considering", ""},
			{"op_u1", "Adopts the following resolution", ""},
			{"op_u2", "A. A Commission", ""},
			{"op_u3", "B. The Commission", ""},
		}},
		{"lead after items", []string{
			"The Security Council,", "",
			"Recalls to the Governments their obligations under the Charter", "and finds that:", "",
			"(a) Aerial action taken by the forces of the Government", "on 5 April 1951, and", "",
			"(b) Any aggressive military action by either of the", "parties in or around the demilitarized zone,", "",
			"constitute a violation of the cease-fire provision and are", "inconsistent with the Armistice Agreement;", "",
			"Noting the complaint with regard to the evacuation of", "residents from the demilitarized zone,", "",
			"Decides that the residents should be permitted to return", "forthwith to their homes.",
		}, []paragraphWant{
			{"op_u1", "Recalls to the Governments", ""},
			{"op_u1__a", "Aerial action", ""},
			{"op_u1__b", "Any aggressive", ""},
			{"op_u2", "Noting the complaint", ""},
			{"op_u3", "Decides that the residents", ""},
		}},
	})

	// 102 (1953) and 600 (1987) recommend the conditions on which a
	// State may become a party to the Statute of the Court, "as
	// follows:": the conditions and their items (a) to (c) were op_u2.
	// 3 (1946) ends its decision with a proviso, which was op_u2.
	for file, holds := range map[string]string{
		"S_RES_0102_1953_EN_GOLD.txt": "Japan will become a party",
		"S_RES_0600_1987_EN_GOLD.txt": "The Republic of Nauru will become a party",
		"S_RES_0003_1946_EN_GOLD.txt": "Provided, however, that",
	} {
		d := devDocument(t, file)
		ops := paragraphIDs(d, Operative)
		if len(ops) != 1 {
			t.Errorf("%s: operative paragraphs %v, want op_u1 alone", file, ops)
		}
		if p := paragraph(t, d, "op_u1"); !strings.Contains(p.Text, holds) {
			t.Errorf("%s op_u1 does not hold %q: %.200q", file, holds, p.Text)
		}
		for _, p := range d.Paragraphs {
			if p.Kind == Sub && p.Parent.ID != "op_u1" {
				t.Errorf("%s %s is part of %s, want op_u1", file, p.ID, p.Parent.ID)
			}
		}
	}
	// The lettered clauses of 39 (1948) and the "Noting …, Decides" of 93
	// (1951) after items under "finds that:" stay apart.
	for file, n := range map[string]int{"S_RES_0039_1948_EN_GOLD.txt": 8, "S_RES_0093_1951_EN_GOLD.txt": 13} {
		if ops := paragraphIDs(devDocument(t, file), Operative); len(ops) != n {
			t.Errorf("%s: operative paragraphs %v, want %d", file, ops, n)
		}
	}
}
