package extract

import (
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/sckg/sckg/ontology"
)

func actorsIn(d *Document, p string) []string {
	var out []string
	for _, m := range d.Mentions {
		if p == "" || m.Paragraph.ID == p {
			out = appendNew(out, m.Actor)
		}
	}
	sort.Strings(out)
	return out
}

func request(t *testing.T, d *Document, para, lemma string) *Request {
	t.Helper()
	for _, r := range d.Requests {
		if r.Paragraph.ID == para && r.Lemma == lemma {
			return r
		}
	}
	t.Fatalf("%s %s: no %q request", d.Symbol, para, lemma)
	return nil
}

func TestActorsOnePerActorWhateverTheSpelling(t *testing.T) {
	s := loadSeeds(t)
	d := s.doc(t, "S/RES/2584(2021)")
	all := map[string]bool{}
	for _, a := range actorsIn(d, "") {
		all[a] = true
	}
	for _, want := range []string{"takuba", "fc-g5s", "minusma", "plateforme", "coordination", "g5-sahel", "mdsf", "secretary-general", "srsg", "government-of-mali", "french-forces", "eutm-mali", "european-union"} {
		if !all[want] {
			t.Errorf("2584 (2021) does not name %s", want)
		}
	}
	// Spellings: "the G5 Sahel joint force (FC-G5S)", "FC-G5S", "Force
	// Conjointe des Etats du G5 Sahel (FC‑G5S)" with a non-breaking hyphen.
	spelled := map[string]string{}
	for _, key := range []string{"S/RES/2584(2021)", "S/RES/2364(2017)", "S/RES/2531(2020)"} {
		for _, m := range s.doc(t, key).Mentions {
			if _, ok := spelled[m.Text()]; !ok {
				spelled[m.Text()] = m.Actor
			}
		}
	}
	for text, want := range map[string]string{
		"G5 Sahel joint force": "fc-g5s", "FC-G5S": "fc-g5s", "Force Conjointe des Etats du G5 Sahel": "fc-g5s",
		"Task Force Takuba": "takuba", "United Nations Multidimensional Integrated Stabilization Mission in Mali": "minusma",
		"MINUSMA": "minusma", "Malian authorities": "government-of-mali", "Malian Defence and Security Forces": "mdsf",
	} {
		if got, ok := spelled[text]; !ok || got != want {
			t.Errorf("%q names %q (found %v), want %s", text, got, ok, want)
		}
	}
}

func TestMalianPartiesAreThree(t *testing.T) {
	s := loadSeeds(t)
	d := s.doc(t, "S/RES/2531(2020)")
	// "the Malian parties", defined in op_1, names the three wherever it stands.
	parties := map[string][]string{}
	for _, m := range d.Mentions {
		if strings.HasSuffix(m.Text(), "Malian parties") {
			key := m.Paragraph.ID + "@" + strconv.Itoa(int(m.start))
			parties[key] = append(parties[key], m.Actor)
		}
	}
	if len(parties) < 5 {
		t.Errorf("\"the Malian parties\" found %d times", len(parties))
	}
	for at, actors := range parties {
		if !reflect.DeepEqual(actors, []string{"government-of-mali", "plateforme", "coordination"}) {
			t.Errorf("\"the Malian parties\" at %s names %v", at, actors)
		}
	}
	if r := request(t, d, "op_3", "urges"); !reflect.DeepEqual(r.Addressee, []string{"government-of-mali", "plateforme", "coordination"}) {
		t.Errorf("op_3 urges %v", r.Addressee)
	}
}

func TestRequestsAndMandate(t *testing.T) {
	s := loadSeeds(t)
	r2584 := s.doc(t, "S/RES/2584(2021)")
	if r := request(t, r2584, "op_61", "requests"); r.Interval != "P3M" || !reflect.DeepEqual(r.Addressee, []string{"secretary-general"}) {
		t.Errorf("2584 op_61: %v every %s", r.Addressee, r.Interval)
	}
	r2531 := s.doc(t, "S/RES/2531(2020)")
	if r := request(t, r2531, "op_64", "requests"); r.Deadline != "2021-03-31" || !reflect.DeepEqual(r.Addressee, []string{"secretary-general"}) || r.Action[:34] != "to develop a long-term roadmap ass" {
		t.Errorf("2531 op_64: %v by %s: %q", r.Addressee, r.Deadline, r.Action)
	}
	if r := request(t, r2531, "op_63", "requests"); r.Verb != "further requests" || r.Interval != "P6M" {
		t.Errorf("2531 op_63: %q every %s", r.Verb, r.Interval)
	}
	var ext, ceiling, auth []string
	for _, f := range r2531.Mandate {
		switch f.Kind {
		case "extension":
			ext = append(ext, f.Paragraph.ID+" "+f.Actors[0]+" "+f.Until)
		case "ceiling":
			ceiling = append(ceiling, f.Paragraph.ID+" "+f.Actors[0])
			if f.Military != 13289 || f.Police != 1920 {
				t.Errorf("ceiling %d military, %d police", f.Military, f.Police)
			}
		case "authorization":
			auth = append(auth, f.Paragraph.ID+" "+f.Actors[0])
		}
	}
	if !reflect.DeepEqual(ext, []string{"op_16 minusma 2021-06-30"}) || !reflect.DeepEqual(ceiling, []string{"op_17 minusma"}) ||
		!reflect.DeepEqual(auth, []string{"op_18 minusma", "op_41 french-forces"}) {
		t.Errorf("mandate: %v %v %v", ext, ceiling, auth)
	}
	r2364 := s.doc(t, "S/RES/2364(2017)")
	if r := request(t, r2364, "op_47", "requests"); r.Interval != "P3M" {
		t.Errorf("2364 op_47 every %s", r.Interval)
	}
	// "within 180 days": the text prints no adoption date, so a duration
	// and no invented date.
	if r := request(t, r2364, "op_47_2", "requests"); r.DeadlineDuration != "P180D" || r.Deadline != "" {
		t.Errorf("2364 second 47: within %s, by %q", r.DeadlineDuration, r.Deadline)
	}
	// With an adoption date, the duration becomes a date too.
	rq := &Request{}
	readTiming(rq, "to develop within 180 days after the adoption of this resolution", "2017-06-29")
	if rq.Deadline != "2017-12-26" || rq.DeadlineDuration != "P180D" {
		t.Errorf("within 180 days of 2017-06-29: %s %s", rq.Deadline, rq.DeadlineDuration)
	}
}

func TestActorRelations(t *testing.T) {
	s := loadSeeds(t)
	has := func(d *Document, kind, from, to string) bool {
		for _, r := range d.Relations {
			if r.Kind == kind && r.From == from && r.To == to {
				return true
			}
		}
		return false
	}
	d := s.doc(t, "S/RES/2584(2021)")
	for _, w := range [][3]string{
		{"supports", "minusma", "fc-g5s"},      // "support provided by MINUSMA to the FC-G5S"
		{"coordinatesWith", "minusma", "mdsf"}, // "between MINUSMA, the MDSF, the FC-G5S, …"
		{"coordinatesWith", "fc-g5s", "french-forces"},
		{"authorizes", "security-council", "french-forces"},
		{"condemnsAttacksOn", "security-council", "takuba"},
	} {
		if !has(d, w[0], w[1], w[2]) {
			t.Errorf("2584 (2021): no %s %s -> %s", w[0], w[1], w[2])
		}
	}
	if has(d, "coordinatesWith", "european-union", "state/MLI") {
		t.Errorf("\"the European Union missions in Mali\" made Mali a party")
	}
	found := false
	for _, c := range d.CoMentions {
		found = found || c.A == "fc-g5s" && c.B == "minusma" && c.Count >= 5
	}
	if !found {
		t.Errorf("FC-G5S and MINUSMA are not counted as named together")
	}
}

func TestNewActors(t *testing.T) {
	p := &Paragraph{Text: "Welcomes the deployment of the Mission d'appui à la Sécurité et au Développement (MISAD) and the Human Rights Due Diligence Policy (HRDDP), and the G5 Sahel joint force (FC-G5S)"}
	got := newActors(p.Text, indexRegistry(defaultRegistryForTest()))
	if len(got) != 1 || got[0].Key != "misad" || got[0].Name != "Mission d'appui à la Sécurité et au Développement" {
		t.Errorf("new actors %+v; want MISAD alone (HRDDP is a policy, FC-G5S is known)", got)
	}
}

func defaultRegistryForTest() *ontology.Registry { return ontology.DefaultRegistry() }

// Sentence words never become part of a discovered actor's name. The
// strings are from the development set (issue 12), except the first,
// which is the issue's own example.
func TestNewActorNamesHaveTheFormOfNames(t *testing.T) {
	for _, tt := range []struct {
		name, text, want, acronym string
	}{
		{"an operative verb", "Commends the Organization of African Unity (OAU) for its efforts", "Organization of African Unity", "OAU"},
		{"a preambular participle and its object", "Welcoming the continued commitment of the Economic Community of West African States (ECOWAS)", "Economic Community of West African States", "ECOWAS"},
		{"an adverb and a participle", "Further welcoming the endorsement and support by the Organization of African Unity (OAU)", "Organization of African Unity", "OAU"},
		{"a participle at the start of a name", "Expressing its appreciation to the United Nations Transitional Authority in Cambodia (UNTAC)", "United Nations Transitional Authority in Cambodia", "UNTAC"},
		{"an operative verb before the name", "2. Decides to establish a United Nations Observer Mission in Georgia (UNOMIG)", "United Nations Observer Mission in Georgia", "UNOMIG"},
		{"a post of the organisation", "in consultation with the Chairman-in-Office of the Conference on Security and Cooperation in Europe (CSCE)", "Conference on Security and Cooperation in Europe", "CSCE"},
		{"the last of a list", "the National Commission for Administration, the National Police Affairs Commission (COMPOL)", "National Police Affairs Commission", "COMPOL"},
		{"two names joined by and the", "Urges the Government of Rwanda and the Rwandese Patriotic Front (RPF)", "Rwandese Patriotic Front", "RPF"},
		{"a sentence-initial article", "The Independent Electoral Commission (IEC)", "Independent Electoral Commission", "IEC"},
		{"a plain name", "the activities of the International Civilian Mission (MICIVIH)", "International Civilian Mission", "MICIVIH"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := newActors(tt.text, nameIndex{})
			if len(got) != 1 || got[0].Name != tt.want || got[0].Acronym != tt.acronym {
				t.Errorf("newActors(%q) = %+v; want %q (%s)", tt.text, got, tt.want, tt.acronym)
			}
		})
	}
	for _, notAName := range []string{
		"Recalling its resolution 1 (XY)",
		"Strongly condemns the Attacks (UNX)",
	} {
		if got := newActors(notAName, nameIndex{}); len(got) != 0 {
			t.Errorf("newActors(%q) = %+v; want none", notAName, got)
		}
	}
}
