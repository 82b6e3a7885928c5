// mandate-history: a mission's establishment, mandate end dates and personnel ceilings across resolutions, in date order.
// @param mission (main) (actor) the mission: MINUSMA, any other of its names, or an IRI
// @param drafts yes to list the facts of draft resolutions too, which the adopted resolutions repeat (default no)
//
// Emits one result per mandate fact: {"date": the document's date,
// "document", "paragraph", "kind": "establishment" (the operation set up,
// for the "period" the text states), "extension" (the mandate runs "until"
// a date, and for the "period" the text states, P6M; a renewal that prints
// no date has its period, and where the corpus prints the end of the
// mandate it renews, "derivedUntil", that end plus the period, computed
// and not printed, and "derivedFrom", the paragraph that prints the end)
// or "ceiling" ("military" and "police": the most personnel
// authorized), "fact": the fact node}. The resolution that set the
// mission up, as the actor registry names it (sckg:establishedBy), has an
// "establishment" row too where no paragraph read says so, with no
// paragraph or fact and "basis": "actor registry". Sorted by date, then
// by document and by the place of the fact in its source file. A
// document with no date known sorts by the year of its symbol.
(function () {
  var TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";

  var facts = distinct(g.V(params.mission).In(def("mission")).ToArray());
  var extension = {};
  var ceiling = {};
  var established = {};
  var found = g.V(params.mission).In(def("mission")).Has(TYPE, def("MandateExtension")).ToArray();
  for (var e = 0; e < found.length; e++) extension[found[e]] = true;
  found = g.V(params.mission).In(def("mission")).Has(TYPE, def("PersonnelCeiling")).ToArray();
  for (var c = 0; c < found.length; c++) ceiling[found[c]] = true;
  found = g.V(params.mission).In(def("mission")).Has(TYPE, def("MissionEstablishment")).ToArray();
  for (var s = 0; s < found.length; s++) established[found[s]] = true;

  var until = objects(facts, def("mandateUntil"));
  var period = objects(facts, def("mandatePeriod"));
  var derived = objects(facts, def("mandateUntilDerived"));
  var derivedFrom = objects(facts, def("mandateUntilFrom"));
  var military = objects(facts, def("militaryCeiling"));
  var police = objects(facts, def("policeCeiling"));
  var where = factsInDocuments(facts);
  function number(v) {
    var n = Number(value(v));
    return isNaN(n) ? value(v) : n;
  }
  var rows = [];
  for (var j = 0; j < facts.length; j++) {
    var f = facts[j];
    if (!extension[f] && !ceiling[f] && !established[f]) continue;
    var w = where[f];
    if (params.drafts !== "yes" && w.draft) continue;
    var row = { date: w.date, document: w.document, paragraph: w.paragraph };
    if (established[f]) {
      row.kind = "establishment";
      if (period.hasOwnProperty(f)) row.period = value(period[f]);
    } else if (extension[f]) {
      row.kind = "extension";
      if (until.hasOwnProperty(f)) row.until = value(until[f]);
      if (period.hasOwnProperty(f)) row.period = value(period[f]);
      if (derived.hasOwnProperty(f)) row.derivedUntil = value(derived[f]);
      if (derivedFrom.hasOwnProperty(f)) row.derivedFrom = derivedFrom[f];
    } else {
      row.kind = "ceiling";
      if (military.hasOwnProperty(f)) row.military = number(military[f]);
      if (police.hasOwnProperty(f)) row.police = number(police[f]);
    }
    row.fact = f;
    row.at = w.at;
    rows.push(row);
  }
  // The registry's word for the establishment, where no text's is read.
  var setUp = {};
  for (var r = 0; r < rows.length; r++) {
    if (rows[r].kind === "establishment") setUp[rows[r].document] = true;
  }
  var by = distinct(g.V(params.mission).Out(def("establishedBy")).ToArray());
  var byDate = dates(by);
  for (var b = 0; b < by.length; b++) {
    if (setUp[by[b]]) continue;
    rows.push({ date: byDate[by[b]] || "", document: by[b], kind: "establishment", basis: "actor registry", at: -1 });
  }
  rows.sort(function (a, b) {
    return cmp(a.date, b.date) || cmp(a.document, b.document) || a.at - b.at || cmp(a.fact, b.fact);
  });
  for (var k = 0; k < rows.length; k++) {
    delete rows[k].at;
    g.Emit(rows[k]);
  }
})();
