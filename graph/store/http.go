package store

// Cayley's own HTTP API on a store, for the endpoints sckg's server passes
// through to Cayley unchanged.

import (
	"fmt"
	"net/http"

	cgraph "github.com/cayleygraph/cayley/graph"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"
	_ "github.com/cayleygraph/quad/nquads" // the format /api/v2/write reads
)

// CayleyAPI is Cayley's v2 HTTP API on the store (/api/v2/query,
// /api/v2/write, /api/v2/delete, /api/v2/node/delete), with Cayley's
// defaults (100 results a query). Without writes it is read-only; with
// writes, a quad already stored, or already gone, is let pass, as
// ReplaceGraphs does.
func (s *Store) CayleyAPI(writes bool) (http.Handler, error) {
	h := &cgraph.Handle{QuadStore: s.qs}
	if !writes {
		api := cayleyhttp.NewAPIv2(h)
		api.SetReadOnly(true)
		return api, nil
	}
	opts := cgraph.Options{"ignore_duplicate": true, "ignore_missing": true}
	qw, err := cgraph.NewQuadWriter("single", s.qs, opts)
	if err != nil {
		return nil, fmt.Errorf("store %s: writer: %w", s.location, err)
	}
	h.QuadWriter = qw
	return cayleyhttp.NewAPIv2Writer(h, "single", opts), nil
}
