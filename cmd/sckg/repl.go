package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/peterh/liner"

	"github.com/sckg/sckg/graph/store"
	"github.com/sckg/sckg/ontology"
	"github.com/sckg/sckg/queries"
)

const replHelp = `Usage: sckg repl --store STORE [--format table|json|csv] [--timeout DURATION]

An interactive Gizmo prompt on a store built by 'sckg build --store'. Type a
Gizmo script (an unclosed bracket or string continues it on the next line)
and its results print as a table. On a terminal, lines can be edited and
earlier ones recalled (arrows, Ctrl-R), Tab completes commands and query
names, Ctrl-C stops a running query, and Ctrl-D leaves. Read from a pipe,
it runs each script in turn and prints only results and errors.

Commands:
  :queries [NAME]                  the canned queries, or one with its script
  :run NAME [MAIN] [KEY=VALUE]...  run a canned query
  :format table|json|csv           how results print
  :limit N   :timeout DURATION     bound each query
  :help   :quit

Examples:
  sckg repl --store mali.db
  gizmo> g.V("<https://w3id.org/sckg/doc/S/RES/2584(2021)>").Out("<http://data.europa.eu/eli/ontology#cites>").All()
  gizmo> :run citation-chain S/RES/2584(2021) depth=1
  echo ':run cited-by S/RES/2374(2017)' | sckg repl --store mali.db
`

const replCommands = `  :queries [NAME]                  the canned queries, or one with its script
  :run NAME [MAIN] [KEY=VALUE]...  run a canned query (MAIN: a symbol or IRI)
  :format table|json|csv           how results print (now %s)
  :limit N                         at most N results (now %d)
  :timeout DURATION                stop a query after DURATION (now %s)
  :help                            this help
  :quit                            leave (or Ctrl-D)
Anything else is a Gizmo script, e.g.
  g.V("<https://w3id.org/sckg/doc/S/RES/2584(2021)>").Out("<http://data.europa.eu/eli/ontology#cites>").All()
`

func runRepl(args []string, stdout, stderr io.Writer) error {
	return replMain(args, os.Stdin, stdout, stderr)
}

// replMain is the REPL reading from in; a terminal gets line editing.
func replMain(args []string, in io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("repl", replHelp, stderr)
	qf := addQueryFlags(fs, 30*time.Second, 10_000)
	history := fs.String("history", defaultHistory(), "keep the lines typed in `FILE` (\"\" for none)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"repl takes no arguments; type queries at its prompt"}
	}
	st, err := qf.open()
	if err != nil {
		return err
	}
	defer st.Close()
	memory, _ := parseQueryMemory(*qf.memory) // checked by open
	r := &repl{
		store:   st,
		minter:  ontology.NewMinter(*qf.base),
		format:  *qf.format,
		limit:   *qf.limit,
		timeout: *qf.timeout,
		memory:  memory,
		out:     stdout,
		errOut:  stderr,
	}
	if f, ok := in.(*os.File); ok && f == os.Stdin && isTerminal(os.Stdin) && isTerminal(os.Stdout) {
		return r.interactive(*history)
	}
	return r.batch(in)
}

type repl struct {
	store    *store.Store
	minter   ontology.Minter
	format   string
	limit    int
	timeout  time.Duration
	memory   int64 // --query-memory, in bytes; < 0 for no limit
	out      io.Writer
	errOut   io.Writer
	terminal bool
	failed   int
}

func isTerminal(f *os.File) bool {
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

func defaultHistory() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	return filepath.Join(home, ".sckg_history")
}

// interactive reads lines from the terminal with liner.
func (r *repl) interactive(history string) error {
	r.terminal = true
	line := liner.NewLiner()
	defer line.Close()
	line.SetCtrlCAborts(true)
	line.SetTabCompletionStyle(liner.TabPrints)
	line.SetCompleter(complete)
	if history != "" {
		if f, err := os.Open(history); err == nil {
			line.ReadHistory(f)
			f.Close()
		}
	}
	fmt.Fprintf(r.out, "sckg repl on %s: type a Gizmo script, :help for help, Ctrl-D to leave.\n", r.store)
	var pending []string
	for {
		prompt := "gizmo> "
		if len(pending) > 0 {
			prompt = "...... "
		}
		text, err := line.Prompt(prompt)
		if errors.Is(err, liner.ErrPromptAborted) {
			pending = nil // Ctrl-C drops what was typed
			continue
		}
		if err != nil { // io.EOF: Ctrl-D
			fmt.Fprintln(r.out)
			break
		}
		pending = append(pending, text)
		input := strings.Join(pending, "\n")
		if incomplete(input) {
			continue
		}
		pending = nil
		if strings.TrimSpace(input) == "" {
			continue
		}
		line.AppendHistory(input)
		if r.do(input) {
			break
		}
	}
	if history != "" {
		if f, err := os.Create(history); err == nil {
			line.WriteHistory(f)
			f.Close()
		}
	}
	return nil
}

// batch reads scripts and commands from a pipe or file, without prompts.
func (r *repl) batch(in io.Reader) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64*1024), 16<<20)
	var pending []string
	runs := 0
	for sc.Scan() {
		pending = append(pending, sc.Text())
		input := strings.Join(pending, "\n")
		if incomplete(input) {
			continue
		}
		pending = nil
		if strings.TrimSpace(input) == "" {
			continue
		}
		runs++
		if r.do(input) {
			break
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	if len(pending) > 0 { // an unclosed bracket at the end: run it for its error
		runs++
		r.do(strings.Join(pending, "\n"))
	}
	if r.failed > 0 {
		return fmt.Errorf("%d of %d inputs failed", r.failed, runs)
	}
	return nil
}

// do runs one input, a command or a script, and tells whether to leave.
func (r *repl) do(input string) (quit bool) {
	text := strings.TrimSpace(input)
	if !strings.HasPrefix(text, ":") {
		r.run(text, "")
		return false
	}
	cmd, rest, _ := strings.Cut(text, " ")
	rest = strings.TrimSpace(rest)
	switch cmd {
	case ":quit", ":q", ":exit":
		return true
	case ":help", ":h":
		fmt.Fprintf(r.out, replCommands, r.format, r.limit, r.timeout)
	case ":queries":
		if rest == "" {
			fmt.Fprint(r.out, queryList())
			return false
		}
		q, ok := queries.Get(rest)
		if !ok {
			r.fail(fmt.Errorf("no query called %q; :queries lists them", rest))
			return false
		}
		fmt.Fprint(r.out, q.Usage())
	case ":run":
		r.runCanned(rest)
	case ":format":
		if err := checkFormat(rest); err != nil {
			r.fail(err)
			return false
		}
		r.format = rest
	case ":limit":
		n, err := strconv.Atoi(rest)
		if err != nil || n <= 0 {
			r.fail(fmt.Errorf(":limit %q: give a positive whole number", rest))
			return false
		}
		r.limit = n
	case ":timeout":
		d, err := time.ParseDuration(rest)
		if err != nil || d <= 0 {
			r.fail(fmt.Errorf(":timeout %q: give a duration such as 10s or 2m", rest))
			return false
		}
		r.timeout = d
	default:
		r.fail(fmt.Errorf("unknown command %s; :help lists the commands", cmd))
	}
	return false
}

// runCanned runs ":run NAME [MAIN] [KEY=VALUE]...": words of the form
// KEY=VALUE whose KEY is one of the query's parameters set it; the other
// words, joined by spaces, are the main parameter, so that a symbol can be
// typed as printed ("S/RES/2584 (2021)"). Quotes group words.
func (r *repl) runCanned(args string) {
	words, err := splitWords(args)
	if err != nil {
		r.fail(err)
		return
	}
	if len(words) == 0 {
		r.fail(errors.New(":run NAME [MAIN] [KEY=VALUE]...; :queries lists the queries"))
		return
	}
	q, ok := queries.Get(words[0])
	if !ok {
		r.fail(fmt.Errorf("no query called %q; :queries lists them", words[0]))
		return
	}
	known := map[string]bool{}
	for _, p := range q.Params {
		known[p.Name] = true
	}
	params := map[string]string{}
	var main []string
	for _, w := range words[1:] {
		if k, v, ok := strings.Cut(w, "="); ok && known[k] {
			params[k] = v
			continue
		}
		main = append(main, w)
	}
	if len(main) > 0 {
		mp, ok := q.MainParam()
		if !ok {
			r.fail(fmt.Errorf("query %s takes no main argument", q.Name))
			return
		}
		params[mp.Name] = strings.Join(main, " ")
	}
	ctx, cancel := queries.WithTimeLimit(queries.WithMemoryLimit(context.Background(), r.memory), r.timeout)
	bound, err := q.Resolve(ctx, r.store, params, r.minter.Base)
	cancel()
	if err != nil {
		r.fail(err)
		return
	}
	if r.run(queries.Script(q, bound), q.Name) == 0 {
		ctx, cancel := queries.WithTimeLimit(context.Background(), r.timeout)
		defer cancel()
		if err := whyEmpty(ctx, r.errOut, r.store, q, bound, r.minter.Base); err != nil {
			r.fail(err)
		}
	}
}

// run runs a script, prints its results and returns how many there
// were (-1 if it failed).
func (r *repl) run(script, name string) int {
	ctx, cancel := queries.WithTimeLimit(queries.WithMemoryLimit(context.Background(), r.memory), r.timeout)
	defer cancel()
	if r.terminal {
		var stop context.CancelFunc
		ctx, stop = signal.NotifyContext(ctx, os.Interrupt)
		defer stop()
	}
	res, err := queries.RunScript(ctx, r.store, script, queries.Options{Base: r.minter.Base, Limit: r.limit})
	if err != nil {
		if name != "" {
			err = fmt.Errorf("query %s: %w", name, err)
		}
		r.fail(err)
		return -1
	}
	if err := printResults(r.out, r.format, r.minter, res.Rows); err != nil {
		r.fail(err)
		return -1
	}
	if res.Truncated {
		fmt.Fprintf(r.errOut, "(the first %d results; :limit N shows more)\n", r.limit)
	}
	return len(res.Rows)
}

func (r *repl) fail(err error) {
	r.failed++
	fmt.Fprintf(r.errOut, "error: %v\n", err)
}

// incomplete tells whether a script has an unclosed bracket, string or
// comment, so that the REPL reads another line.
func incomplete(src string) bool {
	depth := 0
	var quote rune
	lineComment, blockComment, escaped := false, false, false
	rs := []rune(src)
	for i := 0; i < len(rs); i++ {
		c := rs[i]
		next := rune(0)
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		switch {
		case lineComment:
			if c == '\n' {
				lineComment = false
			}
		case blockComment:
			if c == '*' && next == '/' {
				blockComment = false
				i++
			}
		case quote != 0:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == quote:
				quote = 0
			case c == '\n' && quote != '`':
				quote = 0 // an unterminated string is the script's error to report
			}
		case c == '/' && next == '/':
			lineComment = true
			i++
		case c == '/' && next == '*':
			blockComment = true
			i++
		case c == '"' || c == '\'' || c == '`':
			quote = c
		case c == '(' || c == '[' || c == '{':
			depth++
		case c == ')' || c == ']' || c == '}':
			depth--
		}
	}
	return depth > 0 || blockComment || quote == '`'
}

// splitWords splits a command line into words; quotes ("…" or '…') group
// words and are removed.
func splitWords(s string) ([]string, error) {
	var words []string
	var cur strings.Builder
	var quote rune
	inWord := false
	for _, c := range s {
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			} else {
				cur.WriteRune(c)
			}
		case c == '"' || c == '\'':
			quote, inWord = c, true
		case c == ' ' || c == '\t':
			if inWord {
				words = append(words, cur.String())
				cur.Reset()
				inWord = false
			}
		default:
			cur.WriteRune(c)
			inWord = true
		}
	}
	if quote != 0 {
		return nil, fmt.Errorf("unclosed quote %c", quote)
	}
	if inWord {
		words = append(words, cur.String())
	}
	return words, nil
}

// complete offers commands after ":" and query names after ":run " or
// ":queries ".
func complete(line string) []string {
	var out []string
	for _, prefix := range []string{":run ", ":queries "} {
		if rest, ok := strings.CutPrefix(line, prefix); ok && !strings.Contains(rest, " ") {
			for _, q := range queries.List() {
				if strings.HasPrefix(q.Name, rest) {
					out = append(out, prefix+q.Name+" ")
				}
			}
			return out
		}
	}
	if strings.HasPrefix(line, ":") && !strings.Contains(line, " ") {
		for _, c := range []string{":queries", ":run ", ":format ", ":limit ", ":timeout ", ":help", ":quit"} {
			if strings.HasPrefix(c, line) {
				out = append(out, c)
			}
		}
	}
	return out
}
