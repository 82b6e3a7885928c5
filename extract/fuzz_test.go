package extract

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// Fuzz targets for every reader of user input (issue 16). Each holds to
// the same promises: no panic, no hang, and every position it reports lies
// inside what it read, start before end, so that the evidence a fact
// points to exists. Their seeds are snippets of the Mali seeds (added
// here) and of the old printed resolutions of crunsc-dev (kept with any
// crashers in testdata/fuzz/FuzzXxx). CI runs each for a few seconds:
//
//	go test ./extract -run '^$' -fuzz '^FuzzCitations$' -fuzztime 30s

// seedSnippets are pieces of the seed files: their openings (mastheads,
// titles), middles (paragraphs, citations) and ends, cut at line breaks
// so that each is a plausible file of its own.
func seedSnippets(f *testing.F) []string {
	f.Helper()
	files, err := filepath.Glob(filepath.Join(seeds, "*.txt"))
	if err != nil || len(files) == 0 {
		f.Fatalf("no seed files in %s: %v", seeds, err)
	}
	files = append(files, "../testdata/html/press-release-2364.html")
	var out []string
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		s := string(data)
		for _, at := range []int{0, len(s) / 3, len(s) / 2, max(0, len(s)-3000)} {
			if k := strings.IndexByte(s[at:], '\n'); at > 0 && k >= 0 {
				at += k + 1
			}
			end := min(len(s), at+3000)
			for end < len(s) && !utf8.RuneStart(s[end]) {
				end++
			}
			out = append(out, s[at:end])
		}
	}
	return out
}

// FuzzDecodeText: any bytes are text or an error that names the file.
func FuzzDecodeText(f *testing.F) {
	for _, s := range seedSnippets(f)[:4] {
		f.Add([]byte(s))
		f.Add(append([]byte{0xEF, 0xBB, 0xBF}, s[:200]...))
		f.Add(utf16Bytes(s[:200], false, true))
		f.Add(utf16Bytes(s[:200], true, false))
	}
	f.Add([]byte("R\xe9solution 2531 (2020)"))
	f.Add([]byte("%PDF-1.7\x00\x01\x02"))
	f.Add([]byte{0xFF, 0xFE, 'S', 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		text, warnings, err := DecodeTextWarn("in.txt", data)
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) || ie.File != "in.txt" || ie.Problem == "" || text != "" {
				t.Fatalf("error %#v with text %q: want an *InputError naming in.txt and no text", err, text)
			}
			return
		}
		if !utf8.ValidString(text) || strings.TrimSpace(text) == "" || strings.IndexByte(text, 0) >= 0 {
			t.Fatalf("decoded %q: want valid UTF-8 text, not blank, without NUL", text)
		}
		for _, w := range warnings {
			if w.File != "in.txt" || w.Message == "" {
				t.Fatalf("warning %+v does not name the file", w)
			}
		}
	})
}

// utf16Bytes encodes s (ASCII) as UTF-16, with or without a mark.
func utf16Bytes(s string, bigEndian, bom bool) []byte {
	var b []byte
	if bom {
		if bigEndian {
			b = append(b, 0xFE, 0xFF)
		} else {
			b = append(b, 0xFF, 0xFE)
		}
	}
	for _, r := range s {
		if r > 0xFFFF {
			r = '?'
		}
		if bigEndian {
			b = append(b, byte(r>>8), byte(r))
		} else {
			b = append(b, byte(r), byte(r>>8))
		}
	}
	return b
}

// FuzzHTMLText: the text of any page maps, byte for byte, into the page.
func FuzzHTMLText(f *testing.F) {
	for _, s := range seedSnippets(f)[16:] {
		f.Add(s)
	}
	f.Add("<p>1. Recalls <a href=x>resolution 2374&nbsp;(2017)</a>&amp;</p><script>x</script>")
	f.Add("<div><div><b>S/RES/2584 (2021)</b></div><br/>&#x41;&notanentity;")
	f.Fuzz(func(t *testing.T, page string) {
		text, toPage := htmlText(page)
		if len(toPage) != len(text)+1 || toPage[len(text)] != len(page) {
			t.Fatalf("%d text bytes, %d mapped (last %d) for a page of %d bytes", len(text), len(toPage), toPage[len(toPage)-1], len(page))
		}
		for i := 1; i < len(toPage); i++ {
			if toPage[i] < toPage[i-1] || toPage[i] < 0 || toPage[i] > len(page) {
				t.Fatalf("text byte %d maps to page byte %d after %d (page of %d bytes)", i, toPage[i], toPage[i-1], len(page))
			}
		}
	})
}

// FuzzLines: lines and blocks cover the source and map back into it.
func FuzzLines(f *testing.F) {
	for _, s := range seedSnippets(f) {
		f.Add(s, false)
	}
	f.Add("20-08599 5/18\nS/2020/600\n*2008606*\nhttps://undocs.org/en/S/RES/2480(2019)\n# Title\n- 2. Decides\n   (a) item $\\frac{\\sqrt{2020}}{476}$\n", false)
	f.Add("<p>one</p>\n<p>two</p>", true)
	f.Fuzz(func(t *testing.T, src string, explicit bool) {
		lines := splitLines(src)
		next := 0
		for i := range lines {
			l := &lines[i]
			if int(l.start) != next || int(l.end) > len(src) || l.end < l.start {
				t.Fatalf("line %d at bytes %d-%d is not the source's next line, at %d", i, l.start, l.end, next)
			}
			next = int(l.end)
			for next < len(src) && src[next] == '\r' {
				next++
			}
			if next < len(src) {
				next++ // the line break
			}
			checkText(t, "line", l.t, len(src))
			if link := l.link(); link != nil && (link.Span.Start < 0 || link.Span.Start > link.Span.End || link.Span.End > len(src)) {
				t.Fatalf("link span %v outside %d bytes", link.Span, len(src))
			}
		}
		if next != len(src) {
			t.Fatalf("lines end at byte %d of %d", next, len(src))
		}
		last := -1
		for _, b := range buildBlocks(lines, explicit) {
			if b.first <= last || b.first > b.last || b.last >= len(lines) {
				t.Fatalf("block of lines %d-%d after line %d, of %d lines", b.first, b.last, last, len(lines))
			}
			last = b.last
			checkText(t, "block", b.t, len(src))
		}
	})
}

// checkText checks that every byte of t maps into a source of n bytes.
func checkText(t *testing.T, what string, tx text, n int) {
	t.Helper()
	for _, end := range []int{0, len(tx.s) / 2, len(tx.s)} {
		a, b := tx.source(0, end)
		if a < 0 || a > b || b > n {
			t.Fatalf("%s %q: bytes 0-%d map to source %d-%d, outside %d bytes", what, tx.s, end, a, b, n)
		}
	}
}

// FuzzCitations: every citation is the text at its span, typed.
func FuzzCitations(f *testing.F) {
	for _, s := range seedSnippets(f) {
		f.Add(s)
	}
	for _, s := range []string{
		"Recalling its resolutions, in particular 2359 (2017), 2295 (2016) and 2100 (2013), and paragraphs 2, 5, 6 and 7 of resolution 2374 (2017),",
		"pursuant to paragraph 20 (a) (ii) above and 28 and 29 below; the 1267/1989/2253 ISIL (Da'esh) and Al-Qaida Sanctions Committee",
		"$\\frac{\\sqrt{2020}}{476}$ 5/2002/1005 resolution2374 (2017) resolution 1514 (XV) A/RES/70/1 S/PV.8809 第 2531(2020) 号决议",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range findCitations(s) {
			if c.Span.Start < 0 || c.Span.Start >= c.Span.End || c.Span.End > len(s) || s[c.Span.Start:c.Span.End] != c.Text {
				t.Fatalf("citation %q at %v of %d bytes", c.Text, c.Span, len(s))
			}
			if c.Function == Untyped || c.Confidence <= 0 || c.Confidence > 1 {
				t.Fatalf("citation %q typed %q with confidence %v", c.Text, c.Function, c.Confidence)
			}
		}
	})
}
