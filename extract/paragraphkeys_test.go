package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// keysReference is what keysIn finds, each keyword looked for in the
// whole of s as its extractor looked for it before the keys were read in
// one pass: these searches are the specification keysIn is held to.
func keysReference(s string) (keys paragraphKeys) {
	for _, w := range []struct {
		word string
		key  paragraphKeys
	}{{"within ", keyWithin}, {"every ", keyEvery}, {"quarterly", keyQuarterly}, {"annual", keyYearly}, {"year", keyYearly}, {"between ", keyBetween}} {
		if strings.Contains(s, w.word) {
			keys |= w.key
		}
	}
	if strings.ContainsAny(s, "0123456789") {
		keys |= keyFigure
	}
	if containsBy(s, "support ", 2) {
		keys |= keySupport
	}
	if saysSupportBy(s) {
		keys |= keySupportBy
	}
	if containsASCIIFoldBy(s, "ondemn", 4) {
		keys |= keyCondemn
	}
	if containsBy(s, "military personnel", len("militar")) {
		keys |= keyCeiling
	}
	if containsASCIIFold(s, "extend") || containsASCIIFold(s, "renew") {
		keys |= keyExtension
	}
	if strings.Contains(s, "up to ") {
		keys |= keyUpTo
	}
	return keys
}

// keySamples are the keywords and near misses, in either case, which
// TestKeysAsReference puts at every offset of eight bytes, so that their
// pairs of letters fall astride two of the turns of four bytes in which
// keysIn looks bytes up (nextMark).
var keySamples = []string{"within ", "every ", "quarterly", "annual", "year", "between ", "support ", "ondemn", "ONDEMN", "oNdEmN", "7",
	"withi", "WITHIN ", "evervy", "annua", "yea", "nn", "wiwithin ", "eevery ", "aannual", "betwee", "betwen ", "suport ", "supportx", "ondem", "condemns", "CONDEMNS",
	"\x0fndemn", "o\x0edemn", "ondem\x0e", "bet\x17een ", "military personnel", "military personne", "ilitary personnel", "annual personnel", "Military Personnel",
	"support by ", "support from ", "support provided ", "support b", "support fro", "support provide", "suppor by ", "Support by ",
	"extend", "EXTENDS", "eXtEnD", "xtend", "exten", "\x18tend", "renew", "RENEWS", "rEnEw", "enew", "rene", "rene\x17", "every renew",
	"up to ", "up to", "Up to ", "upto ", "sup to ", "p to ", "support up to "}

func TestKeysAsReference(t *testing.T) {
	samples := append(citeSamples(t), timingSamples...)
	for _, w := range keySamples {
		for pad := 0; pad < 17; pad++ {
			for tail := 0; tail < 9; tail++ {
				samples = append(samples, strings.Repeat("x", pad)+w+strings.Repeat("z", tail))
			}
		}
	}
	// Texts made of keywords, their parts and bytes that fold to their
	// letters, run together at random.
	rng := rand.New(rand.NewSource(13))
	parts := append(slicesOfKeys(), " ", "x", "N", "M", "\x0e", "\x0d", "é", "1")
	for range 20000 {
		samples = append(samples, drawnPieces(rng, parts, 12))
	}
	for _, s := range samples {
		if got, want := keysIn(s), keysReference(s); got != want {
			t.Fatalf("keysIn(%q) = %08b, want %08b", s, got, want)
		}
	}
}

// slicesOfKeys is every keyword of keySamples and every piece of one cut
// in two.
func slicesOfKeys() []string {
	var out []string
	for _, w := range keySamples {
		for i := 0; i <= len(w); i++ {
			out = append(out, w[:i], w[i:])
		}
	}
	return out
}

func FuzzKeysAsReference(f *testing.F) {
	for _, s := range append(timingSamples, keySamples...) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := keysIn(s), keysReference(s); got != want {
			t.Fatalf("keysIn(%q) = %08b, want %08b", s, got, want)
		}
	})
}

// A paragraph's keys are read once and kept.
func TestParagraphKeysKept(t *testing.T) {
	p := &Paragraph{Text: "Condemns the attacks, and requests a report within 30 days"}
	want := keyCondemn | keyWithin | keyFigure
	if got := p.keys(); got != want {
		t.Fatalf("keys = %08b, want %08b", got, want)
	}
	p.Text = ""
	if got := p.keys(); got != want {
		t.Fatalf("keys asked again = %08b, want %08b as first read", got, want)
	}
}
