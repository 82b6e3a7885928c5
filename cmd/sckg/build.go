package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strings"
	"sync/atomic"

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

The build holds one file's documents at a time: the graph file's
statements are sorted in runs spilled to a temporary folder, removed at
the end. On a terminal it shows its progress on standard error (files,
documents, MB/s, time left), unless --quiet.

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
	quiet := fs.BoolP("quiet", "q", false, "show no progress bar (it shows only when standard error is a terminal)")
	warningsFile := fs.String("warnings", "", "write every warning to `FILE`, one a line (the terminal gets a summary by kind when there are many)")
	actorFiles := fs.StringArray("actors", nil, "add the actors of a Turtle `FILE` to the registry (repeatable; see ontology/actors.ttl for the shape)")
	// For whoever makes the build faster (issue 13): a whole build's
	// profile, which the extract benchmarks alone do not give.
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the build to `FILE`")
	_ = fs.MarkHidden("cpuprofile")
	memProfile := fs.String("memprofile", "", "write a profile of the build's allocations to `FILE`")
	_ = fs.MarkHidden("memprofile")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *cpuProfile != "" {
		stop, err := startCPUProfile(*cpuProfile)
		if err != nil {
			return err
		}
		defer stop()
	}
	if *memProfile != "" {
		defer writeAllocsProfile(*memProfile, stderr)
		runtime.MemProfileRate = 4096
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageError{"no input: name the files or folders to read"}
	}

	format, err := chooseFormat(*formatName, *out)
	if err != nil {
		return err
	}
	if err := checkOutFolder(*out); err != nil {
		return err
	}

	extractor := startExtractor(*actorFiles, extract.Options{Jobs: *jobs})
	inputs, errs := extract.Collect(fs.Args())
	for _, err := range errs {
		fmt.Fprintf(stderr, "sckg: %v\n", err)
	}
	dir, err := in.makeTempDir()
	if err != nil {
		return err
	}
	defer in.removeTempDir()
	b := &streamBuild{
		sizes:   fileSizes(inputs),
		minter:  ontology.NewMinter(*base),
		graphs:  map[string]bool{},
		lineage: make([][]*lineage.Text, len(inputs)),
		lexicon: lineage.NewLexicon(),
	}
	// The sort holds about this much of the graph file's statements
	// before it spills a run to dir: with the one document being built
	// and the corpus-wide data below, the build's memory.
	b.sink, err = rdfio.NewSink(format, ontology.Prefixes(), rdfio.SinkOptions{Memory: sortMemory, TempDir: dir, Namespaces: b.minter.Namespaces()})
	if err != nil {
		return err
	}
	defer b.sink.Discard()
	if *storeAt != "" {
		if b.spool, err = newSpool(dir); err != nil {
			return err
		}
		defer b.spool.close()
	}
	b.graphsMerged = !format.KeepsGraphs() && b.spool == nil
	if !*noOntology {
		onto, err := graph.OntologyQuads(b.minter)
		if err != nil {
			return err
		}
		if err := b.write(onto); err != nil {
			return err
		}
	}
	// What the build holds while it reads is bounded (the sort's runs, a
	// window of files, the trimmed corpus-wide data), but Go's collector
	// lets the heap grow to twice what it last kept, and a long build's
	// garbage then makes the peak grow with the corpus. A soft limit near
	// the bound keeps it there; the user's GOMEMLIMIT wins. The store's
	// load, whose batches Cayley holds whole, runs without it. One
	// document's extracted facts are held whole while they are mapped to
	// RDF (the quads are not: graph.Builder.Each), some 60 bytes for each
	// byte of text at worst (a list of citations): a limit below that
	// would set the collector running without end on one large file, and
	// a build of seconds would take minutes (issue 16). The fixed part,
	// 72 MiB, is about what a build of the development set peaks at on
	// its own. At ten times its texts the build runs at the limit, so the
	// limit is its peak, and what it costs is the collections that the
	// live heap (41-45 MB at the end of the reading, 38-43 while lineage
	// aligns since its pairs are made as they are written) leaves room
	// for: at 80 MiB a 2990-text build peaked at 1.44-1.53 times its
	// 299-text build (issue 13 allows 1.5) in 24 collections; at 72 MiB,
	// 1.34-1.45 times in 30, as many as 80 MiB took before; at 68 MiB,
	// 1.29-1.36 times in 36-38, some 5 % more CPU. Before lineage let
	// its pairs go, 72 MB cost 35 % more CPU, and 64 MB twice the CPU.
	//
	// The limit is also the build's page faults, a fifth of its CPU on a
	// VM where each costs 11-14 us: the scavenger hands back next to
	// nothing (none at 902 texts, 4 MB over a 2990-text build), so they
	// are the heap growing into fresh memory, and from 902 texts on it
	// grows to the limit. A lower limit trades them one for one with
	// collections. At 902 texts, 10-12 alternated pairs: 64 MiB cut 1,600
	// of 14,400 faults in 6 collections against 5, 56 MiB 3,100 in 9,
	// for CPU ratios of 0.98 and 0.96 within the machine's noise; but
	// 2990 texts took 47 and 130 collections against 19. Collecting
	// sooner after the reading alone (GOGC 50 from there on, forced or
	// not) cut 1,000-1,200 faults for the same CPU (ratio 1.01).
	//
	// What the build keeps for the corpus-wide steps grows with the
	// corpus, so the limit rises with the live heap (softLimit).
	var limit *softLimit
	if os.Getenv("GOMEMLIMIT") == "" {
		var largest int64
		for _, size := range b.sizes {
			largest = max(largest, size)
		}
		old := debug.SetMemoryLimit(-1)
		limit = startSoftLimit(int64(2*sortMemory+40<<20) + 128*largest)
		defer debug.SetMemoryLimit(old)
		defer limit.end()
	}
	x, err := extractor()
	if err != nil {
		return err
	}
	b.registry = x.Registry()
	b.progress = newProgress(stderr, *quiet)
	b.progress.reading(b.sizes)
	if err := b.extract(x, inputs, *jobs); err != nil {
		b.progress.done()
		return err
	}
	b.progress.done()
	if err := reportWarnings(stderr, extract.SortWarnings(b.warnings), b.skipped, *warningsFile); err != nil {
		return err
	}
	if b.docs == 0 {
		return fmt.Errorf("no document found in %d file(s)", len(inputs))
	}
	// The store's load starts now, on a goroutine of its own, with the
	// batches of the files' documents, spooled already, while lineage is
	// worked out and its batch written, then while the graph file is
	// written from the sort: the load is the longest part of a build with
	// a store, and these do not touch it. The graph file is opened first,
	// so that a file that cannot be made fails the build before the store
	// is touched, as it did when the load came last.
	graphFile, err := openGraph(in, *out, stdout)
	if err != nil {
		return err
	}
	defer graphFile.discard()
	var load *storeLoad
	if *storeAt != "" {
		limit.end()
		debug.SetMemoryLimit(math.MaxInt64)
		load = startLoad(in, *storeAt, b.spool, b.progress)
	}
	// Paragraph lineage compares documents with one another, so it comes
	// after the per-document graphs, in a named graph of its own.
	var texts []*lineage.Text
	for _, ts := range b.lineage {
		texts = append(texts, ts...)
	}
	b.lineage = nil
	// A pair's quads at a time: the sort puts them in order.
	// A failure from here on stops the load, which is running.
	fail := func(err error) error {
		if load != nil {
			return load.abandon(err)
		}
		return err
	}
	err = b.writeLineage(lineage.SeriesToMake(texts), *jobs)
	if err == nil && load != nil {
		err = b.spool.end()
	}
	if err != nil {
		return fail(err)
	}
	// With the graph on standard output, which may be the terminal the
	// progress bar is drawn on, the load's bar waits until it is written.
	if load != nil && !graphFile.toStdout() {
		load.showBar(b.spool.total)
	}
	statements, err := graphFile.write(b.sink)
	if err != nil {
		return fail(err)
	}
	if load != nil && graphFile.toStdout() {
		load.showBar(b.spool.total)
	}
	bad := len(errs) + len(b.skipped)
	summary := fmt.Sprintf("%d documents from %d files, %d triples", b.docs, b.files, statements)
	if format.KeepsGraphs() {
		summary = fmt.Sprintf("%d documents from %d files, %d quads in %d named graphs", b.docs, b.files, statements, len(b.graphs))
	}
	if *out != "" {
		summary += " written to " + *out
	}
	if load != nil {
		added, graphs, err := load.wait()
		if err != nil {
			return fmt.Errorf("%w (%s)", err, graphFile.written())
		}
		summary += fmt.Sprintf("; %d quads in %d named graphs loaded into %s", added, graphs, *storeAt)
	}
	if bad > 0 {
		summary += fmt.Sprintf("; %d file(s) skipped", bad)
	}
	fmt.Fprintln(stderr, "sckg: "+summary)
	return nil
}

// sortMemory is about how many bytes of statements the graph file's sort
// holds before it spills a sorted run to a temporary file. Variable so
// that the tests can make a small build spill.
var sortMemory = 16 << 20

// streamBuild is a build that holds one document's graph at a time: each
// file's quads go to the graph file's sort and the store's spool as soon
// as the file and those before it are read, and only what the
// corpus-wide steps need is kept (the years resolutions print, the
// trimmed documents lineage compares, the warnings).
type streamBuild struct {
	// sizes are the inputs' sizes, by their place, each asked of the
	// system once: it was asked again for each file read.
	sizes    []int64
	minter   ontology.Minter
	registry *ontology.Registry
	sink     *rdfio.Sink
	spool    *spool // nil without --store
	progress *progress

	docs, files int
	warnings    []extract.Warning
	skipped     []string
	years       map[string]string
	ends        map[string][]extract.MandateEnd // the mandates' printed ends, by mission
	lineage     [][]*lineage.Text               // by input, as Series would read the sources
	lexicon     *lineage.Lexicon                // numbers the words of lineage's texts
	graphs      map[string]bool                 // the named graphs of the graph file
	// graphsMerged tells that the graph file merges the documents'
	// graphs and there is no store, which keeps them
	// (graph.Builder.GraphsMerged).
	graphsMerged bool
}

// builder is the builder of the files' graphs.
func (b *streamBuild) builder() graph.Builder {
	return graph.Builder{Minter: b.minter, Registry: b.registry, GraphsMerged: b.graphsMerged}
}

// extract reads the inputs in order and builds each file's documents, on
// jobs workers (0: one per core). A file citing a resolution by number
// alone, whose year only another file may print, or renewing a mandate
// for a period alone, whose end another file prints, is read again once
// every file has been: holding its extraction until then would hold the
// corpus.
func (b *streamBuild) extract(x *extract.Extractor, inputs []extract.Input, jobs int) error {
	if jobs < 1 {
		jobs = runtime.GOMAXPROCS(0)
	}
	b.years = map[string]string{}
	index := map[extract.Input]int{}
	for i, in := range inputs {
		index[in] = i
	}
	var again []extract.Input
	m := b.startMapping(jobs)
	err := x.FilesEach(inputs, func(r extract.Result) error {
		b.warnings = append(b.warnings, r.Warnings...)
		i := index[r.Input]
		size := b.sizes[i]
		if r.Err != nil {
			b.skipped = append(b.skipped, r.Err.Error())
			b.progress.read(size, 0)
			return nil
		}
		b.files++
		b.docs += len(r.Source.Documents)
		b.progress.read(size, len(r.Source.Documents))
		// Later files' years win, as ResolutionYears of all files has it.
		// They are copied: they may be slices of the file's texts, whose
		// memory later files reuse once its Source is released.
		for num, year := range extract.ResolutionYears([]*extract.Source{r.Source}) {
			if b.years[num] != year {
				b.years[strings.Clone(num)] = strings.Clone(year)
			}
		}
		b.ends = extract.MandateEnds([]*extract.Source{r.Source}, b.ends)
		// A renewal for a period alone runs from an end another file may
		// print, before or after this one in the inputs' order.
		if r.Source.YearsOpen() || r.Source.EndsOpen() {
			again = append(again, r.Input)
			release(r.Source)
			return nil
		}
		return m.add(i, r.Source, size)
	})
	if merr := m.wait(); merr != nil {
		return merr
	}
	if err != nil || len(again) == 0 {
		return err
	}
	m = b.startMapping(jobs)
	err = x.FilesEach(again, func(r extract.Result) error {
		if r.Err != nil { // it was read a moment ago
			return r.Err
		}
		// Its other warnings were counted the first time.
		b.warnings = append(b.warnings, extract.SettleYears(r.Source, b.years)...)
		extract.SettleMandateEnds(r.Source, b.ends)
		i := index[r.Input]
		return m.add(i, r.Source, b.sizes[i])
	})
	if merr := m.wait(); merr != nil {
		return merr
	}
	return err
}

// source builds the graph of one file's documents.
func (b *streamBuild) source(i int, src *extract.Source) error {
	// The file's quads go on in chunks as they are made: the graph file's
	// sort orders them, and the store takes whole documents (cut below).
	err := b.builder().Each(src, func(quads []rdf.Quad) error {
		if err := b.write(quads); err != nil {
			return err
		}
		return b.store(quads)
	})
	if err != nil {
		return err
	}
	if b.spool != nil {
		b.spool.cut(false)
	}
	b.lineage[i] = append(b.lineage[i], trimmed(b.lexicon, src)...)
	return nil
}

// write adds quads to the graph file.
func (b *streamBuild) write(quads []rdf.Quad) error {
	for _, name := range appendGraphNames(nil, quads) {
		b.graphs[name] = true
	}
	return b.sink.Add(quads...)
}

// store adds quads to what the store will load, in batches of whole
// documents.
func (b *streamBuild) store(quads []rdf.Quad) error {
	if b.spool == nil {
		return nil
	}
	return b.spool.add(quads)
}

// fileSizes are the sizes of inputs, in their order.
func fileSizes(inputs []extract.Input) []int64 {
	sizes := make([]int64, len(inputs))
	for i, in := range inputs {
		sizes[i] = fileSize(in)
	}
	return sizes
}

func fileSize(in extract.Input) int64 {
	if info, err := os.Stat(in.Path); err == nil && info.Mode().IsRegular() {
		return info.Size()
	}
	return 0
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
// Turtle: for standard output, and for a device or a pipe, which are
// named with no extension ("--out /dev/null").
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
	if isDeviceOrPipe(out) {
		return rdfio.Turtle, nil
	}
	return "", usageError{fmt.Sprintf("--out %s: cannot tell the format from the extension; name it with --format, or use .ttl, .nt, .nq, .trig or .jsonld", out)}
}

// isDeviceOrPipe tells an existing --out that is written as it is, not
// replaced: a device, a pipe or a socket, links followed.
func isDeviceOrPipe(path string) bool {
	info, err := os.Stat(path)
	return err == nil && !info.Mode().IsRegular() && !info.IsDir()
}

// checkOutFolder fails at once when --out names a folder that does not
// exist, rather than when the graph is written, after the build.
func checkOutFolder(out string) error {
	if out == "" || out == "-" {
		return nil
	}
	dir := filepath.Dir(out)
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return fmt.Errorf("--out %s: the folder %s does not exist", out, dir)
	case err == nil && !info.IsDir():
		return fmt.Errorf("--out %s: %s is not a folder", out, dir)
	}
	return nil
}

// graphOut is where a build writes its graph: standard output, or a
// temporary file beside --out, so that a failed or interrupted run never
// leaves half a file where a good one stood. The file gets the
// permissions of any new file (0666 less the umask), not the 0600 of
// os.CreateTemp: an export is meant to be shared.
//
// --out may name what is not a file to be replaced: a device or a pipe
// ("--out /dev/null" to time a build), written to as it is, for a
// rename would put a file in its place; or a symbolic link, whose target
// gets the graph, the link staying a link.
type graphOut struct {
	in     *interrupts
	path   string   // --out; "" or "-" for standard output
	target string   // the file that path names, links followed
	tmp    *os.File // nil for standard output or a device
	device *os.File // --out when it is a device or a pipe
	stdout io.Writer
}

// openGraph makes the temporary file beside path, if the graph goes to a
// file.
func openGraph(in *interrupts, path string, stdout io.Writer) (*graphOut, error) {
	g := &graphOut{in: in, path: path, target: path, stdout: stdout}
	if g.toStdout() {
		return g, nil
	}
	if resolved, err := filepath.EvalSymlinks(path); err == nil {
		g.target = resolved
	}
	if isDeviceOrPipe(g.target) {
		f, err := os.OpenFile(g.target, os.O_WRONLY, 0)
		if err != nil {
			return nil, fmt.Errorf("writing %s: %w", path, err)
		}
		g.device = f
		return g, nil
	}
	tmp, err := in.createTemp(g.target)
	if err != nil {
		return nil, err
	}
	g.tmp = tmp
	return g, nil
}

func (g *graphOut) toStdout() bool { return g.path == "" || g.path == "-" }

// written says where the graph went, for a message about the store.
func (g *graphOut) written() string {
	if g.toStdout() {
		return "the graph was written to standard output"
	}
	return "the graph file " + g.path + " was written"
}

// write writes the sink's graph and, for a file, moves it to path. It
// stops at the next block written once the build is interrupted: the
// store's load may still be running then, so the build does not end at
// once, and the temporary file is gone already.
func (g *graphOut) write(sink *rdfio.Sink) (int, error) {
	if g.toStdout() {
		w := bufio.NewWriter(interruptible{g.in.ctx, g.stdout})
		n, err := sink.Finish(w)
		if err != nil {
			return 0, err
		}
		return n, w.Flush()
	}
	f := g.tmp
	if g.device != nil {
		f = g.device
	}
	w := bufio.NewWriter(interruptible{g.in.ctx, f})
	n, err := sink.Finish(w)
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return 0, fmt.Errorf("writing %s: %w", g.path, err)
	}
	if g.device != nil {
		g.device = nil // closed
		return n, nil
	}
	if testHookWritten != nil {
		testHookWritten(g.tmp.Name())
	}
	return n, g.in.rename(g.tmp, g.target)
}

// discard removes the temporary file if it is still there: after a
// failure, or when rename has not moved it.
func (g *graphOut) discard() {
	if g.device != nil {
		g.device.Close()
	}
	if g.tmp != nil {
		g.tmp.Close()
		g.in.removeTemp(g.tmp)
	}
}

// interruptible is a writer that fails once ctx is done.
type interruptible struct {
	ctx context.Context
	w   io.Writer
}

func (w interruptible) Write(p []byte) (int, error) {
	if w.ctx.Err() != nil {
		return 0, context.Cause(w.ctx)
	}
	return w.w.Write(p)
}

// testHookWritten, when set by a test, is called with the temporary file
// once the graph is in it, before it replaces --out.
var testHookWritten func(tmp string)

// storeLoad is the store's load, running on a goroutine of its own
// while lineage and the graph file are written.
type storeLoad struct {
	quads  *spool
	cancel context.CancelCauseFunc
	done   chan loaded
	bar    *deferredBar
}

type loaded struct {
	added, graphs int
	err           error
}

// startLoad starts loading the spooled quads into the store at location,
// as the spool's batches are cut. The interrupts know the store is
// loading from here on, so that a signal stops the load rather than
// ending the build with it half done.
func startLoad(in *interrupts, location string, quads *spool, bar *progress) *storeLoad {
	in.loading(true)
	ctx, cancel := context.WithCancelCause(in.ctx)
	l := &storeLoad{quads: quads, cancel: cancel, done: make(chan loaded, 1), bar: &deferredBar{bar: bar}}
	go func() {
		defer in.loading(false)
		added, graphs, err := loadStore(ctx, in, location, quads, l.bar)
		l.done <- loaded{added, graphs, err}
	}()
	return l
}

// showBar lets the load draw its progress bar, of total quads: called
// once, when the spool has ended and nothing else is drawn on the
// terminal.
func (l *storeLoad) showBar(total int) { l.bar.allow(total) }

// wait returns what the load returns.
func (l *storeLoad) wait() (int, int, error) {
	r := <-l.done
	return r.added, r.graphs, r.err
}

// abandon stops the load because the build failed, and returns the
// build's error, saying what became of the store.
func (l *storeLoad) abandon(buildErr error) error {
	l.cancel(buildErr)
	l.quads.end() // the load writes none of it, stopped first
	r := <-l.done
	if r.err != nil {
		return fmt.Errorf("%w (and the store's load was stopped: %w)", buildErr, r.err)
	}
	return fmt.Errorf("%w (the store was loaded)", buildErr)
}

// loadStore replaces the named graphs of the spooled quads in the store,
// a batch at a time, and returns the quads and named graphs loaded. An
// interrupt stops the load between two batches of changes, which leaves
// the store marked unfinished rather than looking complete.
func loadStore(ctx context.Context, in *interrupts, location string, quads *spool, bar *deferredBar) (int, int, error) {
	st, err := store.Open(location)
	if err != nil {
		return 0, 0, err
	}
	if testHookLoading != nil {
		testHookLoading(ctx)
	}
	defer bar.done()
	l := st.NewLoader(ctx)
	err = quads.replay(func(n int, batch iter.Seq2[rdf.Quad, error]) error {
		if err := l.AddEach(batch); err != nil {
			return err
		}
		bar.loaded(n)
		return nil
	})
	added := 0
	if err == nil {
		added, err = l.Close()
	} else {
		l.Stop() // the batch being written, if any, is not to be closed under it
	}
	if cerr := st.Close(); err == nil {
		err = cerr
	}
	if err != nil && in.ctx.Err() != nil {
		err = fmt.Errorf("%w: %w", context.Cause(in.ctx), err)
	}
	return added, l.Graphs(), err
}

// deferredBar is the load's progress bar, drawn once allowed: the load's
// goroutine counts the quads loaded before, and draws them at its next
// batch after.
type deferredBar struct {
	bar     *progress
	total   int         // quads to load, set before allowed
	allowed atomic.Bool // set once, from another goroutine
	shown   bool        // the load's goroutine started the bar
	pending int         // quads loaded before the bar was shown
}

// allow lets the bar be drawn, of total quads: called once, from any
// goroutine.
func (d *deferredBar) allow(total int) {
	d.total = total
	d.allowed.Store(true)
}

// The methods below are the load's goroutine's.

func (d *deferredBar) loaded(n int) {
	d.pending += n
	if !d.shown && d.allowed.Load() {
		d.bar.loading(d.total)
		d.shown = true
	}
	if d.shown {
		d.bar.loaded(d.pending)
		d.pending = 0
	}
}

func (d *deferredBar) done() {
	if d.shown {
		d.bar.done()
	}
}

// testHookLoading, when set by a test, is called once the store is open,
// before the graph is loaded into it.
var testHookLoading func(ctx context.Context)

// startExtractor loads the registry and makes the extractor, whose index
// of the registry's labels takes the longest of a build's start, on a
// goroutine of its own: the build's other preparations (its inputs, the
// temporary folder, the sink, the ontology's quads) do not need them.
// The function returned waits for them.
func startExtractor(actorFiles []string, opts extract.Options) func() (*extract.Extractor, error) {
	type made struct {
		x   *extract.Extractor
		err error
	}
	done := make(chan made, 1) // the goroutine ends even if nobody waits
	go func() {
		registry, err := loadActors(actorFiles)
		if err != nil {
			done <- made{err: err}
			return
		}
		done <- made{x: extract.New(registry, opts)}
	}()
	return func() (*extract.Extractor, error) {
		m := <-done
		return m.x, m.err
	}
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

// writeAllocsProfile writes what the build allocated, sampled every 4 KB
// (finer than the runtime's default, so that small documents' many small
// allocations show).
func writeAllocsProfile(path string, stderr io.Writer) {
	f, err := os.Create(path)
	if err == nil {
		err = pprof.Lookup("allocs").WriteTo(f, 0)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "sckg: memory profile: %v\n", err)
	}
}

// startCPUProfile profiles the process into path until the returned
// function is called.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}
