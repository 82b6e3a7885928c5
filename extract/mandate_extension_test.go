package extract

import (
	"slices"
	"strings"
	"testing"
)

// checkExtension holds findExtension to extendRE on s, and the hand
// reader to the pattern past findExtension's gates.
func checkExtension(t *testing.T, s string) bool {
	t.Helper()
	want := extendRE.FindStringSubmatchIndex(s)
	if got := findExtension(s); !slices.Equal(got, want) {
		t.Fatalf("findExtension(%q) = %v, want %v", s, got, want)
	}
	if isASCII(s) {
		if got := extensionInASCII(s); !slices.Equal(got, want) {
			t.Fatalf("extensionInASCII(%q) = %v, want %v", s, got, want)
		}
	}
	return want != nil
}

// TestExtensionAsPattern holds the hand reader of extendRE to the pattern
// on the paragraphs of the corpora, every string of up to three of the
// pattern's pieces and their neighbours after each of six openings, and
// 20,000 drawn ones after each.
func TestExtensionAsPattern(t *testing.T) {
	matched := 0
	for _, s := range clauseSamples(t) {
		if checkExtension(t, s) {
			matched++
		}
	}
	pieces := []string{" ", "  ", "\n", "\t", ",", ".", ";", "x", "Force", "'s mandate", "'s", " mandate", "mandate of ", "stationing in Cyprus of ",
		"stationing in C of ", "the", " the,", "present ", "once more ", "until ", "UNTIL ", "ending ", "ending on ", "on ", "until", "30 June 2021",
		"1 may 19800", "123 June 2021", "30 J 2021", "3 June 202", " until 30 June 2021", " ending on 5 May 1990", "é",
		"expiring on ", "IS June 2021", "3l May 1980", "lll May 1980"}
	for _, opening := range []string{"Decides to extend ", "extends", "Renews once again, the present ", "decides to renew", "Extends once more the stationing in Cyprus of ", "Extend"} {
		eachStringOfPieces(pieces, 3, 14, uint64(len(opening)), func(s string) {
			if checkExtension(t, opening+s) {
				matched++
			}
		})
	}
	if matched < 1000 {
		t.Errorf("only %d extensions matched", matched)
	}
	// Long runs the group may start in or cross, with the match failing
	// or found late: each start must not read on to the end again.
	spaces := strings.Repeat(" ", 3000)
	for _, s := range []string{"extend" + spaces + "x; until 1 May 2020", "extend" + spaces + "x until 1 May 2020", "extend" + spaces + "x\n until 1 May 2020",
		"extend the mandate of" + spaces + strings.Repeat("x ", 2000) + ", until 1 May 2020", "extend " + strings.Repeat("'s mandate, ", 500) + ".until 1 May 2020"} {
		checkExtension(t, s)
	}
	// More dates than the reader keeps go to the pattern.
	many := "Decides to extend the mandate of X" + strings.Repeat(" until 1 May 2020", maxExtensionDates+1)
	if !checkExtension(t, many) {
		t.Errorf("no extension in %q", many)
	}
}

func FuzzExtensionAsPattern(f *testing.F) {
	for _, s := range []string{"Decides to extend the mandate of MINUSMA until 30 June 2021;",
		"Decides to renew the mandate of the Force for a period of six months, that is, until 19 June 1980;",
		"Extends once more the stationing in Cyprus of the United Nations Peace-keeping Force, for a further period ending 15 June 1969",
		"Decides to extend until 30 June 2021 the mandate of X until 31 Dec 2021",
		"Decides to extend the mandate of the Force for a period terminating on 5 October 1993 and to 31 May 1994"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkExtension(t, s) })
}

// BenchmarkExtensions reads the paragraphs of the corpora that pass
// findExtension's gates (some forty, nearly all extensions) by hand and
// with the pattern, as findExtension did before.
func BenchmarkExtensions(b *testing.B) {
	var paragraphs []string
	n := 0
	for _, s := range clauseSamples(&testing.T{}) {
		if extendRE.may(s) && opensWithExtension(s) && (containsASCIIFold(s, "until ") || containsASCIIFold(s, "ending ")) {
			paragraphs = append(paragraphs, s)
			n += len(s)
		}
	}
	b.Run("hand", func(b *testing.B) {
		benchBytes(b, int64(n), func() {
			for _, s := range paragraphs {
				extensionInASCII(s)
			}
		})
	})
	b.Run("pattern", func(b *testing.B) {
		benchBytes(b, int64(n), func() {
			for _, s := range paragraphs {
				extendRE.FindStringSubmatchIndex(s)
			}
		})
	})
}
