package server

import (
	"bytes"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/sckg/sckg/viz"
)

// Limits of GET /api/viz/chain: a depth of ten already reaches every
// document a chain of Council resolutions can, and a reader expands
// documents one click at a time.
const (
	maxVizDepth  = 10
	maxVizExpand = 100
)

// vizTypes are the media types of the formats viz writes.
var vizTypes = map[string]string{
	"svg":     "image/svg+xml",
	"dot":     "text/vnd.graphviz; charset=utf-8",
	"mermaid": "text/plain; charset=utf-8",
	"graphml": "application/graphml+xml",
	"json":    "application/json",
}

// vizChain draws a citation chain, as 'sckg viz chain' does:
//
//	GET /api/viz/chain?symbol=S/RES/2584(2021)&depth=1&direction=cites|cited-by
//	    &expand=S/RES/2531(2020)&…&format=json|svg|dot|mermaid|graphml[&download=1]
//
// expand adds, in order, the citations of documents already drawn (see
// viz.Chain.Expand); download=1 asks the browser to save the answer as a
// file. The web page draws the SVG and reads the JSON for the citations
// behind each edge.
func (s *Server) vizChain(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	symbol := strings.TrimSpace(q.Get("symbol"))
	if symbol == "" {
		v2Error(w, http.StatusBadRequest, errors.New("say which document to draw: ?symbol=S/RES/2584(2021)"))
		return
	}
	depth := 1
	if v := q.Get("depth"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxVizDepth {
			v2Error(w, http.StatusBadRequest, fmt.Errorf("depth=%q: give a whole number from 1 to %d", v, maxVizDepth))
			return
		}
		depth = n
	}
	dir := viz.Direction(q.Get("direction"))
	switch dir {
	case "":
		dir = viz.Cites
	case viz.Cites, viz.CitedBy:
	default:
		v2Error(w, http.StatusBadRequest, fmt.Errorf("direction=%q: use cites or cited-by", dir))
		return
	}
	format := q.Get("format")
	if format == "" {
		format = "json"
	}
	if _, ok := vizTypes[format]; !ok {
		v2Error(w, http.StatusBadRequest, fmt.Errorf("format=%q: use %s", format, strings.Join(viz.Formats, ", ")))
		return
	}
	expand := q["expand"]
	if len(expand) > maxVizExpand {
		v2Error(w, http.StatusBadRequest, fmt.Errorf("%d documents to expand: at most %d", len(expand), maxVizExpand))
		return
	}

	ctx, done, err := s.turn(r)
	if err != nil {
		v2Error(w, status(err), err)
		return
	}
	defer done()
	c, err := viz.Load(ctx, s.cfg.Store, symbol, viz.Options{Depth: depth, Direction: dir, Base: s.cfg.Base})
	if err == nil {
		err = c.Expand(ctx, s.cfg.Store, expand, s.cfg.Base)
	}
	if err != nil {
		code := status(err)
		if errors.Is(err, viz.ErrNotInStore) {
			code = http.StatusNotFound
		}
		v2Error(w, code, err)
		return
	}
	var buf bytes.Buffer
	if err := viz.Write(&buf, format, c); err != nil {
		v2Error(w, http.StatusInternalServerError, err)
		return
	}
	if buf.Len() > s.cfg.MaxAnswer {
		v2Error(w, http.StatusRequestEntityTooLarge, fmt.Errorf("the drawing is %d bytes, more than the %d this server sends; ask for less depth", buf.Len(), s.cfg.MaxAnswer))
		return
	}
	w.Header().Set("Content-Type", vizTypes[format])
	if q.Get("download") != "" {
		name := fileName(c.Nodes[0].Symbol) + "-" + string(dir) + "." + viz.Extension(format)
		w.Header().Set("Content-Disposition", `attachment; filename="`+name+`"`)
	}
	w.Write(buf.Bytes())
}

// fileName makes a symbol a file name: S/RES/2584(2021) → S-RES-2584-2021.
func fileName(symbol string) string {
	var b strings.Builder
	dash := false
	for _, r := range symbol {
		ok := r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.'
		if !ok {
			dash = b.Len() > 0
			continue
		}
		if dash {
			b.WriteByte('-')
			dash = false
		}
		b.WriteRune(r)
	}
	if b.Len() == 0 {
		return "chain"
	}
	return b.String()
}
