package extract

import (
	"strconv"
	"strings"
)

// readMarkedCounts reads back in the adoption line s, as readAdoptionInto
// spaces it, the counts of its vote that OCR printed with a mark for a
// figure, which no word of the vote's readers takes: "by |0 votes", "by
// ]4 votes", "by 1| votes", "to | (Australia)", "with | abstention", and
// a lone S or O for a count of one figure, "with S abstentions", "to
// O". A count stands right after "by", "to", "with" or "of" (the
// words that open each count of both forms of the vote), is one or two
// bytes of figures and their look-alikes (lookalike.go), and ends the
// word, or a mark ("(", ",", ".", ";") follows it. Two bytes must hold a
// figure and a mark (| or ]) and read 10 to 15, the Council's members
// at most; the letters alone that OCR prints in a two-figure count
// ("I4", "1O") are readCount's. A lone I, l or i is "one" already
// (voteCountWords); a lone "o" is read as no count. Each count read is
// warned of; s is copied only when one is read.
func readMarkedCounts(s string, warn func(Warning)) string {
	if !mayHaveMarkedCount(s) {
		return s
	}
	var b []byte
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' || !countSlotBefore(s, i) {
			continue
		}
		start := i + 1
		end := start
		for end < len(s) && end-start < 3 && (isDigit(s[end]) || isFigureLookalike(s[end])) {
			end++
		}
		word := s[start:end]
		if !markedCount(word, end == len(s)) || end < len(s) && !countEndsBefore(s[end]) {
			continue
		}
		read := readLookalikes(word)
		if b == nil {
			b = []byte(s)
		}
		copy(b[start:end], read)
		warn(Warning{Kind: WarnOCRRepair, Message: "read the vote count printed " + strconv.Quote(word) + " as " + strings.TrimLeft(read, "0") + zeroIfEmpty(read) + ": " + lookalikesNamed(word)})
		i = end - 1
	}
	if b == nil {
		return s
	}
	return string(b)
}

// zeroIfEmpty is "0" when the figures read, their 0s trimmed, leave
// nothing: a count of none printed "O".
func zeroIfEmpty(figures string) string {
	if strings.TrimLeft(figures, "0") == "" {
		return "0"
	}
	return ""
}

// mayHaveMarkedCount reports whether s holds a byte a marked count
// needs: a mark (| or ]), or a lone S or O after a space. Every adoption
// line is asked, and few hold any: their bytes are searched for these
// few, not read word by word.
func mayHaveMarkedCount(s string) bool {
	return strings.IndexByte(s, '|') >= 0 || strings.IndexByte(s, ']') >= 0 || loneByteIn(s, 'S') || loneByteIn(s, 'O')
}

// loneByteIn reports whether c stands in s as a word of its own after a
// space, a count's end after it (countEndsBefore) or nothing.
func loneByteIn(s string, c byte) bool {
	for i := strings.IndexByte(s, c); i >= 0; {
		if i > 0 && s[i-1] == ' ' && (i+1 == len(s) || countEndsBefore(s[i+1])) {
			return true
		}
		j := strings.IndexByte(s[i+1:], c)
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// countSlotBefore reports whether the word that ends at s[i], a space,
// opens a count of the vote: "by", "to", "with" or "of", in any case.
func countSlotBefore(s string, i int) bool {
	k := i
	for k > 0 && isASCIILetter(s[k-1]) {
		k--
	}
	if !wordStartsAt(s, k) {
		return false
	}
	switch w := s[k:i]; len(w) {
	case 2:
		return equalFoldASCII(w, "by") || equalFoldASCII(w, "to") || equalFoldASCII(w, "of")
	case 4:
		return equalFoldASCII(w, "with")
	}
	return false
}

// countEndsBefore reports whether c may follow a count: a space, or the
// bracket or the marks that close a clause of the vote.
func countEndsBefore(c byte) bool {
	return c == ' ' || c == '(' || c == ',' || c == '.' || c == ';'
}

// markedCount reports whether a word of figures and their look-alikes is
// a count that readMarkedCounts reads: a lone S, O, | or ], or two
// bytes with a figure and a mark (| or ]) that read 10 to 15. A "]" after
// a figure at the line's end (lineEnd) closes a bracket the line opened,
// "[Adopted … by 14 votes to 1]", and is no 1.
func markedCount(word string, lineEnd bool) bool {
	switch len(word) {
	case 1:
		// A lone "o" is left: OCR prints O for the 0 of a count.
		c := word[0]
		return c == 'S' || c == 'O' || c == '|' || c == ']'
	case 2:
		if !strings.ContainsAny(word, "0123456789") || !strings.ContainsAny(word, "|]") || lineEnd && word[1] == ']' {
			return false
		}
		n, err := strconv.Atoi(readLookalikes(word))
		return err == nil && n >= 10 && n <= 15
	}
	return false
}
