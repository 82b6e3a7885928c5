package extract

import (
	"regexp"
	"sync"
)

// lazyRE is a regular expression compiled when first used, as anchoredRE
// is: compiling the package's fifty patterns as it started cost every sckg
// command, and most extract nothing. An Extractor has them compiled on a
// goroutine of its own as it is made (startCompiling).
type lazyRE struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
}

// lazyAll lists every lazyRE made, for compilePatterns.
var lazyAll []*lazyRE

// lazyRegexp is the pattern expr, compiled when first used; the pattern
// must compile, as regexp.MustCompile's (TestPatternsCompile).
func lazyRegexp(expr string) *lazyRE {
	l := &lazyRE{expr: expr}
	lazyAll = append(lazyAll, l)
	return l
}

// get returns the compiled pattern.
func (l *lazyRE) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.expr) })
	return l.re
}

// String is the pattern's source text, as regexp.Regexp.String gives it,
// without compiling it.
func (l *lazyRE) String() string { return l.expr }

// The methods of regexp.Regexp that extraction asks of a pattern.

func (l *lazyRE) MatchString(s string) bool      { return l.get().MatchString(s) }
func (l *lazyRE) FindString(s string) string     { return l.get().FindString(s) }
func (l *lazyRE) FindStringIndex(s string) []int { return l.get().FindStringIndex(s) }
func (l *lazyRE) FindStringSubmatch(s string) []string {
	return l.get().FindStringSubmatch(s)
}
func (l *lazyRE) FindStringSubmatchIndex(s string) []int {
	return l.get().FindStringSubmatchIndex(s)
}
func (l *lazyRE) FindAllStringIndex(s string, n int) [][]int {
	return l.get().FindAllStringIndex(s, n)
}
func (l *lazyRE) FindAllStringSubmatch(s string, n int) [][]string {
	return l.get().FindAllStringSubmatch(s, n)
}
func (l *lazyRE) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return l.get().FindAllStringSubmatchIndex(s, n)
}
func (l *lazyRE) ReplaceAllString(src, repl string) string {
	return l.get().ReplaceAllString(src, repl)
}
func (l *lazyRE) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return l.get().ReplaceAllStringFunc(src, repl)
}
