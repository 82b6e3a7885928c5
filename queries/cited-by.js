// cited-by: the documents that cite a document, directly or through others, each with its depth and the citation edges between them.
// @param symbol (main) (node) the cited document: a symbol such as S/RES/2374(2017), or an IRI
// @param depth how many citations back to follow (default 10)
// @param cites predicate IRI for citations (default <http://data.europa.eu/eli/ontology#cites>)
//
// Emits {"kind":"node","id":IRI,"depth":N} for every document that reaches
// the start through citations, N being the fewest citations between them
// (the start itself is not emitted), nodes sorted by depth then IRI; then
// {"kind":"edge","source":IRI,"target":IRI} for every citation between two
// documents of the set, the start included, sorted: the source cites the
// target, as in citation-chain.
//
// Paragraphs cite too (eli:cites from a paragraph to what it cites); only
// documents, nodes typed eli:LegalResource, are followed here, since every
// citation a paragraph makes is also stated between the documents.
(function () {
  var TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
  var DOCUMENT = "<http://data.europa.eu/eli/ontology#LegalResource>";

  function iri(s) {
    s = String(s);
    return s.charAt(0) === "<" ? s : "<" + s + ">";
  }
  function distinct(values) {
    var seen = {};
    var out = [];
    for (var i = 0; i < values.length; i++) {
      var v = values[i];
      if (typeof v === "string" && !seen.hasOwnProperty(v)) {
        seen[v] = true;
        out.push(v);
      }
    }
    return out.sort(cmp);
  }

  var start = iri(params.symbol);
  var pred = iri(params.cites);
  var maxDepth = Number(params.depth);
  if (!(maxDepth >= 0) || Math.floor(maxDepth) !== maxDepth) {
    throw new Error("depth must be a whole number, not " + JSON.stringify(params.depth));
  }

  // citing returns the documents that cite node; the same citation can be
  // stated in several named graphs.
  var citingCache = {};
  function citing(node) {
    if (!citingCache.hasOwnProperty(node)) {
      citingCache[node] = distinct(g.V(node).In(pred).Has(TYPE, DOCUMENT).ToArray());
    }
    return citingCache[node];
  }

  var depthOf = {};
  depthOf[start] = 0;
  var set = [start];
  var frontier = [start];
  for (var d = 1; d <= maxDepth && frontier.length > 0; d++) {
    var next = [];
    for (var i = 0; i < frontier.length; i++) {
      var sources = citing(frontier[i]);
      for (var j = 0; j < sources.length; j++) {
        var s = sources[j];
        if (!depthOf.hasOwnProperty(s)) {
          depthOf[s] = d;
          set.push(s);
          next.push(s);
        }
      }
    }
    frontier = next;
  }

  var nodes = set.slice(1);
  nodes.sort(function (a, b) {
    return depthOf[a] - depthOf[b] || cmp(a, b);
  });
  for (var n = 0; n < nodes.length; n++) {
    g.Emit({ kind: "node", id: nodes[n], depth: depthOf[nodes[n]] });
  }

  // Edges among the set: who in the set cites whom in the set.
  var edges = [];
  for (var t = 0; t < set.length; t++) {
    var from = citing(set[t]);
    for (var k = 0; k < from.length; k++) {
      if (depthOf.hasOwnProperty(from[k])) {
        edges.push([from[k], set[t]]);
      }
    }
  }
  edges.sort(function (a, b) {
    return cmp(a[0], b[0]) || cmp(a[1], b[1]);
  });
  for (var e = 0; e < edges.length; e++) {
    g.Emit({ kind: "edge", source: edges[e][0], target: edges[e][1] });
  }
})();
