package extract

import (
	"math/rand"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
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
		switch {
		case unicode.IsSpace(r):
			i += n
		case (r == 'S' || r == 'A') && !wordBefore(s, i) && symbolRE.MatchString(s[i:]):
			m := symbolRE.FindString(s[i:])
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
	return strings.Contains(s, "esolution") || strings.Contains(s, "/") || strings.Contains(s, "号决议") ||
		strings.Contains(s, "aragraph") || strings.Contains(s, "anction") || strings.Contains(s, "Committee")
}

func TestMayCiteAsReference(t *testing.T) {
	for _, s := range append(citeSamples(t), "esolution", "solution", "aragrap", "anctio", "anction", "xanctionx", "号决", "Committe", "ution", "graph", "ction", "resolutionution") {
		if got, want := mayCite(s), mayCiteReference(s); got != want {
			t.Fatalf("mayCite(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestContainsAsReference(t *testing.T) {
	words := []string{"ttac", "ull", "text of", "ondemn", "a", " x", "1a"}
	samples := append(citeSamples(t), "ATTACK", "aTtAcK", "ttaC", "tta", "t", "", "ttac", "xTTAC", "support by ", "support from the", "support provided ", "sup port by ", "pport by ", "uspport by ", "supportby ", "xsupport from ")
	for _, s := range samples {
		for _, w := range words {
			if got, want := containsASCIIFold(s, w), containsASCIIFoldEach(s, w); got != want {
				t.Fatalf("containsASCIIFold(%q, %q) = %v, want %v", s, w, got, want)
			}
		}
		want := strings.Contains(s, "support by ") || strings.Contains(s, "support from ") || strings.Contains(s, "support provided ")
		if got := saysSupportBy(s); got != want {
			t.Fatalf("saysSupportBy(%q) = %v, want %v", s, got, want)
		}
		if got, want := containsByPart(s, "ondemn", 4), strings.Contains(s, "ondemn"); got != want {
			t.Fatalf("containsByPart(%q, ondemn) = %v", s, got)
		}
	}
}

// The gates of patterns that ignore case look in ASCII alone for words
// whose letters fold to no character outside ASCII.
func TestGateLettersFoldInASCII(t *testing.T) {
	for _, w := range []string{"until ", "ending ", "ary mean", "ttac", "olution", "aragraph", "anction"} {
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
	"b", "by", "by 1", "within 30 days", "every three months", "quarterly", "report quarterly", "annually", "on an annual basis", "every year",
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
		if got := deadlineDate(s); got != want {
			t.Errorf("deadlineDate(%q) = %q, want %q", s, got, want)
		}
		if got, want := operativeVerbLocs(s), operativeVerbRE.FindAllStringSubmatchIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("operativeVerbLocs(%q) = %v, want %v", s, got, want)
		}
	})
}

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
		readTiming(&got, s, "2020-01-31")
		readTimingReference(&want, s, "2020-01-31")
		if got.Deadline != want.Deadline || got.DeadlineDuration != want.DeadlineDuration || got.Interval != want.Interval {
			t.Fatalf("%q: %q %q %q, want %q %q %q", s, got.Deadline, got.DeadlineDuration, got.Interval, want.Deadline, want.DeadlineDuration, want.Interval)
		}
	})
}

func TestMentionsByParagraph(t *testing.T) {
	ps := []*Paragraph{{ID: "a"}, {ID: "b"}, {ID: "c"}}
	other := &Paragraph{ID: "x"}
	m := func(p *Paragraph, start int) *Mention { return &Mention{Paragraph: p, start: start} }
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
