package extract

import (
	"bytes"
	"fmt"
	"os"
	"unicode/utf16"
	"unicode/utf8"
)

// MaxFileSize bounds what sckg reads from one file. Council documents run to
// a few hundred kilobytes; anything far larger is not one of them and would
// only cost memory.
const MaxFileSize = 64 << 20

// InputError is a problem with one input file. It names the file so that a
// run over a folder can report it and go on with the other files.
type InputError struct {
	File    string
	Problem string
}

func (e *InputError) Error() string { return e.File + ": " + e.Problem }

// ReadText reads a file as UTF-8 text. It accepts UTF-8 with or without a
// byte-order mark and UTF-16 with one; anything else (empty, binary, another
// encoding, too large) is an *InputError that says what is wrong.
func ReadText(path, name string) (string, error) {
	info, err := os.Stat(path)
	if err != nil {
		return "", &InputError{name, "cannot read: " + err.Error()}
	}
	if info.Size() > MaxFileSize {
		return "", &InputError{name, fmt.Sprintf("file is %d MiB; sckg reads files up to %d MiB (is it really a UN document?)", info.Size()>>20, MaxFileSize>>20)}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return "", &InputError{name, "cannot read: " + err.Error()}
	}
	return DecodeText(name, data)
}

// DecodeText checks and decodes the bytes of a text file named name.
func DecodeText(name string, data []byte) (string, error) {
	switch {
	case len(bytes.TrimSpace(data)) == 0:
		return "", &InputError{name, "file is empty"}
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		// A UTF-8 byte-order mark is not text; spans count from after it.
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeUTF16(name, data)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return "", &InputError{name, fmt.Sprintf("binary file (NUL byte at offset %d), not text", i)}
	}
	if !utf8.Valid(data) {
		off := firstInvalidUTF8(data)
		return "", &InputError{name, fmt.Sprintf("not valid UTF-8 (first bad byte 0x%02X at offset %d); convert it to UTF-8, for example with iconv -f WINDOWS-1252 -t UTF-8", data[off], off)}
	}
	if n := controlBytes(data); n*20 > len(data) {
		return "", &InputError{name, fmt.Sprintf("binary file (%d control characters in %d bytes), not text", n, len(data))}
	}
	return string(data), nil
}

func decodeUTF16(name string, data []byte) (string, error) {
	if len(data)%2 != 0 {
		return "", &InputError{name, "UTF-16 text with an odd number of bytes (truncated?)"}
	}
	bigEndian := data[0] == 0xFE
	units := make([]uint16, 0, len(data)/2-1)
	for i := 2; i+1 < len(data); i += 2 {
		if bigEndian {
			units = append(units, uint16(data[i])<<8|uint16(data[i+1]))
		} else {
			units = append(units, uint16(data[i+1])<<8|uint16(data[i]))
		}
	}
	text := string(utf16.Decode(units))
	if len(bytes.TrimSpace([]byte(text))) == 0 {
		return "", &InputError{name, "file is empty"}
	}
	return text, nil
}

func firstInvalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(data)
}

// controlBytes counts C0 control bytes other than the white space that text
// files carry.
func controlBytes(data []byte) int {
	n := 0
	for _, b := range data {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			n++
		}
	}
	return n
}
