// Package storetest gives tests the stores to run against (memory, bolt,
// and a real PostgreSQL server) and the Mali graph built from the bundled
// seeds, so that the graph, queries, server and command tests check the
// same answers on every backend.
//
// PostgreSQL: SCKG_TEST_POSTGRES names a database the tests may create
// schemas in, as a URL (postgres://user@127.0.0.1:5432/db?sslmode=disable).
// .ci/run starts a throwaway server and sets it. Without it, or with a
// server that does not answer, the PostgreSQL cases are skipped with a
// message, unless CI is set: then they fail.
package storetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/knakk/rdf"
	_ "github.com/lib/pq" // the "postgres" driver, also registered by Cayley's backend

	"github.com/sckg/sckg/extract"
	"github.com/sckg/sckg/graph"
	"github.com/sckg/sckg/graph/lineage"
	"github.com/sckg/sckg/graph/store"
	"github.com/sckg/sckg/ontology"
)

// PostgresEnv is the variable naming the test server.
const PostgresEnv = "SCKG_TEST_POSTGRES"

// Backend is a kind of store the tests run against.
type Backend struct {
	Name string
	// New returns the location of a new, empty store of this kind, removed
	// when the test ends. It skips (or, in CI, fails) the test when the
	// backend is not available.
	New func(t testing.TB) string
}

// Backends are the stores every query test runs against.
var Backends = []Backend{
	{"memory", func(testing.TB) string { return "memory" }},
	{"bolt", func(t testing.TB) string { return filepath.Join(t.TempDir(), "store") }},
	{"postgres", PostgresURL},
}

// Root is the repository's top folder.
func Root() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// Seeds is the folder of the bundled Mali documents.
func Seeds() string { return filepath.Join(Root(), "testdata", "seeds") }

var mali struct {
	once  sync.Once
	quads []rdf.Quad
	err   []error
}

// MaliQuads is the graph of the bundled Mali documents, built as 'sckg
// build testdata/seeds' builds it, with the default base.
func MaliQuads(t testing.TB) []rdf.Quad {
	t.Helper()
	mali.once.Do(func() {
		inputs, errs := extract.Collect([]string{Seeds()})
		mali.err = errs
		var sources []*extract.Source
		for _, r := range extract.New(nil, extract.Options{}).Files(inputs) {
			if r.Err != nil {
				mali.err = append(mali.err, r.Err)
				continue
			}
			sources = append(sources, r.Source)
		}
		m := ontology.NewMinter("")
		mali.quads = append(graph.Builder{Minter: m}.Build(sources), lineage.Quads(m, lineage.Series(sources))...)
	})
	if len(mali.err) > 0 {
		t.Fatalf("building the Mali graph: %v", mali.err)
	}
	return mali.quads
}

// Load opens a new store of the backend's kind, loads quads into it, and
// closes it when the test ends.
func Load(t testing.TB, b Backend, quads []rdf.Quad) *store.Store {
	t.Helper()
	s, err := store.Open(b.New(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.ReplaceGraphs(context.Background(), quads); err != nil {
		t.Fatal(err)
	}
	return s
}

// CI tells whether the tests run in CI, where missing services fail.
func CI() bool {
	ci, _ := strconv.ParseBool(os.Getenv("CI"))
	return ci
}

// unavailable skips the test, or fails it in CI.
func unavailable(t testing.TB, format string, args ...any) {
	t.Helper()
	if CI() {
		t.Fatalf(format+" (CI is set, so this fails instead of skipping; .ci/run starts a server and sets "+PostgresEnv+")", args...)
	}
	t.Skipf(format+"; skipping the PostgreSQL case", args...)
}

var pgCheck struct {
	once sync.Once
	err  error
}

// PostgresURL creates a fresh schema in the test database and returns a
// URL whose connections use it, so that each test has an empty store; the
// schema is dropped when the test ends.
func PostgresURL(t testing.TB) string {
	t.Helper()
	base := os.Getenv(PostgresEnv)
	if base == "" {
		unavailable(t, "%s is not set: no PostgreSQL server to test against", PostgresEnv)
		return ""
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("%s: %v", PostgresEnv, err)
	}
	q := u.Query()
	if q.Get("connect_timeout") == "" {
		q.Set("connect_timeout", "5")
	}
	u.RawQuery = q.Encode()
	admin, err := sql.Open("postgres", u.String())
	if err != nil {
		t.Fatalf("%s: %v", PostgresEnv, err)
	}
	defer admin.Close()
	pgCheck.once.Do(func() { pgCheck.err = admin.Ping() })
	if pgCheck.err != nil {
		unavailable(t, "no PostgreSQL server answers at %s: %v", u.Redacted(), pgCheck.err)
		return ""
	}
	var b [6]byte
	rand.Read(b[:])
	schema := "sckg_test_" + hex.EncodeToString(b[:])
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatalf("creating schema %s in %s: %v", schema, u.Redacted(), err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("postgres", u.String())
		if err != nil {
			return
		}
		defer db.Close()
		// Stores opened by the test are closed by its own cleanups, which
		// run before this one.
		deadline := time.Now().Add(10 * time.Second)
		for {
			_, err := db.Exec("DROP SCHEMA " + schema + " CASCADE")
			if err == nil || time.Now().After(deadline) {
				if err != nil {
					t.Logf("dropping schema %s: %v", schema, err)
				}
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
	})
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}
