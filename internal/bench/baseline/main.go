// Command baseline measures what the bench (internal/bench/run.sh)
// compares sckg with, in the same run on the same machine:
//
//	baseline read DIR      reads and decodes every text file of DIR as sckg
//	                       does before extracting (extract.ReadText): MB/s
//	baseline cayley FILE   loads N-Quads into a fresh bolt store with
//	                       Cayley's own reader and quad writer: quads/s
//	baseline turtle FILE   writes N-Triples as Turtle with sckg's writer,
//	                       timing the writing only: triples/s
//
// Each prints one line, "NAME VALUE UNIT". It imports Cayley itself, the
// only code outside graph/store to do so, because it measures Cayley's
// loader without sckg around it.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/kv/bolt" // registers "bolt"
	_ "github.com/cayleygraph/cayley/writer"        // registers the quad writers
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/knakk/rdf"

	"github.com/sckg/sckg/extract"
	"github.com/sckg/sckg/graph/rdfio"
	"github.com/sckg/sckg/ontology"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: baseline read DIR | cayley FILE.nq | turtle FILE.nt")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "read":
		err = read(os.Args[2])
	case "cayley":
		err = load(os.Args[2])
	case "turtle":
		err = turtle(os.Args[2])
	default:
		err = fmt.Errorf("unknown measure %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "baseline:", err)
		os.Exit(1)
	}
}

func read(dir string) error {
	inputs, errs := extract.Collect([]string{dir})
	if len(errs) > 0 {
		return errs[0]
	}
	start := time.Now()
	var size int
	for _, in := range inputs {
		text, err := extract.ReadText(in.Path, in.Name)
		if err == nil {
			size += len(text)
		}
	}
	fmt.Printf("read %.1f MB/s\n", float64(size)/1e6/time.Since(start).Seconds())
	return nil
}

func load(file string) error {
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	dir, err := os.MkdirTemp("", "baseline-cayley-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	db := filepath.Join(dir, "db")
	if err := cgraph.InitQuadStore("bolt", db, nil); err != nil {
		return err
	}
	qs, err := cgraph.NewQuadStore("bolt", db, nil)
	if err != nil {
		return err
	}
	defer qs.Close()
	qw, err := cgraph.NewQuadWriter("single", qs, cgraph.Options{"ignore_duplicate": true})
	if err != nil {
		return err
	}
	start := time.Now()
	r := nquads.NewReader(bufio.NewReader(f), false)
	n := 0
	batch := make([]quad.Quad, 0, 100_000)
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		batch = append(batch, q)
		if len(batch) == cap(batch) {
			if err := qw.AddQuadSet(batch); err != nil {
				return err
			}
			n += len(batch)
			batch = batch[:0]
		}
	}
	if err := qw.AddQuadSet(batch); err != nil {
		return err
	}
	n += len(batch)
	if err := qw.Close(); err != nil {
		return err
	}
	fmt.Printf("cayley %.0f quads/s\n", float64(n)/time.Since(start).Seconds())
	return nil
}

func turtle(file string) error {
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	quads, err := rdf.NewQuadDecoder(bufio.NewReader(f), rdf.NQuads).DecodeAll()
	if err != nil {
		return err
	}
	start := time.Now()
	n, err := rdfio.WriteTurtle(io.Discard, quads, ontology.Prefixes())
	if err != nil {
		return err
	}
	fmt.Printf("turtle %.0f triples/s\n", float64(n)/time.Since(start).Seconds())
	return nil
}
