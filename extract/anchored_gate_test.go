package extract

import (
	"strings"
	"testing"
)

// anchoredSamples is every line of dev and the seeds, and the rest of
// each after its first space: the texts the anchored patterns read are
// lines, blocks, paragraphs and rests of them. Without dev, the seeds
// alone.
func anchoredSamples(tb testing.TB) []string {
	inputs := seedInputs(tb)
	if dev, err := devInputsIfPresent(tb); err == nil {
		inputs = append(dev, inputs...)
	} else {
		tb.Logf("the seeds alone: %v", err)
	}
	var out []string
	for _, in := range inputs {
		for _, l := range strings.Split(string(in.data), "\n") {
			out = append(out, l)
			if i := strings.IndexByte(l, ' '); i >= 0 {
				out = append(out, l[i:])
			}
		}
	}
	return out
}

// BenchmarkAnchored runs every anchored pattern on every line of dev and
// the seeds and on the rest of each after its first space, as
// MatchString: the gate, and the expression where the gate lets a text
// through.
func BenchmarkAnchored(b *testing.B) {
	samples := anchoredSamples(b)
	compilePatterns()
	var n int64
	for _, s := range samples {
		n += int64(len(s))
	}
	benchBytes(b, n, func() {
		for _, a := range anchoredAll {
			for _, s := range samples {
				a.MatchString(s)
			}
		}
	})
}

// TestAnchoredGateAdmitsMatches holds every anchored pattern's gate to
// its expression: no text the expression matches is turned away. The
// texts: the lines of dev and the seeds and their rests; those a
// pattern matches cut after every byte of their first dozen, and with
// each of those bytes changed to bytes the patterns read; and every string of up to four
// bytes of such (TestAnchoredFirstBytes reads the corpora's paragraphs
// and clauses). As a gate that lets every text through would pass that,
// each must also turn away most of the texts its expression does not
// match (checkGateTurnsAway).
func TestAnchoredGateAdmitsMatches(t *testing.T) {
	compilePatterns()
	const alphabet = "05 1/-A(S).,Ieé:\"\n"
	samples := anchoredSamples(t)
	var made []string
	for _, s := range samples {
		if !matchedByAnyAnchored(s) {
			continue // changed, it would be far from any match
		}
		for k := 1; k <= len(s) && k <= 12; k++ {
			made = append(made, s[:k])
			for _, c := range []byte(alphabet) {
				made = append(made, s[:k-1]+string(c)+s[k:])
			}
		}
	}
	var grow func(prefix string, n int)
	grow = func(prefix string, n int) {
		made = append(made, prefix)
		if n > 0 {
			for _, c := range []string{"0", "5", " ", "1", "/", "-", "A", "S", "(", ")", ".", "I", "e", "é", "\xff"} {
				grow(prefix+c, n-1)
			}
		}
	}
	grow("", 4)
	samples = append(samples, made...)
	for _, a := range anchoredAll {
		unmatched, turnedAway := 0, 0
		for _, s := range samples {
			switch may, matches := a.may(s), a.re.MatchString(s); {
			case matches && !may:
				t.Fatalf("%s matches %q but its gate turns it away", a.expr, s)
			case !matches:
				unmatched++
				if !may {
					turnedAway++
				}
			}
		}
		checkGateTurnsAway(t, a, unmatched, turnedAway)
	}
}

// checkGateTurnsAway holds a's gate to what it is for: of the samples the
// expression does not match, it turned away turnedAway. Every pattern's
// turns away 86% or more of them (70% of the seeds' alone, without dev);
// one that turns away fewer than half, or a gate that lets every text
// through, has lost its use.
func checkGateTurnsAway(t *testing.T, a *anchoredRE, unmatched, turnedAway int) {
	t.Helper()
	if unmatched == 0 || 2*turnedAway < unmatched {
		t.Errorf("%s: its gate turns away %d of the %d samples it does not match", a.expr, turnedAway, unmatched)
	}
}

// FuzzAnchoredGateAdmitsMatches is TestAnchoredGateAdmitsMatches on any
// text.
func FuzzAnchoredGateAdmitsMatches(f *testing.F) {
	for _, s := range []string{"12 Requests", "S/2021/5", "5/1946/1", "Adopted by the Security Council at its 8809th meeting, on 29 June 2021", " (FC-G5S)", "A/75/1", "Annex I", "IV"} {
		f.Add(s)
	}
	compilePatterns()
	f.Fuzz(func(t *testing.T, s string) {
		for _, a := range anchoredAll {
			if !a.may(s) && a.re.MatchString(s) {
				t.Fatalf("%s matches %q but its gate turns it away", a.expr, s)
			}
		}
	})
}

func matchedByAnyAnchored(s string) bool {
	for _, a := range anchoredAll {
		if a.re.MatchString(s) {
			return true
		}
	}
	return false
}
