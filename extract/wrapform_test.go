package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// The same paragraph read in another wrap of its lines: the forms a line
// break may fall before or after in the volumes' printing.

// wrappedParagraph reads src, a resolution, and returns its paragraphs'
// texts and the documents it cites.
func wrappedParagraph(t *testing.T, src string) (texts, cited []string) {
	t.Helper()
	s, _, err := New(nil, Options{}).File("wrapped.txt", src)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Documents) != 1 {
		t.Fatalf("%d documents, want 1", len(s.Documents))
	}
	d := s.Documents[0]
	for _, p := range d.Paragraphs {
		texts = append(texts, p.Text)
	}
	for _, c := range d.Citations {
		cited = append(cited, c.Target)
	}
	return texts, cited
}

// A document symbol in brackets at a line's start is the draft's symbol
// only under a title; after a line of running text it is the symbol the
// sentence cites ("… dated 10 January 1994" / "(S/1994/16)").
func TestBracketSymbolOpensLine(t *testing.T) {
	const head = "Resolution 894 (1994)\nof 14 January 1994\n\nThe Security Council,\n\n"
	const tail = "\n\n1. Decides to remain seized of the matter.\n\nAdopted unanimously at the 3329th meeting.\n"
	for _, c := range []struct {
		src   string
		paras int
		cited []string
	}{
		{head + "Having considered the report of the Secretary-General\non the question of South Africa dated 10 January 1994\n(S/1994/16)\n\nWelcoming the progress made," + tail, 3, []string{"S/1994/16"}},
		{head + "Recalling the statement made by the President\nof the Security Council on 23 November 1993\n(S/26785), in which the Council invited the Secretary-General to act," + tail, 2, []string{"S/26785"}},
		{"Resolution 15 (1946)\n[S/339]\n\nThe Security Council,\n\nConsidering the situation," + tail, 2, nil},
		{"Resolution 15 (1946)\nof 19 December 1946\n[S/339]\nThe Security Council,\n\nConsidering the situation," + tail, 2, nil},
	} {
		texts, cited := wrappedParagraph(t, c.src)
		if len(texts) != c.paras || !reflect.DeepEqual(cited, c.cited) {
			t.Errorf("%q: paragraphs %q citing %q, want %d citing %q", c.src, texts, cited, c.paras, c.cited)
		}
	}
}

// TestDevBracketSymbolWrapped moves the line break of 894 (1994) pp_2
// before its "(S/1994/16)": the paragraph is still one, and cites the
// report.
func TestDevBracketSymbolWrapped(t *testing.T) {
	const file = "S_RES_0894_1994_EN_GOLD.txt"
	want := devDocument(t, file)
	b, err := os.ReadFile(filepath.Join(devCorpus, file))
	if err != nil {
		t.Fatal(err)
	}
	src := strings.Replace(string(b), "dated 10 January 1994 (S/1994/16)", "dated 10 January 1994\n(S/1994/16)", 1)
	if src == string(b) {
		t.Fatal("894 (1994) prints no (S/1994/16) after its date")
	}
	s, _, err := New(nil, Options{}).File(file, src)
	if err != nil {
		t.Fatal(err)
	}
	got := s.Documents[0]
	if len(got.Paragraphs) != len(want.Paragraphs) || !reflect.DeepEqual(citedTargets(got), citedTargets(want)) {
		t.Errorf("re-wrapped: %d paragraphs citing %v, want %d citing %v", len(got.Paragraphs), citedTargets(got), len(want.Paragraphs), citedTargets(want))
	}
}
