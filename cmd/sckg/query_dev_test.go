package main

import (
	"regexp"
	"strings"
	"testing"
)

// The canned queries answer the questions a reader of the Council's
// resolutions asks, in the words a reader types, on stores built from
// real files of the development set.

// A state is named as the texts and the tables name it: its short name
// ("Israel"), "the Government of Israel", its code, or the "actor/state/ISR"
// every table prints. 111 (1956) op_5 "Calls upon Israel to comply in the
// future with its obligations".
func TestQueryStatesByName(t *testing.T) {
	store := devStore(t, "S_RES_0111_1956_EN_GOLD.txt")
	for _, name := range []string{"Israel", "israel", "the Government of Israel", "ISR", "actor/state/ISR", "state/ISR"} {
		out, stderr, code := sckg(t, "query", "requests-to", name, "--store", store)
		if code != 0 {
			t.Errorf("requests-to %q: exit %d: %s", name, code, stderr)
			continue
		}
		if !regexp.MustCompile(`S/RES/111\(1956\)#op_5\s+calls upon`).MatchString(out) {
			t.Errorf("requests-to %q: no request of 111 (1956) op_5:\n%s", name, out)
		}
	}
	if _, stderr, code := sckg(t, "query", "requests-to", "Atlantis", "--store", store); code == 0 || !strings.Contains(stderr, `no actor called "Atlantis"`) {
		t.Errorf("an unknown name: exit %d: %s", code, stderr)
	}
}

// A document the store does not hold is an error that says so, not an
// empty answer; one the store knows only as cited (242 (1967), which 258
// (1968) op_2 reaffirms, held out of the build) answers nothing, with a
// word of why; so does a path against the direction of citations.
func TestQueryEmptyAnswersSayWhy(t *testing.T) {
	store := devStore(t, "S_RES_0258_1968_EN_GOLD.txt")
	for _, args := range [][]string{
		{"citation-chain", "S/RES/9999 (2020)"},
		{"votes", "S/RES/5 (1946)"},
		{"paragraph-citations", "S/RES/258(1968)#op_99"},
		{"path", "258 (1968)", "--param", "to=S/RES/9999(2020)"},
	} {
		out, stderr, code := sckg(t, append(append([]string{"query"}, args...), "--store", store)...)
		if code == 0 || !strings.Contains(stderr, "is not in the store") {
			t.Errorf("%v: exit %d, stderr %q, stdout:\n%s", args, code, stderr, out)
		}
	}
	for _, c := range []struct {
		args []string
		why  string
	}{
		{[]string{"citation-chain", "242 (1967)"}, "S/RES/242(1967) is in the store only as cited"},
		{[]string{"votes", "S/RES/242 (1967)"}, "S/RES/242(1967) is in the store only as cited"},
		{[]string{"path", "242 (1967)", "--param", "to=258 (1968)"}, "direction=both"},
	} {
		out, stderr, code := sckg(t, append(append([]string{"query"}, c.args...), "--store", store)...)
		if code != 0 || !strings.Contains(out, "(no results)") || !strings.Contains(stderr, c.why) {
			t.Errorf("%v: exit %d, stderr %q, stdout:\n%s", c.args, code, stderr, out)
		}
	}
	// a document the build read answers nothing without a note
	if out, stderr, code := sckg(t, "query", "cited-by", "258 (1968)", "--store", store); code != 0 || stderr != "" || !strings.Contains(out, "(no results)") {
		t.Errorf("cited-by 258 (1968): exit %d, stderr %q, stdout:\n%s", code, stderr, out)
	}
}

// Tables put the columns in the order a reader reads them: a revision's
// paragraphs before the words it changed, and the node's IRI last (759
// (1992) op_1 renews 723 (1991) op_1: "December" for "June"); a vote's
// counts as the texts print them, in favour, against, abstaining (687
// (1991): "by 12 votes to 1 (Cuba) with 2 abstentions").
func TestQueryTableColumns(t *testing.T) {
	store := devStore(t, "S_RES_0723_1991_EN_GOLD.txt", "S_RES_0759_1992_EN_GOLD.txt", "S_RES_0687_1991_EN_GOLD.txt")
	for _, c := range []struct {
		args   []string
		header string
		row    string
	}{
		{[]string{"provision-history", "S/RES/759 (1992)#op_1"},
			`STEP +DATE +STATUS +SIMILARITY +FROM +TO +REMOVED +ADDED +BASIS +FROMDOCUMENT +TODOCUMENT +REVISION`,
			`-1 +1992-06-12 +changed +0\.\d+ +S/RES/723\(1991\)#op_1 +S/RES/759\(1992\)#op_1 +June +December +series`},
		{[]string{"votes", "687 (1991)"},
			`KIND +DATE +ID +RESULT +INFAVOUR +AGAINST +ABSTAINING`,
			`vote +1991-04-03 +vote/S/RES/687\(1991\) +S/RES/687\(1991\) +12 +1 +2`},
		{[]string{"requests-to", "Iraq"},
			`DATE +DOCUMENT +PARAGRAPH +VERB +ACTION( +\w+)* +REQUEST\n`, ``},
	} {
		out, stderr, code := sckg(t, append(append([]string{"query"}, c.args...), "--store", store)...)
		if code != 0 {
			t.Errorf("%v: exit %d: %s", c.args, code, stderr)
			continue
		}
		if !regexp.MustCompile(`(?m)^` + c.header).MatchString(out) {
			t.Errorf("%v: header not %s:\n%s", c.args, c.header, out)
		}
		if !regexp.MustCompile(`(?m)^` + c.row).MatchString(out) {
			t.Errorf("%v: no row %s:\n%s", c.args, c.row, out)
		}
	}
}

// mandate-history opens with the resolution that set the mission up,
// which the actor registry names (sckg:establishedBy), where no paragraph
// read says so: UNFICYP, set up by 186 (1964) of 4 March 1964 ("Recommends
// the creation ... of a United Nations peace-keeping force in Cyprus"),
// then extended by 192 (1964) op_4 to 26 September 1964; with 186 (1964)
// not built, the row stands with the year of its symbol.
func TestQueryMandateHistoryEstablishment(t *testing.T) {
	for _, c := range []struct {
		files []string
		row   string
	}{
		{[]string{"S_RES_0186_1964_EN_GOLD.txt", "S_RES_0192_1964_EN_GOLD.txt"}, `establishment +1964-03-04 +S/RES/186\(1964\) .*actor registry`},
		{[]string{"S_RES_0192_1964_EN_GOLD.txt"}, `establishment +1964 +S/RES/186\(1964\) .*actor registry`},
	} {
		store := devStore(t, c.files...)
		out, stderr, code := sckg(t, "query", "mandate-history", "UNFICYP", "--store", store)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) < 3 || !regexp.MustCompile(c.row).MatchString(lines[1]) || !regexp.MustCompile(`extension +1964-06-20 +S/RES/192\(1964\) +S/RES/192\(1964\)#op_4 +1964-09-26`).MatchString(lines[2]) {
			t.Errorf("%v: want the establishment by 186 (1964), then 192's extension:\n%s", c.files, out)
		}
	}
}
