package server

import (
	"encoding/json"
	"net/http"
	"net/url"
	"reflect"
	"strings"
	"testing"

	"github.com/sckg/sckg/graph/lineage"
)

// history asks for a paragraph's history and reads the answer.
func history(t *testing.T, base, query string) History {
	t.Helper()
	a := get(t, base+"/api/paragraph/history?"+query)
	if a.code != http.StatusOK {
		t.Fatalf("%s: status %d: %s", query, a.code, a.short())
	}
	var h History
	if err := json.Unmarshal([]byte(a.body), &h); err != nil {
		t.Fatalf("%s: %v\n%s", query, err, a.short())
	}
	return h
}

// stepTo is the step of h from one paragraph (symbol#id) to another.
func stepTo(t *testing.T, h History, from, to string) Step {
	t.Helper()
	for _, s := range h.Steps {
		if s.From == doc+from && s.To == doc+to {
			return s
		}
	}
	t.Fatalf("no step %s → %s in %+v", from, to, h.Steps)
	return Step{}
}

// 2584 (2021) op 17 renews 2531 (2020) op 16 with its date moved a year:
// the history gives the step with the stored change and the words in
// their sentence, the step before it (2364 (2017) op 15, and the draft
// S/2020/600 op 16 unchanged), and each version's symbol, date and text.
func TestParagraphHistory(t *testing.T) {
	base := start(t, Config{})
	for _, q := range []string{
		"paragraph=" + url.QueryEscape("S/RES/2584 (2021)#op_17"),
		"paragraph=" + url.QueryEscape(doc+"S/RES/2584(2021)#op_17"),
		"symbol=" + url.QueryEscape("S/RES/2584(2021)") + "&id=op_17",
	} {
		h := history(t, base, q)
		if h.Paragraph != doc+"S/RES/2584(2021)#op_17" || len(h.Steps) != 3 || len(h.Versions) != 4 {
			t.Fatalf("%s: %s, %d steps, %d versions", q, h.Paragraph, len(h.Steps), len(h.Versions))
		}
		s := stepTo(t, h, "S/RES/2531(2020)#op_16", "S/RES/2584(2021)#op_17")
		if s.Step != -1 || s.Status != "changed" || s.Basis != "series" || s.Similarity == nil || *s.Similarity != 0.909 ||
			s.FromSymbol != "S/RES/2531(2020)" || s.ToSymbol != "S/RES/2584(2021)" || s.FromID != "op_16" || s.ToID != "op_17" || s.Date != "2021-06-29" {
			t.Errorf("2531 op 16 → 2584 op 17: %+v", s)
		}
		if want := []Change{{Removed: "2021", Added: "2022"}}; !reflect.DeepEqual(s.Changes, want) {
			t.Errorf("changes %+v, want %+v", s.Changes, want)
		}
		want := []lineage.Segment{
			{Op: lineage.Keep, Text: "Decides to extend the mandate of MINUSMA until 30 June "},
			{Op: lineage.Delete, Text: "2021"}, {Op: lineage.Insert, Text: "2022"}, {Op: lineage.Keep, Text: ";"}}
		if !reflect.DeepEqual(s.Segments, want) {
			t.Errorf("segments %+v, want %+v", s.Segments, want)
		}
		d := stepTo(t, h, "S/2020/600#op_16", "S/RES/2531(2020)#op_16")
		if d.Step != -2 || d.Basis != "draft" || d.Status != "identical" || len(d.Changes) != 0 ||
			len(d.Segments) != 1 || d.Segments[0].Op != lineage.Keep {
			t.Errorf("draft → 2531: %+v", d)
		}
		var got []string
		for _, v := range h.Versions {
			got = append(got, v.Date+" "+v.Symbol+"#"+v.ID)
		}
		// By date, the draft before the resolution it became.
		wantVersions := []string{"2017 S/RES/2364(2017)#op_15", "2020-06-29 S/2020/600#op_16", "2020-06-29 S/RES/2531(2020)#op_16", "2021-06-29 S/RES/2584(2021)#op_17"}
		if !reflect.DeepEqual(got, wantVersions) {
			t.Errorf("versions %q, want %q", got, wantVersions)
		}
		if v := h.Versions[3]; v.Step != 0 || v.Text != "Decides to extend the mandate of MINUSMA until 30 June 2022;" || v.Draft {
			t.Errorf("the paragraph itself: %+v", v)
		}
		if !h.Versions[1].Draft || h.Versions[1].Step != -2 {
			t.Errorf("the draft: %+v", h.Versions[1])
		}
	}
}

// The ceilings paragraph (13,289 military, 1,920 police) is the same
// words in 2531 (2020) op 17, the draft's op 17 and 2584 (2021) op 18;
// 2364 (2017) op 16 said more. Asked from the middle, the history goes
// back to 2017 and forward to 2021.
func TestParagraphHistoryCeilings(t *testing.T) {
	base := start(t, Config{})
	h := history(t, base, "paragraph="+url.QueryEscape("S/RES/2531(2020)#op_17"))
	for _, c := range []struct {
		from, to, status, basis string
		step                    int
	}{
		{"S/2020/600#op_17", "S/RES/2531(2020)#op_17", "identical", "draft", -1},
		{"S/RES/2364(2017)#op_16", "S/RES/2531(2020)#op_17", "changed", "series", -1},
		{"S/RES/2531(2020)#op_17", "S/RES/2584(2021)#op_18", "identical", "series", 1},
	} {
		s := stepTo(t, h, c.from, c.to)
		if s.Status != c.status || s.Basis != c.basis || s.Step != c.step {
			t.Errorf("%s → %s: %s %s step %d, want %s %s step %d", c.from, c.to, s.Status, s.Basis, s.Step, c.status, c.basis, c.step)
		}
		if c.status == "identical" && (len(s.Segments) != 1 || s.Segments[0].Op != lineage.Keep || s.Changes != nil || *s.Similarity != 1) {
			t.Errorf("%s → %s is identical but shows %+v, changes %+v", c.from, c.to, s.Segments, s.Changes)
		}
	}
	texts := map[string]string{}
	for _, v := range h.Versions {
		texts[v.Symbol] = v.Text
	}
	for _, sym := range []string{"S/2020/600", "S/RES/2531(2020)", "S/RES/2584(2021)"} {
		if !strings.Contains(texts[sym], "13,289") || !strings.Contains(texts[sym], "1,920") {
			t.Errorf("%s: %q has not the ceilings", sym, texts[sym])
		}
	}
	// 2364 op 16 lost a clause: the words removed are marked, none added.
	s := stepTo(t, h, "S/RES/2364(2017)#op_16", "S/RES/2531(2020)#op_17")
	var kept, dels strings.Builder
	for _, g := range s.Segments {
		switch g.Op {
		case lineage.Keep:
			kept.WriteString(g.Text)
		case lineage.Delete:
			dels.WriteString(g.Text)
		case lineage.Insert:
			t.Errorf("2364 op 16 → 2531 op 17 adds %q", g.Text)
		}
	}
	if kept.String() != texts["S/RES/2531(2020)"] || dels.Len() == 0 {
		t.Errorf("2364 op 16 → 2531 op 17: kept %q, deleted %q", kept.String(), dels.String())
	}
}

func TestParagraphHistoryErrors(t *testing.T) {
	base := start(t, Config{})
	for _, c := range []struct {
		query string
		code  int
		says  string
	}{
		{"", http.StatusBadRequest, "say which paragraph"},
		{"paragraph=" + url.QueryEscape("S/RES/2584(2021)"), http.StatusBadRequest, "say which paragraph"},
		{"paragraph=" + url.QueryEscape("S/RES/2584(2021)#op_99"), http.StatusNotFound, "is not a paragraph in the store"},
		{"paragraph=" + url.QueryEscape("S/RES/2584(2021)#op_17") + "&depth=0", http.StatusBadRequest, "depth"},
	} {
		a := get(t, base+"/api/paragraph/history?"+c.query)
		if a.code != c.code || !strings.Contains(a.body, c.says) {
			t.Errorf("%q: %d %s, want %d saying %q", c.query, a.code, a.short(), c.code, c.says)
		}
	}
}

// A document's paragraphs, in order, each with how it came from the
// texts before it.
func TestDocumentParagraphs(t *testing.T) {
	base := start(t, Config{})
	a := get(t, base+"/api/document/paragraphs?symbol="+url.QueryEscape("S/RES/2531 (2020)"))
	if a.code != http.StatusOK {
		t.Fatalf("status %d: %s", a.code, a.short())
	}
	var ps Paragraphs
	if err := json.Unmarshal([]byte(a.body), &ps); err != nil {
		t.Fatal(err)
	}
	if ps.Symbol != "S/RES/2531(2020)" || len(ps.Paragraphs) < 60 || ps.Paragraphs[0].ID != "pp_1" {
		t.Fatalf("%s: %d paragraphs, the first %+v", ps.Symbol, len(ps.Paragraphs), ps.Paragraphs[0])
	}
	var ids []string
	for _, p := range ps.Paragraphs {
		ids = append(ids, p.ID)
		if strings.Contains(p.ID, "__") {
			t.Errorf("sub-paragraph %s listed", p.ID)
		}
	}
	found := false
	for i, p := range ps.Paragraphs {
		if p.ID != "op_17" {
			continue
		}
		found = true
		if ps.Paragraphs[i-1].ID != "op_16" {
			t.Errorf("op_17 follows %s: %v", ps.Paragraphs[i-1].ID, ids)
		}
		want := []Revision{{"identical", "draft", "S/2020/600"}, {"changed", "series", "S/RES/2364(2017)"}}
		if p.Kind != "operative" || p.Number != "17" || !reflect.DeepEqual(p.Revisions, want) {
			t.Errorf("op_17: %s %q %+v, want %+v", p.Kind, p.Number, p.Revisions, want)
		}
	}
	if !found {
		t.Errorf("no op_17 among %v", ids)
	}
	if a := get(t, base+"/api/document/paragraphs?symbol=S/RES/9999(2020)"); a.code != http.StatusNotFound {
		t.Errorf("a document the store lacks: %d %s", a.code, a.short())
	}
}
