package extract

import (
	"reflect"
	"strings"
	"testing"
)

// Real strings from Council texts, and what they cite.
func TestFindCitations(t *testing.T) {
	tests := []struct {
		in   string
		want []string // "target" or "target#paragraph"
	}{
		{"pursuant to resolution 2374 (2017) on individuals and entities", []string{"S/RES/2374(2017)"}},
		{"under resolutions 2378 (2017) and 2436 (2018),", []string{"S/RES/2378(2017)", "S/RES/2436(2018)"}},
		{"Recalling its previous resolutions, in particular 2359 (2017), 2295 (2016) and 2100 (2013), and its press statements, including of 23 May 2017",
			[]string{"S/RES/2359(2017)", "S/RES/2295(2016)", "S/RES/2100(2013)"}},
		{"recalling its Presidential Statement of 14 May 2018 (S/PRST/2018/10),", []string{"S/PRST/2018/10"}},
		{"Taking note of the report of the Secretary-General (S/2020/476) and the letter of the Secretary-General (S/2020/481),",
			[]string{"S/2020/476", "S/2020/481"}},
		{"the priority measures of the Agreement referenced in paragraph 4 of resolution 2480 (2019) but regrets",
			[]string{"S/RES/2480(2019)#op_4"}},
		{"without prejudice to the exemptions set by paragraphs 2, 5, 6 and 7 of resolution 2374 (2017), welcomes",
			[]string{"S/RES/2374(2017)#op_2", "S/RES/2374(2017)#op_5", "S/RES/2374(2017)#op_6", "S/RES/2374(2017)#op_7"}},
		{"recalls the reporting obligations set by paragraph 33 (iii) of resolution 2391 (2017), further",
			[]string{"S/RES/2391(2017)#op_33__iii"}},
		{"Security Council resolution 1325 (2000)", []string{"S/RES/1325(2000)"}},
		{"its resolution 1379 (2001)", []string{"S/RES/1379(2001)"}},
		{"older forms: resolutions 338 (1973) and 242 (1967)", []string{"S/RES/338(1973)", "S/RES/242(1967)"}},
		{"symbols S/RES/1445 (2002) and S/RES/2480(2019)", []string{"S/RES/1445(2002)", "S/RES/2480(2019)"}},
		{"the meeting record S/PV.8809", []string{"S/PV.8809"}},
		{"成为 2020 年 6 月 29 日第 2531(2020) 号决议。", []string{"S/RES/2531(2020)"}},
		{"已完成对 S/2020/600 号文件所载决议草案的投票表决程序", []string{"S/2020/600"}},
		{"further recalls its resolutions 1265 (1999), 1296 (2000), 1674 (2006) and 1738 (2006) on the protection of civilians",
			[]string{"S/RES/1265(1999)", "S/RES/1296(2000)", "S/RES/1674(2006)", "S/RES/1738(2006)"}},
		{"General Assembly resolution 70/1 and A/RES/70/1", []string{"A/RES/70/1", "A/RES/70/1"}},
		{"resolution 1514 (XV) on decolonization", []string{"A/RES/1514(XV)"}},
		{"the report (5/2002/1005) of the Secretary-General", []string{"S/2002/1005"}},
		{"pursuant to resolution2374 (2017)", []string{"S/RES/2374(2017)"}},
		{"the report S/2020/ 476 and S/RES/2480 (2019)", []string{"S/2020/476", "S/RES/2480(2019)"}},
		{"individuals placed on the 2374 sanctions list shall not", []string{"#2374"}},
		{"the 1267/1989/2253 ISIL (Da'esh) and Al-Qaida Sanctions Committee", []string{"#1267", "#1989", "#2253"}},
		{"the 1980 report of the Security Council Committee established by resolution 421 (1977)", []string{"S/RES/421(1977)"}},
		{"the 1518 Committee", []string{"#1518"}},
		{"Beijing Platform (A/52/231) and A/S-23/10/Rev.1", []string{"A/52/231", "A/S-23/10/Rev.1"}},
		{"recalls the provisions of paragraph 13 of resolution 2391, further", []string{"#op_13#2391"}},
		{"based on a prioritization of tasks established in paragraphs 19 above and 28 and 29 below, requests",
			[]string{"#op_19", "#op_28", "#op_29"}},
		{"as outlined in paragraphs 30 to 33 above,", []string{"#op_30", "#op_31", "#op_32", "#op_33"}},
		{"under paragraph 20 (a) (ii), in the context", []string{"#op_20__a__ii"}},
		{"as set out in paragraphs 20 and 22 of this resolution", []string{"#op_20", "#op_22"}},
		{"in accordance with paragraph 2 of the Agreement", nil},
		{"the Panel of Experts established by resolution 2374 (2017) and Committee members", []string{"S/RES/2374(2017)"}},
		// Noise that is not a citation.
		{"on 22 and 23 May 2017 to fill in 2,000 members", nil},
		{"within 180 days after the adoption", nil},
		{"the ceasefire agreement of 23 May 2014", nil},
		{"up to 13,289 military personnel and 1,920 police personnel", nil},
		{"the Strategic Plan (2019–2023) and Additional Protocol (1977)", nil},
		{"20-08606 4/17", nil},
		{"Recalling all its previous resolutions, statements of its President and press statements", nil},
		{"2017 (2011) is a resolution only in context", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var got []string
			for _, c := range findCitations(tt.in) {
				s := c.Target
				if c.TargetParagraph != "" {
					s += "#" + c.TargetParagraph
				}
				if c.number() != "" {
					s += "#" + c.number() // a resolution number whose year is found later
				}
				got = append(got, s)
				key := citationKey(c.Target)
				if c.Target == "" {
					key = citationKey(c.TargetParagraph)
					if c.number() != "" {
						key = c.number()
					}
				}
				if c.Form == FormInternal && strings.Contains(tt.in, " to ") {
					key = "paragraphs"
				}
				if !strings.Contains(tt.in[c.Span.Start:c.Span.End], key) {
					t.Errorf("%q: span %v reads %q", tt.in, c.Span, tt.in[c.Span.Start:c.Span.End])
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("findCitations(%q)\n got %v\nwant %v", tt.in, got, tt.want)
			}
		})
	}
}

// Cleaning a line keeps its facts and maps every byte back.
func TestCleanLine(t *testing.T) {
	tests := []struct{ raw, want string }{
		{"- 2. Welcomes the steps referenced in paragraph 4 of resolution 2480 (2019)", "2. Welcomes the steps referenced in paragraph 4 of resolution 2480 (2019)"},
		{"6. *Encourages* the Panel established pursuant to resolution [2374 \\(2017\\)](#) to", "6. Encourages the Panel established pursuant to resolution 2374 (2017) to"},
		{"联合国  $S_{/2020/613}$ ", "联合国 S/2020/613"},
		{"#### **Priority tasks**", "Priority tasks"},
		{"决议案文作为本信附件附上,\\* 将作为", "决议案文作为本信附件附上, 将作为"},
		{"<sup>\\*</sup> 仅以英文分发。", "仅以英文分发。"},
		{"“1. Urges the Government of Mali (“the Malian parties”)", `"1. Urges the Government of Mali ("the Malian parties")`},
		{"the Force Conjointe des Etats du G5 Sahel (FC‑G5S), and MINUSMA’s", "the Force Conjointe des Etats du G5 Sahel (FC-G5S), and MINUSMA's"},
		{" – achieve significant results", "achieve significant results"},
		{"upon request of the Secretary -General, in Mali ’s legislation ( “the Agreement” )", `upon request of the Secretary-General, in Mali's legislation ("the Agreement")`},
		{"- -to strengthen early warning", "to strengthen early warning"},
	}
	for _, tt := range tests {
		t.Run(tt.raw, func(t *testing.T) {
			got, _, _ := cleanLine(tt.raw, 0)
			if got.s != tt.want {
				t.Errorf("cleanLine(%q)\n got %q\nwant %q", tt.raw, got.s, tt.want)
			}
			// Copied bytes map to the same bytes of the line.
			for _, sg := range got.segs {
				if sg.copied && got.s[sg.at:sg.at+sg.n] != tt.raw[sg.src:sg.src+sg.srcLen] {
					t.Errorf("cleanLine(%q): %q maps to %q", tt.raw, got.s[sg.at:sg.at+sg.n], tt.raw[sg.src:sg.src+sg.srcLen])
				}
			}
		})
	}
}

// A paragraph's citation or a sanctions regime printed in capitals is
// found as TestCitationsInCapitals finds a resolution: the check before
// the scanner looked for "aragraph" and "anction" as written, where the
// scanner reads them in any case. "Committee" stays as written, since
// regimeFollows reads no other case.
func TestParagraphsAndRegimesInCapitals(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string // form and paragraph or number cited
	}{
		{"RECALLS PARAGRAPH 3 ABOVE", []string{"internal op_3"}},
		{"Decides that the measures of PARAGRAPHS 2 AND 4 BELOW shall", []string{"internal op_2", "internal op_4"}},
		{"ADDS THEM TO THE 2374 SANCTIONS LIST", []string{"sanctions-regime 2374"}},
		{"the 1518 SANCTION LIST", []string{"sanctions-regime 1518"}},
		{"THE 1518 COMMITTEE", nil},
	} {
		var got []string
		for _, cit := range findCitations(c.in) {
			got = append(got, string(cit.Form)+" "+cit.TargetParagraph+cit.number())
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("findCitations(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
