package extract

import (
	"math/bits"
	"strings"
)

// paragraphKeys is the set of keywords a paragraph holds, of those the
// extractors of a document's statements cannot match without: the
// timing words of a request, the key words of the relations, the verbs
// of a mandate's extension and the "up to" of its ceiling. They are
// found in one pass over the paragraph (keysIn), the first time an
// extractor asks (Paragraph.keys), and each extractor then skips at once
// a paragraph, or a clause of one, where its words are absent, where
// each of them read the paragraph again for its own words (issue 13).
type paragraphKeys uint16

const (
	keyFigure    paragraphKeys = 1 << iota // an ASCII figure, which a deadline's date has
	keyWithin                              // "within "
	keyEvery                               // "every "
	keyQuarterly                           // "quarterly"
	keyYearly                              // "annual" or "year"
	keySupport                             // "support "
	keyBetween                             // "between "
	keyCondemn                             // "ondemn", its ASCII letters in either case
	keyCeiling                             // "military personnel"
	keySupportBy                           // "support " before "by ", "from " or "provided "
	keyExtension                           // "extend" or "renew", their ASCII letters in either case
	keyUpTo                                // "up to "

	// keyRelationsRead says that a paragraph's keys of relationKeySet,
	// and no others, were read: Paragraph.keys reads all of them still.
	keyRelationsRead paragraphKeys = 1 << 15
)

// relationKeySet is the keys findRelations reads (relationKeys).
const relationKeySet = keySupport | keySupportBy | keyBetween | keyCondemn

// timingKeys are the keys readTiming's patterns need one of.
const timingKeys = keyFigure | keyWithin | keyEvery | keyQuarterly | keyYearly

// keys is the set of keywords p's text holds, found on the first ask and
// kept: the extractors that ask all read one document on one goroutine.
func (p *Paragraph) keys() paragraphKeys {
	if !p.keysRead {
		p.keysFound, p.keysRead = keysIn(p.Text), true
	}
	return p.keysFound
}

// keysIn is the set of keywords s holds, read as readMarks reads
// them: in one pass, each byte and the one after it looked up in two
// tables that mark the pairs of letters that few words have, in either
// case, one for each keyword ("wi" of "within", "tw" of "between",
// "ev", "qu", the "nn" of "annual", "ye", the "pp" of "support", the
// "mn" of "ondemn", the "nn" of "personnel" too, the "xt" of "extend",
// the "ew" of "renew", the "p " of "up to "); only the places marked are
// read further, for the keyword itself, as the extractors looked for it
// (keyAt). The citation scanner reads an operative paragraph's keys in
// its own pass (findIn).
func keysIn(s string) paragraphKeys {
	return readMarks(s, paragraphMarks{}, markKeys).keys
}

// pairMarks marks, in the high bit of each byte of x (eight bytes of a
// text, folded), the bytes that may open the letters a, b: where x is a
// and y, the bytes after each, is b, told by the cheap test of zero
// bytes (zeroish), which may mark a few others after one that is.
func pairMarks(x, y uint64, a, b byte) uint64 { return zeroish((x ^ rep8(a)) | (y ^ rep8(b))) }

// keyAt is the keyword whose pair of letters opens at s[k], or 0. The
// words but "ondemn", "extend" and "renew" are matched as printed, as
// their extractors read them.
func keyAt(s string, k int) paragraphKeys {
	switch s[k] | 0x20 {
	case 'w':
		if strings.HasPrefix(s[k:], "within ") {
			return keyWithin
		}
	case 't':
		if k >= 2 && strings.HasPrefix(s[k-2:], "between ") {
			return keyBetween
		}
	case 'e':
		if strings.HasPrefix(s[k:], "every ") {
			return keyEvery
		}
		if k >= 3 && hasPrefixASCIIFold(s[k-3:], "renew") {
			return keyExtension
		}
	case 'x':
		if k >= 1 && hasPrefixASCIIFold(s[k-1:], "extend") {
			return keyExtension
		}
	case 'q':
		if strings.HasPrefix(s[k:], "quarterly") {
			return keyQuarterly
		}
	case 'n':
		// The nn of "annual" and of "personnel".
		if k >= 1 && strings.HasPrefix(s[k-1:], "annual") {
			return keyYearly
		}
		if at := k - len("military perso"); at >= 0 && strings.HasPrefix(s[at:], "military personnel") {
			return keyCeiling
		}
	case 'y':
		if strings.HasPrefix(s[k:], "year") {
			return keyYearly
		}
	case 'p':
		if k >= 2 && strings.HasPrefix(s[k-2:], "support ") {
			return keySupport | supportByKey(s[k-2+len("support "):])
		}
		if k >= 1 && strings.HasPrefix(s[k-1:], "up to ") {
			return keyUpTo
		}
	case 'm':
		if k >= 4 && hasPrefixASCIIFold(s[k-4:], "ondemn") {
			return keyCondemn
		}
	}
	return 0
}

// supportByKey is keySupportBy if what follows a "support " opens with
// "by ", "from " or "provided ", where findSupport may find a match, or 0:
// read where the keys' pass finds the "support ", not by a search of the
// paragraph's own (saysSupportBy, 1.7 % of BenchmarkParagraphCues).
func supportByKey(rest string) paragraphKeys {
	if strings.HasPrefix(rest, "by ") || strings.HasPrefix(rest, "from ") || strings.HasPrefix(rest, "provided ") {
		return keySupportBy
	}
	return 0
}

// hasPrefixASCIIFold reports whether s opens with w, small ASCII
// letters, each in either case, as containsASCIIFold compares them.
func hasPrefixASCIIFold(s, w string) bool {
	if len(s) < len(w) {
		return false
	}
	for j := 0; j < len(w); j++ {
		if s[j]|0x20 != w[j] {
			return false
		}
	}
	return true
}

// anyFigure reports whether s holds an ASCII figure.
func anyFigure(s string) bool { return nextFigure(s, 0) >= 0 }

// nextFigure is the index of the first ASCII figure in s at or after
// from, or -1, read eight bytes at a time.
func nextFigure(s string, from int) int {
	i := from
	for ; i+8 <= len(s); i += 8 {
		if m := figuresIn(load8At(s, i)); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(s); i++ {
		if isDigit(s[i]) {
			return i
		}
	}
	return -1
}
