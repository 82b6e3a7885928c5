package extract

import (
	"slices"
	"testing"
)

// TestOCRBraceClosesStateList holds the form where OCR read the bracket
// that closes a vote's list of states as "}": the states are read, where
// none were.
func TestOCRBraceClosesStateList(t *testing.T) {
	for _, c := range []struct {
		line                string
		against, abstaining []string
	}{
		{"Adopted at the 1948th meeting by\n14 votes to none, with 1 abstention\n(United States of America}.", nil, []string{"USA"}},
		{"Adopted at the 2530th meeting\nby 13 votes to none, with\n2 abstentions (Ukrainian Soviet Socialist Republic, Union\nof Soviet Socialist Republics}.", nil, []string{"SUN", "UKR"}},
		{"Adopted at the 2939th meeting by\n13 votes to 2 (Cuba and Yemen}, with 1 abstention (China).", []string{"CUB", "YEM"}, []string{"CHN"}},
		// As before: brackets closed as printed.
		{"Adopted at the 2963rd meeting by 12 votes to 2 (Cuba and Yemen), with 1 abstention (China).", []string{"CUB", "YEM"}, []string{"CHN"}},
	} {
		var v Vote
		readAdoptionInto(&v, c.line, footnotes{}, "1990-11-29", &stateNameMemo{}, func(Warning) {})
		if got := stateCodes(v.Against); !slices.Equal(got, c.against) {
			t.Errorf("against of %q: %v, want %v", c.line, got, c.against)
		}
		if got := stateCodes(v.Abstaining); !slices.Equal(got, c.abstaining) {
			t.Errorf("abstaining of %q: %v, want %v", c.line, got, c.abstaining)
		}
	}
	for s, want := range map[string]string{
		"with 1 abstention (China}.":        "with 1 abstention (China).",
		"$S_{/2020/613}$ (S/2020/613)":      "$S_{/2020/613}$ (S/2020/613)",
		"(a) and } b":                       "(a) and } b",
		"(Cuba} and {x} (Yemen}":            "(Cuba) and {x} (Yemen)",
		"no brace (nor bracket closed here": "no brace (nor bracket closed here",
	} {
		if got := closeOCRBraces(s); got != want {
			t.Errorf("closeOCRBraces(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestOCRBraceClosesStateListDev holds the development set's adoption
// lines whose list of abstentions closes with "}".
func TestOCRBraceClosesStateListDev(t *testing.T) {
	results := devResults(t)
	for file, want := range map[string][]string{
		"S_RES_0393_1976_EN_GOLD.txt": {"USA"},
		"S_RES_0549_1984_EN_GOLD.txt": {"SUN", "UKR"},
	} {
		r := results[file]
		if r.Source == nil || len(r.Source.Documents) != 1 || r.Source.Documents[0].Vote == nil {
			t.Errorf("%s: no vote read", file)
			continue
		}
		v := r.Source.Documents[0].Vote
		if got := stateCodes(v.Abstaining); !slices.Equal(got, want) || v.AbstainingCount != len(want) {
			t.Errorf("%s: %d abstaining %v, want %d %v", file, v.AbstainingCount, got, len(want), want)
		}
	}
}

// stateCodes is the sorted codes of actors, nil for none.
func stateCodes(actors []Actor) []string {
	var out []string
	for _, a := range actors {
		out = append(out, a.State)
	}
	slices.Sort(out)
	return out
}
