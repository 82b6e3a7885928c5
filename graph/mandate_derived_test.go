package graph

import (
	"testing"

	"github.com/sckg/sckg/extract"
	"github.com/sckg/sckg/ontology"
)

// A renewal for a period alone whose end was derived from the end
// another resolution prints: the end as sckg:mandateUntilDerived, with
// the paragraph it ran from, and no sckg:mandateUntil, which is printed.
func TestDerivedMandateEnd(t *testing.T) {
	var sources []*extract.Source
	for _, text := range []string{
		"Resolution 879 (1993)\nof 29 October 1993\n\nThe Security Council,\n\nRecalling its resolutions,\n\n1. Decides to extend the mandate of the United Nations Operation in Mozambique for an interim period terminating on 5 November 1993;\n\nAdopted unanimously at the 3302nd meeting.\n",
		"Resolution 882 (1993)\nof 5 November 1993\n\nThe Security Council,\n\nRecalling its resolutions,\n\n1. Decides to renew the mandate of the United Nations Operation in Mozambique for a period of six months;\n\nAdopted unanimously at the 3305th meeting.\n",
	} {
		s, _, err := extract.New(nil, extract.Options{}).File("x.txt", text)
		if err != nil {
			t.Fatal(err)
		}
		sources = append(sources, s)
	}
	ends := extract.MandateEnds(sources, nil)
	extract.SettleMandateEnds(sources[1], ends)
	const doc = "https://w3id.org/sckg/doc/"
	fact := doc + "S/RES/882(1993)#op_1-mandate-1"
	got := map[string]string{}
	for _, q := range (Builder{Minter: ontology.NewMinter("")}).Build(sources) {
		if q.Subj.String() == fact {
			got[q.Pred.String()] = q.Obj.String()
		}
	}
	if got[ontology.MandateUntilDerived] != "1994-05-05" || got[ontology.MandateUntilFrom] != doc+"S/RES/879(1993)#op_1" || got[ontology.MandateUntil] != "" {
		t.Errorf("882's renewal: derived %q from %q, until %q", got[ontology.MandateUntilDerived], got[ontology.MandateUntilFrom], got[ontology.MandateUntil])
	}
}
