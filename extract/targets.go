package extract

import (
	"strings"

	"github.com/sckg/sckg/ontology/symbol"
)

// targetCache remembers the symbols of the resolutions cited by number
// and year, and of the symbols cited as printed, so that one that text
// after text cites ("resolution 2374 (2017)") is not written out, a string
// made, for each citation: those strings were half the citation scanner's
// allocations (issue 13). It is mapped directly by a hash of what the text
// printed, a later target taking the place of an earlier one of the same
// slot; the scanners' scratch keeps it from document to document.
type targetCache struct {
	entries [targetSlots]targetEntry
}

const targetSlots = 1 << 11

// targetEntry is what a text printed, copied into one string (key): a
// resolution's number and year (the first numLen bytes the number), or
// a symbol; its kind; and the symbol of the target.
type targetEntry struct {
	key    string
	numLen int
	kind   targetKind
	target string
}

// targetKind tells what a targetEntry's key is.
type targetKind uint8

const (
	councilResolution  targetKind = iota + 1 // a number and a year or session
	assemblyResolution                       // the same, of the General Assembly
	printedSymbol                            // a symbol as printed
)

// resolution is symbol.Resolution(num, year).String(), or
// symbol.AssemblyResolution's for a resolution of the General Assembly;
// a nil cache remembers nothing.
func (tc *targetCache) resolution(num, year string, assembly bool) string {
	kind := councilResolution
	if assembly {
		kind = assemblyResolution
	}
	if tc == nil {
		return targetOf(num, year, kind)
	}
	e := &tc.entries[targetSlot(num, year, kind)]
	if e.kind == kind && e.numLen == len(num) && e.key[:e.numLen] == num && e.key[e.numLen:] == year {
		return e.target
	}
	*e = newResolutionEntry(num, year, kind)
	return e.target
}

// newResolutionEntry is the entry for a resolution's number and year. A
// Council resolution's key and symbol are cut from one string, written
// on the stack (symbol.AppendResolution), not made as two: the cache
// misses some sixty times a run of dev. The symbol keeps the key's few
// bytes alive with it.
func newResolutionEntry(num, year string, kind targetKind) targetEntry {
	keyLen := len(num) + len(year)
	if kind != councilResolution {
		// The cache outlives the file, whose texts a later file's may
		// overwrite (Source.Release): the key is a copy, as num + year is
		// only when year is not empty.
		key := num + year
		if year == "" {
			key = strings.Clone(num)
		}
		return targetEntry{key: key, numLen: len(num), kind: kind, target: targetOf(num, year, kind)}
	}
	var room [64]byte
	b := append(room[:0], num...)
	b = append(b, year...)
	both := string(symbol.AppendResolution(b, num, year))
	return targetEntry{key: both[:keyLen], numLen: len(num), kind: kind, target: both[keyLen:]}
}

// symbol is symbol.Parse(printed).String().
func (tc *targetCache) symbol(printed string) string {
	if tc == nil {
		return targetOf(printed, "", printedSymbol)
	}
	e := &tc.entries[targetSlot(printed, "", printedSymbol)]
	if e.kind == printedSymbol && e.key == printed {
		return e.target
	}
	// Parse may give back printed, or a part of it, which the cache
	// should not keep alive with the paragraph it is a slice of.
	target := strings.Clone(targetOf(printed, "", printedSymbol))
	*e = targetEntry{key: strings.Clone(printed), kind: printedSymbol, target: target}
	return e.target
}

// targetOf is the symbol a target of kind names: a and b are a
// resolution's number and year, or a is a symbol as printed.
func targetOf(a, b string, kind targetKind) string {
	switch kind {
	case assemblyResolution:
		return symbol.AssemblyResolution(a, b).String()
	case councilResolution:
		return symbol.Resolution(a, b).String()
	}
	return symbol.Parse(a).String()
}

// targetSlot is the slot of a target: FNV-1a of what the text printed
// and its kind.
func targetSlot(a, b string, kind targetKind) int {
	h := uint32(2166136261)
	for i := 0; i < len(a); i++ {
		h = (h ^ uint32(a[i])) * 16777619
	}
	h = (h ^ '(') * 16777619
	for i := 0; i < len(b); i++ {
		h = (h ^ uint32(b[i])) * 16777619
	}
	h = (h ^ uint32(kind)) * 16777619
	return int(h % targetSlots)
}
