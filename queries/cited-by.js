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
  var pred = iri(params.cites);
  var maxDepth = wholeNumber("depth", params.depth);
  // the documents that cite node, memoised: emitChain asks again for the edges
  var cache = {};
  function citing(node) {
    if (!cache.hasOwnProperty(node)) cache[node] = distinctIRIs(g.V(node).In(pred).Has(TYPE, DOCUMENT).ToArray());
    return cache[node];
  }
  emitChain(iri(params.symbol), maxDepth, citing, false);
})();
