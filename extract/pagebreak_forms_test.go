package extract

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestPageBreakAfterCommaCitationOrJoiningWord holds the page breaks (a
// blank line in a paragraph of the volumes) that carry a paragraph on
// though the line before ends as a clause does or the line after opens
// with a capital: after a comma before words in lower case, between a
// resolution's number and its year, after a word no paragraph ends with.
func TestPageBreakAfterCommaCitationOrJoiningWord(t *testing.T) {
	for _, c := range []struct {
		prev, next string
		joined     bool
	}{
		{"Having received the report of Mr. Gunnar V. Jarring, the representative of Sweden, 6", "on the mission undertaken by him pursuant to its resolution 123 (1957),", true},
		{"Having received and taken note of the report of the Consular Commission dated 14 October 1947,", "indicating that the Council's resolution 27 (1947) has not been complied with,", true},
		{"Recalling its resolutions 353 (1974) of 20 July, 354 (1974) of 23 July, 355 (1974) of 1 August, 357", "(1974) of 14 August and 358 (1974) of 15 August 1974,", true},
		{"Having received the report of the Chief of Staff of the", "United Nations Truce Supervision Organization in Palestine,", true},
		{"Having considered the statements of Members regarding the application of the Union of", "Burma,", true},
		{"Taking note of paragraph 7 of General Assembly resolution 32/9 D of 4 November 1977, in which the", "Assembly declares that Walvis Bay is an integral part of Namibia,", true},
		{"Having received the report of Mr. Gunnar V. Jarring, the representative of Sweden, 2/", "on the mission undertaken by him pursuant to its resolution 123 (1957),", true},
		// A clause ends, and the next opens as a paragraph does.
		{"Recalling its resolution 107 (1955) of 30 March 1955,", "Noting with grave concern the discontinuance of the talks,", false},
		{"Recalling its resolution 107 (1955) of 30 March 1955,", "Deeply concerned at the situation,", false},
		// A word no paragraph ends with, but the next opens one: the
		// paragraph was left unended.
		{"Recalling its resolution 242 (1967) and the", "Noting with concern the situation in the area,", false},
		{"Recalling its resolution 242 (1967) of 22 November 1967 and the", "Recalling further its resolution 338 (1973),", false},
		// "and" may end a clause before the next.
		{"Taking into account the fact that the applicants are able and willing to carry out these obligations, and", "Taking into account the fact that the General Assembly will meet,", false},
		// A capital after a word that may end a clause: as before, a
		// paragraph of its own.
		{"Noting the report of the Secretary-General on Cyprus", "The Government of Cyprus has agreed,", false},
		// A full stop before lower case is no comma.
		{"Noting the report of the Secretary-General on Cyprus.", "having regard to the situation,", false},
	} {
		// Paragraphs wrapped over lines and parted by blank lines, as
		// the volumes print them, around the break.
		src := resolutionText("\n",
			"Recalling its resolutions 353 (1974) of 20 July 1974\nand 354 (1974) of 23 July 1974 on the\nsituation in Cyprus,",
			"Concerned at the situation in the area and at\nthe reports of the Secretary-General on\nthe question,",
			c.prev, c.next,
			"1. Decides to remain seized of the matter and\nto consider it again at an early date\nin the light of the report.",
			"2. Requests the Secretary-General to report\nto the Council on the implementation of\nthe present resolution.")
		pps := preamblesOf(t, src)
		want := 4 // the two before, prev and next
		if c.joined {
			want = 3
		}
		if len(pps) != want {
			t.Errorf("%q / blank / %q: preambular paragraphs %v, want joined %v", c.prev, c.next, pps, c.joined)
		}
	}
}

// pageBreakFormRE finds, in a development file, a line break inside a
// paragraph of the forms a page break may fall at: after a comma before
// lower case, between a resolution's number and its year in brackets,
// after "the", "of", "in which the" … before a capital.
var pageBreakFormRE = regexp.MustCompile(`(?m)(?:,|, \d{1,3})\n[a-z]|\d\n\(\d{4}\)|[a-z] (?:the|of|to|in|by|for|with|from|at|its|their)\n[A-Z]`)

// TestPageBreakFormsDev breaks each paragraph of the development files
// with a blank line (a page break) at the first line break of each form
// above, and wants the paragraphs of the clean text: each was cut in two
// there, "… 357" / "(1974) of 14 August …" in 360 (1974), "… the
// representative of Sweden, 6" / "on the mission …" in 126 (1957), "… of
// the" / "United Nations Truce …" in 108 (1955).
func TestPageBreakFormsDev(t *testing.T) {
	breaks := 0
	eachDevDocument(t, func(name, text string, want *Document) {
		body := strings.Index(text, "\nThe Security Council")
		end := strings.Index(text, "\nAdopted")
		if body < 0 || end < body {
			return
		}
		// One break of each form a file: the form is the line's last
		// byte, a figure standing for every figure, and whether the next
		// line opens with "(" (a citation's year) or not (a mark's comma).
		type breakForm struct {
			last byte
			year bool
		}
		seen := map[breakForm]bool{}
		for _, m := range pageBreakFormRE.FindAllStringIndex(text[body:end], -1) {
			nl := body + m[0] + strings.IndexByte(text[body+m[0]:], '\n')
			form := breakForm{text[nl-1], text[nl+1] == '('}
			if isDigit(form.last) {
				form.last = '9'
			}
			if seen[form] {
				continue
			}
			seen[form] = true
			breaks++
			s, _, err := defaultExtractor.File(name, text[:nl]+"\n"+text[nl:])
			if err != nil || len(s.Documents) != 1 {
				t.Errorf("%s: not read with a page break at %d (%v)", name, nl, err)
				continue
			}
			got := s.Documents[0]
			for _, k := range []ParagraphKind{Preambular, Operative, Sub} {
				if g, w := paragraphIDs(got, k), paragraphIDs(want, k); !slices.Equal(g, w) {
					t.Errorf("%s, page break at %q / %q: paragraphs %v, want %v", name, lastLine(text[:nl]), firstLine(text[nl+1:]), g, w)
				}
			}
		}
	})
	t.Logf("%d page breaks", breaks)
	if breaks < 300 {
		t.Errorf("%d page breaks, want over 300", breaks)
	}
}

// resolutionText is a resolution of 1994 whose body is paragraphs, a
// blank line between each two, and its lines parted by sep.
func resolutionText(sep string, paragraphs ...string) string {
	return "Resolution 900 (1994)" + sep + "of 4 March 1994\n\nThe Security Council,\n\n" +
		strings.Join(paragraphs, "\n\n") + "\n\nAdopted unanimously at the 3340th meeting.\n"
}

// preamblesOf is the preambular paragraphs of the one document of src.
func preamblesOf(t *testing.T, src string) []string {
	t.Helper()
	s, _, err := defaultExtractor.File("text.txt", src)
	if err != nil || len(s.Documents) != 1 {
		t.Fatalf("%.200q: not read (%v)", src, err)
	}
	return paragraphIDs(s.Documents[0], Preambular)
}

func lastLine(s string) string { return s[strings.LastIndexByte(s, '\n')+1:] }

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
