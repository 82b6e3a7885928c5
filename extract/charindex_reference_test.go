package extract

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// atFromCheckpoint is charIndex.at as it was before it counted on from
// the place it answered last: from the checkpoint before b.
func atFromCheckpoint(ci *charIndex, b int) int {
	b = min(max(b, 0), len(ci.src))
	k := ci.checkpointBefore(b)
	if k < 0 {
		return 0
	}
	cp := ci.checkpoints[k]
	return int(cp.chars) + utf8.RuneCountInString(ci.src[cp.at:b])
}

// checkCharIndexAt asks a fresh index of src the places of order, in
// that order, and holds each answer to atFromCheckpoint.
func checkCharIndexAt(t *testing.T, src string, order []int) {
	t.Helper()
	ci := newCharIndex(src)
	for _, b := range order {
		if got, want := ci.at(b), atFromCheckpoint(ci, b); got != want {
			t.Fatalf("at(%d) = %d in %q asked %v, counted from the checkpoint %d", b, got, src, order, want)
		}
	}
}

// charIndexOrders are the orders a text's places are asked in: every
// byte ascending, spans in text order with steps back to where each
// opens (as a file's are), and drawn at random, outside the text too.
func charIndexOrders(rng *rand.Rand, n int) [][]int {
	every := make([]int, 0, n+1)
	for b := 0; b <= n; b++ {
		every = append(every, b)
	}
	var spans, drawn []int
	for b := 0; b <= n; b += 1 + rng.Intn(40) {
		spans = append(spans, b, min(b+rng.Intn(60), n+3))
	}
	for range 200 {
		drawn = append(drawn, rng.Intn(n+10)-5)
	}
	return [][]int{every, spans, drawn}
}

// TestCharIndexAtAsCounted holds charIndex.at to the count from its
// checkpoint over the corpora and over texts drawn from characters of
// one to four bytes and bytes that are no UTF-8 (a lone continuation, a
// rune cut short), asked in every order charIndexOrders makes. It fails
// with last kept at a place within a rune.
func TestCharIndexAtAsCounted(t *testing.T) {
	rng := rand.New(rand.NewSource(16))
	for _, src := range corpusSources() {
		for _, order := range charIndexOrders(rng, len(src))[1:] {
			checkCharIndexAt(t, src, order)
		}
	}
	pieces := []string{"a", "b ", "é", "’", "安", "𝄞", "\n", "\x80", "\xe2\x80", "\xc3", "\xf0\x9d", "\xff"}
	for range 3000 {
		var sb strings.Builder
		for size := rng.Intn(1200); sb.Len() < size; {
			sb.WriteString(pieces[rng.Intn(len(pieces))])
		}
		src := sb.String()
		for _, order := range charIndexOrders(rng, len(src)) {
			checkCharIndexAt(t, src, order)
		}
	}
}

// FuzzCharIndexAtAsCounted holds charIndex.at to the count from its
// checkpoint on any text, asked in the orders charIndexOrders draws.
func FuzzCharIndexAtAsCounted(f *testing.F) {
	f.Add(strings.Repeat("a’é ", 100), int64(1))
	f.Add(strings.Repeat("\xe2\x80安\x80", 90), int64(2))
	f.Fuzz(func(t *testing.T, src string, seed int64) {
		for _, order := range charIndexOrders(rand.New(rand.NewSource(seed)), len(src)) {
			checkCharIndexAt(t, src, order)
		}
	})
}

// BenchmarkCharIndexSpans asks the index of each development file for
// spans in text order, a few dozen bytes apart, as a file's facts are.
func BenchmarkCharIndexSpans(b *testing.B) {
	texts := decodedTexts(devInputs(b))
	var ci charIndex
	bytes := 0
	for _, t := range texts {
		bytes += len(t.src)
	}
	b.SetBytes(int64(bytes))
	for b.Loop() {
		for _, t := range texts {
			ci.index(t.src)
			for at := 0; at+30 < len(t.src); at += 37 {
				ci.span(at, at+30)
			}
		}
	}
}
