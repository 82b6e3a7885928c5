// sckg's chain explorer. The server lays the chain out and draws it
// (GET /api/viz/chain?format=svg, the same picture 'sckg viz chain'
// writes); this script puts that SVG in the page, makes its documents and
// lines clickable, and shows what the JSON of the same chain says about
// them. What is drawn is kept in the address (?symbol=…&expand=…), so a
// view can be reloaded, bookmarked and sent.
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
  let state = { symbol: "", direction: "cites", depth: defaultDepth, expand: [] };
  let chain = null; // the JSON of what is drawn
  let loads = 0;    // to drop the answer of a request overtaken by another

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
    return q;
  }

  function chainURL(s, format) {
    const q = query(s);
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

  // go draws a new state and records it in the address and history.
  function go(next) {
    state = next;
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
    showNode(0);
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
      "Click a document to see it and expand it, or a line to read the paragraphs that cite."));
  }

  function edgeButton(i, label) {
    const e = chain.edges[i];
    return el("li", {}, el("button", { type: "button", class: "link", onclick: () => showEdge(i) }, label),
      " ", swatch(e.type), " ", el("span", { class: "count" }, "(" + (e.citations || []).length + ")"));
  }

  function showNode(i) {
    if (!chain) return;
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
        }, "Draw from here")),
      out.length ? el("h3", {}, "Cites") : null,
      out.length ? el("ul", { class: "edges" }, ...out) : null,
      inn.length ? el("h3", {}, "Cited by") : null,
      inn.length ? el("ul", { class: "edges" }, ...inn) : null);
  }

  function showEdge(i) {
    if (!chain) return;
    const e = chain.edges[i];
    const idx = byIRI();
    const s = idx.get(e.source), t = idx.get(e.target);
    select(null, i);
    const cits = e.citations || [];
    const items = cits.map((c) => el("li", { class: "citation", "data-paragraph": c.paragraph },
      el("h3", {}, paragraphName(c.paragraph), " ", swatch(c.type)),
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
    state = stateFromAddress();
    showStateInForm();
    if (state.symbol) draw();
  });

  state = stateFromAddress();
  showStateInForm();
  if (state.symbol) draw();
  else document.body.dataset.state = "empty";
})();
