package extract

import (
	"slices"
	"testing"
)

// TestCouncilVerbsOpenClauses holds the Council's verbs that address no
// one, or are read only where its own clauses open: each opens a
// paragraph's clause, "Approves", "Declares", "Notes", "Re-emphasizes" …
// after a comma or "and" too, "Extends", "Determines", "Holds",
// "Records", "Orders" … only at the start or after a semicolon, as they
// are another subject's verb or a noun after a comma or "and"; "notes
// verbales" opens none.
func TestCouncilVerbsOpenClauses(t *testing.T) {
	for _, c := range []struct {
		text   string
		lemmas []string
	}{
		{"Approves the report of the Secretary-General", []string{"approves"}},
		{"Solemnly declares that these acts are illegal", []string{"declares"}},
		{"Notes with satisfaction that the parties have resumed the talks and urges them to pursue these talks", []string{"notes", "urges"}},
		{"Re-emphasizes the terms of reference of the Force", []string{"re-emphasizes"}},
		{"Fully supports the efforts of the Secretary-General", []string{"supports"}},
		{"Takes cognizance of the special economic hardships of Zambia", []string{"takes cognizance"}},
		{"Calls attention to the terms of reference of the Force", []string{"calls attention"}},
		{"Welcomes the report and agrees with the proposals contained therein", []string{"welcomes", "agrees"}},
		{"Also requests the Secretary-General to report, and declares its readiness to act", []string{"requests", "declares"}},
		{"Confirms its previous resolutions and demands an immediate cease-fire", []string{"confirms", "demands"}},
		{"Reaffirms the mandate of the Force and looks forward to receiving the report", []string{"reaffirms", "looks forward"}},
		// At the opening, or after a semicolon.
		{"Extends once more the stationing in Cyprus of the Force", []string{"extends"}},
		{"Determines that the situation seriously disturbs peace and security", []string{"determines"}},
		{"Finds that the aerial action was a violation of the Agreement", []string{"finds"}},
		{"Strongly rejects the so-called new constitution; and declares it null and void", []string{"rejects", "declares"}},
		{"Holds the National Union responsible for the breakdown of the talks", []string{"holds"}},
		{"Records its formal disapproval of the unilateral military actions", []string{"records"}},
		{"Orders a cease-fire; and instructs the Truce Commission to make it effective", []string{"orders", "instructs"}},
		{"Decides to remain seized of the matter; considers that the parties should permit such entry", []string{"decides", "considers"}},
		{"Considers that the State cannot continue its membership; and therefore recommends to the General Assembly that it decide", []string{"considers", "recommends"}},
		// Another subject's verb, or a noun, after a comma or "and".
		{"Decides that if the Committee, after receiving the reports, determines that circumstances have arisen, it will report", []string{"decides"}},
		{"Requests the support, provided through the agreement, continues to be subject to reimbursement", []string{"requests"}},
		{"Decides that a State shall deposit a declaration by which it accepts the jurisdiction of the Court, and undertakes to comply with its decisions", []string{"decides"}},
		{"Requests the Secretary-General to transmit the proposals, records of the discussions, and orders of the day", []string{"requests"}},
		{"Requests the Secretary-General to transmit these proposals and the records of the discussions", []string{"requests"}},
		{"Takes note of the letters and notes verbales of the Government", []string{"takes note"}},
		{"Takes note of the letters, notes\nverbales and replies", []string{"takes note"}},
		{"Takes note of the letters, notes and communications from the Government of Israel", []string{"takes note"}},
		{"Has considered the reports and notes of the Secretary-General", nil},
		{"Urges the parties to cease fire, and notes, in this regard, the efforts of the mediator", []string{"urges", "notes"}},
		{"Requests the Commission to report on the zone, extends its good offices, and holds the parties to account", []string{"requests"}},
		{"Condemns and rejects the deliberate actions of the party", []string{"condemns"}},
		{"Requests the Committee, if it finds that the measures are violated, to report", []string{"requests"}},
	} {
		var lemmas []string
		for _, loc := range appendVerbLocs(nil, c.text) {
			lemmas = append(lemmas, lastWords(lowerVerb(c.text[loc[2]:loc[3]])))
		}
		if !slices.Equal(lemmas, c.lemmas) {
			t.Errorf("%q: lemmas %q, want %q", c.text, lemmas, c.lemmas)
		}
	}
}

// TestCouncilVerbsOpenClausesDev holds the development set's paragraphs
// that open with such verbs, each now a request, and its clauses inside
// a paragraph; and a paragraph whose "the records of" opens none.
func TestCouncilVerbsOpenClausesDev(t *testing.T) {
	checkDevClauses(t, []devClause{
		// The verbs that state or settle something address no one.
		{"S_RES_0318_1972_EN_GOLD.txt", "op_4", 1, "approves", nil},
		{"S_RES_0108_1955_EN_GOLD.txt", "op_4", 1, "declares", nil},
		{"S_RES_0411_1977_EN_GOLD.txt", "op_2", 1, "solemnly declares", nil},
		{"S_RES_0192_1964_EN_GOLD.txt", "op_4", 1, "extends", nil}, // "the stationing in Cyprus of the … Force"
		{"S_RES_0180_1963_EN_GOLD.txt", "op_4", 1, "determines", nil},
		{"S_RES_0486_1981_EN_GOLD.txt", "op_2", 1, "notes", nil},
		{"S_RES_0501_1982_EN_GOLD.txt", "op_3", 1, "re-emphasizes", nil},
	})
	for _, c := range []struct {
		file, id string
		ord      int
		lemma    string
	}{
		{"S_RES_0111_1956_EN_GOLD.txt", "op_1", 1, "holds"},
		{"S_RES_0054_1948_EN_GOLD.txt", "op_5", 1, "orders"},
	} {
		if r := devRequest(t, c.file, c.id, c.ord); r == nil || r.Lemma != c.lemma {
			t.Errorf("%s %s: request %d is %v, want one of %q", c.file, c.id, c.ord, r, c.lemma)
		}
	}
	checkDevClauses(t, []devClause{
		{"S_RES_0054_1948_EN_GOLD.txt", "op_5", 2, "instructs", []string{"truce-commission"}},
		{"S_RES_0849_1993_EN_GOLD.txt", "op_3", 2, "declares", nil}, // "…, and declares its readiness to act"
		{"S_RES_0660_1990_EN_GOLD.txt", "op_3", 2, "supports", nil}, // "… and supports all efforts in this regard, and especially those of the League of Arab States"
		{"S_RES_0894_1994_EN_GOLD.txt", "op_1", 2, "agrees", nil},
		{"S_RES_0750_1992_EN_GOLD.txt", "op_11", 2, "looks forward", nil},
	})
	for _, c := range []struct {
		file, id string
		n        int
	}{
		{"S_RES_0078_1949_EN_GOLD.txt", "op_u1", 1}, // "these proposals and the records of the discussions"
		{"S_RES_0666_1990_EN_GOLD.txt", "op_5", 1},  // "if the Committee, …, determines that"
		{"S_RES_0009_1946_EN_GOLD.txt", "op_1", 0},  // "by which it accepts … and undertakes to comply"
	} {
		n := 0
		for devRequest(t, c.file, c.id, n+1) != nil {
			n++
		}
		if n != c.n {
			t.Errorf("%s %s: %d requests, want %d", c.file, c.id, n, c.n)
		}
	}
}
