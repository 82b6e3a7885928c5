package extract

import "strconv"

// VoteSides names counts of a vote: those in favour, against and
// abstaining.
type VoteSides uint8

const (
	InFavourSide VoteSides = 1 << iota
	AgainstSide
	AbstainingSide
)

// CountUnread reports whether the adoption line printed a count of one
// of sides in words OCR misread past reading ("witb 1 abstention", "by
// 10 votc to 1"): that count is left unstated, where the counts read
// beside it would state it as 0.
func (v *Vote) CountUnread(sides VoteSides) bool { return v.unread&sides != 0 }

// misreadVoteWords are the words of a vote's forms that
// readMisreadVoteWords reads back through a misread letter, longest
// first where one opens another.
var misreadVoteWords = [...]string{"abstentions", "abstention", "consensus", "against", "without", "votes", "vote", "with"}

// readMisreadVoteWords reads back in the adoption line s, as
// readAdoptionInto spaces it, each word outside brackets that is a word
// of the vote (misreadVoteWords) with one letter misread by OCR:
// "abstcntion", "absientions", "voles", "vctes", "witbout",
// "consensns". As the project reads "unanimousiy" and "Adopled", the
// word is as long, its first and last letters as printed and all but one
// of the others, that one a printable ASCII byte. Each is warned of; s is
// copied only when one is read. A word of two letters that holds the t
// or the o of "to" between "by 10 votes" and a count is read as "to",
// the one word the vote's form has there ("by 14 votes ta none",
// misreadToAfterVotes).
func readMisreadVoteWords(s string, warn func(Warning)) string {
	var b []byte
	eachWordOutsideBrackets(s, func(i, j int) bool {
		if w := misreadVoteWord(s[i:j]); w != "" {
			if b == nil {
				b = []byte(s)
			}
			copy(b[i+1:j], w[1:])
			warn(Warning{Kind: WarnOCRRepair, Message: "read " + strconv.Quote(s[i:j]) + " as " + strconv.Quote(w) + ", the word of the vote within a letter of it"})
		}
		return true
	})
	if b != nil {
		s = string(b)
	}
	if at, word := misreadToAfterVotes(s); word != "" {
		warn(Warning{Kind: WarnOCRRepair, Message: "read " + strconv.Quote(word) + " as \"to\", the word of two letters within a letter of it between the votes in favour and a count"})
		s = s[:at] + "to" + s[at+2:]
	}
	return s
}

// misreadVoteWord is the word of misreadVoteWords that word is with one
// letter misread, as readMisreadVoteWords reads them, or "".
func misreadVoteWord(word string) string {
	// Every word of an adoption line is asked: most are turned away by
	// their length or first letter before the words are compared.
	if len(word) < len("vote") || len(word) > len("abstentions") {
		return ""
	}
	switch lowerByte(word[0]) {
	case 'a', 'c', 'v', 'w':
	default:
		return ""
	}
	for _, w := range misreadVoteWords {
		if len(word) != len(w) || lowerByte(word[0]) != w[0] || lowerByte(word[len(w)-1]) != w[len(w)-1] {
			continue
		}
		if printableMisreads(word, w, 1, len(w)-1, true) == 1 {
			return w
		}
		return ""
	}
	return ""
}

// printableMisreads counts the bytes of printed[from:to] that are not
// w's, each a printable ASCII byte other than the space, as OCR misreads
// a letter; -1 where one is not (a space, a line break, a byte of UTF-8):
// no word misread. With fold, printed's letters are compared in lower
// case. printed is as long as w at least.
func printableMisreads(printed, w string, from, to int, fold bool) int {
	differ := 0
	for k := from; k < to; k++ {
		c := printed[k]
		if fold {
			c = lowerByte(c)
		}
		if c != w[k] {
			if printed[k] <= ' ' || printed[k] >= 0x7f {
				return -1
			}
			differ++
		}
	}
	return differ
}

// withinALetter reports whether word is w, in any case, or w with one
// letter of it, any one, misread: as long, all but one letter as w's.
func withinALetter(word, w string) bool {
	if len(word) != len(w) {
		return false
	}
	differ := 0
	for k := range len(w) {
		if lowerByte(word[k]) != w[k] {
			differ++
		}
	}
	return differ <= 1
}

// markUnreadCounts marks the counts of v that the adoption line s prints
// but that readAdoptionInto did not read, as OCR misread a word of them
// past reading (its first or last letter, "witb 1 abstention", "by 10
// votc"), with a vote-count warning each: counted tells whether the
// counts in favour and against were read, abstained the count of
// abstentions. Printed there are counts of abstentions where a word
// outside brackets opens with "abstent" or is within a letter of
// "abstention(s)"; counts in favour and against where "by", a word and
// a word within a letter of "vote(s)" follow each other.
func markUnreadCounts(s string, v *Vote, counted, abstained bool, warn func(Warning)) {
	if !abstained {
		if at, end := abstentionsWordIn(s); end > 0 {
			v.unread |= AbstainingSide
			warn(Warning{Kind: WarnVoteCount, Message: "the adoption line prints a count of abstentions that cannot be read, " + strconv.Quote(s[nWordsBefore(s, at, 2):end]) + ": it is left unstated"})
		}
	}
	if counted {
		return
	}
	if at, end := votesWordAfterBy(s); end > 0 {
		v.unread |= InFavourSide | AgainstSide
		warn(Warning{Kind: WarnVoteCount, Message: "the adoption line prints counts in favour and against that cannot be read, " + strconv.Quote(s[at:end]) + ": they are left unstated"})
	}
}

// abstentionsWordIn is where the first word outside brackets of s that
// opens with "abstent" in any case or is within a letter of "abstention"
// or "abstentions" starts and ends, or 0, 0: not "abstaining", "abstain"
// or "abstained", whose counts the vote reads as printed.
func abstentionsWordIn(s string) (start, end int) {
	eachWordOutsideBrackets(s, func(i, j int) bool {
		if w := s[i:j]; hasPrefixASCIIFold(w, "abstent") || withinALetter(w, "abstention") || withinALetter(w, "abstentions") {
			start, end = i, j
			return false
		}
		return true
	})
	return start, end
}

// eachWordOutsideBrackets calls f with where each word of s outside
// brackets starts and ends, in order, until f returns false.
func eachWordOutsideBrackets(s string, f func(start, end int) bool) {
	depth := 0
	for i := 0; i < len(s); {
		switch s[i] {
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
		}
		if !isWordByte(s[i]) {
			i++
			continue
		}
		j := wordBytesEnd(s, i)
		if j == i {
			j = i + 1
		}
		if depth == 0 && !f(i, j) {
			return
		}
		i = j
	}
}

// nWordsBefore is where the n words before s[at:] start, or 0 if fewer
// stand there.
func nWordsBefore(s string, at, n int) int {
	for ; n > 0 && at > 0; n-- {
		for at > 0 && !isWordByte(s[at-1]) {
			at--
		}
		for at > 0 && isWordByte(s[at-1]) {
			at--
		}
	}
	return at
}

// votesWordAfterBy is where "by" starts and the word within a letter of
// "vote" or "votes" after it and a word in s ("by 10 votc") ends, or 0,
// 0.
func votesWordAfterBy(s string) (start, end int) {
	for i := nextOpeningFold(s, 0, "by"); i >= 0; i = nextOpeningFold(s, i+1, "by") {
		_, j, ok := spacedWord(s, i+len("by"))
		if !ok {
			continue
		}
		if w, _, ok := spacedWord(s, j); ok {
			if word := s[w.start:w.end]; withinALetter(word, "vote") || withinALetter(word, "votes") {
				return i, w.end
			}
		}
	}
	return 0, 0
}

// misreadToAfterVotes is where the word that stands for "to" in "by 10
// votes lo 1" starts and the word: after "by", a word, "vote" or "votes" (and perhaps "in
// favour"), a word of two letters other than "to" with its t or its o,
// then a count as countOf reads it ("none", "1"); or 0 and "".
func misreadToAfterVotes(s string) (int, string) {
	for i := nextOpeningFold(s, 0, "by"); i >= 0; i = nextOpeningFold(s, i+1, "by") {
		_, j, ok := spacedWord(s, i+len("by"))
		if !ok {
			continue
		}
		w, k, ok := spacedWord(s, j)
		if !ok || !(equalFoldASCII(s[w.start:w.end], "vote") || equalFoldASCII(s[w.start:w.end], "votes")) {
			continue
		}
		if in, end, ok := spacedWord(s, k); ok && equalFoldASCII(s[in.start:in.end], "in") {
			if f, end2, ok := spacedWord(s, end); ok && hasPrefixASCIIFold(s[f.start:f.end], "favo") {
				k = end2
			}
		}
		to, end, ok := spacedWord(s, k)
		if !ok {
			return 0, ""
		}
		word := s[to.start:to.end]
		if len(word) != 2 || equalFoldASCII(word, "to") || lowerByte(word[0]) != 't' && lowerByte(word[1]) != 'o' {
			return 0, ""
		}
		if n, _, ok := spacedWord(s, end); ok {
			if _, ok := countOf(s[n.start:n.end]); ok {
				return to.start, word
			}
		}
		return 0, ""
	}
	return 0, ""
}
