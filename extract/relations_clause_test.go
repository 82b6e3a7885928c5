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

// A condemnation of attacks names the attacked in its own clause: a
// clause an operative verb opens after it (", and demands that …",
// ", calls on …") names others, and an actor named only as where the
// attacked are ("personnel in Angola") is not attacked.
func TestCondemnationClause(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Strongly condemns attacks against UNAVEM II personnel in Angola, and demands that the Government and UNITA take all necessary measures to ensure their safety and security;", []string{"security-council unavem-ii"}},
		{"Strongly condemns all attacks against UNIFIL, calls on the Government of Lebanon to investigate them and to bring those responsible to justice;", []string{"security-council unifil"}},
		{"Condemns the attacks against UNTAC and the SNC, and urges the PDK to cease them;", []string{"security-council untac", "security-council snc"}},
		{"Condemns attacks on UNIFIL personnel in Lebanon;", []string{"security-council unifil"}},
		{"Condemns the repeated attacks against Lebanon;", []string{"security-council state/LBN"}},
		{"Strongly condemns all attacks against UNPROFOR, underlines that these attacks are violations of international humanitarian law, stresses that those responsible should be held accountable, calls on the Government of the Republic of Bosnia and Herzegovina to investigate them;", []string{"security-council unprofor"}},
	} {
		got := relationPairs(operativeDocument(t, tt.text), "op_1", "condemnsAttacksOn")
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: condemns attacks on %v, want %v", tt.text, got, tt.want)
		}
	}
}

// The development set's condemnations, as read by hand.
func TestCondemnationClauseDev(t *testing.T) {
	results := devResults(t)
	for _, tt := range []struct {
		file, paragraph string
		want            []string
	}{
		// "Strongly condemns attacks against UNAVEM II personnel in
		// Angola, and demands that the Government and UNITA take …"
		{"S_RES_0804_1993_EN_GOLD.txt", "op_12", []string{"security-council unavem-ii"}},
		// "Condemning attacks against UNTAC, in particular the recent
		// firings upon UNTAC helicopters …"
		{"S_RES_0792_1992_EN_GOLD.txt", "pp_16", []string{"security-council untac"}},
	} {
		r, ok := results[tt.file]
		if !ok || r.Source == nil || len(r.Source.Documents) != 1 {
			t.Fatalf("%s: not read", tt.file)
		}
		if got := relationPairs(r.Source.Documents[0], tt.paragraph, "condemnsAttacksOn"); !slices.Equal(got, tt.want) {
			t.Errorf("%s %s: condemns attacks on %v, want %v", tt.file, tt.paragraph, got, tt.want)
		}
	}
}

// The parties of a coordination are named in its own clause, up to
// another "between": a clause an operative verb opens after it names
// others, and so do the words after a second "between", which a
// coordination of its own may open.
func TestCoordinationClause(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Welcomes the improved cooperation between Iraq and the Secretary-General and the prospect of contacts between Iraq and Kuwait;",
			[]string{"state/IRQ secretary-general"}},
		{"Requests the Secretary-General to ensure close coordination between UNTAC and the SNC, and urges the PDK to cooperate with UNTAC;",
			[]string{"untac snc"}},
		{"Stresses the importance of coordination between UNPROFOR and UNHCR, and reiterates its request to the Secretary-General to enhance cooperation between UNPROFOR and the European Community;",
			[]string{"unprofor unhcr", "unprofor european-community"}},
		{"Stresses the importance of close coordination between the United Nations and the Organization of American States in their work in Haiti;",
			[]string{"united-nations oas"}},
	} {
		got := relationPairs(operativeDocument(t, tt.text), "op_1", "coordinatesWith")
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: coordinates %v, want %v", tt.text, got, tt.want)
		}
	}
}

// The development set's coordinations, as read by hand.
func TestCoordinationClauseDev(t *testing.T) {
	results := devResults(t)
	for _, tt := range []struct {
		file, paragraph string
		want            []string
	}{
		// "improved cooperation between the Democratic People's Republic
		// of Korea and the Agency and the prospect of contacts between
		// the Democratic People's Republic of Korea and other Member
		// States": "the Agency" is no actor sckg knows by that label,
		// and contacts are no cooperation.
		{"S_RES_0825_1993_EN_GOLD.txt", "pp_9", nil},
		// "close cooperation between UNTAC and the SNC as the embodiment
		// of Cambodian sovereignty, …"
		{"S_RES_0792_1992_EN_GOLD.txt", "pp_11", []string{"untac snc"}},
		// "close coordination between the United Nations and the
		// Organization of American States in their work in Haiti"
		{"S_RES_0867_1993_EN_GOLD.txt", "op_13", []string{"united-nations oas"}},
	} {
		r, ok := results[tt.file]
		if !ok || r.Source == nil || len(r.Source.Documents) != 1 {
			t.Fatalf("%s: not read", tt.file)
		}
		if got := relationPairs(r.Source.Documents[0], tt.paragraph, "coordinatesWith"); !slices.Equal(got, tt.want) {
			t.Errorf("%s %s: coordinates %v, want %v", tt.file, tt.paragraph, got, tt.want)
		}
	}
}

// The Council authorizes those named between "Authorizes" and "to use
// all necessary means", not those they work with nor one a condition is
// put on; a list of the authorized keeps them all.
func TestAuthorizedActors(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Authorizes Member States co-operating with the Government of Kuwait, unless Iraq on or before 15 January 1991 fully implements, as set forth in paragraph 1 above, the above-mentioned resolutions, to use all necessary means to uphold and implement resolution 660 (1990);",
			[]string{"security-council member-states"}},
		{"Authorizes Member States, in co-operation with the Secretary-General, to use all necessary means to establish a secure environment;",
			[]string{"security-council member-states"}},
		{"Authorizes the Secretary-General and Member States cooperating to implement the offer referred to in paragraph 8 above to use all necessary means;",
			[]string{"security-council secretary-general", "security-council member-states"}},
		{"Authorizes UNPROFOR, within the limits of its capacities, to use all necessary means to carry out its mandate;",
			[]string{"security-council unprofor"}},
	} {
		got := relationPairs(operativeDocument(t, tt.text), "op_1", "authorizes")
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: authorizes %v, want %v", tt.text, got, tt.want)
		}
	}
}

// 678 (1990), as read by hand: "Authorizes Member States co-operating
// with the Government of Kuwait, unless Iraq … fully implements …, to use
// all necessary means": Member States are authorized, Kuwait and Iraq
// are not, in the mandate fact as in the relation.
func TestAuthorizedActorsDev(t *testing.T) {
	r, ok := devResults(t)["S_RES_0678_1990_EN_GOLD.txt"]
	if !ok || r.Source == nil || len(r.Source.Documents) != 1 {
		t.Fatal("678 (1990): not read")
	}
	d := r.Source.Documents[0]
	if got, want := relationPairs(d, "op_2", "authorizes"), []string{"security-council member-states"}; !slices.Equal(got, want) {
		t.Errorf("678 (1990) op 2: authorizes %v, want %v", got, want)
	}
	var authorized [][]string
	for _, f := range d.Mandate {
		if f.Kind == "authorization" {
			authorized = append(authorized, f.Actors)
		}
	}
	if want := [][]string{{"member-states"}}; !slices.EqualFunc(authorized, want, slices.Equal) {
		t.Errorf("678 (1990): authorizations %v, want %v", authorized, want)
	}
}
