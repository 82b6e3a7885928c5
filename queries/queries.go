// Package queries holds sckg's canned Gizmo queries and the runner that the
// command line, the REPL and the HTTP server share.
//
// Each query is one .js file in this folder. It begins with a header of
// "//" lines:
//
//	// NAME: one line saying what the query answers
//	// @param NAME [(main)] help text [(default VALUE)]
//
// NAME on the first line must be the file's name without ".js". A
// parameter marked (main) is the one the command line takes as its
// positional argument. A parameter without a default must be given. Other
// "//" lines in the header are notes for readers and are ignored. The script
// sees its parameters, as strings, in a variable named params.
package queries

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/gizmo" // registers "gizmo"
)

//go:embed *.js
var files embed.FS

// Query is one canned query.
type Query struct {
	Name        string
	Description string
	Params      []Param
	Script      string // the whole file, header included
}

// Param is one parameter of a query.
type Param struct {
	Name     string
	Main     bool // the positional argument on the command line
	Required bool // no default
	Default  string
	Help     string
}

// MainParam returns the query's main parameter, if it has one.
func (q Query) MainParam() (Param, bool) {
	for _, p := range q.Params {
		if p.Main {
			return p, true
		}
	}
	return Param{}, false
}

var canned = mustLoad()

func mustLoad() map[string]Query {
	entries, err := files.ReadDir(".")
	if err != nil {
		panic(err)
	}
	out := map[string]Query{}
	for _, e := range entries {
		src, err := files.ReadFile(e.Name())
		if err != nil {
			panic(err)
		}
		q, err := Parse(strings.TrimSuffix(e.Name(), ".js"), string(src))
		if err != nil {
			// The files are embedded: a bad header is a build mistake,
			// and the package's tests catch it.
			panic(fmt.Sprintf("queries/%s: %v", e.Name(), err))
		}
		out[q.Name] = q
	}
	return out
}

// List returns the canned queries sorted by name.
func List() []Query {
	out := make([]Query, 0, len(canned))
	for _, q := range canned {
		out = append(out, q)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Get returns the canned query with the given name.
func Get(name string) (Query, bool) {
	q, ok := canned[name]
	return q, ok
}

var (
	identPattern  = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_-]*$`)
	paramPattern  = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
	defaultMarker = "(default "
)

// Parse reads a query's header; name is the file's name without ".js".
func Parse(name, src string) (Query, error) {
	q := Query{Name: name, Script: src}
	if !identPattern.MatchString(name) {
		return q, fmt.Errorf("invalid query name %q", name)
	}
	lines := strings.Split(src, "\n")
	first, ok := commentText(lines[0])
	if !ok {
		return q, fmt.Errorf("line 1: want \"// %s: description\"", name)
	}
	header, desc, ok := strings.Cut(first, ":")
	if !ok || strings.TrimSpace(header) != name || strings.TrimSpace(desc) == "" {
		return q, fmt.Errorf("line 1: want \"// %s: description\", got %q", name, lines[0])
	}
	q.Description = strings.TrimSpace(desc)
	seen := map[string]bool{}
	for i, line := range lines[1:] {
		text, ok := commentText(line)
		if !ok {
			break // end of header
		}
		if !strings.HasPrefix(text, "@") {
			continue // a note
		}
		rest, ok := strings.CutPrefix(text, "@param ")
		if !ok {
			return q, fmt.Errorf("line %d: unknown header tag in %q", i+2, line)
		}
		p, err := parseParam(rest)
		if err != nil {
			return q, fmt.Errorf("line %d: %v", i+2, err)
		}
		if seen[p.Name] {
			return q, fmt.Errorf("line %d: parameter %s declared twice", i+2, p.Name)
		}
		if _, hasMain := q.MainParam(); hasMain && p.Main {
			return q, fmt.Errorf("line %d: more than one (main) parameter", i+2)
		}
		seen[p.Name] = true
		q.Params = append(q.Params, p)
	}
	return q, nil
}

func commentText(line string) (string, bool) {
	text, ok := strings.CutPrefix(strings.TrimRight(line, "\r"), "//")
	return strings.TrimSpace(text), ok
}

// parseParam reads "NAME [(main)] help [(default VALUE)]".
func parseParam(s string) (Param, error) {
	var p Param
	name, rest, _ := strings.Cut(strings.TrimSpace(s), " ")
	if !paramPattern.MatchString(name) {
		return p, fmt.Errorf("invalid parameter name %q", name)
	}
	p.Name = name
	rest = strings.TrimSpace(rest)
	if r, ok := strings.CutPrefix(rest, "(main)"); ok {
		p.Main, rest = true, strings.TrimSpace(r)
	}
	p.Required = true
	// The default is the last "(default ...)" and runs to the final ")",
	// so that values with parentheses, like symbols, survive.
	if i := strings.LastIndex(rest, defaultMarker); i >= 0 && strings.HasSuffix(rest, ")") {
		p.Default = rest[i+len(defaultMarker) : len(rest)-1]
		p.Required = false
		rest = strings.TrimSpace(rest[:i])
	}
	p.Help = rest
	if p.Help == "" {
		return p, fmt.Errorf("parameter %s has no help text", name)
	}
	return p, nil
}

// bind checks params against the query's parameters and fills in defaults.
func (q Query) bind(params map[string]string) (map[string]string, error) {
	known := map[string]bool{}
	var names []string
	for _, p := range q.Params {
		known[p.Name] = true
		names = append(names, p.Name)
	}
	var unknown []string
	for k := range params {
		if !known[k] {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		takes := "takes no parameters"
		if len(names) > 0 {
			takes = "takes " + strings.Join(names, ", ")
		}
		return nil, fmt.Errorf("query %s has no parameter %s; it %s", q.Name, strings.Join(unknown, ", "), takes)
	}
	out := make(map[string]string, len(q.Params))
	for _, p := range q.Params {
		v, ok := params[p.Name]
		switch {
		case ok:
			out[p.Name] = v
		case p.Required:
			return nil, fmt.Errorf("query %s needs parameter %s: %s", q.Name, p.Name, p.Help)
		default:
			out[p.Name] = p.Default
		}
	}
	return out, nil
}

// Run runs a canned query with the given parameters and returns what it
// emits, at most limit results (no limit if limit <= 0). It stops when ctx
// is done, even inside a script that never ends.
func Run(ctx context.Context, qs graph.QuadStore, q Query, params map[string]string, limit int) ([]map[string]any, error) {
	bound, err := q.bind(params)
	if err != nil {
		return nil, err
	}
	js, err := json.Marshal(bound)
	if err != nil {
		return nil, err
	}
	// On the script's first line, so that line numbers in errors match the file.
	script := "var params = " + string(js) + "; " + q.Script
	res, err := RunScript(ctx, qs, script, limit)
	if err != nil {
		return nil, fmt.Errorf("query %s: %w", q.Name, err)
	}
	return res, nil
}

// RunScript runs an ad-hoc Gizmo script, as Run does.
//
// Results are what the script passes to g.Emit and the tag maps of
// path.All(); a result that is not an object is returned as {"value": v}.
func RunScript(ctx context.Context, qs graph.QuadStore, script string, limit int) ([]map[string]any, error) {
	lang := query.GetLanguage("gizmo")
	if lang == nil || lang.Session == nil {
		return nil, errors.New("the Gizmo query language is not available")
	}
	start := time.Now()
	// Execute does not watch its context; the iterator's Next does, and
	// interrupts the JavaScript VM when the context ends.
	it, err := lang.Session(qs).Execute(ctx, script, query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		return nil, err
	}
	defer it.Close() // also stops a script still running after the limit
	out := []map[string]any{}
	for (limit <= 0 || len(out) < limit) && it.Next(ctx) {
		switch r := it.Result().(type) {
		case nil:
			// the script's own value (with JSON collation), not a result
		case map[string]any:
			out = append(out, r)
		default:
			out = append(out, map[string]any{"value": r})
		}
	}
	if err := it.Err(); err != nil {
		return nil, stopped(ctx, start, err)
	}
	return out, nil
}

// stopped turns the end of ctx into an error a user can act on.
func stopped(ctx context.Context, start time.Time, err error) error {
	if ctx.Err() == nil {
		return err
	}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		if deadline, ok := ctx.Deadline(); ok {
			return fmt.Errorf("stopped at the time limit of %s: %w", deadline.Sub(start).Round(time.Millisecond), ctx.Err())
		}
		return fmt.Errorf("stopped at the time limit: %w", ctx.Err())
	}
	return fmt.Errorf("stopped: %w", ctx.Err())
}
