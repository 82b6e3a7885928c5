package extract

import (
	"fmt"
	"testing"
)

// devFunctions lists, for each citation paragraph id of the development
// file makes of target, what the text does with it.
func devFunctions(t *testing.T, file, id, target string) []Function {
	t.Helper()
	r := devResults(t)[file]
	if r.Source == nil || len(r.Source.Documents) == 0 {
		t.Fatalf("%s not read: %v", file, r.Err)
	}
	var got []Function
	for _, c := range r.Source.Documents[0].Citations {
		if c.Paragraph != nil && c.Paragraph.ID == id && c.Target == target {
			got = append(got, c.Function)
		}
	}
	return got
}

// TestListTypedByItsHead gives every item of a list of resolutions the
// function of the words before its head: a verb whose list runs on past
// the clause window ("Reaffirms its resolutions 186 (1964) of 4 March, …"
// over five lines) and a preposition whose list runs past its reach ("in
// accordance with … resolutions 264 (1969) and 269 (1969)").
func TestListTypedByItsHead(t *testing.T) {
	for _, c := range []struct {
		file, id, target string
		want             Function
	}{
		{"S_RES_0291_1970_EN_GOLD.txt", "op_1", "S/RES/186(1964)", Reaffirms},
		{"S_RES_0291_1970_EN_GOLD.txt", "op_1", "S/RES/281(1970)", Reaffirms},
		{"S_RES_0324_1972_EN_GOLD.txt", "op_1", "S/RES/315(1972)", Reaffirms},
		{"S_RES_0771_1992_EN_GOLD.txt", "pp_1", "S/RES/770(1992)", Reaffirms},
		{"S_RES_0687_1991_EN_GOLD.txt", "pp_1", "S/RES/686(1991)", Recalls},
		{"S_RES_0366_1974_EN_GOLD.txt", "op_4", "S/RES/269(1969)", ActsPursuantTo},
		{"S_RES_0885_1993_EN_GOLD.txt", "op_8", "S/RES/814(1993)", ActsPursuantTo},
		{"S_RES_0750_1992_EN_GOLD.txt", "op_2", "S/RES/716(1991)", ActsPursuantTo},
	} {
		got := devFunctions(t, c.file, c.id, c.target)
		if len(got) == 0 || got[0] != c.want {
			t.Errorf("%s %s cites %s as %v, want %s first", c.file, c.id, c.target, got, c.want)
		}
	}
	// 885 cites 837 (1993) three times: in the list after "under his
	// authority in", then "pursuant to", then "under the provisions of".
	if got := fmt.Sprint(devFunctions(t, "S_RES_0885_1993_EN_GOLD.txt", "op_8", "S/RES/837(1993)")); got != "[acts-pursuant-to acts-pursuant-to acts-pursuant-to]" {
		t.Errorf("885 op_8 cites 837 (1993) as %s", got)
	}

	long := "Reaffirms its resolutions 186 (1964) of 4 March, 187 (1964) of 13 March, 192 (1964) of 20 June, " +
		"193 (1964) of 9 August, 194 (1964) of 25 September and 198 (1964) of 18 December 1964, 201 (1965) of 19 March, " +
		"206 (1965) of 15 June, 207 (1965) of 10 August and 219 (1965) of 17 December 1965, 220 (1966) of 16 March, " +
		"222 (1966) of 16 June and 231 (1966) of 15 December 1966, 238 (1967) of 19 June and 244 (1967) of 22 December 1967, " +
		"247 (1968) of 18 March and 254 (1968) of 18 June 1968;"
	wantLineFunctions(t, []lineFunctions{
		{long, "[reaffirms reaffirms reaffirms reaffirms reaffirms reaffirms reaffirms reaffirms reaffirms reaffirms reaffirms reaffirms reaffirms reaffirms reaffirms reaffirms reaffirms]"},
		{"Demands that the withdrawal be effected, in accordance with Security Council resolutions 264 (1969) and 269 (1969), at once;",
			"[acts-pursuant-to acts-pursuant-to]"},
		{"Acting under its resolutions 1267 (1999) of 15 October 1999, 1989 (2011) of 17 June 2011 and 2253 (2015),",
			"[acts-pursuant-to acts-pursuant-to acts-pursuant-to]"},
		// Each list its own words: the second list is recalled, not
		// acted under.
		{"Acting under resolution 678 (1990), and recalling resolutions 660 (1990), 661 (1990) and 662 (1990),",
			"[acts-pursuant-to recalls recalls recalls]"},
		// A clause of its own still opens after a list.
		{"Recalls its resolutions 660 (1990) and 661 (1990); requests the Secretary-General to report on resolution 662 (1990);",
			"[recalls recalls cites]"},
	})
}

// TestPeriodCueWordings reads the period's other wordings of the cues:
// "in pursuance of" as "pursuant to" (the "Committee established in
// pursuance of resolution 253 (1968)" rests on the resolution, whatever
// verb opens the paragraph); "Bearing in mind" as "Recalling" (what it
// opens draws on what it cites as background); "called for in",
// "provided for in", "on the basis of" and "created by" as the
// prepositions of authority they stand beside ("requested in", "set out
// in", "based on", "established by": "the arms embargo called for in
// resolutions 181 (1963), …", "the Force, created by … resolution 186
// (1964)").
func TestPeriodCueWordings(t *testing.T) {
	for _, c := range []struct {
		wording string
		want    Function
		dev     []devCite
		lines   []lineFunctions
	}{{
		"in pursuance of", ActsPursuantTo,
		[]devCite{
			{"S_RES_0318_1972_EN_GOLD.txt", "pp_1", "S/RES/253(1968)"}, // after "Recalling its resolution 314 (1972) …"
			{"S_RES_0459_1979_EN_GOLD.txt", "op_4", "S/RES/425(1978)"}, // "its authority in pursuance of resolution 425"
			{"S_RES_0591_1986_EN_GOLD.txt", "op_13", "S/RES/418(1977)"},
		},
		[]lineFunctions{
			{"Taking note of the report of the Committee established in pursuance of Security Council resolution 253 (1968),", "[acts-pursuant-to]"},
			{"to promote the restoration of its authority in pursuance of resolution 425 (1978);", "[acts-pursuant-to]"},
			// Beyond a preposition's reach the verb decides.
			{"Recalling its resolution 314 (1972), in pursuance of which the Committee met on many occasions and reported on resolution 253 (1968),", "[recalls recalls]"},
		},
	}, {
		"bearing in mind", Recalls,
		[]devCite{
			{"S_RES_0294_1971_EN_GOLD.txt", "pp_9", "S/RES/273(1969)"},
			{"S_RES_0528_1982_EN_GOLD.txt", "pp_3", "A/RES/34/226"},
			{"S_RES_0345_1974_EN_GOLD.txt", "pp_2", "A/RES/3189(XXVIII)"},
		},
		[]lineFunctions{
			{"Bearing in mind its resolution 178 (1963) of 24 April 1963,", "[recalls]"},
			{"Bearing in mind also General Assembly resolutions 3190 (XXVIII) of 18 December 1973 and 34/226,", "[recalls recalls]"},
			{"Bearing in mind that the measures imposed by resolution 253 (1968) remain in force,", "[acts-pursuant-to]"},
			{"Bearing in mind the report of the Secretary-General; requests him to report on resolution 425 (1978),", "[cites]"},
		},
	}, {
		"called for in, provided for in, on the basis of, created by", ActsPursuantTo,
		[]devCite{
			{"S_RES_0282_1970_EN_GOLD.txt", "op_3", "S/RES/191(1964)"},
			{"S_RES_0360_1974_EN_GOLD.txt", "op_3", "S/RES/353(1974)"},
			{"S_RES_0837_1993_EN_GOLD.txt", "op_1", "S/RES/814(1993)"},
			{"S_RES_0303_1971_EN_GOLD.txt", "op_u1", "A/RES/377A(V)"},
			{"S_RES_0342_1973_EN_GOLD.txt", "op_2", "S/RES/309(1972)"},
			{"S_RES_0192_1964_EN_GOLD.txt", "pp_1", "S/RES/186(1964)"}, // after "Noting from the report …"
			{"S_RES_0378_1975_EN_GOLD.txt", "pp_4", "S/RES/338(1973)"}, // "called for by the Security Council in its"
			{"S_RES_0498_1981_EN_GOLD.txt", "op_4", "S/RES/490(1981)"},
		},
		[]lineFunctions{
			{"Condemns the violations of the arms embargo called for in resolutions 181 (1963), 182 (1963) and 191 (1964);", "[acts-pursuant-to acts-pursuant-to acts-pursuant-to]"},
			{"from carrying out its mandate as provided for in resolution 814 (1993);", "[acts-pursuant-to]"},
			{"Decides to discontinue further efforts on the basis of resolution 309 (1972);", "[acts-pursuant-to]"},
			{"Noting from the report that he recommends the maintenance of the Force, created by Security Council resolution 186 (1964),", "[acts-pursuant-to]"},
			// A paragraph of the same text stays one the reader is pointed at.
			{"Decides that upon the approval of the programme called for in paragraph 19 above,", "[refers-to]"},
			// The passive's agent as well as its place: "called for by",
			// "provided for by" as "set by", "authorized by".
			{"and to arriving at the comprehensive settlement called for by the Security Council in its resolution 338 (1973),", "[acts-pursuant-to]"},
			{"in any recommendations for further appropriate steps called for by resolution 771 (1992);", "[acts-pursuant-to]"},
			{"Recalling the arrangements provided for by resolution 186 (1964),", "[acts-pursuant-to]"},
		},
	}, {
		// "the expression of" opens what the Council renews or reiterates:
		// its appreciation, not the resolutions the sentence goes on to name
		// (which "the implementation of" right before them types as
		// authority: TestImplementingCues).
		"the expression of", Cites,
		nil,
		[]lineFunctions{
			{"Renewing the expression of its deep appreciation to the Secretary-General for his report on resolution 186 (1964),", "[cites]"},
			{"Reiterating the expression of its appreciation for the report of the Secretary-General (S/5950),", "[cites]"},
			// A renewal of what a resolution set up stays one.
			{"Decides to renew the mandate of the Force as defined in resolution 644 (1989);", "[extends]"},
			{"Renewing the mandate set out in resolution 186 (1964),", "[acts-pursuant-to]"},
		},
	}, {
		// The singular "call", "request", "demand" is the noun ("Reaffirms
		// its call", "the joint request"): it opens no clause of its own,
		// and the verb that governs it governs what it cites. The verb
		// opens its clause as "calls", "requests", "demands".
		"its call, its request, its demand", Reaffirms,
		[]devCite{
			{"S_RES_0780_1992_EN_GOLD.txt", "op_1", "S/RES/771(1992)"}, // "Reaffirms its call, in paragraph 5 of resolution 771 (1992)"
		},
		[]lineFunctions{
			{"Reaffirms its call, in paragraph 5 of resolution 771 (1992), upon States to collate substantiated information;", "[reaffirms]"},
			{"Recalling its request to all States, made in its resolution 418 (1977),", "[recalls]"},
			{"Reiterating its demand for the withdrawal of forces, as a first step towards resolution 242 (1967),", "[reaffirms]"},
			{"Taking note of the joint request to the Secretary-General (S/25951),", "[takes-note-of]"},
			{"Recalling its resolution 425 (1978) and requests the Secretary-General to report on resolution 426 (1978),", "[recalls cites]"},
		},
	}} {
		t.Run(c.wording, func(t *testing.T) {
			wantDevFunction(t, c.want, c.dev...)
			wantLineFunctions(t, c.lines)
		})
	}
}

// wantDevFunction reports each of cs whose first citation is not typed
// want, or that the development set does not make.
func wantDevFunction(t *testing.T, want Function, cs ...devCite) {
	t.Helper()
	for _, c := range cs {
		if got := devFunctions(t, c.file, c.id, c.target); len(got) == 0 || got[0] != want {
			t.Errorf("%s %s cites %s as %v, want %s", c.file, c.id, c.target, got, want)
		}
	}
}

// lineFunctions is a line and what it does with each citation in it, in
// order: "[recalls cites]".
type lineFunctions struct{ line, want string }

func wantLineFunctions(t *testing.T, cs []lineFunctions) {
	t.Helper()
	for _, c := range cs {
		got := fmt.Sprint(citedIn(c.line, func(c *Citation) (string, bool) { return c.Function.String(), true }))
		if got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.line, got, c.want)
		}
	}
}
