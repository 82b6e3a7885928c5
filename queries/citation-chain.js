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
// The walk is emitChain's (helpers.gizmo), shared with cited-by.
(function () {
  var pred = iri(params.cites);
  var maxDepth = wholeNumber("depth", params.depth);
  // what node cites, memoised: emitChain asks again for the edges
  var cache = {};
  function cited(node) {
    if (!cache.hasOwnProperty(node)) cache[node] = distinctIRIs(g.V(node).Out(pred).ToArray());
    return cache[node];
  }
  emitChain(iri(params.symbol), maxDepth, cited, true);
})();
