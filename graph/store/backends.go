package store

// The backends a Store can use, all Cayley's own: which one a location
// names, creating and opening each, and keeping Cayley's log quiet.

import (
	"database/sql"
	"errors"
	"fmt"
	"log"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/boltdb/bolt"
	"github.com/cayleygraph/cayley/clog"
	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	cbadger "github.com/cayleygraph/cayley/graph/kv/badger"
	_ "github.com/cayleygraph/cayley/graph/kv/bolt" // registers "bolt"
	cleveldb "github.com/cayleygraph/cayley/graph/kv/leveldb"
	_ "github.com/cayleygraph/cayley/graph/memstore"     // registers "memstore"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // registers "postgres" and lib/pq's driver
	// Without the writer package graph.NewQuadWriter returns nil; imported
	// so that CayleyAPI's write endpoints can write.
	_ "github.com/cayleygraph/cayley/writer"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
)

// Kind is a store backend.
type Kind string

// The backends. Bolt, Badger and LevelDB keep the store in a folder;
// Memory keeps it until it is closed; Postgres in a PostgreSQL database.
const (
	Memory   Kind = "memory"
	Bolt     Kind = "bolt"
	Badger   Kind = "badger"
	LevelDB  Kind = "leveldb"
	Postgres Kind = "postgres"
)

// DefaultKind is the backend of a new store in a folder. The benchmarks of
// bench_test.go compare bolt, badger and leveldb on sckg's load and
// query mix (README, "Stores, queries, REPL and HTTP API"): LevelDB loads
// about twice as fast as bolt, but bolt answers the queries and rebuilds
// faster, and a store is built once and queried often; badger is slowest
// at every query. Bolt is also one file with nothing to tune.
const DefaultKind = Bolt

// FolderKinds are the backends that keep a store in a folder.
var FolderKinds = []Kind{Bolt, Badger, LevelDB}

// cayleyName is the name Cayley registers the backend under.
func (k Kind) cayleyName() string {
	if k == Memory {
		return "memstore"
	}
	return string(k)
}

func init() {
	// Cayley registers hidalgo's key-value backends in graph/kv's init,
	// which can run before hidalgo's badger package has registered itself
	// (Go initialises packages in import-path order); then "badger" is
	// missing. Register what is missing directly.
	if !cgraph.IsRegistered(string(Badger)) {
		ckv.Register(string(Badger), ckv.Registration{NewFunc: cbadger.Create, InitFunc: cbadger.Create, IsPersistent: true})
	}
	if !cgraph.IsRegistered(string(LevelDB)) {
		ckv.Register(string(LevelDB), ckv.Registration{NewFunc: cleveldb.Open, InitFunc: cleveldb.Create, IsPersistent: true})
	}
	// Cayley logs its errors as well as returning them, some with the
	// database address, password included. sckg reports the errors it is
	// given, so the log only repeats them: keep it quiet.
	clog.SetLogger(quietLog{})
}

// quietLog drops Cayley's log lines, except a fatal one, which it shows
// without passwords before exiting as Cayley expects.
type quietLog struct{}

func (quietLog) Infof(string, ...any)    {}
func (quietLog) Warningf(string, ...any) {}
func (quietLog) Errorf(string, ...any)   {}
func (quietLog) V(int) bool              { return false }
func (quietLog) SetV(int)                {}
func (quietLog) Fatalf(format string, args ...any) {
	log.Fatal(urlPassword.ReplaceAllString(fmt.Sprintf(format, args...), "${1}xxxxx@"))
}

var urlPassword = regexp.MustCompile(`(://[^:/@\s]*:)[^@\s]*@`)

// location is a parsed store location.
type location struct {
	kind     Kind
	path     string // folder or URL
	explicit bool   // the kind was named, as in "badger:DIR"
}

func parseLocation(s string) (location, error) {
	switch {
	case s == "" || s == "memory":
		return location{kind: Memory, explicit: true}, nil
	case strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://"):
		return location{kind: Postgres, path: s, explicit: true}, nil
	case strings.Contains(s, "://"):
		return location{}, fmt.Errorf("store %s: unknown kind of store; give a folder, \"memory\" or a postgres:// URL", redact(s))
	}
	for _, k := range FolderKinds {
		if dir, ok := strings.CutPrefix(s, string(k)+":"); ok {
			if dir == "" {
				return location{}, fmt.Errorf("store %s: name the folder after %q", s, string(k)+":")
			}
			return location{kind: k, path: dir, explicit: true}, nil
		}
	}
	return location{kind: DefaultKind, path: s}, nil
}

func open(s string, create bool) (st *Store, err error) {
	loc, err := parseLocation(s)
	if err != nil {
		return nil, err
	}
	shown := s
	if loc.kind == Postgres {
		shown = redact(loc.path)
	}
	defer guard(shown, &err)()
	switch loc.kind {
	case Memory:
		if !create {
			return nil, errors.New("a memory store starts empty, so there is nothing to query in it; give the folder or URL of a store that 'sckg build --store' made")
		}
		qs, err := cgraph.NewQuadStore(Memory.cayleyName(), "", nil)
		if err != nil {
			return nil, fmt.Errorf("memory store: %w", err)
		}
		return &Store{qs: qs, kind: Memory, location: "memory"}, nil
	case Postgres:
		return openPostgres(loc.path, create)
	}
	return openFolder(loc, s, create)
}

// folderKind tells which backend made the store in dir, from the files
// each leaves: ok is false for a folder that does not exist or is empty.
func folderKind(dir string) (kind Kind, ok bool, err error) {
	info, err := os.Stat(dir)
	if errors.Is(err, os.ErrNotExist) {
		return "", false, nil
	}
	if err != nil {
		return "", false, err
	}
	if !info.IsDir() {
		return "", false, fmt.Errorf("%s is a file; a store is a folder", dir)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "", false, err
	}
	has := map[string]bool{}
	vlog := false
	for _, e := range entries {
		has[e.Name()] = true
		vlog = vlog || strings.HasSuffix(e.Name(), ".vlog")
	}
	switch {
	case len(entries) == 0:
		return "", false, nil
	case has[boltFile]:
		return Bolt, true, nil
	case has["CURRENT"] && has["LOCK"]: // LevelDB
		return LevelDB, true, nil
	case has["MANIFEST"] && vlog: // Badger
		return Badger, true, nil
	}
	return "", false, fmt.Errorf("%s holds files that are not a Cayley store; give a new or empty folder", dir)
}

func openFolder(loc location, shown string, create bool) (*Store, error) {
	dir := loc.path
	found, exists, err := folderKind(dir)
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", shown, err)
	}
	kind := loc.kind
	switch {
	case exists && loc.explicit && found != loc.kind:
		return nil, fmt.Errorf("store %s: the folder holds a %s store, not %s", shown, found, loc.kind)
	case exists:
		kind = found
	case !create:
		return nil, fmt.Errorf("no store at %s: build one with 'sckg build PATH... --store %s'", shown, shown)
	default:
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("store %s: %w", shown, err)
		}
	}
	if kind == Bolt {
		if err := checkBoltFree(dir, shown); err != nil {
			return nil, err
		}
	}
	if !exists {
		// Init on an existing database fails with ErrDatabaseExists, which
		// only means there is nothing to create.
		if err := cgraph.InitQuadStore(kind.cayleyName(), dir, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			return nil, fmt.Errorf("store %s: create: %w", shown, inUse(err, shown))
		}
	}
	st, err := newFolderStore(kind, dir, !exists)
	switch {
	case err == nil:
		st.kind, st.location = kind, shown
		return st, nil
	case isInUse(err):
		return nil, fmt.Errorf("store %s: open: %w", shown, inUse(err, shown))
	case exists:
		// The folder holds a store of this kind that cannot be opened:
		// what Cayley finds in it is not what it wrote ("proto: wrong
		// wireType", a LevelDB "corruption").
		return nil, damaged(shown, err)
	}
	return nil, fmt.Errorf("store %s: open: %w", shown, err)
}

// newFolderStore opens the Cayley store in dir. A bolt store is opened here
// rather than through Cayley's registry, which drops the open file when
// reading the store fails or panics: the file, and its lock, are given
// back, so that this process can open the store again once it is rebuilt.
//
// The bolt database is kept with the store, for loading a fresh store
// directly (bulk.go). A store just created (created true) is opened with
// a large memory map.
func newFolderStore(kind Kind, dir string, created bool) (st *Store, err error) {
	if kind != Bolt {
		qs, err := cgraph.NewQuadStore(kind.cayleyName(), dir, nil)
		if err != nil {
			return nil, err
		}
		return &Store{qs: qs}, nil
	}
	// Opened as Cayley's bolt backend opens it (its file, its options),
	// but a new store with a larger memory map to begin with: bolt maps
	// the file anew each time it outgrows the map, copying every page a
	// write has changed out of the old map first, which was a quarter of
	// a fresh load's time. The map is address space, not memory. Only a
	// new store: in a damaged one, the pages past its end that the larger
	// map lets bolt read fault inside bolt's Open, which then keeps the
	// file locked.
	// The lock is waited for a while, never for ever: checkBoltFree has
	// seen the file free, and a lock still held now is one this process
	// could not give back.
	opts := &bolt.Options{Timeout: boltLockWait}
	if created {
		opts.InitialMmapSize = boltMmapSize
	}
	db, err := hbolt.Open(filepath.Join(dir, boltFile), opts)
	if err != nil {
		return nil, err
	}
	defer func() {
		if r := recover(); r != nil {
			db.Close()
			panic(r) // for guard, which says the store is damaged
		}
		if err != nil {
			db.Close()
		}
	}()
	// Cayley's Bloom filters (80 MB each) only spare it reads of keys
	// that it writes itself. A store that will be loaded directly
	// (bulk.go) goes without them: Cayley writes nothing in it but the
	// mark of an unfinished load, for which, in a store that holds no
	// quads, it would make four (320 MB, most of a fresh load's peak, and
	// a quarter of its time spent clearing them). Nor does the store made
	// anew after a direct load have them: they would read the whole
	// store to fill them for the removal of one mark.
	noBloom := cgraph.Options{ckv.OptNoBloom: true}
	direct, err := directLoadable(db.DB())
	if err != nil {
		return nil, err
	}
	opened := cgraph.Options(nil)
	if direct {
		opened = noBloom
	}
	qs, err := ckv.New(db, opened)
	if err != nil {
		return nil, err
	}
	reopen := func() (cgraph.QuadStore, error) { return ckv.New(db, noBloom) }
	return &Store{qs: qs, bolt: db.DB(), reopen: reopen}, nil
}

// isInUse tells the lock errors of bolt, Badger and LevelDB.
func isInUse(err error) bool {
	if errors.Is(err, bolt.ErrTimeout) {
		return true
	}
	msg := err.Error()
	return strings.Contains(msg, "resource temporarily unavailable") || strings.Contains(msg, "Cannot acquire directory lock")
}

// inUse explains the lock errors of bolt, Badger and LevelDB.
func inUse(err error, shown string) error {
	if isInUse(err) {
		return fmt.Errorf("in use by another process (%w)", err)
	}
	return err
}

// checkBoltFree fails if another process (or this one) has the bolt file
// open. Cayley opens bolt without a lock timeout, so without this check a
// second "sckg build" would wait silently for the first to exit. A shared
// read-only lock taken for a moment conflicts with the writer's exclusive
// lock and is given back at once; the window between this check and the
// real open is small and harmless (the open then waits).
//
// It is also the first to read the file, so it tells a damaged one: too
// short to hold bolt's two meta pages (an empty file would otherwise be
// "bad file descriptor", from bolt trying to initialise it read-only), or
// one whose meta pages bolt rejects.
func checkBoltFree(dir, shown string) error {
	file := filepath.Join(dir, boltFile)
	info, err := os.Stat(file)
	if err != nil {
		return nil // nothing to lock yet, or an error the open will report
	}
	if info.Size() < boltMinSize {
		return damaged(shown, fmt.Sprintf("%s is %d bytes, too short for a bolt file", file, info.Size()))
	}
	if err := checkBoltFile(file, info.Size()); err != nil {
		return damaged(shown, fmt.Errorf("%s: %w", file, err))
	}
	db, err := bolt.Open(file, 0o644, &bolt.Options{ReadOnly: true, Timeout: 200 * time.Millisecond})
	if errors.Is(err, bolt.ErrTimeout) {
		return fmt.Errorf("store %s is in use by another process (a bolt store allows one at a time)", shown)
	}
	if errors.Is(err, bolt.ErrInvalid) || errors.Is(err, bolt.ErrVersionMismatch) || errors.Is(err, bolt.ErrChecksum) {
		return damaged(shown, fmt.Errorf("%s: %w", file, err))
	}
	if err != nil {
		return fmt.Errorf("store %s: %w", shown, err)
	}
	return db.Close()
}

// boltLockWait bounds the wait for a bolt file's lock.
const boltLockWait = 5 * time.Second

// boltFile is the file Cayley's bolt backend keeps a store in.
const boltFile = "indexes.bolt"

// boltMmapSize is the memory map a bolt store starts with (see
// newFolderStore); bolt grows it by doubling up to 1 GiB, then by 1 GiB.
const boltMmapSize = 1 << 30

// boltMinSize is the least a bolt file holds: two meta pages, a free list
// and a root page, of at least 1 KiB each (bolt makes four pages of the
// system's page size).
const boltMinSize = 4 * 1024

// PostgreSQL.

// pgConnectTimeout bounds the wait for an unreachable server, which lib/pq
// would otherwise leave to the operating system (minutes).
const pgConnectTimeout = "10"

func openPostgres(addr string, create bool) (*Store, error) {
	shown := redact(addr)
	dsn, err := postgresDSN(addr)
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", shown, scrub(err, addr))
	}
	if create {
		err := cgraph.InitQuadStore(string(Postgres), dsn, nil)
		if err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			return nil, fmt.Errorf("store %s: create: %w", shown, scrub(err, addr))
		}
	} else {
		ok, err := postgresHasStore(dsn)
		if err != nil {
			return nil, fmt.Errorf("store %s: %w", shown, scrub(err, addr))
		}
		if !ok {
			return nil, fmt.Errorf("no store in %s (it has no Cayley tables): build one with 'sckg build PATH... --store URL'", shown)
		}
	}
	qs, err := cgraph.NewQuadStore(string(Postgres), dsn, nil)
	if err != nil {
		return nil, fmt.Errorf("store %s: open: %w", shown, scrub(err, addr))
	}
	return &Store{qs: qs, kind: Postgres, location: shown}, nil
}

// postgresDSN adds a connection timeout to the URL unless it has one.
func postgresDSN(addr string) (string, error) {
	u, err := url.Parse(addr)
	if err != nil {
		return "", err
	}
	q := u.Query()
	if q.Get("connect_timeout") == "" {
		q.Set("connect_timeout", pgConnectTimeout)
		u.RawQuery = q.Encode()
	}
	return u.String(), nil
}

// postgresHasStore tells whether the database has the tables Cayley makes.
func postgresHasStore(dsn string) (bool, error) {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return false, err
	}
	defer db.Close()
	var ok bool
	err = db.QueryRow(`SELECT to_regclass('quads') IS NOT NULL AND to_regclass('nodes') IS NOT NULL`).Scan(&ok)
	return ok, err
}

// redact shows a URL without its password.
func redact(addr string) string {
	if u, err := url.Parse(addr); err == nil {
		return u.Redacted()
	}
	return urlPassword.ReplaceAllString(addr, "${1}xxxxx@")
}

// scrub removes the URL's password from an error message, for the errors
// that quote the URL.
func scrub(err error, addr string) error {
	pass := ""
	if u, perr := url.Parse(addr); perr == nil {
		pass, _ = u.User.Password()
	} else if m := urlPassword.FindStringSubmatch(addr); m != nil {
		pass = strings.TrimSuffix(strings.TrimPrefix(m[0], m[1]), "@")
	}
	if pass == "" || !strings.Contains(err.Error(), pass) {
		return err
	}
	return errors.New(strings.ReplaceAll(err.Error(), pass, "xxxxx"))
}
