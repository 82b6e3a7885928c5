package extract

import (
	"regexp/syntax"
	"slices"
	"unicode/utf8"
)

// A prefixGate tells, from the first bytes of a text, that an anchored
// pattern cannot match it, by a small automaton made from the pattern's
// program: it reads up to gateDepth ASCII bytes, each a step in a table.
// Most texts the patterns turn away fail a few bytes in (a masthead's
// number and then a word), after the regular expression's backtracker
// has cleared state sized by the whole text: the gate turns them away
// for the price of those few steps (issue 13).
//
// The automaton may say "may" where the pattern does not match, never
// the other way round: conditions on the empty string (^, $, \b) are
// taken as met, and it says "may" on the first byte outside ASCII that
// the pattern may read, once a match may end, and past its depth.
type prefixGate struct {
	// class is each ASCII byte's class: bytes of one class are read alike
	// by every instruction of the program.
	class   [utf8.RuneSelf]uint8
	classes int
	// next is the state after each state and class, at
	// next[state*classes+class], or gateDead or gateMay; state 0 is the
	// start. A text that ends in a state is matched by none: where a match
	// may end, the state before went to gateMay.
	next []uint16
	// nonASCII: whether the pattern may read a character outside ASCII
	// in the state.
	nonASCII []bool
	empty    bool // whether the pattern may match the empty text
}

const (
	gateDead = 0xffff // no match reads the bytes so far
	gateMay  = 0xfffe // a match may read them: the gate says no more
	// gateDepth is how many bytes the gate reads at most, and
	// gateStates how many states it may have: the texts the patterns turn
	// away fail within a few bytes, and a table of some tens of states a
	// pattern keeps the making of the patterns cheap.
	gateDepth  = 8
	gateStates = 96
)

// may reports whether the pattern may match s.
func (g *prefixGate) may(s string) bool {
	state := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return g.nonASCII[state]
		}
		switch next := g.next[state*g.classes+int(g.class[c])]; next {
		case gateDead:
			return false
		case gateMay:
			return true
		default:
			state = int(next)
		}
	}
	return g.empty
}

// newPrefixGate makes the gate of prog.
func newPrefixGate(prog *syntax.Prog) prefixGate {
	var g prefixGate
	representative := g.classify(prog)
	start, matches := closure(prog, []uint32{uint32(prog.Start)})
	if matches {
		// Any text may match: the start's state leads nowhere else.
		g.next = slices.Repeat([]uint16{gateMay}, g.classes)
		g.nonASCII, g.empty = []bool{true}, true
		return g
	}
	type gateState struct {
		pcs   []uint32
		depth int
	}
	states := []gateState{{pcs: start}}
	index := map[string]uint16{pcsKey(start): 0}
	g.nonASCII = append(g.nonASCII, readsNonASCII(prog, start))
	// stateOf is the state of the instructions pcs, made the first time
	// they are met at depth: gateDead when there are none, gateMay when
	// the table is full.
	stateOf := func(pcs []uint32, depth int) uint16 {
		if len(pcs) == 0 {
			return gateDead
		}
		key := pcsKey(pcs)
		if id, ok := index[key]; ok {
			return id
		}
		if len(states) == gateStates {
			return gateMay
		}
		id := uint16(len(states))
		index[key] = id
		states = append(states, gateState{pcs, depth})
		g.nonASCII = append(g.nonASCII, readsNonASCII(prog, pcs))
		return id
	}
	for k := 0; k < len(states); k++ {
		st := states[k]
		for class := range g.classes {
			next := uint16(gateMay)
			if st.depth < gateDepth {
				if pcs, matches := stepOnByte(prog, st.pcs, representative[class]); !matches {
					next = stateOf(pcs, st.depth+1)
				}
			}
			g.next = append(g.next, next)
		}
	}
	return g
}

// stepOnByte is where the instructions pcs go on reading c: the
// instructions that read the next character, sorted and without repeats,
// as the gate keys its states by them; or matches, when a match may end
// after c (any byte may follow).
func stepOnByte(prog *syntax.Prog, pcs []uint32, c byte) (next []uint32, matches bool) {
	next, matches = closure(prog, step(prog, pcs, rune(c)))
	if matches {
		return nil, true
	}
	slices.Sort(next)
	return slices.Compact(next), false
}

// classify sets the class of each ASCII byte: two bytes share one when
// every character instruction of prog reads both or neither. It returns
// a byte of each class.
func (g *prefixGate) classify(prog *syntax.Prog) []byte {
	var representative []byte
	bySignature := map[string]uint8{}
	signature := make([]byte, len(prog.Inst))
	for c := range byte(utf8.RuneSelf) {
		for pc := range prog.Inst {
			signature[pc] = 0
			if in := &prog.Inst[pc]; isCharInst(in) && matchRune(in, rune(c)) {
				signature[pc] = 1
			}
		}
		class, ok := bySignature[string(signature)]
		if !ok {
			class = uint8(len(representative))
			bySignature[string(signature)] = class
			representative = append(representative, c)
		}
		g.class[c] = class
	}
	g.classes = len(representative)
	return representative
}

// isCharInst reports whether an instruction reads a character.
func isCharInst(in *syntax.Inst) bool {
	switch in.Op {
	case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
		return true
	}
	return false
}

// readsNonASCII reports whether any of the instructions pcs may read a
// character outside ASCII (or a byte that is no UTF-8, read as U+FFFD).
func readsNonASCII(prog *syntax.Prog, pcs []uint32) bool {
	for _, pc := range pcs {
		if acceptsNonASCII(&prog.Inst[pc]) {
			return true
		}
	}
	return false
}

// pcsKey is a set of instructions as a map key.
func pcsKey(pcs []uint32) string {
	b := make([]byte, 0, 4*len(pcs))
	for _, pc := range pcs {
		b = append(b, byte(pc), byte(pc>>8), byte(pc>>16), byte(pc>>24))
	}
	return string(b)
}
