package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/sckg/sckg/graph/store"
	"github.com/sckg/sckg/ontology"
	"github.com/sckg/sckg/server"
)

const serveHelp = `Usage: sckg serve --store STORE [--addr 127.0.0.1:8080] [--allow-writes] [--public]

Serves the chain explorer, a web page at http://127.0.0.1:8080/ that
draws a document's citation chain and lets you expand it, turn it round,
and read the paragraph behind each line; it needs no internet. Answers
Gizmo queries over HTTP, with Cayley's own endpoints, so that Cayley's
clients work unchanged, and sckg's canned queries:

  POST /api/v1/query/gizmo            the body is a Gizmo script
  GET  /api/v2/query?lang=gizmo&qu=…  or POST the script as the body
  GET  /api/queries                   the canned queries and their parameters
  GET  /api/queries/NAME?PARAM=VALUE  run one, e.g. /api/queries/cited-by?symbol=S/RES/2374(2017)
  GET  /api/viz/chain?symbol=S&depth=N&direction=cites|cited-by&format=svg|json|dot|graphml|mermaid
                                      a chain drawn, as 'sckg viz chain' draws it
  GET  /api                           this list

Answers are {"result": [...]}, or {"error": "..."}. Every query stops at
--timeout and returns at most --limit results (Cayley's endpoints: 100
unless ?limit=N asks for more); request bodies are limited to 1 MiB.

The server is read-only unless started with --allow-writes, which accepts
N-Quads on Cayley's POST /api/v2/write and /api/v2/delete (64 MiB at most);
a bolt store is then changed while it is served. It listens on loopback
only, unless --public allows another address: Gizmo runs JavaScript, and a
script can use much memory before its time is up, so do not serve it to
people you do not trust. Ctrl-C stops it.

Examples:
  sckg serve --store mali.db
  # then open http://127.0.0.1:8080/?symbol=S/RES/2584(2021) in a browser
  curl -s -d 'g.V("<https://w3id.org/sckg/doc/S/RES/2584(2021)>").Out().All()' http://127.0.0.1:8080/api/v1/query/gizmo
  curl -s 'http://127.0.0.1:8080/api/queries/citation-chain?symbol=S/RES/2584(2021)&depth=1'
`

func runServe(args []string, stdout, stderr io.Writer) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return serveMain(ctx, args, stdout, stderr, nil)
}

// serveMain serves until ctx ends; ready, if not nil, learns the address
// once the server listens.
func serveMain(ctx context.Context, args []string, stdout, stderr io.Writer, ready func(addr string)) error {
	fs := newFlags("serve", serveHelp, stderr)
	storeAt := fs.StringP("store", "s", "", "the store to serve: a `FOLDER` or a postgres:// URL")
	addr := fs.StringP("addr", "a", "127.0.0.1:8080", "listen on `HOST:PORT`")
	public := fs.Bool("public", false, "allow an --addr that is not loopback")
	allowWrites := fs.Bool("allow-writes", false, "accept writes on Cayley's /api/v2/write and /api/v2/delete")
	timeout := fs.Duration("timeout", server.DefaultTimeout, "stop each query after `DURATION`")
	limit := fs.Int("limit", server.DefaultLimit, "return at most `N` results per query")
	base := fs.String("base", ontology.Base, "base `IRI` the store was built with")
	memoryFlag := queryMemoryFlag(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	memory, err := parseQueryMemory(*memoryFlag)
	if err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"serve takes no arguments"}
	}
	if *storeAt == "" {
		return usageError{"--store is required: the folder (or postgres:// URL) that 'sckg build --store' wrote"}
	}
	if *timeout <= 0 || *limit <= 0 {
		return usageError{"--timeout and --limit must be positive"}
	}
	if err := checkAddr(*addr, *public); err != nil {
		return err
	}
	st, err := store.OpenExisting(*storeAt)
	if err != nil {
		return err
	}
	defer st.Close()
	h, err := server.New(server.Config{Store: st, Base: *base, Timeout: *timeout, Limit: *limit, MemoryLimit: memory, AllowWrites: *allowWrites})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       time.Minute,
		WriteTimeout:      *timeout + time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
	mode := "read-only"
	if *allowWrites {
		mode = "writes allowed"
	}
	fmt.Fprintf(stderr, "sckg: serving %s on http://%s/ (%s; queries stop after %s and return at most %d results)\n", st, ln.Addr(), mode, *timeout, *limit)
	fmt.Fprintf(stderr, "sckg: the chain explorer is at http://%s/, the API's endpoints at http://%s/api\n", ln.Addr(), ln.Addr())
	if ready != nil {
		ready(ln.Addr().String())
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), *timeout+5*time.Second)
	defer cancel()
	err = srv.Shutdown(shutdown)
	if errors.Is(err, context.DeadlineExceeded) {
		err = srv.Close()
	}
	fmt.Fprintln(stderr, "sckg: stopped serving")
	return err
}

// checkAddr refuses an address other machines can reach, unless public.
func checkAddr(addr string, public bool) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return usageError{fmt.Sprintf("--addr %q: write HOST:PORT, e.g. 127.0.0.1:8080", addr)}
	}
	if public || loopback(host) {
		return nil
	}
	shown := host
	if shown == "" {
		shown = "every interface"
	}
	return usageError{fmt.Sprintf("--addr %s: %s is not a loopback address, so other machines could query (and, with --allow-writes, change) the store; add --public if that is what you want", addr, shown)}
}

func loopback(host string) bool {
	if ip := net.ParseIP(host); ip != nil {
		return ip.IsLoopback()
	}
	if host != "localhost" {
		return false
	}
	ips, err := net.LookupIP(host)
	if err != nil || len(ips) == 0 {
		return false
	}
	for _, ip := range ips {
		if !ip.IsLoopback() {
			return false
		}
	}
	return true
}
