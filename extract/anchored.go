package extract

import (
	"regexp"
	"regexp/syntax"
	"sync"
	"unicode"
	"unicode/utf8"
)

// anchoredRE is a regular expression that matches only at the start of
// its input ("^…"), with a gate that reads the bytes a match can open
// with (prefixGate). Most patterns of extraction are of this kind and
// run on every line, block or paragraph; most of those open otherwise.
// Go's backtracker still clears state sized by the input before it fails
// at the first few bytes: looking at those bytes first saves it (issue
// 13). The answers are the pattern's own.
//
// A pattern is compiled, and its tables made, when it is first used, not
// as the package starts: every sckg command paid for the 34 patterns,
// more than half of the package's start, and most commands extract
// nothing. An Extractor has them compiled on a goroutine of its own as it
// is made (startCompiling).
type anchoredRE struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
	gate prefixGate
}

// anchoredAll lists every anchoredRE made, for the tests that hold each
// one's gate to its expression.
var anchoredAll []*anchoredRE

// anchored is the pattern expr, which must match only at the start of the
// text; it is compiled when first used.
func anchored(expr string) *anchoredRE {
	a := &anchoredRE{expr: expr}
	anchoredAll = append(anchoredAll, a)
	return a
}

// ready compiles the pattern if it is not yet.
func (a *anchoredRE) ready() { a.once.Do(a.compile) }

// compilePatterns compiles every pattern of the package not compiled yet.
func compilePatterns() {
	for _, a := range anchoredAll {
		a.ready()
	}
	for _, l := range lazyAll {
		l.get()
	}
}

// startCompiling has the patterns compiled on a goroutine of its own,
// once: an Extractor needs them all, while what makes it (the index of
// the registry's labels) needs none.
var startCompiling = sync.OnceFunc(func() { go compilePatterns() })

func (a *anchoredRE) compile() {
	expr := a.expr
	re := regexp.MustCompile(expr)
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic(err)
	}
	if !startsAnchored(tree) {
		panic("anchored: " + expr + " may match after the start")
	}
	prog, err := syntax.Compile(tree.Simplify())
	if err != nil {
		panic(err)
	}
	if prog.StartCond()&syntax.EmptyBeginText == 0 {
		// Every alternative opens with ^, but Go's matcher sees only that
		// the program opens with a choice, and tries the pattern at every
		// byte of the input: "^A|^B" failing on a paragraph cost 150 µs.
		// "^(?:^A|^B)" matches the same, and is tried at the start alone.
		re = regexp.MustCompile(`^(?:` + expr + `)`)
	}
	a.re = re
	a.gate = newPrefixGate(prog)
}

// may reports whether the pattern can match s, by its first few bytes
// (prefixGate).
func (a *anchoredRE) may(s string) bool {
	a.ready()
	return a.gate.may(s)
}

// closure follows the instructions that read no input from pcs: the
// instructions that read a character, and whether a match is reached.
// Conditions on the empty string (^, \b, $) are taken as met: the sets
// it leads to are never too small.
func closure(prog *syntax.Prog, pcs []uint32) ([]uint32, bool) {
	if len(pcs) == 0 {
		return nil, false // most bytes open no match: nothing to follow
	}
	seen := make([]bool, len(prog.Inst)) // a program has tens of instructions
	var out []uint32
	matches := false
	var visit func(pc uint32)
	visit = func(pc uint32) {
		if seen[pc] {
			return
		}
		seen[pc] = true
		switch in := prog.Inst[pc]; in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			visit(in.Out)
			visit(in.Arg)
		case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
			visit(in.Out)
		case syntax.InstMatch:
			matches = true
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			out = append(out, pc)
		}
	}
	for _, pc := range pcs {
		visit(pc)
	}
	return out, matches
}

// step is where the instructions pcs go on reading r.
func step(prog *syntax.Prog, pcs []uint32, r rune) []uint32 {
	var out []uint32
	for _, pc := range pcs {
		if in := &prog.Inst[pc]; matchRune(in, r) {
			out = append(out, in.Out)
		}
	}
	return out
}

// matchRune reports whether a character instruction reads r
// (syntax.Inst.MatchRune is for InstRune alone).
func matchRune(in *syntax.Inst, r rune) bool {
	switch in.Op {
	case syntax.InstRune1:
		return r == in.Rune[0]
	case syntax.InstRuneAny:
		return true
	case syntax.InstRuneAnyNotNL:
		return r != '\n'
	}
	return in.MatchRune(r)
}

// acceptsNonASCII reports whether a character instruction may read a
// character outside ASCII.
func acceptsNonASCII(in *syntax.Inst) bool {
	switch in.Op {
	case syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
		return true
	}
	if len(in.Rune) == 1 {
		// One rune, folded when the instruction says so.
		r := in.Rune[0]
		if r >= utf8.RuneSelf {
			return true
		}
		if syntax.Flags(in.Arg)&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				if f >= utf8.RuneSelf {
					return true
				}
			}
		}
		return false
	}
	for i := 1; i < len(in.Rune); i += 2 {
		if in.Rune[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// The methods of regexp.Regexp that extraction asks of a pattern; each
// asks may first, which compiles the pattern.

func (a *anchoredRE) MatchString(s string) bool { return a.may(s) && a.re.MatchString(s) }

func (a *anchoredRE) FindStringIndex(s string) []int {
	if !a.may(s) {
		return nil
	}
	return a.re.FindStringIndex(s)
}

// String is the pattern's expression, as regexp.Regexp.String gives it.
func (a *anchoredRE) String() string {
	a.ready()
	return a.re.String()
}

func (a *anchoredRE) FindString(s string) string {
	if !a.may(s) {
		return ""
	}
	return a.re.FindString(s)
}

func (a *anchoredRE) FindStringSubmatch(s string) []string {
	if !a.may(s) {
		return nil
	}
	return a.re.FindStringSubmatch(s)
}

func (a *anchoredRE) FindStringSubmatchIndex(s string) []int {
	if !a.may(s) {
		return nil
	}
	return a.re.FindStringSubmatchIndex(s)
}

// startsAnchored reports whether every match of re begins at the start of
// the text.
func startsAnchored(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginText:
		return true
	case syntax.OpConcat:
		return len(re.Sub) > 0 && startsAnchored(re.Sub[0])
	case syntax.OpCapture:
		return startsAnchored(re.Sub[0])
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !startsAnchored(sub) {
				return false
			}
		}
		return true
	}
	return false
}
