package extract

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Input is a file to read, with the name it goes by in the graph.
type Input struct {
	Path string // where to read it
	Name string // relative to the folder it was found in, or its base name
}

// textExtensions are the files a folder walk picks up.
var textExtensions = map[string]bool{".txt": true, ".md": true, ".markdown": true, ".html": true, ".htm": true}

// Collect lists the files to read from paths: files as named, folders
// recursively (text and Markdown files only, hidden entries skipped), in
// a stable order. A path that cannot be read is reported and skipped.
// Named pipes, sockets and devices are listed too, by name: reading them
// (ReadText) reports each as not a regular file, without opening it in a
// way that could wait for ever.
func Collect(paths []string) ([]Input, []error) {
	var inputs []Input
	var errs []error
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			errs = append(errs, &InputError{p, "cannot read: " + err.Error()})
			continue
		}
		if !info.IsDir() {
			inputs = append(inputs, Input{Path: p, Name: filepath.Base(p)})
			continue
		}
		var found []Input
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, &InputError{path, "cannot read: " + err.Error()})
				return nil
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() || !textExtensions[strings.ToLower(filepath.Ext(path))] {
				return nil
			}
			rel, _ := filepath.Rel(p, path)
			found = append(found, Input{Path: path, Name: filepath.ToSlash(rel)})
			return nil
		})
		if err != nil {
			errs = append(errs, &InputError{p, err.Error()})
		}
		sort.Slice(found, func(i, j int) bool { return found[i].Name < found[j].Name })
		inputs = append(inputs, found...)
	}
	return inputs, errs
}

// Result is what reading one input gave.
type Result struct {
	Input    Input
	Source   *Source // nil when Err is set
	Warnings []Warning
	Err      error
}

// Files reads and extracts inputs on up to Options.Jobs goroutines.
// Results come back in input order, so output built from them does not
// depend on scheduling. The years of resolutions that one file cites
// without one come from every file read.
func (x *Extractor) Files(inputs []Input) []Result {
	results := make([]Result, 0, len(inputs))
	x.FilesEach(inputs, func(r Result) error {
		results = append(results, r)
		return nil
	})
	// Years that one file leaves out, another may print.
	var sources []*Source
	for _, r := range results {
		if r.Source != nil {
			sources = append(sources, r.Source)
		}
	}
	years := ResolutionYears(sources)
	// And the end of a mandate a renewal runs from.
	ends := MandateEnds(sources, nil)
	for i := range results {
		if results[i].Source != nil {
			results[i].Warnings = append(results[i].Warnings, SettleYears(results[i].Source, years)...)
			SettleMandateEnds(results[i].Source, ends)
		}
	}
	return results
}

func (x *Extractor) readOne(in Input) Result {
	r := Result{Input: in}
	src, warnings, err := ReadTextWarn(in.Path, in.Name)
	if err != nil {
		r.Err = err
		return r
	}
	var more []Warning
	r.Source, more, r.Err = x.file(in.Name, src)
	r.Warnings = append(warnings, more...)
	return r
}
