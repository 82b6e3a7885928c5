//go:build !amd64

package lineage

const hasAVX512 = false

func lowerMinimaAVX512(sig, seeds *[paddedFunctions]uint64, shingles []uint64) {
	panic("lineage: no AVX-512 here")
}
