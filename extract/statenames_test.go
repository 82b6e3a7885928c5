package extract

import (
	"reflect"
	"slices"
	"strconv"
	"testing"
	"time"
)

// voteNameRuns is every run of up to four names of every list of states
// of the adoption lines of the development corpus and the seeds, cleaned
// as statesOf asks for it, with the dates of their votes.
func voteNameRuns(t *testing.T) (runs []string) {
	eachAdoptionBlock(append(devInputs(t), seedInputs(t)...), func(p *part, k int) {
		runs = append(runs, nameRunsOf(p.blocks[k].t.s)...)
	})
	return runs
}

// nameRunsOf is every run of up to four names between the separators of
// statesOf in s, taken as a list of names whole.
func nameRunsOf(s string) (runs []string) {
	var names [][2]int
	at := 0
	for from := 0; ; {
		start, end := nextStateListSep(s, from)
		if start < 0 {
			break
		}
		names = append(names, [2]int{at, start})
		at, from = end, end
	}
	names = append(names, [2]int{at, len(s)})
	for a := range names {
		for c := a; c < len(names) && c <= a+3; c++ {
			runs = append(runs, cleanStateName(s[names[a][0]:names[c][1]]))
		}
	}
	return runs
}

// TestStateNamedRemembersWhatTablesSay holds the memo of stateNamed to the
// state tables for every name run of the corpora's vote lines, asked on
// days before and after China's seat changed, in both orders, so that a
// name remembered from one day answers as the tables do on the other.
func TestStateNamedRemembersWhatTablesSay(t *testing.T) {
	runs := append(voteNameRuns(t), "China", "china", "the China", "Chína", "Chinaa", "Republic of China",
		"People's Republic of China", "Cuba and Yemen", "Matta", "Germany, Federal Republic of", "")
	if len(runs) < 500 {
		t.Fatalf("only %d name runs in the corpora", len(runs))
	}
	// Names no state has, enough to fill the memo, past which names are
	// asked of the tables.
	for i := 0; i < stateNameMemoSize+100; i++ {
		runs = append(runs, "Nowhere "+strconv.Itoa(i))
	}
	days := []string{"1960-05-01", "2001-01-01", "", "1971-10-24", "1971-10-25", "not a date"}
	var memo stateNameMemo
	for pass := 0; pass < 2; pass++ {
		for k, name := range runs {
			for d := range days {
				day := days[(d+k+pass)%len(days)]
				st, repaired, ok := memo.stateNamed(name, day)
				wantSt, wantRepaired, wantOK := lookupStateNamed(name, day)
				if st != wantSt || repaired != wantRepaired || ok != wantOK {
					t.Fatalf("stateNamed(%q, %q) = %v, %v, %v; the tables say %v, %v, %v", name, day, st, repaired, ok, wantSt, wantRepaired, wantOK)
				}
			}
		}
	}
	// Enough days around China's change of seat to fill the memo of the
	// names asked about by the day.
	first := time.Date(1966, 1, 1, 0, 0, 0, 0, time.UTC)
	for pass := 0; pass < 2; pass++ {
		for i := 0; i < stateNameMemoSize+100; i++ {
			day := first.AddDate(0, 0, i*3+pass).Format("2006-01-02")
			st, repaired, ok := memo.stateNamed("China", day)
			wantSt, wantRepaired, wantOK := lookupStateNamed("China", day)
			if st != wantSt || repaired != wantRepaired || ok != wantOK {
				t.Fatalf("stateNamed(China, %q) = %v, %v, %v; the tables say %v, %v, %v", day, st, repaired, ok, wantSt, wantRepaired, wantOK)
			}
		}
	}
	// Both were asked more than their bound: each fills to it, and no
	// further.
	if len(memo.onDay) != stateNameMemoSize {
		t.Errorf("the memo holds %d names on days; its bound is %d", len(memo.onDay), stateNameMemoSize)
	}
	if len(memo.names) != stateNameMemoSize {
		t.Errorf("the memo holds %d names; its bound is %d", len(memo.names), stateNameMemoSize)
	}
}

// TestAppendStatesOfAsAppend holds appendStatesOf to appending what
// statesOf reads, onto nothing and onto a list read before, for every
// adoption line of the corpora taken as a list of names and for the runs
// of names in them.
func TestAppendStatesOfAsAppend(t *testing.T) {
	noWarn := func(Warning) {}
	var lists []string
	eachAdoptionBlock(append(devInputs(t), seedInputs(t)...), func(p *part, k int) {
		lists = append(lists, p.blocks[k].t.s)
	})
	lists = append(lists, voteNameRuns(t)...)
	lists = append(lists, "", " , and ", "Cuba and Yemen", "China, France; the Matta")
	var memo stateNameMemo
	prefix := statesOf("France, Cuba", "1980-01-01", nil, noWarn)
	for _, list := range lists {
		want := statesOf(list, "1980-01-01", nil, noWarn)
		if got := appendStatesOf(nil, list, "1980-01-01", &memo, noWarn); !reflect.DeepEqual(got, want) {
			t.Fatalf("appendStatesOf(nil, %q) = %v, want %v", list, got, want)
		}
		before := slices.Clip(slices.Clone(prefix))
		if got, want := appendStatesOf(before, list, "1980-01-01", &memo, noWarn), append(slices.Clone(prefix), want...); !reflect.DeepEqual(got, want) {
			t.Fatalf("appendStatesOf(%v, %q) = %v, want %v", prefix, list, got, want)
		}
	}
}

// FuzzCleanStateNameAsUngated holds cleanStateName, its quotes replaced
// only in a name with a byte of one and its edges trimmed by hand, to the
// replacing and strings.Trim on every input.
func FuzzCleanStateNameAsUngated(f *testing.F) {
	for _, s := range []string{"the Côte d’Ivoire.", " 'Chad' ", "\"Cuba\"", "..", "\xe2\x80", "the  ."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := cleanStateName(s), cleanStateNameUngated(s); got != want {
			t.Fatalf("cleanStateName(%q) = %q, want %q", s, got, want)
		}
	})
}
