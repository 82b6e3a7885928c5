package extract

import (
	"slices"
	"testing"
)

// TestAssemblyListSharesSession reads a list of General Assembly
// resolutions that prints the session once, after its last number, as the
// Council's lists print a year once: each number below the dated one and
// within a session's count of it is of that session, with confidence 0.9.
// A number of the Assembly that no session reaches is left out (the
// Council's numbers alone keep no year, "=").
func TestAssemblyListSharesSession(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"Recalling General Assembly resolutions 3236 and 3237 (XXIX) of 22 November 1974,", []string{"A/RES/3236(XXIX)@0.9", "A/RES/3237(XXIX)@1"}},
		{"Bearing in mind General Assembly resolutions 2253,\n2254 and 2256 (ES-V),", []string{"A/RES/2253(ES-V)@0.9", "A/RES/2254(ES-V)@0.9", "A/RES/2256(ES-V)@1"}},
		{"Recalling its resolutions 1514 and 1541 (XV),", []string{"A/RES/1514(XV)@0.9", "A/RES/1541(XV)@1"}},
		{"Reaffirming General Assembly resolutions 1803 and 1807 (XVII) and 2625 (XXV),", []string{"A/RES/1803(XVII)@0.9", "A/RES/1807(XVII)@1", "A/RES/2625(XXV)@1"}},
		// Too far apart for one session: the first names none.
		{"Recalling General Assembly resolutions 1514 and 2621 (XXV),", []string{"A/RES/2621(XXV)@1"}},
		{"Recalling resolutions 1514 and 2621 (XXV),", []string{"=@1", "A/RES/2621(XXV)@1"}},
		// A date between, or a number above the dated one: no session shared.
		{"Recalling General Assembly resolutions 3236 of 22 November and 3237 (XXIX),", []string{"A/RES/3237(XXIX)@1"}},
		{"Recalling General Assembly resolutions 3238 and 3237 (XXIX),", []string{"A/RES/3237(XXIX)@1"}},
		// An Assembly's number with no session at all: none cited.
		{"Recalling General Assembly resolution 3236 on the question,", nil},
	} {
		if got := resolutionsCitedIn(c.line); !slices.Equal(got, c.want) {
			t.Errorf("%q: cites %q, want %q", c.line, got, c.want)
		}
	}
}

// TestAssemblySessionalSymbols reads the General Assembly's numbering
// by session since 1976, of its special and emergency special sessions
// too, and a special session in Arabic figures ("186 (S-2)").
func TestAssemblySessionalSymbols(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"Recalling General Assembly resolution ES-7/2 of 29 July 1980,", []string{"A/RES/ES-7/2@1"}},
		{"Recalling General Assembly resolutions ES-7/2 and ES-7/3,", []string{"A/RES/ES-7/2@1", "A/RES/ES-7/3@1"}},
		{"Welcoming General Assembly resolution S-7/1 of 1 September 1975,", []string{"A/RES/S-7/1@1"}},
		{"Recalling resolutions 44/240 and ES-10/2,", []string{"A/RES/44/240@1", "A/RES/ES-10/2@1"}},
		{"under General Assembly resolution 186 (S-2) of 14 May 1948", []string{"A/RES/186(S-2)@1"}},
		{"Recalling General Assembly resolutions 2253 (ES-5) and 2254 (ES-5),", []string{"A/RES/2253(ES-5)@1", "A/RES/2254(ES-5)@1"}},
		// Not a session: the word stands apart from its number, or no
		// hyphened session.
		{"Recalling General Assembly resolution ES- 7/2,", nil},
		{"Recalling resolution 186 (X-2),", []string{"=@1"}},
	} {
		if got := resolutionsCitedIn(c.line); !slices.Equal(got, c.want) {
			t.Errorf("%q: cites %q, want %q", c.line, got, c.want)
		}
	}
	for _, c := range []struct{ line, want string }{
		{"Noting General Assembly resolution A/RES/ES-10/2,", "A/RES/ES-10/2"},
		{"Noting A/RES/S-26/2 of 27 June 2001,", "A/RES/S-26/2"},
	} {
		got := citedIn(c.line, func(x *Citation) (string, bool) { return x.Target, x.Form == FormSymbol })
		if !slices.Equal(got, []string{c.want}) {
			t.Errorf("%q: cites %q, want %q", c.line, got, c.want)
		}
	}
	if !devCites(t, "S_RES_0054_1948_EN_GOLD.txt", "op_10", "A/RES/186(S-2)") {
		t.Error("54 (1948) op_10 does not cite General Assembly resolution 186 (S-2)")
	}
}

// TestOtherBodiesResolutions reads the resolutions of the Economic and
// Social Council, of its Commission on Human Rights and of the
// Trusteeship Council, named before the word, in their own series: their
// Roman sessions are no General Assembly's, and the Economic and Social
// Council and the Commission number by year, where the body may be named
// after the number as well.
func TestOtherBodiesResolutions(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"Recalling Economic and Social Council resolution 1235 (XLII) of 6 June 1967,", []string{"E/RES/1235(XLII)@1"}},
		{"Recalling Economic and Social Council resolutions 1235 (XLII) and 1503 (XLVIII),", []string{"E/RES/1235(XLII)@1", "E/RES/1503(XLVIII)@1"}},
		{"Recalling Economic and Social Council resolution 1996/31 of 25 July 1996,", []string{"E/RES/1996/31@1"}},
		{"Recalling Economic and Social Council resolutions 1296 and 1297 (XLIV),", []string{"E/RES/1296(XLIV)@0.9", "E/RES/1297(XLIV)@1"}},
		{"Recalling Trusteeship Council resolution 2063 (LIII),", []string{"T/RES/2063(LIII)@1"}},
		// The Assembly's and the Council's own, as before.
		{"Recalling General Assembly resolution 1514 (XV),", []string{"A/RES/1514(XV)@1"}},
		{"Recalling Security Council resolution 242 (1967),", []string{"S/RES/242(1967)@1"}},
		// The Commission on Human Rights numbers by year as its Council.
		{"Recalling Commission on Human Rights resolution 1993/77 of 10 March 1993,", []string{"E/CN.4/RES/1993/77@1"}},
		{"Welcoming Commission on Human Rights resolutions 1993/77 and 1994/12,", []string{"E/CN.4/RES/1993/77@1", "E/CN.4/RES/1994/12@1"}},
		// The body named after the number.
		{"Recalling resolution 1996/31 of the Economic and Social Council,", []string{"E/RES/1996/31@1"}},
		{"Taking note of resolution 1994/12 of the Commission on Human Rights of 24 February 1994,", []string{"E/CN.4/RES/1994/12@1"}},
		// A year and a number with no body named: not the Assembly's by
		// session, whose sessions have two figures.
		{"Recalling resolution 1996/31,", nil},
		{"Recalling resolution 1996/31 of the Organization of African Unity,", nil},
	} {
		if got := resolutionsCitedIn(c.line); !slices.Equal(got, c.want) {
			t.Errorf("%q: cites %q, want %q", c.line, got, c.want)
		}
	}
}

// TestMisreadResolutionWord reads "resolution" as OCR misreads it, an l
// for its i, an i for its l, a u for its n, as the word, with confidence
// 0.9; other words that share its letters are none.
func TestMisreadResolutionWord(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"Recalling its resolutlon 242 (1967) of 22 November 1967,", []string{"S/RES/242(1967)@0.9"}},
		{"Recalling its resolutiou 338 (1973),", []string{"S/RES/338(1973)@0.9"}},
		{"Recalling its resolutious 242 (1967) and 338 (1973),", []string{"S/RES/242(1967)@0.9", "S/RES/338(1973)@0.9"}},
		{"Reaffirming its resoIution 425 (1978),", []string{"S/RES/425(1978)@0.9"}},
		{"RECALLING RESOLUTLON 425 (1978),", []string{"S/RES/425(1978)@0.9"}},
		{"Recalling General Assembly resolutlon 1514 (XV),", []string{"A/RES/1514(XV)@0.9"}},
		// The words before it are read as before "resolution": the body
		// named, the paragraphs of the resolution cited.
		{"Recalling General Assembly resolutlons 3236 and 3237 (XXIX),", []string{"A/RES/3236(XXIX)@0.9", "A/RES/3237(XXIX)@0.9"}},
		{"Trusteeship Council resoiution 0", nil},
		{"Recalling paragraph 3 of its resolutlon 242 (1967),", []string{"S/RES/242(1967)#op_3@0.9"}},
		// Other words, or other letters misread: no anchor.
		{"the revolution 242 (1967) days", nil},
		{"a resolutaon 242 (1967)", nil},
		{"a resolutionx 242 (1967)", nil},
		{"an absolution 242 (1967)", nil},
	} {
		if got := resolutionsCitedIn(c.line); !slices.Equal(got, c.want) {
			t.Errorf("%q: cites %q, want %q", c.line, got, c.want)
		}
	}
	for _, w := range []string{"resolutlon", "resolutiou", "resoiution", "RESOLUTLONS", "resolutlou"} {
		if !isMisreadResolutionWord(w) || !misreadResolutionReference(w) {
			t.Errorf("%q is not read as a misread resolution", w)
		}
	}
	for _, w := range []string{"resolution", "resolutions", "Resolution", "revolution", "resolutious2", "resolutlonx", "rezolutlon"} {
		if isMisreadResolutionWord(w) {
			t.Errorf("%q is read as a misread resolution", w)
		}
	}
}
