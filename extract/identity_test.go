package extract

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// The identity test (issue 13): making extraction faster must not change
// what it finds. Every exported field of every result (documents,
// paragraphs, sections, citations, mentions, requests, mandate facts,
// relations, votes, warnings, with their spans) of the seeds, of the
// other fixtures in ../testdata and of the development corpus is written out as text, and each file's text is
// hashed against testdata/identity/*.sha256, made by the code before the
// speed work. The hashes keep the repository small; to see what changed,
// write the dumps of two revisions and diff them:
//
//	go test ./extract -run TestIdentity -identity.dump /tmp/before   (old revision)
//	go test ./extract -run TestIdentity -identity.dump /tmp/after
//	diff -r /tmp/before /tmp/after
//
// A change of extraction that is meant refreshes the hashes with
//
//	go test ./extract -run TestIdentity -update
var (
	updateIdentity = flag.Bool("update", false, "rewrite testdata/identity/*.sha256 from the current extraction")
	identityDump   = flag.String("identity.dump", "", "write each file's dump of the extraction into this folder")
)

func TestIdentity(t *testing.T) {
	for _, set := range []struct{ name, dir string }{
		{"seeds", seeds}, {"crunsc", "../testdata/crunsc"}, {"html", "../testdata/html"}, {"bad", "../testdata/bad"},
		{"crunsc-dev", devCorpus},
	} {
		t.Run(set.name, func(t *testing.T) {
			if _, err := os.Stat(set.dir); err != nil {
				if os.Getenv("CI") != "" {
					t.Fatalf("%s is missing: %v", set.dir, err)
				}
				t.Skipf("no corpus at %s", set.dir)
			}
			inputs, errs := Collect([]string{set.dir})
			if len(errs) > 0 {
				t.Fatal(errs[0])
			}
			var got strings.Builder
			for _, r := range defaultExtractor.Files(inputs) {
				dump := dumpResult(r)
				sum := sha256.Sum256([]byte(dump))
				fmt.Fprintf(&got, "%s  %s\n", hex.EncodeToString(sum[:]), r.Input.Name)
				if *identityDump != "" {
					out := filepath.Join(*identityDump, set.name, r.Input.Name+".dump")
					if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(out, []byte(dump), 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
			golden := filepath.Join("testdata", "identity", set.name+".sha256")
			if *updateIdentity {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(got.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./extract -run TestIdentity -update)", err)
			}
			if got.String() != string(want) {
				wl, gl := strings.Split(string(want), "\n"), strings.Split(got.String(), "\n")
				n := 0
				for i := 0; i < len(wl) && i < len(gl); i++ {
					if wl[i] != gl[i] {
						if n++; n <= 10 {
							t.Errorf("extraction of %s changed", strings.Fields(wl[i])[1])
						}
					}
				}
				if len(wl) != len(gl) {
					t.Errorf("%d files, want %d", len(gl), len(wl))
				}
				t.Errorf("%d files changed; see the comment on TestIdentity to diff the dumps", n)
			}
		})
	}
}

// dumpResult writes one file's result as indented text, one field a line.
// Pointers to paragraphs, sections and documents held in fields (a
// citation's paragraph, a document's parent) are written as the id they
// point at; the slices that own them are written in full.
func dumpResult(r Result) string {
	var b strings.Builder
	w := bufio.NewWriter(&b)
	fmt.Fprintf(w, "input %s\n", r.Input.Name)
	if r.Err != nil {
		fmt.Fprintf(w, "error %v\n", r.Err)
	}
	for _, x := range r.Warnings {
		fmt.Fprintf(w, "warning %s %d-%d %s\n", x.Kind, x.Span.Start, x.Span.End, x.Message)
	}
	if r.Source != nil {
		dumpValue(w, "source", reflect.ValueOf(r.Source), 0)
	}
	w.Flush()
	return b.String()
}

var (
	paragraphType = reflect.TypeFor[*Paragraph]()
	sectionType   = reflect.TypeFor[*Section]()
	documentType  = reflect.TypeFor[*Document]()
	mentionType   = reflect.TypeFor[Mention]()
)

func dumpValue(w *bufio.Writer, name string, v reflect.Value, depth int) {
	indent := strings.Repeat("  ", depth)
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			fmt.Fprintf(w, "%s%s nil\n", indent, name)
			return
		}
		dumpValue(w, name, v.Elem(), depth)
	case reflect.Struct:
		fmt.Fprintf(w, "%s%s {\n", indent, name)
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			fv := v.Field(i)
			switch f.Type {
			case paragraphType, sectionType, documentType:
				fmt.Fprintf(w, "%s  %s -> %s\n", indent, f.Name, refOf(fv))
				continue
			}
			dumpValue(w, f.Name, fv, depth+1)
		}
		if t == mentionType {
			// A mention's text and span, its last fields once, are now
			// read by its methods (Mention.Text, Mention.Span): they are
			// written where they stood, so the dump is of the same facts.
			m := v.Interface().(Mention)
			dumpValue(w, "Text", reflect.ValueOf(m.Text()), depth+1)
			dumpValue(w, "Span", reflect.ValueOf(m.Span()), depth+1)
		}
		fmt.Fprintf(w, "%s}\n", indent)
	case reflect.Slice:
		fmt.Fprintf(w, "%s%s [%d]\n", indent, name, v.Len())
		for i := 0; i < v.Len(); i++ {
			dumpValue(w, fmt.Sprint(i), v.Index(i), depth+1)
		}
	case reflect.Map:
		panic("dumpValue: maps are not written in a stable order: " + name)
	default:
		fmt.Fprintf(w, "%s%s %#v\n", indent, name, v.Interface())
	}
}

func refOf(v reflect.Value) string {
	if v.IsNil() {
		return "nil"
	}
	switch p := v.Interface().(type) {
	case *Paragraph:
		return p.ID
	case *Section:
		return p.ID
	case *Document:
		return p.ID()
	}
	return "?"
}
