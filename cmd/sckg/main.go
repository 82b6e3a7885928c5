// Command sckg builds a knowledge graph from UN Security Council documents
// and answers questions about it. Each subcommand lives in a file of its
// own; this one only dispatches.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"

	"github.com/spf13/pflag"
)

type command struct {
	name    string
	summary string
	run     func(args []string, stdout, stderr io.Writer) error
}

var commands = []command{
	{"build", "extract documents into Turtle and a Cayley store", runBuild},
	{"citations", "list the citations found in files, for checking by eye", runCitations},
	{"diff", "align the paragraphs of two versions of a text and show what changed", runDiff},
	{"query", "run a canned Gizmo query, or a script of your own, against a store", runQuery},
	{"queries", "list the canned queries with their parameters", runQueries},
	{"repl", "an interactive Gizmo prompt on a store", runRepl},
	{"serve", "answer Gizmo queries over HTTP, as Cayley's API does", runServe},
	{"validate", "check RDF files against the SHACL shapes of the sckg graph", runValidate},
	{"viz", "draw a citation chain as SVG, DOT, Mermaid, GraphML or JSON", runViz},
}

const usage = `sckg builds an RDF knowledge graph from UN Security Council documents.

Usage:
  sckg COMMAND [flags] [arguments]

Commands:
%s
Run 'sckg COMMAND --help' for a command's flags and examples.
`

func main() {
	collectFirstAtSixteenMB()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// collectFirstAtSixteenMB has the collector first run when the heap reaches
// 16 MB (GOGC=400's least goal), not 4 MB, and from then on as GOGC says;
// the user's GOGC wins. What a command makes as it starts mostly lives on
// (a build's registry index, patterns, states and sink: 8 MB when its
// first file is read), yet the collector ran twice over it, in fresh
// memory each time: 15 % of the CPU of a build of one file.
func collectFirstAtSixteenMB() {
	if os.Getenv("GOGC") != "" {
		return
	}
	old := debug.SetGCPercent(400)
	// The cleanup runs once the first collection has found the sentinel
	// unreachable, which it is from here on.
	sentinel := new([64]byte)
	runtime.AddCleanup(sentinel, func(percent int) { debug.SetGCPercent(percent) }, old)
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		printUsage(stdout)
		return 0
	}
	for _, c := range commands {
		if c.name == args[0] {
			err := c.run(args[1:], stdout, stderr)
			switch {
			case err == nil:
				return 0
			case errors.Is(err, pflag.ErrHelp):
				return 0
			default:
				fmt.Fprintf(stderr, "sckg %s: %v\n", c.name, err)
				return exitCode(err)
			}
		}
	}
	fmt.Fprintf(stderr, "sckg: unknown command %q\n\n", args[0])
	printUsage(stderr)
	return 2
}

func printUsage(w io.Writer) {
	list := ""
	for _, c := range commands {
		list += fmt.Sprintf("  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, usage, list)
}

// usageError is a mistake in how a command was called.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func exitCode(err error) int {
	var ue usageError
	if errors.As(err, &ue) {
		return 2
	}
	var se signalError
	if errors.As(err, &se) {
		return se.exitCode()
	}
	return 1
}

// newFlags makes a GNU-style flag set whose --help prints the command's
// usage text and its flags.
func newFlags(name, help string, stderr io.Writer) *pflag.FlagSet {
	fs := pflag.NewFlagSet("sckg "+name, pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.SortFlags = false
	fs.Usage = func() {
		fmt.Fprint(stderr, help)
		fmt.Fprintln(stderr, "\nFlags:")
		fmt.Fprint(stderr, fs.FlagUsages())
	}
	return fs
}

// parseFlags parses args, turning flag mistakes into usage errors.
func parseFlags(fs *pflag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return err
		}
		return usageError{err.Error()}
	}
	return nil
}
