package extract

import (
	"fmt"
	"math/rand"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/sckg/sckg/ontology/symbol"
)

// The citation scanner's earlier implementations (issue 13), kept as the
// specification of the faster ones: they must find what these find, on
// every paragraph of the seeds and the development corpus and on texts
// made to trip them.

// referenceCues is the cue index as it was built: the whole paragraph
// lower-cased and read at once.
type referenceCues struct {
	s       string
	matches [][][2]int
}

// citationAnchors appends to anchors the offsets in s where a citation
// may be, and reports whether s holds "/", "号决议" or "Committee" as
// written, or "esolution", "aragraph" or "anction" in any case: the
// scanner reads no paragraph without one, most paragraphs cite nothing.
// Every citation holds one of them: a symbol's "/", a word that folds to
// "resolution" or "resolutions" (which holds "olution", in any case), to
// "paragraph", to "sanction" (for a sanctions regime), or "Committee", or
// "号决议".
func citationAnchors(anchors []int, s string) ([]int, bool) {
	marks := readMarks(s, paragraphMarks{anchors: anchors}, markAnchors)
	return marks.anchors, marks.may
}

// containsASCIIFoldEach is containsASCIIFold, trying each offset of s.
func containsASCIIFoldEach(s, w string) bool { return indexASCIIFoldEach(s, w) >= 0 }

func newReferenceCues(s string) *referenceCues {
	lower := strings.ToLower(s)
	if len(lower) != len(s) {
		lower = asciiLower(s)
	}
	ix := &referenceCues{s: s, matches: make([][][2]int, len(citationCues))}
	for i := 0; i < len(lower); {
		if !isWordByte(lower[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(lower) && isWordByte(lower[j]) {
			j++
		}
		for _, cp := range cuePhrases[lower[i:j]] {
			end := i + len(cp.phrase)
			ms := ix.matches[cp.cue]
			if strings.HasPrefix(lower[i:], cp.phrase) && (end == len(lower) || !isWordByte(lower[end])) &&
				(len(ms) == 0 || ms[len(ms)-1][1] <= i) {
				ix.matches[cp.cue] = append(ms, [2]int{i, end})
			}
		}
		i = j
	}
	return ix
}

func (ix *referenceCues) function(at int) Function {
	ws := clauseStart(ix.s, at)
	best, bestAt := Cites, -1
	for i, cue := range citationCues {
		ms := ix.matches[i]
		j := sort.Search(len(ms), func(j int) bool { return ms[j][1] > at }) - 1
		if j < 0 || ms[j][0] < ws || cue.near && at-ms[j][1] > nearWindow {
			continue
		}
		if ms[j][0] > bestAt {
			best, bestAt = cue.function, ms[j][0]
		}
	}
	return best
}

// trickySamples trip what a scanner of ASCII may get wrong: letters whose
// lower case is longer or shorter, invalid UTF-8, Chinese.
var trickySamples = []string{
	"Recalling İ its resolution 2374 (2017); pursuant to resolution 1 (1946)",
	"İȺ Recalling its resolution 2374 (2017): pursuant to resolution 1 (1946)",
	"\u212a Welcoming \xff resolution 2374 (2017), acting under resolution 5 (1946)",
	"ȺⱯ TAKING NOTE OF resolution 2374 (2017) and NOTING resolution 5 (1946); referred to in S/2020/1",
	"回顾第 2531(2020) 号决议; Recalling resolution 2 (1946)",
	"Reaffirming\u00a0its resolution 12 (1946); under;resolution 13 (1946):in accordance with: resolution 14 (1946)",
}

// citeSamples are the paragraphs of the seeds and the development corpus
// and the tricky ones.
func citeSamples(t *testing.T) []string {
	samples := append(clauseSamples(t), trickySamples...)
	return samples
}

func TestCueIndexAsReference(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for _, s := range citeSamples(t) {
		ref := newReferenceCues(s)
		// In text order, as citations mostly come, and at random, as
		// the ones a list's paragraphs start earlier do.
		ix, shuffled := newCueIndex(s), newCueIndex(s)
		order := rng.Perm(len(s) + 1)
		for at := 0; at <= len(s); at++ {
			want := ref.function(at)
			if got := ix.function(at); got != want {
				t.Fatalf("%q at %d: %s, want %s", s, at, got, want)
			}
			if r := order[at]; shuffled.function(r) != ref.function(r) {
				t.Fatalf("%q at %d, read out of order: %s, want %s", s, r, shuffled.function(r), ref.function(r))
			}
		}
	}
}

func TestCaselessRange(t *testing.T) {
	for r := rune(caselessFrom); r < caselessTo; r++ {
		if unicode.ToLower(r) != r {
			t.Fatalf("%U has a lower case %U", r, unicode.ToLower(r))
		}
	}
}

// appendTokensReference is the tokenizer as it was: character by
// character.
func appendTokensReference(toks []token, s string) []token {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == 'l' || r == 'I' || r == 'i' || r == '|' || r == ']') && i+2 < len(s) && (isDigit(s[i+1]) || strings.IndexByte("Ili|]OoS", s[i+1]) >= 0 && isDigit(s[i+2])) && !wordBefore(s, i) {
			// A resolution's number OCR opened with a letter for its 1
			// ("l13 (1956)", "i5 (1946)", "]13 (1956)"); else a word or
			// a mark, as below.
			if t, ok := scanMisreadNumber(s, i); ok {
				toks = append(toks, t)
				i = t.end
				continue
			}
		}
		switch {
		case unicode.IsSpace(r):
			i += n
		case (r == '$' || r == 'S') && !wordBefore(s, i) && dollarSymbolRE.MatchString(s[i:]):
			m := dollarSymbolRE.FindString(s[i:])
			toks = append(toks, token{kind: tSymbol, start: i, end: i + len(m), text: "S" + m[strings.IndexByte(m, '$')+1:], ocr: true})
			i += len(m)
		case (r == 'S' || r == 'A') && !wordBefore(s, i) && symbolRE.MatchString(s[i:]):
			m := symbolRE.FindString(s[i:])
			toks = append(toks, token{kind: tSymbol, start: i, end: i + len(m), text: m})
			i += len(m)
		case (r == 'C' || r == 'E') && (i == 0 || s[i-1] != '/') && !wordBefore(s, i) && seriesSymbolRE.MatchString(s[i:]):
			// Another body's symbol, not within another slashed name.
			m := seriesSymbolRE.FindString(s[i:])
			toks = append(toks, token{kind: tSymbol, start: i, end: i + len(m), text: m})
			i += len(m)
		case r == '5' && !wordBefore(s, i) && ocrSymbolRE.MatchString(s[i:]):
			m := ocrSymbolRE.FindString(s[i:])
			toks = append(toks, token{kind: tSymbol, start: i, end: i + len(m), text: "S" + m[1:], ocr: true})
			i += len(m)
		case r >= '0' && r <= '9':
			toks = append(toks, scanNumber(s, i))
			i = toks[len(toks)-1].end
		case unicode.IsLetter(r):
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !(unicode.IsLetter(r2) || r2 == '-' || r2 == '\'') || isHan(r2) != isHan(r) {
					break
				}
				j += n2
			}
			toks = append(toks, token{kind: tWord, start: i, end: j, text: s[i:j]})
			i = j
		case r == ',' || r == '，' || r == '、':
			toks = append(toks, token{kind: tComma, start: i, end: i + n, text: s[i : i+n]})
			i += n
		default:
			toks = append(toks, token{kind: tPunct, start: i, end: i + n, text: s[i : i+n]})
			i += n
		}
	}
	return toks
}

var tokenSamples = []string{
	"S/RES/2480(2019) Sx S/ RES/1 (2000) AS/2020/1 A/52/231 A/S-23/10/Rev.1 5/2002/1005 x5/2002/1005 S11 (1982) $46 (1984)",
	"État-major l'ONU d’état 联合国安全理事会第 2531(2020) 号决议，、 Ünited\u00a0Nations\u0085x\u2003y ٣ resolution2374 (2017)",
	"abc\xffdef \xe2\x80 S\xff/ 268 B (III) 387 1976) 13,289 1,2 12 (a;b) -'x' x-- 'S/2020/1",
}

func TestTokensAsReference(t *testing.T) {
	for _, s := range append(citeSamples(t), tokenSamples...) {
		if got, want := appendTokens(nil, s), appendTokensReference(nil, s); !slices.Equal(got, want) {
			t.Fatalf("%q:\n got %v\nwant %v", s, got, want)
		}
	}
}

func FuzzTokensAsReference(f *testing.F) {
	for _, s := range append(trickySamples, tokenSamples...) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := appendTokens(nil, s), appendTokensReference(nil, s); !slices.Equal(got, want) {
			t.Fatalf("%q:\n got %v\nwant %v", s, got, want)
		}
	})
}

// The words the citation scanner compares tokens with.
var scannerWords = []string{"resolution", "resolutions", "paragraph", "paragraphs", "Assembly", "General", "of", "on", "dated", "this", "the",
	"and", "in", "particular", "as", "well", "including", "its", "Council", "Security", "above", "below", "thereof", "therein", "to", "sanctions", "sanction", "adopted"}

func TestEqualFoldASCIIAsEqualFold(t *testing.T) {
	words := []string{"", "reſolution", "RESOLUTION", "ReSoLuTiOnS", "\u212aelvin", "paragraph\xff", "parag\u0280aph", "İn", "ın", "the", "THE", "thé"}
	for _, s := range citeSamples(t) {
		for _, tok := range appendTokens(nil, s) {
			words = append(words, tok.text)
		}
	}
	for _, w := range words {
		for _, x := range scannerWords {
			if got, want := equalFoldASCII(w, x), strings.EqualFold(w, x); got != want {
				t.Fatalf("equalFoldASCII(%q, %q) = %v, want %v", w, x, got, want)
			}
		}
	}
}

func mayCiteReference(s string) bool {
	return containsASCIIFoldEach(s, "esolution") || containsMisreadResolution(s) || strings.Contains(s, "/") || strings.Contains(s, "号决议") ||
		containsASCIIFoldEach(s, "aragraph") || containsASCIIFoldEach(s, "anction") || strings.Contains(s, "Committee")
}

func TestMayCiteAsReference(t *testing.T) {
	for _, s := range append(citeSamples(t), "esolution", "solution", "aragrap", "anctio", "anction", "xanctionx", "号决", "Committe", "ution", "graph", "ction", "resolutionution",
		"RESOLUTION", "PARAGRAPH", "SANCTION", "xANCTIONx", "ARAGRAP", "COMMITTEE", "PaRaGrApH") {
		if _, got := citationAnchors(nil, s); got != mayCiteReference(s) {
			t.Fatalf("citationAnchors(%q) says it may cite: %v", s, got)
		}
	}
}

func TestContainsAsReference(t *testing.T) {
	words := []string{"ttac", "ull", "text of", "ondemn", "a", " x", "1a"}
	samples := append(citeSamples(t), "ATTACK", "aTtAcK", "ttaC", "tta", "t", "", "ttac", "xTTAC", "CONDEMN", "ondemN", "ondem", "xondemnx", "mn", "ondeMondemn", "support by ", "support from the", "support provided ", "sup port by ", "pport by ", "uspport by ", "supportby ", "xsupport from ")
	for _, s := range samples {
		for _, w := range words {
			want := containsASCIIFoldEach(s, w)
			if got := containsASCIIFold(s, w); got != want {
				t.Fatalf("containsASCIIFold(%q, %q) = %v, want %v", s, w, got, want)
			}
			for k := range len(w) + 1 {
				if got := containsASCIIFoldBy(s, w, k); got != want {
					t.Fatalf("containsASCIIFoldBy(%q, %q, %d) = %v, want %v", s, w, k, got, want)
				}
			}
		}
		want := strings.Contains(s, "support by ") || strings.Contains(s, "support from ") || strings.Contains(s, "support provided ")
		if got := saysSupportBy(s); got != want {
			t.Fatalf("saysSupportBy(%q) = %v, want %v", s, got, want)
		}
	}
}

// The gates of patterns that ignore case look in ASCII alone for words
// whose letters fold to no character outside ASCII.
func TestGateLettersFoldInASCII(t *testing.T) {
	for _, w := range []string{"until ", "ending ", "ary mean", "ttac", "ondemn", "olution", "aragraph", "anction"} {
		for _, r := range w {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				if f >= utf8.RuneSelf {
					t.Errorf("%q: %q folds to %q", w, r, f)
				}
			}
		}
	}
}

var timingSamples = []string{
	"by 1 June 2020", "not later than 1 June 2020 and by 2 May 2021", "no later than 12 May 2020", "xnot later than 1 June 2020", "later than 1 June 2020",
	"abby 1 June 2020 before 3 May 2019", "before 1 June 2020 or by 2 June 2020", "not later than no later than 1 June 2020", "no later than",
	"b", "by", "by 1", "within 30 days", "not later than three days from the date of the adoption", "not later than three days from the date of the adoption of this resolution", "not later than 30 days following the date of the adoption of the present resolution", "not later than 30 days after the adoption of resolution 687 (1991)", "no later than 7 days from the date when", "every three months", "quarterly", "report quarterly", "annually", "on an annual basis", "every year",
	"Decides, and requests; and urges, and also strongly condemns", "and", ", and", "; and Urges", "band urges", "Urges and and", ",;,; and ,",
}

func FuzzDeadlineDate(f *testing.F) {
	for _, s := range timingSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := ""
		if m := deadlineDateRE.FindStringSubmatch(s); m != nil {
			want = m[1]
		}
		if got, _ := deadlineOf(s); got != want {
			t.Errorf("deadlineOf(%q) = %q, want %q", s, got, want)
		}
		if got, want := operativeVerbLocs(s), operativeVerbPattern(s); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("operativeVerbLocs(%q) = %v, want %v", s, got, want)
		}
	})
}

// withinRE and everyRE are what periodAfter reads by hand.
var (
	withinRE = regexp.MustCompile(`\bwithin (\d{1,3}|[a-z]+(?:-[a-z]+)?) (day|week|month|year)s?\b`)
	everyRE  = regexp.MustCompile(`\bevery (\d{1,3}|[a-z]+(?:-[a-z]+)?) (day|week|month|year)s?\b`)
	// laterThanRE is what laterThanAdoption reads by hand, but for the
	// words that say the period counts from the adoption.
	laterThanRE = regexp.MustCompile(`later than (\d{1,3}|[a-z]+(?:-[a-z]+)?) (day|week|month|year)s? ((?:from|after|following|of)\b[^;,]*)`)
)

// readTimingReference is readTiming as it was, each of its gates a search
// of the whole clause.
func readTimingReference(r *Request, seg, adopted string) {
	if (strings.Contains(seg, "by ") || strings.Contains(seg, "than ") || strings.Contains(seg, "before ")) && strings.ContainsAny(seg, "0123456789") {
		if m := deadlineDateRE.FindStringSubmatch(seg); m != nil {
			r.Deadline = isoDate(m[1])
		}
	}
	period := strings.Contains(seg, " day") || strings.Contains(seg, " week") || strings.Contains(seg, " month") || strings.Contains(seg, " year")
	if period && strings.Contains(seg, "within ") {
		if m := withinRE.FindStringSubmatch(seg); m != nil {
			r.DeadlineDuration = duration(m[1], m[2])
			if r.Deadline == "" && adopted != "" {
				r.Deadline = addDuration(adopted, m[1], m[2])
			}
		}
	}
	if r.DeadlineDuration == "" {
		for _, m := range laterThanRE.FindAllStringSubmatch(seg, -1) {
			words := m[3][:min(len(m[3]), len("following the date of the adoption of the present resolution"))]
			if strings.Contains(words, "this resolution") || strings.Contains(words, "present resolution") {
				r.DeadlineDuration = duration(m[1], m[2])
				if r.Deadline == "" && adopted != "" {
					r.Deadline = addDuration(adopted, m[1], m[2])
				}
				break
			}
		}
	}
	var m []string
	if period && strings.Contains(seg, "every ") {
		m = everyRE.FindStringSubmatch(seg)
	}
	switch {
	case m != nil:
		r.Interval = duration(m[1], m[2])
	case strings.Contains(seg, "quarterly") && quarterlyRE.MatchString(seg):
		r.Interval = "P3M"
	case (strings.Contains(seg, "annual") || strings.Contains(seg, "year")) && annuallyRE.MatchString(seg):
		r.Interval = "P1Y"
	}
}

func TestReadTimingAsReference(t *testing.T) {
	samples := append(citeSamples(t), timingSamples...)
	samples = append(samples, "within 3 days by 1 June 2020", "within three weeks", "within 3 dayx", "every 2 years", "every twelve months and annually", "yearly", "annualy")
	for _, s := range samples {
		for _, adopted := range []string{"", "2020-01-31"} {
			var got, want Request
			readTiming(&got, s, adopted)
			readTimingReference(&want, s, adopted)
			if got.Deadline != want.Deadline || got.DeadlineDuration != want.DeadlineDuration || got.Interval != want.Interval {
				t.Fatalf("%q: %q %q %q, want %q %q %q", s, got.Deadline, got.DeadlineDuration, got.Interval, want.Deadline, want.DeadlineDuration, want.Interval)
			}
		}
	}
}

func FuzzReadTimingAsReference(f *testing.F) {
	for _, s := range timingSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var got, want Request
		if misread := readTimingIn(&got, s, "2020-01-31", keysIn(s)); misread != "" {
			// OCR's letters for figures read back ("by 3l July 1972"),
			// which the reference does not: TestOCRMisreadDeadline.
			return
		}
		readTimingReference(&want, s, "2020-01-31")
		if got.Deadline != want.Deadline || got.DeadlineDuration != want.DeadlineDuration || got.Interval != want.Interval {
			t.Fatalf("%q: %q %q %q, want %q %q %q", s, got.Deadline, got.DeadlineDuration, got.Interval, want.Deadline, want.DeadlineDuration, want.Interval)
		}
	})
}

func TestMentionsByParagraph(t *testing.T) {
	ps := []*Paragraph{{ID: "a"}, {ID: "b"}, {ID: "c"}}
	other := &Paragraph{ID: "x"}
	m := func(p *Paragraph, start int) *Mention { return &Mention{Paragraph: p, start: int32(start)} }
	for _, ms := range [][]*Mention{
		nil,
		{m(ps[0], 1), m(ps[0], 5), m(ps[2], 0)},
		{m(ps[2], 1), m(ps[0], 5), m(ps[2], 0)},
		{m(ps[0], 1), m(other, 5), m(ps[1], 0)},
	} {
		d := &Document{Paragraphs: ps, Mentions: ms}
		want := map[*Paragraph][]*Mention{}
		for _, m := range ms {
			want[m.Paragraph] = append(want[m.Paragraph], m)
		}
		got := mentionsByParagraph(d)
		for i, p := range ps {
			if !slices.Equal(got[i], want[p]) {
				t.Errorf("%v: paragraph %s has %v, want %v", ms, p.ID, got[i], want[p])
			}
		}
	}
}

// findCitationsReference is the citation scanner as it was: the whole
// paragraph read into tokens, each looked at.
func findCitationsReference(s string) []*Citation {
	if !mayCiteReference(s) {
		return nil
	}
	f := &finder{s: s, toks: appendTokensReference(nil, s)}
	for i := 0; i < len(f.toks); i++ {
		t := f.toks[i]
		switch {
		case t.kind == tSymbol:
			i = f.symbol(i) - 1
		case t.kind == tWord && (isWordIn(t.text, "resolution", "resolutions") || misreadResolutionReference(t.text)):
			i = f.resolutions(i) - 1
		case t.kind == tWord && isWordIn(t.text, "paragraph", "paragraphs"):
			i = f.internal(i) - 1
		case t.kind == tNumYear && i+1 < len(f.toks) && strings.HasPrefix(f.toks[i+1].text, "号决议"):
			f.add(Citation{Target: symbol.Resolution(t.num(), t.year()).String(), Span: Span{t.start, t.end}, Form: FormResolution})
		case t.kind == tNumber:
			i = f.sanctionsRegime(i) - 1
		}
	}
	return f.out
}

var citationSamples = []string{
	"Recalling its resolutions, in particular 2359 (2017), 2295 (2016) and 2100 (2013), and paragraphs 2, 5, 6 and 7 of resolution 2374 (2017),",
	"pursuant to paragraph 20 (a) (ii) above and 28 and 29 below; the 1267/1989/2253 ISIL (Da'esh) and Al-Qaida Sanctions Committee",
	"$\\frac{\\sqrt{2020}}{476}$ 5/2002/1005 resolution2374 (2017) resolution 1514 (XV) A/RES/70/1 S/PV.8809 第 2531(2020) 号决议",
	"recalling general assembly resolution 31/6 A of 1976 and resolution 31/6 A which and resolution 31/6 B adopted",
	"of resolution 841 1993 of 16 June 1993, the which resolution 2391 about RESOLUTION 12 (1946) reſolution 13 (1946) x resolution",
	"the 2374 sanctions list and the 1518 Committee; which the 1533 Sanctions thing the 1572 ISIL (Da'esh) and Al-Qaida Sanctions Committee",
	"paragraphs 3 to 5 above which paragraphs 20 and 22 of this resolution, paragraph 4 of the Agreement, paragraphs 20 to 26 thereof",
	"resolution 242 (1967) of 22 November 1967 and 338 (1973) of 22 October 1973. 368 (1975) of 17 April which S11 (1982) $46 (1984) 661 (1990) 2",
	"resolutions 1 (1946) which 2 (1946)", "which", "", "/", "号决议", "Committee", "aragraph", "anction", "esolution",
	"the 1267 committee", "sanction: the 1267 Committee", "x/y which resolution 1 (1946)", "anction anction the 1518 Sanctions",
	"paragraphs 2 and 3 which of its resolution 1 (1946)", "of 1 August 1947 resolution 5 of 2 august", "evolution resolution 3 (1946) evolution",
	"resolution 1 (1946) of 13, March 1946 resolution 2 (1946) of 13, which",
	"Recalling its resolutlon 242 (1967), which RESOLUTIOUS 1 (1946) and General Assembly resolutions 3236 and 3237 (XXIX), ES-7/2 and 186 (S-2)",
	"Economic and Social Council resolutions 1235 and 1236 (XLII) and 1996/31, Trusteeship Council resolution 2063 (LIII) which resoiution 2 (1946)",
}

func sameCitations(a, b []*Citation) bool {
	return slices.EqualFunc(a, b, func(x, y *Citation) bool {
		return x.Target == y.Target && x.TargetParagraph == y.TargetParagraph && x.Text == y.Text && x.Span == y.Span &&
			x.Form == y.Form && x.Function == y.Function && x.Confidence == y.Confidence && x.number() == y.number()
	})
}

func describeCitations(cs []*Citation) string {
	var b strings.Builder
	for _, c := range cs {
		fmt.Fprintf(&b, "\n  %q %s %s %v %s %s %v %q", c.Text, c.Target, c.TargetParagraph, c.Span, c.Form, c.Function, c.Confidence, c.number())
	}
	return b.String()
}

func TestFindAsReference(t *testing.T) {
	var cs citationScanner
	n := 0
	for _, s := range append(append(citeSamples(t), tokenSamples...), citationSamples...) {
		got, want := cs.find(s), findCitationsReference(s)
		if !sameCitations(got, want) {
			t.Fatalf("%q:\n got%s\nwant%s", s, describeCitations(got), describeCitations(want))
		}
		n += len(want)
	}
	if n < 1000 {
		t.Errorf("only %d citations compared", n)
	}
}

func FuzzFindAsReference(f *testing.F) {
	for _, s := range append(append(citationSamples, trickySamples...), tokenSamples...) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var cs citationScanner
		if got, want := cs.find(s), findCitationsReference(s); !sameCitations(got, want) {
			t.Fatalf("%q:\n got%s\nwant%s", s, describeCitations(got), describeCitations(want))
		}
	})
}

// TestFindAsReferenceOnWordSalad compares the scanners on texts made of
// the pieces citations are made of, shuffled: lists, dates, labels and
// the words between windows meet in every order.
func TestFindAsReferenceOnWordSalad(t *testing.T) {
	pieces := []string{"resolution", "resolutions", "Resolution", "paragraph", "paragraphs", "of", "its", "the", "Council", "Security",
		"General", "Assembly", "general", "assembly", "and", "in", "particular", "as", "well", "including", "on", "dated", "above", "below",
		"thereof", "therein", "to", "this", "adopted", "sanctions", "sanction", "Sanctions", "Committee", "committee", "which", "about", "urges",
		"August", "august", "March", "a", "ii", "iv", "A", "B", "S", "$", "(", ")", "(a)", ",", ";", ":", ".", "'", "/", "-",
		"2374", "2374 (2017)", "1514 (XV)", "268 B (III)", "31/6", "70/1", "841 1993", "13,289", "1", "22", "1993", "2017", "5",
		"S/RES/2480(2019)", "S/2020/476", "S/PRST/2018/10", "A/52/231", "5/2002/1005", "S/ 11563", "号决议", "第", "2531(2020)",
		"evolution", "Recalling", "pursuant", "welcoming", "reſolution", "\u00a0", "\n", "x-y", "é", "État"}
	rng := rand.New(rand.NewSource(13))
	var cs citationScanner
	found := 0
	for n := 0; n < 50000; n++ {
		var b strings.Builder
		for k := rng.Intn(25); k >= 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
			if rng.Intn(8) > 0 {
				b.WriteByte(' ')
			}
		}
		s := b.String()
		got, want := cs.find(s), findCitationsReference(s)
		if !sameCitations(got, want) {
			t.Fatalf("%q:\n got%s\nwant%s", s, describeCitations(got), describeCitations(want))
		}
		found += len(want)
	}
	t.Logf("%d citations compared", found)
}

// isMonthPrefix is a look-up of monthPrefixes, and isStopperWord the
// test of stoppers with the map and strings.Trim.
func TestStopperWordAsReference(t *testing.T) {
	for w := range citationWords {
		if !isCitationWord(w) {
			t.Errorf("isCitationWord(%q) is false", w)
		}
	}
	for p := range monthPrefixes {
		if !isMonthPrefix(p) {
			t.Errorf("isMonthPrefix(%q) is false", p)
		}
	}
	words := []string{"a", "i", "iv", "xl", "ivxlivx", "the", "of", "its", "thereof", "sanctions", "janus", "dec", "for", "with", "well", "welcome", "resolutionsx", "resolutlon", "resolutious", "resoiutions", "revolution", strings.Repeat("a", 40)}
	for _, s := range clauseSamples(t) {
		words = append(words, strings.Fields(strings.ToLower(s))...)
	}
	for _, w := range words {
		if w == "" || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
			continue
		}
		label := len(w) == 1 || len(w) <= 6 && strings.Trim(w, "ivxl") == ""
		want := !citationWords[w] && !label && (len(w) < 3 || monthPrefixes[w[:3]] == 0) && !misreadResolutionReference(w)
		if got := isStopperWord(w); got != want {
			t.Fatalf("isStopperWord(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestOpensWithMonthAsReference(t *testing.T) {
	words := []string{"", "Ma", "Mar", "MARCH", "march", "mAy", "Kan", "JanK", "Jaÿ", "İan", "Dec.", "Decides", "Sept", "junk", "Jul-", "octopus", "xİ"}
	for _, s := range clauseSamples(t) {
		words = append(words, strings.Fields(s)...)
	}
	for _, w := range words {
		want := len(w) >= 3 && monthPrefixes[strings.ToLower(w[:3])] > 0
		if got := opensWithMonth(w); got != want {
			t.Fatalf("opensWithMonth(%q) = %v, want %v", w, got, want)
		}
	}
}

// citationAnchorsReference is citationAnchors as it was: every byte of s
// looked at.
func citationAnchorsReference(s string) ([]int, bool) {
	var anchors []int
	may := false
	for i := 0; i < len(s); i++ {
		anchors, may = anchorAt(anchors, may, s, i)
	}
	return anchors, may
}

func sameAnchors(t *testing.T, s string) {
	t.Helper()
	got, gotMay := citationAnchors(nil, s)
	want, wantMay := citationAnchorsReference(s)
	if !slices.Equal(got, want) || gotMay != wantMay {
		t.Fatalf("citationAnchors(%q) = %v %v, want %v %v", s, got, gotMay, want, wantMay)
	}
}

// TestCitationAnchorsAsReference holds the reading eight bytes at a time
// to the byte-by-byte one, on the corpora and on the anchors' words at
// every offset from a chunk's start, in either case, among the bytes
// that fold onto their letters.
func TestCitationAnchorsAsReference(t *testing.T) {
	for _, s := range append(append(citeSamples(t), tokenSamples...), citationSamples...) {
		sameAnchors(t, s)
	}
	words := []string{"resolution", "RESOLUTION", "Resolutions", "olution", "paragraph", "PARAGRAPH", "aragraph", "sanction", "SANCTIONS",
		"anction", "Committee", "COMMITTEE", "committee", "ommittee", "/", "号决议", "号", "ő", "\x0f", "ut", "gr", "ct", "Co", "UT", "Gr", "cT", "tt", "Tt", "cr", "gT"}
	fillers := []string{"", "x", "ab", "\x0ft", "5/", "é", "  ", "solution", "\xc5\x91"}
	for _, w := range words {
		for _, f := range fillers {
			for pad := 0; pad < 10; pad++ {
				s := strings.Repeat(".", pad) + f + w + f + w
				sameAnchors(t, s)
				sameAnchors(t, s[:len(s)-1])
			}
		}
	}
}

func FuzzCitationAnchorsAsReference(f *testing.F) {
	for _, s := range citationSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { sameAnchors(t, s) })
}

// lowerMovesBytesReference is lowerMovesBytes as it was: every byte of
// ASCII passed over alone.
func lowerMovesBytesReference(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == utf8.RuneError && n == 1:
			return true
		case r >= caselessFrom && r < caselessTo:
		case utf8.RuneLen(unicode.ToLower(r)) != n:
			return true
		}
	}
	return false
}

func TestLowerMovesBytesAsReference(t *testing.T) {
	samples := citeSamples(t)
	for _, tail := range []string{"İ", "\u212a", "\xff", "é", "Ⱥ", "号", "\xe5"} {
		for pad := 0; pad < 17; pad++ {
			samples = append(samples, strings.Repeat("a", pad)+tail+strings.Repeat("b", pad))
		}
	}
	for _, s := range samples {
		if got, want := lowerMovesBytes(s), lowerMovesBytesReference(s); got != want {
			t.Fatalf("lowerMovesBytes(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestClauseStartRemembered holds the cue index's clauseStart, which
// looks back only to the citation before, to clauseStart on its own, in
// order and out of it, with separators nearer and further apart than
// clauseWindow.
func TestClauseStartRemembered(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	samples := citeSamples(t)
	for _, gap := range []int{1, 7, clauseWindow - 1, clauseWindow, clauseWindow + 1, 3 * clauseWindow} {
		var b strings.Builder
		for b.Len() < 4*clauseWindow {
			b.WriteString(strings.Repeat("x", rng.Intn(gap)+1))
			b.WriteByte(";:"[rng.Intn(2)])
		}
		samples = append(samples, b.String())
	}
	for _, s := range samples {
		ix := newCueIndex(s)
		for at := 0; at <= len(s); at += 1 + rng.Intn(40) {
			if got, want := ix.clauseStart(at), clauseStart(s, at); got != want {
				t.Fatalf("in order, at %d: %d, want %d", at, got, want)
			}
		}
		for _, at := range rng.Perm(len(s) + 1)[:min(len(s)+1, 200)] {
			if got, want := ix.clauseStart(at), clauseStart(s, at); got != want {
				t.Fatalf("out of order, at %d: %d, want %d", at, got, want)
			}
		}
	}
}

// misreadResolutionReference reports whether w is "resolution" or
// "resolutions", in any case, with OCR's i for its l, l for its i or u for
// its n, one or more, and no other letter changed.
func misreadResolutionReference(w string) bool {
	w = strings.ToLower(w)
	if len(w) == 11 && w[10] == 's' {
		w = w[:10]
	}
	if len(w) != 10 || w == "resolution" {
		return false
	}
	for k := range w {
		c, want := w[k], "resolution"[k]
		if c != want && !(k == 4 && c == 'i' || k == 7 && c == 'l' || k == 9 && c == 'u') {
			return false
		}
	}
	return true
}

// containsMisreadResolution reports whether s holds, at any offset, the
// letters of "resolution" as misreadResolutionReference reads them.
func containsMisreadResolution(s string) bool {
	for i := 0; i+10 <= len(s); i++ {
		if misreadResolutionReference(s[i : i+10]) {
			return true
		}
	}
	return false
}
