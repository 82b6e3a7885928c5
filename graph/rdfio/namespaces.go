package rdfio

import (
	"slices"
	"strings"
)

// namespaceCodes write the namespaces that most of a graph's IRIs begin
// with as one byte in a record (a build's IRIs begin with one of some
// twenty bytes or more, its literals' datatypes with some forty: half a
// record's bytes, which every copy, sort, spill and merge moves), in an
// order that keeps the records' order.
//
// The namespaces are sorted and none begins another, so the strings that
// begin with one are a stretch of the sorted strings, the stretches do
// not overlap, and they come in the namespaces' order; the strings
// between two stretches (or before the first, or past the last) are a
// gap. A string is written as the code of its stretch or gap, then what
// follows the namespace (in a gap, the whole string). Two strings of one
// stretch or gap compare as what follows their namespace does, since
// they share it; of different ones, as their codes do. So written
// strings, with what follows them in a record, compare as the strings
// did. The codes are 1 (the first gap), 2 (the first namespace), 3 (the
// next gap)..., never 0x00, which ends a record's field.
type namespaceCodes struct {
	ns []string // sorted; none begins another
}

// maxNamespaces keeps every code within a byte: 2*127 + 1.
const maxNamespaces = 127

// newNamespaceCodes codes the namespaces given; of two where one begins
// the other, the shorter is kept, which covers the IRIs of both. Empty
// namespaces are dropped, and past maxNamespaces the rest.
func newNamespaceCodes(namespaces []string) *namespaceCodes {
	sorted := slices.Clone(namespaces)
	slices.Sort(sorted)
	sorted = slices.Compact(sorted)
	var ns []string
	for _, n := range sorted {
		// Sorted, a namespace that another begins follows it, with
		// only namespaces that begin with it between them.
		if n == "" || len(ns) > 0 && strings.HasPrefix(n, ns[len(ns)-1]) {
			continue
		}
		ns = append(ns, n)
	}
	if len(ns) > maxNamespaces {
		ns = ns[:maxNamespaces]
	}
	return &namespaceCodes{ns: ns}
}

// appendCoded appends s as its code and what follows its namespace.
func (c *namespaceCodes) appendCoded(dst []byte, s string) []byte {
	code, cut := codeOf(c, s)
	return append(append(dst, code), s[cut:]...)
}

// codeInPlace writes the string at b[start:] as appendCoded would have.
func (c *namespaceCodes) codeInPlace(b []byte, start int) []byte {
	code, cut := codeOf(c, b[start:])
	if cut == 0 { // in a gap: the code goes before it
		b = append(b, 0)
		copy(b[start+1:], b[start:len(b)-1])
		b[start] = code
		return b
	}
	b[start] = code
	n := copy(b[start+1:], b[start+cut:])
	return b[:start+1+n]
}

// codeOf is the code of s and how many of its bytes the code stands for.
// The namespace that begins s, if one does, is the last of those that
// sort at or before s: none between it and s could sort after it and
// before s without beginning with it.
func codeOf[S string | []byte](c *namespaceCodes, s S) (code byte, cut int) {
	lo, hi := 0, len(c.ns)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if c.ns[mid] <= string(s) {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo > 0 {
		if n := c.ns[lo-1]; len(s) >= len(n) && string(s[:len(n)]) == n {
			return byte(2 * lo), len(n)
		}
	}
	return byte(2*lo + 1), 0
}

// appendDecoded appends the string that coded, as appendCoded wrote it,
// stands for.
func (c *namespaceCodes) appendDecoded(dst, coded []byte) []byte {
	if code := coded[0]; code%2 == 0 {
		dst = append(dst, c.ns[code/2-1]...)
	}
	return append(dst, coded[1:]...)
}

// recordCodes are the codes of a sink's records: of its IRIs, and of
// what follows its literals' quoted values (suffixes), by their
// datatypes' namespaces ("^^<" and the namespace).
type recordCodes struct {
	iris, suffixes *namespaceCodes
}

func newRecordCodes(namespaces []string) recordCodes {
	iris := newNamespaceCodes(namespaces)
	suffixes := make([]string, len(iris.ns))
	for i, n := range iris.ns {
		suffixes[i] = "^^<" + n
	}
	return recordCodes{iris, newNamespaceCodes(suffixes)}
}
