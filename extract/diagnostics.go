package extract

import (
	"cmp"
	"slices"
	"strconv"
)

// Diagnostics are values, as go/scanner's ErrorList and esbuild's logger
// keep them: each names its file, the characters it is about, and its kind,
// so that a build of thousands of files can count them by kind, sort them
// and print a summary instead of a wall of lines.

// WarnKind says what sort of thing a warning reports. The names are stable:
// users filter on them.
type WarnKind string

// The kinds of warning.
const (
	WarnNumbering        WarnKind = "paragraph-numbering"     // a number printed twice or skipped
	WarnSubLabel         WarnKind = "subparagraph-label"      // a sub-paragraph label printed twice
	WarnTruncated        WarnKind = "truncated"               // a text ends mid-sentence
	WarnUnknownState     WarnKind = "unknown-state"           // a name no member state goes by
	WarnVoteCount        WarnKind = "vote-count"              // counts and lists disagree
	WarnYearUnknown      WarnKind = "citation-year-unknown"   // a resolution cited without a year nobody prints
	WarnLinkUnmatched    WarnKind = "hyperlink-unmatched"     // a PDF hyperlink with no citation before it
	WarnSkippedText      WarnKind = "skipped-text"            // part of a file that is no document sckg knows
	WarnIdentityFromName WarnKind = "identity-from-file-name" // the text names nothing; the file name does
	WarnNameContradicts  WarnKind = "file-name-contradicts"   // the file name is another document's symbol
	WarnInput            WarnKind = "input"                   // a file that could not be read
	WarnOCRRepair        WarnKind = "ocr-repair"              // a name read through a misprint
	WarnNumberYear       WarnKind = "resolution-number-year"  // a resolution number its year cannot hold
	WarnFootnoteUnmarked WarnKind = "footnote-unmarked"       // a footnote cites, and no paragraph prints its mark
)

// Warning is something a user should know about one file that did not stop
// its extraction.
type Warning struct {
	File string
	// Span is the stretch of the file it is about, in characters; zero
	// when it is about the file as a whole.
	Span    Span
	Kind    WarnKind
	Message string
}

func (w Warning) String() string {
	if w.Span != (Span{}) {
		return w.File + ":" + strconv.Itoa(w.Span.Start) + ": " + w.Message
	}
	return w.File + ": " + w.Message
}

// SortWarnings orders warnings by file, place and message and drops exact
// repeats, so that the same input always reports the same list.
func SortWarnings(ws []Warning) []Warning {
	slices.SortStableFunc(ws, func(a, b Warning) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Span.Start, b.Span.Start),
			cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Message, b.Message))
	})
	return slices.Compact(ws)
}

// KindSummary counts the warnings of one kind and keeps the first few.
type KindSummary struct {
	Kind  WarnKind
	Count int
	Files int // how many files have one
	First []Warning
}

// Summarise groups warnings by kind, the most frequent kind first, keeping
// up to examples of each.
func Summarise(ws []Warning, examples int) []KindSummary {
	byKind := map[WarnKind]*KindSummary{}
	files := map[WarnKind]map[string]bool{}
	var order []WarnKind
	for _, w := range ws {
		s, ok := byKind[w.Kind]
		if !ok {
			s = &KindSummary{Kind: w.Kind}
			byKind[w.Kind] = s
			files[w.Kind] = map[string]bool{}
			order = append(order, w.Kind)
		}
		s.Count++
		files[w.Kind][w.File] = true
		if len(s.First) < examples {
			s.First = append(s.First, w)
		}
	}
	out := make([]KindSummary, 0, len(order))
	for _, k := range order {
		s := byKind[k]
		s.Files = len(files[k])
		out = append(out, *s)
	}
	slices.SortStableFunc(out, func(a, b KindSummary) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Kind, b.Kind))
	})
	return out
}
