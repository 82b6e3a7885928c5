// Package queries holds sckg's canned Gizmo queries and the runner that the
// command line, the REPL and the HTTP server share.
//
// Each query is one .js file in this folder. It begins with a header of
// "//" lines:
//
//	// NAME: one line saying what the query answers
//	// @param NAME [(main)] [(node) | (actor)] help text [(default VALUE) | (optional)]
//
// NAME on the first line must be the file's name without ".js". A
// parameter marked (main) is the one the command line takes as its
// positional argument. A parameter marked (node) names a node of the
// graph: the runner accepts an IRI, with or without angle brackets, or a
// UN symbol as printed ("S/RES/2584 (2021)"), optionally with a paragraph
// ("S/RES/2531(2020)#op_2"), and gives the script the IRI in angle
// brackets, as Gizmo writes IRIs. A parameter marked (actor) names an
// actor: an IRI, or any of the actor's names in the store, in any
// language ("MINUSMA", "Secretary-General", "FRA"), which the runner
// looks up. A parameter without a default must be
// given; one marked (optional) defaults to the empty string. Other "//"
// lines in the header are notes for readers and are ignored. The script sees
// its parameters, as strings, in a variable named params.
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

	"github.com/sckg/sckg/graph/store"
	"github.com/sckg/sckg/ontology"
	"github.com/sckg/sckg/ontology/symbol"
)

//go:embed *.js
var files embed.FS

// helpers holds the functions the canned queries share (Gizmo scripts
// cannot import one another). Run puts it, on one line, after the
// parameters and before the query, so line numbers in errors still match
// the query's file.
//
//go:embed helpers.gizmo
var helpers string

var helpersLine = oneLine(helpers)

// oneLine drops the comment lines of a script and joins the rest.
func oneLine(script string) string {
	var parts []string
	for _, l := range strings.Split(script, "\n") {
		if t := strings.TrimSpace(l); t != "" && !strings.HasPrefix(t, "//") {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, " ")
}

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
	Node     bool // names a node: an IRI or a symbol
	Actor    bool // names an actor: an IRI or one of its names
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

// Usage is the query's help: its description and its parameters, one a
// line, for listings.
func (q Query) Usage() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n", q.Name, q.Description)
	for _, p := range q.Params {
		var notes []string
		if p.Main {
			notes = append(notes, "main")
		}
		switch {
		case p.Required:
			notes = append(notes, "required")
		case p.Default != "":
			notes = append(notes, "default "+p.Default)
		default:
			notes = append(notes, "optional")
		}
		fmt.Fprintf(&b, "  %-10s %s (%s)\n", p.Name, p.Help, strings.Join(notes, "; "))
	}
	return b.String()
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
	identPattern   = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_-]*$`)
	paramPattern   = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
	defaultMarker  = "(default "
	optionalMarker = "(optional)"
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

// parseParam reads "NAME [(main)] [(node)] help [(default VALUE) | (optional)]".
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
	if r, ok := strings.CutPrefix(rest, "(node)"); ok {
		p.Node, rest = true, strings.TrimSpace(r)
	} else if r, ok := strings.CutPrefix(rest, "(actor)"); ok {
		p.Actor, rest = true, strings.TrimSpace(r)
	}
	p.Required = true
	// The default is the last "(default ...)" and runs to the final ")",
	// so that values with parentheses, like symbols, survive.
	if r, ok := strings.CutSuffix(rest, optionalMarker); ok {
		p.Required, rest = false, strings.TrimSpace(r)
	} else if i := strings.LastIndex(rest, defaultMarker); i >= 0 && strings.HasSuffix(rest, ")") {
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

// Options are the limits and the base IRI a query runs with.
type Options struct {
	// Base is the base IRI symbols are minted under, as 'sckg build
	// --base' was given; ontology.Base if empty.
	Base string
	// Limit is the most results to return; no limit if <= 0.
	Limit int
}

// Result is what a query emitted.
type Result struct {
	Rows []map[string]any
	// Truncated says the query had more results than Options.Limit.
	Truncated bool
}

// Bind checks params against the query's parameters, fills in defaults and
// turns the values of node parameters into IRIs. Actor parameters are left
// as given: Prepare looks them up in a store.
func (q Query) Bind(params map[string]string, base string) (map[string]string, error) {
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
		case p.Required:
			return nil, fmt.Errorf("query %s needs parameter %s: %s", q.Name, p.Name, p.Help)
		default:
			v = p.Default
		}
		if p.Node {
			v = NodeIRI(base, v)
		}
		out[p.Name] = v
	}
	return out, nil
}

// NodeIRI turns what a user types to name a node into a Gizmo IRI: an IRI
// gains angle brackets if it has none; a UN symbol as printed ("S/RES/2584
// (2021)", optionally followed by a paragraph, "#op_2") becomes the IRI
// sckg mints for it under base (ontology.Base if empty). The empty string
// stays empty.
func NodeIRI(base, s string) string {
	s = strings.TrimSpace(s)
	switch {
	case s == "":
		return ""
	case strings.HasPrefix(s, "<") && strings.HasSuffix(s, ">"):
		return s
	case strings.Contains(s, "://"):
		return "<" + s + ">"
	}
	sym, frag, hasFrag := strings.Cut(s, "#")
	m := ontology.NewMinter(base)
	iri := m.Document(symbol.Normalise(sym))
	if hasFrag {
		iri = m.Fragment(iri, strings.TrimSpace(frag))
	}
	return "<" + iri + ">"
}

// Prepare binds params (see Bind), looks up the documents that node
// parameters name (see FindNode) and the actors that actor parameters name
// in st, and returns the script to run.
func (q Query) Prepare(ctx context.Context, st *store.Store, params map[string]string, base string) (string, error) {
	bound, err := q.Resolve(ctx, st, params, base)
	if err != nil {
		return "", err
	}
	return Script(q, bound), nil
}

// ErrNotInStore is the error for a node parameter that names a node the
// store does not hold: a query about it could only answer nothing.
var ErrNotInStore = errors.New("is not in the store")

// Resolve is Prepare's first half: the parameters as the script sees
// them, nodes and actors looked up in st. A node the store does not hold
// is an error (ErrNotInStore), not an empty answer a reader cannot tell
// from "nothing cites it".
func (q Query) Resolve(ctx context.Context, st *store.Store, params map[string]string, base string) (map[string]string, error) {
	bound, err := q.Bind(params, base)
	if err != nil {
		return nil, err
	}
	for _, p := range q.Params {
		if p.Node && params[p.Name] != "" {
			iri, err := FindNode(ctx, st, base, params[p.Name])
			if err != nil {
				return nil, fmt.Errorf("query %s: %s: %w", q.Name, p.Name, err)
			}
			if ok, err := holds(ctx, st, iri); err != nil {
				return nil, fmt.Errorf("query %s: %s: %w", q.Name, p.Name, err)
			} else if !ok {
				return nil, fmt.Errorf("query %s: %s: %s %w", q.Name, p.Name, shown(base, iri), ErrNotInStore)
			}
			bound[p.Name] = iri
		}
		if p.Actor {
			iri, err := ActorIRI(ctx, st, base, bound[p.Name])
			if err != nil {
				return nil, fmt.Errorf("query %s: %s: %w", q.Name, p.Name, err)
			}
			bound[p.Name] = iri
		}
	}
	return bound, nil
}

// shown is a node as a reader names it: a document by its symbol, a
// paragraph with it, another node by its IRI.
func shown(base, node string) string {
	iri := strings.TrimSuffix(strings.TrimPrefix(node, "<"), ">")
	if ref, ok := ontology.NewMinter(base).Read(iri); ok {
		return ref.String()
	}
	return iri
}

// Run runs a canned query with the given parameters and returns what it
// emits. It stops when ctx is done, even inside a script that never ends.
func Run(ctx context.Context, st *store.Store, q Query, params map[string]string, opt Options) (Result, error) {
	script, err := q.Prepare(ctx, st, params, opt.Base)
	if err != nil {
		return Result{}, err
	}
	res, err := RunScript(ctx, st, script, opt)
	if err != nil {
		return Result{}, fmt.Errorf("query %s: %w", q.Name, err)
	}
	return res, nil
}

// Script is the query's script with its bound parameters, as Run runs it:
// for the HTTP API, which runs canned queries through the same path as
// ad-hoc ones.
func Script(q Query, bound map[string]string) string {
	js, _ := json.Marshal(bound) // a map of strings always marshals
	// On the script's first line, so that line numbers in errors match the file.
	return "var params = " + string(js) + "; " + helpersLine + " " + q.Script
}

// RunScript runs an ad-hoc Gizmo script, as Run does.
//
// Results are what the script passes to g.Emit and the tag maps of
// path.All(); a result that is not an object is returned as {"value": v}.
// The script's own value (the last expression's, which Cayley reports as a
// null result) is left out.
func RunScript(ctx context.Context, st *store.Store, script string, opt Options) (Result, error) {
	var res Result
	start := time.Now()
	truncated, err := st.Gizmo(ctx, script, store.GizmoOptions{Limit: opt.Limit, MemoryLimit: memoryLimit(ctx)}, func(v any) {
		switch r := v.(type) {
		case map[string]any:
			res.Rows = append(res.Rows, r)
		default:
			res.Rows = append(res.Rows, map[string]any{"value": r})
		}
	})
	res.Truncated = truncated
	if res.Rows == nil {
		res.Rows = []map[string]any{}
	}
	return res, stopped(ctx, start, err)
}

// RunCayley runs a script as Cayley's HTTP API does, for answers that match
// it: every result as Gizmo's JSON collation gives it, the null of the
// script's own value included.
func RunCayley(ctx context.Context, st *store.Store, script string, limit int) (results []any, truncated bool, err error) {
	start := time.Now()
	truncated, err = st.Gizmo(ctx, script, store.GizmoOptions{Limit: limit, Nulls: true, MemoryLimit: memoryLimit(ctx)}, func(v any) {
		results = append(results, v)
	})
	return results, truncated, stopped(ctx, start, err)
}

// stopped turns the end of ctx into an error a user can act on.
func stopped(ctx context.Context, start time.Time, err error) error {
	if err == nil || ctx.Err() == nil {
		return err
	}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		// Name the limit the caller set, not the time left when the script
		// began: that is what a user can change.
		if limit, ok := ctx.Value(timeLimitKey{}).(time.Duration); ok {
			return fmt.Errorf("stopped at the time limit of %s: %w", limit, ctx.Err())
		}
		if deadline, ok := ctx.Deadline(); ok {
			return fmt.Errorf("stopped at the time limit of %s: %w", deadline.Sub(start).Round(time.Millisecond), ctx.Err())
		}
		return fmt.Errorf("stopped at the time limit: %w", ctx.Err())
	}
	return fmt.Errorf("stopped: %w", ctx.Err())
}

type timeLimitKey struct{}

// DefaultMemoryLimit is how much more memory the process may hold while a
// query runs, unless told otherwise: ample for the canned queries on the
// whole record, far below what a runaway script would take.
const DefaultMemoryLimit = 512 << 20

type memoryLimitKey struct{}

// WithMemoryLimit makes the queries run under ctx stop when the memory the
// process holds grows by more than limit bytes while they run
// (store.WithMemoryLimit); no limit if <= 0.
func WithMemoryLimit(ctx context.Context, limit int64) context.Context {
	return context.WithValue(ctx, memoryLimitKey{}, limit)
}

func memoryLimit(ctx context.Context) int64 {
	n, _ := ctx.Value(memoryLimitKey{}).(int64)
	return n
}

// WithTimeLimit is context.WithTimeout that also remembers the limit, so
// that a query stopped by it says which limit stopped it.
func WithTimeLimit(parent context.Context, limit time.Duration) (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.WithValue(parent, timeLimitKey{}, limit), limit)
}
