package extract

import (
	"os"
	"testing"
)

// Releasing each Source once it is read, as sckg build does, changes
// nothing of what the next files' extraction finds: every file of the
// corpora dumps the same as when no Source is released (only a file with
// no document then hands its arena back). The arenas are reused (fewer
// than the files), on two goroutines. Each Source is dumped before its
// release: that nothing reads one after is what
// TestReleasedSourcesBuildTheSame (cmd/sckg) checks.
func TestReleasedArenasChangeNothing(t *testing.T) {
	for _, dir := range []string{seeds, "../testdata/crunsc", "../testdata/html", "../testdata/bad", devCorpus} {
		if _, err := os.Stat(dir); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s is missing: %v", dir, err)
			}
			continue
		}
		inputs, errs := Collect([]string{dir})
		if len(errs) > 0 {
			t.Fatal(errs[0])
		}
		want, _ := dumpsReleasing(t, inputs, false)
		got, arenas := dumpsReleasing(t, inputs, true)
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("%s: %s is extracted otherwise in a reused arena", dir, inputs[i].Name)
			}
		}
		if len(inputs) > 8 && arenas >= len(inputs) {
			t.Errorf("%s: %d files made in %d arenas: none was reused", dir, len(inputs), arenas)
		}
	}
}

// dumpsReleasing is the dump of each input's extraction, on two
// goroutines, each Source released once dumped when release is set, and
// how many arenas the Sources were made in.
func dumpsReleasing(t *testing.T, inputs []Input, release bool) ([]string, int) {
	x := New(nil, Options{Jobs: 2})
	var dumps []string
	arenas := map[*fileArena]bool{}
	err := x.FilesEach(inputs, func(r Result) error {
		dumps = append(dumps, dumpResult(r))
		if r.Source != nil {
			arenas[r.Source.arena] = true
			if release {
				r.Source.Release()
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return dumps, len(arenas)
}
