package extract

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"io/fs"
	"math/bits"
	"os"
	"strings"
	"syscall"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"
)

// MaxFileSize bounds what sckg reads from one file. Council documents run to
// a few hundred kilobytes; anything far larger is not one of them and would
// only cost memory.
const MaxFileSize = 64 << 20

// maxTextSize bounds the text File reads: at least what a file of
// MaxFileSize decodes to (UTF-16 takes up to half as much again in
// UTF-8), far below what the 32-bit offsets of its facts can hold.
const maxTextSize = 2 * MaxFileSize

// InputError is a problem with one input file. It names the file so that a
// run over a folder can report it and go on with the other files.
type InputError struct {
	File    string
	Problem string
}

func (e *InputError) Error() string { return e.File + ": " + e.Problem }

// ReadText reads a file as UTF-8 text. It accepts UTF-8 with or without a
// byte-order mark and UTF-16 with one or, with a warning, without;
// anything else (empty, binary, another encoding, too large, not a regular
// file) is an *InputError that says what is wrong.
func ReadText(path, name string) (string, error) {
	text, _, err := ReadTextWarn(path, name)
	return text, err
}

// ReadTextWarn is ReadText with the warnings about how the file was read.
func ReadTextWarn(path, name string) (string, []Warning, error) {
	// Opened without blocking and checked on the open file, not by name
	// first: opening a named pipe for reading waits for a writer, for
	// ever, and a name can change what it points to between a look and a
	// read. A regular file reads the same either way.
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return "", nil, &InputError{name, "cannot read: " + err.Error()}
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return "", nil, &InputError{name, "cannot read: " + err.Error()}
	}
	if !info.Mode().IsRegular() {
		return "", nil, &InputError{name, NotRegular(info.Mode())}
	}
	if info.Size() > MaxFileSize {
		return "", nil, tooLarge(name, info.Size())
	}
	// The size was read before the bytes: a file that grows meanwhile is
	// still read no further than the cap.
	data, err := readSized(io.LimitReader(f, MaxFileSize+1), info.Size())
	if err != nil {
		return "", nil, &InputError{name, "cannot read: " + err.Error()}
	}
	if len(data) > MaxFileSize {
		return "", nil, tooLarge(name, int64(len(data)))
	}
	// Nothing else holds data: the text may be its bytes, not a copy.
	return decodeTextWarn(name, data, true)
}

// readSized reads r to its end into a buffer made for size bytes, the
// size the file had when it was looked at, and one more, so that a file
// that has not changed is read without the buffer ever growing (io.ReadAll
// starts small and doubles, copying all it has read each time).
func readSized(r io.Reader, size int64) ([]byte, error) {
	buf := make([]byte, 0, min(max(size, 0), MaxFileSize)+1)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)] // grown by append's rule
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		switch {
		case err == io.EOF:
			return buf, nil
		case err != nil:
			return nil, err
		}
	}
}

func tooLarge(name string, size int64) error {
	return &InputError{name, fmt.Sprintf("file is %d MiB; sckg reads files up to %d MiB (is it really a UN document?)", size>>20, MaxFileSize>>20)}
}

// NotRegular says why a file of mode m is not read: sckg reads regular
// files only, since a named pipe, a socket or a device may never end.
func NotRegular(m fs.FileMode) string {
	what := "a special file"
	switch {
	case m.IsDir():
		what = "a folder"
	case m&fs.ModeNamedPipe != 0:
		what = "a named pipe"
	case m&fs.ModeSocket != 0:
		what = "a socket"
	case m&fs.ModeCharDevice != 0:
		what = "a character device"
	case m&fs.ModeDevice != 0:
		what = "a device"
	case m&fs.ModeSymlink != 0:
		what = "a symbolic link"
	}
	return "not a regular file (" + what + ")"
}

// DecodeText checks and decodes the bytes of a text file named name.
func DecodeText(name string, data []byte) (string, error) {
	text, _, err := DecodeTextWarn(name, data)
	return text, err
}

// DecodeTextWarn is DecodeText with the warnings about how the bytes were
// read: UTF-16 without a byte-order mark is read, but said.
func DecodeTextWarn(name string, data []byte) (string, []Warning, error) {
	return decodeTextWarn(name, data, false)
}

// decodeTextWarn is DecodeTextWarn. When owned is set, nothing but the
// text will ever hold data, so text valid as it is shares data's bytes;
// otherwise it is a copy, for the caller may change data afterwards and a
// string must never change.
func decodeTextWarn(name string, data []byte, owned bool) (string, []Warning, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		// A UTF-8 byte-order mark is not text; spans count from after it.
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		text, err := decodeUTF16(name, data[2:], data[0] == 0xFE, "")
		return text, nil, err
	}
	// Checked after the mark is off: a file holding only a mark is empty.
	if len(bytes.TrimSpace(data)) == 0 {
		return "", nil, &InputError{name, "file is empty"}
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		if bigEndian, ok := utf16WithoutBOM(data); ok {
			order := map[bool]string{false: "little-endian", true: "big-endian"}[bigEndian]
			text, err := decodeUTF16(name, data, bigEndian, ", "+order+", without a byte-order mark")
			if err != nil {
				return "", nil, err
			}
			return text, []Warning{{File: name, Kind: WarnInput, Message: "UTF-16 (" + order + ") text without a byte-order mark: read as such; save it as UTF-8 or with a mark to be sure"}}, nil
		}
		return "", nil, &InputError{name, fmt.Sprintf("binary file (NUL byte at offset %d), not text", i)}
	}
	if !utf8.Valid(data) {
		off := firstInvalidUTF8(data)
		return "", nil, &InputError{name, fmt.Sprintf("not valid UTF-8 (first bad byte 0x%02X at offset %d); convert it to UTF-8, for example with iconv -f WINDOWS-1252 -t UTF-8", data[off], off)}
	}
	if n := controlBytes(data); n*20 > len(data) {
		return "", nil, &InputError{name, fmt.Sprintf("binary file (%d control characters in %d bytes), not text", n, len(data))}
	}
	if owned {
		return unsafe.String(unsafe.SliceData(data), len(data)), nil, nil
	}
	return string(data), nil, nil
}

// utf16WithoutBOM tells UTF-16 text that lost its byte-order mark by its
// NUL bytes: text in a Latin script has a NUL in every other byte, odd
// bytes in little-endian order, even ones in big-endian, and a binary
// file has no such rhythm. It says which order, and whether it is one.
func utf16WithoutBOM(data []byte) (bigEndian, ok bool) {
	var le, be int // code units that read as Latin-1 in either order
	for i := 0; i+1 < len(data); i += 2 {
		switch {
		case data[i] != 0 && data[i+1] == 0:
			le++
		case data[i] == 0 && data[i+1] != 0:
			be++
		}
	}
	units := len(data) / 2
	switch {
	case le*2 >= units && le > 8*be:
		return false, true
	case be*2 >= units && be > 8*le:
		return true, true
	}
	return false, false
}

// decodeUTF16 decodes UTF-16 code units (the mark, if any, already
// taken off); how says what kind of UTF-16 it was read as, for errors.
func decodeUTF16(name string, data []byte, bigEndian bool, how string) (string, error) {
	if len(data)%2 != 0 {
		return "", &InputError{name, "UTF-16 text" + how + " with an odd number of bytes (truncated?)"}
	}
	units := make([]uint16, 0, len(data)/2)
	for i := 0; i+1 < len(data); i += 2 {
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
	// What was decoded must be text as well: NULs or a crowd of control
	// characters mean a binary file whose bytes happened to fit.
	if strings.IndexByte(text, 0) >= 0 || controlBytes([]byte(text))*20 > len(text) {
		return "", &InputError{name, "binary file (UTF-16" + how + ", but not text once decoded)"}
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
// files carry. A word of eight bytes none of which is below 0x20, as most
// of a text's are, is passed over whole: only a word with a line break or
// a tab in it is counted byte by byte.
func controlBytes(data []byte) int {
	n, i := 0, 0
	for ; len(data)-i >= 8; i += 8 {
		w := binary.LittleEndian.Uint64(data[i:])
		// Counted in the word, not byte by byte: most words with a byte
		// below the space hold a line break and nothing else below it.
		if below := belowSpace(w); below != 0 {
			if below &^= bytesEqual(w, '\n'); below != 0 {
				n += bits.OnesCount64(below &^ (bytesEqual(w, '\r') | bytesEqual(w, '\t') | bytesEqual(w, '\f')))
			}
		}
	}
	return n + controlBytesIn(data[i:])
}

// belowSpace has the high bit of each byte of w that is below 0x20, and
// no other bit: adding 0x60 to a byte's low seven bits sets its high bit
// just when it is 0x20 or more, with no carry into the next, and a byte
// with its high bit set is none.
func belowSpace(w uint64) uint64 {
	const low7 = 0x7f7f7f7f7f7f7f7f
	return ^((w&low7 + 0x60*ones) | w) & highBits
}

// controlBytesIn is controlBytes byte by byte.
func controlBytesIn(data []byte) int {
	n := 0
	for _, b := range data {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			n++
		}
	}
	return n
}
