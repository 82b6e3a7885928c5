package viz

import (
	"strings"
	"unicode"
)

// labelFontSize is the size of the text in node boxes, in pixels.
const labelFontSize = 11.0

// labelRoom is the width a label may take in a box: 6 px in from either
// side.
const labelRoom = BoxW - 12

// textWidth estimates how wide s is drawn at labelFontSize. The SVG
// names Helvetica and Arial, but a machine without them draws DejaVu Sans
// (Debian's Chromium does), which is wider; the advance widths here are
// DejaVu Sans's, rounded up per class of character, so that a label that
// fits by this estimate fits in either font. Bold adds a tenth.
func textWidth(s string, bold bool) float64 {
	em := 0.0
	for _, r := range s {
		em += advance(r)
	}
	if bold {
		em *= 1.1
	}
	return em * labelFontSize
}

// advance is a character's width in em.
func advance(r rune) float64 {
	switch {
	case strings.ContainsRune("iljI.,:;'|!", r):
		return 0.32
	case strings.ContainsRune(" frt()[]/-", r):
		return 0.44
	case r == 'm' || r == 'M' || r == 'W':
		return 1.0
	case r == 'w':
		return 0.83
	case unicode.IsDigit(r):
		return 0.64
	case unicode.IsUpper(r):
		return 0.77
	case r < 0x80:
		return 0.63
	case unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hangul, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
		return 1.0
	}
	return 0.72
}

// fit shortens s, with an ellipsis, until it is drawn within room pixels.
func fit(s string, bold bool, room float64) string {
	s = strings.Join(strings.Fields(s), " ")
	if textWidth(s, bold) <= room {
		return s
	}
	r := []rune(s)
	for len(r) > 0 && textWidth(string(r)+"…", bold) > room {
		r = r[:len(r)-1]
	}
	return strings.TrimRight(string(r), " ") + "…"
}
