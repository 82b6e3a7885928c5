package ontology

import (
	"sort"
	"testing"
	"unicode/utf8"
)

// NearestState looks only at the names filed under a name's length and
// its first or last rune. It must find what trying every name finds, for
// names one or two edits from a state's and for names of no state.
func TestNearestStateAsEveryName(t *testing.T) {
	statesOnce.Do(loadStates)
	names := make([]string, 0, len(stateNames))
	for n := range stateNames {
		names = append(names, n)
	}
	sort.Strings(names)
	var queries []string
	for i, n := range names {
		if i%15 != 0 {
			continue
		}
		r := []rune(n)
		for _, at := range []int{0, 1, len(r) / 2, len(r) - 2, len(r) - 1} {
			if at < 0 || at >= len(r) {
				continue
			}
			queries = append(queries,
				string(r[:at])+string(r[at+1:]),         // dropped
				string(r[:at])+"x"+string(r[at+1:]),     // changed
				string(r[:at])+"é"+string(r[at:]),       // added
				string(r[:at])+"xy"+string(r[at+1:]),    // two edits
				string(r[:at])+string(r[at+1:])+"\xff",  // bad UTF-8
				string(r[:at])+"\xffz"+string(r[at+1:]), // bad UTF-8
			)
		}
	}
	queries = append(queries, "Matta", "United Kingdom of Great Britan", "Cuba and Yemen", "abcde", "ffffff", "")
	for _, q := range queries {
		got, gotOK := NearestState(q)
		want, wantOK := nearestByEveryName(q)
		if gotOK != wantOK || gotOK && got.Alpha3 != want.Alpha3 {
			t.Errorf("NearestState(%q) = %v, %v; every name gives %v, %v", q, got, gotOK, want, wantOK)
		}
	}
}

// nearestByEveryName is NearestState as it was: every name tried, by the
// comparison of runes it made.
func nearestByEveryName(name string) (*State, bool) {
	folded := foldName(name)
	if utf8.RuneCountInString(folded) < 5 {
		return nil, false
	}
	found := ""
	for known, code := range stateNames {
		if !withinOneEditByRunes(folded, known) {
			continue
		}
		if found != "" && found != code {
			return nil, false
		}
		found = code
	}
	if found == "" {
		return nil, false
	}
	return states[found], true
}

func withinOneEditByRunes(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	if len(rb)-len(ra) > 1 {
		return false
	}
	i := 0
	for i < len(ra) && ra[i] == rb[i] {
		i++
	}
	if len(ra) == len(rb) {
		return string(ra[i+min(1, len(ra)-i):]) == string(rb[i+min(1, len(rb)-i):])
	}
	return string(ra[i:]) == string(rb[i+1:])
}

func TestWithinOneEdit(t *testing.T) {
	words := []string{"", "a", "ab", "ba", "abc", "abd", "acb", "bc", "ac", "abcd", "mali", "malta", "matta", "malte", "maltaa", "é", "éa", "ae", "\xff", "\xfe", "a\xff", "a\xfe", "中国", "中国人", "国"}
	for _, a := range words {
		for _, b := range words {
			if got, want := withinOneEdit(a, b), withinOneEditByRunes(a, b); got != want {
				t.Errorf("withinOneEdit(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}

func TestAppendFoldedASCII(t *testing.T) {
	for _, s := range []string{"", " ", "Cuba", "  Cuba  and\tYemen\n", "The Gambia", "THE  Gambia", "the\tGambia", "Theocracy", "the", "the ", " The x",
		"The", "a\vb\fc\rd", "Côte d'Ivoire", "x\u00a0y", "\xff", "Union of Soviet Socialist Republics", "_", "A_B"} {
		got, ok := appendFoldedASCII([]byte("pre"), s)
		if !ok {
			if isASCIIForTest(s) || string(got) != "pre" {
				t.Errorf("appendFoldedASCII(%q) refused", s)
			}
			continue
		}
		if want := "pre" + foldNameReference(s); string(got) != want {
			t.Errorf("appendFoldedASCII(%q) = %q, want %q", s, got, want)
		}
	}
}

func isASCIIForTest(s string) bool {
	for _, c := range []byte(s) {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
