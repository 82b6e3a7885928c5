// actor-network: the actors the Council ties to an actor, by relation and direction, with how many statements say so.
// @param actor (main) (actor) the actor: a name as printed or any alias (MINUSMA, Secretary-General), or an IRI
// @param comentions yes to add the actors named in the same paragraphs, counted by paragraph (default yes)
//
// Emits one result per tie: {"source", "relation", "target", "evidence"}.
// For a relation the Council states (sckg:supports, sckg:authorizes,
// sckg:coordinatesWith, …; one sckg:ActorRelation node per statement,
// with its span), source and target are as stated, one of them the actor
// asked about, and evidence counts the statements. For a co-mention,
// relation is "co-mentioned", source is the actor asked about, and
// evidence counts the paragraphs that name both. Sorted by relation
// (co-mentions last), then by evidence, most first, then by IRI.
(function () {
  var DEF = "https://w3id.org/sckg/def#";

  var actor = params.actor;
  var ties = {};
  function tie(source, relation, target, n) {
    var key = source + " " + relation + " " + target;
    if (!ties.hasOwnProperty(key)) ties[key] = { source: source, relation: relation, target: target, evidence: 0 };
    ties[key].evidence += n;
  }

  var rels = distinct(g.V(actor).In(def("fromActor")).ToArray().concat(g.V(actor).In(def("toActor")).ToArray()));
  var from = objects(rels, def("fromActor"));
  var to = objects(rels, def("toActor"));
  var type = objects(rels, def("relationType"));
  for (var i = 0; i < rels.length; i++) {
    var r = rels[i];
    if (from.hasOwnProperty(r) && to.hasOwnProperty(r) && type.hasOwnProperty(r)) tie(from[r], type[r], to[r], 1);
  }

  if (params.comentions !== "no") {
    var mentions = distinct(g.V(actor).In(def("coMentionedActor")).ToArray());
    var count = objects(mentions, def("paragraphCount"));
    for (var j = 0; j < mentions.length; j++) {
      var others = distinct(g.V(mentions[j]).Out(def("coMentionedActor")).ToArray());
      var n = count.hasOwnProperty(mentions[j]) ? Number(value(count[mentions[j]])) : 1;
      for (var k = 0; k < others.length; k++) {
        if (others[k] !== actor) tie(actor, "co-mentioned", others[k], isNaN(n) ? 1 : n);
      }
    }
  }

  var rows = [];
  for (var key in ties) rows.push(ties[key]);
  rows.sort(function (a, b) {
    var ca = a.relation === "co-mentioned" ? 1 : 0;
    var cb = b.relation === "co-mentioned" ? 1 : 0;
    return ca - cb || cmp(a.relation, b.relation) || b.evidence - a.evidence || cmp(a.source, b.source) || cmp(a.target, b.target);
  });
  for (var e = 0; e < rows.length; e++) g.Emit(rows[e]);
})();
