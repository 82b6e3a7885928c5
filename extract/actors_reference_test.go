package extract

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// The patterns that newActors once ran, kept as the reference that
// bracketAcronyms and newActorBefore must agree with (see
// TestNewActorBeforeAsWindow and FuzzNewActorBeforeAsPattern).

// bracketAcronymRE is an acronym in brackets, where a new actor may be
// introduced.
var bracketAcronymRE = regexp.MustCompile(` \([A-Z][A-Z0-9-]{1,9}\)`)

// newActorRE is a capitalised name with an acronym in brackets.
var newActorRE = regexp.MustCompile(`((?:[A-Z][\p{L}'’-]*)(?: (?:[A-Z][\p{L}'’-]*|of|the|for|and|in|on|de|du|des|la|le|les|et|pour|à|au|aux|en|d'\p{L}+|l'\p{L}+)){1,10}) \(([A-Z][A-Z0-9-]{1,9})\)`)

// newActorAtEndRE is newActorRE anchored at the end of the window: the
// leftmost name that runs up to the acronym, not the first capitalised
// run of the window (which may stop before it).
var newActorAtEndRE = regexp.MustCompile(newActorRE.String() + `$`)

// newActorsAgree checks bracketAcronyms and newActorBefore against the
// patterns on text.
func newActorsAgree(t *testing.T, text string) {
	t.Helper()
	want := bracketAcronymRE.FindAllStringIndex(text, -1)
	got := bracketAcronyms(text)
	if len(got) != len(want) {
		t.Fatalf("%q: acronyms in brackets at %v, want %v", text, got, want)
	}
	for i, loc := range want {
		if got[i] != [2]int(loc) {
			t.Fatalf("%q: acronyms in brackets at %v, want %v", text, got, want)
		}
		window := newActorAtEndRE.FindStringSubmatch(text[max(0, loc[0]-200):loc[1]])
		if name := newActorBefore(text, loc); !slices.Equal(name, window) {
			t.Fatalf("%q: name %q, want %q", text[max(0, loc[0]-200):loc[1]], name, window)
		}
	}
}

var newActorCases = []string{
	"Commends the Organization of African Unity (OAU) for its efforts",
	"Welcoming the Mission d'appui à la Sécurité et au Développement (MISAD) and the Human Rights Due Diligence Policy (HRDDP)",
	"A B C D E F G H I J K L M N O P Force (ABC)", "x A of the B of the C of the D of the E of the F Force (ABC)",
	"xUnited Nations Force (UNF), aBc Def Group (DG), Côte d’Ivoire’s Forces Nouvelles (FN), the  Double Space (DS)",
	"(AB) (A) (ABCDEFGHIJ) (ABCDEFGHIJK) (A-1) ( AB) (Ab) (AB",
	"l'Union d' Africaine (UA), l' Union (UA), d'Éléphant Group (EG), D'Ivoire Mission (DIM), the Force-of-Arms (FA)",
	"Ünited Nations (UN), Front de Libération du Québec (FLQ), Σ Group (SG), Group 7 (G7)",
	" (AB)", "X (AB)", "X Y (AB)",
}

func TestNewActorsAgreeWithPatterns(t *testing.T) {
	for _, text := range append(newActorCases, strings.Repeat("Long Name ", 30)+"(LN)") {
		newActorsAgree(t, text)
	}
	eachCorpusText(t, func(text string) { newActorsAgree(t, text) })
}

func FuzzNewActorsAgreeWithPatterns(f *testing.F) {
	for _, text := range newActorCases {
		f.Add(text)
	}
	f.Fuzz(newActorsAgree)
}

// groupNameRE is the pattern definedGroups once ran, kept as the
// reference that groupNames must agree with.
var groupNameRE = regexp.MustCompile(`\s?\("the ([^"()]{3,60})"\)`)

func groupNamesAgree(t *testing.T, text string) {
	t.Helper()
	var want [][4]int
	for _, loc := range groupNameRE.FindAllStringSubmatchIndex(text, -1) {
		want = append(want, [4]int(loc))
	}
	if got := groupNames(text); !slices.Equal(got, want) {
		t.Fatalf("%q: group names at %v, want %v", text, got, want)
	}
}

var groupNameCases = []string{
	`the Government of Mali and the Plateforme and Coordination armed groups ("the Malian parties")`,
	`A and B("the two")`, "A and B\t(\"the pair of them\")", `("the ab")`, `("the abc")`, `("the abc") ("the def")`,
	`("the ` + strings.Repeat("é", 60) + `")`, `("the ` + strings.Repeat("x", 61) + `")`,
	`("the a"b")`, `("the a(b")`, `("the abc"`, `("the abc" )`, "(\"the \xff\xfe\xfd\")", `("the ("the abc")`,
	"\v(\"the abc\")", `  ("the abc")`, `x("the abc")("the def")`, `("the`, `("the "")`,
}

func TestGroupNamesAgreeWithPattern(t *testing.T) {
	for _, text := range groupNameCases {
		groupNamesAgree(t, text)
	}
	eachCorpusText(t, func(text string) { groupNamesAgree(t, text) })
}

func FuzzGroupNamesAgreeWithPattern(f *testing.F) {
	for _, text := range groupNameCases {
		f.Add(text)
	}
	f.Fuzz(groupNamesAgree)
}

// organisationWordsRE is the pattern newActors once ran on a name, kept
// as the reference that namesOrganisation must agree with.
var organisationWordsRE = regexp.MustCompile(`\b(?:Mission|Force|Forces|Office|Committee|Council|Commission|Conference|Group|Union|Organi[sz]ation|Agency|Cent(?:re|er)|Movement|Coalition|Alliance|Court|Panel|Team|Service|Authority|Secretariat|Bank|Fund|Programme|Unit|Battalion|Operation|Mouvement|Front|Congress|Party|Community|League|Tribunal)\b`)

var organisationCases = []string{
	"", "Mission", "African Union Mission", "Forces Nouvelles", "Forcess", "xForce", "Force_", "_Force", "Force9",
	"Centre Center Centrer", "Organisation Organization Organixation", "Union-Africaine", "Unité", "Unit\u00e9",
	"l'Union", "Fund’s", "MISSION", "mission", "Front de Libération", "Team\x80", "\xffCourt",
}

func organisationAgrees(t *testing.T, name string) {
	t.Helper()
	if got, want := namesOrganisation(name), organisationWordsRE.MatchString(name); got != want {
		t.Fatalf("namesOrganisation(%q) = %v, want %v", name, got, want)
	}
}

// TestNamesOrganisationAsPattern holds namesOrganisation to the pattern
// on the cases, on every run of up to twelve words of the corpora, and on
// generated texts.
func TestNamesOrganisationAsPattern(t *testing.T) {
	for _, c := range organisationCases {
		organisationAgrees(t, c)
	}
	eachCorpusText(t, func(text string) {
		words := strings.Fields(text)
		for i := 0; i < len(words); i += 3 {
			organisationAgrees(t, strings.Join(words[i:min(i+12, len(words))], " "))
		}
	})
	r := rand.New(rand.NewPCG(13, 2))
	pieces := append([]string{" ", "-", "_", "'", "é", "9", "\xff", "s", "x"}, strings.Fields("Mission Force Forces Centre Center Organisation Organization Union Tribunal")...)
	for range 20000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		organisationAgrees(t, b.String())
	}
}

func FuzzNamesOrganisationAsPattern(f *testing.F) {
	for _, c := range organisationCases {
		f.Add(c)
	}
	f.Fuzz(organisationAgrees)
}
