package ontology

import "slices"

// The Council's texts of 1946–1994 name states by the names of their
// day. Two kinds of older name are kept apart:
//
//   - olderNames: the same state, the same ISO 3166-1 code, another name
//     ("Federal Republic of Germany" is DEU, "Ceylon" LKA, "Libyan Arab
//     Jamahiriya" LBY). The Ukrainian SSR is UKR: ISO 3166-1 gave it UA/UKR
//     in 1974 and Ukraine kept the code and the seat, so its printed name
//     "Ukrainian Soviet Socialist Republic" is an older name of UKR. So are
//     the Yemen Arab Republic (YEM, which united Yemen kept), Democratic
//     Kampuchea and the Khmer Republic (KHM), and the United Arab Republic,
//     whose seat from 1961 was Egypt's (EGY): ISO 3166 has no code for it.
//   - formerStates: states whose code ISO 3166 withdrew or changed; they
//     keep the alpha-3 code they had, and ISO 3166-3 lists them with a
//     four-letter code (SUHH for the USSR, BYAA for the Byelorussian SSR).
//     The Republic of China's entry, ROC, is sckg's own: the China seat
//     before 25 October 1971 (see StateOnDate). ROC is no ISO code, and it
//     is not TWN on purpose: the entry is a seat in the United Nations,
//     not a territory.
//
// No older name may be a name of another state today: the registry finds
// actors by these names in every text ("缅甸" is Myanmar's Chinese name
// now, so Burma has none in Chinese here).

var olderNames = map[string]map[string][]string{
	"DEU": {"en": {"Federal Republic of Germany"}, "fr": {"République fédérale d'Allemagne"}, "es": {"República Federal de Alemania"}, "ru": {"Федеративная Республика Германия"}, "zh": {"德意志联邦共和国"}},
	"UKR": {"en": {"Ukrainian Soviet Socialist Republic", "Ukrainian SSR"}, "fr": {"République socialiste soviétique d'Ukraine"}, "es": {"República Socialista Soviética de Ucrania"}, "ru": {"Украинская Советская Социалистическая Республика"}},
	"LKA": {"en": {"Ceylon"}, "fr": {"Ceylan"}, "es": {"Ceilán"}, "ru": {"Цейлон"}},
	"LBY": {"en": {"Libyan Arab Jamahiriya", "Socialist People's Libyan Arab Jamahiriya", "Libyan Arab Republic", "United Kingdom of Libya"}, "fr": {"Jamahiriya arabe libyenne", "République arabe libyenne"}, "es": {"Jamahiriya Árabe Libia"}},
	"KHM": {"en": {"Democratic Kampuchea", "Kampuchea", "Khmer Republic"}, "fr": {"Kampuchea démocratique", "République khmère"}},
	"EGY": {"en": {"United Arab Republic"}, "fr": {"République arabe unie"}, "es": {"República Árabe Unida"}},
	"YEM": {"en": {"Yemen Arab Republic"}, "fr": {"République arabe du Yémen"}},
	"ZAF": {"en": {"Union of South Africa"}, "fr": {"Union sud-africaine"}},
	"MKD": {"en": {"the former Yugoslav Republic of Macedonia", "The former Yugoslav Republic of Macedonia"}, "fr": {"ex-République yougoslave de Macédoine"}},
	"BHS": {"en": {"Commonwealth of the Bahamas", "the Commonwealth of the Bahamas"}},
	"WSM": {"en": {"Western Samoa"}, "fr": {"Samoa-Occidental"}},
	"CIV": {"en": {"Ivory Coast", "Cote d'Ivoire"}},
	"CZE": {"en": {"Czech Republic"}, "fr": {"République tchèque"}},
	// Territories of the Council's agenda printed by the names they had
	// before independence, under which ISO 3166 did not keep them apart
	// from the state that followed on the same land with today's code.
	"ZWE": {"en": {"Southern Rhodesia", "Rhodesia"}, "fr": {"Rhodésie du Sud"}},
	"NAM": {"en": {"South West Africa"}, "fr": {"Sud-Ouest africain"}},
	// Guinea-Bissau before 1974: the Portuguese territory the texts
	// print "Guinea (Bissau)", not Guinea (GIN), their neighbour.
	"GNB": {"en": {"Guinea (Bissau)", "Portuguese Guinea"}, "fr": {"Guinée (Bissau)", "Guinée portugaise"}},
	// So are the territories that became these states, some of whose
	// names hold another state's ("British Honduras" is Belize, not
	// Honduras; "the Netherlands Indies" Indonesia's land, not the
	// Netherlands; "Spanish Guinea" Equatorial Guinea).
	"BLZ": {"en": {"British Honduras"}, "fr": {"Honduras britannique"}},
	"IDN": {"en": {"Netherlands Indies", "Netherlands East Indies", "United States of Indonesia", "Republic of the United States of Indonesia", "West New Guinea", "Netherlands New Guinea", "West Irian"}, "fr": {"Indes néerlandaises", "États-Unis d'Indonésie", "Nouvelle-Guinée occidentale"}},
	"GNQ": {"en": {"Spanish Guinea"}, "fr": {"Guinée espagnole"}},
	"DJI": {"en": {"French Somaliland", "French Territory of the Afars and the Issas"}, "fr": {"Côte française des Somalis", "Territoire français des Afars et des Issas"}},
	"ESH": {"en": {"Spanish Sahara"}, "fr": {"Sahara espagnol"}},
	"TLS": {"en": {"East Timor", "Portuguese Timor"}, "fr": {"Timor portugais"}},
	"GUY": {"en": {"British Guiana"}, "fr": {"Guyane britannique"}},
	"BWA": {"en": {"Bechuanaland"}},
	"LSO": {"en": {"Basutoland"}},
	"MWI": {"en": {"Nyasaland"}},
	"ZMB": {"en": {"Northern Rhodesia"}, "fr": {"Rhodésie du Nord"}},
	"GHA": {"en": {"Gold Coast"}},
	// Taiwan under the name the Council's agenda of 1950 gave it beside
	// its own ("Taiwan (Formosa)").
	"TWN": {"en": {"Formosa"}, "fr": {"Formose"}},
	// The two Congos of the 1960s, each told by its capital in brackets;
	// "the Republic of the Congo" and "the Congo" alone are read by their
	// day (StateOnDate).
	"COG": {"en": {"Republic of the Congo", "Congo (Brazzaville)", "Republic of the Congo (Brazzaville)", "People's Republic of the Congo"}, "fr": {"République du Congo", "Congo (Brazzaville)", "République populaire du Congo"}},
	"COD": {"en": {"Congo (Leopoldville)", "Congo (Léopoldville)", "Republic of the Congo (Leopoldville)", "Republic of the Congo (Léopoldville)", "Congo (Kinshasa)"}, "fr": {"Congo (Léopoldville)", "République du Congo (Léopoldville)", "Congo (Kinshasa)"}},
	// Members under the names of their day whose seat today's state kept:
	// Tanganyika (1961) and Zanzibar (1963) united in 1964 as the United
	// Republic of Tanzania, first named "of Tanganyika and Zanzibar"; the
	// Federation of Malaya (1957) became Malaysia in 1963.
	"THA": {"en": {"Siam"}, "fr": {"Siam"}},
	"JOR": {"en": {"Transjordan", "Trans-Jordan", "Hashemite Kingdom of Transjordan", "Hashemite Kingdom of Jordan", "Hashemite Kingdom of the Jordan"}, "fr": {"Transjordanie"}},
	"TZA": {"en": {"Tanganyika", "Zanzibar", "United Republic of Tanganyika and Zanzibar"}, "fr": {"Tanganyika", "Zanzibar"}},
	"MDG": {"en": {"Malagasy Republic"}, "fr": {"République malgache"}},
	"MYS": {"en": {"Federation of Malaya"}, "fr": {"Fédération de Malaisie"}},
	// The names under which members were admitted or sat, printed until
	// they took today's: the vote lines print some whole ("Polish
	// People's Republic"), and none holds today's short name as a word
	// ("Roumania", "Maldive Islands", "Mongolian People's Republic").
	"ROU": {"en": {"Roumania"}, "fr": {"Roumanie"}},
	"PHL": {"en": {"Philippine Republic"}},
	"HUN": {"en": {"Hungarian People's Republic"}, "fr": {"République populaire hongroise"}},
	"POL": {"en": {"Polish People's Republic"}, "fr": {"République populaire de Pologne"}},
	"MNG": {"en": {"Mongolian People's Republic"}, "fr": {"République populaire mongole"}},
	"SOM": {"en": {"Italian Somaliland", "British Somaliland", "Somali Republic", "Somali Democratic Republic"}, "fr": {"Somalie italienne", "République somalie"}},
	"MDV": {"en": {"Maldive Islands"}, "fr": {"Îles Maldives"}},
	"CAF": {"en": {"Central African Empire"}, "fr": {"Empire centrafricain"}},
	"KNA": {"en": {"Saint Christopher and Nevis"}, "fr": {"Saint-Christophe-et-Nevis"}},
	// The names of the 1990s whose adjective is not today's short name.
	"SVK": {"en": {"Slovak Republic"}, "fr": {"République slovaque"}},
	"AZE": {"en": {"Azerbaijani Republic"}, "fr": {"République azerbaïdjanaise"}},
	"KGZ": {"en": {"Kyrgyz Republic"}, "fr": {"République kirghize"}},
	// Not older, but the full names whose first word is the state's
	// adjective, not its short name: read whole, not as the adjective
	// (the French "Argentine" read "the Argentine Republic" as a name
	// of its first word).
	"ARG": {"en": {"Argentine Republic"}, "fr": {"République argentine"}},
	"LBN": {"en": {"Lebanese Republic"}, "fr": {"République libanaise"}},
	"GAB": {"en": {"Gabonese Republic"}, "fr": {"République gabonaise"}},
	"TGO": {"en": {"Togolese Republic"}, "fr": {"République togolaise"}},
	"TUN": {"en": {"Tunisian Republic"}, "fr": {"République tunisienne"}},
	"ITA": {"en": {"Italian Republic"}, "fr": {"République italienne"}},
	"FRA": {"en": {"French Republic"}, "fr": {"République française"}},
	"PRT": {"en": {"Portuguese Republic"}, "fr": {"République portugaise"}},
	"GRC": {"en": {"Hellenic Republic"}, "fr": {"République hellénique"}},
	// Not older, but printed and missing from CLDR, whose English names
	// are "China" and "Myanmar (Burma)".
	"CHN": {"en": {"People's Republic of China"}, "fr": {"République populaire de Chine"}},
	"MMR": {"en": {"Myanmar"}},
	// Today's full name, which holds the Republic of Viet-Nam's (RVN).
	"VNM": {"en": {"Socialist Republic of Viet Nam", "Socialist Republic of Viet-Nam"}, "fr": {"République socialiste du Viet Nam"}},
}

type formerState struct {
	alpha3, former, seatOf string
	pref                   map[string]string
	alt                    map[string][]string
	// onlyByDate entries are found by StateOnDate, never by a name alone.
	onlyByDate bool
}

var formerStates = []formerState{
	{alpha3: "SUN", former: "SUHH", seatOf: "RUS",
		pref: map[string]string{"en": "Union of Soviet Socialist Republics", "fr": "Union des Républiques socialistes soviétiques", "es": "Unión de Repúblicas Socialistas Soviéticas", "ru": "Союз Советских Социалистических Республик", "zh": "苏维埃社会主义共和国联盟", "ar": "اتحاد الجمهوريات الاشتراكية السوفياتية"},
		alt:  map[string][]string{"en": {"USSR", "Soviet Union"}, "fr": {"URSS", "Union soviétique"}, "es": {"Unión Soviética"}, "ru": {"СССР", "Советский Союз"}, "zh": {"苏联"}}},
	{alpha3: "BYS", former: "BYAA", seatOf: "BLR",
		pref: map[string]string{"en": "Byelorussian Soviet Socialist Republic", "fr": "République socialiste soviétique de Biélorussie", "es": "República Socialista Soviética de Bielorrusia", "ru": "Белорусская Советская Социалистическая Республика", "zh": "白俄罗斯苏维埃社会主义共和国"},
		alt:  map[string][]string{"en": {"Byelorussian SSR", "Byelorussia"}}},
	{alpha3: "YUG", former: "YUCS",
		pref: map[string]string{"en": "Yugoslavia", "fr": "Yougoslavie", "es": "Yugoslavia", "ru": "Югославия", "zh": "南斯拉夫", "ar": "يوغوسلافيا"},
		// ISO 3166 kept YU/YUG for the Federal Republic of Yugoslavia
		// (1992–2003), whose claim to the seat the UN did not accept.
		alt: map[string][]string{"en": {"Federal People's Republic of Yugoslavia", "Socialist Federal Republic of Yugoslavia", "Federal Republic of Yugoslavia"}, "fr": {"République fédérative socialiste de Yougoslavie", "République fédérative de Yougoslavie"}}},
	{alpha3: "SCG", former: "CSXX",
		pref: map[string]string{"en": "Serbia and Montenegro", "fr": "Serbie-et-Monténégro", "es": "Serbia y Montenegro", "ru": "Сербия и Черногория", "zh": "塞尔维亚和黑山"}},
	{alpha3: "CSK", former: "CSHH",
		pref: map[string]string{"en": "Czechoslovakia", "fr": "Tchécoslovaquie", "es": "Checoslovaquia", "ru": "Чехословакия", "zh": "捷克斯洛伐克", "ar": "تشيكوسلوفاكيا"},
		alt:  map[string][]string{"en": {"Czechoslovak Republic", "Czechoslovak Socialist Republic", "Czech and Slovak Federal Republic"}}},
	{alpha3: "DDR", former: "DDDE",
		pref: map[string]string{"en": "German Democratic Republic", "fr": "République démocratique allemande", "es": "República Democrática Alemana", "ru": "Германская Демократическая Республика", "zh": "德意志民主共和国"},
		alt:  map[string][]string{"ru": {"ГДР"}}},
	{alpha3: "ZAR", former: "ZRCD", seatOf: "COD",
		pref: map[string]string{"en": "Zaire", "fr": "Zaïre", "es": "Zaire", "ru": "Заир", "zh": "扎伊尔"},
		alt:  map[string][]string{"en": {"Republic of Zaire"}, "fr": {"République du Zaïre"}}},
	{alpha3: "YMD", former: "YDYE",
		pref: map[string]string{"en": "Democratic Yemen", "fr": "Yémen démocratique", "es": "Yemen Democrático", "ru": "Демократический Йемен", "zh": "民主也门"},
		// Its name from its independence in 1967 to 1970, admitted under it.
		alt: map[string][]string{"en": {"People's Democratic Republic of Yemen", "People's Republic of Southern Yemen", "Southern Yemen"}}},
	{alpha3: "HVO", former: "HVBF", seatOf: "BFA",
		pref: map[string]string{"en": "Upper Volta", "fr": "Haute-Volta", "es": "Alto Volta", "ru": "Верхняя Вольта", "zh": "上沃尔特"}},
	{alpha3: "DHY", former: "DHBJ", seatOf: "BEN",
		pref: map[string]string{"en": "Dahomey", "fr": "Dahomey", "es": "Dahomey", "ru": "Дагомея", "zh": "达荷美"}},
	{alpha3: "BUR", former: "BUMM", seatOf: "MMR",
		pref: map[string]string{"en": "Burma", "fr": "Birmanie", "es": "Birmania", "ru": "Бирма"},
		alt:  map[string][]string{"en": {"Union of Burma"}}},
	{alpha3: "ANT", former: "ANHH",
		pref: map[string]string{"en": "Netherlands Antilles", "fr": "Antilles néerlandaises", "es": "Antillas Neerlandesas", "ru": "Нидерландские Антильские острова", "zh": "荷属安的列斯"}},
	// The two Viet-Nams of 1954–1976, neither a member. ISO 3166 gave
	// VN/VNM to the Republic of Viet-Nam (the South) in 1974 and kept it
	// for the Socialist Republic of Viet Nam, which the Democratic Republic
	// of Viet-Nam (the North, VD/VDR, VDVN in ISO 3166-3) became in 1976
	// when it took in the South. So "Viet-Nam" alone, which named either,
	// names neither here, and the South is no older name of VNM: its entry,
	// RVN, is sckg's own, as ROC is, and no ISO code.
	{alpha3: "VDR", former: "VDVN",
		pref: map[string]string{"en": "Democratic Republic of Viet-Nam", "fr": "République démocratique du Viet-Nam", "es": "República Democrática de Viet-Nam", "ru": "Демократическая Республика Вьетнам", "zh": "越南民主共和国"},
		alt:  map[string][]string{"en": {"Democratic Republic of Viet Nam", "Democratic Republic of Vietnam", "North Viet-Nam", "North Viet Nam"}}},
	{alpha3: "RVN",
		pref: map[string]string{"en": "Republic of Viet-Nam", "fr": "République du Viet-Nam", "es": "República de Viet-Nam", "ru": "Республика Вьетнам", "zh": "越南共和国"},
		alt:  map[string][]string{"en": {"Republic of Viet Nam", "Republic of Vietnam", "South Viet-Nam", "South Viet Nam"}}},
	{alpha3: "ROC", seatOf: "CHN", onlyByDate: true,
		pref: map[string]string{"en": "China (Republic of China)", "fr": "Chine (République de Chine)", "es": "China (República de China)", "ru": "Китай (Китайская Республика)", "zh": "中国（中华民国）"}},
}

// placesOfNoState are names of places that hold a state's name but name
// no state: "New Guinea", the island that Indonesia (its west, "West New
// Guinea") and Papua New Guinea share, is not Guinea. Read whole, they
// name no actor (PlacesOfNoState).
var placesOfNoState = []string{"New Guinea", "Nouvelle-Guinée"}

// PlacesOfNoState are the names of places that hold a state's name but
// name no state, which a reader of names must read whole so that the
// state inside them is not read.
func PlacesOfNoState() []string { return slices.Clone(placesOfNoState) }
