package rdfio

import (
	"bytes"
	"math/rand"
	"strings"
	"testing"
)

// TestNamespaceCodesKeepOrder: strings coded, each followed by a field's
// end as in a record, compare as the strings do, and decode back to
// them, for namespaces and strings drawn from a few letters, so that
// strings begin namespaces, end inside them, equal them and fall
// between them, and namespaces begin one another.
func TestNamespaceCodesKeepOrder(t *testing.T) {
	rng := rand.New(rand.NewSource(13))
	draw := func(max int) string {
		var sb strings.Builder
		for range rng.Intn(max + 1) {
			sb.WriteByte("ab/#~"[rng.Intn(5)])
		}
		return sb.String()
	}
	for range 2000 {
		var namespaces []string
		for range rng.Intn(8) {
			namespaces = append(namespaces, draw(4))
		}
		c := newNamespaceCodes(namespaces)
		for i := 1; i < len(c.ns); i++ {
			if c.ns[i-1] >= c.ns[i] || strings.HasPrefix(c.ns[i], c.ns[i-1]) {
				t.Fatalf("namespaces %q kept as %q", namespaces, c.ns)
			}
		}
		for range 50 {
			a, b := draw(6), draw(6)
			ca := append(c.appendCoded(nil, a), 0, fieldEnd)
			cb := append(c.appendCoded(nil, b), 0, fieldEnd)
			if got, want := bytes.Compare(ca, cb), strings.Compare(a, b); got != want {
				t.Fatalf("namespaces %q: %q and %q coded compare %d, not %d", c.ns, a, b, got, want)
			}
			if back := c.appendDecoded(nil, ca[:len(ca)-2]); string(back) != a {
				t.Fatalf("namespaces %q: %q decodes as %q", c.ns, a, back)
			}
			inPlace := c.codeInPlace(append([]byte("x"), a...), 1)
			if !bytes.Equal(inPlace[1:], ca[:len(ca)-2]) || inPlace[0] != 'x' {
				t.Fatalf("namespaces %q: %q coded in place as %q, not %q", c.ns, a, inPlace[1:], ca[:len(ca)-2])
			}
		}
	}
}

// TestNamespaceCodesAllocateNothing: coding an IRI, and a suffix in place,
// allocates nothing (a []byte compared as a string is not copied).
func TestNamespaceCodesAllocateNothing(t *testing.T) {
	codes := newRecordCodes([]string{"https://w3id.org/sckg/", "http://www.w3.org/2001/XMLSchema#"})
	buf := make([]byte, 0, 256)
	var coded []byte
	var suffixAt int
	allocs := testing.AllocsPerRun(100, func() {
		b := codes.iris.appendCoded(buf[:0], "https://w3id.org/sckg/doc/S/RES/1(1946)")
		suffixAt = len(b)
		b = appendLiteralSuffix(b, "", "http://www.w3.org/2001/XMLSchema#nonNegativeInteger")
		coded = codes.suffixes.codeInPlace(b, suffixAt)
	})
	if allocs != 0 {
		t.Fatalf("%v allocations", allocs)
	}
	// The suffix is coded by its datatype's namespace (an even code), not
	// as a string in a gap.
	if code := coded[suffixAt]; code%2 != 0 {
		t.Fatalf("the suffix %q was coded %d: as in a gap", coded[suffixAt:], code)
	}
}
