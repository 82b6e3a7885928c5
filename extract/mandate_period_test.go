package extract

import (
	"slices"
	"testing"
)

// The development set's renewals that print no date, as read by hand,
// and the periods of those that print both; 882 (1993)'s end is derived
// from 879 (1993)'s "terminating on 5 November 1993" (SettleMandateEnds),
// UNDOF's and UNOMUR's have no printed end before them in the set.
func TestDevelopmentSetMandatePeriods(t *testing.T) {
	for _, c := range []struct {
		file, paragraph, actor, until, period string
		derived                               bool
	}{
		{"S_RES_0363_1974_EN_GOLD.txt", "op_u1__b", "undof", "", "P6M", false},
		{"S_RES_0390_1976_EN_GOLD.txt", "op_u1__b", "undof", "", "P6M", false},
		{"S_RES_0882_1993_EN_GOLD.txt", "op_12", "onumoz", "1994-05-05", "P6M", true},
		{"S_RES_0891_1993_EN_GOLD.txt", "op_2", "unomur", "", "P6M", false},
		{"S_RES_0594_1987_EN_GOLD.txt", "op_1", "unifil", "1987-07-31", "P6M12D", false},
		{"S_RES_0834_1993_EN_GOLD.txt", "op_1", "unavem-ii", "1993-07-15", "P45D", false},
		{"S_RES_0222_1966_EN_GOLD.txt", "op_3", "unficyp", "1966-12-26", "P6M", false},
		{"S_RES_0291_1970_EN_GOLD.txt", "op_3", "unficyp", "1971-06-13", "", false},
	} {
		t.Run(c.file, func(t *testing.T) {
			f := devExtension(t, c.file, c.paragraph)
			if f.Until != c.until || (f.UntilFrom != "") != c.derived || f.Period != c.period || !slices.Contains(f.Actors, c.actor) {
				t.Errorf("extension of %v until %q for %q, want %s until %q for %q", f.Actors, f.Until, f.Period, c.actor, c.until, c.period)
			}
		})
	}
}
