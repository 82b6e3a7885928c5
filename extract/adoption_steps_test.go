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
