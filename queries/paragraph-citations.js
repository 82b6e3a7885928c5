// paragraph-citations: which paragraphs cite which paragraphs or documents, with the words that cite and the kind of citation.
// @param symbol (main) (node) only citations made by this document or paragraph, e.g. S/RES/2531(2020) or S/RES/2531(2020)#op_2 (optional)
// @param target (node) only citations of this document or of its paragraphs, e.g. S/RES/2480(2019) (optional)
//
// Emits one result per citation (a cito:Citation node):
// {"source": the citing paragraph, "target": what it cites (a document or
// one of its paragraphs), "function": the CiTO type of the citation,
// "text": the words that cite, "confidence": how sure extraction was,
// "citation": the citation node, and "footnote": the mark of the footnote
// that prints it, for a citation printed in a footnote}, in the order of
// the citations in their source files. With neither parameter, every
// citation in the store.
(function () {
  var RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  var CITO = "http://purl.org/spar/cito/";
  var TYPE = "<" + RDF + "type>";
  var CITATION = "<" + CITO + "Citation>";
  var CITING = "<" + CITO + "hasCitingEntity>";
  var CITED = "<" + CITO + "hasCitedEntity>";
  var FUNCTION = "<" + CITO + "hasCitationCharacterization>";
  var ANCHOR = "<https://w3id.org/sckg/def#citedAs>";
  var CONFIDENCE = "<https://w3id.org/sckg/def#confidence>";
  var FOOTNOTE = "<https://w3id.org/sckg/def#footnote>";
  var DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>";
  var PART_OF = "<http://data.europa.eu/eli/ontology#is_part_of>";

  // withParts returns node and everything that is part of it, at any
  // depth, as a set: a walk with a query per node, which PostgreSQL
  // answers much faster than FollowRecursive.
  function withParts(node) {
    var out = {};
    out[node] = true;
    var frontier = [node];
    while (frontier.length > 0) {
      var next = [];
      for (var i = 0; i < frontier.length; i++) {
        var parts = g.V(frontier[i]).In(PART_OF).ToArray();
        for (var j = 0; j < parts.length; j++) {
          if (!out.hasOwnProperty(parts[j])) {
            out[parts[j]] = true;
            next.push(parts[j]);
          }
        }
      }
      frontier = next;
    }
    return out;
  }
  function keys(set) {
    var out = [];
    for (var k in set) out.push(k);
    return out.sort(cmp);
  }

  var bySource = params.symbol ? withParts(params.symbol) : null;
  var byTarget = params.target ? withParts(params.target) : null;
  var found;
  // Only citation nodes have a citing or a cited entity. One query per
  // node: In() from many nodes at once makes the key-value backends scan
  // the predicate's every quad.
  function citing(nodes, pred) {
    var out = [];
    for (var i = 0; i < nodes.length; i++) {
      out = out.concat(g.V(nodes[i]).In(pred).ToArray());
    }
    return out;
  }
  if (bySource !== null) {
    found = citing(keys(bySource), CITING);
  } else if (byTarget !== null) {
    found = citing(keys(byTarget), CITED);
  } else {
    found = g.V().Has(TYPE, CITATION).ToArray();
  }
  var seen = {};
  var cits = [];
  for (var i = 0; i < found.length; i++) {
    if (!seen.hasOwnProperty(found[i])) {
      seen[found[i]] = true;
      cits.push(found[i]);
    }
  }
  var source = objects(cits, CITING);
  var target = objects(cits, CITED);
  var fn = objects(cits, FUNCTION);
  var text = objects(cits, ANCHOR);
  var confidence = objects(cits, CONFIDENCE);
  var footnote = objects(cits, FOOTNOTE);
  var span = objects(cits, DERIVED);

  var kept = [];
  for (var j = 0; j < cits.length; j++) {
    var c = cits[j];
    var r = { citation: c, source: source[c], target: target[c], span: span[c] };
    if (bySource !== null && !bySource.hasOwnProperty(r.source)) continue;
    if (byTarget !== null && !byTarget.hasOwnProperty(r.target)) continue;
    if (fn.hasOwnProperty(c)) r["function"] = fn[c];
    if (text.hasOwnProperty(c)) r.text = text[c];
    if (confidence.hasOwnProperty(c)) r.confidence = value(confidence[c]);
    if (footnote.hasOwnProperty(c)) r.footnote = value(footnote[c]);
    kept.push(r);
  }

  // The order of the source files: a span IRI ends in #char=BEGIN,END.
  function position(r) {
    var m = /^<(.*)#char=(\d+),(\d+)>$/.exec(String(r.span || ""));
    return m ? { file: m[1], begin: Number(m[2]) } : { file: "", begin: 0 };
  }
  kept.sort(function (a, b) {
    var pa = position(a);
    var pb = position(b);
    return cmp(pa.file, pb.file) || pa.begin - pb.begin || cmp(a.citation, b.citation);
  });
  for (var k = 0; k < kept.length; k++) {
    delete kept[k].span;
    g.Emit(kept[k]);
  }
})();
