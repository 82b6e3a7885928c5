package extract

import (
	"strings"
	"testing"
)

// TestTruncatedOnlyWhereTheTextStops: the printed volumes drop the full
// stop of a resolution's last paragraph above its adoption line, which is
// no sign of a cut file; a text that stops in that paragraph is one.
func TestTruncatedOnlyWhereTheTextStops(t *testing.T) {
	truncated := func(r Result) bool {
		for _, w := range r.Warnings {
			if w.Kind == WarnTruncated {
				return true
			}
		}
		return false
	}
	res := devResults(t)
	for _, name := range []string{
		"S_RES_0285_1970_EN_GOLD.txt", // its one paragraph: "... from Lebanese territory" / "Adopted at the 1551st meeting"
		"S_RES_0351_1974_EN_GOLD.txt", // "... to membership in the United Nations" / "Adopted without a vote"
		"S_RES_0585_1986_EN_GOLD.txt", // "3. ... on the basis of the present man-\ndate" / "Adopted unanimously"
		"S_RES_0888_1993_EN_GOLD.txt", // "16. Decides to remain seized of the matter" / "Adopted unanimously"
	} {
		if truncated(res[name]) {
			t.Errorf("%s: warned as truncated, but its adoption line follows its last paragraph", name)
		}
	}

	// The same text cut in its last paragraph, or right after it (the
	// adoption line lost), is said to be cut.
	full := devText(t, "S_RES_0888_1993_EN_GOLD.txt")
	for _, cut := range []string{"16. Decides to remain seized of the", "16. Decides to remain seized of the matter\n"} {
		at := strings.Index(full, cut)
		if at < 0 {
			t.Fatalf("888 (1993) no longer prints %q", cut)
		}
		r, warnings, err := defaultExtractor.File("cut.txt", full[:at+len(cut)])
		if err != nil {
			t.Fatal(err)
		}
		if !truncated(Result{Source: r, Warnings: warnings}) {
			t.Errorf("888 (1993) cut after %q: no truncated warning", cut)
		}
	}
}
