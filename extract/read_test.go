package extract

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDecodeTextProblems(t *testing.T) {
	utf16le := []byte{0xFF, 0xFE}
	for _, r := range "S/RES/2531 (2020)\n" {
		utf16le = append(utf16le, byte(r), byte(r>>8))
	}
	tests := []struct {
		name    string
		data    []byte
		problem string // "" for no error
		text    string
	}{
		{"empty.txt", nil, "file is empty", ""},
		{"blank.txt", []byte(" \n\t\n"), "file is empty", ""},
		{"scan.pdf.txt", []byte("%PDF-1.7\x00\x01\x02binary"), "binary file (NUL byte at offset 8)", ""},
		{"latin1.txt", []byte("R\xe9solution 2531 (2020)"), "not valid UTF-8 (first bad byte 0xE9 at offset 1)", ""},
		{"bom.txt", []byte("\xEF\xBB\xBFResolution 2584 (2021)"), "", "Resolution 2584 (2021)"},
		{"utf16.txt", utf16le, "", "S/RES/2531 (2020)\n"},
		{"controls.txt", []byte(strings.Repeat("\x01\x02\x03 a", 50)), "binary file", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := DecodeText(tt.name, tt.data)
			if tt.problem == "" {
				if err != nil || got != tt.text {
					t.Errorf("%s: got %q, %v; want %q", tt.name, got, err, tt.text)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.problem) || !strings.HasPrefix(err.Error(), tt.name+": ") {
				t.Errorf("%s: error %v; want one naming the file and saying %q", tt.name, err, tt.problem)
			}
		})
	}
}

func TestFileWithNoDocument(t *testing.T) {
	_, _, err := defaultExtractor.File("notes.txt", "Shopping list:\n- milk\n- bread\n")
	if err == nil || !strings.Contains(err.Error(), "notes.txt: no Security Council document recognised") {
		t.Errorf("got %v", err)
	}
}

// A text handed to File, not read by ReadText, is turned away by name
// past maxTextSize too.
func TestFileTooLarge(t *testing.T) {
	huge := strings.Repeat("S/RES/2584 (2021) ", maxTextSize/18+1)
	src, _, err := defaultExtractor.File("huge.txt", huge)
	if src != nil || err == nil || !strings.HasPrefix(err.Error(), "huge.txt: text is 128 MiB; sckg reads texts up to 128 MiB") {
		t.Errorf("got %v, %v", src, err)
	}
}

// A file cut short still gives what it holds, and a warning.
func TestTruncatedFile(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(seeds, "002_94fc391085a7c37b.txt"))
	if err != nil {
		t.Fatal(err)
	}
	cut := string(data[:len(data)/2])
	cut = cut[:strings.LastIndex(cut, " ")]
	src, warns, err := defaultExtractor.File("cut.txt", cut)
	if err != nil {
		t.Fatal(err)
	}
	d := src.Documents[0]
	if d.Symbol != "S/RES/2584(2021)" || countKind(d, Operative) < 20 || countKind(d, Operative) >= 63 {
		t.Errorf("truncated 2584: %s with %d operative paragraphs", d.Symbol, countKind(d, Operative))
	}
	truncated := false
	for _, w := range warns {
		truncated = truncated || strings.Contains(w.Message, "truncated")
	}
	if !truncated {
		t.Errorf("no warning that the file looks truncated: %v", warns)
	}
}

// FuzzFile feeds arbitrary text to the extractor, as a text file and as a
// web page: it must not panic, and every span it reports must lie inside
// the file, start before end, so that the evidence of each fact exists.
func FuzzFile(f *testing.F) {
	for _, name := range []string{"000_e1b7d92fa5d83019.txt", "001_3151c5fdb0f5a467.txt", "003_dc312c14345eaef4.txt"} {
		data, err := os.ReadFile(filepath.Join(seeds, name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(data[:min(len(data), 4000)]), false)
	}
	for _, s := range seedSnippets(f) {
		f.Add(s, strings.HasPrefix(s, "<"))
	}
	f.Add("United Nations S/RES/1 (1946)\nThe Security Council,\n1. Decides [x](y) $\\frac{a}{b}$ paragraph 1 of resolution 2 (1946);", false)
	f.Add("<p>Resolution 2584 (2021)</p><p>The Security Council,</p><p>1. Urges MINUSMA, pursuant to resolution 2374&nbsp;(2017), to report;</p>", true)
	// A volume's resolution with its footnotes: marks in the paragraphs,
	// notes under the adoption line, one mark repeated, one in a list of
	// dates, a note's symbol on a line of its own.
	f.Add("Resolution 639 (1989)\nof 31 July 1989\n\nThe Security Council,\n\nHaving studied the report of the Secretary-General of 21 July 1989, 45 and\ntaking note of the letters of 2 August, 46 5 August 47 and 10 August 1989,\n\n"+
		"1. Takes note of the report of the Secretary-General; 45\n\nAdopted unanimously at the\n2873rd meeting.\n\n\n45 Ibid., document S/20742.\n46 Ibid., Supplement No. 3 (document\nS/20733)\n47. S/20758.\n", false)
	f.Fuzz(func(t *testing.T, src string, page bool) {
		if !utf8.ValidString(src) {
			return
		}
		name := "fuzz.txt"
		if page {
			name = "fuzz.html"
		}
		source, _, err := defaultExtractor.File(name, src)
		if err != nil {
			return
		}
		chars := []rune(src)
		for _, d := range source.Documents {
			spans := map[string]Span{"document": d.Span}
			add := func(what string, s Span) { spans[what+" "+strconv.Itoa(len(spans))] = s }
			for _, p := range d.Paragraphs {
				add("paragraph "+p.ID, p.Span)
			}
			for _, s := range d.Sections {
				add("section "+s.ID, s.Span)
			}
			for _, c := range d.Citations {
				add("citation "+c.Text, c.Span)
			}
			for _, m := range d.Mentions {
				add("mention "+m.Text(), m.Span())
			}
			for _, r := range d.Requests {
				add("request "+r.Verb, r.Span)
			}
			for _, m := range d.Mandate {
				add("mandate fact", m.Span)
			}
			for _, l := range d.Links {
				add("link "+l.URL, l.Span)
			}
			for what, s := range spans {
				if s.Start < 0 || s.End > len(chars) || s.Start > s.End {
					t.Fatalf("%s: span %v outside a file of %d characters", what, s, len(chars))
				}
				if strings.HasPrefix(what, "citation") && strings.TrimSpace(string(chars[s.Start:s.End])) == "" {
					t.Fatalf("%s: span %v holds no text of the file", what, s)
				}
			}
		}
	})
}

// TestControlBytesByWords holds controlBytes, which passes over eight
// bytes at a time, to a count byte by byte at every length and place.
func TestControlBytesByWords(t *testing.T) {
	slow := func(data []byte) int {
		n := 0
		for _, b := range data {
			if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
				n++
			}
		}
		return n
	}
	alphabet := []byte{0, 1, 0x1f, 0x20, '\n', '\r', '\t', '\f', '\v', 'a', 0x7f, 0x80, 0x9f, 0xa0, 0xff}
	for size := 0; size < 40; size++ {
		for seed := 0; seed < 200; seed++ {
			data := make([]byte, size)
			x := uint32(seed*2654435761 + size)
			for i := range data {
				x = x*1664525 + 1013904223
				data[i] = alphabet[int(x>>24)%len(alphabet)]
			}
			if got, want := controlBytes(data), slow(data); got != want {
				t.Fatalf("controlBytes(%v) = %d, want %d", data, got, want)
			}
		}
	}
}
