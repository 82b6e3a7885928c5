package extract

import (
	"reflect"
	"strings"
	"testing"
)

// What each seed document states about itself, fact by fact, and nothing
// it does not state.
func TestDocumentFacts(t *testing.T) {
	s := loadSeeds(t)
	type facts struct {
		date, adopted, meeting, original, distribution, chapter, agenda, signatory string
		sponsors                                                                   []string
	}
	got := func(d *Document) facts {
		f := facts{d.Date, d.AdoptionDate, d.Meeting, d.OriginalLanguage, d.DistributionCode, d.ActingUnder, d.AgendaItem, d.Signatory, nil}
		for _, a := range d.Sponsors {
			f.sponsors = append(f.sponsors, a.State)
		}
		return f
	}
	for key, want := range map[string]facts{
		"S/2020/613":       {date: "2020-06-29", original: "fr", agenda: "马里局势", signatory: "尼古拉·德里维埃"},
		"S/RES/2531(2020)": {date: "2020-06-29", adopted: "2020-06-29", chapter: "Chapter VII"},
		"S/2020/600":       {date: "2020-06-29", original: "en", distribution: "20-08606 (E)", chapter: "Chapter VII", sponsors: []string{"FRA"}},
		"S/RES/2584(2021)": {date: "2021-06-29", adopted: "2021-06-29", meeting: "8809", chapter: "Chapter VII"},
		"S/RES/2364(2017)": {chapter: "Chapter VII"},
		"press-release":    {}, // prints no symbol, no date: none invented
	} {
		if g := got(s.doc(t, key)); !reflect.DeepEqual(g, want) {
			t.Errorf("%s:\n got %+v\nwant %+v", key, g, want)
		}
	}
	if role := s.doc(t, "S/2020/613").SignatoryRole; role != "安全理事会主席" {
		t.Errorf("signatory role %q", role)
	}
}

func TestWrittenVote(t *testing.T) {
	s := loadSeeds(t)
	v := s.doc(t, "S/2020/613").Vote
	if v == nil {
		t.Fatal("the letter reports no vote")
	}
	want := []string{"BEL", "CHN", "DOM", "EST", "FRA", "DEU", "IDN", "NER", "RUS", "VCT", "ZAF", "TUN", "GBR", "USA", "VNM"}
	var inFavour []string
	for _, a := range v.InFavour {
		inFavour = append(inFavour, a.State)
	}
	if !reflect.DeepEqual(inFavour, want) {
		t.Errorf("in favour %v, want %v", inFavour, want)
	}
	if v.InFavourCount != 15 || v.AgainstCount != 0 || v.AbstainingCount != 0 || len(v.Against) != 0 || len(v.Abstaining) != 0 || !v.Listed {
		t.Errorf("vote %d-%d-%d listed=%v", v.InFavourCount, v.AgainstCount, v.AbstainingCount, v.Listed)
	}
	if v.Draft != "S/2020/600" || v.Result != "S/RES/2531(2020)" || v.Date != "2020-06-29" {
		t.Errorf("vote on %s became %s on %s", v.Draft, v.Result, v.Date)
	}
	text := []rune(s.text["000_e1b7d92fa5d83019.txt"])
	if ev := string(text[v.Span.Start:v.Span.End]); !strings.Contains(ev, "S/2020/600") || !strings.Contains(ev, "2531(2020)") {
		t.Errorf("vote span reads %q", short(ev))
	}

	pr := s.doc(t, "press-release")
	if pr.Vote == nil || !pr.Vote.Unanimous || pr.Vote.Result != "S/RES/2364(2017)" || pr.Vote.Listed {
		t.Errorf("press release vote %+v", pr.Vote)
	}
	if pr.MeetingStart != "17:50" || pr.MeetingEnd != "18:14" {
		t.Errorf("meeting %s-%s", pr.MeetingStart, pr.MeetingEnd)
	}
	var speakers []string
	for _, sp := range pr.Speakers {
		speakers = append(speakers, sp.Name+"/"+sp.State.State)
	}
	if want := []string{"Francois Delattre/FRA", "Luis Bermúdez/URY", "Gorgui Ciss/SEN", "Issa Konfourou/MLI"}; !reflect.DeepEqual(speakers, want) {
		t.Errorf("speakers %v, want %v", speakers, want)
	}
}

func TestSectionsAndLeadWords(t *testing.T) {
	s := loadSeeds(t)
	for key, n := range map[string]int{"S/RES/2531(2020)": 16, "S/2020/600": 16, "S/RES/2584(2021)": 16, "S/RES/2364(2017)": 11} {
		if got := len(s.doc(t, key).Sections); got != n {
			t.Errorf("%s: %d sections, want %d", key, got, n)
		}
	}
	d := s.doc(t, "S/RES/2531(2020)")
	for id, want := range map[string]string{"op_1": "Implementation of the Agreement on Peace and Reconciliation in Mali", "op_16": "General principles",
		"op_28": "Priority tasks", "op_41": "French forces", "op_65": "Reports by the Secretary-General"} {
		if p := paragraph(t, d, id); p.Section == nil || p.Section.Title != want {
			t.Errorf("2531 (2020) %s stands under %v, want %q", id, p.Section, want)
		}
	}
	for id, want := range map[string]string{"pp_1": "Recalling", "pp_22": "Taking note", "pp_6": "Strongly condemning"} {
		if got := paragraph(t, d, id).Lead; got != want {
			t.Errorf("2531 (2020) %s opens with %q, want %q", id, got, want)
		}
	}
	// A long heading is a heading, not a preambular paragraph.
	if n := countKind(s.doc(t, "S/RES/2584(2021)"), Preambular); n != 25 {
		t.Errorf("2584 (2021): %d preambular paragraphs, want 25", n)
	}
}

func TestSubParagraphs(t *testing.T) {
	s := loadSeeds(t)
	ids := func(key string) map[string]bool {
		out := map[string]bool{}
		for _, p := range s.doc(t, key).Paragraphs {
			if p.Kind == Sub {
				out[p.ID] = true
			}
		}
		return out
	}
	draft, adopted := ids("S/2020/600"), ids("S/RES/2531(2020)")
	if !reflect.DeepEqual(draft, adopted) || len(adopted) != 53 {
		t.Errorf("sub-paragraphs differ between the draft (%d) and the resolution (%d)", len(draft), len(adopted))
	}
	for _, id := range []string{"op_3__1", "op_3__4", "op_28__a", "op_28__a__i", "op_28__a__iii__4", "op_28__c__ii__5", "op_28__f", "op_29__b", "op_62__iv"} {
		if !adopted[id] {
			t.Errorf("2531 (2020) has no sub-paragraph %s", id)
		}
	}
	d := s.doc(t, "S/RES/2531(2020)")
	a := paragraph(t, d, "op_28__a__i")
	if a.Parent != paragraph(t, d, "op_28__a") || a.Parent.Parent != paragraph(t, d, "op_28") || !strings.HasPrefix(a.Text, "to use the SRSG's good offices") {
		t.Errorf("op_28__a__i: parent %v, text %q", a.Parent.ID, short(a.Text))
	}
	if f := paragraph(t, d, "op_28__f"); !strings.HasPrefix(f.Text, "Humanitarian assistance\nIn support of the Malian authorities") {
		t.Errorf("op_28__f reads %q", short(f.Text))
	}
	// 2364 (2017) op_21 cites its own paragraph 20 (a) (ii), which exists.
	if p := paragraph(t, s.doc(t, "S/RES/2364(2017)"), "op_20__a__ii"); !strings.HasPrefix(p.Text, "To support the implementation of the defence and security measures") {
		t.Errorf("2364 op_20__a__ii reads %q", short(p.Text))
	}
}

// 2584 (2021) prints "(c)" twice in paragraph 30 (the second should be
// "(e)"): both items are kept, under distinct ids, with a warning.
func TestMisprintedSubParagraphLabel(t *testing.T) {
	s := loadSeeds(t)
	d := s.doc(t, "S/RES/2584(2021)")
	if first, second := paragraph(t, d, "op_30__c"), paragraph(t, d, "op_30__c_2"); first.Text != "Protection of civilians" || !strings.HasPrefix(second.Text, "Humanitarian assistance") {
		t.Errorf("op_30__c %q, op_30__c_2 %q", first.Text, short(second.Text))
	}
	warned := false
	for _, w := range s.warns {
		warned = warned || strings.Contains(w.Message, "op_30__c is labelled twice")
	}
	if !warned {
		t.Errorf("no warning about the second (c)")
	}
}
