package extract

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// The held-out resolutions are printed in the same volumes as the
// development set, but every paragraph breaks its lines elsewhere. These
// tests move a line break in real dev texts to a place the volumes break
// lines as well, and ask for the same facts.

// Pairs of lines that carry on one paragraph where the printing wraps it.
// A line that opens with "Security Council resolution 338 (1973)" after a
// line that stops mid-sentence carries on that sentence: it is no title.
func TestWrappedLinePairs(t *testing.T) {
	checkLinePairs(t, "wrapsAtCouncilName", wrapsAtCouncilName, []linePair{
		{"(a) To call upon the parties concerned to implement immediately", "Security Council resolution 338 (1973) of 22 October 1973;", true},
		{"arms embargo imposed against South Africa in", "Security Council resolution 418 (1977):", true},
		{"Security Council resolutions, in particular", "Security Council resolution 417 (1977),", true},
		{"step towards the implementation of", "Security Council resolution 338 (1973)", true},
		{"MILITARY STAFF COMMITTEE", "Security Council resolution 338 (1973)", false},
		{"in accordance with the resolution,", "Security Council resolution 338 (1973)", false},
		{"taken by the Council.", "SECURITY COUNCIL RESOLUTION 1441 (2002)", false},
		{"of the United Nations in", "Resolution 678 (1990)", false},
		{"", "Security Council resolution 338 (1973)", false},
	})
	// A resolution's number at a line's end with its year opening the next,
	// or a list of resolutions wrapped after a comma, carries on the
	// paragraph, blank lines in sight or not.
	checkLinePairs(t, "wrapsCitationYear", wrapsCitationYear, []linePair{
		{"of 2 August 1990, 661", "(1990) of 6 August 1990, 662 (1990)", true},
		{"and 435", "(1978) of 29 September 1978,", true},
		{"(1990) of 13 September 1990,", "667 (1990) of 16 September 1990,", true},
		{"Recalling its resolutions 387 (1976),", "418 (1977), 428 (1978) and 447 (1979),", true},
		{"thirty-two African Member States, 4", "Recalling its resolution 387 (1976),", false},
		{"… of the Charter,", "1. Decides to act;", false},
		{"… of the Charter,", "9 (1946). Resolution of 15 October 1946", false},
		{"of the Council, 4", "(a) To call upon the parties", false},
		{"", "(1990) of 6 August", false},
		{"Articles 24, 33,", "34, 35, 36, 52 and 103 of the Charter", true},
		{"obligation to implement resolution", "660 (1990) and the above-mentioned", true},
		{"resolutions 660 (1990) of 2 August", "1990, 661 (1990) of 6 August 1990,", true},
		{"of the United Nations,", "12 Official Records of the Security Council", false},
		{"to take all necessary measures,", "2. Decides to remain seized", false},
		{"Recalling its resolution", "2. Decides to remain seized", false},
	})
}

// linePair is two lines, one after the other, and whether the second
// carries on the first.
type linePair struct {
	prev, next string
	want       bool
}

func checkLinePairs(t *testing.T, name string, f func(prev, next string) bool, pairs []linePair) {
	t.Helper()
	for _, c := range pairs {
		if got := f(c.prev, c.next); got != c.want {
			t.Errorf("%s(%q, %q) = %v, want %v", name, c.prev, c.next, got, c.want)
		}
	}
}

// councilCitationRE finds "Security Council resolution N (YYYY)" after a
// word of running text, where a re-wrapped printing may break the line.
var councilCitationRE = regexp.MustCompile(`[a-z] (Security Council resolution \d{1,4} \(\d{4}\))`)

// TestDevCouncilCitationWrapped breaks the line before every "Security
// Council resolution N (YYYY)" that follows a word of a dev text's body:
// each file still holds one resolution, its own, with the same citations.
func TestDevCouncilCitationWrapped(t *testing.T) {
	results := devResults(t)
	moved := 0
	eachDevText(t, func(base, src string) {
		locs := councilCitationRE.FindAllStringSubmatchIndex(src, -1)
		if len(locs) == 0 {
			return
		}
		var sb strings.Builder
		last := 0
		for _, m := range locs {
			sb.WriteString(src[last : m[2]-1])
			sb.WriteByte('\n')
			last = m[2]
		}
		sb.WriteString(src[last:])
		moved += len(locs)
		d := oneDocument(t, base, sb.String())
		want := results[base].Source.Documents
		if len(want) != 1 || d.Symbol != want[0].Symbol {
			t.Errorf("%s re-wrapped reads as %s, want %s", base, d.Symbol, want[0].Symbol)
			return
		}
		if got, want := citedTargets(d), citedTargets(want[0]); !reflect.DeepEqual(got, want) {
			t.Errorf("%s re-wrapped cites %v, want %v", base, got, want)
		}
	})
	if moved < 10 {
		t.Errorf("only %d citations re-wrapped: the test no longer tests", moved)
	}
}

// A clause opens after a comma, a semicolon or "and" at a line's end as
// after one inside it, and a verb of two words may be wrapped between
// them.
func TestClauseMarkAtLineEnd(t *testing.T) {
	for text, want := range map[string][]string{
		"Invites UNTAC to establish all necessary border checkpoints,\nrequests neighbouring States to cooperate fully":                  {"invites", "requests"},
		"Invites UNTAC to establish all necessary border checkpoints, requests neighbouring States to cooperate fully":                   {"invites", "requests"},
		"Instructs the Mediator to supervise the truce since 11 June 1948,\nauthorizes him to deal with breaches":                        {"instructs", "authorizes"},
		"Welcomes the disposition of the Government of Angola to reach a settlement; and\ndemands that it do so":                         {"welcomes", "demands"},
		"Affirms the right of free navigation, calls on all States to respect this right and also calls\nupon the belligerents to cease": {"affirms", "calls on", "also calls upon"},
		"Expresses its appreciation and, in this context,\nstresses the importance of close coordination":                                {"expresses", "stresses"},
		"Welcomes the report,\nthe annex and\nthe letter":                                                                                {"welcomes"},
	} {
		var got []string
		for _, l := range appendVerbLocs(nil, text) {
			got = append(got, strings.ReplaceAll(strings.ToLower(text[l[2]:l[3]]), "\n", " "))
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("verbs of %q = %q, want %q", text, got, want)
		}
	}
}

// TestDevClauseWrappedAtComma: 792 (1992) prints "… border checkpoints,"
// / "requests neighbouring States to cooperate …" in paragraph 12, three
// requests where the clause after the line break was read as the first's
// action.
func TestDevClauseWrappedAtComma(t *testing.T) {
	d := devDocument(t, "S_RES_0792_1992_EN_GOLD.txt")
	var got []string
	for _, r := range d.Requests {
		if r.Paragraph.ID == "op_12" {
			got = append(got, r.Verb+": "+r.Action)
		}
	}
	want := []string{
		"invites: to establish all necessary border checkpoints",
		"requests: to cooperate fully in the establishment and maintenance of those checkpoints",
		"requests: to undertake immediate consultations with States concerned regarding their establishment and operation",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("op_12's requests = %q, want %q", got, want)
	}
}

// TestDevCitationListWrapped re-wraps at 38 characters the first
// paragraph of 687 (1991), which recalls thirteen resolutions with their
// dates: lines of "… 1990, 661" / "(1990) of 6 August …" and "… 1990," /
// "667 (1990) …". Under the resolution's own title and over one of its
// paragraphs, it reads as one paragraph with the thirteen citations it
// has as printed.
func TestDevCitationListWrapped(t *testing.T) {
	const file = "S_RES_0687_1991_EN_GOLD.txt"
	want := devDocument(t, file).Paragraphs[0]
	head, _, ok := strings.Cut(devText(t, file), "Recalling its resolutions 660 (1990)")
	if !ok {
		t.Fatal("687 (1991) recalls no 660 (1990)")
	}
	// The paragraph as a column of 38 characters prints it, where the
	// lines the volume prints at 55 break as they do there.
	wrapped := "Recalling its resolutions 660 (1990)\n" +
		"of 2 August 1990, 661\n" +
		"(1990) of 6 August 1990, 662 (1990)\n" +
		"of 9 August 1990, 664\n" +
		"(1990) of 18 August 1990, 665 (1990)\n" +
		"of 25 August 1990, 666\n" +
		"(1990) of 13 September 1990,\n" +
		"667 (1990) of 16 September 1990,\n" +
		"669 (1990) of 24 September 1990, 670 (1990) of 25 September\n" +
		"1990, 674 (1990) of 29 October 1990, 677 (1990) of 28 November 1990, 678 (1990) of 29 November 1990 and 686 (1991) of\n" +
		"2 March 1991,"
	src := head + wrapped + "\n\n1. Decides to act.\n\nAdopted at the 2981st meeting by 12 votes to 1 (Cuba).\n"
	got := oneDocument(t, file, src)
	var cited, wantCited []string
	for _, c := range got.Citations {
		if c.Paragraph == got.Paragraphs[0] {
			cited = append(cited, c.Target)
		}
	}
	for _, c := range devDocument(t, file).Citations {
		if c.Paragraph == want {
			wantCited = append(wantCited, c.Target)
		}
	}
	if len(got.Paragraphs) != 2 || !reflect.DeepEqual(cited, wantCited) || len(wantCited) != 13 {
		t.Errorf("re-wrapped, %d paragraphs, the first citing %q, want 2 and %q", len(got.Paragraphs), cited, wantCited)
	}
}
