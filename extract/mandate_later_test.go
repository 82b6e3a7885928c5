package extract

import "testing"

// The development set's extensions decided after another verb's clause
// and in the passive under "decides that", as read by hand.
func TestDevelopmentSetLaterAndPassiveExtensions(t *testing.T) {
	for _, c := range []struct{ file, paragraph, until, period string }{
		// "1. Welcome the further report … and decides to extend the
		// existing mandate of the United Nations Angola Verification
		// Mission II for a period of three months, until 15 December 1993".
		{"S_RES_0864_1993_EN_GOLD.txt", "op_1", "1993-12-15", "P3M"},
		// "3. Also decides that the mandate of the Mission, enlarged …,
		// will be extended to 31 October 1992".
		{"S_RES_0729_1992_EN_GOLD.txt", "op_3", "1992-10-31", ""},
	} {
		t.Run(c.file, func(t *testing.T) {
			if f := devExtension(t, c.file, c.paragraph); f.Until != c.until || f.Period != c.period {
				t.Errorf("extension until %q for %q, want until %q for %q", f.Until, f.Period, c.until, c.period)
			}
		})
	}
}
