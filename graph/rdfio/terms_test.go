package rdfio

import (
	"bytes"
	"fmt"
	"math/rand"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// The patterns the hand-written checks implement (terms.go).
var (
	safeLocalNamePattern = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_-]*$`)
	prefixNamePattern    = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9_-]*)?$`)
	iriSchemePattern     = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*:`)
	langTagPattern       = regexp.MustCompile(`^[A-Za-z]+(-[A-Za-z0-9]+)*$`)
	blankPattern         = regexp.MustCompile(`^[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?$`)
)

// checkIRIByPattern is checkIRI as it was written with a pattern.
func checkIRIByPattern(s string) bool {
	if !iriSchemePattern.MatchString(s) || !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if r <= 0x20 || strings.ContainsRune(iriForbidden, r) {
			return false
		}
	}
	return true
}

// syntaxSamples are every string of up to three characters of an
// alphabet that holds one character of each class the patterns tell
// apart, and random longer ones.
func syntaxSamples() []string {
	alphabet := []string{"a", "Z", "0", "_", "-", ".", "+", ":", "/", "#", " ", "\x00", "\x7f", ">", "\\", "é", "\xff", "@"}
	samples := []string{""}
	level := []string{""}
	for range 3 {
		var next []string
		for _, s := range level {
			for _, c := range alphabet {
				next = append(next, s+c)
			}
		}
		samples = append(samples, next...)
		level = next
	}
	rng := rand.New(rand.NewSource(1))
	for range 20000 {
		var b strings.Builder
		for range 4 + rng.Intn(12) {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		samples = append(samples, b.String(), "http:"+b.String(), "en-"+b.String())
	}
	return samples
}

func TestSyntaxChecks(t *testing.T) {
	for _, s := range syntaxSamples() {
		for _, c := range []struct {
			name      string
			got, want bool
		}{
			{"isSafeLocalName", isSafeLocalName(s), safeLocalNamePattern.MatchString(s)},
			{"isSafeLocalName([]byte)", isSafeLocalName([]byte(s)), safeLocalNamePattern.MatchString(s)},
			{"isPrefixName", isPrefixName(s), prefixNamePattern.MatchString(s)},
			{"hasScheme", hasScheme(s), iriSchemePattern.MatchString(s)},
			{"isLangTag", isLangTag(s), langTagPattern.MatchString(s)},
			{"isBlankLabel", isBlankLabel(s), blankPattern.MatchString(s)},
			{"checkIRI", checkIRI(s) == nil, checkIRIByPattern(s)},
		} {
			if c.got != c.want {
				t.Errorf("%s(%q) = %v, the pattern says %v", c.name, s, c.got, c.want)
			}
		}
	}
}

// TestCheckerRemembers: a checker that remembers the IRIs it accepted
// accepts and refuses what checkIRI does, whatever came before.
func TestCheckerRemembers(t *testing.T) {
	samples := syntaxSamples()
	rng := rand.New(rand.NewSource(2))
	var c checker
	for range 3 * len(samples) {
		s := samples[rng.Intn(len(samples))]
		if got, want := c.iri(s) == nil, checkIRI(s) == nil; got != want {
			t.Fatalf("checker accepts %q: %v; checkIRI: %v", s, got, want)
		}
	}
}

// quoteByRunes is appendQuoted as it was written, a rune at a time.
func quoteByRunes(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case '"':
			b.WriteString(`\"`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 || r == 0x7f {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

func TestAppendQuoted(t *testing.T) {
	for _, s := range append(syntaxSamples(), "Decides \"to\"\n\r\t\\ \x01\x1f\x7f 安全 \u2028") {
		if !utf8.ValidString(s) {
			continue // refused before it is quoted
		}
		if got, want := string(appendQuoted(nil, s)), quoteByRunes(s); got != want {
			t.Errorf("appendQuoted(%q) = %s, want %s", s, got, want)
		}
	}
}

// compareTerms is the order of terms the records keep: by kind, value,
// and N-Triples form.
func compareTerms(a, b rdfTerm) int {
	if a.kind != b.kind {
		return a.kind - b.kind
	}
	if c := strings.Compare(a.value, b.value); c != 0 {
		return c
	}
	return strings.Compare(a.nt(), b.nt())
}

// compareStatements is the order of a grouped file: the default graph
// first, then named graphs; subjects; rdf:type before other
// predicates, the others by IRI; objects.
func compareStatements(a, b [4]*rdfTerm) int {
	if (a[0] == nil) != (b[0] == nil) {
		if a[0] == nil {
			return -1
		}
		return 1
	}
	if a[0] != nil {
		if c := compareTerms(*a[0], *b[0]); c != 0 {
			return c
		}
	}
	if c := compareTerms(*a[1], *b[1]); c != 0 {
		return c
	}
	if at, bt := a[2].value == rdfTypeIRI, b[2].value == rdfTypeIRI; at != bt {
		if at {
			return -1
		}
		return 1
	}
	if c := strings.Compare(a[2].value, b[2].value); c != 0 {
		return c
	}
	return compareTerms(*a[3], *b[3])
}

func sign(n int) int { return max(-1, min(1, n)) }

// TestRecordOrder: records compare as the statements they hold, and
// read back as those statements, whatever bytes their values hold
// (0x00 and 0x01 among them, and values that are prefixes of others).
func TestRecordOrder(t *testing.T) {
	rng := rand.New(rand.NewSource(13))
	values := []string{"", "a", "a\x00", "a\x00b", "a\x01", "ab", "a\xff", "b", "\x00", "\x00\x01"}
	iris := []string{"http://a/", "http://a/b", "http://a/#", "http://a/b(1)", "http://a/b(1)x", "http://a/b#", "http://a", "http:/", rdfTypeIRI}
	randomTerm := func(literals bool) rdfTerm {
		switch n := rng.Intn(4); {
		case n == 0:
			return rdfTerm{kind: kindBlank, value: []string{"b0", "b1", "b"}[rng.Intn(3)]}
		case n == 1 && literals:
			l := rdfTerm{kind: kindLiteral, value: values[rng.Intn(len(values))]}
			switch rng.Intn(4) {
			case 0:
				l.lang = []string{"en", "en-GB", "e"}[rng.Intn(3)]
			case 1:
				l.datatype = iris[rng.Intn(len(iris))]
			}
			return l
		default:
			return rdfTerm{kind: kindIRI, value: iris[rng.Intn(len(iris))]}
		}
	}
	randomStatement := func() [4]*rdfTerm {
		var st [4]*rdfTerm
		if rng.Intn(2) == 0 {
			g := randomTerm(false)
			st[0] = &g
		}
		s, p, o := randomTerm(false), rdfTerm{kind: kindIRI, value: iris[rng.Intn(len(iris))]}, randomTerm(true)
		st[1], st[2], st[3] = &s, &p, &o
		return st
	}
	// The namespaces coded: none, ones that begin the IRIs or end
	// inside them, and ones that others begin (newNamespaceCodes keeps
	// the shorter).
	for _, namespaces := range [][]string{nil, {"http://a/"}, {"http://a/b"}, {"http://a/b", "http://a/#", "http://"}, {"http://a/b(", "http://a/b(1)", rdfTypeIRI}, {"h", "http://a/b(1)x"}} {
		codes := newRecordCodes(namespaces)
		record := func(st [4]*rdfTerm) []byte {
			rec, _ := appendRecord(nil, codes, st[0], &checkedTriple{*st[1], *st[2], *st[3]})
			return rec
		}
		for range 20000 {
			a, b := randomStatement(), randomStatement()
			ra, rb := record(a), record(b)
			if got, want := sign(bytes.Compare(ra, rb)), sign(compareStatements(a, b)); got != want {
				t.Fatalf("namespaces %q: records of %s and %s compare %d, the statements %d", namespaces, statementString(a), statementString(b), got, want)
			}
			st := statement{codes: codes}
			st.readChange(ra, nil)
			if _, head := appendRecord(nil, codes, a[0], &checkedTriple{*a[1], *a[2], *a[3]}); head != st.subjectEnd {
				t.Fatalf("%s: appendRecord's head %d, read %d", statementString(a), head, st.subjectEnd)
			}
			if st.isType != (a[2].value == rdfTypeIRI) {
				t.Fatalf("%s: read as of rdf:type %v", statementString(a), st.isType)
			}
			back := [4]*rdfTerm{nil, ptr(ownTerm(st.s)), ptr(ownTerm(st.p)), ptr(ownTerm(st.o))}
			if st.hasGraph {
				back[0] = ptr(ownTerm(st.g))
			}
			if !bytes.Equal(record(back), ra) {
				t.Fatalf("namespaces %q: %s read back as %s", namespaces, statementString(a), statementString(back))
			}
		}
	}
}

func statementString(st [4]*rdfTerm) string {
	var parts []string
	for _, t := range st {
		if t != nil {
			parts = append(parts, t.nt())
		}
	}
	return strings.Join(parts, " ")
}

func ptr[T any](v T) *T { return &v }
