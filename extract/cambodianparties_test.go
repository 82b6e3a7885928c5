package extract

import (
	"slices"
	"testing"
)

// The four Cambodian parties to the Paris agreements of 1991 are parties,
// not the state: "the Party of the State of Cambodia" is no name of
// Cambodia, nor is the French "Cambodge" inside FUNCINPEC's name. Lines as
// the texts of 1992-1993 print them, the apostrophe as the lexer gives it.
func TestCambodianParties(t *testing.T) {
	for _, tt := range []struct {
		line string
		want []string
	}{
		{"Deploring the violations of the cease-fire by the Party of Democratic\nKampuchea and the Party of the State of Cambodia,", []string{"pdk", "soc"}},
		{"in areas under the control of the Party\nof the State of Cambodia, and on ethnic grounds", []string{"soc"}},
		{"by the Party of\nthe State of Cambodia, the Front uni national pour un Cambodge indépendant, neutre, pacifique et coopératif and the\nKhmer People's National Liberation Front, and of the fact that",
			[]string{"soc", "funcinpec", "kpnlf"}},
		{"the security situation in Cambodia", []string{"state/KHM"}},
	} {
		if got := mentionedIn(tt.line); !slices.Equal(got, tt.want) {
			t.Errorf("%q: actors %q, want %q", tt.line, got, tt.want)
		}
	}
}
