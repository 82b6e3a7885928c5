package lineage

import (
	"path/filepath"
	"testing"
)

// Two texts are about other matters when they name no state or peace
// operation in common and one of them names some.
func TestOtherMatter(t *testing.T) {
	for _, tt := range []struct {
		a, b []string
		want bool
	}{
		{[]string{"state/JAM"}, []string{"state/UGA"}, true}, // admissions of two states
		{[]string{"undof"}, []string{"unef-ii"}, true},       // two forces renewed in one template
		{[]string{"state/IRQ", "state/KWT"}, []string{"state/YUG"}, true},
		{[]string{"state/VUT"}, nil, true}, // a state, and a text naming none
		{nil, []string{"state/HUN"}, true},
		{nil, nil, false},                                                // elections to the Court
		{[]string{"state/CYP", "unficyp"}, []string{"state/CYP"}, false}, // renewals of one force
		{[]string{"onuca", "state/NIC", "state/SLV"}, []string{"onuca"}, false},
		{[]string{"state/AGO", "state/ZAF"}, []string{"state/NAM", "state/ZAF"}, false},
	} {
		if got := otherMatter(&kept{subjects: tt.a}, &kept{subjects: tt.b}); got != tt.want {
			t.Errorf("otherMatter(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// On the development set, resolutions adopted in one template about
// different states or forces are not versions of one another (the
// admissions of new Members, UNDOF's renewal and UNEF II's, UNDOF's and
// UNIIMOG's, the conditions for Japan and for Nauru to join the Statute
// of the Court), while the renewals of one force still are.
func TestDevSeriesOfOneMatter(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "corpus", "crunsc-dev")
	if !dirExists(dir) {
		t.Skip("no development corpus")
	}
	pairs := Series(read(t, dir))
	of := map[string]string{}
	for _, p := range pairs {
		of[p.New.ID()] = p.Old.ID()
	}
	for _, new := range []string{
		"S/RES/147(1960)", "S/RES/177(1962)", "S/RES/537(1983)", "S/RES/663(1990)", "S/RES/828(1993)", // admissions
		"S/RES/378(1975)", // UNEF II, after UNDOF's 369 (1975)
		"S/RES/642(1989)", // UNIIMOG, after UNDOF's 624 (1988)
		"S/RES/600(1987)", // Nauru and the Statute of the Court, after Japan's 102 (1953)
		"S/RES/306(1971)", // a Secretary-General appointed, after Mali's admission
	} {
		if old, ok := of[new]; ok {
			t.Errorf("%s continues %s, a resolution on another matter", new, old)
		}
	}
	for new, old := range map[string]string{
		"S/RES/381(1975)": "S/RES/369(1975)", // UNDOF
		// UNDOF: the renewal of May 1989, not that of November 1988, which
		// older renewals in the same words kept from the candidates.
		"S/RES/645(1989)": "S/RES/633(1989)",
		"S/RES/651(1990)": "S/RES/642(1989)", // UNIIMOG
		"S/RES/675(1990)": "S/RES/654(1990)", // ONUCA
		"S/RES/396(1976)": "S/RES/378(1975)", // UNEF II
		"S/RES/198(1964)": "S/RES/192(1964)", // UNFICYP
		"S/RES/105(1954)": "S/RES/99(1953)",  // elections to the Court, which name no state
	} {
		if of[new] != old {
			t.Errorf("%s continues %q, want %s", new, of[new], old)
		}
	}
}
