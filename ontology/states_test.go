package ontology

import "testing"

func TestLookupState(t *testing.T) {
	for name, want := range map[string]string{
		"France": "FRA", "法国": "FRA", "俄罗斯联邦": "RUS", "Russian Federation": "RUS", "Russia": "RUS",
		"大不列颠及北爱尔兰联合王国": "GBR", "United Kingdom": "GBR", "the United Kingdom of Great Britain and Northern Ireland": "GBR",
		"美利坚合众国": "USA", "Viet Nam": "VNM", "越南": "VNM", "Vietnam": "VNM", "圣文森特和格林纳丁斯": "VCT",
		"Saint Vincent and the Grenadines": "VCT", "多米尼加共和国": "DOM", "尼日尔": "NER", "Niger": "NER",
		"突尼斯": "TUN", "爱沙尼亚": "EST", "印度尼西亚": "IDN", "比利时": "BEL", "中国": "CHN", "德国": "DEU", "南非": "ZAF",
		"Mali": "MLI", "Senegal": "SEN", "Uruguay": "URY", "Fédération de Russie": "RUS", "Российская Федерация": "RUS",
	} {
		st, ok := LookupState(name)
		if !ok || st.Alpha3 != want {
			t.Errorf("LookupState(%q) = %v, %v; want %s", name, st, ok, want)
		}
	}
	for _, notAState := range []string{"European Union", "Sahel", "MINUSMA", "Council", ""} {
		if st, ok := LookupState(notAState); ok {
			t.Errorf("LookupState(%q) = %s", notAState, st.Alpha3)
		}
	}
	gbr, _ := StateByAlpha3("GBR")
	if gbr.Pref["zh"] != "大不列颠及北爱尔兰联合王国" || gbr.Pref["en"] != "United Kingdom of Great Britain and Northern Ireland" || len(gbr.Languages()) != 6 {
		t.Errorf("GBR names: %v", gbr.Pref)
	}
}
