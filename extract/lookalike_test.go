package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestFigureLookalikeTable holds the one table of OCR's letters and
// marks for figures, byte by byte, and the bytes each reader's own rule
// takes of it: the citation scanner opens a number with the look-alikes
// of 1 only (opensMisreadNumber), the meeting's unchecked ordinal reads
// them but ] (isOrdinalLookalike), and the layout's date line ends with
// any (shapeEndsLookalike).
func TestFigureLookalikeTable(t *testing.T) {
	want := map[byte]byte{'I': '1', 'l': '1', 'i': '1', '|': '1', ']': '1', 'O': '0', 'o': '0', 'S': '5'}
	_, _, last := shapeTables()
	for n := 0; n < 256; n++ {
		c := byte(n)
		if got := figureLookalike(c); got != want[c] {
			t.Errorf("figureLookalike(%q) = %q, want %q", c, got, want[c])
		}
		if got := isFigureLookalike(c); got != (want[c] != 0) {
			t.Errorf("isFigureLookalike(%q) = %v", c, got)
		}
		if got := opensMisreadNumber(c); got != (want[c] == '1') {
			t.Errorf("opensMisreadNumber(%q) = %v", c, got)
		}
		if got := isOrdinalLookalike(c); got != (want[c] == '1' && c != ']') {
			t.Errorf("isOrdinalLookalike(%q) = %v", c, got)
		}
		if got := last[c]&shapeEndsLookalike != 0; got != (want[c] != 0) {
			t.Errorf("shapeEndsLookalike of %q = %v", c, got)
		}
	}
	for s, want := range map[string]string{"l967": "1967", "199o": "1990", "S|]": "511", "2i2": "212", "242": "242", "": ""} {
		if got := readLookalikes(s); got != want {
			t.Errorf("readLookalikes(%q) = %q, want %q", s, got, want)
		}
	}
	if got, want := lookalikesNamed("lOl"), `"l" misread for 1, "O" for 0`; got != want {
		t.Errorf("lookalikesNamed = %q, want %q", got, want)
	}
}

// TestOrdinalLookalikeClass holds ocrOrdinalRE's class of figures to the
// bytes isFigureOrLookalike takes, which mayHaveLetteredOrdinal reads
// before the pattern is asked: a byte in one and not the other would
// leave an ordinal unread, or read one the gate never lets through.
func TestOrdinalLookalikeClass(t *testing.T) {
	for n := 0; n < 256; n++ {
		c := byte(n)
		w := "2" + string([]byte{c}) + "1st"
		if got := ocrOrdinalRE.FindString(w) == w; got != isFigureOrLookalike(c) {
			t.Errorf("%q: ocrOrdinalRE reads it whole: %v, isFigureOrLookalike: %v", w, got, isFigureOrLookalike(c))
		}
	}
}

// TestVoteCountLookalikes reads a vote count of two figures printed with
// each look-alike of the table: the i and ] of a 1 too, which the count's
// own list of letters left out ("by i4 votes" was no count). The count's
// rule is readCount's: two bytes, a figure among them, 10 to 15.
func TestVoteCountLookalikes(t *testing.T) {
	for _, c := range []struct {
		printed string
		want    int
		ok      bool
	}{
		{"I4", 14, true}, {"l3", 13, true}, {"|1", 11, true}, {"i4", 14, true}, {"1i", 11, true}, {"]2", 12, true},
		{"1O", 10, true}, {"1o", 10, true}, {"1S", 15, true},
		{"i9", 0, false}, {"ii", 0, false}, {"So", 0, false}, {"S1", 0, false},
	} {
		n, ok := readCount(c.printed, func(Warning) {})
		if n != c.want || ok != c.ok {
			t.Errorf("readCount(%q) = %d, %v, want %d, %v", c.printed, n, ok, c.want, c.ok)
		}
	}
}

// TestCitedLookalikes reads a resolution's number and year printed with
// each look-alike of the table, where the citation scanner read an l, an
// I and an O only: "(199o)", "(198S)", "2i2", "27o", "55S", and a number
// opened with i, | or ]; an S never opens one (opensMisreadNumber), and
// a number the year cannot hold as it reads is still not read.
func TestCitedLookalikes(t *testing.T) {
	for _, c := range []struct {
		paragraph string
		want      []string
		warned    string
	}{
		{"Recalling its resolution 678 (199o),", []string{"S/RES/678(1990)@0.7"}, `"(199o)" in "resolution 678 (199o)" as 1990`},
		{"Recalling its resolution 570 (198S),", []string{"S/RES/570(1985)@0.7"}, `"(198S)"`},
		{"Recalling its resolution 242 (i967),", []string{"S/RES/242(1967)@0.7"}, `"(i967)"`},
		{"Recalling its resolution 242 (]967),", []string{"S/RES/242(1967)@0.7"}, `"(]967)"`},
		{"Recalling its resolution 24i (1967),", []string{"S/RES/241(1967)@0.7"}, `number printed "24i" in "resolution 24i (1967)" as 241, "i" misread for 1`},
		{"Recalling its resolution 27o (1969),", []string{"S/RES/270(1969)@0.7"}, `"27o"`},
		{"Recalling its resolution 55S (1984),", []string{"S/RES/555(1984)@0.7"}, `"55S" in "resolution 55S (1984)" as 555, "S" misread for 5`},
		{"Recalling its resolution i5 (1946),", []string{"S/RES/15(1946)@0.7"}, `"i5"`},
		{"Recalling its resolution |5 (1946),", []string{"S/RES/15(1946)@0.7"}, `"|5"`},
		{"Recalling its resolution ]5 (1946),", []string{"S/RES/15(1946)@0.7"}, `"]5"`},
		// An S opens no number; a number its year cannot hold is not read.
		{"Recalling its resolution S5 (1946),", nil, ""},
		{"Recalling its resolution 2i2 (1990),", nil, ""},
	} {
		got, warnings := operativeCitations(t, c.paragraph)
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: cites %q, want %q", c.paragraph, got, c.want)
		}
		checkOCRRepair(t, c.paragraph, warnings, c.warned)
	}
}

// TestCitedLookalikeAfterList holds the finder's own rule for an S: read
// as a 5 only glued to a number and its year within a list after a year,
// as it was, and now warned of as the other look-alikes are.
func TestCitedLookalikeAfterList(t *testing.T) {
	p := "Reaffirming its resolutions 508 (1982), 509 (1982), S11 (1982),"
	got, warnings := operativeCitations(t, p)
	if want := []string{"S/RES/508(1982)@1", "S/RES/509(1982)@1", "S/RES/511(1982)@0.7"}; !slices.Equal(got, want) {
		t.Errorf("cites %q, want %q", got, want)
	}
	found := false
	for _, w := range warnings {
		found = found || strings.Contains(w.Message, `"S11" in "S11 (1982)" as 511, "S" misread for 5`)
	}
	if !found {
		t.Errorf("no warning of the S read for 5: %v", warnings)
	}
}
