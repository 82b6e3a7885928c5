package extract

import (
	"math/rand/v2"
	"strings"
)

// eachStringOfPieces calls check on every string of up to depth pieces,
// then on 20,000 strings of one to most pieces drawn with seed: the
// strings a hand reader and the pattern it replaces may part on, made of
// the pattern's pieces and their neighbours.
func eachStringOfPieces(pieces []string, depth, most int, seed uint64, check func(string)) {
	var walk func(prefix string, d int)
	walk = func(prefix string, d int) {
		check(prefix)
		if d == depth {
			return
		}
		for _, p := range pieces {
			walk(prefix+p, d+1)
		}
	}
	walk("", 0)
	r := rand.New(rand.NewPCG(7, seed))
	for range 20000 {
		var sb strings.Builder
		for k := r.IntN(most); k >= 0; k-- {
			sb.WriteString(pieces[r.IntN(len(pieces))])
		}
		check(sb.String())
	}
}

// eachStringOfBytes calls check on 20,000 strings of up to 39 bytes drawn
// from pieces, with one byte in four drawn from all 256: for the readers
// that take eight bytes at a time, whose edge cases are bytes that share
// the low bits of the ones they look for.
func eachStringOfBytes(pieces []byte, seed uint64, check func(string)) {
	r := rand.New(rand.NewPCG(seed-1, seed))
	for range 20000 {
		b := make([]byte, r.IntN(40))
		for k := range b {
			if r.IntN(4) == 0 {
				b[k] = byte(r.IntN(256))
			} else {
				b[k] = pieces[r.IntN(len(pieces))]
			}
		}
		check(string(b))
	}
}
