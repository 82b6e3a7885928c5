package extract

import (
	"regexp"
	"slices"
	"testing"
)

// TestOCRNextNumber holds the forms OCR gives an operative number that no
// decision verb follows: read when it is the next number and a capital
// opens its text, the first only over a paragraph numbered 2.
func TestOCRNextNumber(t *testing.T) {
	for _, c := range []struct {
		line string
		last int
		rest []block
		want string // "" when no number is read
	}{
		{"2 . The representatives of Albania and Bulgaria are invited", 1, nil, "2"},
		{"2, To consider as soon as possible the report", 1, nil, "2"},
		{"3.To set up a commission consisting of", 2, nil, "3"},
		{"ll. Undertakes to consider appropriate measures", 10, nil, "11"},
		{"l. The Committee of Good Offices, which has now", 0, blocksOfLines("more of it", "2. The United Nations Commission"), "1"},
		{"I. To work out the practical measures", 0, blocksOfLines("2. To consider"), "1"},
		{"5, Holds that this interference", 4, nil, "5"},
		// Not the next number.
		{"3 . The representatives of Albania", 1, nil, ""},
		{"l. The Committee of Good Offices", 3, nil, ""},
		// The first, but no paragraph 2 follows: a part's "I." over
		// paragraphs numbered from 1 stays a heading.
		{"I. The situation in the territory", 0, blocksOfLines("1. Decides"), ""},
		{"I. The situation in the territory", 0, nil, ""},
		// No capital after the mark: figures of a sentence.
		{"5, 6 and 7 of resolution 687 (1991)", 4, nil, ""},
		{"2, and to report to the Council", 1, nil, ""},
		// No mark at all, or a word.
		{"In the light of the report", 0, blocksOfLines("2. Decides"), ""},
		{"2 To consider", 1, nil, ""},
		{"", 0, nil, ""},
		{"I", 0, nil, ""},
		// A part's heading: a roman mark of more than one "I", a text
		// all in capitals.
		{"II. MEASURES AGAINST APARTHEID", 10, blocksOfLines("1. Decides to remain seized"), ""},
		{"II. The situation in the territory", 10, nil, ""},
		{"ll. MEASURES AGAINST APARTHEID", 10, nil, ""},
		{"2. UNITED NATIONS OPERATION", 1, nil, ""},
	} {
		number, _, ok := ocrNextNumber(c.line, c.last, c.rest)
		if !ok {
			number = ""
		}
		if number != c.want {
			t.Errorf("ocrNextNumber(%q after %d) = %q, want %q", c.line, c.last, number, c.want)
		}
	}
}

// TestOpensOCRNumber holds the lines that open a paragraph of their own
// by an operative number as OCR prints it before a decision verb, and
// OCR's "l." for 1 before a capital.
func TestOpensOCRNumber(t *testing.T) {
	for _, c := range []struct {
		line       string
		opens, one bool
	}{
		{"2, Urges all parties and others concerned to honour", true, false},
		{"2 , Demands that Iraq and Kuwait respect", true, false},
		{"5 . Calls upon all States", true, false},
		{"l. Decides that", true, true},
		{"ll. Requests the Secretary-General", true, false},
		{"3.Requests the Secretary-General", true, false},
		{"l. The International Court of Justice shall be open", false, true},
		{"2, To consider as soon as possible", false, false},
		{"Israel and Syria observe faithfully", false, false},
		{"1990, 661 (1990) of 6 August", false, false},
		{"lines of the report, l. Decides", false, false},
		{"l.", false, false},
	} {
		if got := opensOCRNumber(c.line); got != c.opens {
			t.Errorf("opensOCRNumber(%q) = %v, want %v", c.line, got, c.opens)
		}
		if got := opensLetterOne(c.line); got != c.one {
			t.Errorf("opensLetterOne(%q) = %v, want %v", c.line, got, c.one)
		}
	}
}

// numberedLineRE is an operative paragraph's number at the start of a line
// of a development file, after a blank line, and the capital its text
// opens with.
var numberedLineRE = regexp.MustCompile(`(?m)(?:^|\n)\n(\d{1,2})\. [A-Z]`)

// TestOCRNumberFormsDev prints, in each development file with paragraphs
// numbered 1 and 2, the number 2 as OCR prints it ("2 .", "2,", glued to
// its text, "2.To") and the number 1 as a letter ("l.", "I."), and wants
// the paragraphs of the clean text. Under a chapeau ("Resolves:" / "2 . To
// consider …", 18 (1947); "Resolves that:" / "l. The representatives of
// …", 12 (1946)) and before a verb the list does not hold ("l. Holds that
// …", 111 (1956)) no decision verb follows the number: read only where it
// opens a verb, they were lines of the paragraph before or a preamble.
func TestOCRNumberFormsDev(t *testing.T) {
	results := devResults(t)
	files := 0
	for _, need := range []string{"S_RES_0012_1946_EN_GOLD.txt", "S_RES_0018_1947_EN_GOLD.txt", "S_RES_0111_1956_EN_GOLD.txt"} {
		if _, ok := results[need]; !ok {
			t.Fatalf("%s not read", need)
		}
	}
	covered := map[string]bool{}
	eachDevDocument(t, func(name, text string, want *Document) {
		if quotedNumbersRE.MatchString(text) {
			return
		}
		ops := paragraphIDs(want, Operative)
		marks := numberedLineRE.FindAllStringSubmatchIndex(text, -1)
		if len(marks) < 2 || !slices.Contains(ops, "op_1") || !slices.Contains(ops, "op_2") ||
			text[marks[0][2]:marks[0][3]] != "1" || text[marks[1][2]:marks[1][3]] != "2" {
			return
		}
		files++
		covered[name] = true
		check := func(what, garbled string) {
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
					return
				}
			}
			for i, p := range got.Paragraphs {
				if p.Kind == Operative && p.Text != want.Paragraphs[i].Text {
					t.Errorf("%s, %s: %s reads %.80q, want %.80q", name, what, p.ID, p.Text, want.Paragraphs[i].Text)
				}
			}
		}
		one, two := marks[0][2], marks[1][2]
		check("2 printed as \"2 .\"", text[:two+1]+" ."+text[two+2:])
		check("2 printed as \"2,\"", text[:two+1]+","+text[two+2:])
		check("2 glued to its text", text[:two+2]+text[two+3:])
		check("1 printed as \"l.\"", text[:one]+"l"+text[one+1:])
		check("1 printed as \"I.\"", text[:one]+"I"+text[one+1:])
	})
	t.Logf("%d files with paragraphs 1 and 2 garbled", files)
	if files < 150 {
		t.Errorf("%d files with paragraphs 1 and 2 garbled, want over 150", files)
	}
	for _, need := range []string{"S_RES_0012_1946_EN_GOLD.txt", "S_RES_0018_1947_EN_GOLD.txt", "S_RES_0111_1956_EN_GOLD.txt"} {
		if !covered[need] {
			t.Errorf("%s not garbled", need)
		}
	}
}
