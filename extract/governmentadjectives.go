package extract

import (
	"strings"
)

// A text that speaks of several states' governments joins their
// adjectives before one plural noun: "the Albanian and Bulgarian
// Governments", "the Greek, Yugoslav, Albanian and Bulgarian
// Governments" (an OCR'd text may print a comma as a full stop). The
// matcher reads the last adjective with the noun ("Bulgarian
// Governments"); the ones before it name their states too, each its own
// mention, as a list of names does.

// joinedGovernmentMentions finds, before each plural government name d's
// mentions hold ("Bulgarian Governments", "Syrian authorities"), the
// state adjectives joined to it by commas and "and" (adjectives, the
// name index's), and gives each the state it names. The list must end in
// "and" right before the matched name; it stops at the first word that
// is not a state's adjective ("the Israel and Syrian authorities": Israel
// is read as a name). The mentions are made in room, in the text's order.
func joinedGovernmentMentions(d *Document, adjectives map[string]string, room *mentionRoom) []*Mention {
	var out []*Mention
	var made *slab[Mention]
	if room != nil {
		made = &room.made
	}
	for _, m := range d.Mentions {
		// Most mentions end in no "s": their text is not looked at. A
		// state's name that is its own adjective ends a list before the
		// noun ("the Soviet and United States Governments").
		if m.end == 0 || m.Paragraph.Text[m.end-1] != 's' || !strings.HasPrefix(m.Actor, "state/") ||
			!isPluralGovernment(m.Text()) && !pluralGovernmentAfter(m.Paragraph.Text, int(m.end)) {
			continue
		}
		p, at := m.Paragraph, int(m.start)
		var found []*Mention
		for first := true; ; first = false {
			start, end, code := joinedAdjective(p.Text[:at], adjectives, first)
			if code == "" {
				break
			}
			mention := made.next()
			*mention = mentionOf("state/"+code, p, start, end)
			found = append(found, mention)
			at = start
		}
		for i := len(found) - 1; i >= 0; i-- {
			out = append(out, found[i])
		}
	}
	return out
}

// pluralGovernmentAfter reports whether a plural government noun follows
// byte at of s after spaces or a line break alone: "United States" /
// "Governments".
func pluralGovernmentAfter(s string, at int) bool {
	start, end := nextWord(s, at)
	return start > at && strings.Trim(s[at:start], " \n") == "" && isPluralGovernment(s[start:end])
}

// isPluralGovernment reports whether a mention's text ends in a plural
// government noun: the form a list of adjectives goes before.
func isPluralGovernment(text string) bool {
	return strings.HasSuffix(text, "Governments") || strings.HasSuffix(text, "authorities")
}

// joinedAdjective reads, backwards from the end of s, a separator of a
// list ("and", ", and", ",", and the full stop OCR prints for a comma;
// only one with "and" when last, the list's final one) and the state
// adjective before it, of one word or two ("South African"): where the
// adjective starts and ends in s, and its state's code, or "".
func joinedAdjective(s string, adjectives map[string]string, last bool) (start, end int, code string) {
	rest := strings.TrimRight(s, " \n")
	and := false
	if r, ok := strings.CutSuffix(rest, "and"); ok && (r == "" || r[len(r)-1] == ' ' || r[len(r)-1] == '\n') {
		rest, and = strings.TrimRight(r, " \n"), true
	}
	if r, ok := strings.CutSuffix(rest, ","); ok {
		rest = strings.TrimRight(r, " \n")
	} else if r, ok := strings.CutSuffix(rest, "."); ok && !and && !last {
		rest = strings.TrimRight(r, " \n")
	} else if !and {
		return 0, 0, ""
	}
	if last && !and {
		return 0, 0, ""
	}
	if len(rest) == len(s) {
		return 0, 0, ""
	}
	end = len(rest)
	from := strings.LastIndexAny(rest, " \n") + 1
	word := rest[from:]
	// The adjective of two words first: "South African", "Saudi Arabian".
	if before := strings.TrimRight(rest[:from], " \n"); before != "" {
		from2 := strings.LastIndexAny(before, " \n") + 1
		if c, ok := adjectives[before[from2:]+" "+word]; ok {
			return from2, end, c
		}
	}
	if c, ok := adjectives[word]; ok {
		return from, end, c
	}
	return 0, 0, ""
}
