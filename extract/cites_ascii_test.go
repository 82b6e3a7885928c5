package extract

import "testing"

// TestFindInTellsASCII holds the scanner's word on whether the paragraph
// findIn read is ASCII, which spares buildDocument a look for Han
// characters in it, to isASCII, over the corpora's paragraphs and the
// samples, as operative paragraphs and others, each alone and with a Han
// character or another outside ASCII at its end; and an ASCII paragraph
// holds no Han character.
func TestFindInTellsASCII(t *testing.T) {
	texts := append(citeSamples(t), citationSamples...)
	var cs citationScanner
	for _, s := range texts {
		for _, text := range []string{s, s + "决", s + "é", "号决议" + s} {
			for _, kind := range []ParagraphKind{Operative, Preambular} {
				p := &Paragraph{Text: text, Kind: kind}
				cs.findIn(p)
				if want := isASCII(text); cs.ascii != want {
					t.Fatalf("findIn(%q): ascii %v, want %v", text, cs.ascii, want)
				}
				if cs.ascii && holdsHan(text) {
					t.Fatalf("%q is ASCII and holds a Han character", text)
				}
			}
		}
	}
}
