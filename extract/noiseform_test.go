package extract

import (
	"strings"
	"testing"
)

// checkNoiseOrForm holds mayBeNoiseOrForm to what it stands for: a
// trimmed line it turns away is no noise nor link for classifyNoise and
// has no form for formOf.
func checkNoiseOrForm(t *testing.T, s string) {
	t.Helper()
	s = strings.TrimSpace(s)
	if s == "" || mayBeNoiseOrForm(s) {
		return
	}
	var l line
	if classifyNoise(&l, s, s, 0) {
		t.Fatalf("%q: turned away, but classifyNoise finds kind %d, form %d", s, l.kind, l.form)
	}
	if f := formOf(s); f != formNone {
		t.Fatalf("%q: turned away, but formOf finds form %d", s, f)
	}
}

// TestMayBeNoiseOrForm checks every line of the corpora, the header and
// noise lines of every layout after each byte and before each ending, and
// strings drawn from the pieces the patterns are made of.
func TestMayBeNoiseOrForm(t *testing.T) {
	for _, src := range corpusSources() {
		for _, l := range strings.Split(src, "\n") {
			checkNoiseOrForm(t, l)
		}
	}
	shapes := []string{"RESOLUTION 678 (1990)", "Resolution 678 (1990)", "S/RES/1 (1946)", "S/2020/1", "https://undocs.org/S/1",
		"of 29 November 1990", "of 29 November 1990.", "of 29 November 199S.", "29 Apri] 1989", "adopted on 3 May 1990", "on 6 October 1992",
		"Adopted by the Security Council", "Adopted unanimously", "Adapted at", "Approved without vote", "ADOPTED",
		"[S/1234]", "(S/1234, I]", "MILITARY STAFF COMMITTEE", "THE SITUATION IN CYPRUS", "20-08599 5/18", "3/17 20-08606",
		"20-08606 (E)    010720", "*2008599*", "-----", "___", "===", "—–—", "9 (1946). Resolution of 15 October 1946",
		"123\t(1950)", "Security Council resolution 186 (1964)", "SECURITY COUNCIL RESOLUTION 1 (1946)",
		"United Nations Security Council Resolution 1441 (2002)", "UN Security Council resolution 1 (1946)"}
	for _, sh := range shapes {
		checkNoiseOrForm(t, sh)
		for c := range 256 {
			checkNoiseOrForm(t, string([]byte{byte(c)})+sh[1:])
			checkNoiseOrForm(t, sh[:len(sh)-1]+string([]byte{byte(c)}))
			checkNoiseOrForm(t, sh[:1]+string([]byte{byte(c)})+sh[min(2, len(sh)):])
		}
	}
	pieces := []string{"A", "R", "S", "U", "o", "a", "h", "[", "(", "*", "-", "_", "=", "—", "1", "20", "-08599",
		"Resolution", "RESOLUTION", "of", " ", "29", "November", "1990", ".", ")", "]", "S/", "Adopted", "ttps://x",
		"MILITARY", "STAFF", "x", "Decides", "é", "\t"}
	eachStringOfPieces(pieces, 4, 60, 13, func(s string) { checkNoiseOrForm(t, s) })
	eachStringOfBytes([]byte("0123456789aohAZRSU([)]. *-_=\t/"), 17, func(s string) { checkNoiseOrForm(t, s) })
}

// FuzzMayBeNoiseOrForm holds the gate to classifyNoise and formOf on any
// line.
func FuzzMayBeNoiseOrForm(f *testing.F) {
	f.Add("Resolution 678 (1990)")
	f.Add("of 29 November 1990.")
	f.Fuzz(func(t *testing.T, s string) { checkNoiseOrForm(t, s) })
}
