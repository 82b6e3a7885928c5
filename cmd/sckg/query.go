package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/sckg/sckg/extract"
	"github.com/sckg/sckg/graph"
	"github.com/sckg/sckg/ontology"
	"github.com/sckg/sckg/queries"
)

const queryHelp = `Usage: sckg query NAME [MAIN] --store DIR [--depth N] [--param KEY=VALUE]...

Runs a canned Gizmo query (a file of the queries folder) against a store
built by 'sckg build'. MAIN is the query's main parameter: for
citation-chain, the symbol of the starting document, written as printed
("S/RES/2584 (2021)") or normalised ("S/RES/2584(2021)"), or an IRI.

Queries:
%s
Examples:
  sckg query citation-chain 'S/RES/2584 (2021)' --store mali.db
  sckg query citation-chain 'S/RES/2584(2021)' --depth 1 --store mali.db --format json
`

func runQuery(args []string, stdout, stderr io.Writer) error {
	var list strings.Builder
	for _, q := range queries.List() {
		fmt.Fprintf(&list, "  %-16s %s\n", q.Name, q.Description)
	}
	fs := newFlags("query", fmt.Sprintf(queryHelp, list.String()), stderr)
	store := fs.StringP("store", "s", "", "the Cayley store to query (a bolt `DIR`)")
	depth := fs.IntP("depth", "d", -1, "how far to follow chains (default: the query's own)")
	params := fs.StringArrayP("param", "p", nil, "set a query parameter, as `KEY=VALUE` (repeatable)")
	format := fs.StringP("format", "f", "table", "output `FORMAT`: table or json")
	base := fs.String("base", ontology.Base, "base `IRI` the store was built with")
	timeout := fs.Duration("timeout", 30*time.Second, "stop a query that runs longer than `DURATION`")
	limit := fs.Int("limit", 100000, "return at most `N` results")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageError{"name the query to run"}
	}
	q, ok := queries.Get(fs.Arg(0))
	if !ok {
		return usageError{fmt.Sprintf("no query called %q; the queries are:\n%s", fs.Arg(0), list.String())}
	}
	if *store == "" {
		return usageError{"--store is required: the folder 'sckg build --store' wrote"}
	}
	if *format != "table" && *format != "json" {
		return usageError{fmt.Sprintf("--format %q: use table or json", *format)}
	}
	m := ontology.NewMinter(*base)
	bound := map[string]string{}
	if fs.NArg() > 1 {
		main, ok := q.MainParam()
		if !ok {
			return usageError{fmt.Sprintf("query %s takes no main argument", q.Name)}
		}
		bound[main.Name] = documentArg(m, strings.Join(fs.Args()[1:], " "))
	}
	if *depth >= 0 {
		bound["depth"] = strconv.Itoa(*depth)
	}
	for _, p := range *params {
		k, v, ok := strings.Cut(p, "=")
		if !ok {
			return usageError{fmt.Sprintf("--param %q: write KEY=VALUE", p)}
		}
		bound[k] = v
	}

	if _, err := os.Stat(*store); err != nil {
		return fmt.Errorf("no store at %s: build one with 'sckg build PATH... --store %s'", *store, *store)
	}
	st, err := graph.OpenStore(*store)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()
	results, err := queries.Run(ctx, st.QuadStore(), q, bound, *limit)
	if err != nil {
		return err
	}
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(results)
	}
	return printTable(stdout, m, results)
}

// documentArg turns a symbol as a user types it into the document's IRI;
// an IRI passes through.
func documentArg(m ontology.Minter, s string) string {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "<") || strings.Contains(s, "://") {
		return strings.Trim(s, "<>")
	}
	return m.Document(extract.NormaliseSymbol(s))
}

// printTable prints results as aligned columns, IRIs of documents shown by
// their symbols. Results of different kinds (a chain's nodes and edges) get
// a table each, since they have different columns.
func printTable(w io.Writer, m ontology.Minter, results []map[string]any) error {
	if len(results) == 0 {
		_, err := fmt.Fprintln(w, "(no results)")
		return err
	}
	var kinds []string
	byKind := map[string][]map[string]any{}
	for _, r := range results {
		k := fmt.Sprint(r["kind"])
		if _, ok := byKind[k]; !ok {
			kinds = append(kinds, k)
		}
		byKind[k] = append(byKind[k], r)
	}
	for i, k := range kinds {
		if i > 0 {
			fmt.Fprintln(w)
		}
		if err := printRows(w, m, byKind[k]); err != nil {
			return err
		}
	}
	return nil
}

func printRows(w io.Writer, m ontology.Minter, rows []map[string]any) error {
	colSet := map[string]bool{}
	for _, r := range rows {
		for k := range r {
			colSet[k] = true
		}
	}
	cols := make([]string, 0, len(colSet))
	for k := range colSet {
		cols = append(cols, k)
	}
	sort.Slice(cols, func(i, j int) bool {
		ri, rj := columnRank(cols[i]), columnRank(cols[j])
		return ri < rj || ri == rj && cols[i] < cols[j]
	})
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, strings.ToUpper(strings.Join(cols, "\t")))
	for _, r := range rows {
		cells := make([]string, len(cols))
		for i, c := range cols {
			if v, ok := r[c]; ok {
				cells[i] = shortIRI(m, fmt.Sprint(v))
			}
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	return tw.Flush()
}

// columnRank puts the columns people read first on the left.
func columnRank(c string) int {
	switch c {
	case "kind":
		return 0
	case "depth":
		return 1
	case "id", "source":
		return 2
	case "target":
		return 3
	}
	return 4
}

func shortIRI(m ontology.Minter, v string) string {
	s := strings.Trim(v, "<>")
	if rest, ok := strings.CutPrefix(s, m.Base+"doc/"); ok && s != v {
		return rest
	}
	return v
}
