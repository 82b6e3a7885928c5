package ontology

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// Member states are named in the six UN languages. The names come from
// CLDR (through golang.org/x/text), which a community keeps up to date,
// and, where the UN's official short name differs from CLDR's (Viet Nam,
// 俄罗斯联邦, 大不列颠及北爱尔兰联合王国 …), from unNames below, which
// wins for the preferred label. CLDR's names are compiled in, as a table
// (states_table.go) that TestCountriesAreCLDR holds to golang.org/x/text:
// asking its display package for them cost every command that names
// states some 2 ms, and the package's start another 2 ms.

//go:generate go test -run TestCountriesAreCLDR -update

// UNLanguages are the six official languages of the United Nations.
var UNLanguages = unLanguages[:]

// unLanguages are UNLanguages, in an array whose length the table of
// countries' names takes.
var unLanguages = [...]string{"ar", "en", "es", "fr", "ru", "zh"}

// cldrCountry is a country CLDR names, with its names in unLanguages ("" in
// a language CLDR has none in).
type cldrCountry struct {
	alpha2, alpha3 string
	names          [len(unLanguages)]string
}

// unNames are official UN short names that CLDR spells otherwise, by
// ISO 3166 alpha-2 code and language.
var unNames = map[string]map[string]string{
	"AG": {"en": "Antigua and Barbuda"},
	"BA": {"en": "Bosnia and Herzegovina"},
	"BN": {"en": "Brunei Darussalam"},
	"BO": {"en": "Bolivia (Plurinational State of)", "zh": "多民族玻利维亚国"},
	"CD": {"en": "Democratic Republic of the Congo", "zh": "刚果民主共和国"},
	"CG": {"en": "Congo", "fr": "Congo", "es": "Congo"},
	"CI": {"en": "Côte d'Ivoire", "zh": "科特迪瓦"},
	"CZ": {"en": "Czechia"},
	"FM": {"en": "Micronesia (Federated States of)"},
	"GB": {"en": "United Kingdom of Great Britain and Northern Ireland", "fr": "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", "zh": "大不列颠及北爱尔兰联合王国", "ru": "Соединенное Королевство Великобритании и Северной Ирландии"},
	"IR": {"en": "Iran (Islamic Republic of)", "zh": "伊朗伊斯兰共和国"},
	"KN": {"en": "Saint Kitts and Nevis"},
	"KP": {"en": "Democratic People's Republic of Korea", "zh": "朝鲜民主主义人民共和国"},
	"KR": {"en": "Republic of Korea", "zh": "大韩民国"},
	"LA": {"en": "Lao People's Democratic Republic", "zh": "老挝人民民主共和国"},
	"LC": {"en": "Saint Lucia"},
	"MD": {"en": "Republic of Moldova", "zh": "摩尔多瓦共和国"},
	"MK": {"en": "North Macedonia"},
	"RU": {"en": "Russian Federation", "fr": "Fédération de Russie", "zh": "俄罗斯联邦", "es": "Federación de Rusia", "ru": "Российская Федерация"},
	"ST": {"en": "Sao Tome and Principe"},
	"SY": {"en": "Syrian Arab Republic", "zh": "阿拉伯叙利亚共和国"},
	"TR": {"en": "Türkiye"},
	"TT": {"en": "Trinidad and Tobago"},
	"TZ": {"en": "United Republic of Tanzania", "zh": "坦桑尼亚联合共和国"},
	"US": {"en": "United States of America", "fr": "États-Unis d'Amérique", "zh": "美利坚合众国", "es": "Estados Unidos de América", "ru": "Соединенные Штаты Америки"},
	"VA": {"en": "Holy See", "fr": "Saint-Siège"},
	"VC": {"en": "Saint Vincent and the Grenadines", "fr": "Saint-Vincent-et-les Grenadines"},
	"VE": {"en": "Venezuela (Bolivarian Republic of)", "zh": "委内瑞拉玻利瓦尔共和国"},
	"VN": {"en": "Viet Nam", "fr": "Viet Nam", "es": "Viet Nam"},
}

// State is a country with its ISO 3166 identity and its names.
type State struct {
	Alpha3 string
	// Pref is the preferred name in each UN language: the UN's official
	// short name where it differs from CLDR's.
	Pref map[string]string
	// Alt are the other names it goes by (CLDR's, where UN's differs;
	// the names older texts print, such as "Federal Republic of Germany").
	Alt map[string][]string
	// Former is the ISO 3166-3 code of a state that no longer exists
	// ("SUHH" for the USSR); empty for today's states.
	Former string
	// SeatOf is the alpha-3 code of the state that holds the seat today
	// (sckg:heldSeatOf): "CHN" for the Republic of China's entry, "RUS"
	// for the USSR's.
	SeatOf string
}

var (
	statesOnce sync.Once
	states     map[string]*State // by alpha-3
	stateNames map[string]string // folded name -> alpha-3
)

func loadStates() {
	states = make(map[string]*State, len(cldrCountries)+len(formerStates))
	// Most countries have a name in each language, many the same in some.
	stateNames = make(map[string]string, len(cldrCountries)*len(unLanguages))
	for _, c := range cldrCountries {
		st := &State{Alpha3: c.alpha3, Pref: map[string]string{}, Alt: map[string][]string{}}
		for i, l := range unLanguages {
			cldr := c.names[i]
			pref := cldr
			if un, ok := unNames[c.alpha2][l]; ok {
				pref = un
				if cldr != "" && cldr != un {
					st.Alt[l] = append(st.Alt[l], cldr)
				}
			}
			if pref == "" {
				continue
			}
			st.Pref[l] = pref
			nameState(pref, st.Alpha3)
			for _, alt := range st.Alt[l] {
				nameState(alt, st.Alpha3)
			}
		}
		states[st.Alpha3] = st
	}
	// Today's names come first, so that no older name takes one of theirs.
	for a3, byLang := range olderNames {
		st := states[a3]
		for _, l := range sortedKeys(byLang) {
			for _, n := range byLang[l] {
				st.Alt[l] = append(st.Alt[l], n)
				nameState(n, a3)
			}
		}
	}
	for _, f := range formerStates {
		st := &State{Alpha3: f.alpha3, Former: f.former, SeatOf: f.seatOf, Pref: f.pref, Alt: f.alt}
		if st.Alt == nil {
			st.Alt = map[string][]string{}
		}
		states[st.Alpha3] = st
		if f.onlyByDate {
			continue
		}
		for _, l := range sortedKeys(st.Pref) {
			nameState(st.Pref[l], st.Alpha3)
		}
		for _, l := range sortedKeys(st.Alt) {
			for _, n := range st.Alt[l] {
				nameState(n, st.Alpha3)
			}
		}
	}
}

// nameState makes name find the state, unless another has it already.
func nameState(name, alpha3 string) {
	folded := foldName(name)
	if _, taken := stateNames[folded]; !taken {
		stateNames[folded] = alpha3
	}
}

// foldName makes names comparable: case and a leading "the" do not count,
// nor spaces at the ends and more than one between words. The states'
// thousands of names are folded as every command starts: an ASCII name is
// folded in one pass, and another is not split into words when it has
// one space between them already.
func foldName(s string) string {
	var buf [128]byte
	if folded, ok := appendFoldedASCII(buf[:0], s); ok {
		return string(folded)
	}
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "the ")
	if singleSpaced(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// singleSpaced reports whether strings.Join(strings.Fields(s), " ") is s:
// its only spaces are single ' ' between words.
func singleSpaced(s string) bool {
	space := true // at the start, a space would be one too many
	for _, r := range s {
		if !unicode.IsSpace(r) {
			space = false
			continue
		}
		if r != ' ' || space {
			return false
		}
		space = true
	}
	return !space || s == ""
}

// chinaSeatChange is the day the General Assembly (resolution 2758
// (XXVI)) recognised the People's Republic of China's representatives as
// the only lawful representatives of China in the United Nations.
const chinaSeatChange = "1971-10-25"

// congoNamesOfTheDay are the names of the Congo (Brazzaville), COG today,
// that named the Congo (Leopoldville), COD, in the texts of their day, and
// the day from which they no longer did: "the Republic of the Congo"
// was Leopoldville's until it became "the Democratic Republic of the
// Congo" on 1 August 1964, and "the Congo" alone, in the Council's texts
// of the Congo question (1960-1967), Leopoldville's until it became
// Zaire on 27 October 1971. The names with "(Leopoldville)" or
// "(Brazzaville)" after them say which Congo on every day.
var congoNamesOfTheDay = []struct{ folded, until string }{
	{"republic of the congo", "1964-08-01"},
	{"république du congo", "1964-08-01"},
	{"congo", "1971-10-27"},
}

// ReadByDate reports whether StateOnDate may answer another state than
// LookupState for a name of the state alpha3 on some day: China (CHN),
// whose seat the Republic of China held, and the Congo (COG), whose
// names of the 1960s named the Congo (Leopoldville).
func ReadByDate(alpha3 string) bool { return alpha3 == "CHN" || alpha3 == "COG" }

// StateOnDate finds a state as LookupState does, reading the name as a
// text of that day (ISO 8601, "1950-06-27") means it: the seat of "China"
// before 25 October 1971 was held by the Republic of China, whose entry
// ("ROC", sckg:heldSeatOf CHN) is returned for China's short names on
// such a date. "People's Republic of China" always means CHN. "The
// Republic of the Congo" before 1 August 1964, and "the Congo" before 27
// October 1971, are the Congo (Leopoldville), COD (congoNamesOfTheDay).
// An empty or malformed date reads the name as today's.
func StateOnDate(name, isoDate string) (*State, bool) {
	st, ok := LookupState(name)
	if !ok || !ReadByDate(st.Alpha3) {
		return st, ok
	}
	if _, err := time.Parse("2006-01-02", isoDate); err != nil {
		return st, ok
	}
	if st.Alpha3 == "COG" {
		folded := foldName(name)
		for _, c := range congoNamesOfTheDay {
			if folded == c.folded && isoDate < c.until {
				return states["COD"], true
			}
		}
		return st, ok
	}
	if isoDate >= chinaSeatChange {
		return st, ok
	}
	folded := foldName(name)
	for _, short := range st.Pref {
		if foldName(short) == folded {
			return states["ROC"], true
		}
	}
	return st, ok
}

// LookupState finds a state by any of its names in a UN language.
func LookupState(name string) (*State, bool) {
	statesOnce.Do(loadStates)
	code, ok := codeNamed(name)
	if !ok {
		return nil, false
	}
	return states[code], true
}

// codeNamed is the alpha-3 code of the state with the name. Extraction
// asks for many names that are no state's ("Cuba and Yemen"): an ASCII
// name is folded on the stack, not in a new string (issue 13).
func codeNamed(name string) (string, bool) {
	var buf [128]byte
	if folded, ok := appendFoldedASCII(buf[:0], name); ok {
		code, found := stateNames[string(folded)]
		return code, found
	}
	code, found := stateNames[foldName(name)]
	return code, found
}

// appendFoldedASCII appends foldName(s) to dst when s is ASCII, and
// reports false, appending nothing, when it is not.
func appendFoldedASCII(dst []byte, s string) ([]byte, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return dst, false
		}
	}
	s = strings.TrimSpace(s)
	if len(s) >= 4 && strings.EqualFold(s[:3], "the") && s[3] == ' ' {
		s = s[4:]
	}
	start := len(dst)
	space := false // a space is owed before the next letter
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case asciiSpace[c]:
			space = len(dst) > start
		default:
			if space {
				dst = append(dst, ' ')
				space = false
			}
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
		}
	}
	return dst, true
}

// asciiSpace are the ASCII bytes unicode.IsSpace calls spaces.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// StateByAlpha3 returns the state with the ISO 3166 alpha-3 code.
func StateByAlpha3(code string) (*State, bool) {
	statesOnce.Do(loadStates)
	st, ok := states[code]
	return st, ok
}

// Languages returns the languages the state has a preferred name in, sorted.
func (s *State) Languages() []string {
	out := make([]string, 0, len(s.Pref))
	for l := range s.Pref {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}

// StateIRI is the IRI of a member state, from its ISO 3166 alpha-3 code.
func (m Minter) StateIRI(alpha3 string) string { return m.Base + "actor/state/" + alpha3 }

// NearestState finds the state an OCR-damaged name stands for ("Matta",
// "United Kingdom of Great Britan"): the one name within one edit (a
// letter changed, added or dropped) of it. Names shorter than five letters
// are too easily another state's, and a name within one edit of two
// states is refused.
func NearestState(name string) (*State, bool) {
	statesOnce.Do(loadStates)
	nearOnce.Do(indexNearNames)
	// Most names asked for are none of a state's, nor near one: the name
	// is folded on the stack, not in a new string (issue 13).
	var buf [128]byte
	var folded string
	if b, ok := appendFoldedASCII(buf[:0], name); ok {
		folded = string(b)
	} else {
		folded = foldName(name)
	}
	n := utf8.RuneCountInString(folded)
	if n < 5 {
		return nil, false
	}
	first, _ := utf8.DecodeRuneInString(folded)
	last, _ := utf8.DecodeLastRuneInString(folded)
	found := ""
	for _, known := range [2][]knownName{nearNames[nearKey{first, true}], nearNames[nearKey{last, false}]} {
		// Sorted by length: from the first of n-1 runes to the last of n+1.
		from, _ := slices.BinarySearchFunc(known, n-1, func(k knownName, runes int) int { return k.runes - runes })
		for _, k := range known[from:] {
			if k.runes > n+1 {
				break
			}
			if !withinOneEdit(folded, k.name) {
				continue
			}
			if found != "" && found != k.code {
				return nil, false
			}
			found = k.code
		}
	}
	if found == "" {
		return nil, false
	}
	return states[found], true
}

// nearNames files every folded name twice, under its first rune and under
// its last, each list sorted by the names' lengths in runes, for
// NearestState. One edit to a name of two runes or more leaves its first
// rune or its last in place and its length within one, so the few names of
// those lengths under those runes are the only ones that can be within an
// edit of a name: it need not try every name of every state (issue 13:
// vote lines ask for each run of the pieces of a list).
// It is made when a name is first looked for, not with the states: most
// commands look for none.
var (
	nearOnce  sync.Once
	nearNames map[nearKey][]knownName
)

type nearKey struct {
	r     rune
	first bool // r is the first rune, else the last
}

type knownName struct {
	name, code string
	runes      int // the length of name in runes
}

// indexNearNames fills nearNames from stateNames.
func indexNearNames() {
	nearNames = map[nearKey][]knownName{}
	for name, code := range stateNames {
		first, _ := utf8.DecodeRuneInString(name)
		last, _ := utf8.DecodeLastRuneInString(name)
		k := knownName{name, code, utf8.RuneCountInString(name)}
		nearNames[nearKey{first, true}] = append(nearNames[nearKey{first, true}], k)
		nearNames[nearKey{last, false}] = append(nearNames[nearKey{last, false}], k)
	}
	for _, known := range nearNames {
		slices.SortFunc(known, func(a, b knownName) int { return cmp.Compare(a.runes, b.runes) })
	}
}

// withinOneEdit reports whether a and b differ by at most one rune
// changed, added or dropped.
func withinOneEdit(a, b string) bool {
	// One rune is at most 4 bytes: names far apart in length are turned
	// away before they are decoded.
	if len(a)-len(b) > 4 || len(b)-len(a) > 4 {
		return false
	}
	na, nb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if na > nb {
		a, b, na, nb = b, a, nb, na
	}
	if nb-na > 1 {
		return false
	}
	// Past the runes they share at the start, what is left of the longer
	// without its next rune is what is left of the shorter, without its
	// next rune too when they are as long.
	i, j := 0, 0
	for i < len(a) {
		ra, sa := utf8.DecodeRuneInString(a[i:])
		rb, sb := utf8.DecodeRuneInString(b[j:])
		if ra != rb {
			break
		}
		i, j = i+sa, j+sb
	}
	if j == len(b) {
		return true
	}
	_, sb := utf8.DecodeRuneInString(b[j:])
	if na == nb {
		_, sa := utf8.DecodeRuneInString(a[i:])
		return sameRunes(a[i+sa:], b[j+sb:])
	}
	return sameRunes(a[i:], b[j+sb:])
}

// sameRunes reports whether a and b decode to the same runes: the bytes
// that are no UTF-8 all read as utf8.RuneError.
func sameRunes(a, b string) bool {
	if a == b {
		return true
	}
	for a != "" && b != "" {
		ra, sa := utf8.DecodeRuneInString(a)
		rb, sb := utf8.DecodeRuneInString(b)
		if ra != rb {
			return false
		}
		a, b = a[sa:], b[sb:]
	}
	return a == b
}
