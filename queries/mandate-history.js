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
  function def(name) {
    return "<" + DEF + name + ">";
  }

  function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
  }
  // value turns a typed literal, which Gizmo gives as "2021-03-31"^^<…#date>,
  // into its value.
  function value(v) {
    var m = /^"([^"\\]*)"\^\^<[^>]*>$/.exec(String(v));
    return m ? m[1] : v;
  }
  function distinct(values) {
    var seen = {};
    var out = [];
    for (var i = 0; i < values.length; i++) {
      if (!seen.hasOwnProperty(values[i])) {
        seen[values[i]] = true;
        out.push(values[i]);
      }
    }
    return out.sort(cmp);
  }
  // objects maps each of nodes to its smallest object over pred. A few
  // nodes are asked one by one; many at once, in one query (on
  // PostgreSQL that query costs as much as a hundred small ones, and a
  // long chain of Save steps more still).
  function objects(nodes, pred) {
    var out = {};
    function keep(s, o) {
      var v = String(o);
      if (!out.hasOwnProperty(s) || cmp(v, out[s]) < 0) out[s] = v;
    }
    if (nodes.length <= 200) {
      for (var n = 0; n < nodes.length; n++) {
        var vals = g.V(nodes[n]).Out(pred).ToArray();
        for (var k = 0; k < vals.length; k++) keep(nodes[n], vals[k]);
      }
      return out;
    }
    var rows = g.V.apply(g, nodes).Tag("s").Out(pred).TagArray();
    for (var i = 0; i < rows.length; i++) keep(rows[i].s, rows[i].id);
    return out;
  }
  // dates maps documents to their dates: the date the document bears,
  // else the date of adoption, else the year its symbol gives
  // ("S/RES/2364(2017)", "S/2020/600").
  function dates(docs) {
    var out = {};
    var printed = objects(docs, DATE);
    var adopted = objects(docs, def("adoptionDate"));
    for (var i = 0; i < docs.length; i++) {
      var d = docs[i];
      var year = /\((\d{4})\)>$/.exec(d) || /\/(\d{4})\/[^\/]*>$/.exec(d);
      if (printed.hasOwnProperty(d)) out[d] = value(printed[d]);
      else if (adopted.hasOwnProperty(d)) out[d] = value(adopted[d]);
      else if (year) out[d] = year[1];
    }
    return out;
  }
  // documentOf maps paragraphs (and sub-paragraphs, parts of paragraphs)
  // to their documents.
  function documentOf(paras) {
    var at = {};
    for (var i = 0; i < paras.length; i++) at[paras[i]] = paras[i];
    for (var step = 0; step < 5; step++) {
      var nodes = [];
      for (var p in at) nodes.push(at[p]);
      var up = objects(distinct(nodes), PART_OF);
      var moved = false;
      for (var q in at) {
        if (up.hasOwnProperty(at[q])) {
          at[q] = up[at[q]];
          moved = true;
        }
      }
      if (!moved) break;
    }
    return at;
  }

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
