// requests-to: every request the Council addresses to an actor, with its verb, deadline or interval and document, in date order.
// @param actor (main) (actor) the addressee: a name as printed or any alias (Secretary-General, MINUSMA), or an IRI
// @param drafts yes to list the requests of draft resolutions too, which the adopted resolutions repeat (default no)
//
// Emits one result per request: {"date": the document's date,
// "document", "paragraph": where the request is made, "verb": the
// operative verb ("requests", "calls upon", …), "action": what is asked,
// and, when the text sets them, "deadline" (a date), "within" (a duration
// from adoption, such as P180D) and "every" (the interval of a recurring
// request, such as P3M), and "request": the request node}. Sorted by date,
// then by document and by the place of the request in its source file. A
// document with no date known sorts by the year of its symbol.
(function () {
  var DEF = "https://w3id.org/sckg/def#";
  var TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
  var PART_OF = "<http://data.europa.eu/eli/ontology#is_part_of>";
  var DATE = "<http://data.europa.eu/eli/ontology#date_document>";
  var DRAFT = "<" + DEF + "DraftResolution>";
  var DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>";


  var requests = distinct(g.V(params.actor).In(def("addressee")).ToArray());
  var para = objects(requests, def("inParagraph"));
  var verb = objects(requests, def("operativeVerb"));
  var action = objects(requests, def("action"));
  var deadline = objects(requests, def("deadline"));
  var within = objects(requests, def("deadlineDuration"));
  var every = objects(requests, def("interval"));
  var span = objects(requests, DERIVED);
  var paras = [];
  for (var i = 0; i < requests.length; i++) {
    if (para.hasOwnProperty(requests[i])) paras.push(para[requests[i]]);
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

  function position(r) {
    var m = /#char=(\d+),/.exec(String(span[r] || ""));
    return m ? Number(m[1]) : 0;
  }
  var rows = [];
  for (var j = 0; j < requests.length; j++) {
    var r = requests[j];
    var doc = docOf[para[r]] || "";
    if (params.drafts !== "yes" && draft[doc]) continue;
    var row = { date: date[doc] || "", document: doc, paragraph: para[r] || "" };
    if (verb.hasOwnProperty(r)) row.verb = value(verb[r]);
    if (action.hasOwnProperty(r)) row.action = action[r];
    if (deadline.hasOwnProperty(r)) row.deadline = value(deadline[r]);
    if (within.hasOwnProperty(r)) row.within = value(within[r]);
    if (every.hasOwnProperty(r)) row.every = value(every[r]);
    row.request = r;
    row.at = position(r);
    rows.push(row);
  }
  rows.sort(function (a, b) {
    return cmp(a.date, b.date) || cmp(a.document, b.document) || a.at - b.at || cmp(a.request, b.request);
  });
  for (var k = 0; k < rows.length; k++) {
    delete rows[k].at;
    g.Emit(rows[k]);
  }
})();
