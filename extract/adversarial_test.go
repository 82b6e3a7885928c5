package extract

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// Hostile inputs under the input cap must cost time and memory in
// proportion to their size: a file of a few megabytes that makes some pass
// quadratic blocks every other file of a build (issue 16 found a 21 MB
// citation list that did not finish in 300 s, and a 50 MB paragraph that
// took 13 GB). Each generator below writes such an input of about n bytes;
// BenchmarkAdversarial runs each at n and 4n so that a reader sees time and
// bytes grow about 4×, and TestAdversarialLinear checks the same by
// counting what extraction produces, which no noisy machine can disturb.

// advHeader opens a resolution, so that every pass (paragraphs, citations,
// actors, requests, mandate facts) runs over what follows.
const advHeader = "Security Council\n\nDistr.: General\n29 June 2021\n\nResolution 2584 (2021)\n\n" +
	"Adopted by the Security Council at its 8809th meeting, on 29 June 2021\n\n" +
	"The Security Council,\n\nRecalling its resolutions 2531 (2020) and 2480 (2019),\n\n"

// advTail closes the resolution so that it is not reported as truncated.
const advTail = "\n\n2. Decides to remain actively seized of the matter.\n"

// repeatTo repeats unit until the result is at least n bytes long.
func repeatTo(unit string, n int) string {
	return strings.Repeat(unit, max(1, (n+len(unit)-1)/len(unit)))
}

// indentLines indents each line of s that has text, as PDF text does the
// first line of a paragraph.
func indentLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = "     " + l
		}
	}
	return strings.Join(lines, "\n")
}

// adversarial is one generated input: a file name (its extension decides
// whether it is read as a web page) and a generator of about n bytes.
type adversarial struct {
	name string
	file string
	gen  func(n int) string
}

var adversarials = []adversarial{
	// The probe: a bare list of citations, no header at all.
	{"citation-list-bare", "list.txt", func(n int) string {
		return repeatTo("resolution 1 (1946), ", n)
	}},
	// The same list as one operative paragraph of a resolution, so that
	// each citation is typed by the words before it.
	{"citation-list", "list.txt", func(n int) string {
		return advHeader + "1. Recalls " + repeatTo("resolution 1 (1946), ", n) + "and resolution 2 (1946);" + advTail
	}},
	// Paragraph lists and sub-paragraph references: "paragraphs 2, 5 and
	// 7 of resolution 2374 (2017)" chained without end.
	{"paragraph-refs", "refs.txt", func(n int) string {
		return advHeader + "1. Recalls paragraphs " + repeatTo("2, 5 (a) (ii), 6 and 7 of resolution 2374 (2017) and ", n) + "paragraph 19 above;" + advTail
	}},
	// One paragraph with an operative verb every 64 bytes (the issue's
	// 50 MB paragraph had "decides" 780,000 times).
	{"operative-verbs", "verbs.txt", func(n int) string {
		return advHeader + "1. Decides " + repeatTo("that MINUSMA shall report every three months, and decides ", n) + "to act;" + advTail
	}},
	// Parentheses nested deep, and runs of them: brackets are where the
	// citation scanner looks for years and labels.
	{"nested-parentheses", "parens.txt", func(n int) string {
		d := n / 8
		return advHeader + "1. Recalls " + strings.Repeat("(", d) + "resolution 2374 (2017)" + strings.Repeat(")", d) +
			" " + repeatTo("(a) (", n/4) + repeatTo(" (2017", n/4) + ";" + advTail
	}},
	// Long runs of digits, alone and before a year.
	{"digit-runs", "digits.txt", func(n int) string {
		return advHeader + "1. Recalls resolution " + strings.Repeat("7", n/2) + " (2017) and " + repeatTo("2374 ", n/2) + "(2017);" + advTail
	}},
	// A web page of elements nested n deep, then many siblings.
	{"nested-html", "page.html", func(n int) string {
		d := n / 20
		return "<!DOCTYPE html><html><body>" + strings.Repeat("<div><b>", d) +
			"<p>Resolution 2584 (2021)</p><p>The Security Council,</p><p>1. Recalls resolution 2374 (2017);</p>" +
			strings.Repeat("</b></div>", d) + repeatTo("<p>2. Decides &amp; <i>resolution 2374 (2017)</i>;</p>", n/2) + "</body></html>"
	}},
	// One enormous line of ordinary operative text, as a converter that
	// drops every line break writes it.
	{"one-line", "line.txt", func(n int) string {
		return advHeader + "1. " + repeatTo("Requests the Secretary-General, in accordance with resolution 2374 (2017), to report to the Security Council by 31 March 2022; ", n) + "further requests him to report;" + advTail
	}},
	// One paragraph of hard-wrapped PDF lines: no blank line, no number.
	// PDF text indents the first line of a paragraph and no other.
	{"one-paragraph", "para.txt", func(n int) string {
		return indentLines(advHeader) + "     1. Urges the Malian parties\n" +
			repeatTo("to implement the Agreement, calls upon MINUSMA and the French forces\nto support them pursuant to paragraph 20 (a) of resolution 2531 (2020),\n", n) + "and decides to remain seized;" + indentLines(advTail)
	}},
	// Many documents in one file: each part is a resolution of its own.
	{"many-documents", "docs.txt", func(n int) string {
		var b strings.Builder
		for i := 0; b.Len() < n; i++ {
			fmt.Fprintf(&b, "Resolution %d (2021)\n\nThe Security Council,\n\nRecalling resolution 2374 (2017),\n\n1. Decides to remain seized.\n\n", 1000+i%1000)
		}
		return b.String()
	}},
}

// BenchmarkAdversarial extracts each hostile input at n and 4n bytes.
// Compare a case's two sizes: ns/op and B/op should grow about 4× (MB/s
// and B/op per input byte stay about the same); 16× is a quadratic pass.
//
//	go test ./extract -run '^$' -bench Adversarial -benchtime 3x
func BenchmarkAdversarial(b *testing.B) {
	const n = 256 << 10
	for _, a := range adversarials {
		for _, size := range []struct {
			name string
			n    int
		}{{"n", n}, {"4n", 4 * n}} {
			src := a.gen(size.n)
			b.Run(a.name+"/"+size.name, func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				b.ReportAllocs()
				for b.Loop() {
					defaultExtractor.File(a.file, src) // errors are expected of some inputs
				}
			})
		}
	}
}

// TestAdversarialLinear checks, without a clock, that each hostile input
// costs in proportion to its size: at 4n bytes extraction makes about 4×
// the citations, requests and paragraphs of n bytes, and allocates about
// 4× the bytes and objects. A quadratic pass that allocates as it goes
// (one request per verb with a copy of the paragraph, say) shows as 16×.
// Passes that are quadratic in time alone show in BenchmarkAdversarial.
func TestAdversarialLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts about 2 MB of generated text")
	}
	const n = 16 << 10
	type cost struct{ items, allocs, bytes float64 }
	measure := func(a adversarial, size int) cost {
		src := a.gen(size)
		var items int
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		allocs := testing.AllocsPerRun(1, func() {
			s, _, _ := defaultExtractor.File(a.file, src)
			items = 0
			if s != nil {
				for _, d := range s.Documents {
					items += 1 + len(d.Paragraphs) + len(d.Citations) + len(d.Requests) + len(d.Mentions)
				}
			}
		})
		runtime.ReadMemStats(&after)
		// AllocsPerRun runs the function twice (one warm-up); bytes are
		// per run.
		return cost{float64(items), allocs, float64(after.TotalAlloc-before.TotalAlloc) / 2}
	}
	for _, a := range adversarials {
		small, large := measure(a, n), measure(a, 4*n)
		ratio := func(l, s float64) float64 { return l / max(s, 1) }
		t.Logf("%-20s items %6.0f → %6.0f (%.1f×), allocs %.1f×, bytes %.1f×", a.name, small.items, large.items,
			ratio(large.items, small.items), ratio(large.allocs, small.allocs), ratio(large.bytes, small.bytes))
		// 4× the input; up to 6× allows for fixed costs and for slices
		// that grow by doubling.
		for what, r := range map[string]float64{"items": ratio(large.items, small.items), "allocations": ratio(large.allocs, small.allocs), "bytes": ratio(large.bytes, small.bytes)} {
			if r > 6 {
				t.Errorf("%s: %s grow %.1f× for 4× the input", a.name, what, r)
			}
		}
	}
}

// The cue index types every citation as reading its clause afresh does:
// the seeds' citations, and clause starts throughout their paragraphs.
func TestCueIndexTypesAsCitationFunction(t *testing.T) {
	s := loadSeeds(t)
	checked := 0
	for _, d := range s.docs {
		for _, p := range d.Paragraphs {
			ix := newCueIndex(p.Text)
			cited := map[int]bool{}
			for _, c := range d.Citations {
				if c.Paragraph == p {
					cited[int(c.at)] = true
				}
			}
			for at := 0; at < len(p.Text); at++ {
				// Every citation, and word starts sampled.
				if !cited[at] && at > 0 && (p.Text[at-1] != ' ' || at%5 != 0) {
					continue
				}
				if got, want := ix.function(at), citationFunction(p.Text, at); got != want {
					t.Errorf("%s %s at %d (%q): index says %s, the clause says %s", d.Symbol, p.ID, at, p.Text[max(0, at-60):at], got, want)
				}
				checked++
			}
		}
	}
	if checked < 5000 {
		t.Errorf("only %d places checked", checked)
	}
}
