package extract

import (
	"strconv"
	"testing"
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
	// Names no state has, enough to fill the memo and have it forget.
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
	if len(memo.names) > stateNameMemoSize {
		t.Errorf("the memo holds %d names, more than its bound %d", len(memo.names), stateNameMemoSize)
	}
}
