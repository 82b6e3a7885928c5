#include "textflag.h"

// LOWER(off, min, t, u) mixes the shingle's hash in Z18 with the eight
// seeds at off(SI), as mix does (SplitMix64's finaliser, its
// multipliers in Z16 and Z17), and lowers the eight minima in min to
// the results; t and u are scratch. The loop alternates two pairs of
// scratch registers, so one function's multiply need not wait for the
// one before.
#define LOWER(off, min, t, u) \
	VPXORQ off(SI), Z18, t; \
	VPSRLQ $30, t, u; \
	VPXORQ u, t, t; \
	VPMULLQ Z16, t, t; \
	VPSRLQ $27, t, u; \
	VPXORQ u, t, t; \
	VPMULLQ Z17, t, t; \
	VPSRLQ $31, t, u; \
	VPXORQ u, t, t; \
	VPMINUQ t, min, min

// func lowerMinimaAVX512(sig *[paddedFunctions]uint64, seeds *[paddedFunctions]uint64, shingles []uint64)
//
// The 128 minima stay in Z0-Z15, eight hash functions a register, while
// each shingle goes through all of them: its hash broadcast to eight
// lanes, mixed with eight seeds at once (SplitMix64's finaliser, as mix),
// the minima lowered by VPMINUQ.
TEXT ·lowerMinimaAVX512(SB), NOSPLIT, $0-40
	MOVQ sig+0(FP), DI
	MOVQ seeds+8(FP), SI
	MOVQ shingles_base+16(FP), BX
	MOVQ shingles_len+24(FP), CX
	VMOVDQU64 0(DI), Z0
	VMOVDQU64 64(DI), Z1
	VMOVDQU64 128(DI), Z2
	VMOVDQU64 192(DI), Z3
	VMOVDQU64 256(DI), Z4
	VMOVDQU64 320(DI), Z5
	VMOVDQU64 384(DI), Z6
	VMOVDQU64 448(DI), Z7
	VMOVDQU64 512(DI), Z8
	VMOVDQU64 576(DI), Z9
	VMOVDQU64 640(DI), Z10
	VMOVDQU64 704(DI), Z11
	VMOVDQU64 768(DI), Z12
	VMOVDQU64 832(DI), Z13
	VMOVDQU64 896(DI), Z14
	VMOVDQU64 960(DI), Z15
	MOVQ $0xbf58476d1ce4e5b9, AX
	VPBROADCASTQ AX, Z16
	MOVQ $0x94d049bb133111eb, AX
	VPBROADCASTQ AX, Z17
	TESTQ CX, CX
	JZ done

loop:
	VPBROADCASTQ (BX), Z18
	LOWER(0, Z0, Z19, Z20)
	LOWER(64, Z1, Z21, Z22)
	LOWER(128, Z2, Z19, Z20)
	LOWER(192, Z3, Z21, Z22)
	LOWER(256, Z4, Z19, Z20)
	LOWER(320, Z5, Z21, Z22)
	LOWER(384, Z6, Z19, Z20)
	LOWER(448, Z7, Z21, Z22)
	LOWER(512, Z8, Z19, Z20)
	LOWER(576, Z9, Z21, Z22)
	LOWER(640, Z10, Z19, Z20)
	LOWER(704, Z11, Z21, Z22)
	LOWER(768, Z12, Z19, Z20)
	LOWER(832, Z13, Z21, Z22)
	LOWER(896, Z14, Z19, Z20)
	LOWER(960, Z15, Z21, Z22)
	ADDQ $8, BX
	DECQ CX
	JNZ loop

done:
	VMOVDQU64 Z0, 0(DI)
	VMOVDQU64 Z1, 64(DI)
	VMOVDQU64 Z2, 128(DI)
	VMOVDQU64 Z3, 192(DI)
	VMOVDQU64 Z4, 256(DI)
	VMOVDQU64 Z5, 320(DI)
	VMOVDQU64 Z6, 384(DI)
	VMOVDQU64 Z7, 448(DI)
	VMOVDQU64 Z8, 512(DI)
	VMOVDQU64 Z9, 576(DI)
	VMOVDQU64 Z10, 640(DI)
	VMOVDQU64 Z11, 704(DI)
	VMOVDQU64 Z12, 768(DI)
	VMOVDQU64 Z13, 832(DI)
	VMOVDQU64 Z14, 896(DI)
	VMOVDQU64 Z15, 960(DI)
	VZEROUPPER
	RET
