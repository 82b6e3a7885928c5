// Command corpusgen makes a corpus of Security Council resolutions of any
// size from the development texts (../shared/corpus/crunsc-dev), to
// measure sckg at the scale of the whole record and beyond:
//
//	go run ./internal/corpusgen -n 30000 -out /tmp/corpus30k
//
// Document k is a copy of one development text, renumbered: copy c (k
// divided by the number of texts) takes each text in an order shuffled
// from -seed, adds 1000 × (c mod 10) to every resolution number it prints
// and 50 × (c div 10) to every year from 1940 to 1999, and 960 × c to its
// meeting numbers. Every generated document is a distinct resolution
// (sckg reads numbers of at most four digits, so copies ten apart share
// numbers and differ by their years), and a resolution it cites is the
// same copy's renumbered text, or, where the development set does not
// hold the cited one, the copy's text with the nearest lower number: a
// citation points to a generated document whenever that copy is
// generated in full. The same flags give the same files.
//
// The numbers of copies after the first do not fit their years as the
// Council's numbering does (1498 (1981)): sckg warns of each such title
// and citation (resolution-number-year). A corpus to measure speed need
// not be one a user would build; its warnings cost the build a little
// work, as a real corpus's would.
package main

import (
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/sckg/sckg/extract"
)

func main() {
	n := flag.Int("n", 3000, "number of documents to make")
	out := flag.String("out", "", "folder to write them to (created)")
	from := flag.String("from", "../shared/corpus/crunsc-dev", "folder of development texts (S_RES_NNNN_YYYY_EN_GOLD.txt)")
	seed := flag.Int64("seed", 1, "seed of the order of the texts in each copy")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "corpusgen: name the folder to write to with -out")
		os.Exit(2)
	}
	templates, err := Load(*from)
	if err == nil {
		err = New(templates, *n, *seed).Write(*out)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "corpusgen:", err)
		os.Exit(1)
	}
}

// Template is a development text with the resolution it is.
type Template struct {
	Number, Year int
	Text         string
}

var fileNameRE = regexp.MustCompile(`^S_RES_(\d{4})_(\d{4})_EN_GOLD\.txt$`)

// Load reads the development texts of dir, by resolution number.
func Load(dir string) ([]Template, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []Template
	for _, e := range entries {
		m := fileNameRE.FindStringSubmatch(e.Name())
		if m == nil {
			continue // the folder's README
		}
		text, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		num, _ := strconv.Atoi(m[1])
		year, _ := strconv.Atoi(m[2])
		out = append(out, Template{Number: num, Year: year, Text: string(text)})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no development text (S_RES_NNNN_YYYY_EN_GOLD.txt)", dir)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Number < out[j].Number })
	return out, nil
}

// Generator makes the documents of one corpus.
type Generator struct {
	templates []Template
	n         int
	seed      int64
	perms     map[int][]int // copy → template at each place
	places    map[int][]int // copy → place of each template
}

// New returns the generator of a corpus of n documents.
func New(templates []Template, n int, seed int64) *Generator {
	return &Generator{templates: templates, n: n, seed: seed, perms: map[int][]int{}, places: map[int][]int{}}
}

// order is the shuffled order of the templates in copy c.
func (g *Generator) order(c int) (perm, place []int) {
	if p, ok := g.perms[c]; ok {
		return p, g.places[c]
	}
	perm = rand.New(rand.NewSource(g.seed*1_000_003 + int64(c))).Perm(len(g.templates))
	place = make([]int, len(perm))
	for i, t := range perm {
		place[t] = i
	}
	g.perms[c], g.places[c] = perm, place
	return perm, place
}

// Symbol is the resolution number and year of template t in copy c.
func (g *Generator) Symbol(c, t int) (num, year int) {
	return g.templates[t].Number + 1000*(c%10), g.templates[t].Year + 50*(c/10)
}

// generated tells whether copy c of template t is in the corpus.
func (g *Generator) generated(c, t int) bool {
	_, place := g.order(c)
	return c*len(g.templates)+place[t] < g.n
}

// Name is the file name of document k.
func (g *Generator) Name(k int) string {
	c, t := g.which(k)
	num, year := g.Symbol(c, t)
	return fmt.Sprintf("S_RES_%04d_%d_EN_GOLD.txt", num, year)
}

func (g *Generator) which(k int) (c, t int) {
	c = k / len(g.templates)
	perm, _ := g.order(c)
	return c, perm[k%len(g.templates)]
}

// renumberRE finds what a copy changes: a resolution number with its year
// (over a line break too), "resolution(s) NNN" without one, a meeting's
// number, a year.
var renumberRE = regexp.MustCompile(`\b(\d{1,4})(\s*\(\s*)(19[4-9]\d)(\s*\))|\b([Rr]esolutions?\s+)(\d{1,4})\b|\b(\d{1,5})(st|nd|rd|th)(\s+(?:plenary\s+)?meeting)|(S/PV\.)(\d{1,5})\b|\b(19[4-9]\d)\b`)

// pairRE is a resolution number and its year, at the start of a text.
var pairRE = regexp.MustCompile(`^\d{1,4}\s*\(\s*19[4-9]\d\s*\)`)

// Text is the text of document k.
func (g *Generator) Text(k int) string {
	c, _ := g.which(k)
	src := g.templates[g.mustTemplate(k)].Text
	var b strings.Builder
	last := 0
	for {
		m := renumberRE.FindStringSubmatchIndex(src[last:])
		if m == nil {
			break
		}
		for i := range m {
			if m[i] >= 0 {
				m[i] += last
			}
		}
		b.WriteString(src[last:m[0]])
		last = m[1]
		group := func(i int) string {
			if m[2*i] < 0 {
				return ""
			}
			return src[m[2*i]:m[2*i+1]]
		}
		switch {
		case m[2] >= 0: // number (year)
			num, _ := strconv.Atoi(group(1))
			year, _ := strconv.Atoi(group(3))
			if year < 1946 || year > 1994 || num == 0 {
				b.WriteString(group(1) + group(2) + strconv.Itoa(g.year(c, year)) + group(4))
				continue
			}
			n, y := g.cite(c, num)
			b.WriteString(strconv.Itoa(n) + group(2) + strconv.Itoa(y) + group(4))
		case m[10] >= 0: // resolution NNN, its year not beside it
			if rest := strings.TrimLeft(src[m[1]:], " \t\n"); strings.HasPrefix(rest, "(") {
				// A year follows, read by the next match; or a session,
				// "resolution 1514 (XV)": the Assembly's, kept.
				b.WriteString(group(5))
				last = m[12]
				if !pairRE.MatchString(src[m[12]:]) {
					b.WriteString(group(6))
					last = m[1]
				}
				continue
			}
			num, _ := strconv.Atoi(group(6))
			n, _ := g.cite(c, num)
			b.WriteString(group(5) + strconv.Itoa(n))
		case m[14] >= 0: // 2963rd meeting
			num, _ := strconv.Atoi(group(7))
			b.WriteString(ordinal(num+960*c) + group(9))
		case m[20] >= 0: // S/PV.2963
			num, _ := strconv.Atoi(group(11))
			b.WriteString(group(10) + strconv.Itoa(num+960*c))
		default: // a year
			year, _ := strconv.Atoi(group(12))
			b.WriteString(strconv.Itoa(g.year(c, year)))
		}
	}
	b.WriteString(src[last:])
	return b.String()
}

func (g *Generator) mustTemplate(k int) int {
	_, t := g.which(k)
	return t
}

func (g *Generator) year(c, year int) int { return year + 50*(c/10) }

// cite is the number and year that copy c prints for resolution num: the
// copy's own renumbered text of it, or of the development text with the
// nearest lower number; copy 0's when the copy is not generated that
// far.
func (g *Generator) cite(c, num int) (int, int) {
	t := sort.Search(len(g.templates), func(i int) bool { return g.templates[i].Number > num }) - 1
	if t < 0 {
		t = 0
	}
	if !g.generated(c, t) && c > 0 {
		c--
	}
	return g.Symbol(c, t)
}

func ordinal(n int) string {
	s := strconv.Itoa(n)
	return s + extract.OrdinalSuffix(s)
}

// Write writes the corpus to dir.
func (g *Generator) Write(dir string) error {
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return err
	}
	for k := range g.n {
		if err := os.WriteFile(filepath.Join(dir, g.Name(k)), []byte(g.Text(k)), 0o666); err != nil {
			return err
		}
	}
	return nil
}
