package extract

import (
	"regexp"
	"slices"
	"strconv"
	"testing"
)

// blocksOfLines are the blocks of lines, one a line, an adoption line's form
// read as the reader reads it.
func blocksOfLines(lines ...string) []block {
	out := make([]block, len(lines))
	for i, l := range lines {
		out[i].t.s = l
		if isAdoptionStart(l) {
			out[i].form = formAdoption
		}
	}
	return out
}

// TestMisreadPlace holds the places that leave one number for a
// paragraph whose printed number OCR misread: between two that leave one
// place, before 2 when it opens the numbers, and after the paragraph
// before it when none follows and one figure differs as OCR misreads it.
func TestMisreadPlace(t *testing.T) {
	for _, c := range []struct {
		number string
		last   int
		rest   []block
		want   string
	}{
		{"8", 4, blocksOfLines("6. Requests the Secretary-General"), "between 4 and 6"},
		{"4", 0, blocksOfLines("more of it", "2. Decides to remain seized"), "before 2"},
		{"7", 0, blocksOfLines("2. Decides to remain seized"), "before 2"},
		{"8", 4, blocksOfLines("Adopted unanimously at the 2075th meeting."), "after 4, the last,"},
		{"8", 2, nil, "after 2, the last,"},
		{"3", 7, blocksOfLines("Adopted at the 3262nd meeting"), "after 7, the last,"},
		{"18", 12, nil, "after 12, the last,"},
		{"17", 10, nil, "after 10, the last,"},
		{"14", 10, nil, "after 10, the last,"},
		// Another number follows that is not last+2: no one place.
		{"8", 4, blocksOfLines("7. Requests"), ""},
		{"4", 0, blocksOfLines("3. Decides"), ""},
		// The last, but its figures are not a misreading of the next.
		{"9", 4, nil, ""},
		{"6", 2, nil, ""},
		{"88", 2, nil, ""},
		{"28", 12, nil, ""}, // two figures differ
		{"4", 0, nil, ""},   // no paragraph before it, none after
		// A numbered paragraph after the adoption line is not the text's.
		{"8", 4, blocksOfLines("Adopted at the 2075th meeting.", "6. Requests"), "after 4, the last,"},
	} {
		if got := misreadPlace(c.rest, c.last, c.number); got != c.want {
			t.Errorf("misreadPlace(%q after %d) = %q, want %q", c.number, c.last, got, c.want)
		}
	}
}

// operativeLineRE is an operative paragraph's number and verb at the start
// of a line of a development file.
var operativeLineRE = regexp.MustCompile(`(?m)^(\d{1,2})\. ([A-Z][a-z-]+s|Decides|Requests)\b`)

// quotedNumbersRE is a numbered paragraph of a text a resolution quotes:
// its numbers are not the Council's, and stand in the way of a place.
var quotedNumbersRE = regexp.MustCompile(`(?m)^["“]\d`)

// TestMisreadFirstAndLastNumbersDev prints, in each development file with
// numbered operative paragraphs, paragraph 1 as "4." and the last
// paragraph with a figure OCR misreads (3 as 8, 5 as 8, 8 as 3, 1 as 7),
// and wants the paragraphs of the clean text: read as printed, the first
// was taken for a preambular paragraph and the last for lines of the one
// before it.
func TestMisreadFirstAndLastNumbersDev(t *testing.T) {
	misread := map[byte]byte{'3': '8', '5': '8', '8': '3', '1': '7'}
	firsts, lasts := 0, 0
	results := devResults(t)
	eachDevText(t, func(name, text string) {
		r, src := results[name], []byte(text)
		if r.Source == nil || len(r.Source.Documents) != 1 {
			return
		}
		want := r.Source.Documents[0]
		ops := paragraphIDs(want, Operative)
		marks := operativeLineRE.FindAllSubmatchIndex(src, -1)
		if len(marks) < 2 || quotedNumbersRE.Match(src) || !slices.Contains(ops, "op_1") || !slices.Contains(ops, "op_2") {
			return
		}
		check := func(what string, garbled string) {
			t.Helper()
			s, _, err := defaultExtractor.File(name, garbled)
			if err != nil || len(s.Documents) != 1 {
				t.Errorf("%s, %s: not read (%v)", name, what, err)
				return
			}
			got := s.Documents[0]
			for _, k := range []ParagraphKind{Preambular, Operative} {
				if g, w := paragraphIDs(got, k), paragraphIDs(want, k); !slices.Equal(g, w) {
					t.Errorf("%s, %s: paragraphs %v, want %v", name, what, g, w)
				}
			}
		}
		if first := marks[0]; string(src[first[2]:first[3]]) == "1" && opensDecisionVerb(string(src[first[4]:first[5]])) {
			firsts++
			check("1 printed as 4", string(src[:first[2]])+"4"+string(src[first[3]:]))
		}
		last := marks[len(marks)-1]
		number := string(src[last[2]:last[3]])
		n, _ := strconv.Atoi(number)
		if to, ok := misread[number[len(number)-1]]; ok && slices.Contains(ops, "op_"+number) && slices.Contains(ops, "op_"+strconv.Itoa(n-1)) && !slices.Contains(ops, "op_"+strconv.Itoa(n+1)) && opensDecisionVerb(string(src[last[4]:last[5]])) {
			lasts++
			check("last printed with "+string(to)+" for "+number[len(number)-1:], string(src[:last[3]-1])+string(to)+string(src[last[3]:]))
		}
	})
	t.Logf("%d files with paragraph 1 garbled, %d with the last", firsts, lasts)
	if firsts < 150 || lasts < 30 {
		t.Errorf("%d files with paragraph 1 garbled, %d with the last: want over 150 and 30", firsts, lasts)
	}
}
