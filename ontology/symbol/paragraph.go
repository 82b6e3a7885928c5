package symbol

import (
	"strconv"
	"strings"
)

// Paragraph kinds, as paragraph ids print them.
const (
	Operative  = "op"   // "op_16"
	Preambular = "pp"   // "pp_3"
	Running    = "para" // "para_2": a paragraph of a letter or press release
)

// labelSep joins the labels of a sub-paragraph to its paragraph's id:
// (a) (i) of paragraph 28 is op_28__a__i. Two underscores, because one
// already marks a number printed twice (op_47_2).
const labelSep = "__"

// ParagraphRef names a paragraph of a document, as the fragment of its
// IRI: "op_16", "pp_3", "para_2", "op_u3" (the third decision of a text
// that numbers none), "op_28__a__i" (sub-paragraph (a) (i) of paragraph
// 28), "op_3__2" (the second unlabelled item of paragraph 3), "op_47_2"
// (the second paragraph printed as 47). The zero ParagraphRef names none.
type ParagraphRef struct {
	// Kind is Operative, Preambular or Running.
	Kind string
	// Number is the paragraph's number as printed ("28"), or its place
	// among the decisions of a text that numbers none ("3" of op_u3).
	Number string
	// Unnumbered marks a decision the text does not number (op_u3).
	Unnumbered bool
	// Repeat is 2 for the second paragraph printed with the same number
	// (op_47_2), 3 for the third …; 0 for the first.
	Repeat int
	// Labels are the sub-paragraph labels under the paragraph, outermost
	// first: "a", "i" of op_28__a__i; the count of an unlabelled item
	// ("2" of op_3__2); a label printed twice keeps its repeat ("c_2").
	Labels []string
}

// IsZero reports whether r names no paragraph.
func (r ParagraphRef) IsZero() bool { return r.Kind == "" }

// String is the paragraph's id, the fragment of its IRI.
func (r ParagraphRef) String() string {
	if r.IsZero() {
		return ""
	}
	// Written on the stack and copied once: a builder grew its bytes
	// two or three times for an id (issue 13).
	var room [48]byte
	return string(r.AppendString(room[:0]))
}

// AppendString appends the paragraph's id, as String writes it, to dst:
// for a caller that looks an id up, or compares it, without keeping it.
func (r ParagraphRef) AppendString(dst []byte) []byte {
	if r.IsZero() {
		return dst
	}
	dst = append(dst, r.Kind...)
	dst = append(dst, '_')
	if r.Unnumbered {
		dst = append(dst, 'u')
	}
	dst = append(dst, r.Number...)
	if r.Repeat > 0 {
		dst = append(dst, '_')
		dst = strconv.AppendInt(dst, int64(r.Repeat), 10)
	}
	for _, l := range r.Labels {
		dst = append(dst, labelSep...)
		dst = append(dst, l...)
	}
	return dst
}

// ParseParagraph reads a paragraph id ("op_28__a__i", "pp_3", "op_u3",
// "op_47_2"). It reports false for anything else, such as the id of a
// fact node ("op_2-cit-1") or a section ("sec_1").
func ParseParagraph(id string) (ParagraphRef, bool) {
	head, labels, hasLabels := strings.Cut(id, labelSep)
	kind, num, ok := strings.Cut(head, "_")
	if !ok || kind != Operative && kind != Preambular && kind != Running {
		return ParagraphRef{}, false
	}
	r := ParagraphRef{Kind: kind}
	if rest, ok := strings.CutPrefix(num, "u"); ok && kind == Operative {
		r.Unnumbered, num = true, rest
	}
	if n, repeat, ok := strings.Cut(num, "_"); ok {
		k, err := strconv.Atoi(repeat)
		if err != nil || k < 2 {
			return ParagraphRef{}, false
		}
		num, r.Repeat = n, k
	}
	if !allDigits(num) {
		return ParagraphRef{}, false
	}
	r.Number = num
	if hasLabels {
		r.Labels = strings.Split(labels, labelSep)
		for _, l := range r.Labels {
			if l == "" || strings.ContainsAny(l, "#-/") {
				return ParagraphRef{}, false
			}
		}
	}
	return r, true
}

// Sub is the item under r with the labels given, outermost first; empty
// labels are skipped: op_28.Sub("a", "i") is op_28__a__i, op_3.Sub("",
// "ii") is op_3__ii.
func (r ParagraphRef) Sub(labels ...string) ParagraphRef {
	return r.SubIn(nil, labels...)
}

// SubIn is Sub, its labels written in room's memory while it has the
// room: for a caller that makes many items' refs, each kept no longer
// than the next is made (room's length is of no account).
func (r ParagraphRef) SubIn(room []string, labels ...string) ParagraphRef {
	out := r
	out.Labels = append(room[:0], r.Labels...)
	for _, l := range labels {
		if l != "" {
			out.Labels = append(out.Labels, l)
		}
	}
	return out
}

// Again is the n-th paragraph or item printed with r's number or label (n
// from 2): op_47 again is op_47_2, op_30__c again is op_30__c_2.
func (r ParagraphRef) Again(n int) ParagraphRef {
	out := r.Sub()
	if k := len(out.Labels); k > 0 {
		out.Labels[k-1] += "_" + strconv.Itoa(n)
	} else {
		out.Repeat = n
	}
	return out
}

// Parent is the item r is part of: op_20__a of op_20__a__ii, op_20 of
// op_20__a. A paragraph (no labels) has none, and Parent reports false.
func (r ParagraphRef) Parent() (ParagraphRef, bool) {
	if len(r.Labels) == 0 {
		return ParagraphRef{}, false
	}
	out := r
	out.Labels = r.Labels[: len(r.Labels)-1 : len(r.Labels)-1]
	if len(out.Labels) == 0 {
		out.Labels = nil
	}
	return out, true
}

// Top is the paragraph r is in, without its sub-paragraph labels: op_20
// of op_20__a__ii.
func (r ParagraphRef) Top() ParagraphRef {
	r.Labels = nil
	return r
}

// Ordinal is the paragraph's number as an integer (28 of op_28__a), its
// place for a decision the text does not number (3 of op_u3), 0 for none.
func (r ParagraphRef) Ordinal() int {
	n, _ := strconv.Atoi(r.Number)
	return n
}
