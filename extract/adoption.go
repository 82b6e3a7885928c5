package extract

import (
	"regexp"
	"strconv"
	"strings"

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
	adoptMeetingRE   = regexp.MustCompile(`(?:^|[^\w])(\d{1,5})\s*(?:st|nd|rd|th|d)?\s*_?\s*(?:\([a-z ,]+\)\s*)?meet-?\s*ing`)
	adoptUnanimousRE = regexp.MustCompile(`(?i)\bunanimously\b`)
	adoptNoVoteRE    = regexp.MustCompile(`(?i)\b(?:adopted\s+)?without\s+(?:a\s+)?v[oa]te\b`)
	adoptConsensusRE = regexp.MustCompile(`(?i)\bby\s+consensus\b`)
	// "by 12 votes to 2 (Cuba and Yemen)", "by 9 votes (…)", "by 10 votes to
	// none": the count in favour, then against with the states named.
	// "by 14 votes in favour to none against" says the same.
	adoptVotesRE = regexp.MustCompile(`(?i)\bby\s+(\w+)\s+votes?\b(?:\s+in\s+favou?r)?(?:\s+to\s+(\w+)(?:\s+against)?)?(?:\s*\(([^()]*)\))?`)
	// "by a vote of 13 in favour, none against and 2 abstentions (China
	// and Russian Federation)": the form of the Council's press releases,
	// which collections of the texts copy.
	adoptVoteOfRE = regexp.MustCompile(`(?i)\bby\s+a\s+vote\s+of\s+(\w+)\s+(?:votes\s+)?in\s+favou?r(?:\s*\(([^()]*)\))?(?:,?\s*(?:and\s+)?(\w+)\s+against(?:\s*\(([^()]*)\))?)?(?:,?\s*(?:and|with)\s+(\w+)\s+abstentions?(?:\s*\(([^()]*)\))?)?`)
	// "with 1 abstention (China)", "with 3 abstentions (…)", "with I
	// abstention": OCR reads 1 as I.
	adoptAbstentionRE = regexp.MustCompile(`(?i)\bwith\s+(\w+)\s+abstentions?\b(?:\s*\(([^()]*)\))?`)
	// "One member (China) did not participate in the voting."
	notParticipatingRE = regexp.MustCompile(`(?i)\b(\w+)\s+members?\s*\(([^()]*)\)\s*(?:did|does)\s+not\s+participate`)
)

// ocrOrdinalRE is a meeting's ordinal with letters for figures in it.
var ocrOrdinalRE = regexp.MustCompile(`\b[0-9Iil|]*[0-9][0-9Iil|]*(?:st|nd|rd|th)\b`)

// maxMeeting bounds a meeting number: the Council held its 10,000th
// meeting in the 2020s, and a larger figure is OCR's ("299155" for
// "2991st").
const maxMeeting = 12000

var voteCountWords = map[string]int{"none": 0, "no": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4,
	"five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "i": 1, "l": 1}

// countOf reads a vote count as printed ("12", "none", "one", "I").
func countOf(s string) (int, bool) {
	if n, err := strconv.Atoi(s); err == nil {
		return n, true
	}
	n, ok := voteCountWords[strings.ToLower(s)]
	return n, ok
}

// adoption is what an adoption line and its footnotes say.
type adoption struct {
	meeting string
	date    string
	vote    *Vote
}

// readAdoption reads an adoption line (its lines joined) and the footnotes
// printed under it.
func readAdoption(line, footnotes, date string, warn func(Warning)) adoption {
	s := strings.Join(strings.Fields(strings.ReplaceAll(line, "_", " ")), " ")
	s = ocrOrdinalRE.ReplaceAllStringFunc(s, func(n string) string {
		// "I851st", "i520th": OCR reads the figure 1 as a letter.
		return strings.NewReplacer("I", "1", "i", "1", "l", "1", "|", "1").Replace(n)
	})
	var a adoption
	if m := adoptMeetingRE.FindStringSubmatch(s); m != nil {
		if n, _ := strconv.Atoi(m[1]); n > 0 && n <= maxMeeting {
			a.meeting = strings.TrimLeft(m[1], "0")
		}
	}
	if i := strings.Index(s, " on "); i >= 0 {
		a.date = printedDate(s[i:])
	}
	v := &Vote{}
	said := false
	switch {
	case adoptUnanimousRE.MatchString(s):
		v.Unanimous, said = true, true
	case adoptNoVoteRE.MatchString(s):
		v.WithoutVote, said = true, true
	case adoptConsensusRE.MatchString(s):
		v.WithoutVote, v.Consensus, said = true, true, true
	}
	if m := adoptVotesRE.FindStringSubmatch(s); m != nil {
		if n, ok := countOf(m[1]); ok {
			v.InFavourCount, v.Counted, said = n, true, true
			if m[2] != "" {
				v.AgainstCount, _ = countOf(m[2])
			}
			if m[2] != "" && m[3] != "" {
				v.Against = statesOf(m[3], date, warn)
			} else if m[3] != "" {
				// "by 9 votes (Australia, present and not voting; Union
				// of Soviet Socialist Republics, absent)".
				for _, clause := range strings.Split(m[3], ";") {
					name, how, _ := strings.Cut(clause, ",")
					if strings.Contains(how, "not voting") || strings.Contains(how, "absent") {
						v.NotParticipating = append(v.NotParticipating, statesOf(name, date, warn)...)
					}
				}
			}
		}
	}
	if m := adoptVoteOfRE.FindStringSubmatch(s); m != nil {
		if n, ok := countOf(m[1]); ok {
			v.InFavourCount, v.Counted, said = n, true, true
			v.AgainstCount, _ = countOf(m[3])
			if m[4] != "" {
				v.Against = statesOf(m[4], date, warn)
			}
			v.AbstainingCount, _ = countOf(m[5])
			if m[6] != "" {
				v.Abstaining = statesOf(m[6], date, warn)
			}
		}
	}
	if m := adoptAbstentionRE.FindStringSubmatch(s); m != nil {
		if n, ok := countOf(m[1]); ok {
			v.AbstainingCount, v.Counted = n, true
		}
		if m[2] != "" {
			v.Abstaining = statesOf(m[2], date, warn)
		}
	}
	notes := s + " " + strings.Join(strings.Fields(footnotes), " ")
	if !said && adoptNoVoteRE.MatchString(notes) {
		// "Adopted at the 343rd meeting.40" / "40 Adopted without vote."
		v.WithoutVote, said = true, true
	}
	for _, m := range notParticipatingRE.FindAllStringSubmatch(notes, -1) {
		v.NotParticipating = append(v.NotParticipating, statesOf(m[2], date, warn)...)
	}
	if said || len(v.NotParticipating) > 0 {
		v.Listed = len(v.Against)+len(v.Abstaining)+len(v.NotParticipating) > 0
		a.vote = v
	}
	return a
}

// stateListSepRE separates the names of a vote line's list: commas,
// semicolons, "and", and the full stops OCR reads for commas.
var stateListSepRE = regexp.MustCompile(`\s*(?:[,;]|\.\s|\band\b)\s*`)

// statesOf reads a list of states as a vote line prints it ("Cuba and
// Yemen", "France, United Kingdom of Great Britain and Northern Ireland").
// A name may itself hold "and", so pieces are joined again wherever the
// longer name is a state's.
func statesOf(list, date string, warn func(Warning)) []Actor {
	list = footnoteMarkRE.ReplaceAllString(list, " ")
	cuts := stateListSepRE.FindAllStringIndex(list, -1)
	var pieces []string // names and the separators between them, alternating
	at := 0
	for _, c := range cuts {
		pieces = append(pieces, list[at:c[0]], list[c[0]:c[1]])
		at = c[1]
	}
	pieces = append(pieces, list[at:])
	var out []Actor
	for i := 0; i < len(pieces); i += 2 {
		if cleanStateName(pieces[i]) == "" {
			continue
		}
		// The longest run of pieces from i that names one state.
		end := i
		for j := i + 2; j < len(pieces) && j <= i+6; j += 2 {
			if _, _, ok := stateNamed(cleanStateName(strings.Join(pieces[i:j+1], "")), date); ok {
				end = j
			}
		}
		name := cleanStateName(strings.Join(pieces[i:end+1], ""))
		if st, repaired, ok := stateNamed(name, date); ok {
			out = append(out, Actor{State: st.Alpha3, Printed: name})
			if repaired {
				warn(Warning{Kind: WarnOCRRepair, Message: "read " + strconv.Quote(name) + " as " + st.Pref["en"] + ", the one state within a letter of it"})
			}
		} else {
			out = append(out, actorOf(name, warn))
		}
		i = end
	}
	return out
}

// stateNamed finds the state a vote line names on the day of the vote
// ("China" before 25 October 1971 is the Republic of China's seat), or,
// failing that, the one state whose name is a letter away from what OCR
// printed ("Matta").
func stateNamed(name, date string) (st *ontology.State, repaired, ok bool) {
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
var footnoteMarkRE = regexp.MustCompile(`(?:^|\s)\d{1,3}(?:\s|$)`)

// cleanStateName drops what the volumes print around a name: "the", stray
// quotes and full stops.
func cleanStateName(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "the ")
	s = strings.ReplaceAll(s, "’", "")
	s = strings.ReplaceAll(s, "' ", " ")
	return strings.Trim(s, " .'\"")
}
