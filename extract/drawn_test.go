package extract

import (
	"math/rand"
	"strings"
)

// The strings the reference tests draw with a math/rand generator, seeded
// by each test, from pieces of the pattern a hand reader replaced and their
// neighbours.

// drawnPieces joins fewer than most of pieces, drawn by r.
func drawnPieces(r *rand.Rand, pieces []string, most int) string {
	var b strings.Builder
	for k := r.Intn(most); k > 0; k-- {
		b.WriteString(pieces[r.Intn(len(pieces))])
	}
	return b.String()
}

// spacedPieces draws fewer than most of pieces, each after a space but
// for one in spaceOneIn: the adoption words' pieces, run together or
// apart, as the readers' patterns must tell.
func spacedPieces(r *rand.Rand, pieces []string, most, spaceOneIn int) string {
	var b strings.Builder
	for k := r.Intn(most); k > 0; k-- {
		if r.Intn(spaceOneIn) > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(pieces[r.Intn(len(pieces))])
	}
	return b.String()
}
