package server

import (
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/sckg/sckg/internal/browser"
	"github.com/sckg/sckg/internal/storetest"
	"github.com/sckg/sckg/ontology"
)

// page drives the chain explorer in a real Chromium, as a reader would:
// typing, clicking at the places things are drawn, reading what shows.
type page struct {
	t    *testing.T
	ctx  context.Context
	base string
}

func (p page) run(actions ...chromedp.Action) {
	p.t.Helper()
	if err := chromedp.Run(p.ctx, actions...); err != nil {
		var where string
		chromedp.Run(p.ctx, chromedp.Evaluate(`location.search + " · " + document.body.dataset.state + " · " + document.getElementById("status").textContent`, &where))
		p.t.Fatalf("%v (the page: %s)", err, where)
	}
}

func (p page) eval(js string, out any) {
	p.t.Helper()
	p.run(chromedp.Evaluate(js, out))
}

// drawn waits until the page has drawn (or failed to) and returns the
// symbols of the documents in the picture, read from the boxes' first
// line of text, the way a reader reads them.
func (p page) drawn() []string {
	p.t.Helper()
	p.run(chromedp.WaitVisible(`body[data-state="ready"], body[data-state="error"]`, chromedp.ByQuery))
	var symbols []string
	p.eval(`[...document.querySelectorAll("#chain svg g.node")].map(g => g.querySelector("text").textContent)`, &symbols)
	return symbols
}

func (p page) text(sel string) string {
	p.t.Helper()
	var s string
	p.run(chromedp.Text(sel, &s, chromedp.ByQuery))
	return s
}

// clickAt clicks with the mouse at a point the script finds, after
// scrolling it into view; the script returns {x, y} in the window, or
// {error}.
func (p page) clickAt(what, findJS string) {
	p.t.Helper()
	var at struct {
		X, Y  float64
		Error string
	}
	p.eval(findJS, &at)
	if at.Error != "" {
		p.t.Fatalf("clicking %s: %s", what, at.Error)
	}
	p.run(chromedp.MouseClickXY(at.X, at.Y))
}

// clickNode clicks the middle of a document's box.
func (p page) clickNode(symbol string) {
	p.t.Helper()
	p.clickAt(symbol, fmt.Sprintf(`(() => {
		const g = [...document.querySelectorAll("#chain svg g.node")].find(g => g.querySelector("text").textContent === %q);
		if (!g) return {error: "not drawn"};
		g.scrollIntoView({block: "center", inline: "center"});
		const r = g.querySelector("rect").getBoundingClientRect();
		return {x: r.x + r.width / 2, y: r.y + r.height / 2};
	})()`, symbol))
}

// clickEdge clicks the line from one document to another where it can
// be seen: the first point along it that no other line or box covers.
func (p page) clickEdge(from, to string) {
	p.t.Helper()
	p.clickAt(from+" → "+to, fmt.Sprintf(`(() => {
		const edge = [...document.querySelectorAll("#chain svg path.edge")].find(e => {
			const first = e.querySelector("title").textContent.split("\n")[0].split(" ");
			return first[0] === %q && first[2] === %q;
		});
		if (!edge) return {error: "no such line drawn"};
		const hit = document.querySelector('#chain svg path.hit[data-edge="' + edge.dataset.edge + '"]');
		const len = hit.getTotalLength();
		for (let d = len / 2, k = 0; k < 200; k++, d = (d + len / 97) %% len) {
			const pt = hit.getPointAtLength(d);
			const m = hit.getScreenCTM();
			const x = m.a * pt.x + m.c * pt.y + m.e, y = m.b * pt.x + m.d * pt.y + m.f;
			if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) {
				const box = document.getElementById("chain");
				box.scrollBy(x - box.clientWidth / 2, y - box.clientHeight / 2);
				continue;
			}
			if (document.elementFromPoint(x, y) === hit) return {x, y};
		}
		return {error: "every point of the line is covered"};
	})()`, from, to))
}

// every makes chromedp poll on a timer rather than on animation frames,
// which a page that is not painting does not get.
var every = chromedp.WithPollingInterval(50 * time.Millisecond)

// paragraphText is the text the graph holds for a paragraph.
func paragraphText(t *testing.T, fragment string) string {
	t.Helper()
	for _, q := range storetest.MaliQuads(t) {
		if q.Subj.String() == fragment && q.Pred.String() == ontology.Text {
			return q.Obj.String()
		}
	}
	t.Fatalf("no text for %s in the Mali graph", fragment)
	return ""
}

// The explorer against a server holding the Mali graph in a bolt store
// on disk: type S/RES/2584 (2021), see 2531 (2020) and 2480 (2019)
// drawn, click the line from 2584 to 2531 and read op 39 with the cited
// words marked; download the SVG; expand a document, draw from another,
// switch direction, go back; ask for a document the store lacks. The
// page loads nothing from anywhere but the server and throws no error.
func TestChainExplorerInBrowser(t *testing.T) {
	bolt := storetest.Load(t, storetest.Backends[1], storetest.MaliQuads(t))
	base := start(t, Config{Store: bolt})
	ctx := browser.New(t, 90*time.Second)
	p := page{t, ctx, base}

	var mu sync.Mutex
	var requests, problems []string
	chromedp.ListenTarget(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch ev := ev.(type) {
		case *network.EventRequestWillBeSent:
			requests = append(requests, ev.Request.URL)
		case *runtime.EventExceptionThrown:
			problems = append(problems, ev.ExceptionDetails.Error())
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.APITypeError || ev.Type == runtime.APITypeWarning {
				problems = append(problems, fmt.Sprintf("console %s: %v", ev.Type, ev.Args))
			}
		}
	})
	p.run(network.Enable(), runtime.Enable())

	// Type the symbol as printed, and draw.
	p.run(
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible("#symbol", chromedp.ByID),
		chromedp.SendKeys("#symbol", "S/RES/2584 (2021)", chromedp.ByID),
		chromedp.Click("#draw", chromedp.ByID),
	)
	symbols := p.drawn()
	for _, want := range []string{"S/RES/2584(2021)", "S/RES/2531(2020)", "S/RES/2480(2019)"} {
		if !slices.Contains(symbols, want) {
			t.Errorf("the drawing of S/RES/2584 (2021) lacks %s; it shows %v", want, symbols)
		}
	}
	if s := p.text("#status"); !strings.Contains(s, "53 documents") {
		t.Errorf("status: %q", s)
	}

	// Click the line 2584 → 2531: op 39 cites 2531 as authority.
	p.clickEdge("S/RES/2584(2021)", "S/RES/2531(2020)")
	p.run(chromedp.WaitVisible("#details li.citation", chromedp.ByQuery))
	heading := p.text("#details h2")
	if heading != "S/RES/2584(2021) → S/RES/2531(2020)" {
		t.Errorf("the panel after clicking the line is about %q", heading)
	}
	var cits []struct{ Paragraph, Heading, Text, Marked string }
	p.eval(`[...document.querySelectorAll("#details li.citation")].map(li => ({
		paragraph: li.dataset.paragraph, heading: li.querySelector("h3").textContent,
		text: li.querySelector("p.text").textContent,
		marked: [...li.querySelectorAll("p.text mark")].map(m => m.textContent).join("|")}))`, &cits)
	want := paragraphText(t, ontology.Base+"doc/S/RES/2584(2021)#op_39")
	if len(cits) != 1 || cits[0].Paragraph != "op_39" || cits[0].Text != want || cits[0].Marked != "2531 (2020)" ||
		!strings.Contains(cits[0].Heading, "operative paragraph 39") || !strings.Contains(cits[0].Heading, "cites as authority") {
		t.Errorf("the citing paragraphs shown: %+v\nwant op_39, marked \"2531 (2020)\", text %q", cits, want)
	}
	browser.Screenshot(t, ctx, "chain-2584-op39")

	// Download the SVG: the link the page gives is the drawing, as a file.
	var href string
	p.eval(`document.getElementById("download-svg").href`, &href)
	resp, err := http.Get(href)
	if err != nil {
		t.Fatal(err)
	}
	svg, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if cd := resp.Header.Get("Content-Disposition"); cd != `attachment; filename="S-RES-2584-2021-cites.svg"` || resp.Header.Get("Content-Type") != "image/svg+xml" {
		t.Errorf("download: %s, %q", resp.Header.Get("Content-Type"), cd)
	}
	if err := xml.Unmarshal(svg, new(struct{})); err != nil || !strings.Contains(string(svg), ">S/RES/2480(2019)</text>") {
		t.Errorf("the downloaded SVG (%d bytes): %v, or it does not draw S/RES/2480(2019)", len(svg), err)
	}

	// One step deep, 2480 goes; expanding 2531 brings it back.
	p.run(chromedp.SetValue("#depth", "1", chromedp.ByID),
		chromedp.Evaluate(`document.getElementById("depth").dispatchEvent(new Event("change"))`, nil))
	p.run(chromedp.Poll(`document.body.dataset.state === "ready" && location.search.includes("depth=1")`, nil, every))
	if symbols := p.drawn(); slices.Contains(symbols, "S/RES/2480(2019)") || len(symbols) != 25 {
		t.Errorf("one step from 2584: %d documents, 2480 among them: %v", len(symbols), slices.Contains(symbols, "S/RES/2480(2019)"))
	}
	p.clickNode("S/RES/2531(2020)")
	if h := p.text("#details h2"); h != "S/RES/2531(2020)" {
		t.Fatalf("the panel after clicking 2531 is about %q", h)
	}
	p.run(chromedp.Click("#expand", chromedp.ByID),
		chromedp.Poll(`document.body.dataset.state === "ready" && location.search.includes("expand=")`, nil, every))
	if symbols := p.drawn(); !slices.Contains(symbols, "S/RES/2480(2019)") || !slices.Contains(symbols, "S/2020/476") {
		t.Errorf("after expanding 2531: %v", symbols)
	}

	// Draw from 2531, then switch to what cites it: 2584 and S/2020/613,
	// with the root now on the left.
	p.clickNode("S/RES/2531(2020)")
	p.run(chromedp.Click("#reroot", chromedp.ByID),
		chromedp.Poll(`document.body.dataset.state === "ready" && new URLSearchParams(location.search).get("symbol") === "S/RES/2531(2020)"`, nil, every))
	p.run(chromedp.Click(`input[name="direction"][value="cited-by"]`, chromedp.ByQuery),
		chromedp.Poll(`document.body.dataset.state === "ready" && location.search.includes("cited-by")`, nil, every))
	symbols = p.drawn()
	slices.Sort(symbols)
	if !slices.Equal(symbols, []string{"S/2020/613", "S/RES/2531(2020)", "S/RES/2584(2021)"}) {
		t.Errorf("what cites 2531: %v", symbols)
	}
	var rootLeft bool
	p.eval(`(() => { const xs = [...document.querySelectorAll("#chain svg g.node rect")].map(r => +r.getAttribute("x"));
		return xs[0] === Math.min(...xs) && xs.some(x => x > xs[0]); })()`, &rootLeft)
	if !rootLeft {
		t.Error("the root of a cited-by chain is not at the left")
	}

	// Back goes to the chain of what 2531 cites.
	p.run(chromedp.NavigateBack(), chromedp.Poll(`document.body.dataset.state === "ready" && !location.search.includes("cited-by")`, nil, every))
	var checked string
	p.eval(`document.querySelector('input[name="direction"]:checked').value`, &checked)
	if symbols := p.drawn(); checked != "cites" || !slices.Contains(symbols, "S/RES/2480(2019)") {
		t.Errorf("after Back: direction %q, drawn %v", checked, symbols)
	}

	// Fit puts the whole chain in the window, and a click still finds its
	// document; the legend in the page names the types drawn.
	p.run(chromedp.Click("#zoom-fit", chromedp.ByID))
	var fits bool
	p.eval(`document.querySelector("#chain svg").getBoundingClientRect().width <= document.getElementById("chain").clientWidth`, &fits)
	if !fits {
		t.Error("after Fit the drawing is wider than its frame")
	}
	p.clickNode("S/RES/2480(2019)")
	if h := p.text("#details h2"); h != "S/RES/2480(2019)" {
		t.Errorf("clicking 2480 in the fitted drawing shows %q", h)
	}
	// 2480 is drawn at the end of the chain: cited, citing nothing drawn.
	// Its panel has a "Cited by" list and no "Cites" section, and no
	// "null" where the missing section would be (issue 16).
	var panel struct {
		Text      string
		Headings  []string
		TextNodes []string
	}
	p.eval(`(() => { const d = document.getElementById("details");
		return { text: d.textContent, headings: [...d.querySelectorAll("h3")].map(h => h.textContent),
			textNodes: [...d.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent) }; })()`, &panel)
	if strings.Contains(panel.Text, "null") || len(panel.TextNodes) != 0 || !slices.Equal(panel.Headings, []string{"Cited by"}) {
		t.Errorf("the panel of 2480: headings %q, stray text %q, text %q", panel.Headings, panel.TextNodes, panel.Text)
	}
	if legend := p.text("#legend"); !strings.Contains(legend, "cites as authority") {
		t.Errorf("legend: %q", legend)
	}
	browser.Screenshot(t, ctx, "chain-2531-expanded-fit")

	// A document the store does not hold.
	p.run(chromedp.Clear("#symbol", chromedp.ByID),
		chromedp.SendKeys("#symbol", "S/RES/9999 (2020)", chromedp.ByID),
		chromedp.Click("#draw", chromedp.ByID),
		chromedp.WaitVisible(`body[data-state="error"]`, chromedp.ByQuery))
	if s := p.text("#status"); !strings.Contains(s, "S/RES/9999 (2020) is not in the store") {
		t.Errorf("status for a document the store lacks: %q", s)
	}

	mu.Lock()
	defer mu.Unlock()
	for _, r := range requests {
		if !strings.HasPrefix(r, base+"/") {
			t.Errorf("the page asked for %s, which is not its server", r)
		}
	}
	if u, _ := url.Parse(base); len(requests) < 10 {
		t.Errorf("only %d requests to %s seen: is the listener working?", len(requests), u.Host)
	}
	for _, pr := range problems {
		t.Errorf("in the page: %s", pr)
	}
}
