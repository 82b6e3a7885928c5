// Package server is sckg's HTTP API: Cayley's Gizmo query endpoints, so
// that Cayley's clients work unchanged, and sckg's canned queries.
//
//	POST /api/v1/query/gizmo          body: a Gizmo script      → {"result": [...]}
//	GET  /api/v2/query?lang=gizmo&qu=SCRIPT, or POST with the script as body
//	GET  /api/queries                 the canned queries, with their parameters
//	GET  /api/queries/NAME?PARAM=VALUE&…  run one               → {"result": [...]}
//	GET  /api/viz/chain?symbol=S&depth=N&direction=cites|cited-by&expand=S…&format=json|svg|…
//	                                  a citation chain drawn, as sckg viz chain draws it
//	GET  /api/paragraph/history?paragraph=S/RES/2584(2021)%23op_17
//	                                  a paragraph's versions through time, each change word by word
//	GET  /api/document/paragraphs?symbol=S/RES/2584(2021)
//	                                  a document's paragraphs, each with how it came from earlier texts
//	POST /api/v2/write, /api/v2/delete   N-Quads in, only when writes are allowed
//	GET  /                            the chain explorer, a web page (package web)
//	GET  /api                         this list, as text
//
// Every query runs with a time limit and a limit on the number of results
// (?limit=N lowers it; Cayley's endpoints default to 100 results, as
// Cayley does); request bodies and answers are limited in size, and only a
// few queries run at once. Answers have Cayley's form: {"result": [...]},
// or {"error": "..."} with a status that tells a mistake in the request
// (400), a query stopped at the time limit (504), a server too busy to
// start it (503), and a write to a read-only server (403). An answer cut
// at the result limit has the header "Sckg-Truncated: true"; the answers
// of canned queries also say "truncated": true.
package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/sckg/sckg/graph/store"
	"github.com/sckg/sckg/queries"
	"github.com/sckg/sckg/web"
)

// Config says what the server serves and within which limits. Zero values
// take the defaults below.
type Config struct {
	Store   *store.Store
	Base    string        // base IRI symbols are minted under (ontology.Base if empty)
	Timeout time.Duration // per query
	Limit   int           // most results per query
	// MemoryLimit is how much the process's memory may grow while one query
	// runs (queries.DefaultMemoryLimit if 0; none if < 0).
	MemoryLimit int64
	AllowWrites bool  // accept Cayley's /api/v2/write and /api/v2/delete
	MaxBody     int64 // bytes of a query request
	MaxWrite    int64 // bytes of a write request
	MaxAnswer   int   // bytes of an answer
	Concurrent  int   // queries running at once
}

// Defaults.
const (
	DefaultTimeout    = 5 * time.Second
	DefaultLimit      = 10_000
	CayleyLimit       = 100 // Cayley's default number of results
	DefaultMaxBody    = 1 << 20
	DefaultMaxWrite   = 64 << 20
	DefaultMaxAnswer  = 32 << 20
	DefaultConcurrent = 8
)

// Server answers the API's requests.
type Server struct {
	cfg   Config
	slots chan struct{}
	mux   *http.ServeMux
	write http.Handler // Cayley's write endpoints; nil unless writes are allowed
}

// New returns a server for cfg.
func New(cfg Config) (*Server, error) {
	if cfg.Store == nil {
		return nil, errors.New("server: no store")
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.MemoryLimit == 0 {
		cfg.MemoryLimit = queries.DefaultMemoryLimit
	}
	if cfg.Limit <= 0 {
		cfg.Limit = DefaultLimit
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	if cfg.MaxWrite <= 0 {
		cfg.MaxWrite = DefaultMaxWrite
	}
	if cfg.MaxAnswer <= 0 {
		cfg.MaxAnswer = DefaultMaxAnswer
	}
	if cfg.Concurrent <= 0 {
		cfg.Concurrent = DefaultConcurrent
	}
	s := &Server{cfg: cfg, slots: make(chan struct{}, cfg.Concurrent), mux: http.NewServeMux()}
	if cfg.AllowWrites {
		api, err := cfg.Store.CayleyAPI(true)
		if err != nil {
			return nil, fmt.Errorf("server: %w", err)
		}
		s.write = api
	}
	s.mux.HandleFunc("POST /api/v1/query/{lang}", s.v1Query)
	s.mux.HandleFunc("GET /api/v2/query", s.v2Query)
	s.mux.HandleFunc("POST /api/v2/query", s.v2Query)
	s.mux.HandleFunc("GET /api/queries", s.list)
	s.mux.HandleFunc("GET /api/queries/{name}", s.canned)
	s.mux.HandleFunc("POST /api/queries/{name}", s.canned)
	for _, p := range []string{"/api/v2/write", "/api/v2/delete", "/api/v2/node/delete", "/api/v1/write", "/api/v1/write/file/nquad", "/api/v1/delete"} {
		s.mux.HandleFunc("POST "+p, s.writeEndpoint)
	}
	s.mux.HandleFunc("GET /api/viz/chain", s.vizChain)
	s.mux.HandleFunc("GET /api/paragraph/history", s.paragraphHistory)
	s.mux.HandleFunc("GET /api/document/paragraphs", s.documentParagraphs)
	s.mux.HandleFunc("GET /api", s.index)
	s.mux.HandleFunc("GET /api/{$}", s.index)
	s.mux.HandleFunc("GET /{$}", web.Page)
	s.mux.Handle("GET /static/", web.Assets("/static/"))
	return s, nil
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	s.mux.ServeHTTP(w, r)
}

// Errors, in the forms Cayley writes them.

// v1Error is the form of Cayley's v1 endpoint: `{"error" : "..."}`.
func v1Error(w http.ResponseWriter, code int, err error) {
	data, _ := json.Marshal(err.Error())
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	w.Write([]byte(`{"error" : `))
	w.Write(data)
	w.Write([]byte(`}`))
}

// v2Error is the form of Cayley's v2 endpoints: `{"error": "..."}`.
func v2Error(w http.ResponseWriter, code int, err error) {
	data, _ := json.Marshal(err.Error())
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	w.Write([]byte(`{"error": `))
	w.Write(data)
	w.Write([]byte("}\n"))
}

// status is the HTTP status for an error from running a query.
func status(err error) int {
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusGatewayTimeout
	case errors.Is(err, store.ErrQueryMemory):
		// The query needs more memory than the server grants one.
		return http.StatusInsufficientStorage
	case errors.Is(err, errBusy):
		return http.StatusServiceUnavailable
	case errors.Is(err, errTooLarge):
		return http.StatusRequestEntityTooLarge
	case errors.Is(err, queries.ErrNotInStore):
		// a canned query about a document the store does not hold
		return http.StatusNotFound
	}
	return http.StatusBadRequest
}

var (
	errBusy     = errors.New("the server is running as many queries as it allows; try again shortly")
	errTooLarge = errors.New("request body too large")
)

// turn waits for one of the server's query slots, at most half the time
// limit, so that a query that starts late still has time to run; it
// returns a context with the time limit and done, which gives the slot
// back.
func (s *Server) turn(r *http.Request) (context.Context, func(), error) {
	wait, cancelWait := context.WithTimeout(r.Context(), s.cfg.Timeout/2)
	defer cancelWait()
	select {
	case s.slots <- struct{}{}:
	case <-wait.Done():
		return nil, nil, errBusy
	}
	ctx, cancel := queries.WithTimeLimit(queries.WithMemoryLimit(r.Context(), s.cfg.MemoryLimit), s.cfg.Timeout)
	return ctx, func() { cancel(); <-s.slots }, nil
}

// run runs a script within the server's limits and returns Cayley's
// answer, encoded, and whether results were left out. raw selects
// Cayley's results (nulls and all, and nothing else in the answer) over
// sckg's rows.
func (s *Server) run(r *http.Request, script string, limit int, raw bool) ([]byte, bool, error) {
	ctx, done, err := s.turn(r)
	if err != nil {
		return nil, false, err
	}
	defer done()
	var (
		result    any
		truncated bool
	)
	if raw {
		result, truncated, err = queries.RunCayley(ctx, s.cfg.Store, script, limit)
	} else {
		var res queries.Result
		res, err = queries.RunScript(ctx, s.cfg.Store, script, queries.Options{Base: s.cfg.Base, Limit: limit})
		result, truncated = res.Rows, res.Truncated
	}
	if err != nil {
		return nil, false, err
	}
	answer := map[string]any{"result": result}
	if truncated && !raw {
		answer["truncated"] = true
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(answer); err != nil {
		return nil, false, err
	}
	if buf.Len() > s.cfg.MaxAnswer {
		return nil, false, fmt.Errorf("the answer is %d bytes, more than the %d this server sends; ask for fewer results (?limit=N)", buf.Len(), s.cfg.MaxAnswer)
	}
	return buf.Bytes(), truncated, nil
}

// limit reads ?limit=N, at most the server's limit; def when absent.
func (s *Server) limit(r *http.Request, def int) (int, error) {
	v := r.URL.Query().Get("limit")
	if v == "" {
		return min(def, s.cfg.Limit), nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("limit=%q: give a positive whole number", v)
	}
	return min(n, s.cfg.Limit), nil
}

// body reads a query from the request body, within the size limit.
func (s *Server) body(w http.ResponseWriter, r *http.Request) (string, error) {
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.MaxBody))
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		return "", fmt.Errorf("%w: the query is larger than %d bytes", errTooLarge, s.cfg.MaxBody)
	}
	return string(data), err
}

func writeAnswer(w http.ResponseWriter, answer []byte, truncated bool) {
	w.Header().Set("Content-Type", "application/json")
	if truncated {
		w.Header().Set("Sckg-Truncated", "true")
	}
	w.Write(answer)
}

// v1Query is Cayley's POST /api/v1/query/gizmo: the body is the script.
func (s *Server) v1Query(w http.ResponseWriter, r *http.Request) {
	if lang := r.PathValue("lang"); lang != "gizmo" {
		v1Error(w, http.StatusBadRequest, fmt.Errorf("unknown query language %q: this server speaks gizmo", lang))
		return
	}
	limit, err := s.limit(r, CayleyLimit)
	if err != nil {
		v1Error(w, http.StatusBadRequest, err)
		return
	}
	script, err := s.body(w, r)
	if err != nil {
		v1Error(w, status(err), err)
		return
	}
	answer, truncated, err := s.run(r, script, limit, true)
	if err != nil {
		v1Error(w, status(err), err)
		return
	}
	writeAnswer(w, answer, truncated)
}

// v2Query is Cayley's /api/v2/query?lang=gizmo: the script is the body of
// a POST or the qu parameter of a GET.
func (s *Server) v2Query(w http.ResponseWriter, r *http.Request) {
	switch lang := r.URL.Query().Get("lang"); lang {
	case "gizmo":
	case "":
		v2Error(w, http.StatusBadRequest, errors.New("query language not specified: add ?lang=gizmo"))
		return
	default:
		v2Error(w, http.StatusBadRequest, fmt.Errorf("unknown query language %q: this server speaks gizmo", lang))
		return
	}
	limit, err := s.limit(r, CayleyLimit)
	if err != nil {
		v2Error(w, http.StatusBadRequest, err)
		return
	}
	script := r.URL.Query().Get("qu")
	if r.Method == http.MethodPost {
		if script, err = s.body(w, r); err != nil {
			v2Error(w, status(err), err)
			return
		}
	}
	if strings.TrimSpace(script) == "" {
		v2Error(w, http.StatusBadRequest, errors.New("query is empty"))
		return
	}
	answer, truncated, err := s.run(r, script, limit, true)
	if err != nil {
		v2Error(w, status(err), err)
		return
	}
	writeAnswer(w, answer, truncated)
}

// queryInfo is a canned query as GET /api/queries lists it.
type queryInfo struct {
	Name        string      `json:"name"`
	Description string      `json:"description"`
	Params      []paramInfo `json:"params"`
}

type paramInfo struct {
	Name     string `json:"name"`
	Main     bool   `json:"main,omitempty"`
	Node     bool   `json:"node,omitempty"`
	Required bool   `json:"required,omitempty"`
	Default  string `json:"default,omitempty"`
	Help     string `json:"help"`
}

func (s *Server) list(w http.ResponseWriter, r *http.Request) {
	out := []queryInfo{}
	for _, q := range queries.List() {
		qi := queryInfo{Name: q.Name, Description: q.Description, Params: []paramInfo{}}
		for _, p := range q.Params {
			qi.Params = append(qi.Params, paramInfo{p.Name, p.Main, p.Node, p.Required, p.Default, p.Help})
		}
		out = append(out, qi)
	}
	w.Header().Set("Content-Type", "application/json")
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	enc.Encode(map[string]any{"result": out})
}

// canned runs /api/queries/NAME?PARAM=VALUE&…; "limit" is the result
// limit, every other parameter the query's.
func (s *Server) canned(w http.ResponseWriter, r *http.Request) {
	q, ok := queries.Get(r.PathValue("name"))
	if !ok {
		v2Error(w, http.StatusNotFound, fmt.Errorf("no query called %q; GET /api/queries lists them", r.PathValue("name")))
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBody)
	if err := r.ParseForm(); err != nil {
		v2Error(w, http.StatusBadRequest, err)
		return
	}
	params := map[string]string{}
	for k, vs := range r.Form {
		if k == "limit" {
			continue
		}
		if len(vs) != 1 {
			v2Error(w, http.StatusBadRequest, fmt.Errorf("parameter %s given %d times", k, len(vs)))
			return
		}
		params[k] = vs[0]
	}
	limit, err := s.limit(r, s.cfg.Limit)
	if err != nil {
		v2Error(w, http.StatusBadRequest, err)
		return
	}
	ctx, cancel := queries.WithTimeLimit(queries.WithMemoryLimit(r.Context(), s.cfg.MemoryLimit), s.cfg.Timeout)
	script, err := q.Prepare(ctx, s.cfg.Store, params, s.cfg.Base)
	cancel()
	if err != nil {
		v2Error(w, status(err), err)
		return
	}
	answer, truncated, err := s.run(r, script, limit, false)
	if err != nil {
		v2Error(w, status(err), fmt.Errorf("query %s: %w", q.Name, err))
		return
	}
	writeAnswer(w, answer, truncated)
}

// writeEndpoint refuses writes unless they are allowed, and then hands
// Cayley's own v2 write and delete endpoints a body of limited size.
func (s *Server) writeEndpoint(w http.ResponseWriter, r *http.Request) {
	if s.write == nil {
		v2Error(w, http.StatusForbidden, errors.New("this server is read-only; start it with --allow-writes to accept writes"))
		return
	}
	switch r.URL.Path {
	case "/api/v2/write", "/api/v2/delete", "/api/v2/node/delete":
	default:
		v2Error(w, http.StatusNotFound, fmt.Errorf("%s is not served; write N-Quads to /api/v2/write", r.URL.Path))
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxWrite)
	s.write.ServeHTTP(w, r)
}

const indexText = `sckg: a knowledge graph of UN Security Council documents, over HTTP.

  POST /api/v1/query/gizmo            a Gizmo script as the body (Cayley's API)
  GET  /api/v2/query?lang=gizmo&qu=…  or POST the script (Cayley's API)
  GET  /api/queries                   the canned queries and their parameters
  GET  /api/queries/NAME?PARAM=VALUE  run a canned query
  GET  /api/viz/chain?symbol=S&depth=N&direction=cites|cited-by&expand=S&format=svg|json|dot|graphml|mermaid
                                      a citation chain drawn
  GET  /api/paragraph/history?paragraph=S/RES/2584(2021)%23op_17
                                      a paragraph's versions and what changed, word by word
  GET  /api/document/paragraphs?symbol=S/RES/2584(2021)
                                      a document's paragraphs and how each came from earlier texts
  GET  /                              the chain explorer: a web page that draws chains
`

func (s *Server) index(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	io.WriteString(w, indexText)
	if s.write != nil {
		io.WriteString(w, "  POST /api/v2/write, /api/v2/delete  N-Quads to add or remove (writes are allowed)\n")
	} else {
		io.WriteString(w, "\nThis server is read-only.\n")
	}
	fmt.Fprintf(w, "Every query stops after %s and returns at most %d results.\n", s.cfg.Timeout, s.cfg.Limit)
}
