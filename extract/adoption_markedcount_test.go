package extract

import (
	"strings"
	"testing"
)

// TestMarkedVoteCount holds the counts OCR printed with a mark for a
// figure ("by |0 votes", "to | (Australia)", "with | abstention") or a
// lone look-alike ("with S abstentions"): the development set's adoption
// lines with their figures so printed, read as the clean lines are, with
// an ocr-repair warning; and what stays unread.
func TestMarkedVoteCount(t *testing.T) {
	for _, c := range []struct {
		line                         string
		inFavour, against, abstained int
		against1, abstaining1        string // the first state named
		warned                       bool
	}{
		{"Adopted at the 279th meeting by |0 votes to none, with 1 abstention (Union of Soviet Socialist Republics).", 10, 0, 1, "", "SUN", true},
		{"Adopted at the 279th meeting by ]0 votes to none, with 1 abstention (Union of Soviet Socialist Republics).", 10, 0, 1, "", "SUN", true},
		{"Adopted at the 3262nd meeting by |4 votes to none, with I abstention (China).", 14, 0, 1, "", "CHN", true},
		{"Adopted at the 1608th meeting by 1| votes to none, with 4 abstentions (France, Poland, Union of Soviet Socialist Republics, United Kingdom of Great Britain and Northern Ireland).", 11, 0, 4, "", "FRA", true},
		{"Adopted at the 1794th meeting by 1] votes to none with 3 abstentions (Byelorussian Soviet Socialist Republic, Iraq, Union of Soviet Socialist Republics)", 11, 0, 3, "", "BYS", true},
		{"Adopted at the 132nd meeting by 10 votes to | (Australia).", 10, 1, 0, "AUS", "", true},
		{"Adopted at the 219th meeting by 7 votes to ] (Poland), with 3 abstentions (Colombia, Syria, Union of Soviet Socialist Republics).", 7, 1, 3, "POL", "COL", true},
		{"Adopted at the 1328th meeting by 14 votes to none, with | abstention (New Zealand).", 14, 0, 1, "", "NZL", true},
		{"Adopted at the 1433rd meeting by 10 votes to none, with S abstentions (Algeria, Brazil, France, India and Pakistan).", 10, 0, 5, "", "DZA", true},
		{"Adopted at the 1433rd meeting by 10 votes to none, with S abstentions(Algeria, Brazil, France, India and Pakistan).", 10, 0, 5, "", "DZA", true},
		// As printed, or no count: nothing to read.
		{"Adopted at the 1328th meeting by 14 votes to none, with I abstention (New Zealand).", 14, 0, 1, "", "NZL", false},
		{"Adopted at the 1426th meeting by |9 votes to none.", 0, 0, 0, "", "", false},
		{"Adopted at the 1426th meeting by || votes to none.", 0, 0, 0, "", "", false},
		// A bracket that closes the line after a count is no figure.
		{"[Adopted at the 1426th meeting by 14 votes to 1]", 14, 1, 0, "", "", false},
	} {
		var v Vote
		var warnings []Warning
		readAdoptionInto(&v, c.line, footnotes{}, "1980-01-01", &stateNameMemo{}, func(w Warning) { warnings = append(warnings, w) })
		if v.InFavourCount != c.inFavour || v.AgainstCount != c.against || v.AbstainingCount != c.abstained {
			t.Errorf("%q: %d-%d-%d; want %d-%d-%d", c.line, v.InFavourCount, v.AgainstCount, v.AbstainingCount, c.inFavour, c.against, c.abstained)
		}
		if first(v.Against) != c.against1 || first(v.Abstaining) != c.abstaining1 {
			t.Errorf("%q: against %v, abstaining %v; want %q, %q first", c.line, v.Against, v.Abstaining, c.against1, c.abstaining1)
		}
		warned := false
		for _, w := range warnings {
			warned = warned || w.Kind == WarnOCRRepair && strings.Contains(w.Message, "vote count printed")
		}
		if warned != c.warned {
			t.Errorf("%q: warnings %v, want an ocr-repair warning: %v", c.line, warnings, c.warned)
		}
	}
}

// first is the state of the first actor, or "".
func first(actors []Actor) string {
	if len(actors) == 0 {
		return ""
	}
	return actors[0].State
}
