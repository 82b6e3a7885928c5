package graph

import (
	"testing"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/extract"
	"github.com/sckg/sckg/ontology"
)

// TestMeetingLabelOrdinal holds a meeting's label to the English ordinal
// of its number, where every label ended in "th" ("2963th meeting").
func TestMeetingLabelOrdinal(t *testing.T) {
	for n, want := range map[string]string{
		"1": "1st", "2": "2nd", "3": "3rd", "4": "4th", "11": "11th", "12": "12th", "13": "13th",
		"21": "21st", "42": "42nd", "111": "111th", "112": "112th", "2963": "2963rd", "1382": "1382nd",
		"3101": "3101st", "3111": "3111th", "8809": "8809th", "3320": "3320th",
	} {
		if got := n + extract.OrdinalSuffix(n); got != want {
			t.Errorf("ordinal of %s: %s, want %s", n, got, want)
		}
	}
	// Resolution 183 (1963) of the copies in testdata, adopted at the
	// 1083rd meeting, and 30 (1947), at the 194th.
	quads := Builder{Minter: ontology.NewMinter("")}.Build(sourcesIn(t, "../testdata/crunsc"))
	labels := map[string]string{}
	for _, q := range quads {
		if q.Pred.String() == ontology.RDFSLabel {
			labels[q.Subj.String()] = q.Obj.Serialize(rdf.NTriples)
		}
	}
	for meeting, want := range map[string]string{
		"https://w3id.org/sckg/meeting/1083": `"1083rd meeting of the Security Council"@en`,
		"https://w3id.org/sckg/meeting/194":  `"194th meeting of the Security Council"@en`,
	} {
		if got := labels[meeting]; got != want {
			t.Errorf("label of %s: %s, want %s", meeting, got, want)
		}
	}
}
