package extract

import "testing"

// TestDeadlinePeriod holds the deadlines that give no day: a month
// ("by July 1992", "before the end of October 1990", "no later than May
// 1993") is its xsd:gYearMonth, a year after "the end of" its xsd:gYear;
// a month or year with no deadline's words before it, and a year alone
// after "by", are none, and a full date is left to deadlineOf's date,
// even one printed after the month.
func TestDeadlinePeriod(t *testing.T) {
	for _, c := range []struct{ paragraph, want string }{
		{"Also requests the Secretary-General to submit a full report to the Council on the outcome of his efforts by July 1992 at the latest;", "1992-07"},
		{"Requests that he submit a report to the Security Council, before the end of October 1990, containing his findings;", "1990-10"},
		{"Calls upon the parties to hold the elections not later than May 1993;", "1993-05"},
		{"Requests the Secretary-General to report by the end of March 1995;", "1995-03"},
		{"Requests the Secretary-General to report to the Council before the end of 1993;", "1993"},
		{"Urges the parties to commence assembly of troops in November 1993 and to initiate demobilization by January 1994;", "1994-01"},
		{"Requests the Secretary-General to report on the events of July 1992;", ""},
		{"Urges all States to implement the measures adopted by 1993;", ""},
		{"Requests the Secretary-General to report by 31 March 1994;", ""},
		{"Requests the Secretary-General to report by July 1992 and again by 31 March 1994;", ""},
		{"Requests the Secretary-General to report by Monday 1994;", ""},
	} {
		rs := operativeRequests(t, c.paragraph)
		if len(rs) == 0 {
			t.Errorf("%q: no request", c.paragraph)
			continue
		}
		if got := rs[0].DeadlinePeriod; got != c.want {
			t.Errorf("%q: deadline period %q, want %q", c.paragraph, got, c.want)
		}
	}
}

// TestDeadlinePeriodDev holds the development set's deadlines of a month.
func TestDeadlinePeriodDev(t *testing.T) {
	for _, c := range []struct {
		file, id string
		ord      int
		want     string
	}{
		{"S_RES_0750_1992_EN_GOLD.txt", "op_10", 1, "1992-07"},
		{"S_RES_0672_1990_EN_GOLD.txt", "op_4", 1, "1990-10"},
		{"S_RES_0882_1993_EN_GOLD.txt", "op_5", 1, "1994-01"},
		{"S_RES_0507_1982_EN_GOLD.txt", "op_10", 1, "1982-05"},
	} {
		r := devRequest(t, c.file, c.id, c.ord)
		if r == nil || r.DeadlinePeriod != c.want || r.Deadline != "" {
			t.Errorf("%s %s %d: %+v, want deadline period %q", c.file, c.id, c.ord, r, c.want)
		}
	}
}
