package extract

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// The cheap looks of readAdoption give the answers of what they stand
// for, on texts made of the bytes that matter to them.
func TestAdoptionScans(t *testing.T) {
	r := rand.New(rand.NewSource(13))
	pieces := []string{" ", "  ", "\n", "\t", "\u00a0", "\u2028", "_", "1", "9", "I", "i", "l", "|", "s", "t", "n", "d", "r", "h",
		"st", "nd", "rd", "th", "a", "é", "\xff", "meeting", "1st", "I851st", "i520th", "l0th", "2|st", "with", "list"}
	for n := 0; n < 20000; n++ {
		s := drawnPieces(r, pieces, 12)
		if got, want := singleSpaced(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("singleSpaced(%q) = %q, want %q", s, got, want)
		}
		replaced := ocrOrdinalRE.ReplaceAllStringFunc(s, func(n string) string {
			return strings.NewReplacer("I", "1", "i", "1", "l", "1", "|", "1").Replace(n)
		})
		if replaced != s && !mayHaveLetteredOrdinal(s) {
			t.Fatalf("mayHaveLetteredOrdinal(%q) = false, but the pattern makes it %q", s, replaced)
		}
	}
}

// nextStateListSep finds the separators stateListSepRE finds.
func TestStateListSeps(t *testing.T) {
	r := rand.New(rand.NewSource(13))
	pieces := []string{" ", "  ", "\n", "\t", "\v", "\u00a0", ",", ";", ".", ". ", "and", "And", " and ", "band", "andy", "_and", "a", "n", "d", "Cuba", "Yemen", "1"}
	for n := 0; n < 20000; n++ {
		s := drawnPieces(r, pieces, 10)
		var got [][]int
		for from := 0; ; {
			start, end := nextStateListSep(s, from)
			if start < 0 {
				break
			}
			got = append(got, []int{start, end})
			from = end
		}
		want := stateListSepRE.FindAllStringIndex(s, -1)
		if fmt.Sprint(got) != fmt.Sprint(want) && !(len(got) == 0 && len(want) == 0) {
			t.Fatalf("separators of %q: %v, want %v", s, got, want)
		}
	}
}

// meetingNumber reads the number adoptMeetingRE reads.
func TestMeetingNumber(t *testing.T) {
	r := rand.New(rand.NewSource(13))
	pieces := []string{" ", "  ", "\n", "\t", "\v", "_", "1", "29", "12345", "123456", "a", "x1", "-", "st", "nd", "rd", "th", "d", "n",
		"(closed)", "(a, b)", "(A)", "()", "(", ")", "meet", "meeting", "meet- ing", "meet-\ning", "ing", "rneeting", "rn", "eet", "r", "Adopted at the ", "é"}
	for n := 0; n < 50000; n++ {
		s := drawnPieces(r, pieces, 9)
		got, ok := meetingNumber(s)
		m := adoptMeetingRE.FindStringSubmatch(s)
		if ok != (m != nil) || ok && got != m[1] {
			t.Fatalf("meetingNumber(%q) = %q, %v; the pattern reads %q", s, got, ok, m)
		}
	}
}

// The patterns find in the windows readAdoption gives them what they
// find in the whole text.
func TestAdoptionWindows(t *testing.T) {
	r := rand.New(rand.NewSource(13))
	pieces := []string{" ", "by", "By", "aby", "_by", "éby", "with", "WITH", "awith", "vote", "votes", "a vote of", "12", "none", "to", "2",
		"in favour", "against", "abstention", "abstentions", "abſtention", "(China)", "(", ")", ",", "and", "One", "member", "members", "Two",
		"did", "does", "not", "participate", "not participate", "x", "é", "by a vote of 13 in favour", "By a vote of one in favour (France), two against",
		"and 2 abstentions (Chad)", "One member (China) did not participate", "members (A, B) does not participate", "(Cuba) did not participate", "Twomembers", "ſ", "\u212a", "memberſ",
		"abstaining", "by a vote of 10 to 0", "to", "with 2 members abstaining (Chad)", "(Iran (Islamic Republic of))", "One member (Iran (Islamic Republic of)) did not participate"}
	for n := 0; n < 30000; n++ {
		s := singleSpaced(spacedPieces(r, pieces, 14, 3))
		for _, c := range []struct {
			re   interface{ FindStringSubmatch(string) []string }
			word foldWord
		}{{adoptVotesRE, wordBy}, {adoptVoteOfRE, wordBy}, {adoptAbstentionRE, wordWith}} {
			want := c.re.FindStringSubmatch(s)
			var got []string
			if at := c.word.opening(s); at >= 0 {
				got = c.re.FindStringSubmatch(s[at:])
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("%v in %q from %q: %q, want %q", c.re, s, c.word.lower, got, want)
			}
		}
		want := notParticipatingRE.FindAllStringSubmatch(s, -1)
		got := notParticipatingRE.FindAllStringSubmatch(participationWindow(s), -1)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("not participating in %q: %q, want %q", s, got, want)
		}
	}
}

// isSingleSpacedReference is isSingleSpaced as it was: a byte at a time.
func isSingleSpacedReference(s string) bool {
	space := true
	for i := 0; i < len(s); {
		switch n := spaceAt(s, i); {
		case n == 0:
			space = false
			i++
		case s[i] == ' ' && !space:
			space = true
			i++
		default:
			return false
		}
	}
	return !space || s == ""
}

// TestSingleSpacedAsReference holds isSingleSpaced, which reads eight
// bytes at a time, to the byte-by-byte reading, on the corpora's
// paragraphs and on texts of long and short words, spaces of every kind
// and controls at every offset.
func TestSingleSpacedAsReference(t *testing.T) {
	samples := citeSamples(t)
	r := rand.New(rand.NewSource(5))
	pieces := []string{" ", "  ", "\n", "\t", "\x1f", "\x00", "\u00a0", "\u2028", "é", "a", "word", "longerword", "x y", "!", "~\x7f"}
	for n := 0; n < 20000; n++ {
		samples = append(samples, drawnPieces(r, pieces, 30))
	}
	for _, s := range samples {
		for _, v := range []string{s, strings.Join(strings.Fields(s), " ")} {
			if got, want := isSingleSpaced(v), isSingleSpacedReference(v); got != want {
				t.Fatalf("isSingleSpaced(%q) = %v, want %v", v, got, want)
			}
		}
		// singleSpaced and joinedSpaced pass over eight bytes of a word
		// at a time (fieldEnd): they give what strings.Fields does.
		want := strings.Join(strings.Fields(s), " ")
		if got := singleSpaced(s); got != want {
			t.Fatalf("singleSpaced(%q) = %q, want %q", s, got, want)
		}
		for _, line := range []string{"", "Adopted at the 343rd meeting.", "x  y"} {
			if got := joinedSpaced(line, s); got != line+" "+want {
				t.Fatalf("joinedSpaced(%q, %q) = %q, want %q", line, s, got, line+" "+want)
			}
		}
	}
}

// adoptionWordSamples are texts of the words saysUnanimously and
// abstentionsIn read, in every case and spacing, and the adoption lines
// of the corpora.
func adoptionWordSamples(t *testing.T) []string {
	samples := clauseSamples(t)
	eachAdoptionBlock(append(devInputs(t), seedInputs(t)...), func(p *part, k int) {
		samples = append(samples, p.blocks[k].t.s, singleSpaced(p.blocks[k].t.s))
	})
	r := rand.New(rand.NewSource(21))
	pieces := []string{" ", "  ", "\n", "\t", "\v", "\f", "_", "a", "x", "1", "3", "I", "with", "WITH", "With", "awith", "_with", "withx", "abstention",
		"ABSTENTIONS", "abstentions", "abstentionss", "abstention_", "abſtention", "abstentionſ", "\u212a", "(China)", "(", ")", "((", "()", "(a, b", ",",
		"unanimously", "UNANIMOUSLY", "Unanimouslyx", "xunanimously", "unanimouſly", "é", ".", "with 1 abstention (Chad)", "with I abstention",
		"member", "members", "MEMBERS", "membersx", "memberſ", "abstaining", "ABSTAINING", "abstainingx", "with 2 members abstaining (Chad)",
		"(Iran (Islamic Republic of))", "(a (b) (c))", "(a (b (c)))", "(a (b)"}
	for n := 0; n < 30000; n++ {
		samples = append(samples, spacedPieces(r, pieces, 12, 2))
	}
	return samples
}

// saysUnanimously and abstentionsIn, which read ASCII by hand, find what
// their patterns find.
func TestAdoptionWordsAsPatterns(t *testing.T) {
	matched := 0
	for _, s := range adoptionWordSamples(t) {
		adoptionWordsAgree(t, s)
		if _, _, ok := abstentionsIn(s); ok {
			matched++
		}
	}
	if matched < 100 {
		t.Errorf("only %d abstentions matched", matched)
	}
}

func adoptionWordsAgree(t *testing.T, s string) {
	t.Helper()
	if got, want := saysUnanimously(s), adoptUnanimousRE.MatchString(s); got != want {
		t.Fatalf("saysUnanimously(%q) = %v, want %v", s, got, want)
	}
	count, states, ok := abstentionsIn(s)
	m := adoptAbstentionRE.FindStringSubmatch(s)
	if ok != (m != nil) || ok && (count != m[1] || states != m[2]) {
		t.Fatalf("abstentionsIn(%q) = %q, %q, %v; the pattern reads %q", s, count, states, ok, m)
	}
}

func FuzzAdoptionWordsAsPatterns(f *testing.F) {
	for _, s := range []string{"Adopted at the 287th meeting by 8 votes to none, with 3 abstentions (France, Chad).", "with I abstention", "unanimously", "WITH 2\tABSTENTIONS ((x)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { adoptionWordsAgree(t, s) })
}

// footnotesJoinedByLines is footnotesUnder as it was: the blocks joined
// by line breaks, each spaced as printed.
func footnotesJoinedByLines(blocks []block) string {
	n, any := 0, false
	for _, f := range blocks {
		if n > 2000 {
			break
		}
		any = any || footnotesOf(f.t.s).words != 0 // the word searches, not footnoteWordsIn
		n += len(f.t.s) + 1
	}
	if !any {
		return ""
	}
	var notes strings.Builder
	for _, f := range blocks {
		if notes.Len() > 2000 {
			break
		}
		notes.WriteString(f.t.s)
		notes.WriteByte('\n')
	}
	return notes.String()
}

// TestFootnotesSingleSpaced holds footnotesUnder to the footnotes as
// they were joined, single-spaced, with the words the word searches find
// in them, and readAdoption to what it read in those, under every
// adoption line of dev and the seeds and under blocks made of spaces,
// footnote words and nothing.
func TestFootnotesSingleSpaced(t *testing.T) {
	check := func(line string, blocks []block) {
		old := footnotesJoinedByLines(blocks)
		got := footnotesUnder(blocks)
		if want := strings.Join(strings.Fields(old), " "); got.text != want {
			t.Fatalf("footnotesUnder = %q, want %q", got.text, want)
		}
		if want := footnotesOf(old).words; got.words != want {
			t.Fatalf("footnotesUnder(%q) holds words %b, the word searches find %b", old, got.words, want)
		}
		noWarn := func(Warning) {}
		if a, b := readAdoptionUnder(line, got, "1980-01-01", nil, noWarn), readAdoption(line, old, "1980-01-01", nil, noWarn); fmt.Sprint(a.meeting, a.date, a.vote != nil) != fmt.Sprint(b.meeting, b.date, b.vote != nil) || a.vote != nil && fmt.Sprintf("%+v", *a.vote) != fmt.Sprintf("%+v", *b.vote) {
			t.Fatalf("%q under %q: %+v, want %+v", line, got, a, b)
		}
	}
	in := append(devInputs(t), seedInputs(t)...)
	eachAdoptionBlock(in, func(p *part, k int) { check(p.blocks[k].t.s, p.blocks[k+1:]) })
	texts := []string{"", " ", "  x", "One member (China) did not participate in the voting.", "Adopted without\n a vote.", "a\u00a0b ", "\u2028",
		strings.Repeat("without ", 300), "participate", "x  y", "\tz"}
	r := rand.New(rand.NewSource(5))
	for n := 0; n < 5000; n++ {
		var blocks []block
		for k := r.Intn(6); k > 0; k-- {
			var b block
			b.t.s = texts[r.Intn(len(texts))]
			blocks = append(blocks, b)
		}
		check("Adopted at the 343rd meeting.", blocks)
	}
}

// checkVotesIn holds votesIn to adoptVotesRE on s.
func checkVotesIn(t *testing.T, s string) bool {
	t.Helper()
	inFavour, against, named, ok := votesIn(s)
	m := adoptVotesRE.FindStringSubmatch(s)
	if ok != (m != nil) || ok && (inFavour != m[1] || against != m[2] || named != m[3]) {
		t.Fatalf("votesIn(%q) = %q, %q, %q, %v; the pattern reads %q", s, inFavour, against, named, ok, m)
	}
	return ok
}

// TestVotesInAsPattern holds votesIn to its pattern on the adoption lines
// of the corpora and their footnotes, as readAdoption spaces them, the
// samples of the other adoption words, and 40,000 texts made of the
// pattern's pieces in either case.
func TestVotesInAsPattern(t *testing.T) {
	matched := 0
	for _, s := range adoptionWordSamples(t) {
		if checkVotesIn(t, s) {
			matched++
		}
	}
	r := rand.New(rand.NewSource(34))
	pieces := []string{" ", "  ", "\n", "\t", "\v", "by", "BY", "By", "aby", "_by", "byx", "12", "none", "I", "x", "vote", "votes", "VOTES", "voter",
		"votesx", "vote_", "voteſ", "in", "IN", "int", "favour", "favor", "FAVOUR", "favouur", "favr", "favourable", "to", "TO", "tomorrow", "against",
		"AGAINST", "againstx", "(Cuba and Yemen)", "(", ")", "((", "()", "(a; b, absent", ",", ".", "é", "\u212a", "ſ", "by 12 votes to 2",
		"by 9 votes in favour to none against", "with 1 abstention (China)", "(Cuba and Iran (Islamic Republic of))", "(a (b) (c))", "(a (b (c)))", "(a (b)"}
	for n := 0; n < 40000; n++ {
		if checkVotesIn(t, spacedPieces(r, pieces, 14, 3)) {
			matched++
		}
	}
	if matched < 1000 {
		t.Errorf("only %d votes matched", matched)
	}
}

func FuzzVotesInAsPattern(f *testing.F) {
	for _, s := range []string{"Adopted at the 2963rd meeting by 12 votes to 2 (Cuba and Yemen), with 1 abstention (China).",
		"by 9 votes (Australia, present and not voting)", "BY 14 VOTES IN FAVOR TO NONE AGAINST", "by 10 votes to none"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkVotesIn(t, s) })
}

// meetingNumber is the figures meetingFigures finds, for the test that
// holds them to the pattern.
func meetingNumber(s string) (string, bool) {
	i, j, ok := meetingFigures(s)
	return s[i:j], ok
}
