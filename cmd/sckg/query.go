package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/pflag"

	"github.com/sckg/sckg/graph/store"
	"github.com/sckg/sckg/ontology"
	"github.com/sckg/sckg/queries"
)

const queryHelp = `Usage: sckg query NAME [MAIN] --store STORE [--param KEY=VALUE]... [--format table|json|csv]
       sckg query --gizmo SCRIPT --store STORE
       sckg query --file SCRIPT.js --store STORE

Runs a canned Gizmo query (see 'sckg queries') or a script of your own
against a store built by 'sckg build --store'. MAIN is the query's main
parameter: a document, written as printed ("S/RES/2584 (2021)"),
normalised ("S/RES/2584(2021)"), with a paragraph ("S/RES/2531(2020)#op_2"),
or as an IRI; or an actor, by any of its names ("MINUSMA",
"Secretary-General") or IRI. Other parameters are given with --param; those
that name a document or an actor take the same forms.

STORE is the folder of a store on disk, or a postgres:// URL. The store must
exist: query never creates one.

Queries:
%s
Examples:
  sckg query citation-chain 'S/RES/2584 (2021)' --store mali.db
  sckg query cited-by 'S/RES/2374(2017)' --store mali.db --format csv
  sckg query path 'S/RES/2584(2021)' --param to='S/RES/2480(2019)' --store mali.db
  sckg query requests-to Secretary-General --store mali.db
  sckg query --gizmo 'g.V("<https://w3id.org/sckg/doc/S/RES/2531(2020)>").Out("<http://data.europa.eu/eli/ontology#cites>").All()' --store mali.db
`

// queryFlags are the flags that every command running queries shares.
type queryFlags struct {
	store   *string
	base    *string
	timeout *time.Duration
	limit   *int
	format  *string
	memory  *string
}

func addQueryFlags(fs *pflag.FlagSet, timeout time.Duration, limit int) queryFlags {
	return queryFlags{
		store:   fs.StringP("store", "s", "", "the store to query: a `FOLDER` or a postgres:// URL"),
		format:  fs.StringP("format", "f", "table", "output `FORMAT`: table, json or csv"),
		base:    fs.String("base", ontology.Base, "base `IRI` the store was built with"),
		timeout: fs.Duration("timeout", timeout, "stop a query that runs longer than `DURATION`"),
		limit:   fs.Int("limit", limit, "return at most `N` results"),
		memory:  queryMemoryFlag(fs),
	}
}

// queryMemoryFlag is --query-memory, which every command running queries
// has.
func queryMemoryFlag(fs *pflag.FlagSet) *string {
	return fs.String("query-memory", store.FormatBytes(queries.DefaultMemoryLimit), "stop a query under which sckg's memory grows by more than `SIZE` (512MiB, 2GiB; 0 for no limit)")
}

// parseQueryMemory reads --query-memory.
func parseQueryMemory(s string) (int64, error) {
	n, err := store.ParseBytes(strings.ReplaceAll(s, " ", ""))
	if err != nil {
		return 0, usageError{"--query-memory: " + err.Error()}
	}
	if n == 0 {
		return -1, nil
	}
	return n, nil
}

// open checks the shared flags and opens the store, which must exist.
func (f queryFlags) open() (*store.Store, error) {
	if err := checkFormat(*f.format); err != nil {
		return nil, err
	}
	if *f.store == "" {
		return nil, usageError{"--store is required: the folder (or postgres:// URL) that 'sckg build --store' wrote"}
	}
	if *f.timeout <= 0 {
		return nil, usageError{"--timeout must be positive"}
	}
	if _, err := parseQueryMemory(*f.memory); err != nil {
		return nil, err
	}
	return store.OpenExisting(*f.store)
}

func checkFormat(format string) error {
	switch format {
	case "table", "json", "csv":
		return nil
	}
	return usageError{fmt.Sprintf("--format %q: use table, json or csv", format)}
}

func queryList() string {
	var list strings.Builder
	for _, q := range queries.List() {
		fmt.Fprintf(&list, "  %-20s %s\n", q.Name, q.Description)
	}
	return list.String()
}

func runQuery(args []string, stdout, stderr io.Writer) error {
	list := queryList()
	fs := newFlags("query", fmt.Sprintf(queryHelp, list), stderr)
	qf := addQueryFlags(fs, 30*time.Second, 100_000)
	params := fs.StringArrayP("param", "p", nil, "set a query parameter, as `KEY=VALUE` (repeatable)")
	depth := fs.IntP("depth", "d", -1, "how far to follow chains, the same as --param depth=`N`")
	gizmo := fs.StringP("gizmo", "g", "", "run this Gizmo `SCRIPT` instead of a canned query")
	file := fs.String("file", "", "run the Gizmo script in `FILE` instead of a canned query")
	if err := parseFlags(fs, args); err != nil {
		return err
	}

	var (
		script string
		q      queries.Query
		given  = map[string]string{}
	)
	switch {
	case *gizmo != "" && *file != "":
		return usageError{"give --gizmo or --file, not both"}
	case *gizmo != "" || *file != "":
		if fs.NArg() > 0 || len(*params) > 0 || *depth >= 0 {
			return usageError{"a script of your own takes no query name, MAIN, --param or --depth"}
		}
		script = *gizmo
		if *file != "" {
			data, err := os.ReadFile(*file)
			if err != nil {
				return err
			}
			script = string(data)
		}
		if strings.TrimSpace(script) == "" {
			return usageError{"the script is empty"}
		}
	case fs.NArg() == 0:
		fs.Usage()
		return usageError{"name the query to run, or give --gizmo or --file"}
	default:
		var ok bool
		if q, ok = queries.Get(fs.Arg(0)); !ok {
			return usageError{fmt.Sprintf("no query called %q; the queries are:\n%s", fs.Arg(0), list)}
		}
		if fs.NArg() > 1 {
			main, ok := q.MainParam()
			if !ok {
				return usageError{fmt.Sprintf("query %s takes no main argument", q.Name)}
			}
			given[main.Name] = strings.Join(fs.Args()[1:], " ")
		}
		if *depth >= 0 {
			given["depth"] = strconv.Itoa(*depth)
		}
		for _, p := range *params {
			k, v, ok := strings.Cut(p, "=")
			if !ok {
				return usageError{fmt.Sprintf("--param %q: write KEY=VALUE", p)}
			}
			given[k] = v
		}
		if _, err := q.Bind(given, *qf.base); err != nil {
			return usageError{err.Error()}
		}
	}

	st, err := qf.open()
	if err != nil {
		return err
	}
	defer st.Close()
	memory, _ := parseQueryMemory(*qf.memory) // checked by open
	ctx, cancel := queries.WithTimeLimit(queries.WithMemoryLimit(context.Background(), memory), *qf.timeout)
	defer cancel()
	var bound map[string]string
	if q.Name != "" {
		if bound, err = q.Resolve(ctx, st, given, *qf.base); err != nil {
			return err
		}
		script = queries.Script(q, bound)
	}
	res, err := queries.RunScript(ctx, st, script, queries.Options{Base: *qf.base, Limit: *qf.limit})
	if err != nil {
		if q.Name != "" {
			return fmt.Errorf("query %s: %w", q.Name, err)
		}
		return err
	}
	if err := printResults(stdout, *qf.format, ontology.NewMinter(*qf.base), res.Rows); err != nil {
		return err
	}
	if res.Truncated {
		fmt.Fprintf(stderr, "sckg: showing the first %d results; there are more (raise --limit)\n", *qf.limit)
	}
	if len(res.Rows) == 0 && q.Name != "" {
		return whyEmpty(ctx, stderr, st, q, bound, *qf.base)
	}
	return nil
}

// whyEmpty writes, on w, what explains a canned query's empty answer
// (queries.Query.WhyEmpty), one line each.
func whyEmpty(ctx context.Context, w io.Writer, st *store.Store, q queries.Query, bound map[string]string, base string) error {
	notes, err := q.WhyEmpty(ctx, st, bound, base)
	for _, n := range notes {
		fmt.Fprintf(w, "sckg: %s\n", n)
	}
	return err
}

// printResults prints rows in the format asked for.
func printResults(w io.Writer, format string, m ontology.Minter, rows []map[string]any) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if rows == nil {
			rows = []map[string]any{}
		}
		return enc.Encode(rows)
	case "csv":
		return printCSV(w, rows)
	}
	return printTable(w, m, rows)
}

// printCSV prints every row under one header, the union of the rows'
// fields; values are written in full, as JSON gives them.
func printCSV(w io.Writer, rows []map[string]any) error {
	cols := columns(rows)
	cw := csv.NewWriter(w)
	if err := cw.Write(cols); err != nil {
		return err
	}
	for _, r := range rows {
		rec := make([]string, len(cols))
		for i, c := range cols {
			if v, ok := r[c]; ok {
				rec[i] = cellText(v)
			}
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// printTable prints results as aligned columns, IRIs shortened (documents
// shown by their symbols). Results of different kinds that have nothing
// but their kind in common (a chain's nodes and edges, a vote and its
// members) get a table each; kinds of one thing (a mission's
// establishment, extensions and ceilings) share one, in the query's order.
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
	if shareColumn(kinds, byKind) {
		return printRows(w, m, results)
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

// shareColumn tells whether the rows of every kind have a column besides
// "kind" in common.
func shareColumn(kinds []string, byKind map[string][]map[string]any) bool {
	if len(kinds) < 2 {
		return true
	}
	for _, c := range columns(byKind[kinds[0]]) {
		if c == "kind" {
			continue
		}
		all := true
		for _, k := range kinds[1:] {
			if !slices.Contains(columns(byKind[k]), c) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

func printRows(w io.Writer, m ontology.Minter, rows []map[string]any) error {
	cols := columns(rows)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, strings.ToUpper(strings.Join(cols, "\t")))
	for _, r := range rows {
		cells := make([]string, len(cols))
		for i, c := range cols {
			if v, ok := r[c]; ok {
				cells[i] = shortValue(m, v)
			}
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	return tw.Flush()
}

// columns is the union of the rows' fields, those people read first on the
// left.
func columns(rows []map[string]any) []string {
	set := map[string]bool{}
	for _, r := range rows {
		for k := range r {
			set[k] = true
		}
	}
	cols := make([]string, 0, len(set))
	for k := range set {
		cols = append(cols, k)
	}
	sort.Slice(cols, func(i, j int) bool {
		ri, rj := columnRank(cols[i]), columnRank(cols[j])
		return ri < rj || ri == rj && cols[i] < cols[j]
	})
	return cols
}

// Within a kind of row, the order a reader reads: a revision's step and
// paragraphs before the words it changed, a vote's counts in the order
// the texts print them.
var firstColumns = []string{
	"kind", "step", "date", "document", "paragraph", "depth", "id",
	"status", "similarity", "from", "to", "removed", "added", "basis",
	"source", "predicate", "relation", "target", "evidence", "function", "text",
	"verb", "action", "deadline", "within", "every", "until", "period", "military", "police",
	"result", "inFavour", "against", "abstaining", "unanimous", "position", "state",
}

// lastColumns are the nodes a row is about, which a reader needs only to
// ask further: after the columns that say what the row says.
var lastColumns = []string{"fromDocument", "toDocument", "citation", "request", "fact", "revision"}

func columnRank(c string) int {
	for i, f := range firstColumns {
		if c == f {
			return i
		}
	}
	for i, l := range lastColumns {
		if c == l {
			return len(firstColumns) + 1 + i
		}
	}
	return len(firstColumns)
}

// cellText is a value as text: strings as they are, other values as JSON.
func cellText(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case nil:
		return ""
	}
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(data)
}

// maxCell is the most characters of text a table cell shows; json and csv
// give the whole text.
const maxCell = 80

// shortValue writes a value for a table: an IRI under the base without it
// (documents by their symbols), an IRI of a known vocabulary with its
// prefix, other IRIs without angle brackets.
func shortValue(m ontology.Minter, v any) string {
	s := cellText(v)
	iri, ok := strings.CutPrefix(s, "<")
	if !ok || !strings.HasSuffix(iri, ">") {
		// text on one line, long text cut short
		s = strings.Join(strings.Fields(s), " ")
		if r := []rune(s); len(r) > maxCell {
			s = string(r[:maxCell-1]) + "…"
		}
		return s
	}
	iri = strings.TrimSuffix(iri, ">")
	if ref, ok := m.Read(iri); ok {
		return ref.String() // a document by its symbol, a paragraph with it
	}
	if rest, ok := strings.CutPrefix(iri, m.Base); ok && !strings.HasPrefix(rest, "def#") {
		return rest
	}
	for _, p := range ontology.Prefixes() {
		if rest, ok := strings.CutPrefix(iri, p.IRI); ok && rest != "" && !strings.ContainsAny(rest, "/#") {
			return p.Name + ":" + rest
		}
	}
	return iri
}
