package store

import (
	"github.com/cayleygraph/quad"
	"github.com/knakk/rdf"
)

// CayleyQuads converts quads as the store does, for giving Cayley's own
// loader the same quads in the benchmarks.
func CayleyQuads(quads []rdf.Quad) ([]quad.Quad, error) {
	out := make([]quad.Quad, len(quads))
	for i, q := range quads {
		var err error
		if out[i], err = cayleyQuad(q); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Internals that the external tests set.
var (
	// PGScanGraphs chooses how a PostgreSQL store reads the graphs it
	// replaces.
	PGScanGraphs = &pgScanGraphs
	// DeltaBatch is the number of changes written at once, small in tests
	// so that a small graph loads in several batches.
	DeltaBatch = &deltaBatch
	// AfterBatch is called after each batch of changes; an error from it
	// ends the load there.
	AfterBatch = &afterBatch
	// BulkLoad, when false, loads a fresh bolt store through Cayley as
	// any other, for comparing the two.
	BulkLoad = &bulkLoad
)
