package extract

import (
	"slices"
	"testing"
)

// FuzzOperativeVerbLocsAsPattern holds appendVerbLocs, with its table of
// the verb groups' first three letters (mayOpenVerbGroup), to
// operativeVerbRE on any text, as TestOperativeVerbLocsAsPattern does on
// the corpora and drawn clauses.
func FuzzOperativeVerbLocsAsPattern(f *testing.F) {
	for _, s := range []string{"Requests the Secretary-General, in particular, to report", "; and further requests", ", regrets", ", Reg", ", re",
		"and once again urges", ", Calls upon", ", calls fo", "decides, and demands", ", and Strongly condemns", "\u212aeeps; and deplores",
		"letters and notes verbales", "and notes\nverbales of", ", extends", "; extends", "; and holds", "Records; records, and records", ", Re-emphasizes", "re-e"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := operativeVerbLocs(s), operativeVerbPattern(s); !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("%q: got %v, want %v", s, got, want)
		}
	})
}
