package lineage

import (
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"testing"
)

// signatureReference is signature as first written, one shingle through
// the hash functions at a time: the specification lowerMinima is held to.
func signatureReference(leaves [][]string) []uint64 {
	sig := make([]uint64, bands*rows)
	for i := range sig {
		sig[i] = ^uint64(0)
	}
	for _, keys := range leaves {
		for i := 0; i+2 < len(keys) || i == 0 && len(keys) > 0; i++ {
			x := uint64(fnvOffset)
			for k := i; k < i+3 && k < len(keys); k++ {
				x = hashByte(hashString(x, keys[k]), 0)
			}
			for f := range sig {
				if v := mix(x ^ seeds[f]); v < sig[f] {
					sig[f] = v
				}
			}
		}
	}
	return sig
}

// leafKeys are the keys of the words of each leaf paragraph of each
// resolution of the seeds and, when it is there, the development set, as
// readWords hands them to signature.
func leafKeys(t testing.TB) [][][]string {
	dirs := []string{"../../testdata/seeds"}
	if _, err := os.Stat(*benchCorpus); err == nil {
		dirs = append(dirs, *benchCorpus)
	}
	var out [][][]string
	for _, dir := range dirs {
		for _, src := range read(t, dir) {
			for _, d := range src.Documents {
				if k := keepOf(d); k == nil || k.resolutionNum() == 0 {
					continue
				}
				var leaves [][]string
				for i, leaf := range leaves_(d) {
					if leaf {
						leaves = append(leaves, keys(tokens(d.Paragraphs[i].Text)))
					}
				}
				out = append(out, leaves)
			}
		}
	}
	return out
}

var leaves_ = leaves

// headsOf is the wordHead of each key of leaves, as readWords has the
// lexicon give them to signature.
func headsOf(leaves [][]string) [][]uint64 {
	out := make([][]uint64, len(leaves))
	for i, keys := range leaves {
		for _, k := range keys {
			out[i] = append(out[i], wordHead(k))
		}
	}
	return out
}

// readWords signs a resolution with the heads its lexicon numbers: the
// signature of its leaf paragraphs' keys, as first written.
func TestReadWordsSignatureAsReference(t *testing.T) {
	lex := NewLexicon()
	dirs := []string{"../../testdata/seeds"}
	if _, err := os.Stat(*benchCorpus); err == nil {
		dirs = append(dirs, *benchCorpus)
	}
	signed := 0
	for _, dir := range dirs {
		for _, src := range read(t, dir) {
			for _, d := range src.Documents {
				if k := keepOf(d); k == nil || k.resolutionNum() == 0 {
					continue
				}
				_, sig := readWords(lex, d, true)
				var leaves [][]string
				for i, leaf := range leaves_(d) {
					if leaf {
						leaves = append(leaves, keys(tokens(d.Paragraphs[i].Text)))
					}
				}
				if want := signatureReference(leaves); !slices.Equal(sig, want) {
					t.Fatalf("%s: signature differs from the reference", d.Symbol)
				}
				signed++
			}
		}
	}
	if signed == 0 {
		t.Fatal("no resolution signed")
	}
}

func TestSignatureAsReference(t *testing.T) {
	var scratch shingleScratch
	texts := leafKeys(t)
	if len(texts) == 0 {
		t.Fatal("no resolution to sign")
	}
	for i, leaves := range texts {
		if got, want := signature(leaves, headsOf(leaves), &scratch), signatureReference(leaves); !slices.Equal(got, want) {
			t.Fatalf("text %d: signature differs from the reference", i)
		}
	}
	// Texts of every count of shingles around the eight and four
	// lowerMinima takes at once, and none at all.
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 40 {
		var leaves [][]string
		for range n % 4 {
			var words []string
			for range r.IntN(n + 1) {
				words = append(words, strconv.Itoa(r.IntN(50)))
			}
			leaves = append(leaves, words)
		}
		if got, want := signature(leaves, headsOf(leaves), &scratch), signatureReference(leaves); !slices.Equal(got, want) {
			t.Fatalf("generated text %d (%q): signature differs from the reference", n, leaves)
		}
	}
}

// TestLowerMinimaAsGeneric holds lowerMinima, which runs the hash
// functions in AVX-512 registers where the processor has them, to the
// generic loop, on every count of shingles around the eight each takes
// at once and on minima already lowered.
func TestLowerMinimaAsGeneric(t *testing.T) {
	if !hasAVX512 {
		t.Skip("no AVX-512 on this processor: lowerMinima is the generic loop")
	}
	r := rand.New(rand.NewPCG(3, 4))
	for n := range 70 {
		shingles := make([]uint64, n)
		for i := range shingles {
			shingles[i] = r.Uint64()
		}
		var got, want [bands * rows]uint64
		for i := range got {
			got[i] = r.Uint64() >> (i % 3 * 20) // some minima low already
			want[i] = got[i]
		}
		lowerMinima(&got, shingles)
		lowerMinimaGeneric(&want, shingles)
		if got != want {
			t.Fatalf("%d shingles (AVX-512: %v): minima differ from the generic loop's", n, hasAVX512)
		}
	}
}

// BenchmarkSignature signs the resolutions of the benchmark corpus (their
// words read and their heads hashed, as the lexicon has them, before the
// timer starts).
func BenchmarkSignature(b *testing.B) {
	texts := leafKeys(b)
	heads := make([][][]uint64, len(texts))
	for i, leaves := range texts {
		heads[i] = headsOf(leaves)
	}
	var scratch shingleScratch
	cpuLoop(b, func() {
		for i, leaves := range texts {
			signature(leaves, heads[i], &scratch)
		}
	})
}

func BenchmarkSignatureReference(b *testing.B) {
	texts := leafKeys(b)
	cpuLoop(b, func() {
		for _, leaves := range texts {
			signatureReference(leaves)
		}
	})
}

// distinctShingles keeps each hash once, in order of first meeting, and
// keeps every ^0, which its set cannot hold.
func TestDistinctShingles(t *testing.T) {
	var seen gramSet
	in := []uint64{5, 0, 5, ^uint64(0), 7, 0, ^uint64(0), 7, 1}
	want := []uint64{5, 0, ^uint64(0), 7, ^uint64(0), 1}
	if got := distinctShingles(slices.Clone(in), &seen); !slices.Equal(got, want) {
		t.Fatalf("distinctShingles(%v) = %v, want %v", in, got, want)
	}
}
