package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// notLeadByCut is what leadWords asked of a lead before opensWithNotLead:
// its first word, cut at the first space, looked up in notLeads.
func notLeadByCut(lead string) bool {
	first, _, _ := strings.Cut(lead, " ")
	return notLeads[first]
}

// TestNotLeadsAsGated holds the gate's two facts about notLeads: none is
// longer than notLeadLen, and each ends in "ed".
func TestNotLeadsAsGated(t *testing.T) {
	for w := range notLeads {
		if len(w) > notLeadLen || !strings.HasSuffix(w, "ed") {
			t.Errorf("%q is longer than %d bytes or does not end in \"ed\": opensWithNotLead would miss it", w, notLeadLen)
		}
	}
}

// TestOpensWithNotLeadAsCut holds opensWithNotLead to the cut and look-up
// on the leads of every block and paragraph opening of the corpora, on
// each of notLeads with what may follow it, and on drawn strings.
func TestOpensWithNotLeadAsCut(t *testing.T) {
	check := func(lead string) {
		t.Helper()
		if got, want := opensWithNotLead(lead), notLeadByCut(lead); got != want {
			t.Fatalf("opensWithNotLead(%q) = %v, the cut and look-up say %v", lead, got, want)
		}
	}
	in := seedInputs(t)
	if dev, err := devInputsIfPresent(t); err == nil {
		in = append(in, dev...)
	}
	n := 0
	for _, f := range metaFiles(in) {
		for _, b := range f.blocks {
			check(leadMatch(b.t.s))
			check(b.t.s)
			n++
		}
	}
	tails := []string{"", " ", "  ", "\n", " Nations", "ed", "s", "-", " ed", "\ted"}
	for w := range notLeads {
		for _, tail := range tails {
			check(w + tail)
			check(w[:len(w)-1] + tail)
			check("X" + w + tail)
		}
	}
	r := rand.New(rand.NewPCG(15, 13))
	const alphabet = "URAFTSedniumr \t-"
	for range 100000 {
		b := make([]byte, r.IntN(10))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		check(string(b))
	}
	if n == 0 {
		t.Fatal("no blocks read")
	}
}

// FuzzOpensWithNotLeadAsCut holds opensWithNotLead to the cut and look-up
// on any string.
func FuzzOpensWithNotLeadAsCut(f *testing.F) {
	for w := range notLeads {
		f.Add(w + " Nations")
	}
	f.Add("Recalling")
	f.Fuzz(func(t *testing.T, lead string) {
		if got, want := opensWithNotLead(lead), notLeadByCut(lead); got != want {
			t.Fatalf("opensWithNotLead(%q) = %v, the cut and look-up say %v", lead, got, want)
		}
	})
}
