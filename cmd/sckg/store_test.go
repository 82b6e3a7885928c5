package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// refusals runs query, repl and serve on the store and returns what each
// says, with its exit code (serve and repl: 1 when they return an error).
func refusals(t *testing.T, store string) map[string]string {
	t.Helper()
	said := map[string]string{}
	_, stderr, code := sckg(t, "query", "citation-chain", "S/RES/2584(2021)", "--store", store)
	if code == 0 {
		t.Errorf("query answered from the store")
	}
	said["query"] = stderr
	var out, errOut bytes.Buffer
	if err := replMain([]string{"--store", store, "--history", ""}, strings.NewReader("g.V().All()\n"), &out, &errOut); err == nil {
		t.Errorf("repl ran on the store: %s", out.String())
	} else {
		said["repl"] = err.Error()
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	err := serveMain(ctx, []string{"--store", store, "--addr", "127.0.0.1:0"}, io.Discard, io.Discard, func(string) {
		t.Errorf("serve listened on the store")
		cancel()
	})
	if err != nil {
		said["serve"] = err.Error()
	}
	return said
}

func checkSaid(t *testing.T, said map[string]string, wants ...string) {
	t.Helper()
	for _, cmd := range []string{"query", "repl", "serve"} {
		for _, want := range wants {
			if !strings.Contains(said[cmd], want) {
				t.Errorf("%s does not say %q:\n%s", cmd, want, said[cmd])
			}
		}
		if strings.Contains(said[cmd], "goroutine") || strings.Contains(said[cmd], "panic") {
			t.Errorf("%s panicked:\n%s", cmd, said[cmd])
		}
	}
}

// A bolt file damaged on disk: query, repl and serve each say the store
// is damaged and how to make it again, without a stack trace; a build into
// the same place after removing it makes a store they answer from.
func TestDamagedStoreIsReported(t *testing.T) {
	for name, damage := range map[string]func(file string){
		"overwritten": func(file string) {
			f, err := os.OpenFile(file, os.O_WRONLY, 0)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if _, err := f.WriteAt(bytes.Repeat([]byte{0xff}, 16<<10), 3*4096); err != nil {
				t.Fatal(err)
			}
		},
		"empty": func(file string) {
			if err := os.Truncate(file, 0); err != nil {
				t.Fatal(err)
			}
		},
	} {
		t.Run(name, func(t *testing.T) {
			store := maliStore(t)
			damage(filepath.Join(store, "indexes.bolt"))
			checkSaid(t, refusals(t, store), "the store is damaged", "remove it and rebuild it with 'sckg build PATH... --store "+store+"'")

			if err := os.RemoveAll(store); err != nil {
				t.Fatal(err)
			}
			if _, stderr, code := sckg(t, "build", seeds, "--store", store); code != 0 {
				t.Fatalf("rebuild: exit %d: %s", code, stderr)
			}
			if out, stderr, code := sckg(t, "query", "citation-chain", "S/RES/2584(2021)", "--store", store); code != 0 || !strings.Contains(out, "S/RES/2531(2020)") {
				t.Errorf("after the rebuild: exit %d: %s%s", code, out, stderr)
			}
		})
	}
}
