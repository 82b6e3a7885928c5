// mandate-history: a mission's mandate end dates and personnel ceilings across resolutions, in date order.
// @param mission (main) (actor) the mission: MINUSMA, any other of its names, or an IRI
// @param drafts yes to list the facts of draft resolutions too, which the adopted resolutions repeat (default no)
//
// Emits one result per mandate fact: {"date": the document's date,
// "document", "paragraph", "kind": "extension" (the mandate runs "until"
// a date) or "ceiling" ("military" and "police": the most personnel
// authorized), "fact": the fact node}. Sorted by date, then by document and
// by the place of the fact in its source file. A document with no date
// known sorts by the year of its symbol.
(function () {
  var DEF = "https://w3id.org/sckg/def#";
  var TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
  var PART_OF = "<http://data.europa.eu/eli/ontology#is_part_of>";
  var DATE = "<http://data.europa.eu/eli/ontology#date_document>";
  var DRAFT = "<" + DEF + "DraftResolution>";
  var DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>";


  var facts = distinct(g.V(params.mission).In(def("mission")).ToArray());
  var extension = {};
  var ceiling = {};
  var found = g.V(params.mission).In(def("mission")).Has(TYPE, def("MandateExtension")).ToArray();
  for (var e = 0; e < found.length; e++) extension[found[e]] = true;
  found = g.V(params.mission).In(def("mission")).Has(TYPE, def("PersonnelCeiling")).ToArray();
  for (var c = 0; c < found.length; c++) ceiling[found[c]] = true;

  var para = objects(facts, def("inParagraph"));
  var until = objects(facts, def("mandateUntil"));
  var military = objects(facts, def("militaryCeiling"));
  var police = objects(facts, def("policeCeiling"));
  var span = objects(facts, DERIVED);
  var paras = [];
  for (var i = 0; i < facts.length; i++) {
    if (para.hasOwnProperty(facts[i])) paras.push(para[facts[i]]);
  }
  var docOf = documentOf(distinct(paras));
  var docs = [];
  for (var p in docOf) docs.push(docOf[p]);
  docs = distinct(docs);
  var date = dates(docs);
  var draft = {};
  for (var d = 0; d < docs.length; d++) {
    draft[docs[d]] = g.V(docs[d]).Has(TYPE, DRAFT).ToArray().length > 0;
  }

  function position(f) {
    var m = /#char=(\d+),/.exec(String(span[f] || ""));
    return m ? Number(m[1]) : 0;
  }
  function number(v) {
    var n = Number(value(v));
    return isNaN(n) ? value(v) : n;
  }
  var rows = [];
  for (var j = 0; j < facts.length; j++) {
    var f = facts[j];
    if (!extension[f] && !ceiling[f]) continue;
    var doc = docOf[para[f]] || "";
    if (params.drafts !== "yes" && draft[doc]) continue;
    var row = { date: date[doc] || "", document: doc, paragraph: para[f] || "" };
    if (extension[f]) {
      row.kind = "extension";
      if (until.hasOwnProperty(f)) row.until = value(until[f]);
    } else {
      row.kind = "ceiling";
      if (military.hasOwnProperty(f)) row.military = number(military[f]);
      if (police.hasOwnProperty(f)) row.police = number(police[f]);
    }
    row.fact = f;
    row.at = position(f);
    rows.push(row);
  }
  rows.sort(function (a, b) {
    return cmp(a.date, b.date) || cmp(a.document, b.document) || a.at - b.at || cmp(a.fact, b.fact);
  });
  for (var k = 0; k < rows.length; k++) {
    delete rows[k].at;
    g.Emit(rows[k]);
  }
})();
