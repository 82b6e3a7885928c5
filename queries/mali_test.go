package queries

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/graph/store"
	"github.com/sckg/sckg/internal/storetest"
	"github.com/sckg/sckg/ontology"
)

// The canned queries on the graph of the bundled Mali documents, with the
// answers a reader of those documents expects, on every backend; and every
// backend gives the same answers.

const (
	elicites = "<http://data.europa.eu/eli/ontology#cites>"
	partOf   = "<http://data.europa.eu/eli/ontology#is_part_of>"
)

// d is the IRI of a document (or paragraph) by symbol, as Gizmo writes it.
func d(sym string) string { return "<" + ontology.Base + "doc/" + sym + ">" }

type maliCase struct {
	query  string
	params map[string]string
	check  func(t *testing.T, rows []map[string]any)
}

// rowsWith returns the rows whose fields have the given values.
func rowsWith(rows []map[string]any, kv ...any) []map[string]any {
	var out []map[string]any
	for _, r := range rows {
		ok := true
		for i := 0; i+1 < len(kv); i += 2 {
			if fmt.Sprint(r[kv[i].(string)]) != fmt.Sprint(kv[i+1]) {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, r)
		}
	}
	return out
}

func wantRow(t *testing.T, rows []map[string]any, kv ...any) {
	t.Helper()
	if len(rowsWith(rows, kv...)) == 0 {
		t.Errorf("no row with %v in\n%s", kv, show(rows))
	}
}

// citationsIn counts the cito:Citation nodes of the graph whose citing
// entity is the paragraph of IRI prefix, one of its sub-paragraphs (IRIs
// such as prefix + "__a"), or, if prefix ends in "#", any part of it.
func citationsIn(quads []rdf.Quad, prefix string) int {
	within := func(iri string) bool {
		if strings.HasSuffix(prefix, "#") || prefix == "" {
			return strings.HasPrefix(iri, prefix)
		}
		return iri == prefix || strings.HasPrefix(iri, prefix+"__")
	}
	const (
		citing   = "http://purl.org/spar/cito/hasCitingEntity"
		citation = "http://purl.org/spar/cito/Citation"
		rdfType  = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
	)
	isCitation := map[string]bool{}
	for _, q := range quads {
		if q.Pred.String() == rdfType && q.Obj.String() == citation {
			isCitation[q.Subj.String()] = true
		}
	}
	n := map[string]bool{}
	for _, q := range quads {
		if q.Pred.String() == citing && isCitation[q.Subj.String()] && within(q.Obj.String()) {
			n[q.Subj.String()] = true
		}
	}
	return len(n)
}

func maliCases(quads []rdf.Quad) []maliCase {
	return []maliCase{
		{"citation-chain", map[string]string{"symbol": "S/RES/2584 (2021)", "depth": "2"}, func(t *testing.T, rows []map[string]any) {
			wantRow(t, rows, "kind", "node", "id", d("S/RES/2531(2020)"), "depth", 1)
			wantRow(t, rows, "kind", "node", "id", d("S/RES/2480(2019)"), "depth", 2)
			wantRow(t, rows, "kind", "edge", "source", d("S/RES/2584(2021)"), "target", d("S/RES/2531(2020)"))
			wantRow(t, rows, "kind", "edge", "source", d("S/RES/2531(2020)"), "target", d("S/RES/2480(2019)"))
			for _, r := range rowsWith(rows, "kind", "node") {
				if r["depth"].(int64) > 2 {
					t.Errorf("beyond depth 2: %v", r)
				}
			}
		}},
		{"cited-by", map[string]string{"symbol": "S/RES/2374(2017)"}, func(t *testing.T, rows []map[string]any) {
			// both cite it directly
			wantRow(t, rows, "kind", "node", "id", d("S/RES/2531(2020)"), "depth", 1)
			wantRow(t, rows, "kind", "node", "id", d("S/RES/2584(2021)"), "depth", 1)
			wantRow(t, rows, "kind", "edge", "source", d("S/RES/2531(2020)"), "target", d("S/RES/2374(2017)"))
			wantRow(t, rows, "kind", "edge", "source", d("S/RES/2584(2021)"), "target", d("S/RES/2374(2017)"))
			// and 2584 cites 2531, both in the set
			wantRow(t, rows, "kind", "edge", "source", d("S/RES/2584(2021)"), "target", d("S/RES/2531(2020)"))
			for _, r := range rowsWith(rows, "kind", "node") {
				if id := r["id"].(string); strings.Contains(id, "#") || id == d("S/RES/2374(2017)") {
					t.Errorf("not a document citing it: %v", r)
				}
			}
		}},
		{"cited-by", map[string]string{"symbol": "S/RES/2584(2021)"}, func(t *testing.T, rows []map[string]any) {
			if len(rows) != 0 {
				t.Errorf("the newest resolution is cited by nothing in the seeds:\n%s", show(rows))
			}
		}},
		{"paragraph-citations", map[string]string{"symbol": "S/RES/2531(2020)#op_2"}, func(t *testing.T, rows []map[string]any) {
			wantRow(t, rows, "source", d("S/RES/2531(2020)#op_2"), "target", d("S/RES/2480(2019)#op_4"), "text", "paragraph 4 of resolution 2480 (2019)")
			wantRow(t, rows, "source", d("S/RES/2531(2020)#op_2"), "target", d("S/RES/2374(2017)"))
			for _, r := range rows {
				if r["source"] != d("S/RES/2531(2020)#op_2") || !strings.HasPrefix(fmt.Sprint(r["function"]), "<http://purl.org/spar/cito/") || r["confidence"] == nil {
					t.Errorf("row %v", r)
				}
			}
			if want := citationsIn(quads, ontology.Base+"doc/S/RES/2531(2020)#op_2"); len(rows) != want {
				t.Errorf("%d citations from op_2 and its parts, want %d", len(rows), want)
			}
		}},
		{"paragraph-citations", map[string]string{"symbol": "S/RES/2531(2020)"}, func(t *testing.T, rows []map[string]any) {
			if want := citationsIn(quads, ontology.Base+"doc/S/RES/2531(2020)#"); len(rows) != want || want == 0 {
				t.Errorf("%d citations from 2531 (2020), want %d", len(rows), want)
			}
		}},
		{"paragraph-citations", map[string]string{"target": "S/RES/2480(2019)"}, func(t *testing.T, rows []map[string]any) {
			wantRow(t, rows, "source", d("S/RES/2531(2020)#op_2"), "target", d("S/RES/2480(2019)#op_4"))
			for _, r := range rows {
				if tg := r["target"].(string); tg != d("S/RES/2480(2019)") && !strings.HasPrefix(tg, strings.TrimSuffix(d("S/RES/2480(2019)"), ">")+"#") {
					t.Errorf("not a citation of 2480 (2019): %v", r)
				}
			}
		}},
		{"paragraph-citations", nil, func(t *testing.T, rows []map[string]any) {
			if want := citationsIn(quads, ""); len(rows) != want {
				t.Errorf("%d citations, want every one of the %d", len(rows), want)
			}
		}},
		{"path", map[string]string{"from": "S/RES/2584(2021)", "to": "S/RES/2480(2019)"}, func(t *testing.T, rows []map[string]any) {
			same(t, rows, []map[string]any{
				{"step": int64(1), "source": d("S/RES/2584(2021)"), "predicate": elicites, "target": d("S/RES/2531(2020)")},
				{"step": int64(2), "source": d("S/RES/2531(2020)"), "predicate": elicites, "target": d("S/RES/2480(2019)")},
			})
		}},
		{"path", map[string]string{"from": "S/RES/2531(2020)#op_2", "to": "S/RES/2480(2019)", "via": elicites + "," + partOf}, func(t *testing.T, rows []map[string]any) {
			same(t, rows, []map[string]any{
				{"step": int64(1), "source": d("S/RES/2531(2020)#op_2"), "predicate": elicites, "target": d("S/RES/2480(2019)#op_4")},
				{"step": int64(2), "source": d("S/RES/2480(2019)#op_4"), "predicate": partOf, "target": d("S/RES/2480(2019)")},
			})
		}},
		{"path", map[string]string{"from": "S/RES/2480(2019)", "to": "S/RES/2584(2021)"}, func(t *testing.T, rows []map[string]any) {
			same(t, rows, []map[string]any{}) // citations run back in time only
		}},
		{"path", map[string]string{"from": "S/RES/2480(2019)", "to": "S/RES/2584(2021)", "direction": "both"}, func(t *testing.T, rows []map[string]any) {
			same(t, rows, []map[string]any{
				{"step": int64(1), "source": d("S/RES/2531(2020)"), "predicate": elicites, "target": d("S/RES/2480(2019)")},
				{"step": int64(2), "source": d("S/RES/2584(2021)"), "predicate": elicites, "target": d("S/RES/2531(2020)")},
			})
		}},
		{"votes", map[string]string{"symbol": "S/RES/2531 (2020)"}, func(t *testing.T, rows []map[string]any) {
			vote := "<" + ontology.Base + "vote/S/2020/600>"
			wantRow(t, rows, "kind", "vote", "id", vote, "draft", d("S/2020/600"), "result", d("S/RES/2531(2020)"),
				"inFavour", 15, "against", 0, "abstaining", 0, "date", "2020-06-29")
			members := rowsWith(rows, "kind", "member", "vote", vote, "position", "in favour")
			if len(members) != 15 || len(rowsWith(rows, "kind", "member")) != 15 {
				t.Errorf("%d members in favour, want 15 of 15:\n%s", len(members), show(rows))
			}
			wantRow(t, rows, "kind", "member", "state", "<"+ontology.Base+"actor/state/FRA>", "position", "in favour")
		}},
		{"requests-to", map[string]string{"actor": "Secretary-General"}, func(t *testing.T, rows []map[string]any) {
			// the reporting requests of 2364, 2531 and 2584, in date order
			first := map[string]int{}
			for i, r := range rows {
				if i > 0 && fmt.Sprint(r["date"]) < fmt.Sprint(rows[i-1]["date"]) {
					t.Errorf("not in date order: %v after %v", r, rows[i-1])
				}
				if r["document"] == d("S/2020/600") {
					t.Errorf("a draft's request without drafts=yes: %v", r)
				}
				if !strings.HasPrefix(fmt.Sprint(r["action"]), "to report") {
					continue
				}
				if _, ok := first[r["document"].(string)]; !ok {
					first[r["document"].(string)] = i
				}
			}
			a, b, c := first[d("S/RES/2364(2017)")], first[d("S/RES/2531(2020)")], first[d("S/RES/2584(2021)")]
			if len(first) < 3 || !(a < b && b < c) {
				t.Errorf("reporting requests by document, first rows: %v", first)
			}
			wantRow(t, rows, "document", d("S/RES/2584(2021)"), "paragraph", d("S/RES/2584(2021)#op_61"), "verb", "requests", "every", "P3M")
			wantRow(t, rows, "document", d("S/RES/2531(2020)"), "deadline", "2021-03-31")
		}},
		{"requests-to", map[string]string{"actor": "secretary-general", "drafts": "yes"}, func(t *testing.T, rows []map[string]any) {
			wantRow(t, rows, "document", d("S/2020/600"))
			wantRow(t, rows, "document", d("S/RES/2584(2021)"), "paragraph", d("S/RES/2584(2021)#op_61"))
		}},
		{"mandate-history", map[string]string{"mission": "MINUSMA"}, func(t *testing.T, rows []map[string]any) {
			var ends []string
			for _, r := range rowsWith(rows, "kind", "extension") {
				ends = append(ends, fmt.Sprintf("%v %v", strings.TrimPrefix(strings.Trim(r["document"].(string), "<>"), ontology.Base+"doc/"), r["until"]))
			}
			if got, want := strings.Join(ends, "; "), "S/RES/2364(2017) 2018-06-30; S/RES/2531(2020) 2021-06-30; S/RES/2584(2021) 2022-06-30"; got != want {
				t.Errorf("mandate end dates:\n got %s\nwant %s", got, want)
			}
			wantRow(t, rows, "kind", "ceiling", "document", d("S/RES/2531(2020)"), "military", 13289, "police", 1920)
		}},
		{"actor-network", map[string]string{"actor": "MINUSMA"}, func(t *testing.T, rows []map[string]any) {
			actor := func(s string) string { return "<" + ontology.Base + "actor/" + s + ">" }
			wantRow(t, rows, "source", actor("minusma"), "relation", "<"+ontology.DEF+"supports>", "target", actor("fc-g5s"))
			wantRow(t, rows, "source", actor("security-council"), "relation", "<"+ontology.DEF+"authorizes>", "target", actor("minusma"))
			wantRow(t, rows, "source", actor("minusma"), "relation", "co-mentioned", "target", actor("fc-g5s"))
			for _, r := range rows {
				if r["source"] != actor("minusma") && r["target"] != actor("minusma") || r["evidence"].(int64) < 1 {
					t.Errorf("a tie without MINUSMA, or without evidence: %v", r)
				}
			}
		}},
		// 2584 (2021) op 17 renews 2531 (2020) op 16 with a new year; 2531
		// op 16 is the draft's op 16 unchanged and 2364 (2017) op 15 with
		// a new year. The ceilings paragraph is the same from the draft to
		// 2584 (op 17, then op 18) and lost a clause of 2364's op 16.
		{"provision-history", map[string]string{"paragraph": "S/RES/2584(2021)#op_17"}, func(t *testing.T, rows []map[string]any) {
			if len(rows) != 3 {
				t.Errorf("%d steps, want 3:\n%s", len(rows), show(rows))
			}
			wantRow(t, rows, "step", -1, "from", d("S/RES/2531(2020)#op_16"), "to", d("S/RES/2584(2021)#op_17"), "status", "changed", "removed", "2021", "added", "2022", "basis", "series", "date", "2021-06-29")
			wantRow(t, rows, "step", -2, "from", d("S/RES/2364(2017)#op_15"), "status", "changed", "removed", "2018", "added", "2021")
			wantRow(t, rows, "step", -2, "from", d("S/2020/600#op_16"), "to", d("S/RES/2531(2020)#op_16"), "status", "identical", "basis", "draft", "similarity", 1)
		}},
		{"provision-history", map[string]string{"paragraph": "S/RES/2531(2020)#op_17"}, func(t *testing.T, rows []map[string]any) {
			wantRow(t, rows, "step", -1, "from", d("S/2020/600#op_17"), "status", "identical")
			wantRow(t, rows, "step", -1, "from", d("S/RES/2364(2017)#op_16"), "status", "changed", "added", "")
			wantRow(t, rows, "step", 1, "from", d("S/RES/2531(2020)#op_17"), "to", d("S/RES/2584(2021)#op_18"), "status", "identical")
		}},
		{"votes", map[string]string{"symbol": "S/RES/2364(2017)"}, func(t *testing.T, rows []map[string]any) {
			// adopted unanimously; the press release lists no members
			same(t, rows, []map[string]any{{"kind": "vote", "id": "<" + ontology.Base + "vote/S/RES/2364(2017)>", "result": d("S/RES/2364(2017)"), "unanimous": true}})
		}},
	}
}

func TestCannedQueriesOnMali(t *testing.T) {
	quads := storetest.MaliQuads(t)
	cases := maliCases(quads)
	tested := map[string]bool{}
	for _, c := range cases {
		tested[c.query] = true
	}
	for _, q := range List() {
		if !tested[q.Name] {
			t.Errorf("canned query %s has no test on the Mali graph", q.Name)
		}
	}

	answers := map[string][][]map[string]any{} // by backend, in case order
	for _, b := range storetest.Backends {
		t.Run(b.Name, func(t *testing.T) {
			s := storetest.Load(t, b, quads)
			for _, c := range cases {
				q, ok := Get(c.query)
				if !ok {
					t.Fatalf("no query %s", c.query)
				}
				ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
				start := time.Now()
				res, err := Run(ctx, s, q, c.params, Options{})
				cancel()
				t.Logf("%s %v: %d results in %s", c.query, c.params, len(res.Rows), time.Since(start).Round(time.Millisecond))
				if err != nil {
					t.Errorf("%s %v: %v", c.query, c.params, err)
					continue
				}
				t.Run(fmt.Sprintf("%s %v", c.query, c.params), func(t *testing.T) { c.check(t, res.Rows) })
				answers[b.Name] = append(answers[b.Name], res.Rows)
			}
			t.Run("FindNode", func(t *testing.T) { checkFindNode(t, s) })
		})
	}
	ref := storetest.Backends[0].Name
	for name, got := range answers {
		if name == ref || len(got) != len(answers[ref]) {
			continue
		}
		for i, rows := range got {
			if !reflect.DeepEqual(rows, answers[ref][i]) {
				t.Errorf("%s answers %s %v differently from %s:\n%s\nwant\n%s", name, cases[i].query, cases[i].params, ref, show(rows), show(answers[ref][i]))
			}
		}
	}
}

// Actors are named as printed, by any alias, or by IRI.
func TestActorNames(t *testing.T) {
	s := storetest.Load(t, storetest.Backends[0], storetest.MaliQuads(t))
	ctx := context.Background()
	sg := "<" + ontology.Base + "actor/secretary-general>"
	for _, name := range []string{"Secretary-General", "secretary-general", "  Secretary-General of the United Nations ", "秘书长", sg, ontology.Base + "actor/secretary-general"} {
		if got, err := ActorIRI(ctx, s, "", name); err != nil || got != sg {
			t.Errorf("ActorIRI(%q) = %s, %v", name, got, err)
		}
	}
	if got, err := ActorIRI(ctx, s, "", "MINUSMA"); err != nil || got != "<"+ontology.Base+"actor/minusma>" {
		t.Errorf("MINUSMA: %s %v", got, err)
	}
	if got, err := ActorIRI(ctx, s, "", "FRA"); err != nil || got != "<"+ontology.Base+"actor/state/FRA>" {
		t.Errorf("FRA: %s %v", got, err)
	}
	if _, err := ActorIRI(ctx, s, "", "Nobody at all"); err == nil || !strings.Contains(err.Error(), `no actor called "Nobody at all"`) {
		t.Errorf("an unknown actor: %v", err)
	}
	q, _ := Get("requests-to")
	if _, err := Run(ctx, s, q, map[string]string{"actor": "Nobody"}, Options{}); err == nil || !strings.Contains(err.Error(), "query requests-to: actor: no actor called") {
		t.Errorf("requests-to an unknown actor: %v", err)
	}
}

// NodeIRI writes symbols as extraction mints them (symbol.Normalise).
func TestNodeIRI(t *testing.T) {
	for in, want := range map[string]string{
		"S/RES/2584 (2021)":      d("S/RES/2584(2021)"),
		" S/RES/2531(2020)#op_2": d("S/RES/2531(2020)#op_2"),
		"S/2020/600.":            d("S/2020/600"),
		"https://example.org/x":  "<https://example.org/x>",
		"<urn:x:y>":              "<urn:x:y>",
		"":                       "",
	} {
		if got := NodeIRI("", in); got != want {
			t.Errorf("NodeIRI(%q) = %s, want %s", in, got, want)
		}
	}
	if got := NodeIRI("http://example.org/base", "S/RES/1(1946)"); got != "<http://example.org/base/doc/S/RES/1(1946)>" {
		t.Errorf("other base: %s", got)
	}
}

// checkFindNode: the ways people write a resolution's symbol all find it,
// on every backend (PostgreSQL's ValueOf answers for any IRI, so finding
// is by quads); what the store lacks is left for the query to report.
func checkFindNode(t *testing.T, qs *store.Store) {
	ctx := context.Background()
	for typed, want := range map[string]string{
		"S/RES/2584 (2021)":      d("S/RES/2584(2021)"),
		"2584 (2021)":            d("S/RES/2584(2021)"),
		"resolution 2584 (2021)": d("S/RES/2584(2021)"),
		"Resolution 2531":        d("S/RES/2531(2020)"),
		"s/res/2584(2021)":       d("S/RES/2584(2021)"),
		"S/RES/2584":             d("S/RES/2584(2021)"),
		"2480":                   d("S/RES/2480(2019)"), // only cited by the seeds
		"s/prst/2018/10":         d("S/PRST/2018/10"),
		"2584#op_39":             "<" + ontology.Base + "doc/S/RES/2584(2021)#op_39>",
		"9999":                   d("9999"),
		"S/RES/9999 (2020)":      d("S/RES/9999(2020)"),
		d("s/res/2584(2021)"):    d("s/res/2584(2021)"), // an IRI is taken as given
	} {
		if got, err := FindNode(ctx, qs, "", typed); err != nil || got != want {
			t.Errorf("FindNode(%q) = %s, %v; want %s", typed, got, err, want)
		}
	}
}

// What forgiving names cost: a bare number tries up to eighty years, on
// bolt (go test ./queries -run '^$' -bench FindNode), against a symbol
// the store holds as typed.
func BenchmarkFindNode(b *testing.B) {
	s := storetest.Load(b, storetest.Backends[1], storetest.MaliQuads(b))
	ctx := context.Background()
	for _, typed := range []string{"S/RES/2584 (2021)", "resolution 2584 (2021)", "2584", "9999"} {
		b.Run(typed, func(b *testing.B) {
			for b.Loop() {
				if _, err := FindNode(ctx, s, "", typed); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
