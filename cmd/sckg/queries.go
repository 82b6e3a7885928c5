package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/sckg/sckg/queries"
)

const queriesHelp = `Usage: sckg queries [NAME]

Lists the canned Gizmo queries with what each answers and its parameters.
With a NAME, shows that query's help and its script, a starting point for
queries of your own ('sckg query --file').

Examples:
  sckg queries
  sckg queries path
`

func runQueries(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("queries", queriesHelp, stderr)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	switch fs.NArg() {
	case 0:
		for i, q := range queries.List() {
			if i > 0 {
				fmt.Fprintln(stdout)
			}
			fmt.Fprint(stdout, q.Usage())
		}
		fmt.Fprintln(stdout, "\nRun one with 'sckg query NAME [MAIN] --store STORE [--param KEY=VALUE]...'.")
		return nil
	case 1:
		q, ok := queries.Get(fs.Arg(0))
		if !ok {
			return usageError{fmt.Sprintf("no query called %q; the queries are:\n%s", fs.Arg(0), queryList())}
		}
		fmt.Fprint(stdout, q.Usage())
		fmt.Fprintln(stdout)
		fmt.Fprint(stdout, q.Script)
		if !strings.HasSuffix(q.Script, "\n") {
			fmt.Fprintln(stdout)
		}
		return nil
	}
	return usageError{"name at most one query"}
}
