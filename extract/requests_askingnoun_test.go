package extract

import "testing"

// A clause that renews, reiterates or reaffirms an asking by its noun
// ("Renews its request to all States to …", "Reiterates its appeal to
// both parties to …", "Reiterates once again its demand that UNITA
// accept …") is addressed as the noun's own verb would be: after its
// "to", or as its "that" clause's subject. "Draws the attention of all
// States to …" asks all States. Lines as the texts of 1972-1993 print
// them.
func TestAskingNounAddressees(t *testing.T) {
	checkFirstAddressees(t, []firstAddressees{
		{"Renews its request to Member States to extend all necessary assistance to Angola;", []string{"member-states"}},
		{"Renews its request to all States to refrain from importing arms;", []string{"all-states"}},
		{"Reiterates its appeal to both parties to take all necessary measures;", []string{"the-parties"}},
		{"Reiterates its demands that all parties take all necessary measures;", []string{"the-parties"}},
		{"Reiterates once again its demand that the National Union for the Total Independence of Angola accept the results;", []string{"unita"}},
		{"Reaffirms its request to the Secretary-General to report;", []string{"secretary-general"}},
		{"Again draws the attention of all States to the need for increasing vigilance;", []string{"all-states"}},
		// Not an asking's noun: the verb's own reading.
		{"Reaffirms its support for the Secretary-General;", []string{"secretary-general"}},
		{"Renews the mandate of the Force;", nil},
	})
}

// The development set's renewed askings, as read by hand.
func TestAskingNounAddresseesDev(t *testing.T) {
	checkDevClauses(t, []devClause{
		{"S_RES_0546_1984_EN_GOLD.txt", "op_6", 1, "renews", []string{"member-states"}},
		{"S_RES_0591_1986_EN_GOLD.txt", "op_6", 1, "renews", []string{"all-states"}},
		{"S_RES_0318_1972_EN_GOLD.txt", "op_9", 1, "again draws the attention", []string{"all-states"}},
		{"S_RES_0318_1972_EN_GOLD.txt", "op_9", 2, "urges", []string{"all-states"}}, // "urges them", all States (antecedent)
		{"S_RES_0834_1993_EN_GOLD.txt", "op_3", 1, "reiterates", []string{"unita"}},
		{"S_RES_0864_1993_EN_GOLD.txt", "op_15", 1, "reiterates", []string{"the-parties"}},
		{"S_RES_0810_1993_EN_GOLD.txt", "op_17", 1, "reiterates", []string{"the-parties"}},
	})
}
