package extract

import "testing"

// A deadline printed as a period counted from the adoption after "not
// later than" or "no later than" is read as "within" is: its duration,
// and its date where the adoption's is known. A period counted from
// another day is none. Lines as the texts of 1948-1993 print them.
func TestLaterThanAdoption(t *testing.T) {
	for _, c := range []struct {
		clause, adopted, duration, deadline string
	}{
		{"Orders the Governments and authorities concerned, pursuant to Article 40 of the Charter, to issue cease-fire orders, to take effect at a time to be determined by the Mediator, but in any event not later than three days from the date of the adoption of this resolution", "1948-07-15", "P3D", "1948-07-18"},
		{"Requests the Secretary-General to submit a plan to the Council for decision, no later than thirty days following the adoption of the present resolution", "1991-04-03", "P30D", "1991-05-03"},
		{"Requests the Secretary-General to report on the problems confided to him, not later than six weeks after this resolution comes into effect", "1951-11-10", "P42D", "1951-12-22"},
		{"Calls upon the parties to withdraw no later than 10 days of the adoption of this resolution", "", "P10D", ""},
		{"Requests the Secretary-General to report not later than thirty days after the date of the adoption of this resolution", "1991-04-03", "P30D", "1991-05-03"},
		{"Requests the Secretary-General to report not later than thirty days following the date of the adoption of the present resolution", "1991-04-03", "P30D", "1991-05-03"},
		// Counted from another day.
		{"Requests the Secretary-General to report not later than 30 days after the adoption of resolution 687 (1991)", "1991-04-03", "", ""},
		{"Calls upon Iraq to withdraw not later than 10 days after the adoption of resolution 660 (1990)", "1990-11-29", "", ""},
		{"Decides to terminate the authority no later than seven days from the date when the authority conferred by paragraph 2 ends", "1993-03-31", "", ""},
		{"Decides that the transitional period will begin no later than sixteen weeks after the General Assembly approves the budget", "1991-04-29", "", ""},
		// A date after "not later than" is read as before.
		{"Requests the Secretary-General to report not later than 15 April 1978", "1978-03-03", "", "1978-04-15"},
	} {
		var r Request
		readTiming(&r, c.clause, c.adopted)
		if r.DeadlineDuration != c.duration || r.Deadline != c.deadline {
			t.Errorf("%q: duration %q, deadline %q; want %q, %q", c.clause, r.DeadlineDuration, r.Deadline, c.duration, c.deadline)
		}
	}
}

// The period after "later than" is read in a paragraph with no figure
// nor "within": findRequests reads its timing for those words too.
func TestLaterThanAdoptionWithoutFigures(t *testing.T) {
	rs := operativeRequests(t, "Instructs the United Nations Representative to report to the Security Council on his efforts, not later than six weeks after this resolution comes into effect.")
	if len(rs) != 1 || rs[0].DeadlineDuration != "P42D" || rs[0].Deadline != "1990-09-13" {
		t.Errorf("%+v: want P42D, 1990-09-13", rs)
	}
}
