package ontology

import (
	"strings"
	"testing"

	"github.com/sckg/sckg/internal/cputime"
)

// foldNameReference is foldName as it was written first: the
// specification of the passes that replaced it.
func foldNameReference(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "the ")
	return strings.Join(strings.Fields(s), " ")
}

var foldNameCases = []string{"", " ", "the", "the ", "The  Gambia", "the\tGambia", "THE\u00a0Gambia", "  Côte  d'Ivoire ",
	"Côte d'Ivoire", "Côte\td'Ivoire", "ТHE x", "\u0130stanbul", "\u212aelvin", "x\u00a0y", "x \u3000y", "\xff", "a\xffb", " \xff ",
	"中国", "中 国", "Fédération de Russie", "Российская Федерация", "the Российская", "The\u2028x", "\u0085x\u0085"}

func TestFoldNameAsReference(t *testing.T) {
	statesOnce.Do(loadStates)
	names := append([]string(nil), foldNameCases...)
	for _, st := range states {
		for _, p := range st.Pref {
			names = append(names, p, " "+p+"  ", "The "+p, strings.ReplaceAll(p, " ", "  "))
		}
		for _, alts := range st.Alt {
			names = append(names, alts...)
		}
	}
	for _, s := range names {
		if got, want := foldName(s), foldNameReference(s); got != want {
			t.Errorf("foldName(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzFoldName(f *testing.F) {
	for _, s := range foldNameCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := foldName(s), foldNameReference(s); got != want {
			t.Errorf("foldName(%q) = %q, want %q", s, got, want)
		}
	})
}

// BenchmarkLoadStates is what the first look-up of a state costs, which
// every command that reads names pays as it starts.
// With near names, it is what the first NearestState costs too.
func BenchmarkLoadStates(b *testing.B) {
	for _, near := range []bool{false, true} {
		b.Run(map[bool]string{false: "states", true: "with-near-names"}[near], func(b *testing.B) {
			b.ReportAllocs()
			start := cputime.Used()
			for b.Loop() {
				loadStates()
				if near {
					indexNearNames()
				}
			}
			b.ReportMetric(float64((cputime.Used()-start).Microseconds())/1000/float64(b.N), "cpu-ms/op")
		})
	}
}
