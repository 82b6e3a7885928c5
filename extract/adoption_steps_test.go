package extract

// The adoption line's readers on a text alone, as the tests call them;
// readAdoption asks isASCII once of a line for all of them.

func saysUnanimously(s string) bool { return saysUnanimouslyIn(s, isASCII(s)) }

func abstentionsIn(s string) (count, states string, ok bool) {
	return abstentionsInText(s, isASCII(s))
}

func votesIn(s string) (inFavour, against, named string, ok bool) {
	return votesInText(s, isASCII(s))
}

// adoption is what an adoption line and its footnotes say.
type adoption struct {
	meeting string
	date    string
	vote    *Vote
}

// readAdoption is readAdoptionUnder footnotes already joined, their
// words found by the word searches.
func readAdoption(line, footnotes, date string, memo *stateNameMemo, warn func(Warning)) adoption {
	return readAdoptionUnder(line, footnotesOf(footnotes), date, memo, warn)
}

// footnotesOf is the footnotes text, with the footnoteWords that the word
// searches find in it.
func footnotesOf(text string) footnotes {
	notes := footnotes{text: text}
	if wordWithout.in(text) {
		notes.words |= footnoteWithout
	}
	if wordParticipate.in(text) {
		notes.words |= footnoteParticipate
	}
	if wordObjection.in(text) {
		notes.words |= footnoteObjection
	}
	if indexFoldASCII(text, "absent") >= 0 {
		notes.words |= footnoteAbsent
	}
	return notes
}

// readAdoptionUnder is readAdoptionInto with a Vote of its own for a line
// that reports one, as readAdoptionLines makes one for the vote a
// document keeps.
func readAdoptionUnder(line string, notes footnotes, date string, memo *stateNameMemo, warn func(Warning)) adoption {
	var a adoption
	var v Vote
	var voted bool
	if a.meeting, a.date, voted = readAdoptionInto(&v, line, notes, date, memo, warn); voted {
		a.vote = new(Vote)
		*a.vote = v
	}
	return a
}
