package extract

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

// The lexer's hand-written fast paths, each held to the plain way it
// stands for, on the corpora at hand and on generated strings.

// TestCheckpointBeforeSearches holds charIndex.checkpointBefore to a
// binary search of the checkpoints, at every byte of texts with
// characters of one to four bytes.
func TestCheckpointBeforeSearches(t *testing.T) {
	rng := rand.New(rand.NewSource(13))
	pieces := []string{"a", "b ", "é", "–", "安", "𝄞", "\n"}
	for n := 0; n < 40; n++ {
		var sb strings.Builder
		for size := rng.Intn(5000); sb.Len() < size; {
			sb.WriteString(pieces[rng.Intn(len(pieces))])
		}
		src := sb.String()
		ci := newCharIndex(src)
		for b := 0; b <= len(src); b++ {
			want := sort.Search(len(ci.checkpoints), func(k int) bool { return int(ci.checkpoints[k].at) > b }) - 1
			if got := ci.checkpointBefore(b); got != want {
				t.Fatalf("checkpointBefore(%d) = %d in a text of %d bytes, the search says %d", b, got, len(src), want)
			}
			if got, want := ci.at(b), utf8.RuneCountInString(src[:b]); (b == len(src) || utf8.RuneStart(src[b])) && got != want {
				t.Fatalf("at(%d) = %d, want %d", b, got, want)
			}
		}
	}
}

// plainRunEndSpec is plainRunEnd as a loop over plain bytes that looks
// at each space's neighbours: the specification of the branch-free one.
func plainRunEndSpec(s string, j int) int {
	for {
		for j < len(s) && s[j] < utf8.RuneSelf && !inlineSpecial[s[j]] {
			j++
		}
		if j == len(s) || s[j] != ' ' || !(j+1 < len(s) && s[j-1] != '(' && !spaceMayGo[s[j+1]]) {
			return j
		}
		j++
	}
}

// checkPlainRunEnd compares plainRunEnd with its specification from
// every byte of s but the first.
func checkPlainRunEnd(t *testing.T, s string) {
	t.Helper()
	// From every byte of a short text, from every seventh of a long one:
	// the looks from every byte cost the square of its length.
	step := 1 + len(s)/500*6
	for j := 1; j <= len(s); j += step {
		if got, want := plainRunEnd(s, j), plainRunEndSpec(s, j); got != want {
			t.Fatalf("plainRunEnd(%q, %d) = %d, the loop says %d", s, j, got, want)
		}
	}
}

// TestPlainRunEndOnCorpora holds plainRunEnd to its specification on the
// lines of the corpora, raw and cleaned.
func TestPlainRunEndOnCorpora(t *testing.T) {
	for _, s := range corpusTexts(t) {
		checkPlainRunEnd(t, s)
	}
}

// TestPlainRunEndGenerated holds plainRunEnd to its specification on
// strings drawn from the bytes its classes tell apart.
func TestPlainRunEndGenerated(t *testing.T) {
	rng := rand.New(rand.NewSource(13))
	// "è" and "ì" end in the bytes 0xA8 and 0xAC, "(" and "," with the
	// high bit set, which the chunks' ranges read the low bits of.
	alphabet := []string{"a", "Z", "1", " ", " ", "(", ")", "-", ",", ";", ":", ".", "'", "/", `"`, "\t", "*", "\\", "<", "[", "$", "é", "è", "ì", "’", "\u00a0"}
	for n := 0; n < 20000; n++ {
		var sb strings.Builder
		for k := rng.Intn(24); k >= 0; k-- {
			sb.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		checkPlainRunEnd(t, sb.String())
	}
}

func FuzzPlainRunEnd(f *testing.F) {
	f.Add("Welcomes the ( report , of the Secretary -General")
	f.Fuzz(func(t *testing.T, s string) { checkPlainRunEnd(t, s) })
}

// plainRunEndByBytes is plainRunEnd judging every byte apart, as it did
// before it passed over words eight bytes at a time: the figure that
// BenchmarkPlainRunEnd compares with.
func plainRunEndByBytes(s string, j int) int {
	if j >= len(s) {
		return j
	}
	prev, cur := runClass[s[j-1]], runClass[s[j]]
	for ; j+1 < len(s); j++ {
		next := runClass[s[j+1]]
		if cur&runStop|cur>>1&(prev>>2|next>>3)&1 != 0 {
			return j
		}
		prev, cur = cur, next
	}
	if cur&(runStop|runSpace) != 0 {
		return j
	}
	return j + 1
}

// BenchmarkPlainRunEnd runs plainRunEnd (new), its byte-by-byte form (bytes) and its specification (spec)
// over every line of the corpora, as cleanInline does.
func BenchmarkPlainRunEnd(b *testing.B) {
	var lines []string
	for _, s := range corpusTexts(&testing.T{}) {
		if len(s) > 1 {
			lines = append(lines, s)
		}
	}
	for _, c := range []struct {
		name string
		f    func(string, int) int
	}{{"new", plainRunEnd}, {"bytes", plainRunEndByBytes}, {"spec", plainRunEndSpec}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				for _, s := range lines {
					for j := 1; j < len(s); j = c.f(s, j) + 1 {
					}
				}
			}
		})
	}
}

// printedOfSpec is printedOf as a look-up of every word eachWord reads:
// the specification of the one that looks only at the words that open
// with a question's letter.
func printedOfSpec(lines []line, q *wordQuestions) map[string]bool {
	out := map[string]bool{}
	for w := range q.index {
		out[w] = false
	}
	eachWord(lines, func(w string) {
		if _, ok := out[strings.ToLower(w)]; ok {
			out[strings.ToLower(w)] = true
		}
	})
	return out
}

// checkPrintedOf compares printedOf with its specification on lines of
// the given texts, asked the questions the lines raise and the words of
// ask besides: read word by word (no source), as slices of a source that
// holds them one a line, and with every third line's text its own, which
// the source prints with marks ("*" around it, as cleaning drops them).
func checkPrintedOf(t *testing.T, texts []string, ask []string) {
	t.Helper()
	lines := make([]line, len(texts))
	for i, s := range texts {
		lines[i].t.s = s
	}
	q := questions(lines)
	for _, w := range ask {
		if w != "" {
			q.add(strings.ToLower(w))
		}
	}
	want := printedOfSpec(lines, &q)
	check := func(how, src string, lines []line) {
		t.Helper()
		q.printed = make([]bool, len(q.index))
		printedOf(lines, src, &q)
		for w := range want {
			if got := q.printed[q.index[w]]; got != want[w] {
				t.Fatalf("printedOf (%s) says %q is printed: %v, the look-up of every word says %v (lines %q)", how, w, got, want[w], texts)
			}
		}
	}
	check("no source", "", lines)
	for _, marked := range []bool{false, true} {
		var src strings.Builder
		sliced := make([]line, len(texts))
		for i, s := range texts {
			if marked && i%3 == 0 {
				sliced[i].t.s = s
				src.WriteString("*" + s + "*\n")
				continue
			}
			sliced[i].start = int32(src.Len())
			src.WriteString(s)
			sliced[i].end = int32(src.Len())
			src.WriteString("\n")
		}
		all := src.String()
		tb := &textBuilder{src: all}
		searchable := 0
		for i := range sliced {
			if sliced[i].t.s == "" {
				// A slice of the source with its map, as readLines makes a
				// plain line's: one the whole-text search reads in place.
				start, end := int(sliced[i].start), int(sliced[i].end)
				sliced[i].t = tb.sourceText(all[start:end], start)
				if _, ok := (&pairSearch{src: all}).lineAt(&sliced[i]); ok || end == start {
					searchable++
					continue
				}
				t.Fatalf("line %d (%q) is no slice the search can read in place", i, sliced[i].t.s)
			}
		}
		if searchable == 0 && len(texts) > 2 {
			t.Fatalf("no line of %q is read in place: the search goes untested", texts)
		}
		check(fmt.Sprintf("source, marked lines %v", marked), all, sliced)
	}
}

// TestPrintedOfOnCorpora holds printedOf to its specification on the
// corpora's lines, a hundred at a time, asked besides every seventh word
// they print and pieces of words.
func TestPrintedOfOnCorpora(t *testing.T) {
	texts := corpusTexts(t)
	for from := 0; from < len(texts); from += 100 {
		chunk := texts[from:min(from+100, len(texts))]
		var ask []string
		n := 0
		eachWord([]line{{t: text{s: strings.Join(chunk, " ")}}}, func(w string) {
			if n++; n%7 == 0 {
				ask = append(ask, w, w[:len(w)/2], w+"s")
			}
		})
		checkPrintedOf(t, chunk, ask)
	}
}

// TestPrintedOfGenerated holds printedOf to its specification on lines
// drawn from a few letters, hyphens and separators.
func TestPrintedOfGenerated(t *testing.T) {
	rng := rand.New(rand.NewSource(13))
	alphabet := []string{"a", "b", "A", "B", "-", "-", " ", ",", "1", "é"}
	draw := func(n int) string {
		var sb strings.Builder
		for k := rng.Intn(n); k >= 0; k-- {
			sb.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		return sb.String()
	}
	for n := 0; n < 3000; n++ {
		texts := make([]string, 1+rng.Intn(4))
		for i := range texts {
			texts[i] = draw(16)
		}
		ask := []string{draw(4), draw(4), draw(6)}
		checkPrintedOf(t, texts, ask)
	}
}

// TestEndsSentenceAsTrimmed holds endsSentence's look at the last byte to
// the reading with quotes and footnote marks trimmed, on the corpora's
// lines and on strings drawn from the bytes the trimming turns on.
func TestEndsSentenceAsTrimmed(t *testing.T) {
	check := func(s string) {
		if got, want := endsSentence(s), endsSentenceTrimmed(s); got != want {
			t.Fatalf("endsSentence(%q) = %v, the trimmed reading says %v", s, got, want)
		}
	}
	for _, s := range corpusTexts(t) {
		check(s)
	}
	rng := rand.New(rand.NewSource(13))
	alphabet := []string{"a", "Z", "1", "12", " ", ".", ",", ";", ":", "!", "?", `"`, "'", "”", "’", "。", "，", ")", "-", "é"}
	for n := 0; n < 20000; n++ {
		var sb strings.Builder
		for k := rng.Intn(8); k >= 0; k-- {
			sb.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		check(sb.String())
	}
}

// TestPlainLineAsMarked holds cleanLineWith's way with a plain line to
// cleanMarkedLine's, which reads any line, on the corpora's lines and on
// strings drawn from the bytes that tell a plain line from another.
func TestPlainLineAsMarked(t *testing.T) {
	check := func(raw string) {
		got, gotHead, gotBullet, ascii := cleanLineWith(&textBuilder{src: raw}, raw, 0)
		want, wantHead, wantBullet := cleanMarkedLine(&textBuilder{src: raw}, raw, leadingSpace(raw, 0), 0)
		if ascii && !isASCII(got.s) {
			t.Fatalf("cleanLineWith(%q) says its text %q is ASCII", raw, got.s)
		}
		if got.s != want.s || !slices.Equal(got.segs, want.segs) || gotHead != wantHead || gotBullet != wantBullet {
			t.Fatalf("cleanLineWith(%q) = %q %v %v %v, cleanMarkedLine says %q %v %v %v", raw, got.s, got.segs, gotHead, gotBullet, want.s, want.segs, wantHead, wantBullet)
		}
	}
	for _, s := range corpusTexts(t) {
		check(s)
	}
	rng := rand.New(rand.NewSource(13))
	alphabet := []string{"a", "Z", "1", " ", " ", "  ", "\t", "(", ")", "-", ",", ".", "'", "#", "# ", "*", "\\", "<", "[", "$", "é", "’", "\u00a0", "\n", "\r"}
	for n := 0; n < 20000; n++ {
		var sb strings.Builder
		for k := rng.Intn(12); k >= 0; k-- {
			sb.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		check(sb.String())
	}
}

// questionsSpec is questions as it was first written: each word a string
// of its own, made by concatenation, the map its answers.
func questionsSpec(lines []line) map[string]bool {
	q := map[string]bool{}
	for i := range lines {
		l := &lines[i]
		if l.kind != lineText {
			continue
		}
		var before string
		switch {
		case endsWithJoiningHyphen(l.t.s):
			before = strings.TrimSuffix(l.t.s, "-")
		case endsWithSpacedHyphen(l.t.s):
			before = strings.TrimSuffix(l.t.s, " -")
		default:
			continue
		}
		next := i + 1
		for next < len(lines) && lines[next].kind != lineText {
			next++
		}
		if next == len(lines) {
			break
		}
		head, tail := lastWord(before), firstWord(lines[next].t.s)
		if head == "" || tail == "" {
			continue
		}
		lh, lt := strings.ToLower(head), strings.ToLower(tail)
		q[lh+"-"+lt], q[lh+lt] = false, false
	}
	return q
}

// TestQuestionsAsConcatenated holds questions, which cuts its words from
// one string, to the concatenation of each, on every file of the
// corpora and on lines drawn from letters, hyphens and breaks.
func TestQuestionsAsConcatenated(t *testing.T) {
	check := func(lines []line) {
		t.Helper()
		want, got := questionsSpec(lines), questions(lines)
		if len(got.index) != len(want) || len(got.printed) != len(want) {
			t.Fatalf("questions asks %d words (%d answers), the concatenation %d", len(got.index), len(got.printed), len(want))
		}
		for w := range want {
			if _, ok := got.index[w]; !ok {
				t.Fatalf("questions does not ask %q", w)
			}
		}
		seen := make([]bool, len(got.printed))
		for _, k := range got.index {
			if seen[k] {
				t.Fatalf("two words share answer %d", k)
			}
			seen[k] = true
		}
	}
	for _, dir := range []string{seeds, "../testdata/crunsc", devCorpus} {
		files, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, name := range files {
			data, err := os.ReadFile(name)
			if err != nil {
				continue
			}
			if src, err := DecodeText(name, data); err == nil {
				check(splitLines(src))
			}
		}
	}
	rng := rand.New(rand.NewSource(13))
	alphabet := []string{"a", "B", "ab", "Xy", "-", "- ", " ", "1", "é", "\n", "-\n", "-\n\n", "\n \n"}
	asking := 0
	for n := 0; n < 5000; n++ {
		var sb strings.Builder
		for k := rng.Intn(300); k >= 0; k-- {
			sb.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		lines := splitLines(sb.String())
		check(lines)
		if len(questionsSpec(lines)) > 0 {
			asking++
		}
	}
	if asking < 500 {
		t.Fatalf("only %d of the drawn texts ask a question", asking)
	}
}

// newCharIndex is the index of src in a charIndex of its own; a build's
// files index theirs in their lexScratch's.
func newCharIndex(src string) *charIndex {
	ci := new(charIndex)
	ci.index(src)
	return ci
}

// TestHyphenQuestionsAreAsked holds the questions to every word breaksWord
// asks about on the seeds and the development set: a line that ends with
// a hyphen bound to its word ("Social-") or after a stray space ("ill -",
// as the seeds' PDF conversion prints it) is asked about, and no file
// reads its whole vocabulary, which cost 001 a quarter of its extraction.
func TestHyphenQuestionsAreAsked(t *testing.T) {
	needDevCorpus(t)
	sc := newFileScratch()
	files, spaced := 0, 0
	for _, dir := range []string{seeds, devCorpus} {
		names, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, name := range names {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			src, err := DecodeText(name, data)
			if err != nil {
				continue
			}
			text, _, page := sc.readableText(name, src)
			lines, census := sc.readLines(text)
			for i := range lines {
				if lines[i].kind == lineText && endsWithSpacedHyphen(lines[i].t.s) {
					spaced++
				}
			}
			sc.buildBlocksFrom(lines, census, page)
			if sc.questions.unasked != 0 {
				t.Fatalf("%s: breaksWord asked a word outside the questions", filepath.Base(name))
			}
			files++
		}
	}
	if files < 300 || spaced == 0 {
		t.Fatalf("read %d files, %d lines ending with a spaced hyphen: the corpora are not all here", files, spaced)
	}
}
