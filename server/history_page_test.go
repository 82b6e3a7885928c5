package server

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/sckg/sckg/internal/browser"
	"github.com/sckg/sckg/internal/storetest"
)

// timelineEntry is a version in the history timeline, as the page shows
// it.
type timelineEntry struct {
	IRI, Heading, Steps, Text string
	Current                   bool
	Del, Ins                  []string
	DelStyle, InsStyle        string
}

// readTimeline reads the timeline in the side panel.
func (p page) readTimeline() []timelineEntry {
	p.t.Helper()
	var out []timelineEntry
	p.eval(`[...document.querySelectorAll("#details ol.timeline li.version")].map(li => {
		const style = (e) => { if (!e) return ""; const s = getComputedStyle(e);
			return s.textDecorationLine + " " + s.color; };
		return { iri: li.dataset.iri, heading: li.querySelector("h3").textContent,
			steps: [...li.querySelectorAll("p.step")].map(s => s.textContent).join(" / "),
			text: [...li.querySelectorAll("p.text")].map(s => s.textContent).join(" / "),
			current: li.classList.contains("current"),
			del: [...li.querySelectorAll("p.diff del")].map(e => e.textContent),
			ins: [...li.querySelectorAll("p.diff ins")].map(e => e.textContent),
			delStyle: style(li.querySelector("p.diff del")), insStyle: style(li.querySelector("p.diff ins")) };
	})`, &out)
	return out
}

// keepScreenshot copies a screenshot into $SCKG_SCREENSHOTS when it is
// set, to look at by hand without -artifacts.
func keepScreenshot(t *testing.T, file string) {
	dir := os.Getenv("SCKG_SCREENSHOTS")
	if dir == "" || file == "" {
		return
	}
	if png, err := os.ReadFile(file); err != nil {
		t.Error(err)
	} else if err := os.WriteFile(filepath.Join(dir, filepath.Base(file)), png, 0o644); err != nil {
		t.Error(err)
	}
}

// A paragraph's history in the explorer: open 2584 (2021)'s paragraphs
// from its panel, click op 17, and read the timeline: 2364 (2017) op 15,
// the draft S/2020/600 op 16, 2531 (2020) op 16 (adopted from the draft
// unchanged, and 2364's with 2018 struck and 2021 inserted) and op 17
// itself with 2021 struck and 2022 inserted, in red and green. The
// address keeps the history, so a reload shows it again; a citing
// paragraph's "history" link opens its own.
func TestParagraphHistoryInBrowser(t *testing.T) {
	bolt := storetest.Load(t, storetest.Backends[1], storetest.MaliQuads(t))
	base := start(t, Config{Store: bolt})
	ctx := browser.New(t, 90*time.Second)
	p := page{t, ctx, base}
	var problems []string
	chromedp.ListenTarget(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *runtime.EventExceptionThrown:
			problems = append(problems, ev.ExceptionDetails.Error())
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.APITypeError || ev.Type == runtime.APITypeWarning {
				problems = append(problems, fmt.Sprintf("console %s: %v", ev.Type, ev.Args))
			}
		}
	})
	p.run(runtime.Enable(), chromedp.Navigate(base+"/?symbol=S/RES/2584(2021)&depth=1"))
	p.drawn()
	p.clickNode("S/RES/2584(2021)")
	p.run(chromedp.Click("#paragraphs", chromedp.ByID),
		chromedp.WaitVisible(`#details li.paragraph[data-paragraph="op_17"]`, chromedp.ByQuery))
	if s := p.text(`#details li.paragraph[data-paragraph="op_17"] h3`); !strings.Contains(s, "operative paragraph 17") || !strings.Contains(s, "changed") {
		t.Errorf("op 17 in the list of paragraphs: %q", s)
	}
	p.run(chromedp.Click(`#details li.paragraph[data-paragraph="op_17"]`, chromedp.ByQuery),
		chromedp.WaitVisible(`#details ol.timeline li.version.current`, chromedp.ByQuery))
	checkOp17 := func(when string) {
		t.Helper()
		tl := p.readTimeline()
		var iris []string
		for _, e := range tl {
			iris = append(iris, strings.TrimPrefix(e.IRI, doc))
		}
		want := []string{"S/RES/2364(2017)#op_15", "S/2020/600#op_16", "S/RES/2531(2020)#op_16", "S/RES/2584(2021)#op_17"}
		if !slices.Equal(iris, want) {
			t.Fatalf("%s: the timeline shows %q, want %q", when, iris, want)
		}
		now, adopted, draft := tl[3], tl[2], tl[1]
		if !now.Current || !slices.Equal(now.Del, []string{"2021"}) || !slices.Equal(now.Ins, []string{"2022"}) ||
			!strings.Contains(now.Heading, "2021-06-29") || !strings.Contains(now.Steps, "from S/RES/2531(2020) op 16") ||
			now.Text != "Decides to extend the mandate of MINUSMA until 30 June 20212022;" {
			t.Errorf("%s: op 17 itself: %+v", when, now)
		}
		// Struck through in red, inserted in green.
		if !strings.HasPrefix(now.DelStyle, "line-through rgb(160, 16, 16)") || !strings.HasSuffix(now.InsStyle, "rgb(11, 107, 32)") {
			t.Errorf("%s: the styles of <del> %q and <ins> %q", when, now.DelStyle, now.InsStyle)
		}
		if !strings.Contains(adopted.Steps, "draft → adopted from S/2020/600 op 16 · unchanged") ||
			!slices.Equal(adopted.Del, []string{"2018"}) || !slices.Equal(adopted.Ins, []string{"2021"}) {
			t.Errorf("%s: 2531 op 16: %+v", when, adopted)
		}
		if !strings.Contains(draft.Heading, "draft") || draft.Text != "Decides to extend the mandate of MINUSMA until 30 June 2021;" {
			t.Errorf("%s: the draft: %+v", when, draft)
		}
	}
	checkOp17("after a click")
	if h := p.text("#details h2"); h != "History of operative paragraph 17" {
		t.Errorf("the panel's heading: %q", h)
	}
	keepScreenshot(t, browser.Screenshot(t, ctx, "history-2584-op17"))

	// The address holds the history: a reload shows it again.
	var search string
	p.eval(`location.search`, &search)
	if !strings.Contains(search, "paragraph=") {
		t.Errorf("the address %q does not name the paragraph", search)
	}
	p.run(chromedp.Reload(), chromedp.WaitVisible(`#details ol.timeline li.version.current`, chromedp.ByQuery))
	checkOp17("after a reload")

	// A version's own history: 2531 op 16, whose successor is op 17.
	p.run(chromedp.Click(`#details li.version[data-iri$="S/RES/2531(2020)#op_16"] h3 button`, chromedp.ByQuery),
		chromedp.Poll(`document.querySelector("#details li.version.current")?.dataset.iri.endsWith("2531(2020)#op_16")`, nil, every))
	if tl := p.readTimeline(); len(tl) != 4 || tl[3].Current || !tl[2].Current {
		t.Errorf("the history of 2531 op 16: %+v", tl)
	}

	// Back to the drawing: the line 2584 → 2531 and its citing paragraph's
	// history link.
	p.clickEdge("S/RES/2584(2021)", "S/RES/2531(2020)")
	p.run(chromedp.Click(`#details li.citation[data-paragraph="op_39"] button.history`, chromedp.ByQuery),
		chromedp.Poll(`document.querySelector("#details li.version.current")?.dataset.iri.endsWith("2584(2021)#op_39")`, nil, every))
	// op 39, on support to the FC-G5S, is new in 2584: 2531 has no
	// paragraph like it.
	if tl := p.readTimeline(); len(tl) != 1 || !strings.Contains(tl[0].Steps, "new not in S/RES/2531(2020)") || !strings.Contains(tl[0].Text, "FC-G5S") {
		t.Errorf("the history of 2584 op 39: %+v", tl)
	}
	keepScreenshot(t, browser.Screenshot(t, ctx, "history-2584-op39"))
	for _, pr := range problems {
		t.Errorf("in the page: %s", pr)
	}
}
