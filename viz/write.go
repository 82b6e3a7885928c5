package viz

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
)

// Formats are the formats Write writes, by name.
var Formats = []string{"svg", "dot", "mermaid", "graphml", "json"}

// Extension is the file name extension of a format, without the dot.
func Extension(format string) string {
	if format == "mermaid" {
		return "mmd"
	}
	return format
}

// FormatOf guesses a format from a file name's extension: .svg, .dot or
// .gv, .mmd or .mermaid, .graphml, .json; "" if none fits.
func FormatOf(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".svg":
		return "svg"
	case ".dot", ".gv":
		return "dot"
	case ".mmd", ".mermaid":
		return "mermaid"
	case ".graphml":
		return "graphml"
	case ".json":
		return "json"
	}
	return ""
}

// Write lays the chain out and writes it in the given format.
func Write(w io.Writer, format string, c *Chain) error {
	if len(c.Nodes) == 0 {
		return fmt.Errorf("the chain is empty")
	}
	l := Lay(c)
	switch format {
	case "svg":
		return WriteSVG(w, c, l)
	case "dot":
		return WriteDOT(w, c, l)
	case "mermaid":
		return WriteMermaid(w, c, l)
	case "graphml":
		return WriteGraphML(w, c)
	case "json":
		return WriteJSON(w, c, l)
	}
	return fmt.Errorf("format %q: use %s", format, strings.Join(Formats, ", "))
}
