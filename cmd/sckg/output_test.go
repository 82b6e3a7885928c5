package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/graph/rdfio"
)

// pauseHelper sets, in a helper process (see TestHelperProcess), the hook
// that SCKG_HELPER_PAUSE names: the build says on standard error where it
// is, "paused: …", and waits there for the test's signal.
func pauseHelper() {
	switch os.Getenv("SCKG_HELPER_PAUSE") {
	case "written":
		testHookWritten = func(tmp string) {
			fmt.Fprintf(os.Stderr, "paused: %s\n", tmp)
			time.Sleep(time.Hour)
		}
	case "loading":
		testHookLoading = func(ctx context.Context) {
			fmt.Fprintln(os.Stderr, "paused: loading")
			<-ctx.Done()
		}
	}
}

// pausedBuild is a build in a helper process, paused at a hook.
type pausedBuild struct {
	cmd    *exec.Cmd
	said   string          // what it said where it paused
	stderr strings.Builder // all it said, once it has ended
	ended  chan struct{}   // closed when its standard error is read to the end
}

// startPaused starts sckg build with args in a helper process that pauses
// at pause, and returns it once it has paused.
func startPaused(t *testing.T, pause string, args ...string) *pausedBuild {
	t.Helper()
	b := &pausedBuild{cmd: sckgCommand(append([]string{"build"}, args...)...), ended: make(chan struct{})}
	b.cmd.Env = append(b.cmd.Env, "SCKG_HELPER_PAUSE="+pause)
	b.cmd.Stdout = io.Discard
	pipe, err := b.cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := b.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.cmd.Process.Kill() })
	paused := make(chan string, 1)
	go func() {
		defer close(b.ended)
		sc := bufio.NewScanner(pipe)
		for sc.Scan() {
			b.stderr.WriteString(sc.Text() + "\n")
			if p, ok := strings.CutPrefix(sc.Text(), "paused: "); ok && len(paused) == 0 && b.said == "" {
				paused <- p
			}
		}
	}()
	select {
	case b.said = <-paused:
		return b
	case <-b.ended:
		t.Fatalf("the build ended before it paused: %v\n%s", b.cmd.Wait(), b.stderr.String())
	case <-time.After(2 * time.Minute):
		t.Fatal("the build did not pause")
	}
	return nil
}

// stop sends SIGTERM to the paused build and returns its exit code.
func (b *pausedBuild) stop(t *testing.T) int {
	t.Helper()
	if err := b.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	<-b.ended // before Wait, which closes the pipe
	err := b.cmd.Wait()
	var exit *exec.ExitError
	if !errors.As(err, &exit) {
		t.Fatalf("the build ended with %v", err)
	}
	return exit.ExitCode()
}

// SIGTERM while the graph is being written: the hidden temporary file
// beside --out is removed, and the file written before stays as it was.
func TestSignalRemovesTheTemporaryFile(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "mali.ttl")
	const before = "the graph of an earlier build\n"
	if err := os.WriteFile(out, []byte(before), 0o644); err != nil {
		t.Fatal(err)
	}
	b := startPaused(t, "written", seeds, "--out", out)
	tmp := b.said
	if filepath.Dir(tmp) != dir || !strings.HasPrefix(filepath.Base(tmp), ".mali.ttl.") {
		t.Fatalf("temporary file %s, want .mali.ttl.* beside %s", tmp, out)
	}
	if _, err := os.Stat(tmp); err != nil {
		t.Fatalf("the temporary file is not there while the build writes it: %v", err)
	}
	if code := b.stop(t); code != 128+int(syscall.SIGTERM) {
		t.Errorf("exit %d, want %d (128 + SIGTERM)\n%s", code, 128+int(syscall.SIGTERM), b.stderr.String())
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".mali.ttl.*"))
	if len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
	if got, _ := os.ReadFile(out); string(got) != before {
		t.Errorf("--out was changed: %q", got)
	}
}

// SIGTERM while the store loads: the load stops, the store is marked
// unfinished, and query, repl and serve say so until a build completes.
func TestInterruptedBuildIsReported(t *testing.T) {
	store := filepath.Join(t.TempDir(), "mali.db")
	b := startPaused(t, "loading", seeds, "--store", store)
	if code := b.stop(t); code != 128+int(syscall.SIGTERM) {
		t.Errorf("exit %d, want %d (128 + SIGTERM)", code, 128+int(syscall.SIGTERM))
	}
	if !strings.Contains(b.stderr.String(), "marked unfinished") {
		t.Errorf("the build does not say the store is marked unfinished:\n%s", b.stderr.String())
	}
	checkSaid(t, refusals(t, store), "the last build of this store did not finish", "rebuild it with 'sckg build PATH... --store "+store+"'")

	if _, stderr, code := sckg(t, "build", seeds, "--store", store); code != 0 {
		t.Fatalf("rebuild: exit %d: %s", code, stderr)
	}
	if out, stderr, code := sckg(t, "query", "citation-chain", "S/RES/2584(2021)", "--store", store); code != 0 || !strings.Contains(out, "S/RES/2531(2020)") {
		t.Errorf("after the rebuild: exit %d: %s%s", code, out, stderr)
	}
}

// Exports get the permissions of any new file, 0666 less the umask, not
// os.CreateTemp's 0600.
func TestExportPermissions(t *testing.T) {
	for umask, want := range map[int]os.FileMode{0o022: 0o644, 0o027: 0o640} {
		old := syscall.Umask(umask)
		out := filepath.Join(t.TempDir(), "mali.nq")
		_, stderr, code := sckg(t, "build", seeds, "--out", out)
		syscall.Umask(old)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		info, err := os.Stat(out)
		if err != nil {
			t.Fatal(err)
		}
		if got := info.Mode().Perm(); got != want {
			t.Errorf("umask %03o: mode %03o, want %03o", umask, got, want)
		}
	}
}

// When the store cannot be loaded, the build says where the graph went.
func TestStoreFailureSaysWhereTheGraphWent(t *testing.T) {
	notAFolder := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(notAFolder, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := sckg(t, "build", seeds, "--store", notAFolder)
	if code == 0 || !strings.Contains(stderr, "is a file") || !strings.Contains(stderr, "(the graph was written to standard output)") {
		t.Errorf("to standard output: exit %d: %s", code, stderr)
	}
	out := filepath.Join(t.TempDir(), "mali.ttl")
	_, stderr, code = sckg(t, "build", seeds, "--out", out, "--store", notAFolder)
	if code == 0 || !strings.Contains(stderr, "(the graph file "+out+" was written)") {
		t.Errorf("to --out: exit %d: %s", code, stderr)
	}
}

// A graph file that fails once the store's load has started stops the
// load: the build reports the file's error first, then the load's, and the
// store is not left looking complete.
func TestGraphFailureStopsTheLoad(t *testing.T) {
	quads, err := rdf.NewQuadDecoder(strings.NewReader(`<http://x/a> <http://x/p> "b" <http://x/g> .`+"\n"), rdf.NQuads).DecodeAll()
	if err != nil {
		t.Fatal(err)
	}
	sp, err := spoolByGraph(t.TempDir(), quads)
	if err != nil {
		t.Fatal(err)
	}
	defer sp.close()
	testHookLoading = func(ctx context.Context) { <-ctx.Done() }
	defer func() { testHookLoading = nil }()
	in := catchInterrupts(io.Discard)
	defer in.stop()
	store := filepath.Join(t.TempDir(), "db")
	graphErr := errors.New("writing mali.ttl: no space left on device")
	err = startLoad(in, store, sp, nil).abandon(graphErr)
	if !errors.Is(err, graphErr) || !strings.Contains(err.Error(), "the store's load was stopped") {
		t.Errorf("abandoned load: %v", err)
	}
	checkSaid(t, refusals(t, store), "the last build of this store did not finish")
}

// The load's bar is not drawn until allowed (with the graph on standard
// output, once the graph is written); it then counts the quads loaded
// before too.
func TestLoadBarWaitsUntilAllowed(t *testing.T) {
	var term bytes.Buffer
	bar := &deferredBar{bar: &progress{w: &term}}
	bar.loaded(10000)
	if term.Len() > 0 {
		t.Fatalf("the bar was drawn before it was allowed:\n%q", term.String())
	}
	bar.allow(30000)
	bar.loaded(5000)
	bar.done()
	if shown := term.String(); !strings.Contains(shown, "loading the store:  50%") || !strings.Contains(shown, "15000/30000") {
		t.Errorf("the loading bar does not show the quads loaded before it was drawn:\n%q", shown)
	}
}

// The load reads the spool's batches as they are cut, while later ones
// are still written, and ends with the spool: it reads what was written,
// in order, each batch whole.
func TestSpoolIsReadWhileWritten(t *testing.T) {
	defer func(old int) { spoolBatch = old }(spoolBatch)
	spoolBatch = 2
	sp, err := newSpool(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer sp.close()
	quad := func(i int) rdf.Quad {
		x, _ := rdf.NewIRI("http://x/a")
		return rdf.Quad{Triple: rdf.Triple{Subj: x, Pred: x, Obj: rdf.NewTypedLiteral(fmt.Sprint(i), rdf.IRI{})}}
	}
	read := make(chan []string)
	go func() {
		var got []string
		err := sp.replay(func(n int, batch iter.Seq2[rdf.Quad, error]) error {
			var b []string
			for q, err := range batch {
				if err != nil {
					return err
				}
				b = append(b, q.Obj.(rdf.Literal).String())
			}
			got = append(got, strings.Join(b, " "))
			read <- got
			return nil
		})
		if err != nil {
			t.Error(err)
		}
		close(read)
	}()
	for i := range 5 {
		if err := sp.add([]rdf.Quad{quad(i)}); err != nil {
			t.Fatal(err)
		}
		sp.cut(false)
		if i == 1 {
			if got := <-read; fmt.Sprint(got) != "[0 1]" {
				t.Errorf("the first batch, read while the spool is written: %q", got)
			}
		}
	}
	if err := sp.end(); err != nil {
		t.Fatal(err)
	}
	var got []string
	for got = range read {
	}
	if want := "[0 1 2 3 4]"; fmt.Sprint(got) != want {
		t.Errorf("read %q, want %s", got, want)
	}
}

// --out naming a pipe (or a device: "--out /dev/null" to time a build) is
// written to, not replaced by a file: the temporary file's rename once put
// a regular file where the machine's /dev/null stood.
func TestOutToAPipeStaysAPipe(t *testing.T) {
	pipe := filepath.Join(t.TempDir(), "graph.nt")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Fatal(err)
	}
	read := make(chan []byte)
	go func() {
		b, _ := os.ReadFile(pipe) // blocks until the build opens the pipe
		read <- b
	}()
	_, stderr, code := sckg(t, "build", seeds, "--out", pipe, "--no-ontology")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got []byte
	select {
	case got = <-read:
	case <-time.After(20 * time.Second):
		// The reader still waits for a writer: the build wrote elsewhere.
		t.Fatalf("nothing came through the pipe")
	}
	info, err := os.Lstat(pipe)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("%s is now %v, not a pipe", pipe, info.Mode())
	}
	want := wantTriples(t, stderr)
	if lines := bytes.Count(got, []byte("\n")); lines != want {
		t.Errorf("the pipe carried %d lines, want the %d triples the build reports", lines, want)
	}
	if entries, _ := os.ReadDir(filepath.Dir(pipe)); len(entries) != 1 {
		t.Errorf("the folder holds %d entries, want the pipe alone", len(entries))
	}
}

// --out naming a symbolic link writes the graph to the link's target, and
// the link stays a link.
func TestOutThroughALink(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "exports", "mali.nt")
	if err := os.Mkdir(filepath.Dir(target), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(target, []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "latest.nt")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := sckg(t, "build", seeds, "--out", link, "--no-ontology")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("%s is no longer a link: %v %v", link, info.Mode(), err)
	}
	got, err := os.ReadFile(target)
	if err != nil {
		t.Fatal(err)
	}
	if lines := bytes.Count(got, []byte("\n")); lines != wantTriples(t, stderr) {
		t.Errorf("the target holds %d lines, want the %d triples the build reports", lines, wantTriples(t, stderr))
	}
}

// wantTriples reads the count of triples from a build's last line.
func wantTriples(t *testing.T, stderr string) int {
	t.Helper()
	m := regexp.MustCompile(`(\d+) triples written`).FindStringSubmatch(stderr)
	if m == nil {
		t.Fatalf("no count of triples in %q", stderr)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// --out in a folder that does not exist fails before the build, not after
// it has read every file.
func TestOutInAMissingFolder(t *testing.T) {
	out := filepath.Join(t.TempDir(), "no-such-folder", "mali.ttl")
	_, stderr, code := sckg(t, "build", seeds, "--out", out)
	if code == 0 || !strings.Contains(stderr, "the folder "+filepath.Dir(out)+" does not exist") {
		t.Errorf("exit %d: %s", code, stderr)
	}
	if strings.Contains(stderr, "warning") {
		t.Errorf("the build read the files before failing: %s", stderr)
	}
}

// A device or a pipe named with no extension ("--out /dev/null") gets
// Turtle, as standard output does; a file so named is still a usage error.
func TestFormatOfADeviceOrPipe(t *testing.T) {
	dir := t.TempDir()
	pipe := filepath.Join(dir, "graph")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Fatal(err)
	}
	if f, err := chooseFormat("", pipe); err != nil || f != rdfio.Turtle {
		t.Errorf("chooseFormat of a pipe = %q, %v; want Turtle", f, err)
	}
	file := filepath.Join(dir, "graph-file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := chooseFormat("", file); err == nil {
		t.Errorf("chooseFormat of a file with no extension chose a format")
	}
}
