// requests-to: every request the Council addresses to an actor, with its verb, deadline or interval and document, in date order.
// @param actor (main) (actor) the addressee: a name as printed or any alias (Secretary-General, MINUSMA), or an IRI
// @param drafts yes to list the requests of draft resolutions too, which the adopted resolutions repeat (default no)
//
// Emits one result per request: {"date": the document's date,
// "document", "paragraph": where the request is made, "verb": the
// operative verb ("requests", "calls upon", …), "action": what is asked,
// and, when the text sets them, "deadline" (a date, or a month such as
// 1992-07 or a year where the text gives no day), "within" (a duration
// from adoption, such as P180D) and "every" (the interval of a recurring
// request, such as P3M), and "request": the request node}. Sorted by date,
// then by document and by the place of the request in its source file. A
// document with no date known sorts by the year of its symbol.
(function () {
  var requests = distinct(g.V(params.actor).In(def("addressee")).ToArray());
  var verb = objects(requests, def("operativeVerb"));
  var action = objects(requests, def("action"));
  var deadline = objects(requests, def("deadline"));
  var month = objects(requests, def("deadlineMonth"));
  var year = objects(requests, def("deadlineYear"));
  var within = objects(requests, def("deadlineDuration"));
  var every = objects(requests, def("interval"));
  var where = factsInDocuments(requests);
  var rows = [];
  for (var j = 0; j < requests.length; j++) {
    var r = requests[j];
    var w = where[r];
    if (params.drafts !== "yes" && w.draft) continue;
    var row = { date: w.date, document: w.document, paragraph: w.paragraph };
    if (verb.hasOwnProperty(r)) row.verb = value(verb[r]);
    if (action.hasOwnProperty(r)) row.action = action[r];
    if (deadline.hasOwnProperty(r)) row.deadline = value(deadline[r]);
    else if (month.hasOwnProperty(r)) row.deadline = value(month[r]);
    else if (year.hasOwnProperty(r)) row.deadline = value(year[r]);
    if (within.hasOwnProperty(r)) row.within = value(within[r]);
    if (every.hasOwnProperty(r)) row.every = value(every[r]);
    row.request = r;
    row.at = w.at;
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
