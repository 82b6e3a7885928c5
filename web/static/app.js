// sckg's chain explorer. The server lays the chain out and draws it
// (GET /api/viz/chain?format=svg, the same picture 'sckg viz chain'
// writes); this script puts that SVG in the page, makes its documents and
// lines clickable, and shows what the JSON of the same chain says about
// them. A document's paragraphs, and a paragraph's history through
// earlier and later texts with the changed words marked, come from
// GET /api/document/paragraphs and /api/paragraph/history. What is drawn
// is kept in the address (?symbol=…&expand=…&paragraph=…), so a view can
// be reloaded, bookmarked and sent.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const form = $("ask");
  const chainBox = $("chain");
  const details = $("details");
  const statusLine = $("status");
  const directions = [...form.querySelectorAll('input[name="direction"]')];

  // What is drawn: the root, the direction and depth, and the documents
  // expanded since, in order.
  // Two steps deep is where a resolution's chain usually ends: what it
  // cites, and what those cite.
  const defaultDepth = 2;
  // paragraph, when set, is the paragraph whose history the side panel
  // shows (its IRI): kept in the address too, so that a history can be
  // sent and reloaded.
  let state = { symbol: "", direction: "cites", depth: defaultDepth, expand: [], paragraph: "" };
  let chain = null; // the JSON of what is drawn
  let loads = 0;    // to drop the answer of a request overtaken by another
  let panelLoads = 0; // the same for the side panel's lists and histories

  // el builds an element: el("p", {class: "x"}, "text", child, …); null
  // attributes and children are left out.
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined) continue;
      if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    }
    for (const c of children) {
      if (c !== null && c !== undefined) e.append(c);
    }
    return e;
  }

  // query is a state as URL parameters, for the page's address and the API.
  function query(s) {
    const q = new URLSearchParams();
    q.set("symbol", s.symbol);
    q.set("direction", s.direction);
    q.set("depth", String(s.depth));
    for (const x of s.expand) q.append("expand", x);
    if (s.paragraph) q.set("paragraph", s.paragraph);
    return q;
  }

  function chainURL(s, format) {
    const q = query(s);
    q.delete("paragraph");
    q.set("format", format);
    return "api/viz/chain?" + q.toString();
  }

  function stateFromAddress() {
    const q = new URLSearchParams(location.search);
    const depth = parseInt(q.get("depth") || String(defaultDepth), 10);
    return {
      symbol: (q.get("symbol") || "").trim(),
      direction: q.get("direction") === "cited-by" ? "cited-by" : "cites",
      depth: depth >= 1 && depth <= 10 ? depth : defaultDepth,
      expand: q.getAll("expand"),
      paragraph: q.get("paragraph") || "",
    };
  }

  function showStateInForm() {
    $("symbol").value = state.symbol;
    for (const r of directions) r.checked = r.value === state.direction;
    const depth = $("depth");
    if (![...depth.options].some((o) => o.value === String(state.depth))) {
      depth.append(el("option", {}, String(state.depth)));
    }
    depth.value = String(state.depth);
  }

  // go draws a new state and records it in the address and history. A
  // new drawing closes the paragraph history that was open.
  function go(next) {
    state = { ...next, paragraph: "" };
    history.pushState(null, "", "?" + query(state).toString());
    showStateInForm();
    draw();
  }

  function setStatus(text, kind) {
    statusLine.textContent = text;
    statusLine.className = kind || "";
    document.body.dataset.state = kind || "ready";
  }

  async function answer(url, as) {
    const r = await fetch(url);
    if (!r.ok) {
      let msg = r.status + " " + r.statusText;
      try { msg = (await r.json()).error || msg; } catch (e) { /* not JSON */ }
      throw new Error(msg);
    }
    return as === "json" ? r.json() : r.text();
  }

  async function draw() {
    const mine = ++loads;
    setStatus("Drawing " + state.symbol + " …", "loading");
    let json, svgText;
    try {
      [json, svgText] = await Promise.all([
        answer(chainURL(state, "json"), "json"),
        answer(chainURL(state, "svg"), "text"),
      ]);
    } catch (err) {
      if (mine !== loads) return;
      chain = null;
      chainBox.replaceChildren();
      $("downloads").hidden = true;
      $("tools").hidden = true;
      showHint();
      setStatus(err.message, "error");
      return;
    }
    if (mine !== loads) return;
    chain = json;
    const doc = new DOMParser().parseFromString(svgText, "image/svg+xml");
    const svg = document.importNode(doc.documentElement, true);
    chainBox.replaceChildren(svg);
    makeClickable(svg);
    for (const f of ["svg", "dot", "graphml", "mermaid", "json"]) {
      $("download-" + f).href = chainURL(state, f) + "&download=1";
    }
    $("downloads").hidden = false;
    $("tools").hidden = false;
    showLegend();
    zoomTo(zoom);
    // The root is at the right of a chain of what it cites, at the left of
    // one of what cites it: bring it into view.
    svg.getElementById("n0")?.scrollIntoView({ block: "nearest", inline: "center" });
    const root = chain.nodes[0];
    const others = chain.nodes.length - 1;
    const which = state.direction === "cited-by" ? (others === 1 ? " that cites it" : " that cite it") : " it cites";
    let text = root.symbol + " and the " + others + (others === 1 ? " document" : " documents") + which + ", " +
      chain.edges.length + (chain.edges.length === 1 ? " citing link, " : " citing links, ") +
      state.depth + (state.depth === 1 ? " step" : " steps") + " deep";
    if (state.expand.length) text += ", " + state.expand.length + " expanded";
    setStatus(text + ".", "ready");
    if (state.paragraph) showHistory(state.paragraph);
    else showNode(0);
  }

  // The legend, in the page as well as at the foot of the drawing, which
  // a wide chain scrolls out of view.
  const SVGNS = "http://www.w3.org/2000/svg";
  function showLegend() {
    const items = chain.styles.map((s) => {
      const line = document.createElementNS(SVGNS, "line");
      for (const [k, v] of Object.entries({ x1: 0, y1: 5, x2: 40, y2: 5, stroke: s.color, "stroke-width": s.width })) {
        line.setAttribute(k, v);
      }
      if (s.dash) line.setAttribute("stroke-dasharray", s.dash);
      const svg = document.createElementNS(SVGNS, "svg");
      svg.setAttribute("width", "40");
      svg.setAttribute("height", "10");
      svg.append(line);
      return el("li", {}, svg, " " + s.label);
    });
    $("legend").replaceChildren(...items);
  }

  // zoom scales the drawing: 1 is the size the server drew it.
  let zoom = 1;
  function zoomTo(z) {
    const svg = chainBox.querySelector("svg");
    if (!svg) return;
    zoom = Math.min(4, Math.max(0.05, z));
    svg.style.width = parseFloat(svg.getAttribute("width")) * zoom + "px";
    svg.style.height = parseFloat(svg.getAttribute("height")) * zoom + "px";
  }
  function fitZoom() {
    const svg = chainBox.querySelector("svg");
    if (!svg) return 1;
    const room = chainBox.clientWidth - 34; // the padding and border
    return Math.min(1, room / parseFloat(svg.getAttribute("width")));
  }
  $("zoom-in").addEventListener("click", () => zoomTo(zoom * 1.25));
  $("zoom-out").addEventListener("click", () => zoomTo(zoom / 1.25));
  $("zoom-fit").addEventListener("click", () => zoomTo(fitZoom()));
  $("zoom-1").addEventListener("click", () => zoomTo(1));

  // makeClickable gives every line a wide, invisible twin to click, and
  // every document box a click, a keyboard focus and a name.
  function makeClickable(svg) {
    const edges = svg.querySelectorAll("g.edges path.edge");
    const hits = document.createElementNS(SVGNS, "g");
    hits.setAttribute("class", "hits");
    edges.forEach((path, i) => {
      const hit = document.createElementNS(SVGNS, "path");
      hit.setAttribute("d", path.getAttribute("d"));
      hit.setAttribute("class", "hit");
      hit.dataset.edge = String(i);
      hit.addEventListener("click", () => showEdge(i));
      path.dataset.edge = String(i);
      hits.append(hit);
    });
    const nodes = svg.querySelector("g.nodes");
    nodes.before(hits);
    chain.nodes.forEach((n, i) => {
      const g = svg.getElementById("n" + i);
      if (!g) return;
      g.dataset.symbol = n.symbol;
      g.setAttribute("tabindex", "0");
      g.setAttribute("role", "button");
      g.setAttribute("aria-label", n.symbol + ", " + (n.year || "no year") + ": show details");
      g.addEventListener("click", () => showNode(i));
      g.addEventListener("keydown", (ev) => {
        if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); showNode(i); }
      });
    });
  }

  function select(nodeIndex, edgeIndex) {
    const svg = chainBox.querySelector("svg");
    if (!svg) return;
    svg.querySelectorAll(".selected").forEach((e) => e.classList.remove("selected"));
    chainBox.classList.toggle("edge-selected", edgeIndex !== null);
    if (nodeIndex !== null) svg.getElementById("n" + nodeIndex)?.classList.add("selected");
    if (edgeIndex !== null) {
      svg.querySelector('path.edge[data-edge="' + edgeIndex + '"]')?.classList.add("selected");
    }
  }

  const byIRI = () => new Map(chain.nodes.map((n, i) => [n.id, i]));

  function styleOf(type) {
    return chain.styles.find((s) => s.type === type) || { type: type, label: type, color: "#404040" };
  }

  function swatch(type) {
    const s = styleOf(type);
    const sw = el("span", { class: "swatch" });
    sw.style.borderTopColor = s.color;
    sw.style.borderTopStyle = s.dash ? "dashed" : "solid";
    return el("span", { class: "type" }, sw, s.label);
  }

  // paragraphName reads a fragment id: op_28__a__i → operative paragraph 28 (a) (i).
  function paragraphName(id) {
    const [head, ...subs] = id.split("__");
    const m = /^(pp|op|para)_(\d+)(?:_(\d+))?$/.exec(head);
    if (!m) return id;
    const kind = { pp: "preambular paragraph", op: "operative paragraph", para: "paragraph" }[m[1]];
    let name = kind + " " + m[2] + (m[3] ? " (second of that number)" : "");
    for (const s of subs) name += " (" + s.replace(/_\d+$/, "") + ")";
    return name;
  }

  // marked is text with every occurrence of the cited words in <mark>.
  function marked(text, words) {
    const p = el("p", { class: "text" });
    if (!words) { p.append(text); return p; }
    let from = 0;
    for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, from)) {
      p.append(text.slice(from, at), el("mark", {}, words));
      from = at + words.length;
    }
    p.append(text.slice(from));
    return p;
  }

  // showDetails fills the side panel. Its parts may be null (a section
  // with nothing in it): replaceChildren, unlike el, would print those as
  // the text "null".
  function showDetails(...parts) {
    details.replaceChildren(...parts.filter((c) => c !== null && c !== undefined));
  }

  function showHint() {
    showDetails(el("p", { class: "hint" },
      "Click a document to see it, expand it or read the history of its paragraphs, or a line to read the paragraphs that cite."));
  }

  function edgeButton(i, label) {
    const e = chain.edges[i];
    return el("li", {}, el("button", { type: "button", class: "link", onclick: () => showEdge(i) }, label),
      " ", swatch(e.type), " ", el("span", { class: "count" }, "(" + (e.citations || []).length + ")"));
  }

  // leaveHistory forgets the history open in the side panel when the
  // panel shows something else, so that the address says what is shown.
  function leaveHistory() {
    panelLoads++;
    if (!state.paragraph) return;
    state = { ...state, paragraph: "" };
    history.replaceState(null, "", "?" + query(state).toString());
  }

  function showNode(i) {
    if (!chain) return;
    leaveHistory();
    const n = chain.nodes[i];
    select(i, null);
    const idx = byIRI();
    const drawnDeep = n.depth < state.depth || state.expand.includes(n.symbol);
    const verb = state.direction === "cited-by" ? "what cites it" : "what it cites";
    const out = [], inn = [];
    chain.edges.forEach((e, k) => {
      if (e.source === n.id) out.push(edgeButton(k, chain.nodes[idx.get(e.target)].symbol));
      if (e.target === n.id) inn.push(edgeButton(k, chain.nodes[idx.get(e.source)].symbol));
    });
    showDetails(
      el("h2", {}, n.symbol),
      el("p", { class: "meta" }, [n.kind, n.year || "year unknown"].join(" · ")),
      n.title ? el("p", { class: "title" }, n.title) : null,
      el("p", { class: "iri" }, el("code", {}, n.id)),
      el("div", { class: "actions" },
        el("button", {
          type: "button", id: "expand", disabled: drawnDeep ? "" : null,
          title: drawnDeep ? "already drawn " + verb.replace("what", "with what") : "add " + verb,
          onclick: () => go({ ...state, expand: [...state.expand, n.symbol] }),
        }, "Expand: " + verb),
        i === 0 ? null : el("button", {
          type: "button", id: "reroot",
          onclick: () => go({ ...state, symbol: n.symbol, expand: [] }),
        }, "Draw from here"),
        el("button", {
          type: "button", id: "paragraphs", title: "its paragraphs, and the history of each through earlier and later texts",
          onclick: () => showParagraphs(n.symbol),
        }, "Paragraphs")),
      out.length ? el("h3", {}, "Cites") : null,
      out.length ? el("ul", { class: "edges" }, ...out) : null,
      inn.length ? el("h3", {}, "Cited by") : null,
      inn.length ? el("ul", { class: "edges" }, ...inn) : null);
  }

  function showEdge(i) {
    if (!chain) return;
    leaveHistory();
    const e = chain.edges[i];
    const idx = byIRI();
    const s = idx.get(e.source), t = idx.get(e.target);
    select(null, i);
    const cits = e.citations || [];
    const items = cits.map((c) => el("li", { class: "citation", "data-paragraph": c.paragraph },
      el("h3", {}, paragraphName(c.paragraph), " ", swatch(c.type), " ",
        el("button", {
          type: "button", class: "link history", title: "this paragraph's earlier and later versions",
          onclick: () => openHistory(e.source + "#" + c.paragraph),
        }, "history")),
      marked(c.text || "", c.evidence),
      c.cited !== e.target ? el("p", { class: "cited" }, "cites ", el("code", {}, c.cited.slice(e.target.length))) : null));
    showDetails(
      el("h2", {},
        el("button", { type: "button", class: "link", onclick: () => showNode(s) }, chain.nodes[s].symbol),
        " → ",
        el("button", { type: "button", class: "link", onclick: () => showNode(t) }, chain.nodes[t].symbol)),
      el("p", { class: "meta" }, swatch(e.type), " · ",
        cits.length === 1 ? "1 citing paragraph" : cits.length + " citing paragraphs"),
      cits.length ? el("ol", { class: "citations" }, ...items)
        : el("p", { class: "hint" }, "The store records that one cites the other, but not in which paragraph."));
  }

  // showParagraphs lists a document's paragraphs, each with how it came
  // from the texts before it; clicking one opens its history.
  async function showParagraphs(symbol) {
    leaveHistory();
    const mine = panelLoads;
    showDetails(el("h2", {}, symbol), el("p", { class: "hint" }, "Reading its paragraphs …"));
    let doc;
    try {
      doc = await answer("api/document/paragraphs?symbol=" + encodeURIComponent(symbol), "json");
    } catch (err) {
      if (mine === panelLoads) showDetails(el("h2", {}, symbol), el("p", { class: "error" }, err.message));
      return;
    }
    if (mine !== panelLoads) return;
    const items = doc.paragraphs.map((p) => el("li", {
      class: "paragraph", "data-paragraph": p.id, tabindex: "0", role: "button",
      title: "the history of " + paragraphName(p.id),
      onclick: () => openHistory(p.iri),
      onkeydown: (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); openHistory(p.iri); } },
    },
    el("h3", {}, paragraphName(p.id), " ", ...p.revisions.map((r) => badge(r.status, r.basis, r.fromSymbol))),
    el("p", { class: "text clamp" }, p.text)));
    showDetails(
      el("h2", {}, el("button", { type: "button", class: "link", onclick: () => showNodeOf(doc.symbol) }, doc.symbol)),
      el("p", { class: "meta" }, doc.paragraphs.length + " paragraphs; click one for its history"),
      el("ol", { class: "paragraphs" }, ...items));
  }

  // showNodeOf shows the panel of a drawn document, or the root's.
  function showNodeOf(symbol) {
    const i = chain ? chain.nodes.findIndex((n) => n.symbol === symbol) : -1;
    showNode(i >= 0 ? i : 0);
  }

  const statusWords = { identical: "unchanged", changed: "changed", new: "new", dropped: "dropped" };

  // badge says what became of a paragraph in one step.
  function badge(status, basis, fromSymbol) {
    const what = basis === "draft" ? "draft → adopted" : "since " + (fromSymbol || "the text before");
    return el("span", { class: "badge " + status, title: what }, (basis === "draft" ? "draft → adopted: " : "") + (statusWords[status] || status));
  }

  // openHistory opens a paragraph's history and records it in the
  // address, without drawing the chain again.
  function openHistory(iri) {
    state = { ...state, paragraph: iri };
    history.pushState(null, "", "?" + query(state).toString());
    showHistory(iri);
  }

  // diffText is a step's text with the removed words struck through and
  // the added ones marked: the segments the server worked out.
  function diffText(segments) {
    const p = el("p", { class: "text diff" });
    for (const s of segments) {
      if (s.op === "del") p.append(el("del", {}, s.text));
      else if (s.op === "ins") p.append(el("ins", {}, s.text));
      else p.append(s.text);
    }
    return p;
  }

  function shortDate(d) {
    return d || "undated";
  }

  // showHistory shows a paragraph's versions as a timeline, oldest first:
  // each version with the step (or steps: a draft and an earlier
  // resolution) that made it, the changed words marked, and where the
  // paragraph was dropped.
  async function showHistory(iri) {
    const mine = ++panelLoads;
    select(null, null);
    showDetails(el("h2", {}, "History"), el("p", { class: "hint" }, "Reading the history of " + iri.replace(/^.*\/doc\//, "") + " …"));
    let h;
    try {
      h = await answer("api/paragraph/history?paragraph=" + encodeURIComponent(iri), "json");
    } catch (err) {
      if (mine === panelLoads) showDetails(el("h2", {}, "History"), el("p", { class: "error" }, err.message));
      return;
    }
    if (mine !== panelLoads) return;
    const byTo = new Map(), dropped = new Map();
    for (const s of h.steps) {
      if (s.to) (byTo.get(s.to) || byTo.set(s.to, []).get(s.to)).push(s);
      else (dropped.get(s.from) || dropped.set(s.from, []).get(s.from)).push(s);
    }
    const self = h.versions.find((v) => v.iri === h.paragraph);
    const items = [];
    for (const v of h.versions) {
      const steps = byTo.get(v.iri) || [];
      const body = [];
      // A draft step first: the amendments made before adoption.
      steps.sort((a, b) => (a.basis === "draft" ? 0 : 1) - (b.basis === "draft" ? 0 : 1));
      for (const s of steps) {
        const how = s.basis === "draft" ? "draft → adopted" : "renewal";
        if (s.status === "new") {
          body.push(el("p", { class: "step" }, badge("new", s.basis, s.fromSymbol), " not in " + s.fromSymbol));
          continue;
        }
        body.push(el("p", { class: "step step-" + s.basis },
          el("span", { class: "how" }, how), " from ",
          el("button", { type: "button", class: "link", onclick: () => openHistory(s.from) },
            s.fromSymbol + " " + shortName(s.fromId)),
          " · ", el("span", { class: "badge " + s.status }, statusWords[s.status] || s.status),
          s.similarity !== undefined && s.status === "changed" ? el("span", { class: "sim" }, " similarity " + s.similarity) : null));
        if (s.status === "changed") body.push(diffText(s.segments || []));
      }
      // The first version, or one reached only as a draft's twin: its text.
      if (!steps.some((s) => s.status === "changed")) body.push(el("p", { class: "text" }, v.text));
      for (const s of dropped.get(v.iri) || []) {
        body.push(el("p", { class: "step dropped" }, el("span", { class: "badge dropped" }, "dropped"),
          " in " + s.toSymbol + " (" + shortDate(s.date) + ")" + (s.basis === "draft" ? ", the resolution this draft became" : "")));
      }
      items.push(el("li", { class: "version" + (v.iri === h.paragraph ? " current" : "") + (v.draft ? " draft" : ""), "data-iri": v.iri, "data-step": String(v.step) },
        el("h3", {},
          el("time", {}, shortDate(v.date)), " ",
          v.iri === h.paragraph ? el("span", { class: "where" }, v.symbol + " " + shortName(v.id))
            : el("button", { type: "button", class: "link where", title: "this version's own history", onclick: () => openHistory(v.iri) }, v.symbol + " " + shortName(v.id)),
          v.draft ? el("span", { class: "badge draft" }, "draft") : null),
        ...body));
    }
    showDetails(
      el("h2", {}, "History of ", paragraphName(self.id)),
      el("p", { class: "meta" },
        el("button", { type: "button", class: "link", onclick: () => showParagraphs(self.symbol) }, self.symbol), " · ",
        h.versions.length === 1 ? "no earlier or later version in the store"
          : h.versions.length + " versions; removed words struck through, added words marked"),
      el("ol", { class: "timeline" }, ...items));
  }

  // shortName is a paragraph id as a table shows it: op_17 → op 17.
  function shortName(id) {
    return (id || "").replace(/_/g, " ").replace(/\s+/g, " ").trim();
  }

  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const symbol = $("symbol").value.trim();
    if (!symbol) return;
    go({ symbol: symbol, direction: directions.find((r) => r.checked).value, depth: parseInt($("depth").value, 10), expand: [] });
  });
  // Switching direction or depth redraws at once, when something is drawn.
  for (const r of directions) {
    r.addEventListener("change", () => {
      if (state.symbol) go({ ...state, direction: r.value, expand: [] });
    });
  }
  $("depth").addEventListener("change", () => {
    if (state.symbol) go({ ...state, depth: parseInt($("depth").value, 10) });
  });
  window.addEventListener("popstate", () => {
    const was = state;
    state = stateFromAddress();
    showStateInForm();
    // Opening a history changes only the side panel: the drawing stays.
    const sameChain = chain && query({ ...was, paragraph: "" }).toString() === query({ ...state, paragraph: "" }).toString();
    if (sameChain && state.paragraph) showHistory(state.paragraph);
    else if (sameChain) showNode(0);
    else if (state.symbol) draw();
  });

  state = stateFromAddress();
  showStateInForm();
  if (state.symbol) draw();
  else document.body.dataset.state = "empty";
})();
