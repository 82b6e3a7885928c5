package store_test

import (
	"context"
	"encoding/binary"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/graph/store"
	"github.com/sckg/sckg/internal/storetest"
)

var maliBolt struct {
	once sync.Once
	dir  string
	err  error
}

// maliBoltFile is the indexes.bolt of a bolt store holding the Mali graph,
// made once, for the tests to copy and damage.
func maliBoltFile(t *testing.T) string {
	t.Helper()
	quads := storetest.MaliQuads(t)
	maliBolt.once.Do(func() {
		dir, err := os.MkdirTemp("", "sckg-bolt-")
		if err != nil {
			maliBolt.err = err
			return
		}
		maliBolt.dir = filepath.Join(dir, "store")
		st, err := store.Open("bolt:" + maliBolt.dir)
		if err != nil {
			maliBolt.err = err
			return
		}
		if _, err := st.ReplaceGraphs(context.Background(), quads); err != nil {
			maliBolt.err = err
		}
		if err := st.Close(); maliBolt.err == nil {
			maliBolt.err = err
		}
	})
	if maliBolt.err != nil {
		t.Fatal(maliBolt.err)
	}
	return filepath.Join(maliBolt.dir, "indexes.bolt")
}

func TestMain(m *testing.M) {
	code := m.Run()
	if maliBolt.dir != "" {
		os.RemoveAll(filepath.Dir(maliBolt.dir))
	}
	os.Exit(code)
}

// copyStore copies the Mali bolt store into a new folder and lets damage
// change its file.
func copyStore(t *testing.T, damage func(file *os.File)) string {
	t.Helper()
	src, err := os.Open(maliBoltFile(t))
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	dir := filepath.Join(t.TempDir(), "store")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	dst, err := os.Create(filepath.Join(dir, "indexes.bolt"))
	if err != nil {
		t.Fatal(err)
	}
	defer dst.Close()
	if _, err := io.Copy(dst, src); err != nil {
		t.Fatal(err)
	}
	damage(dst)
	return dir
}

// overwrite writes 16 KiB of garbage at offset.
func overwrite(offset int64) func(*os.File) {
	return func(f *os.File) {
		garbage := make([]byte, 16<<10)
		for i := range garbage {
			garbage[i] = byte(i*37 + 11)
		}
		if _, err := f.WriteAt(garbage, offset); err != nil {
			panic(err)
		}
	}
}

// overwriteFreeList writes garbage over the page that the newer meta
// page names as the free list, which bolt reads while it opens the file.
func overwriteFreeList(f *os.File) {
	// The page size is the first meta page's (bolt makes the file with
	// the system's), at offset 16 of the page, 8 of the meta.
	var meta [2][64]byte
	if _, err := f.ReadAt(meta[0][:], 16); err != nil {
		panic(err)
	}
	pageSize := int64(binary.LittleEndian.Uint32(meta[0][8:]))
	if _, err := f.ReadAt(meta[1][:], pageSize+16); err != nil {
		panic(err)
	}
	newer := meta[0]
	if binary.LittleEndian.Uint64(meta[1][48:]) > binary.LittleEndian.Uint64(meta[0][48:]) {
		newer = meta[1]
	}
	freeList := int64(binary.LittleEndian.Uint64(newer[32:]))
	garbage := make([]byte, pageSize)
	for i := range garbage {
		garbage[i] = 0xff
	}
	if _, err := f.WriteAt(garbage, freeList*pageSize); err != nil {
		panic(err)
	}
}

// assertUnlocked fails if any open file of this process holds a lock on
// path.
func assertUnlocked(t *testing.T, path string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		t.Fatalf("%s is still locked after the failed opens: %v", path, err)
	}
	syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
}

func truncate(size int64) func(*os.File) {
	return func(f *os.File) {
		if err := f.Truncate(size); err != nil {
			panic(err)
		}
	}
}

// A bolt file damaged on disk is an error that says the store is damaged
// and how to make it again, whether it is opened to read or to build, and
// never a panic (bolt's cursor indexes out of range on such a file while
// Cayley fills its bloom filter; a truncated file faults).
func TestDamagedBoltStore(t *testing.T) {
	for _, c := range []struct {
		name   string
		damage func(*os.File)
	}{
		{"pages overwritten", overwrite(3 * 4096)},
		{"meta pages overwritten", overwrite(0)},
		{"truncated", truncate(100_000)},
		{"empty", truncate(0)},
		{"free list overwritten", overwriteFreeList},
		{"cut after the meta pages", truncate(2 * int64(os.Getpagesize()))},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := copyStore(t, c.damage)
			for name, open := range map[string]func(string) (*store.Store, error){"OpenExisting": store.OpenExisting, "Open": store.Open} {
				st, err := open(dir)
				if err == nil {
					st.Close()
					t.Fatalf("%s opened a damaged store", name)
				}
				want := "the store is damaged"
				if !errors.Is(err, store.ErrDamaged) || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "rebuild it with 'sckg build PATH... --store "+dir+"'") {
					t.Errorf("%s: %v\nwant %q and how to rebuild", name, err, want)
				}
				// A lock left behind by a failed open would make the next
				// open of the rebuilt store wait for ever (bolt's lock has
				// no timeout in Cayley's open).
				assertUnlocked(t, filepath.Join(dir, "indexes.bolt"))
			}
		})
	}
}

// failAfter makes the load end with an error after n batches, as a crash
// would, with batches of 1,000 changes.
func failAfter(t *testing.T, n int) {
	t.Helper()
	saved, savedBatch := *store.AfterBatch, *store.DeltaBatch
	t.Cleanup(func() { *store.AfterBatch, *store.DeltaBatch = saved, savedBatch })
	*store.DeltaBatch = 1000
	batches := 0
	*store.AfterBatch = func() error {
		batches++
		if batches == n {
			return errors.New("the load was cut short")
		}
		return nil
	}
}

func noHooks() { *store.AfterBatch = nil }

// A load that stops halfway, by an error, a kill or a cancelled context,
// leaves the store marked: reading commands are refused it with the
// reason and the way out, a build may open it, and the next complete load
// clears the mark and leaves exactly the graph in the store.
func TestUnfinishedLoad(t *testing.T) {
	mali := storetest.MaliQuads(t)
	want := sortedNQuads(t, mali)
	for _, b := range storetest.Backends {
		if b.Name == "memory" {
			continue // gone when closed: nothing to reopen
		}
		t.Run(b.Name, func(t *testing.T) {
			loc := b.New(t)
			load := func(ctx context.Context) error {
				st, err := store.Open(loc)
				if err != nil {
					t.Fatal(err)
				}
				defer st.Close()
				_, err = st.ReplaceGraphs(ctx, mali)
				return err
			}
			checkUnfinished := func(when string) {
				t.Helper()
				st, err := store.OpenExisting(loc)
				if err == nil {
					st.Close()
					t.Fatalf("%s: the store opens as if complete", when)
				}
				if !errors.Is(err, store.ErrUnfinished) || !strings.Contains(err.Error(), "the last build of this store did not finish") || !strings.Contains(err.Error(), "rebuild it with 'sckg build PATH... --store ") {
					t.Errorf("%s: %v", when, err)
				}
			}
			checkComplete := func(when string) {
				t.Helper()
				st, err := store.OpenExisting(loc)
				if err != nil {
					t.Fatalf("%s: %v", when, err)
				}
				defer st.Close()
				if got := storeNQuads(t, st); got != want {
					t.Errorf("%s: the store differs from the graph:\n%s", when, lineDiff(got, want))
				}
			}

			// cut short after the first of 23 batches
			failAfter(t, 1)
			if err := load(context.Background()); err == nil || !strings.Contains(err.Error(), "cut short") {
				t.Fatalf("the load that fails halfway: %v", err)
			}
			noHooks()
			checkUnfinished("after a load cut short")
			if err := load(context.Background()); err != nil {
				t.Fatal(err)
			}
			checkComplete("after the rebuild")

			// a context ended: the load stops before its next batch
			other := append([]rdf.Quad(nil), mali[:len(mali)/2]...)
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			st, err := store.Open(loc)
			if err != nil {
				t.Fatal(err)
			}
			_, err = st.ReplaceGraphs(ctx, other)
			st.Close()
			if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "marked unfinished") {
				t.Errorf("a cancelled load: %v", err)
			}
			checkUnfinished("after a cancelled load")
			if err := load(context.Background()); err != nil {
				t.Fatal(err)
			}
			checkComplete("after the rebuild")

			// cut short after its last change, before the mark is cleared: the
			// same load again has nothing left to change and clears it
			failAfter(t, 1)
			*store.DeltaBatch = 100_000 // one batch: the removals of other's graphs
			loadOther := func() error {
				st, err := store.Open(loc)
				if err != nil {
					t.Fatal(err)
				}
				defer st.Close()
				_, err = st.ReplaceGraphs(context.Background(), other)
				return err
			}
			if err := loadOther(); err == nil {
				t.Fatal("the load with a failing hook succeeded")
			}
			checkUnfinished("after a load cut short after its last batch")
			if err := loadOther(); err != nil {
				t.Fatal(err)
			}
			noHooks()
			if st, err := store.OpenExisting(loc); err != nil {
				t.Errorf("an unchanged load did not clear the mark: %v", err)
			} else {
				st.Close()
			}
			if err := load(context.Background()); err != nil {
				t.Fatal(err)
			}
			checkComplete("after the rebuild")
		})
	}
}
