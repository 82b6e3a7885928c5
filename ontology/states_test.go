package ontology

import (
	"io"
	"strings"
	"testing"
)

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

func TestRegistry(t *testing.T) {
	r := DefaultRegistry()
	fc, ok := r.Actor("fc-g5s")
	if !ok || fc.Pref["en"] != "FC-G5S" || len(fc.SubOrgOf) != 1 || fc.SubOrgOf[0] != "g5-sahel" {
		t.Fatalf("fc-g5s: %+v", fc)
	}
	labels := strings.Join(fc.Labels(), "|")
	for _, want := range []string{"G5 Sahel joint force", "Force conjointe du G5 Sahel", "Force Conjointe des Etats du G5 Sahel"} {
		if !strings.Contains(labels, want) {
			t.Errorf("FC-G5S lacks the label %q", want)
		}
	}
	if fr, ok := r.Actor("state/FRA"); !ok || fr.Pref["zh"] != "法国" {
		t.Errorf("France: %+v", fr)
	}
	// A user's file adds an actor, and labels to a known one.
	extra := `@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/sckg/actor/misad> skos:prefLabel "MISAD"@en ; skos:altLabel "Mission d'appui"@fr .
<https://w3id.org/sckg/actor/minusma> skos:altLabel "Stabilization Mission"@en .`
	r2, err := LoadRegistry(map[string]io.Reader{"mine.ttl": strings.NewReader(extra)})
	if err != nil {
		t.Fatal(err)
	}
	if m, ok := r2.Actor("misad"); !ok || m.Pref["en"] != "MISAD" {
		t.Errorf("misad not added")
	}
	if m, _ := r2.Actor("minusma"); !strings.Contains(strings.Join(m.Labels(), "|"), "Stabilization Mission") {
		t.Errorf("label not added to MINUSMA")
	}
	if _, err := LoadRegistry(map[string]io.Reader{"bad.ttl": strings.NewReader("<http://example.org/x> <http://p> \"y\" .")}); err == nil || !strings.Contains(err.Error(), "bad.ttl") {
		t.Errorf("a foreign IRI: %v", err)
	}
}
