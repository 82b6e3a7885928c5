package extract

import (
	"slices"
	"testing"
)

// relationPairs is the relations of kind the paragraph id of d states,
// each as "from to".
func relationPairs(d *Document, id, kind string) []string {
	var out []string
	for _, r := range d.Relations {
		if r.Paragraph.ID == id && r.Kind == kind {
			out = append(out, r.From+" "+r.To)
		}
	}
	return out
}

// relationLine is an operative paragraph and the relations of a kind it
// states, as "from to".
type relationLine struct {
	text string
	want []string
}

// checkRelationLines reads each line as the one operative paragraph of a
// resolution and checks the relations of kind it states.
func checkRelationLines(t *testing.T, kind string, lines []relationLine) {
	t.Helper()
	for _, l := range lines {
		if got := relationPairs(operativeDocument(t, l.text), "op_1", kind); !slices.Equal(got, l.want) {
			t.Errorf("%q: %s %v, want %v", l.text, kind, got, l.want)
		}
	}
}

// A condemnation of attacks names the attacked in its own clause: a
// clause an operative verb opens after it (", and demands that …",
// ", calls on …") names others, and an actor named only as where the
// attacked are ("personnel in Angola") is not attacked.
func TestCondemnationClause(t *testing.T) {
	checkRelationLines(t, "condemnsAttacksOn", []relationLine{
		{"Strongly condemns attacks against UNAVEM II personnel in Angola, and demands that the Government and UNITA take all necessary measures to ensure their safety and security;", []string{"security-council unavem-ii"}},
		{"Strongly condemns all attacks against UNIFIL, calls on the Government of Lebanon to investigate them and to bring those responsible to justice;", []string{"security-council unifil"}},
		{"Condemns the attacks against UNTAC and the SNC, and urges the PDK to cease them;", []string{"security-council untac", "security-council snc"}},
		{"Condemns attacks on UNIFIL personnel in Lebanon;", []string{"security-council unifil"}},
		{"Condemns the repeated attacks against Lebanon;", []string{"security-council state/LBN"}},
		{"Strongly condemns all attacks against UNPROFOR, underlines that these attacks are violations of international humanitarian law, stresses that those responsible should be held accountable, calls on the Government of the Republic of Bosnia and Herzegovina to investigate them;", []string{"security-council unprofor"}},
	})
}

// The parties of a coordination are named in its own clause, up to
// another "between": a clause an operative verb opens after it names
// others, and so do the words after a second "between", which a
// coordination of its own may open.
func TestCoordinationClause(t *testing.T) {
	checkRelationLines(t, "coordinatesWith", []relationLine{
		{"Welcomes the improved cooperation between Iraq and the Secretary-General and the prospect of contacts between Iraq and Kuwait;",
			[]string{"state/IRQ secretary-general"}},
		{"Requests the Secretary-General to ensure close coordination between UNTAC and the SNC, and urges the PDK to cooperate with UNTAC;",
			[]string{"untac snc"}},
		{"Stresses the importance of coordination between UNPROFOR and UNHCR, and reiterates its request to the Secretary-General to enhance cooperation between UNPROFOR and the European Community;",
			[]string{"unprofor unhcr", "unprofor european-community"}},
		{"Stresses the importance of close coordination between the United Nations and the Organization of American States in their work in Haiti;",
			[]string{"united-nations oas"}},
	})
}

// The Council authorizes those named between "Authorizes" and "to use
// all necessary means", not those they work with nor one a condition is
// put on; a list of the authorized keeps them all.
func TestAuthorizedActors(t *testing.T) {
	checkRelationLines(t, "authorizes", []relationLine{
		{"Authorizes Member States co-operating with the Government of Kuwait, unless Iraq on or before 15 January 1991 fully implements, as set forth in paragraph 1 above, the above-mentioned resolutions, to use all necessary means to uphold and implement resolution 660 (1990);",
			[]string{"security-council member-states"}},
		{"Authorizes Member States, in co-operation with the Secretary-General, to use all necessary means to establish a secure environment;",
			[]string{"security-council member-states"}},
		{"Authorizes the Secretary-General and Member States cooperating to implement the offer referred to in paragraph 8 above to use all necessary means;",
			[]string{"security-council secretary-general", "security-council member-states"}},
		{"Authorizes UNPROFOR, within the limits of its capacities, to use all necessary means to carry out its mandate;",
			[]string{"security-council unprofor"}},
	})
}

// devDocument is the one document of a development file.
func devDocument(t *testing.T, file string) *Document {
	t.Helper()
	r, ok := devResults(t)[file]
	if !ok || r.Source == nil || len(r.Source.Documents) != 1 {
		t.Fatalf("%s: not read", file)
	}
	return r.Source.Documents[0]
}

// The development set's relations that a clause or a condition bounds,
// as read by hand.
func TestRelationClausesDev(t *testing.T) {
	for _, tt := range []struct {
		file, paragraph, kind string
		want                  []string
	}{
		// "Strongly condemns attacks against UNAVEM II personnel in
		// Angola, and demands that the Government and UNITA take …"
		{"S_RES_0804_1993_EN_GOLD.txt", "op_12", "condemnsAttacksOn", []string{"security-council unavem-ii"}},
		// "Condemning attacks against UNTAC, in particular the recent
		// firings upon UNTAC helicopters …"
		{"S_RES_0792_1992_EN_GOLD.txt", "pp_16", "condemnsAttacksOn", []string{"security-council untac"}},
		// "improved cooperation between the Democratic People's Republic
		// of Korea and the Agency and the prospect of contacts between
		// the Democratic People's Republic of Korea and other Member
		// States": "the Agency" is the International Atomic Energy
		// Agency the text named before (a short name); contacts are no
		// cooperation.
		{"S_RES_0825_1993_EN_GOLD.txt", "pp_9", "coordinatesWith", []string{"state/PRK iaea"}},
		// "close cooperation between UNTAC and the SNC as the embodiment
		// of Cambodian sovereignty, …"
		{"S_RES_0792_1992_EN_GOLD.txt", "pp_11", "coordinatesWith", []string{"untac snc"}},
		// "close coordination between the United Nations and the
		// Organization of American States in their work in Haiti"
		{"S_RES_0867_1993_EN_GOLD.txt", "op_13", "coordinatesWith", []string{"united-nations oas"}},
		// "Authorizes Member States co-operating with the Government of
		// Kuwait, unless Iraq … fully implements …, to use all necessary
		// means": Kuwait and Iraq are not authorized.
		{"S_RES_0678_1990_EN_GOLD.txt", "op_2", "authorizes", []string{"security-council member-states"}},
	} {
		if got := relationPairs(devDocument(t, tt.file), tt.paragraph, tt.kind); !slices.Equal(got, tt.want) {
			t.Errorf("%s %s: %s %v, want %v", tt.file, tt.paragraph, tt.kind, got, tt.want)
		}
	}
	// The mandate fact of 678 (1990) names the same authorized.
	var authorized [][]string
	for _, f := range devDocument(t, "S_RES_0678_1990_EN_GOLD.txt").Mandate {
		if f.Kind == "authorization" {
			authorized = append(authorized, f.Actors)
		}
	}
	if want := [][]string{{"member-states"}}; !slices.EqualFunc(authorized, want, slices.Equal) {
		t.Errorf("678 (1990): authorizations %v, want %v", authorized, want)
	}
}
