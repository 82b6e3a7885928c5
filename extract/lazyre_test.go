package extract

import "testing"

// TestPatternsCompile compiles every pattern of the package, which the
// package no longer does as it starts: a pattern that does not compile
// fails here, not in the middle of a build.
func TestPatternsCompile(t *testing.T) {
	compilePatterns()
	for _, l := range lazyAll {
		if l.re == nil || l.re.String() != l.expr {
			t.Errorf("%s: not compiled as written", l.expr)
		}
	}
	for _, a := range anchoredAll {
		if a.re == nil {
			t.Errorf("%s: not compiled", a.expr)
		}
	}
	if len(lazyAll) < 40 || len(anchoredAll) < 30 {
		t.Errorf("only %d patterns and %d anchored patterns", len(lazyAll), len(anchoredAll))
	}
}
