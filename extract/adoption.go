package extract

import (
	"fmt"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sckg/sckg/ontology"
)

// The adoption line records how the Council adopted a text, in forms that
// changed over the decades:
//
//	Adopted unanimously at the 1382nd meeting.
//	Adopted at the 2963rd meeting by 12 votes to 2 (Cuba and Yemen), with 1
//	  abstention (China).
//	Adopted at the 287th meeting by 8 votes to none, with 3 abstentions (…).
//	Adopted at the 30th meeting by 9 votes (Australia, present and not voting;
//	  Union of Soviet Socialist Republics, absent).
//	Adopted without a vote at the 3206th meeting.
//	Adopted at the 2625th meeting by consensus.
//	Adopted by the Security Council at its 3377th meeting, on 16 May 1994
//
// with footnotes such as "One member (China) did not participate in the
// voting." The reader below takes the line apart clause by clause, so that
// the clauses may come in any order and over any number of lines.

var (
	// "2963rd meeting", "3017th (closed) meeting", "194th meet- ing".
	adoptMeetingRE   = lazyRegexp(`(?:^|[^\w])(\d{1,5})\s*(?:st|nd|rd|th|d)?\s*_?\s*(?:\([a-z ,]+\)\s*)?(?:m|rn)eet-?\s*ing`)
	adoptUnanimousRE = lazyRegexp(`(?i)\bunanimously\b`)
	adoptConsensusRE = lazyRegexp(`(?i)\bby\s+consensus\b`)
	// "by 12 votes to 2 (Cuba and Yemen)", "by 9 votes (…)", "by 10 votes to
	// none": the count in favour, then against with the states named.
	// "by 14 votes in favour to none against" says the same.
	adoptVotesRE = lazyRegexp(`(?i)\bby\s+(\w+)\s+votes?\b(?:\s+in\s+favou?r)?(?:\s+to\s+(\w+)(?:\s+against)?)?(?:\s*\(((?:[^()]|\([^()]*\))*)\))?`)
	// "by a vote of 13 in favour, none against and 2 abstentions (China
	// and Russian Federation)": the form of the Council's press releases,
	// which collections of the texts copy; and "by a vote of 10 to 0,
	// with 5 abstentions (…)", "by a vote of 12 to 1 (…)", its count
	// against after "to" as in "by 12 votes to 1".
	adoptVoteOfRE = lazyRegexp(`(?i)\bby\s+a\s+vote\s+of\s+(\w+)(?:\s+(?:votes\s+)?in\s+favou?r(?:\s*\(((?:[^()]|\([^()]*\))*)\))?(?:,?\s*(?:and\s+)?(\w+)\s+against(?:\s*\(((?:[^()]|\([^()]*\))*)\))?)?|\s+to\s+(\w+)(?:\s+against)?(?:\s*\(((?:[^()]|\([^()]*\))*)\))?)(?:,?\s*(?:and|with)\s+(\w+)\s+(?:abstentions?|members?\s+abstaining)(?:\s*\(((?:[^()]|\([^()]*\))*)\))?)?`)
	// "with 1 abstention (China)", "with 3 abstentions (…)", "with I
	// abstention": OCR reads 1 as I. "with 2 members abstaining (…)" says
	// the same.
	adoptAbstentionRE = lazyRegexp(`(?i)\bwith\s+(\w+)\s+(?:abstentions?|members?\s+abstaining)\b(?:\s*\(((?:[^()]|\([^()]*\))*)\))?`)
	// "In the absence of any objection, the President stated that the
	// draft resolution was adopted unanimously.": no vote was taken, and
	// the President declared the text adopted, unanimously if he said so.
	declaredAdoptedRE = lazyRegexp(`(?i)\babsence\s+of\s+(?:any\s+)?objections?\b[^.]*?\b(?:declared|stated)\b[^.]*?\badopted\b(\s+unanimously\b)?`)
	// "One member (China) did not participate in the voting."
	notParticipatingRE = lazyRegexp(`(?i)\b(\w+)\s+members?\s*\(((?:[^()]|\([^()]*\))*)\)\s*(?:did|does)\s+not\s+participate`)
	// "One member (Union of Soviet Socialist Republics) was absent.",
	// "Two members (…) were absent.": not at the meeting, which is not
	// taking no part in a vote while present (sckg:absent). Only the
	// footnotes that say "absent" are searched, a handful of the
	// record's (footnoteAbsent).
	absentMembersRE = lazyRegexp(`(?i)\bmembers?\s*\(((?:[^()]|\([^()]*\))*)\)\s*(?:was|were)\s+absent\b`)
)

// meetingFigures is where the figures of the first meeting's number in s
// stand, s[i:j]: what adoptMeetingRE.FindStringSubmatch(s)[1] is, read by
// hand because every adoption line is searched for one (issue 13). The
// pattern reads one way only: each of its optional parts opens with a
// byte that nothing after it may open with, so the first run of one to
// five figures (after a byte that is no \w) that the rest follows is its
// match.
func meetingFigures(s string) (i, j int, ok bool) {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) || !wordStartsAt(s, i) {
			continue
		}
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j-i <= 5 && meetingFollows(s[j:]) {
			return i, j, true
		}
		i = j
	}
	return 0, 0, false
}

// splitOrdinalHead is the figures OCR cut from the front of a meeting's
// ordinal with a space, "the 273 1st meeting" for the 2731st, "the 331
// 5th meeting" for the 3315th: the run of figures one space before
// s[i:j], the figures meetingFigures found, when a word of letters and a
// space stand before it and the two make five figures at most; or "". A
// run after figures or a mark is no such piece ("May 1994 3377th",
// "(Cuba) 12 2981st").
func splitOrdinalHead(s string, i, j int) string {
	if i < 2 || s[i-1] != ' ' {
		return ""
	}
	k := digitsBefore(s, i-1)
	head := s[k : i-1]
	if head == "" || len(head)+j-i > 5 || k < 2 || s[k-1] != ' ' || !isASCIILetter(s[k-2]) {
		return ""
	}
	return head
}

// garbledMeetingOrdinal reads a meeting's ordinal that OCR printed with
// marks or letters for its figures or its ending, which meetingFigures
// cannot read: "]8S6ih" for the 1856th, "27491h" for the 2749th, "176I1st"
// for the 1761st. The word before "meeting" is read as figures and an
// ending: "st", "nd", "rd", "th", or "h" after a 1, I, i or l read for
// its "t"; the figures may hold the letters and marks OCR reads for 1
// (I, i, l, |, ]), 5 (S) and 0 (O, o). The ending checks the reading:
// the figures, each letter read as the figure it looks like, are the
// meeting when the number takes that ending and is a meeting's; else
// the one number that does when a single one of those letters is left
// out, as OCR printed a figure twice ("176I1st": 17611 would be the
// 17611th). Any other word, or two readings, is no meeting: read is ""
// and printed the word as the line prints it.
func garbledMeetingOrdinal(s string) (read, printed string) {
	for from := 0; ; {
		k := strings.Index(s[from:], " meet")
		if k < 0 {
			return "", ""
		}
		k += from
		from = k + 1
		start := strings.LastIndexByte(s[:k], ' ') + 1
		if read := readGarbledOrdinal(s[start:k]); read != "" {
			// "the 273 1sl meeting": figures cut from its front, as
			// meetingFigures' readings may have.
			if head := splitOrdinalHead(s, start, start+len(read)); head != "" {
				return head + read, s[start-len(head)-1 : k]
			}
			return read, s[start:k]
		}
	}
}

// readGarbledOrdinal is the meeting a word such as "]8S6ih" stands for,
// as garbledMeetingOrdinal reads it, or "".
func readGarbledOrdinal(word string) string {
	if len(word) < 3 || len(word) > 9 {
		return ""
	}
	ending, body := word[len(word)-2:], word[:len(word)-2]
	if ending[1] == 'h' && strings.IndexByte("1Iil", ending[0]) >= 0 {
		ending = "th"
	}
	if !isOrdinalSuffix(ending[0], ending[1]) {
		return misreadOrdinalEnding(word)
	}
	var figures [7]byte
	n, letters, digits := 0, 0, 0
	for i := 0; i < len(body); i++ {
		c := body[i]
		switch {
		case isDigit(c):
			digits++
		case isFigureLookalike(c):
			c, letters = figureLookalike(c), letters+1
		default:
			return ""
		}
		figures[n] = c
		n++
	}
	if digits == 0 {
		return ""
	}
	if whole := string(figures[:n]); meetingTakes(whole, ending) {
		return strings.TrimLeft(whole, "0")
	}
	found := ""
	for i := 0; i < len(body); i++ {
		if isDigit(body[i]) {
			continue
		}
		less := string(figures[:i]) + string(figures[i+1:n])
		if !meetingTakes(less, ending) {
			continue
		}
		if found != "" && found != less {
			return ""
		}
		found = less
	}
	if found == "" {
		return misreadOrdinalEnding(word)
	}
	return strings.TrimLeft(found, "0")
}

// misreadOrdinalEnding is the meeting a word of figures stands for whose
// ending OCR misread a letter of ("30tb", "42od", "2961sl") or dropped
// its "t" ("30h", "1811h"): the figures, all of them figures, when the
// ending the number takes is the printed one with one letter changed,
// or its "h" alone; else "". The ending still checks the reading:
// "2749x", "2963ih" are no meeting.
func misreadOrdinalEnding(word string) string {
	end := len(word)
	for end > 0 && word[end-1] >= 'a' && word[end-1] <= 'z' {
		end--
	}
	figures, printed := word[:end], word[end:]
	if figures == "" || !allDigits(figures) || len(printed) == 0 || len(printed) > 2 {
		return ""
	}
	want := OrdinalSuffix(figures)
	switch {
	case len(printed) == 1 && printed[0] == 'h' && want == "th":
	case len(printed) == 2 && (printed[0] == want[0]) != (printed[1] == want[1]):
	default:
		return ""
	}
	if !meetingTakes(figures, want) {
		return ""
	}
	return strings.TrimLeft(figures, "0")
}

// meetingTakes reports whether figures are a meeting's number, one
// that is written with the ordinal's ending given.
func meetingTakes(figures, ending string) bool {
	n, err := strconv.Atoi(figures)
	return err == nil && n > 0 && n <= maxMeeting && OrdinalSuffix(figures) == ending
}

// OrdinalSuffix is the English ordinal's ending for a number printed in
// figures: "2963rd", "1382nd", "3101st", but "3111th", "2112th"; "th"
// for any other text.
func OrdinalSuffix(n string) string {
	if n == "" || n[len(n)-1] < '0' || n[len(n)-1] > '9' {
		return "th"
	}
	if len(n) >= 2 && n[len(n)-2] == '1' {
		return "th" // 11th, 12th, 13th
	}
	switch n[len(n)-1] {
	case '1':
		return "st"
	case '2':
		return "nd"
	case '3':
		return "rd"
	}
	return "th"
}

// meetingFollows reports whether s opens with what adoptMeetingRE reads
// after the figures: `\s*(?:st|nd|rd|th|d)?\s*_?\s*(?:\([a-z ,]+\)\s*)?(?:m|rn)eet-?\s*ing`.
func meetingFollows(s string) bool {
	s = trimPerlSpace(s)
	for _, suffix := range []string{"st", "nd", "rd", "th", "d"} {
		if strings.HasPrefix(s, suffix) {
			s = s[len(suffix):]
			break
		}
	}
	s = trimPerlSpace(s)
	if strings.HasPrefix(s, "_") {
		s = s[1:]
	}
	s = trimPerlSpace(s)
	if strings.HasPrefix(s, "(") {
		n := 1
		for n < len(s) && (s[n] >= 'a' && s[n] <= 'z' || s[n] == ' ' || s[n] == ',') {
			n++
		}
		if n == 1 || n == len(s) || s[n] != ')' {
			return false
		}
		s = trimPerlSpace(s[n+1:])
	}
	switch {
	case strings.HasPrefix(s, "meet"):
		s = s[len("meet"):]
	case strings.HasPrefix(s, "rneet"):
		// OCR's "rn" for the m of "meeting" ("the 30th rneeting").
		s = s[len("rneet"):]
	default:
		return false
	}
	s = strings.TrimPrefix(s, "-")
	return strings.HasPrefix(trimPerlSpace(s), "ing")
}

// trimPerlSpace drops the \s that open s.
func trimPerlSpace(s string) string { return s[skipRESpace(s, 0):] }

// ocrOrdinalRE is a meeting's ordinal with letters for figures in it
// ("I851st", "i520th"), read back by readLookalikes: its class is the
// bytes isOrdinalLookalike takes (TestOrdinalLookalikeClass).
var ocrOrdinalRE = lazyRegexp(`\b[0-9Iil|]*[0-9][0-9Iil|]*(?:st|nd|rd|th)\b`)

// maxMeeting bounds a meeting number: the Council held its 10,000th
// meeting in the 2020s, and a larger figure is OCR's ("299155" for
// "2991st").
const maxMeeting = 12000

var voteCountWords = map[string]int{"none": 0, "no": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4,
	"five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "i": 1, "l": 1}

// countOf reads a vote count as printed ("12", "none", "one", "I").
func countOf(s string) (int, bool) {
	// Figures alone: Atoi makes an error for each word it cannot read.
	if allDigits(s) {
		if n, err := strconv.Atoi(s); err == nil {
			return n, true
		}
	}
	n, ok := voteCountWords[strings.ToLower(s)]
	return n, ok
}

// readCount reads a vote count as countOf does and, failing that, as OCR
// prints a count of two figures with a letter for one of them ("by I4
// votes", "by l3 votes", "by 1O votes"): a count, where a word of the
// vote's pattern stands, of two figures and letters read for 1, 0 or 5
// is 10 to 15 (the Council's members at most), and no word is made of a
// figure and those letters. The repair is warned of.
func readCount(s string, warn func(Warning)) (int, bool) {
	if n, ok := countOf(s); ok || len(s) != 2 || !hasFigureLookalike(s) {
		return n, ok
	}
	n, ok := countOf(readLookalikes(s))
	if !ok || n < 10 || n > 15 || !strings.ContainsAny(s, "0123456789") {
		return 0, false
	}
	warn(Warning{Kind: WarnOCRRepair, Message: "read the vote count printed " + strconv.Quote(s) + " as " + strconv.Itoa(n) + ", a letter for its 1"})
	return n, true
}

// The words the patterns above cannot match without: most adoption lines
// and their footnotes lack most of them, and a look for a word is much
// cheaper than a pattern's search (issue 13).
var (
	wordUnanimously = keyword("unanimously")
	wordWithout     = keyword("without")
	wordBy          = keyword("by")
	wordWith        = keyword("with")
	wordMember      = keyword("member")
	wordConsensus   = keyword("consensus")
	wordVote        = keyword("vote")
	wordAbstention  = keyword("abstention")
	wordAbstaining  = keyword("abstaining")
	wordParticipate = keyword("participate")
	wordObjection   = keyword("objection")
	// In a text as readAdoptionInto spaces it, the patterns' \s+ is one
	// space, and the words they need may be longer.
	wordVoteOf         = keyword("vote of")
	wordNotParticipate = keyword("not participate")
)

// saysWithoutVote reports whether adoptNoVoteRE matches s: "without" as
// a word, spaces, perhaps "a" and spaces, then "vote" or "vate" as a
// word, in any case. It is read by hand for any text, as the pattern's
// letters have no case outside ASCII (no k, no s), and the "adopted"
// that may open a match changes where it starts, never whether there is
// one: every line that says it was adopted without a vote was searched
// twice, for the words and then by the pattern's machine (issue 13).
func saysWithoutVote(s string) bool {
	const without = "without"
	for at := nextOpeningFold(s, 0, without); at >= 0; at = nextOpeningFold(s, at+1, without) {
		i := at + len(without)
		j := skipRESpace(s, i)
		if j == i {
			continue
		}
		if voteWordAt(s, j) {
			return true
		}
		if j < len(s) && s[j]|0x20 == 'a' {
			if k := skipRESpace(s, j+1); k > j+1 && voteWordAt(s, k) {
				return true
			}
		}
	}
	return false
}

// voteWordAt reports whether "v[oa]te\b" matches at s[i:] in any case.
func voteWordAt(s string, i int) bool {
	if i+len("vote") > len(s) {
		return false
	}
	o := s[i+1] | 0x20
	return s[i]|0x20 == 'v' && (o == 'o' || o == 'a') && s[i+2]|0x20 == 't' && s[i+3]|0x20 == 'e' && wordEndsAt(s, i+4)
}

// footnoteWords are the words of the statements readAdoptionInto reads
// in footnotes that a text holds: "without" (a vote without one),
// "participate" (members that did not take part), "objection" (a
// text the President declared adopted as no member objected: "In the
// absence of any objection, the President stated that the draft
// resolution was adopted unanimously.") and "absent" (members absent
// from the meeting: "One member (Union of Soviet Socialist Republics)
// was absent.").
type footnoteWords uint8

const (
	footnoteWithout footnoteWords = 1 << iota
	footnoteParticipate
	footnoteObjection
	footnoteAbsent
	allFootnoteWords = footnoteWithout | footnoteParticipate | footnoteObjection | footnoteAbsent
)

// footnoteWordsIn is the footnoteWords s holds.
//
// Every adoption line has the blocks under it read for the words
// (footnotesUnder), a quarter of a kilobyte on average in dev and up to
// two: in one pass, eight bytes at a time, for the first two letters of
// each in any case ("wi", "pa", "ob", "ab"), not by searches that each
// stop at every w, p, o or a in either case (issue 13). Only "absent"
// has a letter with a case outside ASCII (the long s, "ſ", which the
// record never prints), so this is what wordWithout.in(s),
// wordParticipate.in(s) and wordObjection.in(s) say, and
// indexFoldASCII(s, "absent") >= 0. It stops once it has found all.
func footnoteWordsIn(s string) footnoteWords {
	const lower = 0x2020202020202020 // ASCII letters to small ones
	var found footnoteWords
	i := 0
	for ; i+9 <= len(s); i += 8 {
		x, y := load8At(s, i)|lower, load8At(s, i+1)|lower
		for m := (pairMarks(x, y, 'w', 'i') | pairMarks(x, y, 'p', 'a') | pairMarks(x, y, 'o', 'b') | pairMarks(x, y, 'a', 'b')) & highBits; m != 0; m &= m - 1 {
			if found |= footnoteWordAt(s, i+bits.TrailingZeros64(m)/8); found == allFootnoteWords {
				return found
			}
		}
	}
	for ; i < len(s) && found != allFootnoteWords; i++ {
		found |= footnoteWordAt(s, i)
	}
	return found
}

// footnoteWordAt is the word of footnoteWords that opens s[k:] in any
// case, if any.
func footnoteWordAt(s string, k int) footnoteWords {
	switch {
	case hasPrefixASCIIFold(s[k:], "without"):
		return footnoteWithout
	case hasPrefixASCIIFold(s[k:], "participate"):
		return footnoteParticipate
	case hasPrefixASCIIFold(s[k:], "objection"):
		return footnoteObjection
	case hasPrefixASCIIFold(s[k:], "absent"):
		return footnoteAbsent
	}
	return 0
}

// footnotes are the footnotes under an adoption line, joined
// (footnotesUnder), and the footnoteWords they hold, found as they were
// looked for before being joined.
type footnotes struct {
	text  string
	words footnoteWords
}

// readAdoptionInto reads an adoption line (its lines joined) and the
// footnotes printed under it: the meeting, the day it was adopted on,
// and the vote they report, if any (voted), read into v, zero when
// called. v is the caller's room, on its stack, copied only into the
// vote a document keeps: a Vote made for every line that reports one was dropped when
// the document kept another or none, and took an allocation of its own
// when kept (issue 13).
func readAdoptionInto(v *Vote, line string, notes footnotes, date string, memo *stateNameMemo, warn func(Warning)) (meeting, on string, voted bool) {
	s := strings.ReplaceAll(line, "_", " ")
	s = closeOCRBraces(singleSpaced(s))
	printed := s
	s = readMisreadVoteWords(s, warn)
	s = readMarkedCounts(s, warn)
	if mayHaveLetteredOrdinal(s) {
		s = ocrOrdinalRE.ReplaceAllStringFunc(s, readLookalikes)
	}
	// Whether the line is ASCII decides how several readers read it:
	// asked once here, where each asked it again of the whole line.
	ascii := isASCII(s)
	if i, j, ok := meetingFigures(s); ok {
		number := s[i:j]
		if head := splitOrdinalHead(s, i, j); head != "" {
			number = head + number
		}
		if n, _ := strconv.Atoi(number); n > 0 && n <= maxMeeting {
			meeting = strings.TrimLeft(number, "0")
		}
	}
	if meeting == "" {
		var word string
		if meeting, word = garbledMeetingOrdinal(printed); meeting != "" {
			warn(Warning{Kind: WarnOCRRepair, Message: "read the meeting printed " + strconv.Quote(word) + " as the " + meeting + OrdinalSuffix(meeting) + ", the one meeting its figures and ending can be"})
		}
	}
	if i := strings.Index(s, " on "); i >= 0 {
		on = firstDateOf(s[i:])
	}
	said := false
	switch {
	case saysUnanimouslyIn(s, ascii):
		v.Unanimous, said = true, true
	case saysWithoutVote(s):
		v.WithoutVote, said = true, true
	case wordConsensus.inText(s, ascii) && adoptConsensusRE.MatchString(s):
		v.WithoutVote, v.Consensus, said = true, true, true
	default:
		if word := misreadUnanimouslyAfterVerb(s); word != "" {
			v.Unanimous, said = true, true
			warn(Warning{Kind: WarnOCRRepair, Message: "read " + strconv.Quote(word) + " as \"unanimously\", the word within a letter of it after the verb"})
		}
	}
	counted, abstained := false, false
	if wordVote.inText(s, ascii) {
		counted, abstained = readVoteCounts(s, ascii, v, date, memo, warn)
		said = counted || said
	}
	if at := wordWith.opening(s); at >= 0 && (wordAbstention.inText(s, ascii) || wordAbstaining.inText(s, ascii)) {
		// A piece of an ASCII line is ASCII; of another, it may be.
		if count, states, ok := abstentionsInText(s[at:], ascii || isASCII(s[at:])); ok {
			if n, ok := readCount(count, warn); ok {
				v.AbstainingCount, v.Counted, abstained = n, true, true
			}
			if states != "" {
				v.Abstaining = statesOf(states, date, memo, warn)
			}
		}
	}
	// A count of abstentions read alone, the counts in favour misread,
	// reports a vote: no "without vote" in the text under it says
	// otherwise.
	said = said || abstained
	markUnreadCounts(s, v, counted, abstained, warn)
	// The footnotes are read for two statements alone (footnoteWords),
	// and joined to the line only when one of them may be there.
	noVote := !said && (wordWithout.inText(s, ascii) || notes.words&footnoteWithout != 0)
	participation := wordParticipate.inText(s, ascii) || notes.words&footnoteParticipate != 0
	declared := !said && notes.words&footnoteObjection != 0
	absence := notes.words&footnoteAbsent != 0
	if noVote || participation || declared || absence {
		notes := joinedSpaced(s, notes.text)
		if noVote && saysWithoutVote(notes) {
			// "Adopted at the 343rd meeting.40" / "40 Adopted without vote."
			v.WithoutVote, said = true, true
		}
		if declared && !said {
			// Declared unanimous, the text counts as such; declared
			// adopted alone, it was adopted without a vote.
			if m := declaredAdoptedRE.FindStringSubmatch(notes); m != nil {
				v.Unanimous, v.WithoutVote, said = m[1] != "", m[1] == "", true
			}
		}
		if participation && wordNotParticipate.in(notes) {
			window := participationWindow(notes)
			var buf [4]notParticipating
			for _, m := range appendNotParticipating(buf[:0], window) {
				v.NotParticipating = appendStatesOf(v.NotParticipating, window[m.list[0]:m.list[1]], date, memo, warn)
			}
		}
		if absence {
			for _, m := range absentMembersRE.FindAllStringSubmatch(notes, -1) {
				v.Absent = appendStatesOf(v.Absent, m[1], date, memo, warn)
			}
		}
	}
	if said || len(v.NotParticipating)+len(v.Absent) > 0 {
		v.Listed = len(v.Against)+len(v.Abstaining)+len(v.NotParticipating)+len(v.Absent) > 0
		voted = true
	}
	return meeting, on, voted
}

// closeOCRBraces reads as ")" a "}" that closes a bracket opened by "(",
// OCR's reading of the bracket that closes a list of states: "with 1
// abstention (United States of America}." A "}" with no "(" open before
// it is left as it is, and s is copied only when one is read.
func closeOCRBraces(s string) string {
	if strings.IndexByte(s, '}') < 0 {
		return s
	}
	var b []byte
	open := false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			open = true
		case ')', '{':
			open = false
		case '}':
			if open {
				if b == nil {
					b = []byte(s)
				}
				b[i] = ')'
				open = false
			}
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}

// inText is w.in(s) for a text s of which ascii tells isASCII(s).
func (w foldWord) inText(s string, ascii bool) bool {
	return indexFoldASCII(s, w.lower) >= 0 || w.exotic && !ascii
}

// firstDateOf reads the first date printed in s ("15 October 1946",
// "9 Apri] 1989") as ISO 8601, or "": the first of the date pattern's
// matches in s, one after another, that dateOf reads as a day
// (printedDate, in the tests). They are found by
// firstPrintedDate, the pattern read by hand, which no context changes
// (it has no anchor nor \b), not by FindAllStringSubmatch, which made a
// list of every match and of its groups for each adoption line that
// says " on " (issue 13).
func firstDateOf(s string) string {
	for from := 0; from < len(s); {
		t := s[from:]
		m, ok := firstPrintedDate(t)
		if !ok {
			return ""
		}
		if d := dateOf(t[m[2]:m[3]], t[m[4]:m[5]], t[m[6]:m[7]]); d != "" {
			return d
		}
		from += m[1]
	}
	return ""
}

// saysUnanimouslyIn reports whether adoptUnanimousRE matches s, of which
// ascii tells isASCII(s): readAdoptionInto asks it once of a line for all its
// readers. In ASCII, where the pattern's "s" can be no "ſ", it matches a
// whole word "unanimously" in any case, which is looked for by hand:
// every adoption line of the corpora says it or is searched for it.
func saysUnanimouslyIn(s string, ascii bool) bool {
	if !ascii {
		return wordUnanimously.in(s) && adoptUnanimousRE.MatchString(s)
	}
	w := wordUnanimously.lower
	for at := nextOpeningFold(s, 0, w); at >= 0; at = nextOpeningFold(s, at+1, w) {
		if wordEndsAt(s, at+len(w)) {
			return true
		}
	}
	return false
}

// misreadUnanimouslyAt is where the word at s[i:] ends when it is
// "unanimously" with one letter misread by OCR ("unanimousiy",
// "unanimous1y"; "unanirnously" is no such word): as long, its first
// and last letters as printed and all but one of the others, that one
// a printable ASCII byte and no space; else 0. The
// volumes' adoption line says "unanimously" right after its verb, where
// isAdoptionStart and readAdoptionInto look for this one.
func misreadUnanimouslyAt(s string, i int) int {
	const w = "unanimously"
	end := i + len(w)
	if end > len(s) || s[i] != 'u' || s[end-1] != 'y' || !wordEndsAt(s, end) {
		return 0
	}
	if printableMisreads(s[i:end], w, 1, len(w)-1, false) != 1 {
		return 0
	}
	return end
}

// misreadUnanimouslyAfterVerb is the word after the verb that opens the
// adoption line s ("Adopted unanimousiy at the 76th meeting.") when it is
// "unanimously" as misreadUnanimouslyAt reads it, or "".
func misreadUnanimouslyAfterVerb(s string) string {
	i := strings.IndexByte(s, ' ')
	if i < 0 || !isAdoptionStart(s) {
		return ""
	}
	i = skipRESpace(s, i)
	if end := misreadUnanimouslyAt(s, i); end > 0 {
		return s[i:end]
	}
	return ""
}

// abstentionsInText is what adoptAbstentionRE.FindStringSubmatch(s)
// finds, for a text s of which ascii tells isASCII(s): the count of
// "with 3 abstentions (…)" and the states in brackets, or "" for none. In
// ASCII, where the pattern's "s" and \w can be no "ſ" nor Kelvin sign, it
// is read by hand (abstentionsInASCII).
func abstentionsInText(s string, ascii bool) (count, states string, ok bool) {
	if ascii {
		return abstentionsInASCII(s)
	}
	m := adoptAbstentionRE.FindStringSubmatch(s)
	if m == nil {
		return "", "", false
	}
	return m[1], m[2], true
}

// abstentionsInASCII is abstentionsIn for an ASCII s: at the first
// "with" that opens a word and is followed by spaces, a word, spaces and
// "abstention" or "abstentions" as a whole word, in any case; then,
// perhaps after spaces, the text in brackets, if they close with no
// bracket between.
func abstentionsInASCII(s string) (count, states string, ok bool) {
	for i := nextOpeningFold(s, 0, "with"); i >= 0; i = nextOpeningFold(s, i+1, "with") {
		count, k, ok := spacedWord(s, i+len("with"))
		if !ok {
			continue
		}
		end, ok := abstentionsWordAt(s, k)
		if !ok {
			continue
		}
		if start, close, ok := bracketedAt(s, end); ok {
			states = s[start:close]
		}
		return s[count.start:count.end], states, true
	}
	return "", "", false
}

// abstentionsWordAt reads at s[k:], after a count, the words that say
// it counts abstentions: spaces and "abstention" or "abstentions", or
// "member" or "members", spaces and "abstaining", each a whole word in
// any case; and reports where they end.
func abstentionsWordAt(s string, k int) (int, bool) {
	if end, ok := spacedFoldWord(s, k, "abstention"); ok {
		if end < len(s) && lowerByte(s[end]) == 's' && wordEndsAt(s, end+1) {
			return end + 1, true
		}
		return end, wordEndsAt(s, end)
	}
	end, ok := spacedFoldWord(s, k, "member")
	if !ok {
		return 0, false
	}
	if end < len(s) && lowerByte(s[end]) == 's' {
		end++
	}
	if end, ok = spacedFoldWord(s, end, "abstaining"); !ok || !wordEndsAt(s, end) {
		return 0, false
	}
	return end, true
}

// readVoteCounts reads the counts of a vote and the states named with
// them, in either form ("by 12 votes to 2 (…)", "by a vote of 13 in
// favour, …"), into v, and reports whether it found any and whether it
// read a count of abstentions. s is spaced as readAdoptionInto spaces
// it, and ascii tells isASCII(s).
func readVoteCounts(s string, ascii bool, v *Vote, date string, memo *stateNameMemo, warn func(Warning)) (said, abstained bool) {
	// Both patterns open with "by".
	at := wordBy.opening(s)
	if at < 0 {
		return false, false
	}
	s = s[at:]
	if inFavour, against, named, ok := votesInText(s, ascii || isASCII(s)); ok {
		if n, ok := readCount(inFavour, warn); ok {
			v.InFavourCount, v.Counted, said = n, true, true
			if against != "" {
				v.AgainstCount, _ = readCount(against, warn)
			}
			if against != "" && named != "" {
				v.Against = statesOf(named, date, memo, warn)
			} else if named != "" {
				// "by 9 votes (Australia, present and not voting; Union
				// of Soviet Socialist Republics, absent)": a member
				// present took no part, one absent was not there.
				for _, clause := range strings.Split(named, ";") {
					name, how, _ := strings.Cut(clause, ",")
					switch {
					case strings.Contains(how, "not voting"):
						v.NotParticipating = appendStatesOf(v.NotParticipating, name, date, memo, warn)
					case strings.Contains(how, "absent"):
						v.Absent = appendStatesOf(v.Absent, name, date, memo, warn)
					}
				}
			}
		}
	}
	if !wordVoteOf.in(s) {
		return said, false
	}
	if m := adoptVoteOfRE.FindStringSubmatch(s); m != nil {
		if n, ok := readCount(m[1], warn); ok {
			v.InFavourCount, v.Counted, said = n, true, true
			// The count against and its states: after the count in
			// favour ("13 in favour, 1 against (…)"), or after "to"
			// ("10 to 1 (…)").
			against, named := m[3]+m[5], m[4]+m[6]
			v.AgainstCount, _ = readCount(against, warn)
			if named != "" {
				v.Against = statesOf(named, date, memo, warn)
			}
			v.AbstainingCount, abstained = readCount(m[7], warn)
			if m[8] != "" {
				v.Abstaining = statesOf(m[8], date, memo, warn)
			}
		}
	}
	return said, abstained
}

// votesInText is what adoptVotesRE.FindStringSubmatch(s) finds, for a
// text s of which ascii tells isASCII(s): the count in favour of "by 12
// votes to 2 (Cuba and Yemen)", the count against and the text in
// brackets, "" for a part that is not there. In ASCII, where the
// pattern's "s" and \w can be no "ſ" nor Kelvin sign, it is read by hand
// (votesInASCII): every adoption line of the volumes is searched for it.
func votesInText(s string, ascii bool) (inFavour, against, named string, ok bool) {
	if ascii {
		return votesInASCII(s)
	}
	m := adoptVotesRE.FindStringSubmatch(s)
	if m == nil {
		return "", "", "", false
	}
	return m[1], m[2], m[3], true
}

// votesInASCII reads the pattern at each "by" that opens a word in turn:
// "by", spaces, a word, spaces, "vote" or "votes" as a word; then, each
// part there or not, spaces and "in favour" (or "favor"), spaces, "to",
// spaces, a word and perhaps spaces and "against", and perhaps after
// spaces the text in brackets, if they close with no bracket between.
// No part leaves a choice: each run of spaces or word bytes is taken
// whole, as what follows it opens with neither, and an optional part
// that does not match whole is left out, as nothing after it can fail.
func votesInASCII(s string) (inFavour, against, named string, ok bool) {
	for i := nextOpeningFold(s, 0, "by"); i >= 0; i = nextOpeningFold(s, i+1, "by") {
		count, j, ok := spacedWord(s, i+len("by"))
		if !ok {
			continue
		}
		j = skipRESpace(s, j)
		if j == count.end || !hasPrefixFold(s[j:], "vote") {
			continue
		}
		j += len("vote")
		if j < len(s) && lowerByte(s[j]) == 's' {
			j++
		}
		if j < len(s) && isWordByte(s[j]) {
			continue // "votes" ends with no word after: "votesx", "voter"
		}
		inFavour = s[count.start:count.end]
		if k, ok := spacedFoldWord(s, j, "in"); ok {
			if k, ok = spacedFoldWord(s, k, "favo"); ok {
				if k < len(s) && lowerByte(s[k]) == 'u' {
					k++
				}
				if k < len(s) && lowerByte(s[k]) == 'r' {
					j = k + 1
				}
			}
		}
		if k, ok := spacedFoldWord(s, j, "to"); ok {
			if word, end, ok := spacedWord(s, k); ok {
				against, j = s[word.start:word.end], end
				if k, ok := spacedFoldWord(s, j, "against"); ok {
					j = k
				}
			}
		}
		if start, close, ok := bracketedAt(s, j); ok {
			named = s[start:close]
		}
		return inFavour, against, named, true
	}
	return "", "", "", false
}

// wordSpan is where a word stands in a text: [start, end).
type wordSpan struct{ start, end int }

// spacedWord reads "\s+(\w+)" at s[i:]: the word and where it ends.
func spacedWord(s string, i int) (word wordSpan, end int, ok bool) {
	j := skipRESpace(s, i)
	k := wordBytesEnd(s, j)
	if j == i || k == j {
		return wordSpan{}, 0, false
	}
	return wordSpan{j, k}, k, true
}

// bracketedAt reads "\s*\(((?:[^()]|\([^()]*\))*)\)" at s[i:]: where
// the text in the brackets starts and ends. The text may hold brackets
// of its own, one deep, as a state's name does: "(Iran (Islamic Republic
// of))", "(Cuba and Venezuela (Bolivarian Republic of))". Each of the
// pattern's repeated parts opens with a byte the other does not, and
// none with ")", so the brackets close where the longest run of the
// parts ends, or nowhere.
func bracketedAt(s string, i int) (start, end int, ok bool) {
	open := skipRESpace(s, i)
	if open == len(s) || s[open] != '(' {
		return 0, 0, false
	}
	for k := open + 1; ; {
		next := strings.IndexAny(s[k:], "()")
		if next < 0 {
			return 0, 0, false
		}
		k += next
		if s[k] == ')' {
			return open + 1, k, true
		}
		// A bracket within, which closes before any other opens.
		inner := strings.IndexAny(s[k+1:], "()")
		if inner < 0 || s[k+1+inner] != ')' {
			return 0, 0, false
		}
		k += 1 + inner + 1
	}
}

// spacedFoldWord reads "\s+WORD" at s[i:], WORD in either case, and
// reports where it ends.
func spacedFoldWord(s string, i int, word string) (int, bool) {
	j := skipRESpace(s, i)
	if j == i || !hasPrefixFold(s[j:], word) {
		return 0, false
	}
	return j + len(word), true
}

// participationWindow is the part of notes (spaced as readAdoptionInto spaces
// them) where notParticipatingRE may find its matches, which it finds
// there as in the whole: from the word before the first "member" to the
// end of the last "not participate", where every match ends.
func participationWindow(notes string) string {
	from := indexFoldASCII(notes, wordMember.lower)
	to := wordNotParticipate.lastEnd(notes)
	if from < 0 || to < from {
		return ""
	}
	for from > 0 && isRESpace(notes[from-1]) {
		from--
	}
	for from > 0 {
		n := foldedWordCharBefore(notes[:from])
		if n == 0 {
			break
		}
		from -= n
	}
	return notes[from:to]
}

// notParticipating is where a match of notParticipatingRE ("Two members
// (China, Cuba) did not participate") starts and ends in its text, and
// where the text in its brackets does.
type notParticipating struct {
	start, end int
	list       [2]int
}

// appendNotParticipating appends the matches of notParticipatingRE in s
// to ms, as FindAllStringSubmatchIndex finds them. In ASCII, where the
// pattern's "s" and \w can be no "ſ" nor Kelvin sign, they are read by
// hand (nextNotParticipatingASCII): the pattern set up its matcher and
// made a list of lists for every adoption line whose notes say
// "participate" (a seventh of readAdoptionInto).
func appendNotParticipating(ms []notParticipating, s string) []notParticipating {
	if !isASCII(s) {
		for _, m := range notParticipatingRE.FindAllStringSubmatchIndex(s, -1) {
			ms = append(ms, notParticipating{start: m[0], end: m[1], list: [2]int{m[4], m[5]}})
		}
		return ms
	}
	for from := 0; ; {
		m, ok := nextNotParticipatingASCII(s, from)
		if !ok {
			return ms
		}
		ms = append(ms, m)
		from = m.end
	}
}

// nextNotParticipatingASCII is the next match of notParticipatingRE in
// an ASCII s at or after from, as FindAllStringSubmatchIndex finds them
// one after another. Each match is made around a "member" in any case:
// the whole word before it and the spaces between (\b(\w+)\s+ leave no
// choice), then an optional s, spaces, the brackets with no bracket
// between, spaces, "did" or "does", spaces, "not", spaces and
// "participate". No part leaves a choice that a later part could use, so
// the first "member" from which they all follow is the match.
func nextNotParticipatingASCII(s string, from int) (notParticipating, bool) {
	for at := from; ; {
		i := indexFoldASCII(s[at:], "member")
		if i < 0 {
			return notParticipating{}, false
		}
		i += at
		at = i + 1
		start, ok := wordAndSpacesBefore(s, from, i)
		if !ok {
			continue
		}
		if m, ok := notParticipatingAfterMember(s, i+len("member")); ok {
			m.start = start
			return m, true
		}
	}
}

// wordAndSpacesBefore is where the word that s[from:i] ends with, and the
// spaces after it, start: a whole word, all of it at or after from, or
// false.
func wordAndSpacesBefore(s string, from, i int) (int, bool) {
	j := i
	for j > from && isRESpace(s[j-1]) {
		j--
	}
	w := j
	for !wordStartsAt(s, w) {
		w--
	}
	return w, j < i && w < j && w >= from
}

// notParticipatingAfterMember reads what notParticipatingRE asks for
// after "member" from s[k:], for an ASCII s: the match's end and its
// brackets.
func notParticipatingAfterMember(s string, k int) (notParticipating, bool) {
	var m notParticipating
	if k < len(s) && (s[k] == 's' || s[k] == 'S') {
		k++ // an s left out leaves the bracket to open at it: no match
	}
	start, close, ok := bracketedAt(s, k)
	if !ok {
		return m, false
	}
	m.list = [2]int{start, close}
	k = skipRESpace(s, close+1)
	switch {
	case hasPrefixFold(s[k:], "did"):
		k += len("did")
	case hasPrefixFold(s[k:], "does"):
		k += len("does")
	default:
		return m, false
	}
	k, ok = spacedFoldWord(s, k, "not")
	if ok {
		k, ok = spacedFoldWord(s, k, "participate")
	}
	if !ok {
		return m, false
	}
	m.end = k
	return m, true
}

// foldedWordCharBefore is the length of the character that ends s if it
// is one that (?i)\w matches: an ASCII letter, figure or _, or the two
// letters outside ASCII that fold to one ("ſ" to s, the Kelvin sign to
// k); else 0.
func foldedWordCharBefore(s string) int {
	if s != "" && isWordByte(s[len(s)-1]) {
		return 1
	}
	for _, c := range []string{"ſ", "\u212a"} {
		if strings.HasSuffix(s, c) {
			return len(c)
		}
	}
	return 0
}

// singleSpaced is strings.Join(strings.Fields(s), " "), which is s itself,
// without a copy, when s holds no space but single ' ' between words.
func singleSpaced(s string) string {
	if isSingleSpaced(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	writeWords(&b, s, false)
	return b.String()
}

// joinedSpaced is s + " " + singleSpaced(notes), made in one allocation
// and with no copy of notes between.
func joinedSpaced(s, notes string) string {
	var b strings.Builder
	b.Grow(len(s) + 1 + len(notes))
	b.WriteString(s)
	b.WriteByte(' ')
	writeWords(&b, notes, false)
	return b.String()
}

// writeWords writes the words of s (strings.Fields) to b, with a ' '
// between two, and before the first when lead is set: a text
// single-spaced already, as most blocks are, is copied whole.
func writeWords(b *strings.Builder, s string, lead bool) {
	if s != "" && isSingleSpaced(s) {
		if lead {
			b.WriteByte(' ')
		}
		b.WriteString(s)
		return
	}
	for i := 0; i < len(s); {
		if n := spaceAt(s, i); n > 0 {
			i += n
			continue
		}
		end := fieldEnd(s, i)
		if lead {
			b.WriteByte(' ')
		}
		b.WriteString(s[i:end])
		lead = true
		i = end
	}
}

// fieldEnd is where the word that opens at s[i] ends: the next space, as
// spaceAt reads them, or len(s). Eight bytes of ASCII with no space are
// passed over at once; the rest are read one at a time.
func fieldEnd(s string, i int) int {
	for i+8 <= len(s) {
		if spaces, ok := asciiSpaces(load8At(s, i)); !ok || spaces != 0 {
			break
		}
		i += 8
	}
	for i < len(s) && spaceAt(s, i) == 0 {
		i++
	}
	return i
}

// isSingleSpaced reports whether the only spaces of s are single ' '
// between words.
func isSingleSpaced(s string) bool {
	space := true // as if after a space: none may open s
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if spaces, ok := asciiSpaces(load8At(s, i)); ok {
				// Eight bytes of ASCII with no space but ' ': none of
				// them may follow another, nor the first a space before.
				if spaces&(spaces<<8) != 0 || space && spaces&0x80 != 0 {
					return false
				}
				space = spaces>>63 != 0
				i += 8
				continue
			}
		}
		switch n := spaceAt(s, i); {
		case n == 0:
			space = false
			i++
		case s[i] == ' ' && !space:
			space = true
			i++
		default:
			return false
		}
	}
	return !space || s == ""
}

// asciiSpaces has the high bit of each byte of w, eight bytes of a text,
// that is ' ', and reports whether w is all ASCII with no other space
// (no byte below 0x20: tabs, line breaks, and the controls, which are none).
func asciiSpaces(w uint64) (uint64, bool) {
	if w&highBits != 0 || belowSpace(w) != 0 {
		return 0, false
	}
	return bytesEqual(w, ' '), true
}

// spaceAt is the length of the space (as unicode.IsSpace has it) that
// opens s[i:], or 0. The bytes of a character outside ASCII that is no
// space are taken one at a time, as words are made of them all the same.
func spaceAt(s string, i int) int {
	c := s[i]
	if c < utf8.RuneSelf {
		if asciiSpace[c] {
			return 1
		}
		return 0
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if unicode.IsSpace(r) {
		return n
	}
	return 0
}

// mayHaveLetteredOrdinal reports whether ocrOrdinalRE could change s: a
// match is changed only when it holds a letter read for a figure, so one
// of I, i, l or | must stand with a figure in the run of such bytes just
// before an ordinal's "st", "nd", "rd" or "th". Such a run holds a
// figure, so only the runs around figures are read, the figures found
// eight bytes at a time: every adoption line is asked, and few bytes of
// one are figures.
func mayHaveLetteredOrdinal(s string) bool {
	for d := nextFigure(s, 0); d >= 0; {
		start, end := d, d+1
		for start > 0 && isFigureOrLookalike(s[start-1]) {
			start--
		}
		for end < len(s) && isFigureOrLookalike(s[end]) {
			end++
		}
		if end+1 < len(s) && isOrdinalSuffix(s[end], s[end+1]) && holdsLookalikeLetter(s[start:end]) {
			return true
		}
		d = nextFigure(s, end)
	}
	return false
}

// holdsLookalikeLetter reports whether a run of figures and the letters
// OCR reads for them holds one of those letters.
func holdsLookalikeLetter(run string) bool {
	for i := 0; i < len(run); i++ {
		if !isDigit(run[i]) {
			return true
		}
	}
	return false
}

func isOrdinalSuffix(a, b byte) bool {
	return a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h'
}

// isFigureOrLookalike reports whether c is a figure or a byte the
// meeting's ordinal reads as one (isOrdinalLookalike).
func isFigureOrLookalike(c byte) bool {
	return isDigit(c) || isOrdinalLookalike(c)
}

// stateListSepRE separates the names of a vote line's list: commas,
// semicolons, "and", and the full stops OCR reads for commas.
// nextStateListSep finds what it finds.
var stateListSepRE = lazyRegexp(`\s*(?:[,;]|\.\s|\band\b)\s*`)

// nextStateListSep is the next match of stateListSepRE in s at or after
// from, as FindAllStringIndex finds them one after another, or -1, -1: a
// separator with the spaces around it, those before it from from on.
func nextStateListSep(s string, from int) (start, end int) {
	for q := from; q < len(s); q++ {
		if !mayOpenStateListSep(s[q]) {
			continue
		}
		n := stateListSepAt(s, q)
		if n == 0 {
			continue
		}
		start, end = q, q+n
		for start > from && isRESpace(s[start-1]) {
			start--
		}
		for end < len(s) && isRESpace(s[end]) {
			end++
		}
		return start, end
	}
	return -1, -1
}

// mayOpenStateListSep tells the bytes a separator opens with: most
// bytes of a list are none, and are passed over without a look at what
// follows them.
func mayOpenStateListSep(c byte) bool {
	return c == ',' || c == ';' || c == '.' || c == 'a'
}

// stateListSepAt is the length of the separator at s[q:] (",", ";",
// a full stop and a space, "and" as a word), or 0.
func stateListSepAt(s string, q int) int {
	switch {
	case s[q] == ',' || s[q] == ';':
		return 1
	case s[q] == '.' && q+1 < len(s) && isRESpace(s[q+1]):
		return 2
	case strings.HasPrefix(s[q:], "and") && wordStartsAt(s, q) && wordEndsAt(s, q+3):
		return 3
	}
	return 0
}

// statesOf reads a list of states as a vote line prints it ("Cuba and
// Yemen", "France, United Kingdom of Great Britain and Northern Ireland").
// A name may itself hold "and", so pieces are joined again wherever the
// longer name is a state's.
func statesOf(list, date string, memo *stateNameMemo, warn func(Warning)) []Actor {
	return appendStatesOf(nil, list, date, memo, warn)
}

// appendStatesOf appends the actors of statesOf(list, …) to out: the
// lists of members that did not participate are read one after another
// into one, where each list was made and then copied onto the last.
func appendStatesOf(out []Actor, list, date string, memo *stateNameMemo, warn func(Warning)) []Actor {
	if anyFigure(list) {
		list = footnoteMarkRE.ReplaceAllString(list, " ")
	}
	// The names between the separators, as [start, end) in list: a run of
	// names from a to b, with the separators between them, is
	// list[names[a][0]:names[b][1]].
	var buf [16][2]int
	names := buf[:0]
	at := 0
	for from := 0; ; {
		start, end := nextStateListSep(list, from)
		if start < 0 {
			break
		}
		names = append(names, [2]int{at, start})
		at, from = end, end
	}
	names = append(names, [2]int{at, len(list)})
	grown := false
	for a := 0; a < len(names); a++ {
		name := cleanStateName(list[names[a][0]:names[a][1]])
		if name == "" {
			continue
		}
		// The longest run of names from a, up to four, that names one
		// state, and what the tables said of it.
		b := a
		st, repaired, ok := memo.stateNamed(name, date)
		for c := a + 1; c < len(names) && c <= a+3; c++ {
			run := cleanStateName(list[names[a][0]:names[c][1]])
			if runSt, runRepaired, runOK := memo.stateNamed(run, date); runOK {
				b, name, st, repaired, ok = c, run, runSt, runRepaired, true
			}
		}
		if !grown {
			// Each name, or run of names, makes one actor: room for as
			// many as the names left is one allocation, where growing
			// by append made up to five. A list of no name leaves out
			// as it was (nil stays nil).
			out = slices.Grow(out, len(names)-a)
			grown = true
		}
		if ok {
			out = append(out, Actor{State: st.Alpha3, Printed: name})
			if repaired {
				warn(Warning{Kind: WarnOCRRepair, Message: "read " + strconv.Quote(name) + " as " + st.Pref["en"] + ", the one state within a letter of it"})
			}
		} else {
			out = append(out, actorOf(name, warn))
		}
		a = b
	}
	return out
}

// stateNamed finds the state a vote line names on the day of the vote
// ("China" before 25 October 1971 is the Republic of China's seat), or,
// failing that, the one state whose name is a letter away from what OCR
// printed ("Matta").
//
// statesOf asks for every run of up to four names of a list, and the
// same names come back in vote after vote, most of them no state's
// ("Cuba and Yemen"): what the state tables answered is remembered in m,
// the memo of the scratch that reads the file, so no lock is taken (a
// memo shared by the goroutines took one for every name). A name whose
// state depends on the date (China) is remembered as such and asked of
// the tables again. A nil m asks the tables every time.
func (m *stateNameMemo) stateNamed(name, date string) (st *ontology.State, repaired, ok bool) {
	if m == nil {
		return lookupStateNamed(name, date)
	}
	found, known := m.names[name]
	if known && !found.onDate {
		return found.st, found.repaired, found.ok
	}
	if known {
		return m.stateNamedOn(name, date)
	}
	st, repaired, ok = lookupStateNamed(name, date)
	m.remember(name, namedState{st: st, repaired: repaired, ok: ok, onDate: ok && seatDependsOnDate(st)})
	return st, repaired, ok
}

// stateNamedOn is stateNamed for a name whose state depends on the day,
// remembered for the name and the day: "China" comes back in the lists of
// every vote of a day, and the tables parse the day for each.
func (m *stateNameMemo) stateNamedOn(name, date string) (st *ontology.State, repaired, ok bool) {
	key := nameOnDay{name, date}
	if found, known := m.onDay[key]; known {
		return found.st, found.repaired, found.ok
	}
	st, repaired, ok = lookupStateNamed(name, date)
	if len(name) <= stateNameMemoLen && len(date) <= stateNameMemoLen && hasRoom(&m.onDay) {
		m.onDay[nameOnDay{strings.Clone(name), strings.Clone(date)}] = namedState{st: st, repaired: repaired, ok: ok}
	}
	return st, repaired, ok
}

// nameOnDay is a name asked about on a day.
type nameOnDay struct{ name, date string }

// seatDependsOnDate tells a state that ontology.StateOnDate may answer
// for a name by the day: China's seat was the Republic of China's before
// 25 October 1971, and "the Congo" the Congo (Leopoldville)'s before 27
// October 1971. A name that finds no state, or another, finds the same
// on every day.
func seatDependsOnDate(st *ontology.State) bool {
	return ontology.ReadByDate(st.Alpha3) || st.Alpha3 == "ROC" || st.Alpha3 == "COD"
}

// namedState is what lookupStateNamed answered for a name, or, with
// onDate, that the answer depends on the day asked about.
type namedState struct {
	st                   *ontology.State
	repaired, ok, onDate bool
}

// stateNameMemo remembers up to stateNameMemoSize names, no longer than
// stateNameMemoLen bytes: enough for the names the vote lines of decades
// print, bounded against a corpus of garbled lists: when it is full, the
// names it has not seen are asked of the tables each time, as the memo
// shared by the goroutines did (forgetting all at once refilled it again
// and again on a corpus of more names). So are the names whose state
// depends on the day, with the days asked about. Each scratch has its own
// (lexScratch.stateNames), used by one goroutine at a time.
type stateNameMemo struct {
	names map[string]namedState
	onDay map[nameOnDay]namedState // the names whose state depends on the day
}

const (
	stateNameMemoSize = 4096
	stateNameMemoLen  = 128
)

// remember keeps a copy of name: it is a piece of a file's text, which
// the memo must not hold.
func (m *stateNameMemo) remember(name string, found namedState) {
	if len(name) <= stateNameMemoLen && hasRoom(&m.names) {
		m.names[strings.Clone(name)] = found
	}
}

// hasRoom reports whether memo, one of a stateNameMemo's maps, may take
// another entry, making it on first use: a full one takes no more. It is
// asked before the key is copied, so that a full memo copies nothing.
func hasRoom[K comparable](memo *map[K]namedState) bool {
	if *memo == nil {
		*memo = make(map[K]namedState)
		return true
	}
	return len(*memo) < stateNameMemoSize
}

// lookupStateNamed is stateNamed, asking the state tables.
func lookupStateNamed(name, date string) (st *ontology.State, repaired, ok bool) {
	if st, ok := ontology.StateOnDate(name, date); ok {
		return st, false, true
	}
	// The volumes list some states as an index would, short name first:
	// "Germany, Federal Republic of", "Tanzania, United Republic of".
	if short, long, inverted := strings.Cut(name, ","); inverted {
		if st, ok := ontology.StateOnDate(strings.TrimSpace(long)+" "+strings.TrimSpace(short), date); ok {
			return st, false, true
		}
	}
	st, ok = ontology.NearestState(name)
	return st, ok, ok
}

// footnoteMarkRE is a footnote number standing among the names.
var footnoteMarkRE = lazyRegexp(`(?:^|\s)\d{1,3}(?:\s|$)`)

// cleanStateName drops what the volumes print around a name: "the", stray
// quotes and full stops.
func cleanStateName(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "the ")
	// Each name of a list is cleaned up to four times: the quotes are
	// looked for by a byte of each (the first of "’"), as few names hold
	// one.
	if strings.IndexByte(s, '\'') >= 0 || strings.IndexByte(s, "’"[0]) >= 0 {
		s = strings.ReplaceAll(s, "’", "")
		s = strings.ReplaceAll(s, "' ", " ")
	}
	return trimStateNameEdges(s)
}

// trimStateNameEdges is strings.Trim(s, " .'\""), by hand: Trim made
// the set of its four bytes anew for each of the up to four cleanings of
// every name of a list.
func trimStateNameEdges(s string) string {
	for len(s) > 0 && isStateNameEdge(s[0]) {
		s = s[1:]
	}
	for len(s) > 0 && isStateNameEdge(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	return s
}

func isStateNameEdge(c byte) bool {
	return c == ' ' || c == '.' || c == '\'' || c == '"'
}

// councilSize is the number of the Council's members on an ISO day:
// eleven until the enlargement of 1 January 1966 (General Assembly
// resolution 1991 A (XVIII)), fifteen from then; 0 for no day.
func councilSize(isoDate string) int {
	switch {
	case len(isoDate) < len("2006"):
		return 0
	case isoDate < "1966":
		return 11
	}
	return 15
}

// warnCountsBeyondCouncil warns of a vote whose counts add up to more
// than the Council's members on its day ("by 73 votes to none, with 2
// abstentions" in 1981): OCR misread a figure. The counts stay as
// printed; the warning names the adoption line and, when exactly one
// figure of one count read as OCR misreads it (7 or 4 for 1, 8 for 3
// and back) makes the counts the Council's members, that reading.
func warnCountsBeyondCouncil(v *Vote, warn func(Warning)) {
	size := councilSize(v.Date)
	counts := [3]int{v.InFavourCount, v.AgainstCount, v.AbstainingCount}
	if size == 0 || counts[0]+counts[1]+counts[2] <= size {
		return
	}
	names := [3]string{"in favour", "against", "abstaining"}
	msg := fmt.Sprintf("the vote counts %d in favour, %d against and %d abstaining, more than the Council's %d members in %s: a misread figure?",
		counts[0], counts[1], counts[2], size, v.Date[:4])
	reading, readings := "", 0
	for k, n := range counts {
		printed := strconv.Itoa(n)
		for i := 0; i < len(printed); i++ {
			for _, f := range ocrFigureReadings {
				if f.printed != printed[i] || !f.inCounts {
					continue
				}
				other, _ := strconv.Atoi(printed[:i] + string(f.meant) + printed[i+1:])
				if counts[0]+counts[1]+counts[2]-n+other == size {
					readings++
					reading = fmt.Sprintf("%d %s, %c read for %c", other, names[k], printed[i], f.meant)
				}
			}
		}
	}
	if readings == 1 {
		msg += " The one reading that makes them " + strconv.Itoa(size) + " is " + reading + "; kept as printed."
	}
	warn(Warning{Span: v.Span, Kind: WarnVoteCount, Message: msg})
}

// ocrFigureReadings are the figures OCR prints for another: 7 and 4 for
// 1, 8 for 3 and 3 for 8, and in a paragraph's number 8 for 5 ("8.
// Requests" between 4 and 6, misreadFigure). The counts of a vote are
// read again with those inCounts alone, never 8 for 5
// (warnCountsBeyondCouncil).
var ocrFigureReadings = [...]struct {
	printed, meant byte
	inCounts       bool
}{{'7', '1', true}, {'4', '1', true}, {'8', '3', true}, {'3', '8', true}, {'8', '5', false}}
