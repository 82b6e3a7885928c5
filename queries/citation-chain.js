// citation-chain: the documents that a document cites, transitively, each with its depth and the citation edges to draw the chain.
// @param symbol (main) (node) the starting document: a symbol such as S/RES/2584(2021), or an IRI
// @param depth maximum depth to follow (default 10)
// @param cites predicate IRI for citations (default <http://data.europa.eu/eli/ontology#cites>)
//
// Emits {"kind":"node","id":IRI,"depth":N} for every document reached,
// N being the fewest citations from the start (the start itself is not
// emitted), nodes sorted by depth then IRI; then
// {"kind":"edge","source":IRI,"target":IRI} for every citation between two
// documents of the chain, the start included, sorted.
//
// A breadth-first walk in JavaScript rather than FollowRecursive, because
// FollowRecursive gives nodes but not the edges needed to draw the chain.
(function () {
  // Accept IRIs with or without angle brackets.
  function iri(s) {
    s = String(s);
    return s.charAt(0) === "<" ? s : "<" + s + ">";
  }

  var start = iri(params.symbol);
  var pred = iri(params.cites);
  var maxDepth = Number(params.depth);
  if (!(maxDepth >= 0) || Math.floor(maxDepth) !== maxDepth) {
    throw new Error("depth must be a whole number, not " + JSON.stringify(params.depth));
  }

  // cited returns the distinct IRIs that node cites; the same citation can
  // be stated in several named graphs.
  var citedCache = {};
  function cited(node) {
    if (!citedCache.hasOwnProperty(node)) {
      var seen = {};
      var out = [];
      var all = g.V(node).Out(pred).ToArray();
      for (var i = 0; i < all.length; i++) {
        var t = all[i];
        if (typeof t === "string" && !seen.hasOwnProperty(t)) {
          seen[t] = true;
          out.push(t);
        }
      }
      citedCache[node] = out;
    }
    return citedCache[node];
  }

  var depthOf = {};
  depthOf[start] = 0;
  var chain = [start];
  var frontier = [start];
  for (var d = 1; d <= maxDepth && frontier.length > 0; d++) {
    var next = [];
    for (var i = 0; i < frontier.length; i++) {
      var targets = cited(frontier[i]);
      for (var j = 0; j < targets.length; j++) {
        var t = targets[j];
        if (!depthOf.hasOwnProperty(t)) {
          depthOf[t] = d;
          chain.push(t);
          next.push(t);
        }
      }
    }
    frontier = next;
  }

  var nodes = chain.slice(1);
  nodes.sort(function (a, b) {
    return depthOf[a] - depthOf[b] || cmp(a, b);
  });
  for (var n = 0; n < nodes.length; n++) {
    g.Emit({ kind: "node", id: nodes[n], depth: depthOf[nodes[n]] });
  }

  var edges = [];
  for (var s = 0; s < chain.length; s++) {
    var out = cited(chain[s]);
    for (var k = 0; k < out.length; k++) {
      if (depthOf.hasOwnProperty(out[k])) {
        edges.push([chain[s], out[k]]);
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
