package extract

import (
	"regexp"
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// anchoredRE is a regular expression that matches only at the start of
// its input ("^…"), with the set of bytes a match can open with. Most
// patterns of extraction are of this kind and run on every line or block;
// most of those open with another byte. Go's matcher still sets up its
// state, sized by the input, before it fails at the first byte: looking at
// that byte first saves it (issue 13). The answers are the pattern's own.
type anchoredRE struct {
	*regexp.Regexp
	first [256]bool // bytes a match may start with
	empty bool      // it may match the empty string
}

// anchoredAll lists every anchoredRE made, for the test that checks their
// first bytes.
var anchoredAll []*anchoredRE

// anchored compiles expr, which must match only at the start of the text.
func anchored(expr string) *anchoredRE {
	re := regexp.MustCompile(expr)
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic(err)
	}
	if !startsAnchored(tree) {
		panic("anchored: " + expr + " may match after the start")
	}
	a := &anchoredRE{Regexp: re}
	a.empty = firstBytes(tree, &a.first)
	anchoredAll = append(anchoredAll, a)
	return a
}

// may reports whether the pattern can match s, by its first byte.
func (a *anchoredRE) may(s string) bool { return a.empty || s != "" && a.first[s[0]] }

func (a *anchoredRE) MatchString(s string) bool { return a.may(s) && a.Regexp.MatchString(s) }

func (a *anchoredRE) FindString(s string) string {
	if !a.may(s) {
		return ""
	}
	return a.Regexp.FindString(s)
}

func (a *anchoredRE) FindStringSubmatch(s string) []string {
	if !a.may(s) {
		return nil
	}
	return a.Regexp.FindStringSubmatch(s)
}

func (a *anchoredRE) FindStringSubmatchIndex(s string) []int {
	if !a.may(s) {
		return nil
	}
	return a.Regexp.FindStringSubmatchIndex(s)
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

// firstBytes adds to set the bytes a match of re may start with, and
// reports whether re may match the empty string. It may add more bytes
// than needed (any byte of a multi-byte character), never fewer.
func firstBytes(re *syntax.Regexp, set *[256]bool) (empty bool) {
	all := func() {
		for i := range set {
			set[i] = true
		}
	}
	addRune := func(r rune) {
		var buf [utf8.UTFMax]byte
		utf8.EncodeRune(buf[:], r)
		set[buf[0]] = true
	}
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true
		}
		r := re.Rune[0]
		addRune(r)
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				addRune(f)
			}
		}
		return false
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			for r := lo; r <= hi && r < utf8.RuneSelf; r++ {
				set[r] = true
			}
			if hi >= utf8.RuneSelf {
				for b := utf8.RuneSelf; b < 256; b++ {
					set[b] = true // any lead byte: more than needed
				}
			}
		}
		return false
	case syntax.OpCapture:
		return firstBytes(re.Sub[0], set)
	case syntax.OpStar, syntax.OpQuest:
		firstBytes(re.Sub[0], set)
		return true
	case syntax.OpPlus:
		return firstBytes(re.Sub[0], set)
	case syntax.OpRepeat:
		e := firstBytes(re.Sub[0], set)
		return e || re.Min == 0
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			if !firstBytes(sub, set) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		empty := false
		for _, sub := range re.Sub {
			if firstBytes(sub, set) {
				empty = true
			}
		}
		return empty
	}
	// Any character, or an operator not read here: any byte.
	all()
	return true
}
