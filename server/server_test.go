package server

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sckg/sckg/graph/store"
	"github.com/sckg/sckg/internal/storetest"
)

const (
	doc   = "https://w3id.org/sckg/doc/"
	cites = "<http://data.europa.eu/eli/ontology#cites>"
)

var (
	maliOnce  sync.Once
	maliStore *store.Store
)

// mali is the Mali graph in a memory store, shared by the tests that only
// read it.
func mali(t *testing.T) *store.Store {
	t.Helper()
	maliOnce.Do(func() {
		s, err := store.Open("memory")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.ReplaceGraphs(context.Background(), storetest.MaliQuads(t)); err != nil {
			t.Fatal(err)
		}
		maliStore = s
	})
	if maliStore == nil {
		t.Fatal("no Mali store")
	}
	return maliStore
}

// start serves cfg on a real listener on 127.0.0.1.
func start(t *testing.T, cfg Config) string {
	t.Helper()
	if cfg.Store == nil {
		cfg.Store = mali(t)
	}
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return ts.URL
}

type answer struct {
	code   int
	body   string
	header http.Header
}

// short is a body fit for a failure message.
func (a answer) short() string {
	if len(a.body) > 300 {
		return a.body[:300] + "…"
	}
	return a.body
}

func post(t *testing.T, url, contentType, body string) answer {
	t.Helper()
	resp, err := http.Post(url, contentType, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	return answer{resp.StatusCode, string(data), resp.Header}
}

func get(t *testing.T, url string) answer {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	return answer{resp.StatusCode, string(data), resp.Header}
}

func results(t *testing.T, a answer) []any {
	t.Helper()
	if a.code != http.StatusOK {
		t.Fatalf("status %d: %s", a.code, a.body)
	}
	var out struct {
		Result []any `json:"result"`
	}
	if err := json.Unmarshal([]byte(a.body), &out); err != nil {
		t.Fatalf("not Cayley's answer: %v\n%s", err, a.body)
	}
	return out.Result
}

// scripts that exercise Cayley's answers: nodes, tags, emitted values,
// the null of a script's own value, no results at all.
var scripts = []string{
	`g.V("<` + doc + `S/RES/2584(2021)>").Out("` + cites + `").All()`,
	`g.V("<` + doc + `S/RES/2584(2021)>").Tag("from").Out("` + cites + `").Tag("to").Out("` + cites + `").All()`,
	`g.Emit({a: 1, b: "two", c: [3]}); g.Emit("plain"); g.Emit(4.5)`,
	`g.V("<` + doc + `S/RES/2531(2020)>").Out("` + cites + `").All(); g.V().ToArray()`,
	`g.V("<urn:nothing>").All()`,
	`g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<http://data.europa.eu/eli/ontology#LegalResource>").All()`,
}

// The v1 endpoint answers as Cayley's own query endpoint does, byte for
// byte: Cayley's v2 handler, which shares its code with v1, answers the
// same scripts on the same store here for comparison.
func TestV1AnswersAsCayley(t *testing.T) {
	st := mali(t)
	base := start(t, Config{Store: st})
	cayley, err := st.CayleyAPI(false) // answers CayleyLimit results, Cayley's default
	if err != nil {
		t.Fatal(err)
	}
	for _, script := range scripts {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest("POST", "/api/v2/query?lang=gizmo", strings.NewReader(script))
		cayley.ServeHTTP(rec, req)
		want := rec.Body.String()
		if rec.Code != http.StatusOK {
			t.Fatalf("Cayley: %d %s", rec.Code, want)
		}
		wanted := answer{body: want}
		got := post(t, base+"/api/v1/query/gizmo", "text/plain", script)
		if got.code != http.StatusOK || got.body != want {
			t.Errorf("v1 %s:\n got %d %s\nwant %s", script, got.code, got.short(), wanted.short())
		}
		got = post(t, base+"/api/v2/query?lang=gizmo", "text/plain", script)
		if got.body != want {
			t.Errorf("v2 POST %s:\n got %s\nwant %s", script, got.short(), wanted.short())
		}
		got = get(t, base+"/api/v2/query?lang=gizmo&qu="+url.QueryEscape(script))
		if got.body != want {
			t.Errorf("v2 GET %s:\n got %s\nwant %s", script, got.short(), wanted.short())
		}
	}
	// Cayley's default of 100 results, and its error form
	a := post(t, base+"/api/v1/query/gizmo", "text/plain", `g.V().All()`)
	if all := results(t, a); len(all) != CayleyLimit || a.header.Get("Sckg-Truncated") != "true" {
		t.Errorf("%d results by default (truncated: %q), want Cayley's %d", len(all), a.header.Get("Sckg-Truncated"), CayleyLimit)
	}
	bad := post(t, base+"/api/v1/query/gizmo", "text/plain", `g.V(`)
	if bad.code != http.StatusBadRequest || !strings.HasPrefix(bad.body, `{"error" : "`) {
		t.Errorf("syntax error: %d %s", bad.code, bad.body)
	}
}

func TestLimitsAndErrors(t *testing.T) {
	base := start(t, Config{Limit: 50, MaxBody: 1000})
	a := post(t, base+"/api/v1/query/gizmo?limit=7", "text/plain", `g.V().All()`)
	if n := len(results(t, a)); n != 7 || a.header.Get("Sckg-Truncated") != "true" {
		t.Errorf("?limit=7: %d results, %s", n, a.short())
	}
	if n := len(results(t, post(t, base+"/api/v1/query/gizmo?limit=1000", "text/plain", `g.V().All()`))); n != 50 {
		t.Errorf("?limit above the server's: %d results, want 50", n)
	}
	for _, tt := range []struct {
		name string
		a    answer
		code int
		want string
	}{
		{"big body", post(t, base+"/api/v1/query/gizmo", "text/plain", "//"+strings.Repeat("x", 2000)), http.StatusRequestEntityTooLarge, "larger than 1000 bytes"},
		{"bad limit", post(t, base+"/api/v1/query/gizmo?limit=-1", "text/plain", "g.V().All()"), http.StatusBadRequest, "positive whole number"},
		{"other language", post(t, base+"/api/v1/query/graphql", "text/plain", "{}"), http.StatusBadRequest, "speaks gizmo"},
		{"no language", post(t, base+"/api/v2/query", "text/plain", "g.V().All()"), http.StatusBadRequest, "lang=gizmo"},
		{"empty v2", get(t, base+"/api/v2/query?lang=gizmo"), http.StatusBadRequest, "query is empty"},
		{"script error", post(t, base+"/api/v2/query?lang=gizmo", "text/plain", `(function(){ nosuch() })()`), http.StatusBadRequest, "nosuch"},
		{"no such query", get(t, base+"/api/queries/nosuch"), http.StatusNotFound, "GET /api/queries lists them"},
		{"missing parameter", get(t, base+"/api/queries/cited-by"), http.StatusBadRequest, "needs parameter symbol"},
		{"unknown parameter", get(t, base+"/api/queries/cited-by?symbol=x&nosuch=1"), http.StatusBadRequest, "has no parameter nosuch"},
		{"wrong method", post(t, base+"/api/queries", "text/plain", ""), http.StatusMethodNotAllowed, ""},
	} {
		if tt.a.code != tt.code || !strings.Contains(tt.a.body, tt.want) {
			t.Errorf("%s: %d %s; want %d and %q", tt.name, tt.a.code, tt.a.short(), tt.code, tt.want)
		}
	}
}

func TestCannedQueries(t *testing.T) {
	base := start(t, Config{})
	var list struct {
		Result []queryInfo `json:"result"`
	}
	if err := json.Unmarshal([]byte(get(t, base+"/api/queries").body), &list); err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, q := range list.Result {
		names[q.Name] = true
		if q.Description == "" || len(q.Params) == 0 {
			t.Errorf("listing of %s: %+v", q.Name, q)
		}
	}
	if !names["citation-chain"] || !names["cited-by"] || !names["path"] {
		t.Errorf("listing: %v", names)
	}

	rows := results(t, get(t, base+"/api/queries/cited-by?symbol="+url.QueryEscape("S/RES/2374 (2017)")))
	found := map[string]bool{}
	for _, r := range rows {
		m := r.(map[string]any)
		if m["kind"] == "node" {
			found[m["id"].(string)] = true
		}
	}
	if !found["<"+doc+"S/RES/2531(2020)>"] || !found["<"+doc+"S/RES/2584(2021)>"] {
		t.Errorf("cited-by 2374 (2017): %v", rows)
	}
	// parameters in a form body, and the result limit
	a := post(t, base+"/api/queries/citation-chain?limit=3", "application/x-www-form-urlencoded", "symbol=S/RES/2584(2021)&depth=1")
	if n := len(results(t, a)); n != 3 || !strings.Contains(a.body, `"truncated":true`) {
		t.Errorf("POSTed parameters with ?limit=3: %d results, %s", n, a.body)
	}
}

// A write is refused unless allowed; allowed, Cayley's v2 write endpoint
// adds N-Quads, within the size limit.
func TestWrites(t *testing.T) {
	const nq = `<urn:sckg:a> <urn:sckg:p> <urn:sckg:b> <urn:sckg:g> .` + "\n"
	ro := start(t, Config{})
	for _, p := range []string{"/api/v2/write", "/api/v2/delete", "/api/v1/write", "/api/v2/node/delete"} {
		a := post(t, ro+p, "application/n-quads", nq)
		if a.code != http.StatusForbidden || !strings.Contains(a.body, "read-only; start it with --allow-writes") {
			t.Errorf("%s on a read-only server: %d %s", p, a.code, a.body)
		}
	}
	if n := len(results(t, post(t, ro+"/api/v1/query/gizmo", "text/plain", `g.V("<urn:sckg:a>").Out().All()`))); n != 0 {
		t.Errorf("the refused write was written")
	}

	st, err := store.Open("memory")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	rw := start(t, Config{Store: st, AllowWrites: true, MaxWrite: 200})
	a := post(t, rw+"/api/v2/write", "application/n-quads", nq)
	if a.code != http.StatusOK || !strings.Contains(a.body, "Successfully wrote 1 quads") {
		t.Fatalf("write: %d %s", a.code, a.body)
	}
	if a := post(t, rw+"/api/v2/write", "application/n-quads", nq); a.code != http.StatusOK {
		t.Errorf("writing the same quad again: %d %s", a.code, a.body)
	}
	got := results(t, post(t, rw+"/api/v1/query/gizmo", "text/plain", `g.V("<urn:sckg:a>").Out("<urn:sckg:p>").All()`))
	if len(got) != 1 || got[0].(map[string]any)["id"] != "<urn:sckg:b>" {
		t.Errorf("after the write: %v", got)
	}
	if a := post(t, rw+"/api/v2/write", "application/n-quads", strings.Repeat(nq, 10)); a.code == http.StatusOK {
		t.Errorf("a write over the size limit was accepted: %s", a.body)
	}
	if a := post(t, rw+"/api/v2/delete", "application/n-quads", nq); a.code != http.StatusOK {
		t.Errorf("delete: %d %s", a.code, a.body)
	}
	if n := len(results(t, post(t, rw+"/api/v1/query/gizmo", "text/plain", `g.V("<urn:sckg:a>").Out().All()`))); n != 0 {
		t.Errorf("the quad is still there after the delete")
	}
}

// An endless script ends with a timeout error within the limit, and the
// server answers other requests meanwhile and afterwards.
func TestEndlessScript(t *testing.T) {
	const limit = time.Second
	base := start(t, Config{Timeout: limit})
	var wg sync.WaitGroup
	var endless answer
	var took time.Duration
	wg.Add(1)
	go func() {
		defer wg.Done()
		t0 := time.Now()
		endless = post(t, base+"/api/v1/query/gizmo", "text/plain", `(function(){ while(true){} })()`)
		took = time.Since(t0)
	}()
	time.Sleep(100 * time.Millisecond)
	t0 := time.Now()
	during := results(t, post(t, base+"/api/v2/query?lang=gizmo", "text/plain", `g.V("<`+doc+`S/RES/2584(2021)>").Out("`+cites+`").All()`))
	if len(during) == 0 || time.Since(t0) > limit/2 {
		t.Errorf("while a script spins: %d results after %s", len(during), time.Since(t0))
	}
	wg.Wait()
	if endless.code != http.StatusGatewayTimeout || !strings.Contains(endless.body, "stopped at the time limit of 1s") {
		t.Errorf("endless script: %d %s", endless.code, endless.body)
	}
	if took > limit+2*time.Second {
		t.Errorf("the endless script took %s to stop, the limit is %s", took, limit)
	}
	if n := len(results(t, post(t, base+"/api/v1/query/gizmo", "text/plain", `g.V("<`+doc+`S/RES/2584(2021)>").All()`))); n != 1 {
		t.Errorf("after the endless script: %d results", n)
	}
	t.Logf("stopped after %s: %s", took.Round(time.Millisecond), strings.TrimSpace(endless.body))
}

// With every slot taken, a query is refused as busy instead of waiting
// past its time.
func TestBusy(t *testing.T) {
	base := start(t, Config{Timeout: 2 * time.Second, Concurrent: 1})
	done := make(chan answer)
	go func() { done <- post(t, base+"/api/v1/query/gizmo", "text/plain", `(function(){ while(true){} })()`) }()
	time.Sleep(200 * time.Millisecond)
	a := post(t, base+"/api/v1/query/gizmo", "text/plain", `g.V().All()`)
	if a.code != http.StatusServiceUnavailable || !strings.Contains(a.body, "try again") {
		t.Errorf("second query with one slot taken: %d %s", a.code, a.body)
	}
	<-done
}

// /api lists the endpoints as text; / is the chain explorer, whose
// script and style come from the binary and nothing from elsewhere.
func TestIndex(t *testing.T) {
	base := start(t, Config{})
	a := get(t, base+"/api")
	if a.code != http.StatusOK || !strings.Contains(a.body, "/api/v1/query/gizmo") || !strings.Contains(a.body, "read-only") || !strings.Contains(a.body, "/api/viz/chain") {
		t.Errorf("/api: %d %s", a.code, a.body)
	}
	a = get(t, base+"/")
	if a.code != http.StatusOK || !strings.Contains(a.body, `<script src="static/app.js"`) {
		t.Errorf("/: %d %s", a.code, a.short())
	}
	for _, asset := range []string{"/static/app.js", "/static/style.css"} {
		if a := get(t, base+asset); a.code != http.StatusOK || len(a.body) < 1000 {
			t.Errorf("%s: %d, %d bytes", asset, a.code, len(a.body))
		}
	}
	if a := get(t, base+"/nosuch"); a.code != http.StatusNotFound {
		t.Errorf("unknown path: %d", a.code)
	}
}

// The answer size limit.
func TestAnswerSize(t *testing.T) {
	base := start(t, Config{MaxAnswer: 1000})
	a := post(t, base+"/api/v1/query/gizmo", "text/plain", fmt.Sprintf(`g.Emit(%q)`, strings.Repeat("x", 2000)))
	if a.code == http.StatusOK || !strings.Contains(a.body, "more than the 1000 this server sends") {
		t.Errorf("a large answer: %d %s", a.code, a.short())
	}
}

// Scripts that would take the server's memory are stopped at the memory
// limit with 507 and a message that names it, on Cayley's endpoints and
// ours, and the server answers afterwards.
func TestMemoryHungryScripts(t *testing.T) {
	base := start(t, Config{Timeout: 60 * time.Second, MemoryLimit: 64 << 20})
	for _, c := range []struct{ name, path, script string }{
		{"deep recursion, v1", "/api/v1/query/gizmo", `function f(n) { return f(n + 1) + 1; } f(0);`},
		{"memory bomb, v2", "/api/v2/query?lang=gizmo", `var a = []; while (true) { a.push("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" + a.length); }`},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := post(t, base+c.path, "text/plain", c.script)
			if a.code != http.StatusInsufficientStorage || !strings.Contains(a.body, "64 MiB") {
				t.Errorf("%d %s", a.code, a.body)
			}
			if n := len(results(t, post(t, base+"/api/v1/query/gizmo", "text/plain", `g.V("<`+doc+`S/RES/2584(2021)>").All()`))); n != 1 {
				t.Errorf("afterwards: %d results", n)
			}
		})
	}
}
