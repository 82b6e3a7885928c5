package main

// What a build does when it is told to stop (SIGINT, SIGTERM): it must not
// leave a hidden temporary file beside --out, nor a store that looks
// complete when it is not.

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"sync"
	"syscall"
)

// interrupts watches for SIGINT and SIGTERM during a build. While the
// graph file is written, the temporary file is removed and the build ends
// at once. While the store loads (which it does from the end of the
// reading on, as lineage and the graph file are written), ctx is
// cancelled and the load stops at its next batch, so that the store is
// closed with its unfinished mark; the temporary file is removed too, and
// its writing stops; a second signal ends the build at once. At any other time nothing needs
// cleaning up, and the build ends at once.
type interrupts struct {
	ctx     context.Context
	cancel  context.CancelCauseFunc
	signals chan os.Signal
	stderr  io.Writer
	exit    func(code int)

	mu           sync.Mutex
	tmp          string // the temporary file being written, if any
	tmpDir       string // the folder of sorted runs and spooled quads, if any
	loadingStore bool   // the store is being loaded
	interrupted  bool
}

// catchInterrupts starts watching for signals; stop ends it.
func catchInterrupts(stderr io.Writer) *interrupts {
	ctx, cancel := context.WithCancelCause(context.Background())
	in := &interrupts{ctx: ctx, cancel: cancel, signals: make(chan os.Signal, 2), stderr: stderr, exit: os.Exit}
	signal.Notify(in.signals, os.Interrupt, syscall.SIGTERM)
	go in.watch()
	return in
}

// stop gives signals back their default action.
func (in *interrupts) stop() {
	signal.Stop(in.signals)
	close(in.signals) // ends watch; Stop guarantees no more sends
	in.cancel(nil)
}

// signalError is a build ended by a signal.
type signalError struct{ sig os.Signal }

func (e signalError) Error() string { return "stopped by signal: " + e.sig.String() }

// exitCode is the shell's convention for a process ended by a signal.
func (e signalError) exitCode() int {
	if s, ok := e.sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return 1
}

func (in *interrupts) watch() {
	for sig := range in.signals {
		in.mu.Lock()
		again := in.interrupted
		in.interrupted = true
		in.cancel(signalError{sig})
		if in.tmp != "" {
			os.Remove(in.tmp)
			in.tmp = ""
		}
		if in.tmpDir != "" && (!in.loadingStore || again) {
			os.RemoveAll(in.tmpDir) // the build ends at once
			in.tmpDir = ""
		}
		if in.loadingStore && !again {
			in.mu.Unlock()
			fmt.Fprintf(in.stderr, "sckg build: %v: stopping the store's load at its next batch (again to stop at once; the store stays marked unfinished)\n", sig)
			continue
		}
		in.mu.Unlock()
		fmt.Fprintf(in.stderr, "sckg build: %v\n", signalError{sig})
		in.exit(signalError{sig}.exitCode())
		return
	}
}

// createTemp creates the hidden temporary file beside path that the graph
// is written to, with the permissions of any new file: 0666 less the
// umask (os.CreateTemp would make it 0600). The signal handler removes it.
func (in *interrupts) createTemp(path string) (*os.File, error) {
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.interrupted {
		return nil, context.Cause(in.ctx)
	}
	for range 100 {
		var b [8]byte
		rand.Read(b[:])
		name := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+"."+hex.EncodeToString(b[:]))
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, os.ErrExist) {
			continue
		}
		if err == nil {
			in.tmp = name
		}
		return f, err
	}
	return nil, fmt.Errorf("writing %s: could not make a temporary file beside it", path)
}

// removeTemp removes the temporary file if it is still there: after a
// failure, or when rename has not moved it.
func (in *interrupts) removeTemp(f *os.File) {
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.tmp == f.Name() {
		os.Remove(f.Name())
		in.tmp = ""
	}
}

// rename moves the finished temporary file to path, unless the build was
// interrupted meanwhile.
func (in *interrupts) rename(f *os.File, path string) error {
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.interrupted {
		return context.Cause(in.ctx)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return err
	}
	in.tmp = ""
	return nil
}

// makeTempDir makes the folder a build spills to (sorted runs of the
// graph file, the quads for the store), which the signal handler removes.
func (in *interrupts) makeTempDir() (string, error) {
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.interrupted {
		return "", context.Cause(in.ctx)
	}
	dir, err := os.MkdirTemp("", "sckg-build-")
	if err != nil {
		return "", fmt.Errorf("making a temporary folder: %w", err)
	}
	in.tmpDir = dir
	return dir, nil
}

// removeTempDir removes the build's temporary folder.
func (in *interrupts) removeTempDir() {
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.tmpDir != "" {
		os.RemoveAll(in.tmpDir)
		in.tmpDir = ""
	}
}

// loading says whether the store is being loaded, when a signal asks the
// load to stop rather than ending the build.
func (in *interrupts) loading(on bool) {
	in.mu.Lock()
	defer in.mu.Unlock()
	in.loadingStore = on
}
