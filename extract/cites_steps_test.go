package extract

// The citation finder on a text alone, as the tests call it; buildDocument
// reads each paragraph with its keys (citationScanner.findIn).

// findCitations finds the citations in one paragraph's text. Citations of
// paragraphs of the same document have an empty Target, and citations of
// a resolution by number alone carry the number for resolveCitations.
func findCitations(s string) []*Citation {
	var cs citationScanner
	return cs.find(s)
}

// The list find returns holds until the next call: it is the buffer of the
// next paragraph's (the citations in it are the caller's to keep).
func (cs *citationScanner) find(s string) []*Citation {
	var room [32]int // the anchors of most paragraphs
	return cs.findMarked(s, readMarks(s, paragraphMarks{anchors: room[:0]}, markAnchors))
}
