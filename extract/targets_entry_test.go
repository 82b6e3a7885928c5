package extract

import "testing"

// TestResolutionEntryAsMade holds newResolutionEntry to the key and the
// symbol made each on its own, for numbers and years or sessions of every
// shape the scanner may read, of either kind, and through the cache.
func TestResolutionEntryAsMade(t *testing.T) {
	nums := []string{"", "0", "00", "0678", "678", "2531", "268B", "0268B", "B", "5", "007", "1 2", "123456789012345678901234567890123456"}
	years := []string{"", "1990", "2020", "XV", "III", "S-V", "70", "19x0", "0", "12345678901234567890123456789012345"}
	tc := new(targetCache)
	for _, kind := range []targetKind{councilResolution, assemblyResolution} {
		for _, n := range nums {
			for _, y := range years {
				e := newResolutionEntry(n, y, kind)
				want := targetOf(n, y, kind)
				if e.key != n+y || e.numLen != len(n) || e.kind != kind || e.target != want {
					t.Errorf("newResolutionEntry(%q, %q, %v) = %+v, want key %q, symbol %q", n, y, kind, e, n+y, want)
				}
				for range 2 { // a miss, then a hit
					if got := tc.resolution(n, y, kind == assemblyResolution); got != want {
						t.Errorf("resolution(%q, %q, %v) = %q, want %q", n, y, kind, got, want)
					}
				}
			}
		}
	}
}
