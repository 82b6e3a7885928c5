package extract

import "github.com/sckg/sckg/ontology/symbol"

// targetCache remembers the symbols of the resolutions cited by number
// and year, so that a resolution that text after text cites ("resolution
// 2374 (2017)") is not written out, a string made, for each citation: those
// strings were half the citation scanner's allocations (issue 13). It is
// mapped directly by a hash of the number and year, a later resolution
// taking the place of an earlier one of the same slot; the scanners'
// scratch keeps it from document to document.
type targetCache struct {
	entries [targetSlots]targetEntry
}

const targetSlots = 1 << 10

// targetEntry is a resolution's number and year, as the text printed
// them, copied into one string (key), and its symbol.
type targetEntry struct {
	key      string
	numLen   int
	assembly bool
	target   string
}

// resolution is symbol.Resolution(num, year).String(), or
// symbol.AssemblyResolution's for a resolution of the General Assembly;
// a nil cache remembers nothing.
func (tc *targetCache) resolution(num, year string, assembly bool) string {
	if tc == nil {
		return resolutionTarget(num, year, assembly)
	}
	e := &tc.entries[targetSlot(num, year, assembly)]
	if e.target != "" && e.numLen == len(num) && e.assembly == assembly &&
		e.key[:e.numLen] == num && e.key[e.numLen:] == year {
		return e.target
	}
	*e = targetEntry{key: num + year, numLen: len(num), assembly: assembly, target: resolutionTarget(num, year, assembly)}
	return e.target
}

func resolutionTarget(num, year string, assembly bool) string {
	if assembly {
		return symbol.AssemblyResolution(num, year).String()
	}
	return symbol.Resolution(num, year).String()
}

// targetSlot is the slot of a resolution: FNV-1a of its number, its year
// and whether it is the Assembly's.
func targetSlot(num, year string, assembly bool) int {
	h := uint32(2166136261)
	for i := 0; i < len(num); i++ {
		h = (h ^ uint32(num[i])) * 16777619
	}
	h = (h ^ '(') * 16777619
	for i := 0; i < len(year); i++ {
		h = (h ^ uint32(year[i])) * 16777619
	}
	if assembly {
		h = (h ^ 'A') * 16777619
	}
	return int(h % targetSlots)
}
