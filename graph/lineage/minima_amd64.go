package lineage

import "golang.org/x/sys/cpu"

// hasAVX512 tells whether lowerMinima may run the hash functions eight
// at a time in AVX-512 registers (VPMULLQ is AVX512DQ's).
var hasAVX512 = cpu.X86.HasAVX512F && cpu.X86.HasAVX512DQ

// lowerMinimaAVX512 is lowerMinimaGeneric of the hash functions padded
// to paddedFunctions, with seeds padded alike; the padding's minima mean
// nothing.
//
//go:noescape
func lowerMinimaAVX512(sig, seeds *[paddedFunctions]uint64, shingles []uint64)
