package extract

import (
	"os"
	"strings"
	"testing"
)

// A saved web page reads as its text, and spans point into the page.
func TestHTMLPressRelease(t *testing.T) {
	const path = "../testdata/html/press-release-2364.html"
	page, err := ReadText(path, "press-release-2364.html")
	if err != nil {
		t.Fatal(err)
	}
	src, _, err := defaultExtractor.File("press-release-2364.html", page)
	if err != nil {
		t.Fatal(err)
	}
	if len(src.Documents) != 2 {
		t.Fatalf("%d documents", len(src.Documents))
	}
	pr, res := src.Documents[0], src.Documents[1]
	if pr.Kind != KindPressRelease || res.Symbol != "S/RES/2364(2017)" || res.Parent != pr || res.Relation != RelQuotedIn {
		t.Errorf("documents: %s %q, %s %q", pr.Kind, pr.Symbol, res.Kind, res.Symbol)
	}
	if n := countKind(res, Operative); n != 49 {
		t.Errorf("%d operative paragraphs, want 49", n)
	}
	// The same text as the plain-text copy of the page.
	plain, _ := os.ReadFile("../testdata/seeds/003_dc312c14345eaef4.txt")
	fromText, _, _ := defaultExtractor.File("003.txt", string(plain))
	for i, p := range fromText.Documents[1].Paragraphs {
		if q := res.Paragraphs[i]; q.ID != p.ID || q.Text != p.Text {
			k := 0
			for k < len(q.Text) && k < len(p.Text) && q.Text[k] == p.Text[k] {
				k++
			}
			t.Errorf("%s differs between the page and its text at byte %d:\n%q\n%q", p.ID, k, q.Text[max(0, k-40):min(len(q.Text), k+40)], p.Text[max(0, k-40):min(len(p.Text), k+40)])
			break
		}
	}
	if pr.Title != "Security Council Extends Mandate of Mission in Mali, Unanimously Adopting Resolution 2364 (2017)" {
		t.Errorf("title %q", pr.Title)
	}
	// Spans count characters of the page: the markup around the evidence.
	chars := []rune(page)
	op16 := paragraph(t, res, "op_16")
	ev := string(chars[op16.Span.Start:op16.Span.End])
	if !strings.Contains(ev, "16. Decides that MINUSMA shall continue to comprise up to 13,289 military personnel") {
		t.Errorf("op_16 span in the page reads %q", short(ev))
	}
	for _, c := range res.Citations {
		if ev := string(chars[c.Span.Start:c.Span.End]); !strings.Contains(ev, citationKey(c.Target)) && c.Form != FormInternal {
			t.Errorf("citation of %s spans %q in the page", c.Target, ev)
		}
	}
	if strings.Contains(pr.Paragraphs[0].Text, "dataLayer") || strings.Contains(pr.Title, "Home") {
		t.Errorf("script or navigation read as text")
	}
}
