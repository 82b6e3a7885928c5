package ontology

import (
	"slices"
	"strings"
)

// The Council's texts name a state by the adjective of its name as often
// as by its name when they speak of its government: "the Portuguese
// Government", "the South African authorities", "the Iranian Government",
// "the Albanian and Bulgarian Governments". stateAdjectives are those
// adjectives, by the alpha-3 code of the state they named in 1946-1994,
// and governmentNouns the words after them that make the state the actor.
//
// Left out on purpose:
//   - adjectives that named two states of the day or a state and a
//     people: Chinese (the two seats), German, Korean, Vietnamese,
//     Yemeni, Congolese, Guinean, Dominican (Dominica too);
//   - adjectives of a people inside a state or across states: Cypriot
//     ("the Turkish Cypriot authorities"), Serb, Serbian, Croat,
//     Kurdish, Palestinian, and Rhodesian (the illegal régime);
//   - a state's name that is its own adjective ("the Netherlands
//     Government", "the Israel authorities", "the United States
//     Government"): the name is read already.
//
// Not its forces: "local Armenian forces", "Greek Cypriot forces" are no
// state's forces, and "Haitian armed forces" of 1993 were no government's.
var stateAdjectives = map[string][]string{
	"AFG": {"Afghan"},
	"AGO": {"Angolan"},
	"ALB": {"Albanian"},
	"ARG": {"Argentine", "Argentinian"},
	"ARM": {"Armenian"},
	"AUS": {"Australian"},
	"AUT": {"Austrian"},
	"AZE": {"Azerbaijani"},
	"BEL": {"Belgian"},
	"BGD": {"Bangladeshi"},
	"BGR": {"Bulgarian"},
	"BIH": {"Bosnian"},
	"BOL": {"Bolivian"},
	"BRA": {"Brazilian"},
	"BUR": {"Burmese"},
	"CAN": {"Canadian"},
	"CHL": {"Chilean"},
	"CMR": {"Cameroonian"},
	"COL": {"Colombian"},
	"CRI": {"Costa Rican"},
	"CSK": {"Czechoslovak", "Czechoslovakian"},
	"CUB": {"Cuban"},
	"DHY": {"Dahomeyan"},
	"DNK": {"Danish"},
	"DZA": {"Algerian"},
	"ECU": {"Ecuadorian"},
	"EGY": {"Egyptian"},
	"ESP": {"Spanish"},
	"ETH": {"Ethiopian"},
	"FIN": {"Finnish"},
	"FRA": {"French"},
	"GBR": {"British"},
	"GEO": {"Georgian"},
	"GHA": {"Ghanaian"},
	"GRC": {"Greek"},
	"GTM": {"Guatemalan"},
	"HND": {"Honduran"},
	"HRV": {"Croatian"},
	"HTI": {"Haitian"},
	"HUN": {"Hungarian"},
	"IDN": {"Indonesian"},
	"IND": {"Indian"},
	"IRL": {"Irish"},
	"IRN": {"Iranian"},
	"IRQ": {"Iraqi"},
	"ISR": {"Israeli"},
	"ITA": {"Italian"},
	"JOR": {"Jordanian"},
	"JPN": {"Japanese"},
	"KEN": {"Kenyan"},
	"KHM": {"Cambodian", "Kampuchean"},
	"KWT": {"Kuwaiti"},
	"LAO": {"Laotian"},
	"LBN": {"Lebanese"},
	"LBR": {"Liberian"},
	"LBY": {"Libyan"},
	"LKA": {"Ceylonese", "Sri Lankan"},
	"MAR": {"Moroccan"},
	"MDG": {"Malagasy"},
	"MEX": {"Mexican"},
	"MOZ": {"Mozambican"},
	"MRT": {"Mauritanian"},
	"MWI": {"Malawian"},
	"MYS": {"Malaysian"},
	"NGA": {"Nigerian"},
	"NIC": {"Nicaraguan"},
	"NOR": {"Norwegian"},
	"NPL": {"Nepalese"},
	"PAK": {"Pakistani"},
	"PAN": {"Panamanian"},
	"PER": {"Peruvian"},
	"PHL": {"Philippine"},
	"POL": {"Polish"},
	"PRT": {"Portuguese"},
	"PRY": {"Paraguayan"},
	"ROU": {"Romanian", "Roumanian"},
	"RUS": {"Russian"},
	"RWA": {"Rwandese", "Rwandan"},
	"SAU": {"Saudi Arabian"},
	"SDN": {"Sudanese"},
	"SEN": {"Senegalese"},
	"SLE": {"Sierra Leonean"},
	"SLV": {"Salvadorian", "Salvadoran"},
	"SOM": {"Somali"},
	"SUN": {"Soviet"},
	"SWE": {"Swedish"},
	"SYR": {"Syrian"},
	"TCD": {"Chadian"},
	"THA": {"Thai"},
	"TJK": {"Tajik"},
	"TUN": {"Tunisian"},
	"TUR": {"Turkish"},
	"TZA": {"Tanzanian"},
	"UGA": {"Ugandan"},
	"UKR": {"Ukrainian"},
	"URY": {"Uruguayan"},
	"VEN": {"Venezuelan"},
	"YUG": {"Yugoslav"},
	"ZAF": {"South African"},
	"ZAR": {"Zairian", "Zairean"},
	"ZMB": {"Zambian"},
	"ZWE": {"Zimbabwean"},
}

// governmentNouns are the words after a state's adjective that name the
// state as an actor, in the singular and the plural: of the adjectives a
// text joins ("the Albanian and Bulgarian Governments") the last is read
// with the noun, the others by themselves (StateAdjectives).
var governmentNouns = []string{"Government", "Governments", "authorities"}

// A GovernmentName is a name "<adjective> <noun>" (governmentNouns) of a
// state's government and the alpha-3 code of the state.
type GovernmentName struct {
	Name, Alpha3 string
}

// GovernmentNames are the names of states' governments by the adjectives
// of the states' names ("Portuguese Government", "South African
// authorities"), in the order of their codes and adjectives, for a reader
// of names to read as the states.
func GovernmentNames() []GovernmentName {
	codes := make([]string, 0, len(stateAdjectives))
	for c := range stateAdjectives {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	out := make([]GovernmentName, 0, len(stateAdjectives)*2*len(governmentNouns))
	for _, c := range codes {
		for _, adj := range stateAdjectives[c] {
			for _, n := range governmentNouns {
				out = append(out, GovernmentName{adj + " " + n, c})
			}
		}
	}
	return out
}

// StateAdjectives maps each adjective of a state's name (stateAdjectives)
// to the alpha-3 code of the state, for a reader of the adjectives a text
// joins before one government noun ("the Greek, Yugoslav, Albanian and
// Bulgarian Governments").
func StateAdjectives() map[string]string {
	out := make(map[string]string, len(stateAdjectives)+8)
	for c, adjs := range stateAdjectives {
		for _, a := range adjs {
			out[a] = c
		}
	}
	return out
}

// adjectivesOfTheDay are the adjectives that named another state before a
// day than after it: "Russian" named the Soviet Union's government ("the
// British, French and Russian Governments") before the Russian Federation
// took its seat on 24 December 1991. "Soviet" keeps the Soviet Union: a
// text of 1993 that says "the Soviet Government" speaks of it.
var adjectivesOfTheDay = []struct{ adjective, alpha3, until, before string }{
	{"Russian", "RUS", "1991-12-24", "SUN"},
}

// AdjectiveReadByDate reports whether GovernmentOnDate may answer another
// state than alpha3's for a name by its adjective.
func AdjectiveReadByDate(alpha3 string) bool {
	for _, a := range adjectivesOfTheDay {
		if a.alpha3 == alpha3 {
			return true
		}
	}
	return false
}

// GovernmentOnDate is the alpha-3 code of the state that name, a
// government's by a state's adjective ("Russian Government", "Russian
// authorities", or the adjective alone of a joined list), names in a text
// of isoDate (ISO 8601), where that day reads it as another state than
// the adjective's of today (adjectivesOfTheDay); false otherwise.
func GovernmentOnDate(name, isoDate string) (string, bool) {
	for _, a := range adjectivesOfTheDay {
		rest, ok := strings.CutPrefix(name, a.adjective)
		if !ok || isoDate >= a.until || isoDate == "" {
			continue
		}
		if rest == "" || (rest[0] == ' ' || rest[0] == '\n') && slices.Contains(governmentNouns, strings.TrimLeft(rest, " \n")) {
			return a.before, true
		}
	}
	return "", false
}
