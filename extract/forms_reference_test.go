package extract

import (
	"math/rand"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// The patterns the hand-written title readers of forms.go answer for.
const councilPrefixSpec = `(?:(?:United Nations|UNITED NATIONS|UN)\s+)?(?:Security Council|SECURITY COUNCIL)\s+`

var (
	titleLineSpec   = regexp.MustCompile(`^(?:Resolution|RESOLUTION)\s+\d{1,4}\s*\(\d{4}\)|^` + councilPrefixSpec + `(?i:resolution)\s+\d{1,4}\s*\(\d{4}\)|^\d{1,4}\s*\(\d{4}\)\s*[.,]\s*(?:Resolution|RESOLUTION)s?\b`)
	modernTitleSpec = regexp.MustCompile(`^(?:` + councilPrefixSpec + `)?(?:Resolution|RESOLUTION|(?:Security Council|SECURITY COUNCIL) (?i:resolution))\s+(\d{1,4})\s*\((\d{4})\)\s*[.,:]?\s*(.*)$`)
	volumeTitleSpec = regexp.MustCompile(`^(\d{1,4})\s*\((\d{4})\)\s*[.,]\s*(?:Resolution|RESOLUTION)s?\b\s*(.*)$`)
	// printedDateSpec is the date pattern firstPrintedDate reads.
	printedDateSpec = regexp.MustCompile(`(\d{1,2})\s*([A-Za-z\]\[|]{3,10})\.?,?\s+(\d{4})`)
)

// checkPrintedDate compares firstPrintedDate with its pattern on s.
func checkPrintedDate(t *testing.T, s string) {
	t.Helper()
	got, ok := firstPrintedDate(s)
	want := printedDateSpec.FindStringSubmatchIndex(s)
	if ok != (want != nil) || ok && !slices.Equal(got[:], want) {
		t.Errorf("firstPrintedDate(%q) = %v, %v; the pattern finds %v", s, got, ok, want)
	}
}

// checkTitles compares each title reader with its pattern on s.
func checkTitles(t *testing.T, s string) {
	t.Helper()
	checkPrintedDate(t, s)
	if got, want := onlyDateWords(s), onlyDateWordsLowered(s); got != want {
		t.Errorf("onlyDateWords(%q) = %v, the words lowered as Unicode does say %v", s, got, want)
	}
	if got, want := isTitleLine(s), titleLineSpec.MatchString(s); got != want {
		t.Errorf("isTitleLine(%q) = %v, the pattern says %v", s, got, want)
	}
	for _, r := range []struct {
		name string
		read func(string) (string, string, string, bool)
		spec *regexp.Regexp
	}{{"modernTitle", modernTitle, modernTitleSpec}, {"volumeTitle", volumeTitle, volumeTitleSpec}} {
		number, year, rest, ok := r.read(s)
		m := r.spec.FindStringSubmatch(s)
		if ok != (m != nil) || ok && (number != m[1] || year != m[2] || rest != m[3]) {
			t.Errorf("%s(%q) = %q, %q, %q, %v; the pattern finds %q", r.name, s, number, year, rest, ok, m)
		}
	}
}

func TestTitlesOnCorpora(t *testing.T) {
	for _, s := range corpusTexts(t) {
		checkTitles(t, s)
		checkTitles(t, collapseSpace(s))
	}
}

// titlePieces are the words and marks the title patterns turn on.
var titlePieces = []string{
	"Resolution", "RESOLUTION", "resolution", "Resolutions", "RESOLUTIONs", "reſolution", "ReSoLuTiOn", "reſ", "ſ", "olution",
	"Security Council", "SECURITY COUNCIL", "Security", "Council", "United Nations", "UNITED NATIONS", "UN", "UNITED", "Nations",
	"678", "1", "12345", "0042", "(1990)", "(199)", "(19900)", "(", ")", "1990", "(1990", "9 (1946).", "9 (1946),",
	".", ",", ":", ";", " ", "  ", "\t", "\n", "\v", "\f", "\r", "_", "x", "é", "İ", "ı", "K", "\u00a0",
	"of 29 November 1990", "[S/1234]", "adopted on",
	// The dates' pieces: days, months as OCR reads them, years.
	"29", "129 ", "3", "Apri]", "of", "OF ", "Adopted", "on", " On", "oN\v", "Sept.", "Sept.,", "September", "Novemberxxx", "Oct", "Oc", "|an", "[un", ", ", " 1990", "19901", "199",
	// Larger pieces, so that whole titles and near misses are common.
	"Security Council reſolution", "SECURITY COUNCIL ReSOLUTION", "UN Security Council ", "United Nations  SECURITY COUNCIL\t",
	"Security Council Resolution", "Security Council  resolution", "Resolution 678", " 678 (1990)", " 678(1990)", "12345 (1990)",
	"9 (1946). Resolution", "9 (1946), RESOLUTIONs", "9 (1946).Resolutions_", " 2118 (2013) on Syria", " 5 (1946).\n",
}

func TestTitlesOnPieces(t *testing.T) {
	r := rand.New(rand.NewSource(1441))
	for range 300000 {
		var b strings.Builder
		for range 1 + r.Intn(7) {
			b.WriteString(titlePieces[r.Intn(len(titlePieces))])
		}
		checkTitles(t, b.String())
		if t.Failed() {
			return
		}
	}
}

func FuzzTitles(f *testing.F) {
	for _, s := range titlePieces {
		f.Add(s)
	}
	f.Add("Security Council resolution 2118 (2013) on Syria")
	f.Add("UNITED NATIONS SECURITY COUNCIL RESOLUTION 1441 (2002)")
	f.Add("9 (1946). Resolution of 15 October 1946 [S/1234]")
	f.Fuzz(checkTitles)
}

// TestPrintedNumberAndYear holds printedNumberAndYear, which slices the
// title where it prints "678 (1990)", to the string it stands for, on the
// corpora's lines (every number and year their titles read) and on
// strings drawn from figures, spaces and brackets.
func TestPrintedNumberAndYear(t *testing.T) {
	check := func(s, number, year string) {
		if got, want := printedNumberAndYear(s, number, year), number+" ("+year+")"; got != want {
			t.Fatalf("printedNumberAndYear(%q, %q, %q) = %q, want %q", s, number, year, got, want)
		}
	}
	for _, s := range corpusTexts(t) {
		s = collapseSpace(s)
		if number, year, _, ok := modernTitle(s); ok {
			check(s, number, year)
		}
		if number, year, _, ok := volumeTitle(s); ok {
			check(s, number, year)
		}
	}
	rng := rand.New(rand.NewSource(13))
	alphabet := []string{"1", "9", "19", " ", "(", ")", " (", "1990", "x"}
	draw := func(n int) string {
		var sb strings.Builder
		for k := rng.Intn(n); k >= 0; k-- {
			sb.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		return sb.String()
	}
	for n := 0; n < 20000; n++ {
		check(draw(12), draw(2), draw(2))
	}
}
