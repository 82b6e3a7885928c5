package extract

import "testing"

// "At the end of this period" is the day the period a mandate extension
// of the paragraph before, or of an item before it, sets ends: the
// report UNDOF's and UNEF's renewals ask of the Secretary-General. The
// extension's own clause gets no deadline from it ("in the firm hope
// that by the end of this period …"), nor a request far from any
// extension.
func TestDeadlineAtEndOfThisPeriod(t *testing.T) {
	for _, c := range []struct {
		file, id, deadline string
	}{
		{"S_RES_0756_1992_EN_GOLD.txt", "op_u1__c", "1992-11-30"}, // (b) renews until 30 November 1992
		{"S_RES_0396_1976_EN_GOLD.txt", "op_1__c", "1977-10-24"},
		{"S_RES_0438_1978_EN_GOLD.txt", "op_2", "1979-07-24"}, // 1. renews UNEF until 24 July 1979
		{"S_RES_0222_1966_EN_GOLD.txt", "op_3", ""},           // the extension's own hope
	} {
		r := devRequest(t, c.file, c.id, 1)
		if r == nil || r.Deadline != c.deadline {
			t.Errorf("%s %s: %v; want the deadline %q", c.file, c.id, r, c.deadline)
		}
	}
	for _, c := range []struct {
		paragraphs []string
		id         string
		ord        int
		deadline   string
	}{
		{[]string{"1. Decides to renew the mandate of the United Nations Disengagement Observer Force for another period of six months, that is, until 31 May 1994, and requests the Secretary-General to submit at the end of this period a report on the developments in the situation;"}, "op_1", 2, "1994-05-31"},
		{[]string{"1. Decides to extend the mandate of the United Nations Interim Force in Lebanon for a further period of six months, that is, until 31 July 1994;", "2. Requests the Secretary-General to submit, at the end of this period, a report;"}, "op_2", 1, "1994-07-31"},
		// The decision whose item asks for the report asks nothing at
		// the end of the period itself.
		{[]string{"1. Decides to extend the mandate of the United Nations Interim Force in Lebanon for a further period ending 15 December 1994;", "2. Decides:\n\n(a) To request the Secretary-General to submit, at the end of this period, a report;\n\n(b) To remain seized of the matter."}, "op_2", 1, ""},
		// No extension before: "this period" names none sckg can date.
		{[]string{"1. Requests the Secretary-General to submit at the end of this period a report;"}, "op_1", 1, ""},
		{[]string{"1. Decides to extend the mandate of the United Nations Interim Force in Lebanon until 31 July 1994;", "2. Welcomes the report;", "3. Notes the efforts;", "4. Requests the Secretary-General to report at the end of this period;"}, "op_4", 1, ""},
	} {
		s, _, err := defaultExtractor.File("text.txt", resolutionText("\n", c.paragraphs...))
		if err != nil || len(s.Documents) != 1 {
			t.Fatalf("%q: not read (%v)", c.paragraphs, err)
		}
		var got *Request
		for _, r := range s.Documents[0].Requests {
			if r.Paragraph.ID == c.id && r.Ordinal == c.ord {
				got = r
			}
		}
		if got == nil || got.Deadline != c.deadline {
			t.Errorf("%q: %v; want the deadline %q", c.paragraphs, got, c.deadline)
		}
	}
}
