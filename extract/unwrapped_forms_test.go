package extract

import "testing"

// TestEndsSentenceSlashMark reads the provisional texts' footnote mark,
// "2/", after a clause's punctuation as the volumes' "4".
func TestEndsSentenceSlashMark(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"addressed to the Secretary-General, 2/", true},
		{"his mission of good offices in Cyprus, 1/", true},
		{"the thirty-two African Member States, 4", true},
		{"the report of the Secretary-General 12/", false},
		{"in accordance with resolution 2/", false},
		{"document S/25704/", false},
		{"and/", false},
	} {
		if got := endsSentence(c.line); got != c.want {
			t.Errorf("endsSentence(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestParagraphALine reads texts written a paragraph a line, blank lines
// between all of them (as 882 (1993), 852 (1993) and 6 (1946) of the
// development set read when their paragraphs are unwrapped): a long line
// that ends with no clause's punctuation ("… (S/26666 and Add.1)", "…
// obligations, and") or with the mark "2/" before one that opens as a
// paragraph does was read as cut by a page break, and the next paragraph
// joined to it.
func TestParagraphALine(t *testing.T) {
	for _, c := range []struct {
		prev, next string
		joined     bool
	}{
		{"Having considered the report of the Secretary-General on the United Nations Operation in Mozambique (ONUMOZ) dated 1 November 1993 (S/26666 and Add.1)", "Reiterating the importance it attaches to the General Peace Agreement for Mozambique,", false},
		{"Taking note of the letter dated 14 July 1993 from the Permanent Representative of Lebanon to the United Nations addressed to the Secretary-General, 2/", "Responding to the request of the Government of Lebanon,", false},
		{"Taking into account the fact that under Article 4 of the Charter, membership in the United Nations is open to all peace-loving States which are able and willing to carry out these obligations, and", "Taking into account the fact that the General Assembly will meet for the second part of its first session on 3 September 1946,", false},
		// A line that ends a clause, then a paragraph.
		{"Recalling its resolution 850 (1993) of 9 July 1993 and its earlier resolutions on the situation in Mozambique,", "Reiterating the importance it attaches to the General Peace Agreement for Mozambique,", false},
	} {
		src := resolutionText("\n\n",
			"Recalling its resolutions 353 (1974) of 20 July 1974 and 354 (1974) of 23 July 1974 on the situation in Cyprus and the reports of the Secretary-General,",
			c.prev, c.next,
			"1. Decides to remain seized of the matter and to consider it again at an early date in the light of the report of the Secretary-General;",
			"2. Requests the Secretary-General to report to the Council on the implementation of the present resolution within three months.")
		pps := preamblesOf(t, src)
		want := 3 // the first, prev and next
		if c.joined {
			want = 2
		}
		if len(pps) != want {
			t.Errorf("%.50q / %.30q: preambular paragraphs %v, want joined %v", c.prev, c.next, pps, c.joined)
		}
	}
}
