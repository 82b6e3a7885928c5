package extract

import (
	"strings"
	"time"
)

// A renewal that states its period and no date ("(b) To renew the mandate
// of the United Nations Disengagement Observer Force for another period
// of six months;") runs from the end of the mandate it renews, which
// another text prints: "until 5 November 1993" in the resolution before.
// Once every file of a build is read, such a renewal takes the end that
// the last earlier printed end of the same mission and its period make
// (SettleMandateEnds), kept apart from a printed one (UntilFrom says
// where the end it ran from is printed). Only a printed end is run from,
// never one derived so: a chain of derivations would carry a renewal the
// corpus lacks into every later end.

// MandateEnd is an end of a mission's mandate that a text prints: the
// date, and the document and paragraph that print it, with the date the
// document was adopted.
type MandateEnd struct {
	Until, Adopted, Symbol, Paragraph string
}

// MandateEnds maps each mission to the ends of its mandate that the
// extensions of sources print, with the document's adoption date (its
// date where it prints none). The strings are copies: a build reuses a
// source's memory once it is done with it.
func MandateEnds(sources []*Source, ends map[string][]MandateEnd) map[string][]MandateEnd {
	if ends == nil {
		ends = map[string][]MandateEnd{}
	}
	for _, s := range sources {
		for _, d := range s.Documents {
			adopted := documentDay(d)
			if adopted == "" || d.Symbol == "" {
				continue
			}
			for _, f := range d.Mandate {
				if f.Kind != "extension" || f.Until == "" || f.UntilFrom != "" || len(f.Actors) != 1 {
					continue
				}
				key := f.Actors[0]
				ends[key] = append(ends[key], MandateEnd{Until: strings.Clone(f.Until), Adopted: strings.Clone(adopted),
					Symbol: strings.Clone(d.Symbol), Paragraph: strings.Clone(f.Paragraph.ID)})
			}
		}
	}
	return ends
}

// documentDay is the day a document was adopted, or its date.
func documentDay(d *Document) string {
	if d.AdoptionDate != "" {
		return d.AdoptionDate
	}
	return d.Date
}

// EndsOpen reports whether s holds a renewal of one mission that states
// its period and no end date: SettleMandateEnds with the ends of every
// file of the build may give it one.
func (s *Source) EndsOpen() bool {
	for _, d := range s.Documents {
		for _, f := range d.Mandate {
			if periodAlone(f) {
				return true
			}
		}
	}
	return false
}

// periodAlone reports whether f is a renewal of one mission for a period,
// with no end date.
func periodAlone(f *MandateFact) bool {
	return f.Kind == "extension" && f.Until == "" && f.Period != "" && len(f.Actors) == 1
}

// SettleMandateEnds gives each renewal of s that states its period and no
// end date the end that ends makes: the printed end of the same mission
// in the document adopted last before this one, plus the period. It is
// given only where that end has not passed when this document is adopted
// and falls within one period of it: a renewal adopted after the end it
// would run from, or long before, renews a mandate whose end the corpus
// does not print.
func SettleMandateEnds(s *Source, ends map[string][]MandateEnd) {
	for _, d := range s.Documents {
		adopted := documentDay(d)
		if adopted == "" {
			continue
		}
		for _, f := range d.Mandate {
			if !periodAlone(f) {
				continue
			}
			var last *MandateEnd
			for i, e := range ends[f.Actors[0]] {
				if e.Adopted < adopted && (last == nil || e.Adopted > last.Adopted) {
					last = &ends[f.Actors[0]][i]
				}
			}
			if last == nil || last.Until < adopted || last.Until > addPeriod(adopted, f.Period) {
				continue
			}
			if until := addPeriod(last.Until, f.Period); until != "" {
				f.Until, f.UntilFrom, f.UntilFromParagraph = until, last.Symbol, last.Paragraph
			}
		}
	}
}

// addPeriod is the ISO day period (an xsd:duration of years, months and
// days, "P6M", "P6M12D") after day, or "". A month's last day ends the
// target month, as the Council counts: 31 May and six months is 30
// November, 30 November and six months is 31 May.
func addPeriod(day, period string) string {
	t, err := time.Parse(time.DateOnly, day)
	if err != nil || !strings.HasPrefix(period, "P") {
		return ""
	}
	var years, months, days int
	n := 0
	for i := 1; i < len(period); i++ {
		c := period[i]
		switch {
		case isDigit(c):
			n = n*10 + int(c-'0')
			continue
		case c == 'Y':
			years += n
		case c == 'M':
			months += n
		case c == 'W':
			days += 7 * n
		case c == 'D':
			days += n
		default:
			return ""
		}
		n = 0
	}
	y, m, dd := t.Date()
	first := time.Date(y+years, m+time.Month(months), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	if t.AddDate(0, 0, 1).Day() == 1 {
		dd = last
	}
	return time.Date(first.Year(), first.Month(), min(dd, last), 0, 0, 0, 0, time.UTC).AddDate(0, 0, days).Format(time.DateOnly)
}
