package symbol

import (
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The printed forms of symbols that Council texts and users write, and
// what each reads as.
func TestParse(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
		kind           Kind
		number, year   string
		session        string
	}{
		{"modern", "S/RES/2531 (2020)", "S/RES/2531(2020)", KindResolution, "2531", "2020", ""},
		{"no space", "S/RES/2531(2020)", "S/RES/2531(2020)", KindResolution, "2531", "2020", ""},
		{"as a text cites it", "resolution 2531 (2020)", "S/RES/2531(2020)", KindResolution, "2531", "2020", ""},
		{"capitalised", "Resolution 2531", "S/RES/2531", KindResolution, "2531", "", ""},
		{"number and year", "2531 (2020)", "S/RES/2531(2020)", KindResolution, "2531", "2020", ""},
		{"number alone", "2584", "S/RES/2584", KindResolution, "2584", "", ""},
		{"leading zeros", "S/RES/0678 (1990)", "S/RES/678(1990)", KindResolution, "678", "1990", ""},
		{"lower case", "s/res/2584(2021)", "S/RES/2584(2021)", KindResolution, "2584", "2021", ""},
		{"stray spaces", " S / RES / 2480 ( 2019 ) ;", "S/RES/2480(2019)", KindResolution, "2480", "2019", ""},
		{"session printed with S", "S/RES/1514 (XV)", "S/RES/1514(XV)", KindResolution, "1514", "", "XV"},
		{"assembly by session", "A/RES/70/1", "A/RES/70/1", KindAssemblyResolution, "1", "", "70"},
		{"assembly part by session", "A/RES/31/6A", "A/RES/31/6A", KindAssemblyResolution, "6A", "", "31"},
		{"assembly in Roman", "1514 (XV)", "A/RES/1514(XV)", KindAssemblyResolution, "1514", "", "XV"},
		{"assembly special session", "2248 (S-V)", "A/RES/2248(S-V)", KindAssemblyResolution, "2248", "", "S-V"},
		{"assembly part", "A/RES/268B(III)", "A/RES/268B(III)", KindAssemblyResolution, "268B", "", "III"},
		{"assembly by year", "A/RES/2625 (1970)", "A/RES/2625(1970)", KindAssemblyResolution, "2625", "1970", ""},
		{"presidential statement", "S/PRST/2018/10", "S/PRST/2018/10", KindPresidentialStatement, "10", "2018", ""},
		{"statement, lower case", "s/prst/2018/10.", "S/PRST/2018/10", KindPresidentialStatement, "10", "2018", ""},
		{"report", "S/2020/476", "S/2020/476", KindDocument, "476", "2020", ""},
		{"addendum", "S/2020/600/ADD.1", "S/2020/600/Add.1", KindDocument, "600", "2020", ""},
		{"single series", "S/11563", "S/11563", KindDocument, "11563", "", ""},
		{"revision", "S/1059/Rev.2", "S/1059/Rev.2", KindDocument, "1059", "", ""},
		{"agenda", "S/Agenda/2185", "S/Agenda/2185", KindDocument, "2185", "", ""},
		{"assembly document", "A/52/231", "A/52/231", KindDocument, "231", "", "52"},
		{"assembly special session document", "A/S-23/10/Rev.1", "A/S-23/10/Rev.1", KindDocument, "10", "", "S-23"},
		{"assembly early series", "A/1234", "A/1234", KindDocument, "1234", "", ""},
		{"meeting", "S/PV.8809", "S/PV.8809", KindMeetingRecord, "8809", "", ""},
		{"council series unread", "S/RES/70/1", "S/RES/70/1", KindResolution, "", "", ""},
		{"no symbol", "the Agreement", "theAgreement", KindOther, "", "", ""},
		{"empty", "  ", "", KindOther, "", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := Parse(c.in)
			if s.String() != c.want || s.Kind() != c.kind || s.Number() != c.number || s.Year() != c.year || s.Session() != c.session {
				t.Errorf("Parse(%q) = %q %v number %q year %q session %q; want %q %v %q %q %q",
					c.in, s, s.Kind(), s.Number(), s.Year(), s.Session(), c.want, c.kind, c.number, c.year, c.session)
			}
			if again := Parse(s.String()); again != s {
				t.Errorf("Parse(%q) = %+v, read again %+v", c.in, s, again)
			}
		})
	}
}

// The constructors write what extraction reads out of a text.
func TestConstructors(t *testing.T) {
	for _, c := range []struct {
		name string
		got  Symbol
		want string
	}{
		{"council", Resolution("0678", "1990"), "S/RES/678(1990)"},
		{"assembly by Roman session", Resolution("1514", "XV"), "A/RES/1514(XV)"},
		{"assembly part", Resolution("268B", "III"), "A/RES/268B(III)"},
		{"assembly by year", AssemblyResolution("2625", "1970"), "A/RES/2625(1970)"},
		{"assembly sessional", SessionalResolution("31", "6A"), "A/RES/31/6A"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if c.got.String() != c.want {
				t.Errorf("%s, want %s", c.got, c.want)
			}
			if Parse(c.want) != c.got {
				t.Errorf("Parse(%q) = %+v, constructed %+v", c.want, Parse(c.want), c.got)
			}
		})
	}
}

// AppendResolution writes what Resolution's String does, for every
// number and year or session extraction may read, and the odd ones.
func TestAppendResolutionAsString(t *testing.T) {
	nums := []string{"", "0", "00", "0678", "678", "2531", "268B", "0268B", "B", "5", "007", "1 2"}
	years := []string{"", "1990", "2020", "XV", "III", "S-V", "70", "19x0", "0"}
	for _, n := range nums {
		for _, y := range years {
			want := Resolution(n, y).String()
			if got := string(AppendResolution([]byte("x"), n, y)); got != "x"+want {
				t.Errorf("AppendResolution(%q, %q) = %q, want %q", n, y, got[1:], want)
			}
		}
	}
}

func TestParagraphRef(t *testing.T) {
	for _, c := range []struct {
		id     string
		ref    ParagraphRef
		parent string
	}{
		{"op_16", ParagraphRef{Kind: Operative, Number: "16"}, ""},
		{"pp_3", ParagraphRef{Kind: Preambular, Number: "3"}, ""},
		{"para_2", ParagraphRef{Kind: Running, Number: "2"}, ""},
		{"op_u3", ParagraphRef{Kind: Operative, Number: "3", Unnumbered: true}, ""},
		{"op_47_2", ParagraphRef{Kind: Operative, Number: "47", Repeat: 2}, ""},
		{"op_28__a__i", ParagraphRef{Kind: Operative, Number: "28", Labels: []string{"a", "i"}}, "op_28__a"},
		{"op_3__2", ParagraphRef{Kind: Operative, Number: "3", Labels: []string{"2"}}, "op_3"},
		{"op_30__c_2", ParagraphRef{Kind: Operative, Number: "30", Labels: []string{"c_2"}}, "op_30"},
	} {
		t.Run(c.id, func(t *testing.T) {
			got, ok := ParseParagraph(c.id)
			if !ok || got.String() != c.id || got.String() != c.ref.String() {
				t.Errorf("ParseParagraph(%q) = %+v %v, want %+v", c.id, got, ok, c.ref)
			}
			parent, ok := got.Parent()
			if parent.String() != c.parent || ok != (c.parent != "") {
				t.Errorf("parent of %s: %q %v, want %q", c.id, parent, ok, c.parent)
			}
		})
	}
	for _, id := range []string{"op_2-cit-1", "sec_1", "op_", "x_1", "op_2__", ""} {
		if r, ok := ParseParagraph(id); ok {
			t.Errorf("ParseParagraph(%q) = %+v, want no paragraph", id, r)
		}
	}
	op28 := ParagraphRef{Kind: Operative, Number: "28"}
	if got := op28.Sub("", "ii").String(); got != "op_28__ii" {
		t.Errorf("Sub skipping an empty label: %s", got)
	}
	if got := op28.Sub("c").Again(2).String(); got != "op_28__c_2" {
		t.Errorf("a label printed twice: %s", got)
	}
	if got := op28.Again(2).Sub("a").String(); got != "op_28_2__a" {
		t.Errorf("an item of a number printed twice: %s", got)
	}
	if got := op28.Sub("a", "i").Top(); got.String() != "op_28" || len(op28.Labels) != 0 {
		t.Errorf("Top: %s (and the original has %v)", got, op28.Labels)
	}
}

// FuzzSymbol: normalising a symbol is idempotent, leaves no white space,
// and does not change what kind of document it names; reading a symbol
// reads its own writing as itself.
func FuzzSymbol(f *testing.F) {
	for _, s := range []string{"S/RES/2531 (2020)", "S/PRST/2018/10.", "S/PV.8809", "A/RES/70/1", "S/2020/600/Add.1", " S / RES / 2480 ( 2019 ) ;", "S/RES/1514 (XV)", "5/2002/1005", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalise(s)
		if again := Normalise(n); again != n {
			t.Fatalf("%q normalises to %q, then to %q", s, n, again)
		}
		// Text reaches here as valid UTF-8 (DecodeText sees to it); an
		// invalid byte comes out as U+FFFD, three bytes for one.
		if strings.IndexFunc(n, unicode.IsSpace) >= 0 || utf8.ValidString(s) && len(n) > len(s) {
			t.Fatalf("%q normalises to %q", s, n)
		}
		sym := Parse(s)
		if again := Parse(sym.String()); again != sym {
			t.Fatalf("%q reads as %+v, its writing %q as %+v", s, sym, sym, again)
		}
		if strings.IndexFunc(sym.String(), unicode.IsSpace) >= 0 {
			t.Fatalf("%q reads as %q", s, sym)
		}
	})
}

// paragraphIDSpec is ParagraphRef.String as it was first written, with a
// builder: the specification of AppendString.
func paragraphIDSpec(r ParagraphRef) string {
	if r.IsZero() {
		return ""
	}
	var b strings.Builder
	b.WriteString(r.Kind)
	b.WriteByte('_')
	if r.Unnumbered {
		b.WriteByte('u')
	}
	b.WriteString(r.Number)
	if r.Repeat > 0 {
		b.WriteByte('_')
		b.WriteString(strconv.Itoa(r.Repeat))
	}
	for _, l := range r.Labels {
		b.WriteString(labelSep)
		b.WriteString(l)
	}
	return b.String()
}

// String and AppendString write what the builder did, for every
// combination of the fields' values, long ids past String's room among
// them.
func TestParagraphIDAsBuilt(t *testing.T) {
	long := strings.Repeat("x", 60)
	for _, kind := range []string{"", Operative, Preambular, Running, long} {
		for _, num := range []string{"", "1", "28", "123456", long} {
			for _, repeat := range []int{0, 1, 2, 12, 1234567} {
				for _, labels := range [][]string{nil, {"a"}, {"a", "i"}, {"c_2", "ii", "3"}, {long, long}} {
					for _, un := range []bool{false, true} {
						r := ParagraphRef{Kind: kind, Number: num, Unnumbered: un, Repeat: repeat, Labels: labels}
						want := paragraphIDSpec(r)
						if got := r.String(); got != want {
							t.Fatalf("String of %+v = %q, want %q", r, got, want)
						}
						if got := string(r.AppendString([]byte("x"))); got != "x"+want {
							t.Fatalf("AppendString of %+v = %q, want %q", r, got, "x"+want)
						}
					}
				}
			}
		}
	}
}

// SubIn names what Sub does, in the room it is given, and leaves the
// labels of the ref it extends as they were.
func TestSubInAsSub(t *testing.T) {
	base := ParagraphRef{Kind: Operative, Number: "28", Labels: []string{"a"}}
	var room [2]string
	for _, labels := range [][]string{nil, {""}, {"i"}, {"", "ii"}, {"i", "2", "x"}} {
		want := base.Sub(labels...).String()
		if got := base.SubIn(room[:], labels...).String(); got != want {
			t.Errorf("SubIn(%q) = %s, Sub %s", labels, got, want)
		}
		if base.String() != "op_28__a" {
			t.Fatalf("SubIn(%q) changed the ref it extends: %s", labels, base)
		}
	}
}
