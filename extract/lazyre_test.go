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
	// A floor, not a count: the patterns register themselves as the
	// package starts, and hand readers replace some of them now and then.
	if len(lazyAll) < 30 || len(anchoredAll) < 25 {
		t.Errorf("only %d patterns and %d anchored patterns", len(lazyAll), len(anchoredAll))
	}
}
