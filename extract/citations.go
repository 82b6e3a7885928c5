package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Citations are found in three passes, in the manner of eyecite: scan a
// paragraph into tokens with positions, find citations among the tokens,
// and resolve each to the symbol (and paragraph) it names.

type tokKind uint8

const (
	tWord    tokKind = iota
	tNumber          // "2374", "13,289"
	tNumYear         // "2374 (2017)": a number with a year in brackets
	tSymbol          // "S/RES/2480(2019)", "S/PRST/2018/10", "S/2020/476"
	tComma
	tPunct
)

type token struct {
	kind       tokKind
	start, end int    // byte offsets in the scanned text
	text       string // as printed
	num, year  string // for tNumYear
}

// scanTokens splits s into tokens. White space separates tokens and is not
// one.
func scanTokens(s string) []token {
	toks := make([]token, 0, len(s)/6)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case (r == 'S' || r == 'A') && !wordBefore(s, i) && symbolRE.MatchString(s[i:]):
			m := symbolRE.FindString(s[i:])
			toks = append(toks, token{kind: tSymbol, start: i, end: i + len(m), text: m})
			i += len(m)
		case r >= '0' && r <= '9':
			toks = append(toks, scanNumber(s, i))
			i = toks[len(toks)-1].end
		case unicode.IsLetter(r):
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !(unicode.IsLetter(r2) || r2 == '-' || r2 == '\'') || isHan(r2) != isHan(r) {
					break
				}
				j += n2
			}
			toks = append(toks, token{kind: tWord, start: i, end: j, text: s[i:j]})
			i = j
		case r == ',' || r == '，' || r == '、':
			toks = append(toks, token{kind: tComma, start: i, end: i + n, text: s[i : i+n]})
			i += n
		default:
			toks = append(toks, token{kind: tPunct, start: i, end: i + n, text: s[i : i+n]})
			i += n
		}
	}
	return toks
}

// scanNumber reads a number at s[i], and the year in brackets after it if
// there is one: "2374 (2017)", "2531(2020)".
func scanNumber(s string, i int) token {
	j := i
	for j < len(s) && (isDigit(s[j]) || s[j] == ',' && j+1 < len(s) && isDigit(s[j+1]) && j > i) {
		j++
	}
	t := token{kind: tNumber, start: i, end: j, text: s[i:j]}
	if strings.Contains(t.text, ",") || j-i > 4 {
		return t
	}
	k := j
	if k < len(s) && s[k] == ' ' {
		k++
	}
	if k+6 <= len(s) && s[k] == '(' && s[k+5] == ')' && allDigits(s[k+1:k+5]) {
		year := s[k+1 : k+5]
		if year >= "1945" && year <= "2099" {
			return token{kind: tNumYear, start: i, end: k + 6, text: s[i : k+6], num: s[i:j], year: year}
		}
	}
	return t
}

// findCitations finds the citations in one paragraph's text.
func findCitations(s string) []*Citation {
	if !mayCite(s) {
		return nil
	}
	toks := scanTokens(s)
	var out []*Citation
	add := func(target, para string, start, end int) {
		out = append(out, &Citation{Target: target, TargetParagraph: para, Text: s[start:end], Span: Span{start, end}})
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch {
		case t.kind == tSymbol:
			add(NormaliseSymbol(t.text), "", t.start, t.end)
		case t.kind == tWord && isWordIn(t.text, "resolution", "resolutions"):
			paras, from := paragraphsBefore(s, toks, i)
			j := i + 1
			for first := true; j < len(toks); j++ {
				u := toks[j]
				switch {
				case u.kind == tNumYear:
					target := resolutionSymbol(u.num, u.year)
					if first && len(paras) > 0 {
						for _, p := range paras {
							add(target, p, from, u.end)
						}
					} else if first {
						add(target, "", t.start, u.end) // "resolution 2374 (2017)"
					} else {
						add(target, "", u.start, u.end)
					}
					first = false
					continue
				case u.kind == tSymbol:
					add(NormaliseSymbol(u.text), "", u.start, u.end)
					first = false
					continue
				case listGlue(u):
					continue
				}
				break
			}
			i = j - 1
		case t.kind == tNumYear && i+1 < len(toks) && strings.HasPrefix(toks[i+1].text, "号决议"):
			// Chinese: "第 2531(2020) 号决议".
			add(resolutionSymbol(t.num, t.year), "", t.start, t.end)
		}
	}
	return out
}

// mayCite is a quick test that s holds something every citation holds: a
// resolution word or a symbol's slash. Most paragraphs cite nothing.
func mayCite(s string) bool {
	return strings.Contains(s, "esolution") || strings.Contains(s, "/") || strings.Contains(s, "号决议")
}

// listGlue reports whether t may stand between the items of a list of
// resolutions: "2378 (2017) and 2436 (2018)", "resolutions, in particular
// 2359 (2017), 2295 (2016) and 2100 (2013)".
func listGlue(t token) bool {
	return t.kind == tComma || t.kind == tWord && isWordIn(t.text, "and", "in", "particular", "as", "well", "including")
}

// paragraphsBefore reads "paragraph 4 of" or "paragraphs 2, 5, 6 and 7 of"
// just before the resolution word at toks[i]. It returns the paragraph ids
// and the offset where the reference starts.
func paragraphsBefore(s string, toks []token, i int) ([]string, int) {
	if i < 2 || !isWordIn(toks[i-1].text, "of") {
		return nil, 0
	}
	k := i - 2
	for k >= 0 && !isWordIn(toks[k].text, "paragraph", "paragraphs") {
		switch u := toks[k]; {
		case u.kind == tNumber, u.kind == tComma, u.kind == tPunct && (u.text == "(" || u.text == ")"),
			u.kind == tWord && (isWordIn(u.text, "and") || isSubItemLabel(u.text)):
			k--
			continue
		}
		return nil, 0
	}
	if k < 0 {
		return nil, 0
	}
	var ids []string
	for _, u := range toks[k+1 : i-1] {
		switch {
		case u.kind == tNumber && !strings.Contains(u.text, ","):
			ids = append(ids, "op_"+u.text)
		case u.kind == tWord && isSubItemLabel(u.text) && len(ids) > 0:
			ids[len(ids)-1] += "__" + u.text
		}
	}
	return ids, toks[k].start
}

func isSubItemLabel(w string) bool {
	if len(w) == 1 && w[0] >= 'a' && w[0] <= 'z' {
		return true
	}
	return len(w) <= 6 && strings.Trim(w, "ivxl") == ""
}

func isWordIn(w string, words ...string) bool {
	for _, x := range words {
		if strings.EqualFold(w, x) {
			return true
		}
	}
	return false
}

func wordBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }
