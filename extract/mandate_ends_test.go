package extract

import "testing"

// A renewal for a period alone ("Decides to renew the mandate of ONUMOZ
// for a period of six months") takes, once every file is read, the end
// printed by the renewal adopted last before it plus the period, and says
// where that end is printed; not where that end had passed at the
// adoption (a renewal the corpus lacks), nor from an end derived so.
func TestSettleMandateEnds(t *testing.T) {
	resolution := func(number, date, operative string) *Source {
		t.Helper()
		src := "Resolution " + number + " (1993)\nof " + date + "\n\nThe Security Council,\n\nRecalling its resolutions,\n\n1. " + operative + "\n\nAdopted unanimously at the 2900th meeting.\n"
		s, _, err := New(nil, Options{}).File("x"+number+".txt", src)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	printed := resolution("879", "29 October 1993", "Decides to extend the mandate of the United Nations Operation in Mozambique for an interim period terminating on 5 November 1993;")
	renewal := resolution("882", "5 November 1993", "Decides to renew the mandate of the United Nations Operation in Mozambique for a period of six months, subject to review;")
	next := resolution("898", "23 February 1994", "Decides to renew the mandate of the United Nations Operation in Mozambique for a period of six months;")
	late := resolution("885", "16 November 1993", "Decides to renew the mandate of the United Nations Operation in Mozambique for a period of six months;")
	sources := []*Source{printed, renewal, next, late}
	if !renewal.EndsOpen() || printed.EndsOpen() {
		t.Fatalf("ends open: renewal %v, printed %v", renewal.EndsOpen(), printed.EndsOpen())
	}
	ends := MandateEnds(sources, nil)
	for _, s := range sources {
		SettleMandateEnds(s, ends)
	}
	f := renewal.Documents[0].Mandate[0]
	if f.Until != "1994-05-05" || f.UntilFrom != "S/RES/879(1993)" || f.UntilFromParagraph != "op_1" {
		t.Errorf("renewal until %q from %s %s, want 1994-05-05 from S/RES/879(1993) op_1", f.Until, f.UntilFrom, f.UntilFromParagraph)
	}
	if f := printed.Documents[0].Mandate[0]; f.Until != "1993-11-05" || f.UntilFrom != "" {
		t.Errorf("printed end %q from %q", f.Until, f.UntilFrom)
	}
	// 898 would run from 882's derived end, 885 from 879's passed one.
	for _, s := range []*Source{next, late} {
		if f := s.Documents[0].Mandate[0]; f.Until != "" {
			t.Errorf("%s: until %q from %s", s.Documents[0].Symbol, f.Until, f.UntilFrom)
		}
	}
}

// A period after a day, a month's end kept in a shorter month.
func TestAddPeriod(t *testing.T) {
	for _, c := range []struct{ day, period, want string }{
		{"1993-11-05", "P6M", "1994-05-05"},
		{"1977-05-31", "P6M", "1977-11-30"},
		{"1975-08-31", "P6M", "1976-02-29"},
		{"1993-11-30", "P6M", "1994-05-31"},
		{"1994-04-30", "P6M", "1994-10-31"},
		{"1994-02-28", "P3M", "1994-05-31"},
		{"1992-02-28", "P3M", "1992-05-28"},
		{"1987-01-19", "P6M12D", "1987-07-31"},
		{"1976-10-24", "P1Y", "1977-10-24"},
		{"1993-05-31", "P45D", "1993-07-15"},
		{"1993-05-31", "six months", ""},
		{"31 May 1993", "P6M", ""},
	} {
		if got := addPeriod(c.day, c.period); got != c.want {
			t.Errorf("addPeriod(%q, %q) = %q, want %q", c.day, c.period, got, c.want)
		}
	}
}
