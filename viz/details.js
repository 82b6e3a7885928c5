// details: what sckg viz draws for a chain, beyond what citation-chain and
// cited-by answer: each document's symbol, types, dates, title and source, and the
// citations each source document makes (paragraph, type, words, text).
// params.nodes and params.sources are JSON arrays of IRIs in angle brackets.
(function () {
  var RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  var ELI = "http://data.europa.eu/eli/ontology#";
  var CITO = "http://purl.org/spar/cito/";
  var PROV = "http://www.w3.org/ns/prov#";
  var DEF = params.def;
  function p(s) { return "<" + s + ">"; }
  function all(node, pred) {
    var seen = {}, out = [];
    var a = g.V(node).Out(p(pred)).ToArray();
    for (var i = 0; i < a.length; i++) {
      var v = String(a[i]);
      if (!seen.hasOwnProperty(v)) { seen[v] = true; out.push(v); }
    }
    return out.sort();
  }
  function one(node, pred) { var a = all(node, pred); return a.length ? a[0] : ""; }

  var nodes = JSON.parse(params.nodes);
  for (var i = 0; i < nodes.length; i++) {
    var n = nodes[i];
    g.Emit({
      kind: "node", id: n,
      symbol: one(n, ELI + "id_local"),
      types: all(n, RDF + "type"),
      date: one(n, ELI + "date_document"),
      adopted: one(n, DEF + "adoptionDate"),
      title: one(n, "http://purl.org/dc/terms/title"),
      source: one(n, PROV + "wasDerivedFrom")
    });
  }

  var sources = JSON.parse(params.sources);
  for (var s = 0; s < sources.length; s++) {
    // every paragraph of the document, sub-paragraphs included
    var seen = {}, queue = [sources[s]], paras = [];
    while (queue.length > 0) {
      var parts = g.V(queue.shift()).In(p(ELI + "is_part_of")).ToArray();
      for (var j = 0; j < parts.length; j++) {
        var x = String(parts[j]);
        if (!seen.hasOwnProperty(x)) { seen[x] = true; paras.push(x); queue.push(x); }
      }
    }
    paras.sort();
    for (var k = 0; k < paras.length; k++) {
      var cits = g.V(paras[k]).In(p(CITO + "hasCitingEntity")).ToArray();
      if (cits.length === 0) continue;
      var text = one(paras[k], DEF + "text");
      var done = {};
      for (var c = 0; c < cits.length; c++) {
        var ci = String(cits[c]);
        if (done.hasOwnProperty(ci)) continue;
        done[ci] = true;
        g.Emit({
          kind: "citation", id: ci, source: sources[s], paragraph: paras[k], text: text,
          cited: one(ci, CITO + "hasCitedEntity"),
          type: one(ci, CITO + "hasCitationCharacterization"),
          evidence: one(ci, DEF + "citedAs")
        });
      }
    }
  }
})();
