package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestDump(t *testing.T) {
	files, _ := filepath.Glob("../testdata/seeds/*.txt")
	for _, f := range files {
		src, err := ReadText(f, filepath.Base(f))
		if err != nil {
			t.Fatal(err)
		}
		s, ws, err := File(filepath.Base(f), src)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range ws {
			fmt.Println("WARN", w)
		}
		for _, d := range s.Documents {
			ops, pps := 0, 0
			for _, p := range d.Paragraphs {
				if p.Kind == Operative {
					ops++
				} else if p.Kind == Preambular {
					pps++
				}
			}
			par := ""
			if d.Parent != nil {
				par = string(d.Relation) + " " + d.Parent.Symbol
			}
			fmt.Printf("%s | %q %s %s lang=%s pp=%d op=%d paras=%d cites=%d links=%d %s title=%q\n", f, d.Symbol, d.PrintedSymbol, d.Kind, d.Language, pps, ops, len(d.Paragraphs), len(d.Citations), len(d.Links), par, d.Title)
			if os.Getenv("DUMP") == d.Symbol || os.Getenv("DUMP") == "all" {
				for _, p := range d.Paragraphs {
					fmt.Printf("  [%s %v] %q\n", p.ID, p.Span, p.Text)
				}
				for _, c := range d.Citations {
					fmt.Printf("  cite %s %v -> %s %s %q\n", c.Paragraph.ID, c.Span, c.Target, c.TargetParagraph, c.Text)
				}
			}
		}
	}
}
