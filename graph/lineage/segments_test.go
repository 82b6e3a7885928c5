package lineage

import (
	"reflect"
	"strings"
	"testing"
)

// Segments marks the words Align records as changed, in their sentence;
// kept and inserted runs are the later text, and conversion noise is kept.
func TestSegments(t *testing.T) {
	cases := []struct {
		old, new string
		want     []Segment
	}{
		{"Decides to extend the mandate until 30 June 2021;", "Decides to extend the mandate until 30 June 2022:",
			[]Segment{{Keep, "Decides to extend the mandate until 30 June "}, {Delete, "2021"}, {Insert, "2022"}, {Keep, ":"}}},
		{"Requests the Secretary-General, in close consultation, to report", "Requests the Secretary-General to report",
			[]Segment{{Keep, "Requests the Secretary-General"}, {Delete, "in close consultation"}, {Keep, " to report"}}},
		{"Urges the parties to work thro ugh the Agreement", "Urges all parties to work through the Agreement fully",
			[]Segment{{Keep, "Urges "}, {Delete, "the"}, {Insert, "all"}, {Keep, " parties to work through the Agreement "}, {Insert, "fully"}}},
		{"Same text, 13,289 troops.", "Same text, 13289 troops.", []Segment{{Keep, "Same text, 13289 troops."}}},
		{"Old words only", "", []Segment{{Delete, "Old words only"}}},
	}
	for _, c := range cases {
		got := Segments(c.old, c.new)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("Segments(%q, %q)\n got %q\nwant %q", c.old, c.new, got, c.want)
		}
	}
}

// On the seeds, the deleted and inserted runs are the changes Align
// records, and the kept and inserted runs are the later text.
func TestSegmentsMatchChanges(t *testing.T) {
	n := 0
	for _, p := range seedPairs(t) {
		for _, l := range p.Links {
			if l.From == nil || l.To == nil {
				continue
			}
			segs := Segments(l.From.Text, l.To.Text)
			var later strings.Builder
			var removed, added []string
			for k, s := range segs {
				switch s.Op {
				case Keep:
					later.WriteString(s.Text)
				case Insert:
					later.WriteString(s.Text)
					added = append(added, s.Text)
				case Delete:
					removed = append(removed, s.Text)
				}
				// A replacement is a deletion then an insertion: one change.
				if s.Op == Delete && (k+1 == len(segs) || segs[k+1].Op != Insert) {
					added = append(added, "")
				}
				if s.Op == Insert && (k == 0 || segs[k-1].Op != Delete) {
					removed = append(removed, "")
				}
			}
			if later.String() != l.To.Text {
				t.Errorf("%s → %s: kept and inserted runs are %q, not the text %q", l.From.ID, l.To.ID, later.String(), l.To.Text)
			}
			var wantRemoved, wantAdded []string
			for _, c := range l.Changes {
				wantRemoved = append(wantRemoved, c.Removed)
				wantAdded = append(wantAdded, c.Added)
			}
			if !reflect.DeepEqual(removed, wantRemoved) || !reflect.DeepEqual(added, wantAdded) {
				t.Errorf("%s %s → %s %s: segments remove %q and add %q; Align recorded %q and %q",
					p.Old.Symbol, l.From.ID, p.New.Symbol, l.To.ID, removed, added, wantRemoved, wantAdded)
			}
			n++
		}
	}
	if n < 100 {
		t.Errorf("only %d aligned paragraphs in the seeds", n)
	}
}
