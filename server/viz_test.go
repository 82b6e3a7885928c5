package server

import (
	"encoding/json"
	"encoding/xml"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// drawn is the part of GET /api/viz/chain?format=json the tests read.
type drawn struct {
	Nodes []struct {
		ID     string `json:"id"`
		Symbol string `json:"symbol"`
		Depth  int    `json:"depth"`
	} `json:"nodes"`
	Edges []struct {
		Source    string `json:"source"`
		Target    string `json:"target"`
		Citations []struct {
			Paragraph string `json:"paragraph"`
			Evidence  string `json:"evidence"`
		} `json:"citations"`
	} `json:"edges"`
	Expanded []string `json:"expanded"`
}

func (d drawn) symbols() map[string]int {
	m := map[string]int{}
	for _, n := range d.Nodes {
		m[n.Symbol] = n.Depth
	}
	return m
}

func chainOf(t *testing.T, base string, q url.Values) drawn {
	t.Helper()
	a := get(t, base+"/api/viz/chain?"+q.Encode())
	if a.code != http.StatusOK {
		t.Fatalf("%s: %d %s", q.Encode(), a.code, a.short())
	}
	var d drawn
	if err := json.Unmarshal([]byte(a.body), &d); err != nil {
		t.Fatalf("%s: %v", q.Encode(), err)
	}
	return d
}

// The chain of S/RES/2584 (2021): one step reaches S/RES/2531 (2020),
// which 2584 cites in op 39 as authority; S/RES/2480 (2019) is one step
// further, through 2531, and expanding 2531 brings it in at depth 2.
func TestVizChain(t *testing.T) {
	base := start(t, Config{})
	one := chainOf(t, base, url.Values{"symbol": {"S/RES/2584 (2021)"}, "depth": {"1"}})
	got := one.symbols()
	if d, ok := got["S/RES/2531(2020)"]; !ok || d != 1 {
		t.Errorf("depth 1: S/RES/2531(2020) at depth %d (drawn: %v)", d, ok)
	}
	if _, ok := got["S/RES/2480(2019)"]; ok {
		t.Error("depth 1 draws S/RES/2480(2019), which 2584 does not cite itself")
	}
	var op39 bool
	for _, e := range one.Edges {
		if strings.HasSuffix(e.Source, "2584(2021)") && strings.HasSuffix(e.Target, "2531(2020)") {
			for _, c := range e.Citations {
				op39 = op39 || c.Paragraph == "op_39" && c.Evidence == "2531 (2020)"
			}
		}
	}
	if !op39 {
		t.Error("the edge 2584 → 2531 does not carry op_39 citing \"2531 (2020)\"")
	}

	exp := chainOf(t, base, url.Values{"symbol": {"S/RES/2584(2021)"}, "depth": {"1"}, "expand": {"S/RES/2531(2020)"}})
	got = exp.symbols()
	if d, ok := got["S/RES/2480(2019)"]; !ok || d != 2 {
		t.Errorf("expanding 2531: S/RES/2480(2019) at depth %d (drawn: %v)", d, ok)
	}
	if len(exp.Expanded) != 1 || exp.Expanded[0] != "S/RES/2531(2020)" {
		t.Errorf("expanded: %v", exp.Expanded)
	}
	for _, n := range one.Nodes { // what was drawn stays drawn, in place
		if exp.symbols()[n.Symbol] != n.Depth {
			t.Errorf("expanding moved or lost %s", n.Symbol)
		}
	}

	// a resolution named by its number alone
	if n := chainOf(t, base, url.Values{"symbol": {"2584"}, "depth": {"1"}}); len(n.Nodes) != len(one.Nodes) || n.Nodes[0].Symbol != "S/RES/2584(2021)" {
		t.Errorf("the chain of 2584: root %s, %d documents", n.Nodes[0].Symbol, len(n.Nodes))
	}
	// with no depth given, one step, as one: 25 documents
	if def := chainOf(t, base, url.Values{"symbol": {"S/RES/2584(2021)"}}); len(def.Nodes) != len(one.Nodes) || len(one.Nodes) != 25 {
		t.Errorf("documents drawn with no depth given: %d; at depth 1: %d; want 25", len(def.Nodes), len(one.Nodes))
	}

	back := chainOf(t, base, url.Values{"symbol": {"S/RES/2531(2020)"}, "direction": {"cited-by"}})
	if _, ok := back.symbols()["S/RES/2584(2021)"]; !ok || back.Nodes[0].Symbol != "S/RES/2531(2020)" {
		t.Errorf("cited-by 2531: %v", back.symbols())
	}
}

// Every format comes with its media type, parses where it is XML, and
// download=1 names a file.
func TestVizChainFormats(t *testing.T) {
	base := start(t, Config{})
	types := map[string]string{"svg": "image/svg+xml", "graphml": "application/graphml+xml", "dot": "text/vnd.graphviz", "mermaid": "text/plain", "json": "application/json"}
	for format, typ := range types {
		resp, err := http.Get(base + "/api/viz/chain?symbol=S/RES/2584(2021)&format=" + format + "&download=1")
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), typ) {
			t.Errorf("%s: %d %s", format, resp.StatusCode, resp.Header.Get("Content-Type"))
		}
		ext := map[string]string{"mermaid": "mmd"}[format]
		if ext == "" {
			ext = format
		}
		if cd := resp.Header.Get("Content-Disposition"); cd != `attachment; filename="S-RES-2584-2021-cites.`+ext+`"` {
			t.Errorf("%s: Content-Disposition %q", format, cd)
		}
		if !strings.Contains(string(body), "S/RES/2531(2020)") {
			t.Errorf("%s does not name S/RES/2531(2020)", format)
		}
		if format == "svg" || format == "graphml" {
			d := xml.NewDecoder(strings.NewReader(string(body)))
			for {
				if _, err := d.Token(); err == io.EOF {
					break
				} else if err != nil {
					t.Errorf("%s is not XML: %v", format, err)
					break
				}
			}
		}
	}
}

// Mistakes get a status and a message that says what to do.
func TestVizChainErrors(t *testing.T) {
	base := start(t, Config{})
	for _, c := range []struct {
		query string
		code  int
		says  string
	}{
		{"", 400, "say which document"},
		{"symbol=S/RES/2584(2021)&depth=0", 400, "from 1 to 10"},
		{"symbol=S/RES/2584(2021)&depth=x", 400, "from 1 to 10"},
		{"symbol=S/RES/2584(2021)&direction=up", 400, "use cites or cited-by"},
		{"symbol=S/RES/2584(2021)&format=png", 400, "use svg"},
		{"symbol=S/RES/9999(2020)", 404, "S/RES/9999(2020) is not in the store"},
		{"symbol=S/RES/2584(2021)&depth=1&expand=S/RES/2480(2019)", 400, "not in the chain of S/RES/2584(2021)"},
	} {
		a := get(t, base+"/api/viz/chain?"+c.query)
		if a.code != c.code || !strings.Contains(a.body, c.says) || !strings.HasPrefix(a.body, `{"error": `) {
			t.Errorf("%q: %d %s; want %d saying %q", c.query, a.code, a.body, c.code, c.says)
		}
	}
}
