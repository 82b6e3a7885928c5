package extract

import (
	"regexp"
	"strings"
	"testing"
)

// TestOCRVoteCount holds the form where OCR printed the 1 of a two-figure
// vote count as a letter ("by I4 votes", "by l3 votes"): read as the
// count it is, with an ocr-repair warning, where the vote was lost or its
// count in favour read as none.
func TestOCRVoteCount(t *testing.T) {
	for _, c := range []struct {
		line                         string
		inFavour, against, abstained int
		counted, warned              bool
	}{
		{"Adopted at the 1328th meeting by I4 votes to none, with 1 abstention (France).", 14, 0, 1, true, true},
		{"Adopted at the 1809th meeting by l3 votes to none.", 13, 0, 0, true, true},
		{"Adopted at the 279th meeting by I0 votes to none, with 1 abstention.", 10, 0, 1, true, true},
		{"Adopted at the 1608th meeting by 1l votes to none, with 4 abstentions.", 11, 0, 4, true, true},
		{"Adopted at the 2963rd meeting by 12 votes to 2 (Cuba and Yemen), with I abstention (China).", 12, 2, 1, true, false},
		{"Adopted at the 1716th meeting by l2 votes to none with 3 abstentions.", 12, 0, 3, true, true},
		{"Adopted at the 105th meeting by 1O votes to none, with 1 abstention (Union of Soviet Socialist Republics).", 10, 0, 1, true, true},
		{"Adopted at the 132nd meeting by 1o votes to 1 (Australia).", 10, 1, 0, true, true},
		{"Adopted at the 2981st meeting by 1S votes to none.", 15, 0, 0, true, true},
		// As printed: no repair to make.
		{"Adopted at the 1426th meeting by 13 votes to none, with 2 abstentions.", 13, 0, 2, true, false},
		// No figure, or a count the Council cannot give: no count read.
		{"Adopted at the 1426th meeting by Il votes to none.", 0, 0, 0, false, false},
		{"Adopted at the 1426th meeting by I9 votes to none.", 0, 0, 0, false, false},
		{"Adopted at the 1426th meeting by 2l votes to none.", 0, 0, 0, false, false},
		{"Adopted at the 1426th meeting by 1S0 votes to none.", 0, 0, 0, false, false},
		{"Adopted at the 1426th meeting by 3O votes to none.", 0, 0, 0, false, false},
		{"Adopted at the 1426th meeting by IO votes to none.", 0, 0, 0, false, false},
	} {
		var v Vote
		var warnings []Warning
		readAdoptionInto(&v, c.line, footnotes{}, "", &stateNameMemo{}, func(w Warning) { warnings = append(warnings, w) })
		if v.Counted != c.counted || v.InFavourCount != c.inFavour || v.AgainstCount != c.against || v.AbstainingCount != c.abstained {
			t.Errorf("%q: counted %v, %d-%d-%d; want %v, %d-%d-%d", c.line, v.Counted, v.InFavourCount, v.AgainstCount, v.AbstainingCount, c.counted, c.inFavour, c.against, c.abstained)
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

// twoFigureVoteRE is a count in favour of two figures opening with 1, as
// the development set's adoption lines print it.
var twoFigureVoteRE = regexp.MustCompile(`\bby 1(\d) votes\b`)

// TestOCRVoteCountDev prints, in each development file whose vote in
// favour is of two figures, its 1 as OCR does ("I", "l") and wants the
// vote read as from the clean text.
func TestOCRVoteCountDev(t *testing.T) {
	results := devResults(t)
	files := 0
	eachDevText(t, func(name, src string) {
		r := results[name]
		if r.Source == nil || len(r.Source.Documents) != 1 || r.Source.Documents[0].Vote == nil {
			return
		}
		if !twoFigureVoteRE.MatchString(src) {
			return
		}
		files++
		want := r.Source.Documents[0].Vote
		for _, letter := range []string{"I", "l"} {
			garbled := twoFigureVoteRE.ReplaceAllString(src, "by "+letter+"$1 votes")
			s, _, err := defaultExtractor.File(name, garbled)
			if err != nil || len(s.Documents) != 1 || s.Documents[0].Vote == nil {
				t.Errorf("%s with %q for 1: no vote (%v)", name, letter, err)
				continue
			}
			got := s.Documents[0].Vote
			if got.InFavourCount != want.InFavourCount || got.AgainstCount != want.AgainstCount || got.AbstainingCount != want.AbstainingCount || got.Counted != want.Counted {
				t.Errorf("%s with %q for 1: %d-%d-%d, want %d-%d-%d", name, letter, got.InFavourCount, got.AgainstCount, got.AbstainingCount, want.InFavourCount, want.AgainstCount, want.AbstainingCount)
			}
		}
	})
	if files < 60 {
		t.Errorf("%d development files with a two-figure vote, want over 60", files)
	}
}

// tenVotesRE is a count in favour of 10, as the development set's
// adoption lines print it.
var tenVotesRE = regexp.MustCompile(`\bby 10 votes\b`)

// TestOCRVoteCountZeroDev prints, in each development file adopted by 10
// votes, the 0 of its count as OCR does ("O", "o") and wants the vote
// read as from the clean text.
func TestOCRVoteCountZeroDev(t *testing.T) {
	files := 0
	eachDevDocument(t, func(name, src string, d *Document) {
		if d.Vote == nil || !tenVotesRE.MatchString(src) {
			return
		}
		files++
		want := d.Vote
		for _, letter := range []string{"O", "o"} {
			s, _, err := defaultExtractor.File(name, tenVotesRE.ReplaceAllString(src, "by 1"+letter+" votes"))
			if err != nil || len(s.Documents) != 1 || s.Documents[0].Vote == nil {
				t.Errorf("%s with %q for 0: no vote (%v)", name, letter, err)
				continue
			}
			got := s.Documents[0].Vote
			if got.InFavourCount != want.InFavourCount || got.AgainstCount != want.AgainstCount || got.AbstainingCount != want.AbstainingCount || got.Counted != want.Counted || len(got.Abstaining) != len(want.Abstaining) || len(got.Against) != len(want.Against) {
				t.Errorf("%s with %q for 0: %d-%d-%d, want %d-%d-%d", name, letter, got.InFavourCount, got.AgainstCount, got.AbstainingCount, want.InFavourCount, want.AgainstCount, want.AbstainingCount)
			}
		}
	})
	if files < 10 {
		t.Errorf("%d development files adopted by 10 votes, want over 10", files)
	}
}
