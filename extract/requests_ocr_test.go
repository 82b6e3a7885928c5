package extract

import (
	"slices"
	"strings"
	"testing"
)

// OCR's misreads in a request are read where the context leaves one
// reading: an operative paragraph's verb group, capitalised, its adverbs
// as printed and its verb one letter (not its first or last) from
// exactly one operative verb ("Reguests", "Urgcs", "Further rcquests",
// "Calls npon"),
// and the first word of a collective's label one letter (not its first)
// from the label's in the addressees ("ail States", "tbe parties"), each with an
// ocr-repair warning. A verb as printed in either spelling ("Authorizes")
// and a word within a letter of no verb are no repair. Lines as the
// texts of 1970-1993 print them.
func TestOCRMisreadRequests(t *testing.T) {
	for _, c := range []struct {
		paragraph, lemma string
		addressee        []string
		warned           string
	}{
		{"Reguests UNTAC to continue to play its role;", "requests", []string{"untac"}, `"Reguests" as "Requests"`},
		{"Reguests also the Secretary-General to report;", "requests", []string{"secretary-general"}, `"Reguests" as "Requests"`},
		{"Requests ali States, as well as the specialized agencies, to refrain;", "requests", []string{"all-states", "specialized-agencies"}, `"ali States" as "all States"`}, // "as well as" adds to them (TestAsWellAsAddressees)
		{"Calls upon ail States to observe strictly the arms embargo;", "calls upon", []string{"all-states"}, `"ail States" as "all States"`},
		// A verb group of any length, after its adverbs, one letter off.
		{"Urgcs the parties concerned to act with the utmost restraint;", "urges", []string{"the-parties"}, `"Urgcs" as "Urges"`},
		{"Further rcquests the Secretary-General to report;", "requests", []string{"secretary-general"}, `"Further rcquests" as "Requests"`},
		{"Strongly condcmns the refusal of the Government of South Africa;", "condemns", []string{"state/ZAF"}, `"Strongly condcmns" as "Condemns"`},
		{"Takcs note of the report of the Secretary-General;", "takes note", nil, `"Takcs note" as "Takes note"`},
		{"Calls npon the parties to cease hostilities;", "calls upon", []string{"the-parties"}, `"Calls npon" as "Calls upon"`},
		{"Calis\nupon Israel to comply;", "calls upon", []string{"state/ISR"}, `"Calis upon" as "Calls upon"`},
		{"Again draws tbe attention of all States to the report;", "draws the attention", []string{"all-states"}, `"Again draws tbe attention" as "Draws the attention"`},
		// The first word of any collective's label, one letter off.
		{"Calls upon ali parties, in conformity with the cease-fire, to refrain;", "calls upon", []string{"the-parties"}, `"ali parties" as "all parties"`},
		{"Urges tbe parties concerned to act with the utmost restraint;", "urges", []string{"the-parties"}, `"tbe parties concerned" as "the parties concerned"`},
		{"Requests aIl States to provide appropriate support;", "requests", []string{"all-states"}, `"aIl States" as "all States"`},
		{"Urges thc parties to extend their fullest co-operation;", "urges", []string{"the-parties"}, `"thc parties" as "the parties"`},
		{"Calls upon ill parties to refrain;", "calls upon", nil, ""},
		{"Calls upon a1l parties to refrain;", "calls upon", nil, ""},
		{"Calls upon she parties to refrain;", "calls upon", nil, ""},
		{"Calls upon tbe parties to the Convention to comply;", "calls upon", nil, ""},
		// No repair.
		{"Authorizes the Secretary-General to proceed;", "authorizes", []string{"secretary-general"}, ""},
		{"Emphasises the need for restraint;", "emphasises", nil, ""},
	} {
		s, warnings, err := defaultExtractor.File("S_RES_0999_1990_EN_GOLD.txt", operativeSource(c.paragraph))
		if err != nil || len(s.Documents) != 1 || len(s.Documents[0].Requests) == 0 {
			t.Errorf("%q: no request (%v)", c.paragraph, err)
			continue
		}
		r := s.Documents[0].Requests[0]
		if r.Lemma != c.lemma || !slices.Equal(r.Addressee, c.addressee) {
			t.Errorf("%q: %q to %q, want %q to %q", c.paragraph, r.Lemma, r.Addressee, c.lemma, c.addressee)
		}
		checkOCRRepair(t, c.paragraph, warnings, c.warned)
	}
	for _, w := range []string{"Regards", "Acts", "Requests", "Decider", "Requesta", "Approves", "Calls in", "Further decider", "Also urged", "Calls upou", "Urgent",
		"Funds", "Holes", "Fines"} { // words of five letters a letter from "finds", "holds"
		if v, end := misreadVerbAt(w + " the report;"); end > 0 {
			t.Errorf("%q read as %q", w, v)
		}
	}
}

// The development set's misread requests, as read by hand.
func TestOCRMisreadRequestsDev(t *testing.T) {
	checkDevClauses(t, []devClause{
		{"S_RES_0840_1993_EN_GOLD.txt", "op_6", 1, "reguests", []string{"untac"}},
		{"S_RES_0840_1993_EN_GOLD.txt", "op_7", 1, "reguests", []string{"secretary-general"}},
		{"S_RES_0276_1970_EN_GOLD.txt", "op_7", 1, "requests", []string{"united-nations", "all-states", "specialized-agencies"}}, // ", as well as the specialized agencies and other relevant organs of the United Nations"
		{"S_RES_0282_1970_EN_GOLD.txt", "op_6", 1, "calls upon", []string{"all-states"}},
		{"S_RES_0411_1977_EN_GOLD.txt", "op_10", 1, "requests", []string{"all-states"}},
	})
	warned := 0
	for _, file := range []string{"S_RES_0840_1993_EN_GOLD.txt", "S_RES_0276_1970_EN_GOLD.txt", "S_RES_0282_1970_EN_GOLD.txt", "S_RES_0411_1977_EN_GOLD.txt"} {
		for _, w := range devResults(t)[file].Warnings {
			if w.Kind == WarnOCRRepair && strings.Contains(w.Message, ": read ") && (strings.Contains(w.Message, "States") || strings.Contains(w.Message, "Reguests")) {
				warned++
			}
		}
	}
	if warned != 5 {
		t.Errorf("%d ocr-repair warnings of requests, want 5", warned)
	}
}

// A deadline's date that OCR printed with letters for figures in its day
// or year ("3l July", "l5 April", "I5 March", "l972", "199O") is read as
// the date they stand for, with an ocr-repair warning, and wins over a
// period as a clean date does; a day of one letter alone ("by l
// September"), a date after no deadline's words and a run of letters
// alone are left as printed.
func TestOCRMisreadDeadline(t *testing.T) {
	for _, c := range []struct {
		paragraph, deadline, period, warned string
	}{
		{"Requests the Secretary-General to report by 3l July 1972;", "1972-07-31", "", `"3l July 1972" as 1972-07-31`},
		{"Requests the President to report not later than l5 April 1957;", "1957-04-15", "", `"l5 April 1957" as 1957-04-15`},
		{"Requests the Secretary-General to report before I5 March\n1980;", "1980-03-15", "", `"I5 March 1980" as 1980-03-15`},
		{"Decides to meet by 30 April l970 and to review the matter by June 1970;", "1970-04-30", "", `"30 April l970" as 1970-04-30`},
		{"Calls upon the parties to withdraw by 15 January 199O;", "1990-01-15", "", `"15 January 199O" as 1990-01-15`},
		// Left as printed.
		{"Requests the Secretary-General to report by l September 1992;", "", "", ""},
		{"Requests the Secretary-General to report on 3l July 1972;", "", "", ""},
		{"Requests the Secretary-General to report by 31 July 1972;", "1972-07-31", "", ""},
		{"Decides to review the matter by the end of l993;", "", "", ""},
		{"Requests the Secretary-General to report no later than 2 May O020;", "", "", ""}, // no year of the Council's
	} {
		s, warnings, err := defaultExtractor.File("S_RES_0999_1990_EN_GOLD.txt", operativeSource(c.paragraph))
		if err != nil || len(s.Documents) != 1 || len(s.Documents[0].Requests) == 0 {
			t.Errorf("%q: no request (%v)", c.paragraph, err)
			continue
		}
		r := s.Documents[0].Requests[0]
		if r.Deadline != c.deadline || r.DeadlinePeriod != c.period {
			t.Errorf("%q: deadline %q period %q, want %q %q", c.paragraph, r.Deadline, r.DeadlinePeriod, c.deadline, c.period)
		}
		checkOCRRepair(t, c.paragraph, warnings, c.warned)
	}
}
