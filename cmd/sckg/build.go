package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/extract"
	"github.com/sckg/sckg/graph"
	"github.com/sckg/sckg/graph/lineage"
	"github.com/sckg/sckg/graph/rdfio"
	"github.com/sckg/sckg/graph/store"
	"github.com/sckg/sckg/ontology"
)

const buildHelp = `Usage: sckg build PATH... [--out FILE] [--format FORMAT] [--store STORE]

Reads UN Security Council documents (files, or folders searched recursively
for .txt, .md, .html and .htm files), finds the documents, paragraphs and
citations in them, writes the graph as RDF and loads the same triples into
a Cayley store. A file that cannot be read is reported and skipped; the
others are still built.

The format is --format, or else the extension of --out: Turtle (.ttl),
N-Triples (.nt), N-Quads (.nq), TriG (.trig) or JSON-LD (.jsonld); Turtle
on standard output. N-Quads, TriG and JSON-LD keep one named graph per
document. The sckg ontology is part of the file (in quad formats, in the
named graph <…/graph/ontology>) unless --no-ontology.

The store is a folder (bolt, the default; bolt:DIR, leveldb:DIR or
badger:DIR for another backend), "memory", or a postgres:// URL. Each
document's named graph is replaced; other graphs stay. A build stopped
before the store is loaded leaves the store marked unfinished, which
'query', 'repl' and 'serve' report until a build completes.

Ctrl-C (or SIGTERM) stops a build without leaving a temporary file beside
--out; a file written before stays as it was.

Examples:
  sckg build testdata/seeds --out mali.ttl --store mali.db
  sckg build testdata/seeds --out mali.trig
  sckg build testdata/seeds --format jsonld --no-ontology > mali.jsonld
  sckg build resolution.txt > resolution.ttl
  sckg build testdata/seeds --actors my-actors.ttl --out mali.ttl
`

func runBuild(args []string, stdout, stderr io.Writer) error {
	in := catchInterrupts(stderr)
	defer in.stop()
	return buildMain(in, args, stdout, stderr)
}

// buildMain is the build, which in learns of interrupts while it writes the
// graph file and loads the store.
func buildMain(in *interrupts, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("build", buildHelp, stderr)
	out := fs.StringP("out", "o", "", "write the graph to `FILE` (default: standard output)")
	formatName := fs.StringP("format", "f", "", "`FORMAT`: turtle, ntriples, nquads, trig or jsonld (default: from --out's extension, else turtle)")
	noOntology := fs.Bool("no-ontology", false, "leave the sckg ontology out of the file")
	storeAt := fs.StringP("store", "s", "", "load the graph into the store at `LOCATION`: a folder (created if missing), bolt:|leveldb:|badger:DIR, memory, or a postgres:// URL")
	base := fs.String("base", ontology.Base, "base `IRI` under which sckg mints IRIs")
	jobs := fs.IntP("jobs", "j", 0, "files to read at once (default: one per core)")
	warningsFile := fs.String("warnings", "", "write every warning to `FILE`, one a line (the terminal gets a summary by kind when there are many)")
	actorFiles := fs.StringArray("actors", nil, "add the actors of a Turtle `FILE` to the registry (repeatable; see ontology/actors.ttl for the shape)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageError{"no input: name the files or folders to read"}
	}

	format, err := chooseFormat(*formatName, *out)
	if err != nil {
		return err
	}

	inputs, errs := extract.Collect(fs.Args())
	for _, err := range errs {
		fmt.Fprintf(stderr, "sckg: %v\n", err)
	}
	var sources []*extract.Source
	bad := len(errs)
	registry, err := loadActors(*actorFiles)
	if err != nil {
		return err
	}
	var warnings []extract.Warning
	var skipped []string
	for _, r := range extract.New(registry, extract.Options{Jobs: *jobs}).Files(inputs) {
		warnings = append(warnings, r.Warnings...)
		if r.Err != nil {
			skipped = append(skipped, r.Err.Error())
			bad++
			continue
		}
		sources = append(sources, r.Source)
	}
	if err := reportWarnings(stderr, extract.SortWarnings(warnings), skipped, *warningsFile); err != nil {
		return err
	}
	docs := 0
	for _, s := range sources {
		docs += len(s.Documents)
	}
	if docs == 0 {
		return fmt.Errorf("no document found in %d file(s)", len(inputs))
	}

	minter := ontology.NewMinter(*base)
	quads := graph.Builder{Minter: minter, Registry: registry}.Build(sources)
	// Paragraph lineage compares documents with one another, so it comes
	// after the per-document graphs, in a named graph of its own.
	quads = append(quads, lineage.Quads(minter, lineage.Series(sources))...)
	written := quads
	if !*noOntology {
		onto, err := graph.OntologyQuads(minter)
		if err != nil {
			return err
		}
		written = append(onto, quads...)
	}
	statements, err := writeGraph(in, *out, format, written, stdout)
	if err != nil {
		return err
	}
	summary := fmt.Sprintf("%d documents from %d files, %d triples", docs, len(sources), statements)
	if format.KeepsGraphs() {
		summary = fmt.Sprintf("%d documents from %d files, %d quads in %d named graphs", docs, len(sources), statements, countGraphs(written))
	}
	if *out != "" {
		summary += " written to " + *out
	}
	if *storeAt != "" {
		added, err := loadStore(in, *storeAt, quads)
		if err != nil {
			written := "the graph was written to standard output"
			if *out != "" && *out != "-" {
				written = "the graph file " + *out + " was written"
			}
			return fmt.Errorf("%w (%s)", err, written)
		}
		summary += fmt.Sprintf("; %d quads in %d named graphs loaded into %s", added, countGraphs(quads), *storeAt)
	}
	if bad > 0 {
		summary += fmt.Sprintf("; %d file(s) skipped", bad)
	}
	fmt.Fprintln(stderr, "sckg: "+summary)
	return nil
}

// manyLines is how many warnings or skipped files a build prints one by
// one; past it, a summary by kind.
const manyLines = 12

// reportWarnings tells the user what went wrong with the input: each
// warning and skipped file for a small build, and for a large one a
// summary by kind with the first few files, the whole list going to
// listFile when named.
func reportWarnings(stderr io.Writer, warnings []extract.Warning, skipped []string, listFile string) error {
	if listFile != "" {
		var b bytes.Buffer
		for _, w := range warnings {
			fmt.Fprintf(&b, "%s\t%s\n", w.Kind, w)
		}
		for _, s := range skipped {
			fmt.Fprintf(&b, "%s\t%s\n", extract.WarnInput, s)
		}
		if err := os.WriteFile(listFile, b.Bytes(), 0o666); err != nil {
			return fmt.Errorf("--warnings: %w", err)
		}
	}
	if len(warnings)+len(skipped) <= manyLines {
		for _, w := range warnings {
			fmt.Fprintf(stderr, "sckg: warning: %s\n", w)
		}
		for _, s := range skipped {
			fmt.Fprintf(stderr, "sckg: skipped %s\n", s)
		}
		return nil
	}
	kinds := extract.Summarise(warnings, 3)
	where := "; all of them: --warnings FILE"
	if listFile != "" {
		where = "; all of them in " + listFile
	}
	fmt.Fprintf(stderr, "sckg: %d warnings of %d kinds%s\n", len(warnings), len(kinds), where)
	for _, k := range kinds {
		fmt.Fprintf(stderr, "  %s: %d in %d file(s), for example\n", k.Kind, k.Count, k.Files)
		for _, w := range k.First {
			fmt.Fprintf(stderr, "    %s\n", w)
		}
	}
	for i, s := range skipped {
		if i == 3 {
			fmt.Fprintf(stderr, "sckg: … and %d more file(s) skipped\n", len(skipped)-3)
			break
		}
		fmt.Fprintf(stderr, "sckg: skipped %s\n", s)
	}
	return nil
}

// chooseFormat takes --format, or else the extension of --out, or else
// Turtle.
func chooseFormat(name, out string) (rdfio.Format, error) {
	if name != "" {
		f, err := rdfio.ParseFormat(name)
		if err != nil {
			return "", usageError{"--format: " + err.Error()}
		}
		return f, nil
	}
	if out == "" || out == "-" {
		return rdfio.Turtle, nil
	}
	if f, ok := rdfio.FormatOf(out); ok {
		return f, nil
	}
	return "", usageError{fmt.Sprintf("--out %s: cannot tell the format from the extension; name it with --format, or use .ttl, .nt, .nq, .trig or .jsonld", out)}
}

// writeGraph writes to path through a temporary file beside it, so that a
// failed or interrupted run never leaves half a file where a good one
// stood. The file gets the permissions of any new file (0666 less the
// umask), not the 0600 of os.CreateTemp: an export is meant to be shared.
func writeGraph(in *interrupts, path string, format rdfio.Format, quads []rdf.Quad, stdout io.Writer) (int, error) {
	if path == "" || path == "-" {
		w := bufio.NewWriter(stdout)
		n, err := rdfio.Write(w, format, quads, ontology.Prefixes())
		if err != nil {
			return 0, err
		}
		return n, w.Flush()
	}
	tmp, err := in.createTemp(path)
	if err != nil {
		return 0, err
	}
	defer in.removeTemp(tmp)
	w := bufio.NewWriter(tmp)
	n, err := rdfio.Write(w, format, quads, ontology.Prefixes())
	if err == nil {
		err = w.Flush()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return 0, fmt.Errorf("writing %s: %w", path, err)
	}
	if testHookWritten != nil {
		testHookWritten(tmp.Name())
	}
	return n, in.rename(tmp, path)
}

// testHookWritten, when set by a test, is called with the temporary file
// once the graph is in it, before it replaces --out.
var testHookWritten func(tmp string)

// loadStore replaces the named graphs of quads in the store. An interrupt
// stops the load between two batches of changes, which leaves the store
// marked unfinished rather than looking complete.
func loadStore(in *interrupts, location string, quads []rdf.Quad) (int, error) {
	in.loading(true)
	defer in.loading(false)
	st, err := store.Open(location)
	if err != nil {
		return 0, err
	}
	if testHookLoading != nil {
		testHookLoading(in.ctx)
	}
	added, err := st.ReplaceGraphs(in.ctx, quads)
	if cerr := st.Close(); err == nil {
		err = cerr
	}
	if err != nil && in.ctx.Err() != nil {
		err = fmt.Errorf("%w: %w", context.Cause(in.ctx), err)
	}
	return added, err
}

// testHookLoading, when set by a test, is called once the store is open,
// before the graph is loaded into it.
var testHookLoading func(ctx context.Context)

func countGraphs(quads []rdf.Quad) int {
	seen := map[string]bool{}
	for _, q := range quads {
		seen[q.Ctx.String()] = true
	}
	return len(seen)
}

// loadActors reads the registry with a user's actor files added; with none,
// the built-in registry.
func loadActors(files []string) (*ontology.Registry, error) {
	if len(files) == 0 {
		return ontology.DefaultRegistry(), nil
	}
	extra := map[string]io.Reader{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("--actors: %w", err)
		}
		extra[f] = bytes.NewReader(data)
	}
	r, err := ontology.LoadRegistry(extra)
	if err != nil {
		return nil, fmt.Errorf("--actors: %w", err)
	}
	return r, nil
}
