package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/sckg/sckg/graph/store"
	"github.com/sckg/sckg/ontology"
	"github.com/sckg/sckg/queries"
	"github.com/sckg/sckg/viz"
)

const vizHelp = `Usage: sckg viz chain SYMBOL --store STORE [--depth N] [--direction cites|cited-by]
                      [--format svg|dot|mermaid|graphml|json] [--out FILE]

Draws the citation chain of a document, exactly as the canned queries
citation-chain (--direction cites, the default: what SYMBOL rests on) and
cited-by (--direction cited-by: what rests on SYMBOL) answer it.

SYMBOL is a document as printed ("S/RES/2584 (2021)"), normalised
("S/RES/2584(2021)") or an IRI. STORE is a store built by 'sckg build
--store' (a folder or a postgres:// URL).

Formats (by default from the extension of --out; SVG on standard output):
  svg      a picture drawn by sckg itself: one column per year, the root on
           the right (cites) or left (cited-by), edges coloured and dashed by
           citation type, the citing paragraph as each edge's tooltip
  dot      Graphviz (.dot, .gv): dot -Tpdf chain.dot -o chain.pdf
  mermaid  a Mermaid flowchart for Markdown (.mmd)
  graphml  for Gephi and yEd, with year, kind, citation type and paragraph
  json     nodes and edges with their citations, boxes and paths

The same chain always gives the same bytes.

Examples:
  sckg viz chain 'S/RES/2584 (2021)' --depth 2 --store mali.db --out chain.svg
  sckg viz chain 'S/RES/2374(2017)' --direction cited-by --store mali.db --out cited.graphml
  sckg viz chain 'S/RES/2584 (2021)' --store mali.db --format mermaid
`

func runViz(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("viz", vizHelp, stderr)
	storeAt := fs.StringP("store", "s", "", "the store to read: a `FOLDER` or a postgres:// URL")
	depth := fs.IntP("depth", "d", 10, "follow citations at most `N` deep")
	direction := fs.String("direction", "cites", "`DIRECTION`: cites (what the document rests on) or cited-by")
	format := fs.StringP("format", "f", "", "output `FORMAT`: svg, dot, mermaid, graphml or json (default: from --out, else svg)")
	out := fs.StringP("out", "o", "", "write to `FILE` instead of standard output")
	base := fs.String("base", ontology.Base, "base `IRI` the store was built with")
	timeout := fs.Duration("timeout", 60*time.Second, "stop after `DURATION`")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageError{"say what to draw: sckg viz chain SYMBOL"}
	}
	if fs.Arg(0) != "chain" {
		return usageError{fmt.Sprintf("sckg viz draws chains: no %q (try 'sckg viz chain SYMBOL')", fs.Arg(0))}
	}
	if fs.NArg() < 2 {
		return usageError{"name the document: sckg viz chain SYMBOL"}
	}
	symbol := strings.Join(fs.Args()[1:], " ")
	if *depth < 1 {
		return usageError{"--depth must be at least 1"}
	}
	dir := viz.Direction(*direction)
	if dir != viz.Cites && dir != viz.CitedBy {
		return usageError{fmt.Sprintf("--direction %q: use cites or cited-by", *direction)}
	}
	f := *format
	if f == "" {
		f = viz.FormatOf(*out)
		if f == "" {
			if *out != "" {
				return usageError{fmt.Sprintf("cannot tell the format from %q: give --format (%s)", *out, strings.Join(viz.Formats, ", "))}
			}
			f = "svg"
		}
	}
	known := false
	for _, k := range viz.Formats {
		known = known || k == f
	}
	if !known {
		return usageError{fmt.Sprintf("--format %q: use %s", f, strings.Join(viz.Formats, ", "))}
	}
	if *storeAt == "" {
		return usageError{"--store is required: the folder (or postgres:// URL) that 'sckg build --store' wrote"}
	}
	if *timeout <= 0 {
		return usageError{"--timeout must be positive"}
	}

	st, err := store.OpenExisting(*storeAt)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx, cancel := queries.WithTimeLimit(queries.WithMemoryLimit(context.Background(), queries.DefaultMemoryLimit), *timeout)
	defer cancel()
	c, err := viz.Load(ctx, st, symbol, viz.Options{Depth: *depth, Direction: dir, Base: *base})
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := viz.Write(&buf, f, c); err != nil {
		return err
	}
	if *out == "" {
		_, err := stdout.Write(buf.Bytes())
		return err
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "sckg: %d documents and %d citations drawn to %s (%s)\n", len(c.Nodes), len(c.Edges), *out, f)
	return nil
}
