// provision-history: a paragraph's earlier and later versions across renewals and from draft to adopted text, with each step's change.
// @param paragraph (main) (node) the paragraph, e.g. S/RES/2584(2021)#op_17 or its IRI
// @param depth how many steps to walk back and forward (default 20)
//
// Emits one result per step of the paragraph's lineage (sckg:Revision
// nodes, graph <…/graph/lineage>): {"step": -1 for the version just
// before, -2 before that …, 1 for the version just after …, "from": the
// earlier paragraph ("" when the later one is new), "to": the later one
// ("" when the paragraph was dropped), "fromDocument", "toDocument",
// "date" of the later document, "basis" (draft or series), "status"
// (identical, changed, new, dropped), "similarity" (aligned pairs),
// "removed" and "added": the words each change removed and added, runs
// joined by " | ", "revision": the node}. A paragraph with both a draft and
// an earlier resolution behind it has two steps at -1. Sorted by step,
// then by the earlier paragraph.
(function () {
  var depth = wholeNumber("depth", params.depth);
  function text(v) {
    var m = /^"([\s\S]*)"(@[A-Za-z-]+|\^\^<[^>]*>)?$/.exec(String(v));
    return m ? m[1].replace(/\\"/g, '"').replace(/\\n/g, "\n").replace(/\\\\/g, "\\") : String(v);
  }
  function one(node, pred) {
    var vals = g.V(node).Out(pred).ToArray();
    vals.sort(cmp);
    return vals.length > 0 ? vals[0] : "";
  }
  function describe(r, step) {
    var row = {
      step: step,
      from: one(r, def("predecessor")),
      to: one(r, def("successor")),
      fromDocument: one(r, def("predecessorDocument")),
      toDocument: one(r, def("successorDocument")),
      basis: text(one(r, def("revisionBasis"))),
      status: text(one(r, def("revisionStatus")))
    };
    var sim = one(r, def("similarity"));
    if (sim !== "") row.similarity = value(sim);
    var changes = g.V(r).Out(def("change")).ToArray();
    var pos = objects(changes, def("position"));
    var removed = objects(changes, def("removedText"));
    var added = objects(changes, def("addedText"));
    changes.sort(function (a, b) {
      return value(pos[a]) - value(pos[b]) || cmp(a, b);
    });
    var rem = [];
    var add = [];
    for (var i = 0; i < changes.length; i++) {
      rem.push(removed.hasOwnProperty(changes[i]) ? text(removed[changes[i]]) : "");
      add.push(added.hasOwnProperty(changes[i]) ? text(added[changes[i]]) : "");
    }
    if (changes.length > 0) {
      row.removed = rem.join(" | ");
      row.added = add.join(" | ");
    }
    row.revision = r;
    return row;
  }
  var rows = [];
  // Back: the revisions whose successor is on the frontier; forward: those
  // whose predecessor is. Each paragraph is walked once.
  function walk(sign, here, there) {
    var seen = {};
    seen[params.paragraph] = true;
    var frontier = [params.paragraph];
    for (var d = 1; d <= depth && frontier.length > 0; d++) {
      var next = [];
      for (var f = 0; f < frontier.length; f++) {
        var revs = distinct(g.V(frontier[f]).In(def(here)).ToArray());
        for (var k = 0; k < revs.length; k++) {
          var row = describe(revs[k], sign * d);
          rows.push(row);
          var on = row[there === "predecessor" ? "from" : "to"];
          if (on !== "" && !seen.hasOwnProperty(on)) {
            seen[on] = true;
            next.push(on);
          }
        }
      }
      frontier = next.sort(cmp);
    }
  }
  walk(-1, "successor", "predecessor");
  walk(1, "predecessor", "successor");
  var docs = [];
  for (var i = 0; i < rows.length; i++) docs.push(rows[i].toDocument);
  var date = dates(distinct(docs));
  for (var j = 0; j < rows.length; j++) rows[j].date = date[rows[j].toDocument] || "";
  rows.sort(function (a, b) {
    return a.step - b.step || cmp(a.from, b.from) || cmp(a.to, b.to);
  });
  for (var k = 0; k < rows.length; k++) g.Emit(rows[k]);
})();
