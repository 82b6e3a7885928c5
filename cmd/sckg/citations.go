package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/sckg/sckg/extract"
	"github.com/sckg/sckg/graph"
)

const citationsHelp = `Usage: sckg citations PATH... [--format table|csv|json]

Lists every citation sckg finds in the files, one a line: the citing
document and paragraph, the target (document, and paragraph where the text
names one), how the text uses it (a CiTO property), how sure sckg is, and
the span of the source file that holds it (characters, end excluded). For
checking the extraction by eye, or in a spreadsheet.

Examples:
  sckg citations testdata/seeds
  sckg citations resolution.txt --format csv > citations.csv
`

// citationRow is one line of the listing, and its JSON form.
type citationRow struct {
	File       string  `json:"file"`
	Document   string  `json:"document"`
	Paragraph  string  `json:"paragraph"`
	Target     string  `json:"target"`
	Paragraph2 string  `json:"targetParagraph,omitempty"`
	Type       string  `json:"type"`
	Form       string  `json:"form"`
	Confidence float64 `json:"confidence"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Text       string  `json:"text"`
	// Footnote is the mark of the footnote that prints the citation.
	Footnote string `json:"footnote,omitempty"`
}

func runCitations(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("citations", citationsHelp, stderr)
	format := fs.StringP("format", "f", "table", "output `FORMAT`: table, csv or json")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageError{"no input: name the files or folders to read"}
	}
	if *format != "table" && *format != "csv" && *format != "json" {
		return usageError{fmt.Sprintf("--format %q: use table, csv or json", *format)}
	}
	inputs, errs := extract.Collect(fs.Args())
	for _, err := range errs {
		fmt.Fprintf(stderr, "sckg: %v\n", err)
	}
	var rows []citationRow
	for _, r := range extract.New(nil, extract.Options{}).Files(inputs) {
		for _, w := range r.Warnings {
			fmt.Fprintf(stderr, "sckg: warning: %s\n", w)
		}
		if r.Err != nil {
			fmt.Fprintf(stderr, "sckg: skipped %v\n", r.Err)
			continue
		}
		for _, d := range r.Source.Documents {
			doc := d.Symbol
			if doc == "" {
				doc = string(d.Kind) + ":" + d.TextHash
			}
			for _, c := range d.Citations {
				rows = append(rows, citationRow{
					File: r.Input.Name, Document: doc, Paragraph: c.Paragraph.ID,
					Target: c.Target, Paragraph2: c.TargetParagraph, Type: "cito:" + graph.CiTO(c.Function),
					Form: string(c.Form), Confidence: c.Confidence,
					Start: c.Span.Start, End: c.Span.End, Text: c.Text, Footnote: c.Footnote,
				})
			}
		}
	}
	switch *format {
	case "json":
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(rows)
	case "csv":
		w := csv.NewWriter(stdout)
		w.Write([]string{"file", "document", "paragraph", "target", "target_paragraph", "type", "form", "confidence", "start", "end", "text", "footnote"})
		for _, r := range rows {
			w.Write([]string{r.File, r.Document, r.Paragraph, r.Target, r.Paragraph2, r.Type, r.Form,
				strconv.FormatFloat(r.Confidence, 'f', -1, 64), strconv.Itoa(r.Start), strconv.Itoa(r.End), r.Text, r.Footnote})
		}
		w.Flush()
		return w.Error()
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DOCUMENT\tPARAGRAPH\tTARGET\tTYPE\tCONF\tSPAN\tTEXT")
	for _, r := range rows {
		target := r.Target
		if r.Paragraph2 != "" {
			target += "#" + r.Paragraph2
		}
		text := strings.ReplaceAll(r.Text, "\n", " ")
		if r.Footnote != "" {
			text += " (footnote " + r.Footnote + ")"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%g\t%d-%d\t%s\n", r.Document, r.Paragraph, target, r.Type, r.Confidence, r.Start, r.End, text)
	}
	return tw.Flush()
}
