package extract

import (
	"slices"
	"testing"
)

// A state's government named by the adjective of the state's name is the
// state, the adjective and the noun its mention: "the Portuguese
// Government", "the South African authorities". Not a people's
// authorities ("the Turkish Cypriot authorities"), not a state's forces
// or companies. Lines as the texts of 1946-1992 print them.
func TestGovernmentsByAdjective(t *testing.T) {
	checkMentionTexts(t, []mentionTexts{
		{"3. Deprecates the attitude of the Portuguese Government, its repeated violations", []string{"state/PRT"}, []string{"Portuguese Government"}},
		{"Strongly condemns the Portuguese authorities for the shelling of the village", []string{"state/PRT"}, []string{"Portuguese authorities"}},
		{"1. Calls upon the South African authorities to commute the death sentences", []string{"state/ZAF"}, []string{"South African authorities"}},
		{"proposals under negotiation between the Iranian Government and the USSR Government", []string{"state/IRN", "state/SUN"}, []string{"Iranian Government", "USSR"}},
		{"after consultation with the Japanese\nGovernment.", []string{"state/JPN"}, []string{"Japanese\nGovernment"}},
		{"calls upon the Israel and Syrian authorities to assist the Chief of Staff", []string{"state/ISR", "state/SYR"}, []string{"Israel", "Syrian authorities"}},
		{"Considering that the Israeli Government claimed responsibility for the attack", []string{"state/ISR"}, []string{"Israeli Government"}},
		{"6. Calls upon the Angolan authorities and parties to finalize", []string{"state/AGO"}, []string{"Angolan authorities"}},
		{"Expresses its support for the Lebanese Government in its efforts", []string{"state/LBN"}, []string{"Lebanese Government"}},
		// No state's government.
		{"the Turkish Cypriot authorities", nil, nil},
		{"by the Portuguese armed forces", nil, nil},
		{"granted to South African companies", nil, nil},
		{"the local Armenian forces", nil, nil},
	})
}

// Adjectives joined before one plural government noun name their states
// each, in a list of commas, "and", and the full stop OCR prints for a
// comma; a state's name in the list is read as a name.
func TestJoinedGovernmentAdjectives(t *testing.T) {
	checkMentionTexts(t, []mentionTexts{
		{"oral and written statements by the Greek,\nYugoslav. Albanian and Bulgarian Governments relating to disturbed conditions",
			[]string{"state/GRC", "state/YUG", "state/ALB", "state/BGR"}, []string{"Greek", "Yugoslav", "Albanian", "Bulgarian Governments"}},
		{"calls upon the Egyptian and Israeli authorities to co-operate", []string{"state/EGY", "state/ISR"}, []string{"Egyptian", "Israeli authorities"}},
		{"the Zambian, South African, and Portuguese Governments", []string{"state/ZMB", "state/ZAF", "state/PRT"}, []string{"Zambian", "South African", "Portuguese Governments"}},
		// Not a list: a sentence's end before the name.
		{"the decision of the Greek. Bulgarian authorities have since", []string{"state/BGR"}, []string{"Bulgarian authorities"}},
		{"calls upon the Israel and Syrian authorities to assist", []string{"state/ISR", "state/SYR"}, []string{"Israel", "Syrian authorities"}},
		// A state's name that is its own adjective ends the list.
		{"the efforts of the Soviet and United States Governments as co-sponsors", []string{"state/SUN", "state/USA"}, []string{"Soviet", "United States"}},
	})
}

// A state's full name that opens with its adjective is read whole: "the
// Argentine Republic" is Argentina by its two words, not by the French
// name "Argentine" its first word is.
func TestFullNamesOpenedByAdjectives(t *testing.T) {
	checkMentionTexts(t, []mentionTexts{
		{"the Government of the United Kingdom of Great Britain and Northern Ireland and the Argentine Republic", []string{"state/GBR", "state/ARG"}, []string{"United Kingdom of Great Britain and Northern Ireland", "Argentine Republic"}},
		{"the President of the Lebanese Republic", []string{"state/LBN"}, []string{"Lebanese Republic"}},
		{"the Government of the French Republic", []string{"state/FRA"}, []string{"French Republic"}},
	})
}

// "Russian" named the Soviet Union's government in a text before the
// Russian Federation took its seat on 24 December 1991, and the Russian
// Federation's after; "Soviet" names the Soviet Union whenever.
func TestGovernmentAdjectivesOfTheDay(t *testing.T) {
	for _, tt := range []struct {
		line, date string
		want       []string
	}{
		{"after consultation with the Russian Government", "1956-11-04", []string{"state/SUN"}},
		{"the British, French and Russian Governments", "1948-01-01", []string{"state/GBR", "state/FRA", "state/SUN"}},
		{"after consultation with the Russian Government", "1993-07-01", []string{"state/RUS"}},
		{"the Russian Federation and the Russian authorities", "1994-01-01", []string{"state/RUS", "state/RUS"}},
		{"the Soviet Government", "1993-07-01", []string{"state/SUN"}},
	} {
		if got := mentionedOn(tt.line, tt.date); !slices.Equal(got, tt.want) {
			t.Errorf("%q of %s: actors %q, want %q", tt.line, tt.date, got, tt.want)
		}
	}
}

// mentionTexts is a line of a text of 1970, the actors it mentions and
// the words each is read from.
type mentionTexts struct {
	line  string
	want  []string
	texts []string
}

func checkMentionTexts(t *testing.T, cases []mentionTexts) {
	t.Helper()
	for _, tt := range cases {
		got, texts := mentionsOn(tt.line, "1970-01-01")
		if !slices.Equal(got, tt.want) || !slices.Equal(texts, tt.texts) {
			t.Errorf("%q: actors %q %q, want %q %q", tt.line, got, texts, tt.want, tt.texts)
		}
	}
}
