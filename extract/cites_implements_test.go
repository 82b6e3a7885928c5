package extract

import "testing"

// TestImplementingCues reads the words of a text that implements, applies
// or keeps to what it cites, or measures an act against it, as the
// prepositions of authority: what is implemented or complied with is the
// rule the text rests on ("to implement immediately Security Council
// resolution 338 (1973)", every UNDOF renewal's; "contrary to the
// provisions of its resolution 353 (1974)"). They reach as a preposition
// does, 40 bytes on.
func TestImplementingCues(t *testing.T) {
	wantDevFunction(t, ActsPursuantTo,
		devCite{"S_RES_0363_1974_EN_GOLD.txt", "op_u1", "S/RES/338(1973)"}, // "to implement immediately Security Council resolution 338 (1973)"
		devCite{"S_RES_0588_1986_EN_GOLD.txt", "op_1", "S/RES/582(1986)"},  // "to implement fully and without delay"
		devCite{"S_RES_0885_1993_EN_GOLD.txt", "op_1", "S/RES/814(1993)"},  // "in further implementation of resolutions 814 (1993)"
		devCite{"S_RES_0444_1979_EN_GOLD.txt", "pp_4", "S/RES/426(1978)"},  // a list after "the full implementation of"
		devCite{"S_RES_0198_1964_EN_GOLD.txt", "pp_4", "S/RES/186(1964)"},  // "his efforts in the implementation of"
		devCite{"S_RES_0018_1947_EN_GOLD.txt", "op_1", "A/RES/41(I)"},      // "giving effect to General Assembly resolutions"
		devCite{"S_RES_0210_1965_EN_GOLD.txt", "op_2", "S/RES/209(1965)"},  // "give effect to the present resolution and to"
		devCite{"S_RES_0354_1974_EN_GOLD.txt", "op_u1", "S/RES/353(1974)"}, // "comply immediately with the provisions of"
		devCite{"S_RES_0678_1990_EN_GOLD.txt", "op_1", "S/RES/660(1990)"},  // "comply fully with"
		devCite{"S_RES_0183_1963_EN_GOLD.txt", "op_3", "S/RES/180(1963)"},  // "the non-compliance of the Government of Portugal with"
		devCite{"S_RES_0288_1970_EN_GOLD.txt", "pp_3", "S/RES/277(1970)"},  // "have not complied with the provisions of"
		devCite{"S_RES_0357_1974_EN_GOLD.txt", "pp_2", "S/RES/353(1974)"},  // "contrary to the provisions of its"
		devCite{"S_RES_0333_1973_EN_GOLD.txt", "pp_3", "S/RES/232(1966)"},  // "Reiterating … that some States contrary to"
		devCite{"S_RES_0111_1956_EN_GOLD.txt", "op_3", "S/RES/54(1948)"},   // "a flagrant violation of the cease-fire provisions of its"
		devCite{"S_RES_0318_1972_EN_GOLD.txt", "op_7", "S/RES/253(1968)"},  // "all acts violating the provisions of"
		devCite{"S_RES_0093_1951_EN_GOLD.txt", "op_u13", "S/RES/92(1951)"}, // "in carrying out the present resolution and Council resolutions"
		devCite{"S_RES_0762_1992_EN_GOLD.txt", "op_10", "S/RES/752(1992)"}, // "to fulfil as soon as possible the terms of"
	)
	wantLineFunctions(t, []lineFunctions{
		{"Decides: (a) To call upon the parties concerned to implement immediately Security Council resolution 338 (1973); (b) To renew the mandate of the Force for another period of six months; (c) To request the Secretary-General to submit at the end of this period a report on the developments in the situation and the measures taken to implement resolution 338 (1973);",
			"[acts-pursuant-to acts-pursuant-to]"},
		{"Requests the Secretary-General to report on the implementation of Security Council resolution 242 (1967),", "[acts-pursuant-to]"},
		{"Authorizes the establishment of a Commission of Inquiry, in further implementation of resolutions 814 (1993) and 837 (1993),", "[acts-pursuant-to acts-pursuant-to]"},
		{"To work out the practical measures for giving effect to General Assembly resolutions 41 (I) and 42 (I);", "[acts-pursuant-to acts-pursuant-to]"},
		{"Calls upon all States to ensure strict compliance with resolution 418 (1977);", "[acts-pursuant-to]"},
		{"Demands that all parties comply immediately with the provisions of paragraph 2 of Security Council resolution 353 (1974);", "[acts-pursuant-to]"},
		{"Deeply deploring the resumption of fighting, contrary to the provisions of its resolution 353 (1974),", "[acts-pursuant-to]"},
		{"Condemns all acts violating the provisions of Security Council resolutions 253 (1968) and 277 (1970);", "[acts-pursuant-to acts-pursuant-to]"},
		// The words decide only near the citation: farther on, the verb
		// that opens the clause does.
		{"Reaffirms its determination to secure the implementation, in the light of the report of the Secretary-General, of resolution 425 (1978);", "[reaffirms]"},
		// A cue after the citation, or in a clause before it, is not its.
		{"Recalling its resolution 338 (1973) and the steps taken to implement it,", "[recalls]"},
		{"Calls upon the parties to comply with the cease-fire; requests the Secretary-General to report on resolution 242 (1967);", "[cites]"},
		// "application" is no cue: a State's application for admission
		// is not a rule applied.
		{"Having examined the application of Mauritius for admission to the United Nations (S/8466),", "[cites]"},
		// A paragraph of the same text stays one the reader is pointed at.
		{"Decides also, for the implementation of paragraph 8 above, that Iraq shall", "[refers-to]"},
	})
}
