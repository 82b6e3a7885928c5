package extract

import (
	"strings"
	"testing"
)

// annuallyRE is the specification saysYearly is held to.
var annuallyRE = lazyRegexp(`\b(?:annually|every year|on an annual basis|yearly)\b`)

// TestSaysYearlyAsPattern holds saysYearly to annuallyRE on the corpora's
// clauses and paragraphs, and on each wording and near misses put at
// every offset of a text, between word bytes and others.
func TestSaysYearlyAsPattern(t *testing.T) {
	samples := append(citeSamples(t), timingSamples...)
	near := append(append([]string{}, yearlyWords...), "annual", "annualy", "every years", "everyyear", "on an annual", "year", "yearlyx", "Yearly", "ANNUALLY", "every  year")
	for _, w := range near {
		for _, before := range []string{"", " ", "x", "_", "9", "é", "-", "("} {
			for _, after := range []string{"", " ", "s", "_", "1", "é", ".", ","} {
				samples = append(samples, before+w+after, "to report "+before+w+after+" on it", w+" and "+before+w+after)
			}
		}
	}
	for _, s := range samples {
		if got, want := saysYearly(s), annuallyRE.MatchString(s); got != want {
			t.Fatalf("saysYearly(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzSaysYearlyAsPattern is TestSaysYearlyAsPattern on any text.
func FuzzSaysYearlyAsPattern(f *testing.F) {
	for _, s := range []string{"to report annually", "every year", "on an annual basis,", "xyearly", "yearly_"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := saysYearly(s), annuallyRE.MatchString(s); got != want {
			t.Fatalf("saysYearly(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestLastWordsAsTrimmed holds lastWords to the adverbs trimmed one after
// another, as it read every verb, on each verb group findRequests may
// read: every verb, alone and after each adverb and pair of adverbs.
func TestLastWordsAsTrimmed(t *testing.T) {
	trimmed := func(verb string) string {
		for _, adverb := range []string{"further ", "also ", "again ", "strongly ", "once again ", "firmly ", "repeatedly ",
			"urgently ", "earnestly ", "deeply ", "highly ", "fully ", "solemnly ", "vigorously ", "categorically ", "unreservedly ", "emphatically ", "therefore ", "once more ",
			"in this regard ", "in that regard ", "in this respect ", "in this context "} {
			verb = strings.TrimPrefix(verb, adverb)
		}
		return verb
	}
	var groups []string
	for _, v := range append(operativeVerbs, "", "further", "again") {
		groups = append(groups, v)
		for _, a := range operativeAdverbs {
			groups = append(groups, a+" "+v)
			for _, b := range operativeAdverbs {
				groups = append(groups, a+" "+b+" "+v)
			}
		}
	}
	for _, g := range groups {
		if got, want := lastWords(g), trimmed(g); got != want {
			t.Fatalf("lastWords(%q) = %q, want %q", g, got, want)
		}
	}
}
