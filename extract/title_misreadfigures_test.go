package extract

import (
	"regexp"
	"strings"
	"testing"
)

// TestTitleDateMisreadFigures holds the form where OCR printed a letter
// for a figure of the day or year of the date under or in a title ("of
// I7 May 1946", "of 29 November 199O"): the title is read with its date,
// where the title was lost (a volume's title on one line) or its date
// (a date line under it); a date that is not of the title's year, or a
// letter standing alone or in a word, is no such reading.
func TestTitleDateMisreadFigures(t *testing.T) {
	for _, c := range []struct{ text, number, date string }{
		{"9 (1946). Resolution of I5 October 1946", "9", "1946-10-15"},
		{"54 (1948). Resolution of l5 July 1948\n[S/902]", "54", "1948-07-15"},
		{"45 (1948). Resolution of 1O April 1948", "45", "1948-04-10"},
		{"30 (1947). Resolution of 2S August 1947", "30", "1947-08-25"},
		{"Resolution 678 (1990)\nof 29 November 199O", "678", "1990-11-29"},
		{"Resolution 201 (1965)\nof 19 March 196S", "201", "1965-03-19"},
		{"Resolution 294 (1971)\nof 15 July 197l", "294", "1971-07-15"},
		{"Resolution 273 (1969)\nof 9 December I969", "273", "1969-12-09"},
		{"Resolution 291 (1970)\nof I0 December 1970", "291", "1970-12-10"},
		// The month's letters stay letters; a year read that is not the
		// title's is no date.
		{"Resolution 204 (1965)\nof 19 May 196S", "204", "1965-05-19"},
		// A day of letters alone before a month's name is read as figures.
		{"27 (1947). Resolution of I August 1947", "27", "1947-08-01"},
		{"Resolution 678 (1990)\nof 29 November 199S", "678", ""},
	} {
		src := c.text + "\n\nThe Security Council,\n\n1. Decides to remain seized of the matter.\n\nAdopted unanimously at the 1234th meeting.\n"
		s, _, err := defaultExtractor.File("title.txt", src)
		if err != nil || len(s.Documents) != 1 {
			if c.number != "" {
				t.Errorf("%q: not read (%v)", c.text, err)
			}
			continue
		}
		d := s.Documents[0]
		wantSymbol := ""
		if c.number != "" {
			wantSymbol = "S/RES/" + c.number + "(" + strings.SplitN(strings.SplitN(c.text, "(", 2)[1], ")", 2)[0] + ")"
		}
		if d.Symbol != wantSymbol || d.AdoptionDate != c.date {
			t.Errorf("%q: %q of %q, want %q of %q", c.text, d.Symbol, d.AdoptionDate, wantSymbol, c.date)
		}
	}
	for _, c := range []struct {
		line string
		date bool
	}{
		{"of I7 May 1946", true},
		{"of 29 November 199O", true},
		{"on 6 October l992", true},
		{"of 29 November 1990", true},
		{"of Oct", false},
		{"of the Security Council", false},
		{"of I May 1946", false},
		{"of 29 November 199", false},
		{"or 1O pieces of the Council", false},
	} {
		if got := formOf(c.line) == formDate; got != c.date {
			t.Errorf("formOf(%q) is a date line: %v, want %v", c.line, got, c.date)
		}
	}
}

// titleDateRE is the day and year of the date a development file's title
// prints.
var titleDateRE = regexp.MustCompile(`(?m)^((?:\d+ \(\d{4}\)\. Resolution )?of )(\d{1,2})( [A-Z][a-z]+ )(\d{4})$`)

// TestTitleDateMisreadFiguresDev prints, in each development file whose
// title has a date of its own line or in its line, a figure of the day
// and of the year as OCR does, and wants the title and date read as from
// the clean text.
func TestTitleDateMisreadFiguresDev(t *testing.T) {
	files := 0
	lookalikes := strings.NewReplacer("1", "I", "0", "O", "5", "S")
	eachDevDocument(t, func(name, src string, want *Document) {
		if want.AdoptionDate == "" {
			return
		}
		m := titleDateRE.FindStringSubmatchIndex(src)
		if m == nil || m[0] > 200 {
			return
		}
		day, year := src[m[4]:m[5]], src[m[8]:m[9]]
		var garbled []string
		if d := lookalikes.Replace(day); d != day && strings.ContainsAny(d, "0123456789") {
			garbled = append(garbled, src[:m[4]]+d+src[m[5]:])
		}
		garbled = append(garbled, src[:m[8]+3]+lookalikes.Replace(year[3:])+src[m[9]:])
		if year[3:] == lookalikes.Replace(year[3:]) {
			garbled = garbled[:len(garbled)-1]
		}
		if len(garbled) == 0 {
			return
		}
		files++
		for _, g := range garbled {
			s, _, err := defaultExtractor.File(name, g)
			if err != nil || len(s.Documents) != 1 {
				t.Errorf("%s garbled: not read (%v)", name, err)
				continue
			}
			if d := s.Documents[0]; d.Symbol != want.Symbol || d.AdoptionDate != want.AdoptionDate || d.Title == "" {
				t.Errorf("%s garbled: %q of %q (title %q), want %q of %q", name, d.Symbol, d.AdoptionDate, d.Title, want.Symbol, want.AdoptionDate)
			}
		}
	})
	if files < 60 {
		t.Errorf("%d development files with a garbled title date, want over 60", files)
	}
}
