package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestHelperProcess is not a test: other tests run the test binary as
// sckg itself, with its arguments after "--", to give it a real standard
// input (a pipe, a terminal).
func TestHelperProcess(t *testing.T) {
	if os.Getenv("SCKG_HELPER_PROCESS") != "1" {
		return
	}
	pauseHelper()
	args := os.Args
	for i, a := range args {
		if a == "--" {
			args = args[i+1:]
			break
		}
	}
	os.Exit(run(args, os.Stdout, os.Stderr))
}

// sckgCommand is the test binary as sckg with args.
func sckgCommand(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], append([]string{"-test.run=^TestHelperProcess$", "--"}, args...)...)
	cmd.Env = append(os.Environ(), "SCKG_HELPER_PROCESS=1")
	return cmd
}

const replInput = `(function () {
  // a script over several lines: the open bracket continues it
  g.Emit({n: 42, s: "a ( in a string"});
})()
:run cited-by S/RES/2374 (2017)
:format json
:run path S/RES/2584(2021) to=S/RES/2480(2019)
:format csv
g.V("<https://w3id.org/sckg/doc/S/RES/2584(2021)>").All()
:nosuch
:quit
g.V().All()
`

func TestReplFromAPipe(t *testing.T) {
	store := maliStore(t)
	var out, errOut bytes.Buffer
	err := replMain([]string{"--store", store}, strings.NewReader(replInput), &out, &errOut)
	if err == nil || !strings.Contains(err.Error(), "1 of 8 inputs failed") {
		t.Errorf("error %v, want one failed input of 8", err)
	}
	got := out.String()
	for _, want := range []string{
		"N   S\n42  a ( in a string\n",                 // the multi-line script, as a table
		"node  1      S/RES/2531(2020)",                // cited-by, with the symbol typed as printed
		`"target": "<` + docIRI + `S/RES/2480(2019)>"`, // path, as JSON
		"id\n<" + docIRI + "S/RES/2584(2021)>\n",       // CSV
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if strings.Count(got, "S/RES/2584(2021)>") > 3 || strings.Contains(got, "gizmo>") {
		t.Errorf("ran past :quit, or printed prompts to a pipe:\n%s", got)
	}
	if !strings.Contains(errOut.String(), "error: unknown command :nosuch") {
		t.Errorf("stderr: %s", errOut.String())
	}
}

// The real command with its standard input a pipe.
func TestReplThroughAPipe(t *testing.T) {
	store := maliStore(t)
	cmd := sckgCommand("repl", "--store", store)
	cmd.Stdin = strings.NewReader(":run citation-chain S/RES/2584(2021) depth=1\n:queries\n")
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v: %s", err, errOut.String())
	}
	if !regexp.MustCompile(`node\s+1\s+S/RES/2531\(2020\)`).MatchString(out.String()) || !strings.Contains(out.String(), "paragraph-citations") {
		t.Errorf("output:\n%s", out.String())
	}
}

func TestIncomplete(t *testing.T) {
	for src, want := range map[string]bool{
		`g.V().All()`:                false,
		`(function () {`:             true,
		"(function () {\n})()":       false,
		`g.V("(")`:                   false,
		`g.V('[').Out(`:              true,
		"g.V() // (":                 false,
		"/* (":                       true,
		"/* ( */ g.V()":              false,
		"var s = `a":                 true,
		`g.V("\"(")`:                 false,
		"g.V(\"unterminated\n":       true, // the bracket is still open
		"g.V(\"unterminated\n)":      false,
		"g.Emit({a: [1, 2]})":        false,
		"g.Emit({a: [1, 2]":          true,
		"]":                          false,
		`g.V().Tag("}").Out().All()`: false,
	} {
		if got := incomplete(src); got != want {
			t.Errorf("incomplete(%q) = %v, want %v", src, got, want)
		}
	}
}

func TestSplitWords(t *testing.T) {
	got, err := splitWords(`cited-by "S/RES/2374 (2017)" depth=2 'a b'`)
	if err != nil || strings.Join(got, "|") != "cited-by|S/RES/2374 (2017)|depth=2|a b" {
		t.Errorf("%q %v", got, err)
	}
	if _, err := splitWords(`"open`); err == nil {
		t.Errorf("no error for an unclosed quote")
	}
	if c := complete(":run cit"); len(c) != 2 || c[0] != ":run citation-chain " {
		t.Errorf("completion of :run cit: %q", c)
	}
	if c := complete(":q"); len(c) != 2 {
		t.Errorf("completion of :q: %q", c)
	}
}

// The REPL on a terminal: tmux gives it one, and types into it.
func TestReplOnATerminal(t *testing.T) {
	tmux := requireTool(t, "tmux")
	store := maliStore(t)
	history := filepath.Join(t.TempDir(), "history")
	sock := fmt.Sprintf("sckg-test-%d", os.Getpid())
	tm := func(args ...string) string {
		out, err := exec.Command(tmux, append([]string{"-L", sock, "-f", "/dev/null"}, args...)...).CombinedOutput()
		if err != nil {
			t.Fatalf("tmux %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	shell := fmt.Sprintf("SCKG_HELPER_PROCESS=1 %q -test.run='^TestHelperProcess$' -- repl --store %q --history %q; echo REPL-EXITED-$?; sleep 60",
		os.Args[0], store, history)
	tm("new-session", "-d", "-s", "repl", "-x", "200", "-y", "60", shell)
	t.Cleanup(func() { exec.Command(tmux, "-L", sock, "kill-server").Run() })
	screen := func() string { return tm("capture-pane", "-p", "-J", "-t", "repl", "-S", "-1000") }
	waitFor := func(what string, ok func(string) bool) {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		for time.Now().Before(deadline) {
			if ok(screen()) {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Fatalf("waited in vain for %s; the screen:\n%s", what, screen())
	}
	contains := func(s string, n int) func(string) bool {
		return func(sc string) bool { return strings.Count(sc, s) >= n }
	}
	keys := func(k ...string) { tm(append([]string{"send-keys", "-t", "repl"}, k...)...) }

	waitFor("the prompt", contains("gizmo> ", 1))
	keys("-l", ":run cited-by S/RES/2374(2017)")
	keys("Enter")
	waitFor("cited-by's answer", contains("node  1      S/RES/2531(2020)", 1))

	// Tab completes a command
	keys("-l", ":queri")
	keys("Tab")
	waitFor("the completion", contains("gizmo> :queries", 1))
	keys("Enter")
	waitFor("the list of queries", contains("which paragraphs cite which paragraphs", 1))

	// the arrow keys recall earlier lines: two up is the cited-by line
	keys("Up", "Up")
	waitFor("the recalled line", contains("gizmo> :run cited-by S/RES/2374(2017)", 2))
	keys("Enter")
	waitFor("cited-by's answer again", contains("node  1      S/RES/2531(2020)", 2))

	// line editing: type the end first, go to the start of the line, type the rest
	keys("-l", `.Out("<http://data.europa.eu/eli/ontology#cites>").Count())`)
	keys("C-a")
	keys("-l", `g.Emit(g.V("<https://w3id.org/sckg/doc/S/RES/2584(2021)>")`)
	keys("Enter")
	waitFor("the count", func(s string) bool { return regexp.MustCompile(`(?m)^VALUE\n\d+\s*$`).MatchString(s) })

	// a script over several lines, with the continuation prompt
	keys("-l", "(function () {")
	keys("Enter")
	waitFor("the continuation prompt", contains("...... ", 1))
	keys("-l", "g.Emit({answer: 6 * 7});")
	keys("Enter")
	keys("-l", "})()")
	keys("Enter")
	waitFor("the script's answer", func(s string) bool { return regexp.MustCompile(`ANSWER\n42`).MatchString(s) })

	// Ctrl-C stops an endless script
	keys("-l", "(function () { while (true) {} })()")
	keys("Enter")
	time.Sleep(300 * time.Millisecond)
	keys("C-c")
	waitFor("the interrupted script", contains("error: stopped: context canceled", 1))

	keys("C-d")
	waitFor("the end", contains("REPL-EXITED-0", 1))
	data, err := os.ReadFile(history)
	if err != nil || !strings.Contains(string(data), ":run cited-by S/RES/2374(2017)") || !strings.Contains(string(data), "answer: 6 * 7") {
		t.Errorf("history file: %v\n%s", err, data)
	}
}
