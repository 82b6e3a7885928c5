// votes: how the Council voted on a draft, and how each member voted where a text records it.
// @param symbol (main) (node) the draft, or the resolution it became, e.g. S/2020/600 or S/RES/2531(2020)
//
// Emits, for each vote on the draft (or that adopted the resolution),
// {"kind":"vote","id":the vote,"draft":…,"result":…,"date":…,
// "inFavour":N,"against":N,"abstaining":N,"unanimous":…}, each field only
// when the graph has it; then {"kind":"member","vote":…,"state":actor IRI,
// "position":"in favour"|"against"|"abstaining"|"not participating"|
// "absent"} for every member whose vote (or absence) a text records, in
// that order, each group sorted by IRI. A
// resolution adopted "unanimously" with no list of members has its vote
// row only.
(function () {
  var DEF = "https://w3id.org/sckg/def#";
  var TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
  var VOTE = "<" + DEF + "Vote>";
  var fields = {
    draft: "onDraft",
    result: "result",
    date: "voteDate",
    inFavour: "inFavourCount",
    against: "againstCount",
    abstaining: "abstainingCount",
    unanimous: "unanimous"
  };
  var positions = [
    ["in favour", "inFavour"],
    ["against", "against"],
    ["abstaining", "abstaining"],
    ["not participating", "notParticipating"],
    ["absent", "absent"]
  ];

  function distinct(values) {
    var seen = {};
    var out = [];
    for (var i = 0; i < values.length; i++) {
      var v = values[i];
      var key = typeof v + ":" + String(v);
      if (!seen.hasOwnProperty(key)) {
        seen[key] = true;
        out.push(v);
      }
    }
    return out.sort(function (a, b) {
      return cmp(String(a), String(b));
    });
  }

  var doc = params.symbol;
  var votes = distinct(
    g.V(doc).In("<" + DEF + "onDraft>").ToArray()
      .concat(g.V(doc).In("<" + DEF + "result>").ToArray())
      .concat(g.V(doc).Has(TYPE, VOTE).ToArray())
  );

  var members = [];
  for (var i = 0; i < votes.length; i++) {
    var v = votes[i];
    var row = { kind: "vote", id: v };
    for (var f in fields) {
      var vals = distinct(g.V(v).Out("<" + DEF + fields[f] + ">").ToArray());
      if (vals.length > 0) row[f] = vals.length === 1 ? value(vals[0]) : vals.join(", ");
    }
    g.Emit(row);
    for (var p = 0; p < positions.length; p++) {
      var states = distinct(g.V(v).Out("<" + DEF + positions[p][1] + ">").ToArray());
      for (var s = 0; s < states.length; s++) {
        members.push({ kind: "member", vote: v, state: states[s], position: positions[p][0] });
      }
    }
  }
  for (var m = 0; m < members.length; m++) {
    g.Emit(members[m]);
  }
})();
