package rdfio

import (
	"fmt"
	"unicode/utf8"
)

// checkLexerTraps refuses the byte patterns on which knakk/rdf's
// Turtle and N-Quads lexer hangs or panics. Its lexer runs in a goroutine
// of its own, where sckg cannot recover a panic nor stop a loop, so the
// input must be checked before it is given to it (found by FuzzReadTurtle
// and FuzzReadNQuads; testdata/fuzz holds the inputs).
//
// The first trap is a long string whose text begins with its quote
// character (""""a" b"""): the lexer counts four or five quotes, takes
// neither for a long string nor for an empty one, and slices before the
// string's start when it ends.
//
// The second trap is a '.' followed by a digit where the lexer reads it between
// terms: it steps back two characters to read a number such as ".5". At
// the start of a line that is before the line's first byte (index out of
// range); after '.', '+' or '-' it lands on a character it then steps past
// without moving on, for ever. Inside IRIs, strings and comments the
// lexer does not look for numbers, so those are skipped here; elsewhere
// such text is not valid N-Quads, and valid Turtle only as a number with
// nothing before its dot (".5" at the start of a line), which can be
// written "0.5".
func checkLexerTraps(data []byte) error {
	line := 1
	lineStart := true
	for i := 0; i < len(data); i++ {
		c := data[i]
		switch {
		case c == '\n':
			line++
			lineStart = true
			continue
		case c == '<':
			i = skipUntil(data, i+1, ">", false)
		case c == '"' || c == '\'':
			if run := quoteRun(data[i:], c); run == 4 || run == 5 {
				return fmt.Errorf("line %d: %q: a long string that begins with a quote makes the RDF reader sckg uses (knakk/rdf) crash; escape that quote (\\%c)", line, around(data, i), c)
			}
			long := string([]byte{c, c, c})
			if i+2 < len(data) && string(data[i:i+3]) == long {
				end := skipUntil(data, i+3, long, true)
				line += countLines(data[i:min(end+1, len(data))])
				i = end
			} else {
				i = skipUntil(data, i+1, string(c), false)
			}
		case c == '#':
			i = skipUntil(data, i+1, "", false)
		case c == '\\':
			i++ // an escaped character of a name
		case c == '.' && i+1 < len(data) && data[i+1] >= '0' && data[i+1] <= '9':
			if lineStart || data[i-1] == '.' || data[i-1] == '+' || data[i-1] == '-' {
				return fmt.Errorf("line %d: %q: a number written this way makes the RDF reader sckg uses (knakk/rdf) hang or crash; write it with a digit before the dot (0.5)", line, around(data, i))
			}
		}
		lineStart = false
	}
	return nil
}

// skipUntil returns the index of the last byte of the first end at or
// after i, skipping escaped characters; a line break ends the search
// unless multiline (and, with end "", ends it). At the end of data it
// returns len(data)-1.
func skipUntil(data []byte, i int, end string, multiline bool) int {
	for ; i < len(data); i++ {
		switch {
		case data[i] == '\\':
			i++
		case data[i] == '\n' && !multiline:
			return i - 1 // the line break is read by the caller
		case end != "" && i+len(end) <= len(data) && string(data[i:i+len(end)]) == end:
			return i + len(end) - 1
		}
	}
	return len(data) - 1
}

// quoteRun is how many times b begins with c.
func quoteRun(b []byte, c byte) int {
	n := 0
	for n < len(b) && b[n] == c {
		n++
	}
	return n
}

func countLines(b []byte) int {
	n := 0
	for _, c := range b {
		if c == '\n' {
			n++
		}
	}
	return n
}

// around is a few characters around data[i], for a message.
func around(data []byte, i int) string {
	from, to := max(0, i-8), min(len(data), i+8)
	for from > 0 && !utf8.RuneStart(data[from]) {
		from--
	}
	for to < len(data) && !utf8.RuneStart(data[to]) {
		to++
	}
	return string(data[from:to])
}
