package extract

import (
	"regexp"
	"sort"
	"strings"
)

// How a Council text uses what it cites is said by the words before the
// citation: "Recalling …", "pursuant to …", "Welcoming …". The nearest such
// words in the same clause decide, as CiTO properties.

type citationCue struct {
	re       *regexp.Regexp
	function string // local name of a CiTO property
	near     bool   // counts only right before the citation (a preposition)
}

// citationCues are matched on the clause before a citation, lower-cased.
var citationCues = []citationCue{
	{regexp.MustCompile(`\brecall(?:s|ing|ed)?\b`), "obtainsBackgroundFrom", false},
	{regexp.MustCompile(`\b(?:reaffirm|reiterat)(?:s|es|ing|ed|e)?\b`), "confirms", false},
	{regexp.MustCompile(`\bwelcom(?:es|ing|ed|e)\b`), "supports", false},
	{regexp.MustCompile(`\b(?:tak(?:es|ing) (?:positive )?note|not(?:es|ing))\b`), "citesForInformation", false},
	{regexp.MustCompile(`\b(?:extend(?:s|ing)?|renew(?:s|ing)?)\b`), "extends", false},
	{regexp.MustCompile(`\bamend(?:s|ing|ed)?\b`), "updates", false},
	{regexp.MustCompile(`\b(?:pursuant to|in accordance with|consistent with|in line with|in conformity with|in compliance with|as per|under|established by|set (?:out )?(?:by|in)|imposed by|mandated by|authori[sz]ed (?:by|in)|as requested (?:by|in)|requested in|as outlined in|acting under)\b`), "citesAsAuthority", true},
	{regexp.MustCompile(`\b(?:referr?ed to in|referenced in|mentioned in|described in|contained in)\b`), "citesAsRelated", true},
	{regexp.MustCompile(`\bbased (?:both |solely |only )?(?:on|upon)\b`), "citesAsAuthority", true},
	// Other operative verbs open a clause of their own: a citation after
	// "further requests …" is not governed by a "Recalls" before it.
	{regexp.MustCompile(`\b(?:requests?|requesting|decides?|deciding|expresse?s?|expressing|urges?|urging|calls?|calling|encourages?|encouraging|stresses|stressing|underlines?|underlining|emphasi[sz]es|emphasi[sz]ing|demands?|demanding|condemns?|condemning|authori[sz]es|authori[sz]ing|invites?|inviting)\b`), "cites", false},
}

// nearWindow is how far before a citation a preposition may stand and
// still govern it, in bytes: "measures pursuant to resolution …".
const nearWindow = 40

// clauseWindow is how far back from a citation its governing words may
// stand, in bytes.
const clauseWindow = 400

// citationFunction says how the text s uses the citation that starts at
// byte at, or "cites" when nothing says. It reads s afresh for one
// citation; a paragraph with many citations uses a cueIndex instead.
func citationFunction(s string, at int) string {
	ws := clauseStart(s, at)
	lower := strings.ToLower(s[ws:at])
	best, bestAt := "cites", -1
	for _, cue := range citationCues {
		for _, m := range cue.re.FindAllStringIndex(lower, -1) {
			if cue.near && len(lower)-m[1] > nearWindow {
				continue
			}
			if m[0] > bestAt {
				best, bestAt = cue.function, m[0]
			}
		}
	}
	return best
}

// clauseStart is where the words that may govern a citation at byte at
// begin: after the last ";" or ":" before it, and no more than
// clauseWindow bytes back. Only those bytes are searched for the
// separator, so that a paragraph of many citations is not read back to its
// start for each of them (issue 16: a 21 MB citation list took hours).
func clauseStart(s string, at int) int {
	ws := max(0, at-clauseWindow)
	if k := strings.LastIndexAny(s[ws:at], ";:"); k >= 0 {
		ws += k + 1
	}
	return ws
}

// cueIndex holds the cue words of one paragraph, found in one pass over
// it, so that typing each of its citations costs only a look at the cues
// in that citation's clause, not another regular-expression search of the
// clause: a paragraph of a hundred thousand citations is read ten times
// (once per cue), not a hundred thousand.
type cueIndex struct {
	s       string
	matches [][][]int // per cue, its matches in s in order
}

func newCueIndex(s string) *cueIndex {
	lower := strings.ToLower(s)
	if len(lower) != len(s) {
		// A few letters change length when lower-cased (İ, ẞ …); the cues
		// are ASCII, so lowering ASCII alone finds them at the same bytes.
		lower = asciiLower(s)
	}
	ix := &cueIndex{s: s, matches: make([][][]int, len(citationCues))}
	for i, cue := range citationCues {
		ix.matches[i] = cue.re.FindAllStringIndex(lower, -1)
	}
	return ix
}

// function types the citation at byte at as citationFunction does: the
// last cue that starts and ends in its clause wins, prepositions only when
// they stand within nearWindow bytes of it.
func (ix *cueIndex) function(at int) string {
	ws := clauseStart(ix.s, at)
	best, bestAt := "cites", -1
	for i, cue := range citationCues {
		ms := ix.matches[i]
		// The first match ending after the clause ends; the ones before it
		// that start in the clause are the candidates, latest first.
		// Matches do not overlap, so they end in order too: the last one
		// ending in the clause is this cue's latest, and the only one that
		// can win.
		j := sort.Search(len(ms), func(j int) bool { return ms[j][1] > at }) - 1
		if j < 0 || ms[j][0] < ws || cue.near && at-ms[j][1] > nearWindow {
			continue
		}
		if ms[j][0] > bestAt {
			best, bestAt = cue.function, ms[j][0]
		}
	}
	return best
}

// function types a citation of the paragraph being scanned, building the
// paragraph's cue index on its first citation.
func (f *finder) function(at int) string {
	if f.cues == nil {
		f.cues = newCueIndex(f.s)
	}
	return f.cues.function(at)
}

func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
