package extract

// The letters and marks OCR prints for figures, in one table that every
// reader of figures reads them through: titles and their dates, the
// deadlines of requests, citations' numbers and years, a vote's counts
// and a meeting's ordinal. Where a reader takes fewer of them, or takes
// them only in some places, it says so in a small predicate of its own
// below, with the reason.

// figureLookalikes maps each byte OCR prints for a figure to that figure,
// and every other byte to 0: I, l, i, | and ] for 1, O and o for 0, S for
// 5. A table, not a switch: the citation scanner asks it of the bytes
// around every number.
var figureLookalikes = [256]byte{
	'I': '1', 'l': '1', 'i': '1', '|': '1', ']': '1',
	'O': '0', 'o': '0',
	'S': '5',
}

// figureOrLookalikeClass is a pattern's class of a figure or a
// look-alike of one, "[\dIOS…]", from the table, for a pattern's slot
// that holds a figure alone (an extension's day, extendRE).
func figureOrLookalikeClass() string {
	class := []byte(`[\d`)
	for c := range figureLookalikes {
		if figureLookalikes[c] != 0 {
			if c == ']' || c == '\\' || c == '^' || c == '-' || c == '[' {
				class = append(class, '\\')
			}
			class = append(class, byte(c))
		}
	}
	return string(append(class, ']'))
}

// figureLookalike is the figure OCR printed as the byte c in a run of
// figures, or 0 when c is no look-alike of one.
func figureLookalike(c byte) byte { return figureLookalikes[c] }

// isFigureLookalike reports whether OCR prints c for a figure.
func isFigureLookalike(c byte) bool { return figureLookalikes[c] != 0 }

// hasFigureLookalike reports whether s holds a byte OCR prints for a
// figure.
func hasFigureLookalike(s string) bool {
	for i := 0; i < len(s); i++ {
		if figureLookalikes[s[i]] != 0 {
			return true
		}
	}
	return false
}

// readLookalikes is s with each look-alike of a figure read as the
// figure, as a whole: s itself when it holds none. The reader decides
// beforehand that s is a run of figures (its context rule).
func readLookalikes(s string) string {
	if !hasFigureLookalike(s) {
		return s
	}
	b := []byte(s)
	for k, c := range b {
		if f := figureLookalikes[c]; f != 0 {
			b[k] = f
		}
	}
	return string(b)
}

// opensMisreadNumber is the citation scanner's rule for the first byte of
// a resolution's number printed with a look-alike ("l13 (1956)", "i5
// (1946)", "|13 (1956)"): only a look-alike of 1. No resolution's number
// opens with a 0, so O and o never do. An S before figures opens a
// symbol ("S/1234", "S/RES/242"), and the scanner reads it so; an "S"
// glued to a number and its year is read as a 5 only within a list,
// after a year ("508 (1982), 509 (1982), S11 (1982)": the finder's
// case for "S" and "$"), where no symbol stands.
func opensMisreadNumber(c byte) bool {
	return figureLookalikes[c] == '1'
}

// isOrdinalLookalike is the meeting ordinal's rule (ocrOrdinalRE, read
// without a check of the number it makes, and mayHaveLetteredOrdinal):
// the look-alikes of 1 but ], which closes a bracket in an adoption line
// ("[S/1234]"), so that "]1st" is no ordinal's figure without a check.
// The look-alikes of 0 and 5, and ], are read by garbledMeetingOrdinal,
// which checks the reading against the ending the number takes ("]8S6ih"
// for the 1856th): "O" and "S" stand next to figures in words an
// unchecked reading would make ordinals of.
func isOrdinalLookalike(c byte) bool {
	return figureLookalikes[c] == '1' && c != ']'
}

// lookalikesNamed names the look-alikes s holds and the figures they
// were read as, for a warning: `"l" misread for 1, "O" for 0`.
func lookalikesNamed(s string) string {
	var b []byte
	var seen [256]bool
	for i := 0; i < len(s); i++ {
		c := s[i]
		if figureLookalikes[c] == 0 || seen[c] {
			continue
		}
		seen[c] = true
		if b == nil {
			b = append(b, '"', c, '"', ' ', 'm', 'i', 's', 'r', 'e', 'a', 'd', ' ', 'f', 'o', 'r', ' ', figureLookalikes[c])
			continue
		}
		b = append(b, ',', ' ', '"', c, '"', ' ', 'f', 'o', 'r', ' ', figureLookalikes[c])
	}
	return string(b)
}
