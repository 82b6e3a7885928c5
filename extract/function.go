package extract

import (
	"regexp"
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

// citationFunction says how the text s uses the citation that starts at
// byte at, or "cites" when nothing says.
func citationFunction(s string, at int) string {
	clause := s[:at]
	if k := strings.LastIndexAny(clause, ";:"); k >= 0 {
		clause = clause[k+1:]
	}
	if len(clause) > 400 {
		clause = clause[len(clause)-400:] // the governing words stand close
	}
	lower := strings.ToLower(clause)
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
