package lineage

// Op is what a Segment of a word-level difference does.
type Op string

// The ops of a Segment.
const (
	Keep   Op = "keep" // in both texts (shown as the later text prints it)
	Delete Op = "del"  // in the earlier text only
	Insert Op = "ins"  // in the later text only
)

// Segment is a run of text in a word-level difference.
type Segment struct {
	Op   Op     `json:"op"`
	Text string `json:"text"`
}

// Segments is the word-level difference of two versions of a paragraph,
// as the later text reads with the earlier text's removed words put back
// where they stood: runs kept, deleted and inserted, in order. It compares
// words as Align does, so that what it marks deleted and inserted are the
// runs Align records as sckg:TextChange (its removedText and addedText),
// and conversion noise (case, punctuation, split words) is kept, not
// changed. The stored changes say what changed but not where; a reader
// needs to see the change in its sentence, so the edit script is worked
// out again from the two texts.
//
// The kept and inserted runs, joined, are the later text exactly; deleted
// runs hold the removed words as the earlier text printed them, without
// the spaces around them, which a reader's display adds.
func Segments(old, new string) []Segment {
	lex := NewLexicon()
	a, b := segmentPara(lex, old), segmentPara(lex, new)
	total := len(a.ids) + len(b.ids)
	ops, ok := diff(a.ids, b.ids, int(float64(total)*(1-MinScore)))
	if !ok {
		// Too different to be versions of one provision: all of one
		// replaced by all of the other.
		out := []Segment{}
		if old != "" {
			out = append(out, Segment{Delete, old})
		}
		if new != "" {
			out = append(out, Segment{Insert, new})
		}
		return out
	}
	s := &segmenter{}
	c := 0 // bytes of new written
	eachRun(ops, func(kept bool, i0, i, j0, j int) {
		switch {
		case kept || sameWords(lex, a, b, i0, i, j0, j):
			// Words split or joined by the conversion are the same words.
			end := b.toks[j-1].end
			s.add(Keep, new[c:end])
			c = end
		case j > j0:
			// A replacement or an insertion: the space before it is kept.
			s.add(Keep, new[c:b.toks[j0].start])
			c = b.toks[j0].start
			s.add(Delete, printed(a, i0, i))
			s.add(Insert, new[c:b.toks[j-1].end])
			c = b.toks[j-1].end
		default:
			// Words removed only: put back where they stood, between the
			// words kept around them.
			s.add(Delete, printed(a, i0, i))
		}
	})
	s.add(Keep, new[c:])
	return s.out
}

// segmentPara is text read for Segments.
func segmentPara(lex *Lexicon, text string) *para {
	x := &para{text: text, toks: tokens(text)}
	x.ids = lex.number(make([]uint32, 0, len(x.toks)), keys(x.toks))
	x.spans = spansOf(x.toks)
	return x
}

// segmenter gathers segments, joining runs of one op and leaving out
// empty ones.
type segmenter struct{ out []Segment }

func (s *segmenter) add(op Op, text string) {
	if text == "" {
		return
	}
	if n := len(s.out); n > 0 && s.out[n-1].Op == op {
		s.out[n-1].Text += text
		return
	}
	s.out = append(s.out, Segment{op, text})
}
