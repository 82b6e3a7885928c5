package extract

import (
	"slices"
	"strings"
	"testing"
)

// A decision to establish a peace operation, with the period the clause
// states: the first link of its mandate's history.
func TestEstablishmentForms(t *testing.T) {
	for _, c := range []struct {
		name, title, operative, actor, period string
	}{
		{"initial period", "846 (1993)", "Decides to establish the United Nations Observer Mission Uganda-Rwanda to be deployed on the Ugandan side of the border for an initial period of six months, as set out in the report of the Secretary-General;",
			"unomur", "P6M"},
		{"also decides", "696 (1991)", "Also decides to establish the United Nations Angola Verification Mission II for a period of seventeen months from the date of adoption of the present resolution;",
			"unavem-ii", "P17M"},
		{"a clause before the object", "690 (1991)", "Decides to establish, under its authority, a United Nations Mission for the Referendum in Western Sahara in accordance with the report of 19 April 1991;",
			"minurso", ""},
		{"up to a period", "435 (1978)", "Decides to establish under its authority a United Nations Transition Assistance Group in accordance with the report for a period of up to 12 months in order to assist his Special Representative;",
			"untag", ""},
		{"a clause after Decides", "858 (1993)", "Decides, in the light of the request of the Government, to establish a United Nations Observer Mission in Georgia for a period of six months;",
			"unomig", "P6M"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, f := range factsIn(t, c.operative, "establishment", c.title) {
				got = append(got, f.Paragraph.ID+" "+f.Period)
				if f.Paragraph.ID == "op_1" && f.Period == c.period && slices.Equal(f.Actors, []string{c.actor}) {
					return
				}
			}
			t.Errorf("establishments %v, want op_1 of %s for %q", got, c.actor, c.period)
		})
	}
	// Not establishments: a committee, a fund, a request to establish, an
	// operation the registry knows another resolution established (the
	// first Angola Verification Mission, 626 (1988)).
	for _, c := range []struct{ title, operative string }{
		{"999 (1990)", "Decides to establish, in accordance with rule 28 of its provisional rules of procedure, a committee of the Security Council consisting of all the members of the Council;"},
		{"999 (1990)", "Decides to establish, by 5 June 1982, a special fund for the Republic of Seychelles;"},
		{"846 (1993)", "Requests the Secretary-General to establish the United Nations Observer Mission Uganda-Rwanda for a period of six months;"},
		{"696 (1991)", "Also decides to establish the United Nations Angola Verification Mission for a period of seventeen months;"},
	} {
		for _, f := range factsIn(t, c.operative, "establishment", c.title) {
			t.Errorf("%q: establishment of %v read", c.operative, f.Actors)
		}
	}
}

// factsIn reads resolution title ("846 (1993)") whose first operative
// paragraph is operative and returns its mandate facts of the kind.
func factsIn(t *testing.T, operative, kind, title string) []*MandateFact {
	t.Helper()
	year := strings.Trim(title[strings.IndexByte(title, '(')+1:], ")")
	src := "Resolution " + title + "\nof 1 June " + year + "\n\nThe Security Council,\n\nRecalling its resolutions,\n\n1. " + operative + "\n\nAdopted unanimously at the 2900th meeting.\n"
	var out []*MandateFact
	for _, f := range oneDocument(t, "x.txt", src).Mandate {
		if f.Kind == kind {
			out = append(out, f)
		}
	}
	return out
}

// The development set's establishments, as read by hand; 696 (1991)
// prints "Verification Mission IJ", which names the first mission of
// that name, and gives none.
func TestDevelopmentSetEstablishments(t *testing.T) {
	want := map[string]string{
		"S_RES_0435_1978_EN_GOLD.txt": "op_3 untag ",
		"S_RES_0690_1991_EN_GOLD.txt": "op_4 minurso ",
		"S_RES_0693_1991_EN_GOLD.txt": "op_2 onusal ",
		"S_RES_0717_1991_EN_GOLD.txt": "op_2 unamic ",
		"S_RES_0846_1993_EN_GOLD.txt": "op_2 unomur P6M",
		"S_RES_0858_1993_EN_GOLD.txt": "op_2 unomig ",
	}
	got := map[string]string{}
	for file, r := range devResults(t) {
		if r.Source == nil {
			continue
		}
		for _, d := range r.Source.Documents {
			for _, f := range d.Mandate {
				if f.Kind == "establishment" {
					got[file] += f.Paragraph.ID + " " + f.Actors[0] + " " + f.Period
				}
			}
		}
	}
	for file, w := range want {
		if got[file] != w {
			t.Errorf("%s: establishment %q, want %q", file, got[file], w)
		}
	}
	for file, g := range got {
		if _, ok := want[file]; !ok {
			t.Errorf("%s: establishment %q read, none wanted", file, g)
		}
	}
}
