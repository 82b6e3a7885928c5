package extract

import "testing"

// An actor a clause names only as the author of a document it speaks of
// is asked nothing: before the document's noun in the possessive ("the
// Secretary-General's report", as "the report of the Secretary-General"
// is read by authorOfDocument), or before "resolution(s)" ("Security
// Council resolutions 253 (1968) …", "General Assembly resolution 31/6
// A"). Sentences as the texts of 1949-1993 print them, and their
// variants; the last rows name the actor otherwise and keep it.
func TestDocumentAuthorsAskedNothing(t *testing.T) {
	checkFirstAddressees(t, []firstAddressees{
		{"Takes note with appreciation of the Secretary-General's report, which was circulated to the Security Council on 20 May 1974 (S/11291);", nil},
		{"Welcomes the Secretary-General's report of 6 August 1993 (S/26250);", nil},
		{"Welcomes the Secretary-General’s report of 6 August 1993 (S/26250);", nil},
		{"Endorses the general concept of operations described in the Secretary-General's report;", nil},
		{"Takes note of the Secretary-General's further report;", nil},
		{"Endorses the Secretary-General's recommendations contained in his report;", nil},
		{"Demands also the full and strict observance of all relevant Security Council resolutions relating to the mandate and operations of UNPROFOR;", nil},
		{"Condemns all acts violating the provisions of Security Council resolutions 253 (1968), 277 (1970) and 314 (1972);", nil},
		{"Endorses General Assembly resolution 31/6 A, which, inter alia;", nil},
		{"Takes note of General Assembly resolution 268 B (III) of 28 April 1949;", nil},
		{"Reaffirms the interpretation of self-determination laid down in General Assembly\nresolution 1514 (XV);", nil},
		{"Takes note of the parties' proposals;", nil},
		{"Takes note of the parties’ proposals;", nil},
		{"Welcomes the Member States' reports on the measures they have taken;", nil},
		{"Welcomes the Secretary-General's continuing efforts to launch a peace process;", []string{"secretary-general"}},
		{"Requests the Secretary-General to submit a report;", []string{"secretary-general"}},
		{"Invites the General Assembly to consider the question;", []string{"general-assembly"}},
	})
}

// An actor a clause names only as the owner of a place ("the airspace of
// Bosnia and Herzegovina", "the territory of Lebanon") is asked nothing
// by any verb; one named as the owner of a right of a State
// ("sovereignty", "territorial integrity", "independence") is asked
// nothing by a verb that asks or judges ("Demands respect for the
// sovereignty … of Lebanon", "Condemns the violation of the territorial
// integrity of Angola"), but is what a verb that affirms the right
// speaks for, as "Reaffirms the right of Angola" and "Reaffirms its
// support for the Secretary-General" are: it keeps it.
func TestPlaceOwnersAskedNothing(t *testing.T) {
	checkFirstAddressees(t, []firstAddressees{
		{"Reaffirms its ban on military flights in the airspace of Bosnia and Herzegovina, which applies to all flights;", nil},
		{"Demands the immediate withdrawal of all foreign forces from the territory of Lebanon;", nil},
		{"Demands the withdrawal of all forces from the territories of Angola and Zambia;", nil},
		{"Demands respect for the sovereignty, independence and territorial integrity of Lebanon;", nil},
		{"Condemns the violation of the territorial integrity of the People's Republic of Angola;", nil},
		{"Calls upon all States to respect the sovereignty of Lebanon;", []string{"all-states"}},
		{"Affirms the sovereignty and territorial integrity of the Republic of Georgia;", []string{"state/GEO"}},
		{"Reiterates its strong support for the territorial integrity, sovereignty and independence of Lebanon within its internationally recognized boundaries;", []string{"state/LBN"}},
	})
}
