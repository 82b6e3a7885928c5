package extract

import (
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The patterns the readers of openings.go answer for: their spec.
var (
	preambleSpec      = regexp.MustCompile(`^"?(?:(?:The Security Council|THE SECURITY COUNCIL)\s*,?|(?:Le Conseil de sécurité|安全理事会)[,，])$`)
	operativeSpec     = regexp.MustCompile(`^"?(\d{1,3})\.\s+\S`)
	subItemSpec       = regexp.MustCompile(`^"?\(([a-z]{1,2}|[ivxl]{1,6})\)\s`)
	decisionVerbSpec  = regexp.MustCompile(`^"?(?:(?:[A-Z][a-z]+ly|Also|Further|Again|Once again|Hereby|Accordingly|Therefore),?\s+)?(?:[a-z]+ly\s+)?([A-Za-z][a-z]+s)\b`)
	dateLineSpec      = regexp.MustCompile(`^(?:of\s+|on\s+|adopted\s+on\s+)?\d{1,2}\s*[A-Za-z\]\[|]{3,10}\.?,?\s+\d{4}\.?$`)
	adoptionStartSpec = regexp.MustCompile(`^(?:Adopted|ADOPTED|Adapted|Adoptcd|Approved|` + oneLetterMisreadSpec("Adopted") + `)\s+(?:unanimously|without|at|by|on|` + oneLetterMisreadSpec("unanimously") + `|a[lifI]\s+the)\b|^(?:Adopted|ADOPTED)$`)
	leadSpec          = regexp.MustCompile(`^(?:(?:And\s+)?(?:(?:[A-Z][a-z]+ly|Also|Further|Again|Once again|In particular)\s+)+(?:[a-z]+ly\s+)?(?:[a-z]+(?:-[a-z]+)?(?:ing|ed)|supportive|aware|mindful|conscious)|(?:Mindful|Conscious|Cognizant|Cognisant|Aware|Desirous|Anxious|Indignant|Whereas|In virtue of|Fully aware|Keenly aware)|[A-Z][a-z]+(?:-[a-z]+)?ing|[A-Z][a-z]+ed)\b(?:\s+(?:note|into account|in mind|also|further)\b)?`)
)

// oneLetterMisreadSpec is w with any one of its letters but the first
// (and, for "unanimously", the last) another ASCII byte that is no space,
// as misreadAdopted and misreadUnanimouslyAt read it: an alternative for
// each letter.
func oneLetterMisreadSpec(w string) string {
	last := len(w)
	if w == "unanimously" {
		last--
	}
	var alts []string
	for k := 1; k < last; k++ {
		alts = append(alts, w[:k]+`[\x21-\x7e]`+w[k+1:])
	}
	return strings.Join(alts, "|")
}

// checkOpenings compares each reader with its pattern on s.
func checkOpenings(t *testing.T, s string) {
	t.Helper()
	if got, want := isPreamble(s), preambleSpec.MatchString(s); got != want {
		t.Errorf("isPreamble(%q) = %v, the pattern says %v", s, got, want)
	}
	number, size, ok := operativeMark(s)
	if m := operativeSpec.FindStringSubmatch(s); ok != (m != nil) || ok && (number != m[1] || size != len(m[0])) {
		t.Errorf("operativeMark(%q) = %q, %d, %v; the pattern finds %q", s, number, size, ok, m)
	}
	label, size, ok := subItemLabel(s)
	if m := subItemSpec.FindStringSubmatch(s); ok != (m != nil) || ok && (label != m[1] || size != len(m[0])) {
		t.Errorf("subItemLabel(%q) = %q, %d, %v; the pattern finds %q", s, label, size, ok, m)
	}
	verb, ok := decisionVerb(s)
	if m := decisionVerbSpec.FindStringSubmatch(s); ok != (m != nil) || ok && verb != m[1] {
		t.Errorf("decisionVerb(%q) = %q, %v; the pattern finds %q", s, verb, ok, m)
	}
	if got, want := isDateLine(s), dateLineSpec.MatchString(s); got != want {
		t.Errorf("isDateLine(%q) = %v, the pattern says %v", s, got, want)
	}
	if got, want := isAdoptionStart(s), adoptionStartSpec.MatchString(s); got != want {
		t.Errorf("isAdoptionStart(%q) = %v, the pattern says %v", s, got, want)
	}
	if got, want := leadMatch(s), leadSpec.FindString(s); got != want {
		t.Errorf("leadMatch(%q) = %q, the pattern finds %q", s, got, want)
	}
}

// TestOpeningsOnCorpora holds the readers to their patterns on every line
// and block of the corpora at hand, raw and cleaned.
func TestOpeningsOnCorpora(t *testing.T) {
	for _, s := range corpusTexts(t) {
		checkOpenings(t, s)
	}
}

// corpusTexts are the lines, raw and cleaned, and the blocks of the
// corpora at hand.
func corpusTexts(t testing.TB) []string {
	var out []string
	for _, src := range corpusSources() {
		lines := splitLines(src)
		for i := range lines {
			out = append(out, lines[i].raw(src), lines[i].t.s)
		}
		for _, b := range buildBlocks(lines, false) {
			out = append(out, b.t.s)
		}
	}
	if len(out) == 0 {
		t.Skip("no corpus at hand")
	}
	return out
}

// corpusSourcesOrSkip is corpusSources, or t skipped when there is none.
func corpusSourcesOrSkip(t *testing.T) []string {
	sources := corpusSources()
	if len(sources) == 0 {
		t.Skip("no corpus at hand")
	}
	return sources
}

// corpusSources are the texts of every file of the corpora at hand that
// decodes, HTML read as text.
func corpusSources() []string {
	var out []string
	for _, f := range decodedCorpus() {
		out = append(out, f.src)
	}
	return out
}

// corpusFile is a file of the corpora at hand and its text.
type corpusFile struct{ name, src string }

// decodedCorpus is corpusSources with the files' names.
func decodedCorpus() []corpusFile {
	var out []corpusFile
	for _, dir := range []string{seeds, "../testdata/crunsc", "../testdata/html", "../testdata/bad", devCorpus} {
		files, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, name := range files {
			data, err := os.ReadFile(name)
			if err != nil {
				continue
			}
			src, err := DecodeText(name, data)
			if err != nil {
				continue
			}
			if isHTML(name, src) {
				src, _ = htmlText(src)
			}
			out = append(out, corpusFile{name, src})
		}
	}
	return out
}

// gates are the looks taken before a pattern is run: each must let
// through every text the pattern matches (or, where it stands in for the
// pattern, answer as the pattern does).
var gates = []struct {
	name    string
	gate    func(string) bool
	pattern interface{ MatchString(string) bool }
	exact   bool
}{
	{"mayBeTitleLine", mayBeTitleLine, titleLineRE, false},
	{"endsAsDate", func(s string) bool { return s != "" && endsAsDate(s) }, dateLineSpec, false},
	{"mayIntroduceQuote", mayIntroduceQuote, quoteIntroRE, false},
	{"short part heading", func(s string) bool { return len(s) <= len("PART XXX.") }, partHeadingRE, false},
	{"isDraftHeading", isDraftHeading, draftRE, true},
	{"isLetterHeading", isLetterHeading, letterRE, true},
	{"isPressBlock", isPressBlock, pressRE, true},
}

func checkGates(t *testing.T, s string) {
	t.Helper()
	for _, g := range gates {
		matches := g.pattern.MatchString(s)
		if open := g.gate(s); matches && !open || g.exact && open != matches {
			t.Errorf("%s(%q) = %v, and the pattern matches: %v", g.name, s, open, matches)
		}
	}
}

func TestGatesOnCorpora(t *testing.T) {
	for _, s := range corpusTexts(t) {
		checkGates(t, s)
	}
}

// openingPieces are the words and marks the patterns turn on, and the
// characters at their edges.
var openingPieces = []string{
	"And", "And ", "Also", "Further", "Again", "Once again", "Once", "again", "In particular", "In", "particular",
	"Strongly", "strongly", "Deeply", "deeply", "Ely", "ly", "Fully aware", "Fully", "Keenly aware", "In virtue of",
	"Noting", "noting", "Recalling", "Taking", "note", "into account", "in mind", "also", "further", "concerned", "Convinced",
	"Peace-keeping", "peace-keeping", "Well-being", "Peace-ing", "Bring-", "United", "Ed", "Red", "ed", "ing", "-",
	"supportive", "aware", "awareness", "mindful", "conscious", "Mindful", "Conscious", "Cognizant", "Cognisant", "Aware",
	"Desirous", "Anxious", "Indignant", "Whereas", "whereas",
	"Decides", "decides", "Calls", "calls", "Is", "As", "Asks", "Requests", "Accordingly", "Therefore", "Hereby", "Alsoly",
	"1.", "12.", "123.", "1234.", "1", ".", "(a)", "(ab)", "(abc)", "(iv)", "(xii)", "(ivxlivx)", "(A)", "(", ")", "()",
	"The Security Council", "THE SECURITY COUNCIL", "Le Conseil de sécurité", "安全理事会", "，", ",", "\"",
	"Resolution 678 (1990)", "RESOLUTION", "resolution", "Security Council resolution", "UNITED NATIONS", "UN", "United Nations",
	"9 (1946).", "(1990)", "of 29 November 1990", "29 Apri] 1989.", "adopted on", "on", "of", "adopted", "2024", "12345", "Sept.,", "Decembers",
	"Adopted", "ADOPTED", "Adapted", "Adoptcd", "Approved", "unanimously", "without", "at", "by", "attack", "[|]",
	"The full text of resolution 2364 (2017) reads as follows:", "full text of", "FULL TEXT OF", "reads as follows", "follows", "followſ", ":",
	"draft resolution", "Draft Resolution", "决议草案", "Letter dated", "Identical letters dated", "的信", "Report of the Secretary-General",
	"The meeting began at", "THE MEETING WAS CALLED TO ORDER AT", "Unanimously adopting resolution", "unanimouſly",
	"A", "II", "Part B", "PART XII",
	" ", "  ", "\t", "\n", "\v", "\f", "\r", "_", "9", "x", "é", "’", "\xff", "\u00a0",
}

// TestOpeningsOnPieces holds the readers to their patterns on strings made
// of the pieces the patterns turn on, a few at a time.
func TestOpeningsOnPieces(t *testing.T) {
	r := rand.New(rand.NewSource(13))
	for range 200000 {
		var b strings.Builder
		for range 1 + r.Intn(5) {
			b.WriteString(openingPieces[r.Intn(len(openingPieces))])
		}
		checkOpenings(t, b.String())
		checkGates(t, b.String())
		if t.Failed() {
			return
		}
	}
}

func FuzzOpenings(f *testing.F) {
	for _, s := range openingPieces {
		f.Add(s)
	}
	f.Add("Strongly condemns the attacks")
	f.Add(`"12. Further decides that`)
	f.Add("And further noting with concern")
	f.Fuzz(func(t *testing.T, s string) {
		checkOpenings(t, s)
		checkGates(t, s)
	})
}

// BenchmarkOpenings measures the readers asked of every line and block,
// on the corpora's lines and blocks (issue 13).
func BenchmarkOpenings(b *testing.B) {
	texts := corpusTexts(b)
	n := 0
	for _, s := range texts {
		n += len(s)
	}
	b.Run("leadWords", func(b *testing.B) {
		b.SetBytes(int64(n))
		for range b.N {
			for _, s := range texts {
				leadWords(s)
			}
		}
	})
	b.Run("opensParagraph", func(b *testing.B) {
		b.SetBytes(int64(n))
		for range b.N {
			for _, s := range texts {
				opensParagraph(s)
			}
		}
	})
}
