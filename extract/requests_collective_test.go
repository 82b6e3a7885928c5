package extract

import (
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/sckg/sckg/ontology"
)

// TestCollectiveAddressees holds the collectives a request addresses
// ("Calls upon all States to …", "Urges the parties to …", "Demands that
// all parties …"): the registry's sckg:Collective actors, read in the
// request's addressees only, never where their words name no addressee
// ("one of the parties", "the obligation of all States", "all States
// Members of the United Nations").
func TestCollectiveAddressees(t *testing.T) {
	checkFirstAddressees(t, []firstAddressees{
		{"Calls upon all States to refrain from supplying arms;", []string{"all-states"}},
		{"Requests all the States, particularly the neighbouring States, to assist;", []string{"all-states"}},
		{"Urges the parties to resume the negotiations without delay;", []string{"the-parties"}},
		{"Calls upon both parties to refrain from any action;", []string{"the-parties"}},
		{"Urges once again the two parties, and in particular UNITA, to produce early evidence;", []string{"unita", "the-parties"}},
		{"Calls upon all parties concerned to co-operate fully with the Force;", []string{"the-parties"}},
		{"Demands that all parties comply with their obligations to observe the cease-fire;", []string{"the-parties"}},
		{"Demands that all States refrain from providing any support to the régime;", []string{"all-states"}},
		{"Requests of all States that they report to the Council;", []string{"all-states"}},
		{"Requests the Secretary-General to report to the parties and to all States;", []string{"secretary-general"}},
		{"Condemns the attacks by one of the parties;", nil},
		// Not all States: the Member States (membersOfTheUnitedNations).
		{"Calls upon all States Members of the United Nations to contribute;", []string{"member-states"}},
		// The parties to a treaty are the states bound by it, not the
		// parties to a conflict or dispute; those to an agreement that
		// settles one are its parties.
		{"Calls upon all parties to the Convention to implement it;", nil},
		{"Demands that all parties to the Convention on the Prevention and Punishment of the Crime of Genocide comply with it;", nil},
		{"Calls upon the parties to the Non-Proliferation\nTreaty to comply with their obligations;", nil},
		{"Calls upon all parties to the conflict to respect the cease-fire;", []string{"the-parties"}},
		{"Calls upon the parties to the Armistice Agreements to comply with them;", []string{"the-parties"}},
		// "States" with no article, first among the addressees, are
		// States in general, as "all States" are; a word after them that
		// narrows them makes another group, which is none of the
		// registry's.
		{"Calls upon States to enact and enforce immediately legislation;", []string{"all-states"}},
		{"Urges States to adopt appropriate measures;", []string{"all-states"}},
		{"Requests States, with a view to maintaining peace, to refrain from such acts;", []string{"all-states"}},
		{"Requests States with legislation permitting importation of minerals to prohibit it;", nil},
		{"Appeals to States to contribute generously;", []string{"all-states"}},
		{"Calls upon States and international organizations to assist;", []string{"all-states"}},
		{"Calls upon States Members of the United Nations to co-operate;", []string{"member-states"}},
		// "States concerned", with or without the article, are the States
		// concerned; so are "the Member States concerned", not all
		// Members.
		{"Requests the States concerned to report;", []string{"states-concerned"}},
		{"Requests States concerned to report;", []string{"states-concerned"}},
		{"Requests the Secretary-General and States concerned to remain ready to continue dialogue;", []string{"secretary-general", "states-concerned"}},
		{"Also requests the Member States concerned to inform the Council immediately;", []string{"states-concerned"}},
		{"Calls upon States not parties to the Convention to accede to it;", nil},
		{"Calls upon States parties to the Convention to comply;", nil},
		{"Urges States of the region to co-operate;", nil},
		{"Urges neighbouring States to refrain from interference;", []string{"neighbouring-states"}},
		{"Requests the Secretary-General to consult States and to report;", []string{"secretary-general"}},
	})
	// Where no request names them, their words are no mention.
	d := operativeDocument(t, "Notes that the parties and all States have agreed;")
	for _, m := range d.Mentions {
		if m.Actor == "the-parties" || m.Actor == "all-states" {
			t.Errorf("%q mentioned as %s", m.Text(), m.Actor)
		}
	}
}

// TestCollectiveAddresseesDev holds development requests addressed to a
// collective, as read by hand.
func TestCollectiveAddresseesDev(t *testing.T) {
	checkDevClauses(t, []devClause{
		{"S_RES_0591_1986_EN_GOLD.txt", "op_7", 1, "", []string{"all-states"}},
		{"S_RES_0411_1977_EN_GOLD.txt", "op_8", 1, "", []string{"all-states"}},
		{"S_RES_0180_1963_EN_GOLD.txt", "op_6", 1, "", []string{"all-states"}},
		{"S_RES_0747_1992_EN_GOLD.txt", "op_8", 1, "", []string{"the-parties"}},
		{"S_RES_0792_1992_EN_GOLD.txt", "op_15", 1, "", []string{"the-parties"}},
		{"S_RES_0804_1993_EN_GOLD.txt", "op_5", 1, "", []string{"unita", "the-parties"}},
		{"S_RES_0687_1991_EN_GOLD.txt", "op_29", 1, "", []string{"state/IRQ", "all-states"}},
		{"S_RES_0318_1972_EN_GOLD.txt", "op_6", 1, "", []string{"member-states"}},
		// "Condemns the continuing armed attacks against the peace-keeping
		// forces of ECOWAS in Liberia by one of the parties to the
		// conflict": no collective; the forces in Liberia are the victims
		// (reasonStart), not whom the clause judges.
		{"S_RES_0813_1993_EN_GOLD.txt", "op_6", 1, "", nil},
		// States in general ("Calls upon States to enact …").
		{"S_RES_0333_1973_EN_GOLD.txt", "op_4", 1, "", []string{"all-states"}},
		{"S_RES_0894_1994_EN_GOLD.txt", "op_5", 2, "", []string{"all-states"}},
		// The States concerned as printed without "the", or as Member
		// States.
		{"S_RES_0792_1992_EN_GOLD.txt", "op_9", 2, "requests", []string{"secretary-general", "states-concerned"}},
		{"S_RES_0816_1993_EN_GOLD.txt", "op_7", 1, "also requests", []string{"states-concerned"}},
		{"S_RES_0240_1967_EN_GOLD.txt", "op_4", 1, "", []string{"states-concerned"}},
	})
}

// TestCollectiveWordsFromRegistry holds the words a "that" clause's
// subject may hold besides capitalised ones and nameLinks: those of the
// registry's collectives, a user's among them ("that the coastal States
// refrain …" where a user's registry adds that collective), not a
// list kept by hand beside the shipped labels.
func TestCollectiveWordsFromRegistry(t *testing.T) {
	for _, w := range strings.Fields("all both two parties concerned") {
		if !defaultExtractor.collectives.words[w] {
			t.Errorf("the shipped collectives' words lack %q", w)
		}
	}
	extra := `@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix sckg: <https://w3id.org/sckg/def#> .
<https://w3id.org/sckg/actor/coastal-states> a sckg:Actor, sckg:Collective ; skos:prefLabel "the coastal States"@en .`
	r, err := ontology.LoadRegistry(map[string]io.Reader{"mine.ttl": strings.NewReader(extra)})
	if err != nil {
		t.Fatal(err)
	}
	paragraph := "Demands that the coastal States refrain from any interference;"
	s, _, err := New(r, Options{}).File("S_RES_0999_1990_EN_GOLD.txt", operativeSource(paragraph))
	if err != nil || len(s.Documents) != 1 || len(s.Documents[0].Requests) == 0 {
		t.Fatalf("%q: %v, no request", paragraph, err)
	}
	if got := s.Documents[0].Requests[0].Addressee; !slices.Equal(got, []string{"coastal-states"}) {
		t.Errorf("%q: addressed to %q, want [coastal-states]", paragraph, got)
	}
}

// TestNamedButNotAddressed holds that a clause asks nothing of the
// author of a document it names ("the report of the Secretary-General"),
// nor a clause whose verb states or settles something of the actors it
// is about ("Extends the stationing in Cyprus of the Force"), and that
// the others still ask what they ask of the actor they name.
func TestNamedButNotAddressed(t *testing.T) {
	checkFirstAddressees(t, []firstAddressees{
		{"Approves the report of the Secretary-General of 26 October 1990;", nil},
		{"Takes note with appreciation of the report of the Secretary-General;", nil},
		{"Welcomes the further report of the Secretary-General of 23 November 1993;", nil},
		{"Approves the recommendation of the Secretary-General to maintain a Special Representative;", nil},
		{"Takes note of the letters from the Government of Israel;", nil},
		{"Takes note of the letters from the Government of Israel and the Government of Jordan;", nil},
		{"Takes note of the statements by Israel, Jordan and Lebanon;", nil},
		{"Notes with appreciation the observations contained in the report of the Secretary-General,", nil},
		{"Requests the Secretary-General to report to the Council;", []string{"secretary-general"}},
		{"Requests the Government of Israel to comply;", []string{"state/ISR"}},
		{"Commends the efforts of the Secretary-General;", []string{"secretary-general"}},
		{"Requests the Secretary-General, in the light of the report of the Committee, to continue;", []string{"secretary-general"}},
		// Verbs that state or settle something name what their clause is
		// about, not whom it addresses.
		{"Extends the stationing in Cyprus of the United Nations Peace-keeping Force, established under Security Council resolution 186 (1964), for an additional period of three months;", nil},
		{"Declares that the Government of South Africa has violated the Charter;", nil},
		{"Notes with satisfaction that the parties have resumed the talks;", nil},
		{"Commends the Secretary-General for his efforts;", []string{"secretary-general"}},
		{"Congratulates the Government of Namibia on its independence;", []string{"state/NAM"}},
	})
	checkDevClauses(t, []devClause{
		{"S_RES_0675_1990_EN_GOLD.txt", "op_1", 1, "", nil},
		{"S_RES_0897_1994_EN_GOLD.txt", "op_1", 1, "", nil},
		{"S_RES_0192_1964_EN_GOLD.txt", "op_4", 1, "extends", nil},
	})
}
