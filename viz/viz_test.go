package viz

import (
	"bytes"
	"context"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/sckg/sckg/graph/store"
	"github.com/sckg/sckg/internal/storetest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

var mali struct {
	once  sync.Once
	chain *Chain
	err   error
}

// maliChain is the chain of S/RES/2584 (2021), two citations deep, from
// the graph of the bundled seeds loaded into an in-memory store.
func maliChain(t testing.TB) *Chain {
	t.Helper()
	mali.once.Do(func() {
		quads := storetest.MaliQuads(t)
		st, err := store.Open("memory")
		if err != nil {
			mali.err = err
			return
		}
		defer st.Close()
		if _, err := st.ReplaceGraphs(context.Background(), quads); err != nil {
			mali.err = err
			return
		}
		mali.chain, mali.err = Load(context.Background(), st, "S/RES/2584 (2021)", Options{Depth: 2})
	})
	if mali.err != nil {
		t.Fatal(mali.err)
	}
	return mali.chain
}

func TestMaliChain(t *testing.T) {
	c := maliChain(t)
	if c.Nodes[0].Symbol != "S/RES/2584(2021)" || c.Nodes[0].Year != 2021 || c.Nodes[0].Kind != "Resolution" {
		t.Errorf("root = %+v", c.Nodes[0])
	}
	want := map[string]int{"S/RES/2531(2020)": 1, "S/RES/2480(2019)": 2}
	for _, n := range c.Nodes {
		// the seeds hold 2584 and 2531; 2480 is only cited
		if read, ok := map[string]bool{"S/RES/2584(2021)": true, "S/RES/2531(2020)": true, "S/RES/2480(2019)": false}[n.Symbol]; ok && n.InCorpus != read {
			t.Errorf("%s: in the corpus %v, want %v", n.Symbol, n.InCorpus, read)
		}
		if n.Symbol == "S/RES/2531(2020)" && n.Date != "2020-06-29" {
			t.Errorf("%s dated %q, want 2020-06-29", n.Symbol, n.Date)
		}
		if d, ok := want[n.Symbol]; ok {
			if n.Depth != d {
				t.Errorf("%s at depth %d, want %d", n.Symbol, n.Depth, d)
			}
			delete(want, n.Symbol)
		}
	}
	if len(want) > 0 {
		t.Errorf("missing from the chain: %v", want)
	}
	found := false
	for _, e := range c.Edges {
		if len(e.Citations) == 0 {
			t.Errorf("edge %s -> %s has no citation details", e.Source, e.Target)
		}
		if strings.HasSuffix(e.Source, "2584(2021)") && strings.HasSuffix(e.Target, "2531(2020)") {
			found = true
			para, text, ev := e.Paragraph()
			if para == "" || text == "" || !strings.Contains(ev, "2531") {
				t.Errorf("2584 -> 2531: paragraph %q, text %q, evidence %q", para, text, ev)
			}
		}
	}
	if !found {
		t.Error("no edge S/RES/2584(2021) -> S/RES/2531(2020)")
	}
}

// Each format on the Mali chain matches its golden file, and gives the
// same bytes every time.
func TestGolden(t *testing.T) {
	c := maliChain(t)
	for _, f := range Formats {
		t.Run(f, func(t *testing.T) {
			var a, b bytes.Buffer
			if err := Write(&a, f, c); err != nil {
				t.Fatal(err)
			}
			if err := Write(&b, f, c); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Fatal("two writes of the same chain differ")
			}
			golden := filepath.Join("testdata", "chain-2584."+Extension(f))
			if *update {
				if err := os.WriteFile(golden, a.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./viz -update)", err)
			}
			if !bytes.Equal(a.Bytes(), want) {
				t.Errorf("%s differs from %s (run go test ./viz -update and check the diff)", f, golden)
			}
		})
	}
}

func wellFormed(t *testing.T, data []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(data))
	for {
		_, err := d.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatal(err)
		}
	}
}

func TestXMLParses(t *testing.T) {
	c := maliChain(t)
	for _, f := range []string{"svg", "graphml"} {
		var buf bytes.Buffer
		if err := Write(&buf, f, c); err != nil {
			t.Fatal(err)
		}
		wellFormed(t, buf.Bytes())
		var root struct{ XMLName xml.Name }
		if err := xml.Unmarshal(buf.Bytes(), &root); err != nil {
			t.Fatal(err)
		}
		if root.XMLName.Local != f {
			t.Errorf("%s: root element %s", f, root.XMLName.Local)
		}
	}
	// every edge of the SVG has its tooltip, and the legend is there
	var buf bytes.Buffer
	Write(&buf, "svg", c)
	svg := buf.String()
	if n := strings.Count(svg, `<path class="edge `); n != len(c.Edges) {
		t.Errorf("%d edge paths, want %d", n, len(c.Edges))
	}
	for _, s := range []string{`class="legend"`, ">2021</text>", ">2019</text>", "S/RES/2531(2020)", "obtainsBackgroundFrom"} {
		if !strings.Contains(svg, s) {
			t.Errorf("the SVG has no %q", s)
		}
	}
}

// The DOT renders with Graphviz, when it is installed.
func TestDOTRenders(t *testing.T) {
	dot, err := exec.LookPath("dot")
	if err != nil {
		if storetest.CI() {
			t.Fatal("Graphviz dot is not installed (CI is set, so this fails instead of skipping; .ci/run installs graphviz)")
		}
		t.Skip("Graphviz dot is not installed")
	}
	var buf bytes.Buffer
	c := maliChain(t)
	if err := Write(&buf, "dot", c); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd := exec.Command(dot, "-Tsvg")
	cmd.Stdin = &buf
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil || stderr.Len() > 0 {
		t.Fatalf("dot: %v\n%s", err, stderr.String())
	}
	wellFormed(t, out)
	// Graphviz drew every document, by its symbol.
	for _, n := range c.Nodes {
		if !bytes.Contains(out, []byte(">"+esc(n.Symbol)+"</text>")) {
			t.Errorf("Graphviz's drawing lacks %s", n.Symbol)
		}
	}
}

// synthetic is a chain of n documents over 30 years, each citing a few
// older ones, some in the same year: the same n gives the same chain.
func synthetic(n int) *Chain {
	c := &Chain{Direction: Cites, Depth: 10}
	seed := uint32(2584)
	rnd := func(k int) int {
		seed = seed*1664525 + 1013904223
		return int(seed>>8) % k
	}
	for i := 0; i < n; i++ {
		year := 2021 - (i*30)/n
		iri := fmt.Sprintf("https://w3id.org/sckg/doc/S/RES/%d(%d)", 3000-i, year)
		n := Node{IRI: iri, Symbol: fmt.Sprintf("S/RES/%d(%d)", 3000-i, year), Year: year, Kind: "Resolution", Depth: min(i, 1+i/40)}
		// some long titles and wide symbols, to be cut to fit their boxes
		switch i % 7 {
		case 3:
			n.Kind, n.Title = "Report", "Report of the Secretary-General on the situation in Mali"
		case 5:
			n.Kind, n.Symbol = "Letter", fmt.Sprintf("S/%d/%d/Add.1/Corr.1 (WWMM)", year, 3000-i)
			n.Title = "Letter dated 2 June 2021 from the Secretary-General addressed to the President of the Security Council"
		}
		c.Nodes = append(c.Nodes, n)
	}
	seen := map[[2]int]bool{}
	for i := 0; i < n-1; i++ {
		for k := 0; k < 1+rnd(4); k++ {
			j := i + 1 + rnd(min(n-i-1, 60))
			if seen[[2]int{i, j}] {
				continue
			}
			seen[[2]int{i, j}] = true
			typ := Types[rnd(len(Types))].Type
			c.Edges = append(c.Edges, Edge{Source: c.Nodes[i].IRI, Target: c.Nodes[j].IRI, Type: typ,
				Citations: []Citation{{Type: typ, Paragraph: fmt.Sprintf("op_%d", k+1), Text: "Recalling <its> resolutions & \"statements\"", Evidence: "resolution"}}})
		}
	}
	return c
}

// inside tells whether the segment a–b passes through the inside of r.
func inside(a, b Point, r Rect) bool {
	const eps = 1e-9
	x0, x1 := min(a.X, b.X), max(a.X, b.X)
	y0, y1 := min(a.Y, b.Y), max(a.Y, b.Y)
	return x1 > r.X+eps && x0 < r.X+r.W-eps && y1 > r.Y+eps && y0 < r.Y+r.H-eps
}

// On a generated 300-node chain, no two boxes overlap, every path is
// orthogonal and runs from its source's box to its target's, and no
// segment passes through a box that is not one of its ends.
func TestLayoutProperties(t *testing.T) {
	c := synthetic(300)
	l := Lay(c)
	for i := range l.Boxes {
		for j := i + 1; j < len(l.Boxes); j++ {
			a, b := l.Boxes[i], l.Boxes[j]
			if a.X < b.X+b.W && b.X < a.X+a.W && a.Y < b.Y+b.H && b.Y < a.Y+a.H {
				t.Fatalf("boxes of %s and %s overlap: %+v %+v", c.Nodes[i].Symbol, c.Nodes[j].Symbol, a, b)
			}
		}
	}
	for _, b := range l.Boxes {
		if b.X < 0 || b.Y < 0 || b.X+b.W > l.Width || b.Y+b.H > l.Height {
			t.Fatalf("box %+v outside the %gx%g picture", b, l.Width, l.Height)
		}
	}
	idx := c.NodeIndex()
	for ei, e := range c.Edges {
		s, tg := idx[e.Source], idx[e.Target]
		pts := l.Paths[ei]
		if len(pts) < 2 {
			t.Fatalf("edge %d has path %v", ei, pts)
		}
		for k := 1; k < len(pts); k++ {
			a, b := pts[k-1], pts[k]
			if a.X != b.X && a.Y != b.Y {
				t.Fatalf("edge %d: segment %v-%v is not orthogonal", ei, a, b)
			}
			for v, r := range l.Boxes {
				if v == s || v == tg {
					continue
				}
				if inside(a, b, r) {
					t.Fatalf("edge %s -> %s: segment %v-%v passes through %s %+v", c.Nodes[s].Symbol, c.Nodes[tg].Symbol, a, b, c.Nodes[v].Symbol, r)
				}
			}
		}
		for _, end := range []struct {
			p Point
			r Rect
		}{{pts[0], l.Boxes[s]}, {pts[len(pts)-1], l.Boxes[tg]}} {
			if end.p.X != end.r.X && end.p.X != end.r.X+end.r.W || end.p.Y < end.r.Y || end.p.Y > end.r.Y+end.r.H {
				t.Fatalf("edge %d: end %v is not on the side of box %+v", ei, end.p, end.r)
			}
		}
	}
	// and the SVG of it parses, the same every time
	var a, b bytes.Buffer
	WriteSVG(&a, c, l)
	WriteSVG(&b, c, Lay(c))
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("the SVG of the same chain differs")
	}
	wellFormed(t, a.Bytes())
}

func BenchmarkLayout300(b *testing.B) {
	c := synthetic(300)
	for b.Loop() {
		Lay(c)
	}
}

func BenchmarkSVG300(b *testing.B) {
	c := synthetic(300)
	l := Lay(c)
	for b.Loop() {
		WriteSVG(io.Discard, c, l)
	}
}
