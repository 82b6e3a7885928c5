package extract

import (
	"strings"
	"testing"
)

// TestTrimClauseEndAsTrimRight holds trimClauseEnd to strings.TrimRight
// with its cutset, on every clause findRequests reads in dev and the
// seeds and on made strings of the cut bytes and near ones.
func TestTrimClauseEndAsTrimRight(t *testing.T) {
	var in []string
	for _, d := range extractedDocuments(append(devInputs(t), seedInputs(t)...)) {
		var c clauseList
		c.find(d)
		for pi, p := range d.Paragraphs {
			locs := c.locs[c.bounds[pi]:c.bounds[pi+1]]
			for k, loc := range locs {
				end := len(p.Text)
				if k+1 < len(locs) {
					end = locs[k+1][0]
				}
				in = append(in, p.Text[loc[2]:end])
			}
		}
	}
	bytes := []string{",", ";", " ", "a", ".", ":", "\t", "\u00a0", "é"}
	var made func(prefix string, n int)
	made = func(prefix string, n int) {
		in = append(in, prefix)
		if n == 0 {
			return
		}
		for _, b := range bytes {
			made(prefix+b, n-1)
		}
	}
	made("", 4)
	for _, s := range in {
		if got, want := trimClauseEnd(s), strings.TrimRight(s, ",; "); got != want {
			t.Fatalf("trimClauseEnd(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzTrimClauseEndAsTrimRight is TestTrimClauseEndAsTrimRight on any
// string.
func FuzzTrimClauseEndAsTrimRight(f *testing.F) {
	f.Add("Requests the Secretary-General to report; ")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := trimClauseEnd(s), strings.TrimRight(s, ",; "); got != want {
			t.Fatalf("trimClauseEnd(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestClauseEndsBeforeFootnoteMark holds that a request's text and
// action leave out the footnote's mark the volumes print after a
// clause's semicolon, and keep a number the clause ends with itself.
func TestClauseEndsBeforeFootnoteMark(t *testing.T) {
	for _, c := range []struct{ s, want string }{
		{"Approves the report of the Secretary-General of 26 October 1990; 99", "Approves the report of the Secretary-General of 26 October 1990"},
		{"Takes note of the report of the Secretary-General; 7 ", "Takes note of the report of the Secretary-General"},
		{"Decides to consider the question again on 15 June 1990;", "Decides to consider the question again on 15 June 1990"},
		{"Requests the Secretary-General to report under paragraphs 3 and 4;", "Requests the Secretary-General to report under paragraphs 3 and 4"},
	} {
		if got := trimClauseMark(c.s); got != c.want {
			t.Errorf("trimClauseMark(%q) = %q, want %q", c.s, got, c.want)
		}
	}
	d := operativeDocument(t, "Approves the report of the Secretary-General of 26 October 1990; 99")
	if len(d.Requests) != 1 || d.Requests[0].Action != "the report of the Secretary-General of 26 October 1990" {
		t.Errorf("requests %+v, want one whose action ends before the mark", d.Requests)
	}
}
