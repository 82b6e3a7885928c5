package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/graph"
	"github.com/sckg/sckg/graph/rdfio"
	"github.com/sckg/sckg/internal/shacl"
	"github.com/sckg/sckg/ontology"
)

const validateHelp = `Usage: sckg validate FILE... [--shapes SHAPES.ttl]

Checks RDF files against the SHACL shapes of the sckg graph (documents,
paragraphs, citations, spans, source files, votes, actors, requests: which
properties each has, how many, of which type) and prints every violation
with the node, the property, what was expected and what was found.
All named graphs of a file are checked as one graph, together with the
sckg ontology, so that its class hierarchy applies whether or not the file
includes it (sckg build --no-ontology).

A file is read as its extension says: Turtle (.ttl), N-Triples (.nt),
N-Quads (.nq) or JSON-LD (.jsonld). TriG cannot be read yet: convert it
first (rapper -i trig -o nquads FILE.trig > FILE.nq).

Exits 1 when a file has violations, 0 when every file conforms.

Examples:
  sckg build testdata/seeds --out mali.ttl && sckg validate mali.ttl
  sckg validate mali.nq --shapes my-shapes.ttl
`

// errViolations is returned when a file does not conform; the violations
// are already printed.
var errViolations = errors.New("violations found (above)")

func runValidate(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("validate", validateHelp, stderr)
	shapesFile := fs.String("shapes", "", "check against the SHACL shapes in `FILE` (Turtle) instead of sckg's own")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageError{"no input: name the RDF files to check"}
	}
	src := ontology.Shapes()
	if *shapesFile != "" {
		data, err := os.ReadFile(*shapesFile)
		if err != nil {
			return err
		}
		src = string(data)
	}
	shapes, err := shacl.ParseTurtle(src)
	if err != nil {
		return err
	}
	onto, err := graph.OntologyQuads(ontology.NewMinter(""))
	if err != nil {
		return err
	}
	namer := shacl.Prefixed(validatePrefixes())
	failed := false
	for _, path := range fs.Args() {
		quads, _, err := rdfio.ReadFile(path)
		if err != nil {
			return err
		}
		data := shacl.NewGraph(triplesOf(append(quads, onto...)))
		report := shapes.Validate(data, namer)
		if report.Conforms() && len(report.Results) == 0 {
			fmt.Fprintf(stdout, "%s: conforms to the shapes (%d statements read, %d nodes checked)\n", path, len(quads), report.Checked)
			continue
		}
		if !report.Conforms() {
			failed = true
		}
		fmt.Fprintf(stdout, "%s: %d %s (%d statements read, %d nodes checked)\n\n", path, len(report.Results),
			map[bool]string{true: "violation", false: "violations"}[len(report.Results) == 1], len(quads), report.Checked)
		if err := report.Write(stdout, namer); err != nil {
			return err
		}
		fmt.Fprintln(stdout)
	}
	if failed {
		return errViolations
	}
	return nil
}

func triplesOf(quads []rdf.Quad) []rdf.Triple {
	out := make([]rdf.Triple, len(quads))
	for i, q := range quads {
		out[i] = q.Triple
	}
	return out
}

func validatePrefixes() []shacl.Prefix {
	var out []shacl.Prefix
	for _, p := range ontology.Prefixes() {
		out = append(out, shacl.Prefix{Name: p.Name, IRI: p.IRI})
	}
	return append(out,
		shacl.Prefix{Name: "sh", IRI: shacl.SH},
		shacl.Prefix{Name: "sckgsh", IRI: ontology.ShapesIRI + "#"})
}
