package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestCitedYearMisread reads the year and the number of a resolution cited
// as OCR prints them with a letter for a figure, an l or an I for a 1, an
// O for a 0 ("242 (l967)", "678 (I990)", "660 (199O)", "l61 (1961)",
// "l514 (XV)"), as they stand for, with confidence 0.7 and an ocr-repair
// warning; the numbers of its list that share the year take it with no
// more. A bracket that reads as no year of 1945-2099, a General Assembly
// session ("(XV)", "(I)") and a part's letter are no such year, and a
// number the year cannot hold as it reads is not read so.
func TestCitedYearMisread(t *testing.T) {
	for _, c := range []struct {
		paragraph string
		want      []string // target@confidence of each resolution cited
		warned    string
	}{
		{"Recalling its resolution 242 (l967) of 22 November 1967;", []string{"S/RES/242(1967)@0.7"}, `"(l967)" in "resolution 242 (l967)" as 1967`},
		{"Recalling its resolutions 660 (1990) and 678\n(I990),", []string{"S/RES/660(1990)@1", "S/RES/678(1990)@0.7"}, `"(I990)"`},
		{"Acting under resolution 661 (199O),", []string{"S/RES/661(1990)@0.7"}, `"(199O)"`},
		{"Recalling resolutions 660 and 661 (l990),", []string{"S/RES/660(1990)@0.7", "S/RES/661(1990)@0.7"}, `"(l990)"`},
		// The number: an l or I for a 1, an O for a 0, where the year can
		// hold the number as it reads.
		{"Recalling its resolution l61 (1961) of 21 February 1961,", []string{"S/RES/161(1961)@0.7"}, `number printed "l61" in "resolution l61 (1961)" as 161`},
		{"Recalling its resolutions 6I (1948) and 62 (1948),", []string{"S/RES/61(1948)@0.7", "S/RES/62(1948)@1"}, `"6I"`},
		{"Recalling resolution 4O5 (1977),", []string{"S/RES/405(1977)@0.7"}, `"4O5"`},
		{"Recalling General Assembly resolution l514 (XV),", []string{"A/RES/1514(XV)@0.7"}, `"l514"`},
		{"Recalling resolutions 660 and 66l (1990),", []string{"S/RES/660(1990)@0.7", "S/RES/661(1990)@0.7"}, `"66l"`},
		// Not as it reads: nothing, as before.
		{"Recalling resolution l61 (1990),", nil, ""},
		// No year: read as before.
		{"Recalling General Assembly resolution 1514 (XV),", []string{"A/RES/1514(XV)@1"}, ""},
		{"Recalling General Assembly resolution 41 (I),", []string{"A/RES/41(I)@1"}, ""},
		{"Recalling resolution 242 (1967),", []string{"S/RES/242(1967)@1"}, ""},
		{"Recalling resolution 242 (lOOl),", nil, ""},
	} {
		got, warnings := operativeCitations(t, c.paragraph)
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: cites %q, want %q", c.paragraph, got, c.want)
		}
		checkOCRRepair(t, c.paragraph, warnings, c.warned)
	}
}

// operativeCitations reads paragraph as a resolution's one operative
// paragraph (operativeSource): the target@confidence of each resolution
// it cites, and the warnings of reading it.
func operativeCitations(t *testing.T, paragraph string) ([]string, []Warning) {
	t.Helper()
	s, warnings, err := defaultExtractor.File("S_RES_0999_1990_EN_GOLD.txt", operativeSource(paragraph))
	if err != nil || len(s.Documents) != 1 {
		t.Fatalf("%q: %v", paragraph, err)
	}
	var got []string
	for _, x := range s.Documents[0].Citations {
		if x.Form == FormResolution && x.Paragraph.ID == "op_1" {
			got = append(got, fmt.Sprintf("%s@%g", x.Target, x.Confidence))
		}
	}
	return got, warnings
}

// checkOCRRepair checks that the warnings of reading text hold one
// ocr-repair warning, with warned in it, or none where warned is "".
func checkOCRRepair(t *testing.T, text string, warnings []Warning, warned string) {
	t.Helper()
	var repairs []string
	for _, w := range warnings {
		if w.Kind == WarnOCRRepair {
			repairs = append(repairs, w.Message)
		}
	}
	if warned == "" && len(repairs) > 0 || warned != "" && (len(repairs) != 1 || !strings.Contains(repairs[0], warned)) {
		t.Errorf("%q: warnings %q, want one with %q", text, repairs, warned)
	}
}
