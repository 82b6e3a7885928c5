// path: a shortest chain of citations (or of other relations) from one node to another.
// @param from (main) (node) where the chain starts: a document or paragraph, e.g. S/RES/2584(2021), or an IRI
// @param to (node) where the chain ends, e.g. S/RES/2480(2019)
// @param via the predicates to follow, IRIs separated by commas (default <http://data.europa.eu/eli/ontology#cites>)
// @param direction out to follow each predicate from subject to object only, both to follow it either way (default out)
// @param depth the longest chain to look for (default 10)
//
// Emits {"step":N,"source":IRI,"predicate":IRI,"target":IRI} for each link
// of the chain, N counting from 1 at the start. A link is a stored triple:
// with direction=both, a link walked against its arrow has the later node
// of the chain as its source. Emits nothing when no chain of at most depth
// links exists, or when from and to are the same node.
//
// A breadth-first search in JavaScript, since Gizmo has no shortest-path
// step; neighbours are visited in IRI order, so the chain found is the
// same on every run and on every backend.
(function () {
  var from = iri(params.from);
  var to = iri(params.to);
  var preds = [];
  var parts = String(params.via).split(",");
  for (var p = 0; p < parts.length; p++) {
    if (parts[p].replace(/\s+/g, "") !== "") preds.push(iri(parts[p]));
  }
  if (preds.length === 0) {
    throw new Error("via names no predicate");
  }
  var both = params.direction === "both";
  if (!both && params.direction !== "out") {
    throw new Error("direction must be out or both, not " + JSON.stringify(params.direction));
  }
  var maxDepth = wholeNumber("depth", params.depth);
  if (from === to) return;

  // came[node] is the link that first reached node: [previous, predicate, forward].
  var came = {};
  came[from] = null;
  var frontier = [from];
  var found = false;
  for (var d = 1; d <= maxDepth && frontier.length > 0 && !found; d++) {
    var next = [];
    for (var i = 0; i < frontier.length && !found; i++) {
      var node = frontier[i];
      for (var k = 0; k < preds.length && !found; k++) {
        var ways = [true];
        if (both) ways.push(false);
        for (var w = 0; w < ways.length && !found; w++) {
          var forward = ways[w];
          var path = g.V(node);
          var neighbours = distinctIRIs((forward ? path.Out(preds[k]) : path.In(preds[k])).ToArray());
          for (var j = 0; j < neighbours.length; j++) {
            var m = neighbours[j];
            if (came.hasOwnProperty(m)) continue;
            came[m] = [node, preds[k], forward];
            if (m === to) {
              found = true;
              break;
            }
            next.push(m);
          }
        }
      }
    }
    frontier = next;
  }
  if (!found) return;

  var links = [];
  for (var at = to; came[at] !== null; at = came[at][0]) {
    var c = came[at];
    links.unshift(c[2] ? [c[0], c[1], at] : [at, c[1], c[0]]);
  }
  for (var s = 0; s < links.length; s++) {
    g.Emit({ step: s + 1, source: links[s][0], predicate: links[s][1], target: links[s][2] });
  }
})();
