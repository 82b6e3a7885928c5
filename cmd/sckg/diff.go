package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/sckg/sckg/extract"
	"github.com/sckg/sckg/graph/lineage"
	"github.com/sckg/sckg/ontology/symbol"
)

const diffHelp = `Usage: sckg diff OLD NEW [--old SYMBOL] [--new SYMBOL] [--changed] [--format table|json]

Aligns the paragraphs of two versions of a Council text (a resolution and
its renewal, a draft and the resolution it became) by content, not by
number, and shows for each paragraph of NEW its predecessor in OLD, how
similar they are (0.5 to 1), whether it is identical, changed or new, and
the words removed [-…-] and added {+…+}; then the paragraphs of OLD that
were dropped. Conversion noise (case, punctuation, hyphens, words split by
PDF text, footnote marks, paragraph numbers) is no change.

OLD and NEW are files. Of the documents in a file, the one with the most
paragraphs is compared, or the one --old or --new names by symbol (a file
can hold a letter and the resolution annexed to it).

Examples:
  sckg diff testdata/seeds/001_3151c5fdb0f5a467.txt testdata/seeds/000_e1b7d92fa5d83019.txt --new 'S/RES/2531 (2020)'
  sckg diff 2531.txt 2584.txt --changed
  sckg diff 2531.txt 2584.txt --format json > 2584.json
`

type diffChange struct {
	Removed string `json:"removed,omitempty"`
	Added   string `json:"added,omitempty"`
}

type diffLink struct {
	From    string       `json:"from,omitempty"`
	To      string       `json:"to,omitempty"`
	Status  string       `json:"status"`
	Score   float64      `json:"similarity,omitempty"`
	Changes []diffChange `json:"changes,omitempty"`
}

type diffResult struct {
	Old        string     `json:"old"`
	New        string     `json:"new"`
	Similarity float64    `json:"similarity"`
	Links      []diffLink `json:"paragraphs"`
}

func runDiff(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("diff", diffHelp, stderr)
	format := fs.StringP("format", "f", "table", "output `FORMAT`: table or json")
	oldSym := fs.String("old", "", "compare the document of OLD with this `SYMBOL`")
	newSym := fs.String("new", "", "compare the document of NEW with this `SYMBOL`")
	changed := fs.Bool("changed", false, "list only paragraphs changed, new or dropped")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 2 {
		fs.Usage()
		return usageError{"name two files: the earlier version and the later"}
	}
	if *format != "table" && *format != "json" {
		return usageError{fmt.Sprintf("--format %q: use table or json", *format)}
	}
	old, err := diffDocument(fs.Arg(0), *oldSym, stderr)
	if err != nil {
		return err
	}
	new, err := diffDocument(fs.Arg(1), *newSym, stderr)
	if err != nil {
		return err
	}
	p := lineage.Align(old, new, lineage.Given)
	res := diffResult{Old: old.ID(), New: new.ID(), Similarity: p.Score}
	for _, l := range p.Links {
		if *changed && l.Status == lineage.Identical {
			continue
		}
		dl := diffLink{Status: string(l.Status), Score: l.Score}
		if l.From != nil {
			dl.From = l.From.ID
		}
		if l.To != nil {
			dl.To = l.To.ID
		}
		for _, c := range l.Changes {
			dl.Changes = append(dl.Changes, diffChange(c))
		}
		res.Links = append(res.Links, dl)
	}
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	fmt.Fprintf(stdout, "%s → %s: similarity %s\n", res.Old, res.New, strconv.FormatFloat(res.Similarity, 'f', -1, 64))
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "FROM\tTO\tSTATUS\tSIMILARITY\tCHANGES")
	for _, l := range res.Links {
		var cs []string
		for _, c := range l.Changes {
			var b strings.Builder
			if c.Removed != "" {
				b.WriteString("[-" + oneLineText(c.Removed) + "-]")
			}
			if c.Added != "" {
				b.WriteString("{+" + oneLineText(c.Added) + "+}")
			}
			cs = append(cs, b.String())
		}
		score := ""
		if l.From != "" && l.To != "" {
			score = strconv.FormatFloat(l.Score, 'f', -1, 64)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", dash(l.From), dash(l.To), l.Status, score, strings.Join(cs, " "))
	}
	return tw.Flush()
}

// diffDocument reads the file and picks the document to compare: the one
// with the symbol asked for, or the one with the most paragraphs.
func diffDocument(path, printed string, stderr io.Writer) (*extract.Document, error) {
	inputs, errs := extract.Collect([]string{path})
	if len(errs) > 0 {
		return nil, errs[0]
	}
	var best *extract.Document
	want := ""
	if printed != "" {
		want = symbol.Parse(printed).String()
	}
	for _, r := range extract.New(nil, extract.Options{}).Files(inputs) {
		if r.Err != nil {
			return nil, r.Err
		}
		for _, w := range r.Warnings {
			fmt.Fprintf(stderr, "sckg: warning: %s\n", w)
		}
		for _, d := range r.Source.Documents {
			if want != "" {
				if d.Symbol == want {
					return d, nil
				}
				continue
			}
			if best == nil || len(d.Paragraphs) > len(best.Paragraphs) {
				best = d
			}
		}
	}
	if want != "" {
		return nil, fmt.Errorf("%s: no document %s in it", path, printed)
	}
	if best == nil || len(best.Paragraphs) == 0 {
		return nil, fmt.Errorf("%s: no document with paragraphs in it", path)
	}
	return best, nil
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func oneLineText(s string) string { return strings.Join(strings.Fields(s), " ") }
