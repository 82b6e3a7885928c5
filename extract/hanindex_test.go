package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// charIndex.holdsHan, which reads only the stretches that are not ASCII,
// says what holdsHan of the whole text says: on every corpus file, and
// on texts with a Han character put anywhere among ASCII and other
// non-ASCII runes, across the checkpoints' strides.
func TestCharIndexHoldsHanAsWholeText(t *testing.T) {
	check := func(name, s string) {
		t.Helper()
		var ci charIndex
		ci.index(s)
		if got, want := ci.holdsHan(), holdsHan(s); got != want {
			t.Errorf("%s: the index says Han %v, the text %v", name, got, want)
		}
	}
	han := 0
	for _, src := range corpusSources() {
		check("a corpus file", src)
		if holdsHan(src) {
			han++
		}
	}
	if han == 0 {
		t.Error("no corpus text holds a Han character: the seeds' Chinese letter should")
	}
	r := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"a", " ", "\n", "é", "’", "中", "—", "Ⅳ", strings.Repeat("x", 255)}
	for i := range 2000 {
		var b strings.Builder
		for range r.IntN(60) {
			p := pieces[r.IntN(len(pieces))]
			if p == "中" && i%2 == 0 {
				continue // half the texts hold none
			}
			b.WriteString(p)
		}
		check("generated", b.String())
	}
}
