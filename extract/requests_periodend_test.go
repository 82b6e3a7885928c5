package extract

import (
	"strings"
	"testing"
)

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
		if r == nil {
			t.Errorf("%s %s: no request; want one with the deadline %q", c.file, c.id, c.deadline)
		} else if r.Deadline != c.deadline {
			t.Errorf("%s %s: %q %q by %q; want the deadline %q", c.file, c.id, r.Verb, r.Action, r.Deadline, c.deadline)
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
		// The extension two paragraphs before the request is "this
		// period"'s; three before, none.
		{[]string{"1. Decides to extend the mandate of the United Nations Interim Force in Lebanon until 31 July 1994;", "2. Welcomes the report;", "3. Requests the Secretary-General to report at the end of this period;"}, "op_3", 1, "1994-07-31"},
		{[]string{"1. Decides to extend the mandate of the United Nations Interim Force in Lebanon until 31 July 1994;", "2. Welcomes the report;", "3. Notes the efforts;", "4. Requests the Secretary-General to report at the end of this period;"}, "op_4", 1, ""},
	} {
		got := requestOf(decisionRequests(t, strings.Join(c.paragraphs, "\n\n")), c.id, c.ord)
		if got == nil {
			t.Errorf("%q: no request %s %d; want one with the deadline %q", c.paragraphs, c.id, c.ord, c.deadline)
		} else if got.Deadline != c.deadline {
			t.Errorf("%q: %s %d %q %q by %q; want the deadline %q", c.paragraphs, c.id, c.ord, got.Verb, got.Action, got.Deadline, c.deadline)
		}
	}
}

// requestOf is the request of rs numbered ord in the paragraph id, or
// nil.
func requestOf(rs []*Request, id string, ord int) *Request {
	for _, r := range rs {
		if r.Paragraph.ID == id && r.Ordinal == ord {
			return r
		}
	}
	return nil
}
