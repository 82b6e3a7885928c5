package extract

// The symbol of a resolution in an ASCII file name is read by hand
// (fileSymbolIn), as fileSymbolRE reads it: the pattern made three
// allocations for every file, 6 % of BenchmarkDev's (issue 13). A name
// with other bytes still goes to the pattern, whose (?i) folds the s of
// "RES" to ſ and whose [^a-z] excludes the Kelvin sign.

// fileSymbolIn is the number and the year of the first match of
//
//	(?i)(?:^|[^a-z])S[_ -]RES[_ -]0*(\d{1,4})\s*[_ -]?\(?((?:19|20)\d\d)\)?(?:[^0-9]|$)
//
// in s, an ASCII name, or ok false. The places a match may start are
// tried from the first: s[0], then the byte after each that is no
// letter; at each, the pattern's choices are tried in the order its
// greedy parts take them, the most first.
func fileSymbolIn(s string) (number, year string, ok bool) {
	for at := 0; at < len(s); at++ {
		if at > 0 && isASCIILetter(s[at-1]) {
			continue
		}
		if number, year, ok := fileSymbolAt(s, at); ok {
			return number, year, true
		}
	}
	return "", "", false
}

// fileSymbolAt reads the pattern from its S at s[at].
func fileSymbolAt(s string, at int) (number, year string, ok bool) {
	if at+6 > len(s) || s[at]|0x20 != 's' || !isSymbolSeparator(s[at+1]) ||
		!hasPrefixASCIIFold(s[at+2:], "res") || !isSymbolSeparator(s[at+5]) {
		return "", "", false
	}
	i := at + 6
	zeros := runOf(s, i, len(s), func(c byte) bool { return c == '0' })
	for z := zeros; z >= 0; z-- {
		j := i + z
		for n := runOf(s, j, j+4, isDigit); n >= 1; n-- {
			if year, ok := fileYearAt(s, j+n); ok {
				return s[j : j+n], year, true
			}
		}
	}
	return "", "", false
}

// fileYearAt reads `\s*[_ -]?\(?((?:19|20)\d\d)\)?(?:[^0-9]|$)` at s[i].
func fileYearAt(s string, i int) (year string, ok bool) {
	isParen := func(c byte) bool { return c == '(' }
	isClose := func(c byte) bool { return c == ')' }
	for w := runOf(s, i, len(s), isRESpace); w >= 0; w-- {
		j := i + w
		for sep := runOf(s, j, j+1, isSymbolSeparator); sep >= 0; sep-- {
			k := j + sep
			for paren := runOf(s, k, k+1, isParen); paren >= 0; paren-- {
				y := k + paren
				if y+4 > len(s) || !(s[y:y+2] == "19" || s[y:y+2] == "20") || !isDigit(s[y+2]) || !isDigit(s[y+3]) {
					continue
				}
				for close := runOf(s, y+4, y+5, isClose); close >= 0; close-- {
					if end := y + 4 + close; end == len(s) || !isDigit(s[end]) {
						return s[y : y+4], true
					}
				}
			}
		}
	}
	return "", false
}

// runOf is how many bytes from s[i] on, and before s[limit], are in: a
// greedy part's longest run, or 0 or 1 for an optional byte.
func runOf(s string, i, limit int, in func(byte) bool) int {
	j := i
	for j < min(limit, len(s)) && in(s[j]) {
		j++
	}
	return j - i
}

func isSymbolSeparator(c byte) bool { return c == '_' || c == ' ' || c == '-' }
