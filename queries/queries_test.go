package queries

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/graph/store"
)

const (
	cites = "http://data.europa.eu/eli/ontology#cites"
	doc   = "https://w3id.org/sckg/doc/"
)

// memStore holds the citations given as "a>b" pairs of document symbols,
// each in the named graph of its citing document.
func memStore(t *testing.T, edges ...string) *store.Store {
	t.Helper()
	st, err := store.Open("memory")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	var quads []rdf.Quad
	for _, e := range edges {
		from, to, _ := strings.Cut(e, ">")
		quads = append(quads, citation(t, from, to, "https://w3id.org/sckg/graph/"+from))
	}
	if _, err := st.ReplaceGraphs(context.Background(), quads); err != nil {
		t.Fatal(err)
	}
	return st
}

// citation is the quad "from cites to" in graph g.
func citation(t *testing.T, from, to, g string) rdf.Quad {
	t.Helper()
	var terms [4]rdf.IRI
	for i, s := range []string{doc + from, cites, doc + to, g} {
		iri, err := rdf.NewIRI(s)
		if err != nil {
			t.Fatal(err)
		}
		terms[i] = iri
	}
	return rdf.Quad{Triple: rdf.Triple{Subj: terms[0], Pred: terms[1], Obj: terms[2]}, Ctx: terms[3]}
}

func node(id string, depth int64) map[string]any {
	return map[string]any{"kind": "node", "id": "<" + doc + id + ">", "depth": depth}
}

func edge(from, to string) map[string]any {
	return map[string]any{"kind": "edge", "source": "<" + doc + from + ">", "target": "<" + doc + to + ">"}
}

func chain(t *testing.T, qs *store.Store, params map[string]string) []map[string]any {
	t.Helper()
	q, ok := Get("citation-chain")
	if !ok {
		t.Fatal("citation-chain not found")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	res, err := Run(ctx, qs, q, params, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return res.Rows
}

func same(t *testing.T, got, want []map[string]any) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%s\nwant\n%s", show(got), show(want))
	}
}

func show(rs []map[string]any) string {
	var b strings.Builder
	for _, r := range rs {
		fmt.Fprintf(&b, "  %v\n", r)
	}
	return b.String()
}

func TestHeaders(t *testing.T) {
	qs := List()
	if len(qs) == 0 {
		t.Fatal("no canned queries")
	}
	for i, q := range qs {
		if i > 0 && qs[i-1].Name >= q.Name {
			t.Errorf("List not sorted: %s before %s", qs[i-1].Name, q.Name)
		}
		if q.Description == "" {
			t.Errorf("%s: no description", q.Name)
		}
		for _, p := range q.Params {
			if p.Name == "limit" {
				t.Errorf("%s: a parameter called limit, which the HTTP API keeps for the result limit", q.Name)
			}
		}
	}
	q, _ := Get("citation-chain")
	want := []Param{
		{Name: "symbol", Main: true, Node: true, Required: true, Help: "the starting document: a symbol such as S/RES/2584(2021), or an IRI"},
		{Name: "depth", Default: "10", Help: "maximum depth to follow"},
		{Name: "cites", Default: "<http://data.europa.eu/eli/ontology#cites>", Help: "predicate IRI for citations"},
	}
	if !reflect.DeepEqual(q.Params, want) {
		t.Errorf("params\n%+v\nwant\n%+v", q.Params, want)
	}
	if !strings.HasPrefix(q.Description, "the documents that a document cites") {
		t.Errorf("description %q", q.Description)
	}
}

func TestParseErrors(t *testing.T) {
	for _, src := range []string{
		"g.V()",
		"// other-name: x\n",
		"// q:\n",
		"// q: x\n// @parm a help\n",
		"// q: x\n// @param a\n",
		"// q: x\n// @param a help\n// @param a again\n",
		"// q: x\n// @param a (main) help\n// @param b (main) help\n",
		"// q: x\n// @param a-b help\n",
	} {
		if _, err := Parse("q", src); err == nil {
			t.Errorf("no error for %q", src)
		}
	}
	q, err := Parse("q", "// q: x\n// @param sym (main) a symbol like S/RES/2531(2020) (default <a(1)>)\ng.V()")
	if err != nil {
		t.Fatal(err)
	}
	if p := q.Params[0]; !p.Main || p.Default != "<a(1)>" || p.Help != "a symbol like S/RES/2531(2020)" {
		t.Errorf("parsed %+v", p)
	}
}

func TestCitationChain(t *testing.T) {
	qs := memStore(t, "a>b", "b>c", "a>c", "c>d")
	// the same citation stated in a second graph gives one edge
	extra := citation(t, "a", "b", "https://w3id.org/sckg/graph/other")
	if _, err := qs.ReplaceGraphs(context.Background(), []rdf.Quad{extra}); err != nil {
		t.Fatal(err)
	}
	got := chain(t, qs, map[string]string{"symbol": "<" + doc + "a>"})
	same(t, got, []map[string]any{
		node("b", 1), node("c", 1), node("d", 2),
		edge("a", "b"), edge("a", "c"), edge("b", "c"), edge("c", "d"),
	})

	// brackets optional; depth limit respected, edges only inside the chain
	got = chain(t, qs, map[string]string{"symbol": doc + "a", "depth": "1"})
	same(t, got, []map[string]any{
		node("b", 1), node("c", 1),
		edge("a", "b"), edge("a", "c"), edge("b", "c"),
	})
	got = chain(t, qs, map[string]string{"symbol": doc + "a", "depth": "0"})
	same(t, got, []map[string]any{})

	// a document nobody cites from
	same(t, chain(t, qs, map[string]string{"symbol": doc + "d"}), []map[string]any{})
}

func TestCitationChainCycle(t *testing.T) {
	qs := memStore(t, "a>b", "b>a", "b>b")
	got := chain(t, qs, map[string]string{"symbol": doc + "a", "depth": "1000"})
	same(t, got, []map[string]any{
		node("b", 1),
		edge("a", "b"), edge("b", "a"), edge("b", "b"),
	})
}

func TestRunParamErrors(t *testing.T) {
	qs := memStore(t, "a>b")
	q, _ := Get("citation-chain")
	ctx := context.Background()
	_, err := Run(ctx, qs, q, map[string]string{"symbol": doc + "a", "dept": "2"}, Options{})
	if err == nil || !strings.Contains(err.Error(), "dept") || !strings.Contains(err.Error(), "symbol, depth, cites") {
		t.Errorf("unknown parameter: %v", err)
	}
	_, err = Run(ctx, qs, q, nil, Options{})
	if err == nil || !strings.Contains(err.Error(), "symbol") {
		t.Errorf("missing parameter: %v", err)
	}
	_, err = Run(ctx, qs, q, map[string]string{"symbol": doc + "a", "depth": "two"}, Options{})
	if err == nil || !strings.Contains(err.Error(), "depth must be a whole number") {
		t.Errorf("bad depth: %v", err)
	}
}

func TestRunScriptLimitAndValues(t *testing.T) {
	qs := memStore(t, "a>b", "a>c", "a>d")
	ctx := context.Background()
	res, err := RunScript(ctx, qs, `(function(){ for (var i = 0; i < 100; i++) { g.Emit({n: i}) } })()`, Options{Limit: 5})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Rows) != 5 || res.Rows[4]["n"] != int64(4) || !res.Truncated {
		t.Errorf("limit 5: %v (truncated %v)", res.Rows, res.Truncated)
	}
	// exactly as many results as the limit: not truncated
	res, err = RunScript(ctx, qs, `g.V("<`+doc+`a>").Out("<`+cites+`>").All()`, Options{Limit: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Rows) != 3 || res.Rows[0]["id"] == nil || res.Truncated {
		t.Errorf("All(): %v (truncated %v)", res.Rows, res.Truncated)
	}
	// the script's own value (a last expression that is not undefined),
	// which Cayley sends as a null, neither counts nor shows
	lastValue := `g.V("<` + doc + `a>").Out("<` + cites + `>").All(); g.V().ToArray()`
	res, err = RunScript(ctx, qs, lastValue, Options{Limit: 3})
	if err != nil || len(res.Rows) != 3 || res.Truncated {
		t.Errorf("script value: %v (truncated %v) %v", res.Rows, res.Truncated, err)
	}
	res, err = RunScript(ctx, qs, `g.Emit("plain")`, Options{})
	if err != nil || len(res.Rows) != 1 || res.Rows[0]["value"] != "plain" {
		t.Errorf("plain value: %v %v", res.Rows, err)
	}
	if _, err := RunScript(ctx, qs, `(function(){ nosuchfunction() })()`, Options{}); err == nil {
		t.Errorf("no error from a failing script")
	}
	if _, err := RunScript(ctx, qs, `(function(){ `, Options{}); err == nil {
		t.Errorf("no error from a syntax error")
	}

	// Cayley's way: every result, the null included
	raw, truncated, err := RunCayley(ctx, qs, lastValue, 0)
	if err != nil || len(raw) != 4 || raw[3] != nil || truncated {
		t.Errorf("RunCayley: %v %v %v", raw, truncated, err)
	}
	raw, truncated, err = RunCayley(ctx, qs, lastValue, 2)
	if err != nil || len(raw) != 2 || !truncated {
		t.Errorf("RunCayley limit 2: %v %v %v", raw, truncated, err)
	}
}

func TestRunTimeout(t *testing.T) {
	qs := memStore(t, "a>b")
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	start := time.Now()
	_, err := RunScript(ctx, qs, `(function(){ while(true){} })()`, Options{})
	if err == nil || !strings.Contains(err.Error(), "time limit") || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("endless script: %v", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("stopped after %s", d)
	}
	t.Log(err)

	// the same through Run, and with results emitted before the loop
	q, err := Parse("spin", "// spin: never ends\n(function(){ g.Emit({x: 1}); while(true){} })()")
	if err != nil {
		t.Fatal(err)
	}
	ctx2, cancel2 := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel2()
	if _, err := Run(ctx2, qs, q, nil, Options{}); err == nil || !strings.Contains(err.Error(), "query spin: stopped at the time limit") {
		t.Errorf("Run: %v", err)
	}
}
