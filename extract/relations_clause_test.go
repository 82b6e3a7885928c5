package extract

import (
	"slices"
	"testing"
)

// relationTargets is the actors that relations of kind go to from the
// paragraph id of d, in the order found.
func relationTargets(d *Document, id, kind string) []string {
	var out []string
	for _, r := range d.Relations {
		if r.Paragraph.ID == id && r.Kind == kind {
			out = append(out, r.To)
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
		{"Strongly condemns attacks against UNAVEM II personnel in Angola, and demands that the Government and UNITA take all necessary measures to ensure their safety and security;", []string{"unavem-ii"}},
		{"Strongly condemns all attacks against UNIFIL, calls on the Government of Lebanon to investigate them and to bring those responsible to justice;", []string{"unifil"}},
		{"Condemns the attacks against UNTAC and the SNC, and urges the PDK to cease them;", []string{"untac", "snc"}},
		{"Condemns attacks on UNIFIL personnel in Lebanon;", []string{"unifil"}},
		{"Condemns the repeated attacks against Lebanon;", []string{"state/LBN"}},
		{"Strongly condemns all attacks against UNPROFOR, underlines that these attacks are violations of international humanitarian law, stresses that those responsible should be held accountable, calls on the Government of the Republic of Bosnia and Herzegovina to investigate them;", []string{"unprofor"}},
	} {
		got := relationTargets(operativeDocument(t, tt.text), "op_1", "condemnsAttacksOn")
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
		{"S_RES_0804_1993_EN_GOLD.txt", "op_12", []string{"unavem-ii"}},
		// "Condemning attacks against UNTAC, in particular the recent
		// firings upon UNTAC helicopters …"
		{"S_RES_0792_1992_EN_GOLD.txt", "pp_16", []string{"untac"}},
	} {
		r, ok := results[tt.file]
		if !ok || r.Source == nil || len(r.Source.Documents) != 1 {
			t.Fatalf("%s: not read", tt.file)
		}
		if got := relationTargets(r.Source.Documents[0], tt.paragraph, "condemnsAttacksOn"); !slices.Equal(got, tt.want) {
			t.Errorf("%s %s: condemns attacks on %v, want %v", tt.file, tt.paragraph, got, tt.want)
		}
	}
}
