package extract

import (
	"slices"
	"testing"
)

// devRequest is the request ord (from 1) of paragraph id in a file of
// the development set, or nil.
func devRequest(t *testing.T, file, id string, ord int) *Request {
	t.Helper()
	r, ok := devResults(t)[file]
	if !ok || r.Source == nil || len(r.Source.Documents) != 1 {
		t.Fatalf("%s: not read", file)
	}
	for _, q := range r.Source.Documents[0].Requests {
		if q.Paragraph.ID == id && q.Ordinal == ord {
			return q
		}
	}
	return nil
}

// devClause is a request of the development set as read: its verb as
// printed ("" for any) and its addressees.
type devClause struct {
	file, id  string
	ord       int
	verb      string
	addressee []string
}

// checkDevClauses holds the development set's requests to cs.
func checkDevClauses(t *testing.T, cs []devClause) {
	t.Helper()
	for _, c := range cs {
		r := devRequest(t, c.file, c.id, c.ord)
		if r == nil {
			t.Errorf("%s %s: no request %d", c.file, c.id, c.ord)
			continue
		}
		if c.verb != "" && r.Verb != c.verb || !slices.Equal(r.Addressee, c.addressee) {
			t.Errorf("%s %s %d: %q to %q; want %q to %q", c.file, c.id, c.ord, r.Verb, r.Addressee, c.verb, c.addressee)
		}
	}
}

// TestPeriodCountInWords holds the counts a period prints in words: the
// teens and tens, and a ten and a unit joined by a hyphen ("within
// forty-five days"), each read whole; a count not read gives no deadline,
// where it gave the adoption date itself.
func TestPeriodCountInWords(t *testing.T) {
	for _, c := range []struct {
		clause, adopted, duration, deadline string
	}{
		{"Invites the Secretary-General to report to it within fifteen days of the adoption of this resolution", "1992-12-18", "P15D", "1993-01-02"},
		{"Requests the Secretary-General to submit within forty-five days a plan", "1991-04-03", "P45D", "1991-05-18"},
		{"Requests the Commission to report within twenty days", "1964-06-04", "P20D", "1964-06-24"},
		{"Requests the Commission to report within ninety-nine days", "", "P99D", ""},
		{"Requests the Commission to report every fourteen days", "", "", ""},
		// Not counts: no deadline at all.
		{"Requests the Commission to report within several days", "1964-06-04", "", ""},
		{"Requests the Commission to report within forty-ten days", "1964-06-04", "", ""},
		{"Requests the Commission to report within fifteen-five days", "1964-06-04", "", ""},
		{"Requests the Commission to report within fifty- five days", "1964-06-04", "", ""},
	} {
		var r Request
		readTiming(&r, c.clause, c.adopted)
		if r.DeadlineDuration != c.duration || r.Deadline != c.deadline {
			t.Errorf("%q: duration %q, deadline %q; want %q, %q", c.clause, r.DeadlineDuration, r.Deadline, c.duration, c.deadline)
		}
	}
	var r Request
	readTiming(&r, "Requests the Commission to report every fourteen days", "")
	if r.Interval != "P14D" {
		t.Errorf("every fourteen days: interval %q, want P14D", r.Interval)
	}
}

// TestPeriodCountInWordsDev holds the development set's deadlines counted
// in words past twelve.
func TestPeriodCountInWordsDev(t *testing.T) {
	for _, c := range []struct {
		file, id           string
		ord                int
		duration, deadline string
	}{
		{"S_RES_0798_1992_EN_GOLD.txt", "op_5", 1, "P15D", "1993-01-02"},  // "within fifteen days"
		{"S_RES_0687_1991_EN_GOLD.txt", "op_12", 1, "P15D", "1991-04-18"}, // was the adoption date
		{"S_RES_0687_1991_EN_GOLD.txt", "op_13", 1, "P45D", "1991-05-18"}, // "within forty-five days"
		{"S_RES_0189_1964_EN_GOLD.txt", "op_5", 1, "P45D", "1964-07-19"},
	} {
		r := devRequest(t, c.file, c.id, c.ord)
		if r == nil {
			t.Errorf("%s %s: no request %d", c.file, c.id, c.ord)
			continue
		}
		if r.DeadlineDuration != c.duration || r.Deadline != c.deadline {
			t.Errorf("%s %s: duration %q, deadline %q; want %q, %q", c.file, c.id, r.DeadlineDuration, r.Deadline, c.duration, c.deadline)
		}
	}
}
