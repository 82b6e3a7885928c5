package extract

import "testing"

// TestMandateKeysSkipNothing holds that the operative paragraphs
// findMandateFacts passes over by their keys are ones its readers find
// nothing in: operativeExtension where the paragraph has no keyExtension
// (read with figures, as its widest reading), findStrengthUpTo where it
// has no keyUpTo. Over the seeds and the development set, that the
// keys are necessary conditions in the texts the readers meet, not only
// in the samples of TestKeysAsReference.
func TestMandateKeysSkipNothing(t *testing.T) {
	in := seedInputs(t)
	if dev, err := devInputsIfPresent(t); err == nil {
		in = append(in, dev...)
	}
	var operative, withoutVerb, withoutUpTo int
	for _, d := range extractedDocuments(in) {
		for _, p := range d.Paragraphs {
			if p.Kind != Operative {
				continue
			}
			operative++
			keys := keysIn(p.Text)
			if keys&keyExtension == 0 {
				withoutVerb++
				if _, m := operativeExtension(p.Text, true); m != nil {
					t.Errorf("%s %s: an extension in a paragraph without keyExtension: %q", d.Symbol, p.ID, p.Text)
				}
			}
			if keys&keyUpTo == 0 {
				withoutUpTo++
				if c := findStrengthUpTo(p.Text); c != (strengthUpTo{}) {
					t.Errorf("%s %s: a ceiling in a paragraph without keyUpTo: %q", d.Symbol, p.ID, p.Text)
				}
			}
		}
	}
	t.Logf("%d operative paragraphs: %d without an extension's verb, %d without \"up to \"", operative, withoutVerb, withoutUpTo)
	if withoutVerb == 0 || withoutUpTo == 0 {
		t.Errorf("%d paragraphs without an extension's verb, %d without \"up to \": the keys were asked of none", withoutVerb, withoutUpTo)
	}
}
