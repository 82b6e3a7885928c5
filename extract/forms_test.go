package extract

import (
	"reflect"
	"strings"
	"testing"
)

// The forms by which resolutions name themselves and their adoption, as
// the volumes and provisional texts print them (strings from the
// development set, OCR errors included).

func TestReadTitle(t *testing.T) {
	for _, c := range []struct {
		name, in           string
		number, year, date string
		draft              string
	}{
		{"volumes 1974-1992", "Resolution 678 (1990) of 29 November 1990", "678", "1990", "1990-11-29", ""},
		{"title alone", "Resolution 2584 (2021)", "2584", "2021", "", ""},
		{"capitals", "RESOLUTION 894 (1994)", "894", "1994", "", ""},
		{"capitals with date", "RESOLUTION 768 (1992) of 30 June 1992", "768", "1992", "1992-06-30", ""},
		{"volumes 1946-1973", "9 (1946). Resolution of 15 October 1946", "9", "1946", "1946-10-15", ""},
		{"bracketed draft", "27 (1947). Resolution of 1 August 1947 [S/459]", "27", "1947", "1947-08-01", "S/459"},
		{"OCR bracket", "30 (1947). Resolution of 25 August 1947 (S/525, I]", "30", "1947", "1947-08-25", "S/525"},
		{"OCR month", "Resolution 627 (1989) of 9 Apri] 1989", "627", "1989", "1989-04-09", ""},
		{"date without of", "Resolution 891 (1993) 20 December 1993", "891", "1993", "1993-12-20", ""},
		{"council's name first", "SECURITY COUNCIL RESOLUTION 1441 (2002)", "1441", "2002", "", ""},
		{"as web pages title it", "Security Council resolution 2118 (2013) [on the destruction of chemical weapons]", "2118", "2013", "", ""},
		{"month with a stop", "Resolution 664 (1990) of 18 August. 1990", "664", "1990", "1990-08-18", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, ok := readTitle(c.in)
			if !ok {
				t.Fatalf("readTitle(%q): no title", c.in)
			}
			if got.number != c.number || got.year != c.year || got.date != c.date || got.draft != c.draft {
				t.Errorf("readTitle(%q) = %s (%s) of %q, draft %q; want %s (%s) of %q, draft %q", c.in, got.number, got.year, got.date, got.draft, c.number, c.year, c.date, c.draft)
			}
		})
	}
	for _, sentence := range []string{
		"Resolution 242 (1967) calls for the withdrawal of Israel armed forces",
		"Resolutions 660 (1990) and 661 (1990)",
		"Security Council resolution 1373 (2001) requires all States to act",
	} {
		t.Run("not a title: "+sentence, func(t *testing.T) {
			if got, ok := readTitle(sentence); ok {
				t.Errorf("readTitle(%q) = %+v, want no title", sentence, got)
			}
		})
	}
}

func TestReadAdoption(t *testing.T) {
	type want struct {
		meeting, date                   string
		unanimous, withoutVote, consent bool
		inFavour, against, abstaining   int
		againstStates, abstainingStates []string
		notParticipating, absent        []string
	}
	for _, c := range []struct {
		name, line, notes string
		want              want
	}{
		{"unanimously", "Adopted unanimously at the 1382nd meeting.", "",
			want{meeting: "1382", unanimous: true}},
		{"named against and abstaining", "Adopted at the 2963rd meeting by\n12 votes to 2 (Cuba and Yemen),\nwith 1 abstention (China).", "",
			want{meeting: "2963", inFavour: 12, against: 2, abstaining: 1, againstStates: []string{"CUB", "YEM"}, abstainingStates: []string{"CHN"}}},
		{"to none, a name with and", "Adopted at the 1180th meeting by 8 votes to none, with 3 abstentions (France, United Kingdom of Great Britain and Northern Ireland, United States of America).", "",
			want{meeting: "1180", inFavour: 8, abstaining: 3, abstainingStates: []string{"FRA", "GBR", "USA"}}},
		{"a name listed short name first", "Adopted at the 2067th meeting by 10 votes to none,\nwith 5 abstentions (Canada,\nFrance, Germany, Federal\nRepublic of, United Kingdom of Great Britain and\nNorthern Ireland, United\nStates of America).", "",
			want{meeting: "2067", inFavour: 10, abstaining: 5, abstainingStates: []string{"CAN", "FRA", "DEU", "GBR", "USA"}}},
		{"in favour, against", "Adopted at the 4914th meeting by 14 votes in favour to none against, with 1 abstention (United States of America).", "",
			want{meeting: "4914", inFavour: 14, abstaining: 1, abstainingStates: []string{"USA"}}},
		{"by a vote of", "Adopted by the Security Council at its 5430th meeting, on 24 April 2006, by a vote of 13 in favour, none against and 2 abstentions (China and Russian Federation).", "",
			want{meeting: "5430", date: "2006-04-24", inFavour: 13, abstaining: 2, abstainingStates: []string{"CHN", "RUS"}}},
		{"by a vote of, states against", "Adopted at the 7000th meeting by a vote of 12 in favour, 2 against (Bolivia, Russian Federation), with 1 abstention (China).", "",
			want{meeting: "7000", inFavour: 12, against: 2, abstaining: 1, againstStates: []string{"BOL", "RUS"}, abstainingStates: []string{"CHN"}}},
		{"OCR I for 1", "Adopted at the 750th meeting by 10 votes to I (Union of Soviet Socialist Republics).", "",
			want{meeting: "750", inFavour: 10, against: 1, againstStates: []string{"SUN"}}},
		{"present and not voting", "Adopted at the 30th meeting by 9 votes (Australia, present and not voting; Union of Soviet Socialist Republics, absent).", "",
			want{meeting: "30", inFavour: 9, notParticipating: []string{"AUS"}, absent: []string{"SUN"}}},
		{"absent in a footnote", "Adopted at the 472nd meeting by 10 votes to none. 26", "25 S/1323 (mimeographed document).\n26 One member (Union of Soviet Socialist Republics) was absent.",
			want{meeting: "472", inFavour: 10, absent: []string{"SUN"}}},
		{"absent, two members", "Adopted at the 480th meeting by 7 votes to 1 (Yugoslavia). 3", "3 Two members (Egypt, India) were absent.",
			want{meeting: "480", inFavour: 7, against: 1, againstStates: []string{"YUG"}, absent: []string{"EGY", "IND"}}},
		{"absence of objection is no absent member", "Adopted at the 640th meeting. 5", "5 In the absence of any objection, the President stated that the draft resolution was adopted unanimously.",
			want{meeting: "640", unanimous: true}},
		{"without a vote", "Adopted without a vote at the 3206th meeting.", "",
			want{meeting: "3206", withoutVote: true}},
		{"by consensus", "Adopted at the 2625th meeting by\nconsensus.", "",
			want{meeting: "2625", withoutVote: true, consent: true}},
		{"footnote", "Adopted at the 1809th meeting by 13 votes to none. 2", "2 Two members (China, Iraq) did not participate in the voting.",
			want{meeting: "1809", inFavour: 13, notParticipating: []string{"CHN", "IRQ"}}},
		{"provisional text", "Adopted by the Security Council at its 3119th meeting, on 6 October 1992", "",
			want{meeting: "3119", date: "1992-10-06"}},
		{"closed meeting", "Adopted unanimously at the 3017th (closed)\nmeeting.", "",
			want{meeting: "3017", unanimous: true}},
		{"OCR underscore", "Adopted by the Security Council at _its 3116rd_ meeting", "",
			want{meeting: "3116"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := readAdoption(c.line, c.notes, "1980-01-01", nil, func(w Warning) { t.Logf("warning: %s", w.Message) })
			if a.meeting != c.want.meeting || a.date != c.want.date {
				t.Errorf("meeting %q on %q, want %q on %q", a.meeting, a.date, c.want.meeting, c.want.date)
			}
			v := a.vote
			if v == nil {
				if c.want.unanimous || c.want.withoutVote || c.want.inFavour > 0 || len(c.want.notParticipating) > 0 {
					t.Fatalf("no vote read")
				}
				return
			}
			codes := func(as []Actor) []string {
				var out []string
				for _, a := range as {
					out = append(out, a.State)
				}
				return out
			}
			got := want{meeting: a.meeting, date: a.date, unanimous: v.Unanimous, withoutVote: v.WithoutVote, consent: v.Consensus,
				inFavour: v.InFavourCount, against: v.AgainstCount, abstaining: v.AbstainingCount,
				againstStates: codes(v.Against), abstainingStates: codes(v.Abstaining), notParticipating: codes(v.NotParticipating), absent: codes(v.Absent)}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("read %+v\nwant %+v", got, c.want)
			}
		})
	}
}

// An agenda heading in capitals above the title, as some volumes print
// it: the resolution keeps its identity and the heading is its agenda item.
func TestAgendaHeadingAboveTitle(t *testing.T) {
	src := "MILITARY STAFF COMMITTEE\n\n18 (1947). Resolution of 13 February 1947\n[S/268/Rev.1]\n\nThe Security Council,\n\n" +
		"Recalling its earlier decisions,\n\n1. Requests the Military Staff Committee to submit its report;\n\nAdopted unanimously at the 105th meeting.\n"
	d := oneDocument(t, "agenda.txt", src)
	if d.Symbol != "S/RES/18(1947)" || d.AgendaItem != "MILITARY STAFF COMMITTEE" || d.AdoptionDate != "1947-02-13" || d.Meeting != "105" {
		t.Errorf("read %s, agenda %q, adopted %s at meeting %s", d.Symbol, d.AgendaItem, d.AdoptionDate, d.Meeting)
	}
	if n, m := countKind(d, Preambular), countKind(d, Operative); n != 1 || m != 1 {
		t.Errorf("%d preambular and %d operative paragraphs, want 1 and 1", n, m)
	}
}

// A resolution that prints its decision as one sentence opening with the
// Council's name has that decision as its operative paragraph.
func TestDecisionInOneSentence(t *testing.T) {
	src := "Resolution 1 (1946)\nof 25 January 1946\n\nThe Security Council decides that the Military Staff Committee shall be composed of the Chiefs of Staff.\n\nAdopted unanimously at the 2nd meeting.\n"
	s, _, err := New(nil, Options{}).File("one.txt", src)
	if err != nil {
		t.Fatal(err)
	}
	d := s.Documents[0]
	if ids := paragraphIDs(d, Operative); len(ids) != 1 || ids[0] != "op_u1" || countKind(d, Preambular) != 0 {
		t.Errorf("operative %v, %d preambular; want [op_u1] and none", ids, countKind(d, Preambular))
	}
}

// The texts of 2001 and later print sub-paragraphs at the start of a line
// with neither a blank line nor an indent before them: an item opens after
// a line that ends a clause, and a label wrapped onto a line of its own
// ("paragraph 3" / "(a) of resolution …") stays where it is.
func TestSubItemsAtLineStart(t *testing.T) {
	src := "Resolution 1373 (2001)\n\nAdopted by the Security Council at its 4385th meeting, on\n28 September 2001\n\nThe Security Council,\n\n" +
		"Reaffirming its resolution 1368 (2001),\n\nActing under Chapter VII of the Charter of the United Nations,\n" +
		"1. Decides that all States shall:\n(a) Prevent and suppress the financing of terrorist acts;\n(b) Criminalize the wilful provision or collection, by any means, directly\nor indirectly, of funds by their nationals;\n" +
		"2. Calls upon all States to:\n(a) Find ways of intensifying the exchange of operational\ninformation;\n(i) especially regarding actions of terrorist persons;\n(ii) traffic in arms;\n" +
		"3. Requests States to act as set out in paragraph 1\n(a) of resolution 1368 (2001);\n"
	s, _, err := New(nil, Options{}).File("1373.txt", src)
	if err != nil {
		t.Fatal(err)
	}
	d := s.Documents[0]
	want := []string{"op_1__a", "op_1__b", "op_2__a", "op_2__a__i", "op_2__a__ii"}
	if got := paragraphIDs(d, Sub); !reflect.DeepEqual(got, want) {
		t.Errorf("sub-paragraphs %v, want %v", got, want)
	}
	for _, p := range d.Paragraphs {
		if p.ID == "op_1__b" && p.Text != "Criminalize the wilful provision or collection, by any means, directly or indirectly, of funds by their nationals;" {
			t.Errorf("op_1 (b) reads %q", p.Text)
		}
		if p.ID == "op_3" && !strings.Contains(p.Text, "paragraph 1 (a) of resolution 1368") {
			t.Errorf("op_3 reads %q", p.Text)
		}
	}
}

// A line that opens with the Council's name and a resolution is a title
// only when nothing but a date or a bracket follows: the volumes wrap
// sentences there ("… established under" / "Security Council resolution
// 186 (1964), for an additional period …").
func TestCouncilNamedTitleLine(t *testing.T) {
	for line, want := range map[string]lineForm{
		"SECURITY COUNCIL RESOLUTION 1441 (2002)":                                          formTitle,
		"Security Council resolution 2118 (2013) [on the destruction of chemical weapons]": formTitle,
		"Security Council resolution 186 (1964), for an additional":                        formNone,
		"Security Council resolution 353 (1974) calling for an immediate cessation":        formNone,
	} {
		if got := formOf(line); got != want {
			t.Errorf("formOf(%q) = %v, want %v", line, got, want)
		}
	}
}

// A presidential statement asks in the third person: its clauses are read
// after "The Security Council", as an operative paragraph's are.
func TestStatementRequests(t *testing.T) {
	src := "United Nations S/PRST/2001/5\n\nSecurity Council Distr.: General\n20 February 2001\n\nStatement by the President of the Security Council\n\n" +
		"At the 4278th meeting of the Security Council, held on 20 February 2001, the President of the Security Council made the following statement on behalf of the Council:\n\n" +
		"\"The Security Council recalls its resolution 1271 (1999) of 22 October 1999.\n\n" +
		"The Security Council requests the Secretary-General to keep it informed of developments in the Central African Republic, and to submit a report by 30 June 2001.\"\n"
	s, _, err := New(nil, Options{}).File("prst.txt", src)
	if err != nil {
		t.Fatal(err)
	}
	var asked []string
	for _, r := range s.Documents[0].Requests {
		if r.Lemma == "requests" {
			asked = append(asked, strings.Join(r.Addressee, ",")+" by "+r.Deadline)
		}
	}
	if want := []string{"secretary-general by 2001-06-30"}; !reflect.DeepEqual(asked, want) {
		t.Errorf("requests %q, want %q", asked, want)
	}
}

// TestCollapseSpace holds collapseSpace's shortcut to the joining of fields
// it stands for.
func TestCollapseSpace(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a", "a ", "a b", "a  b", "a\tb", "a\nb", "a\u00a0b", "a\u2003b", "Resolution 678 (1990)",
		"RESOLUTION  242 (1967)", "9 (1946). Resolution of 15 October 1946", "a\x01b", "é b", "a \u0085"} {
		if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

// Citations printed in capitals, as some provisional texts and press
// releases print a clause or a headline: the words that open a citation
// are matched in any case, and the check before the scanner must not be
// stricter than they are.
func TestCitationsInCapitals(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Recalling its RESOLUTION 2374 (2017) on Mali,", []string{"S/RES/2374(2017)"}},
		{"RECALLING ITS RESOLUTIONS 2374 (2017) AND 2423 (2018),", []string{"S/RES/2374(2017)", "S/RES/2423(2018)"}},
		{"Recalling its Resolution 2374 (2017),", []string{"S/RES/2374(2017)"}},
	} {
		var got []string
		for _, cit := range findCitations(c.in) {
			got = append(got, cit.Target)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("findCitations(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
