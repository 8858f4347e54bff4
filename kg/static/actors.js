// The actor page: draw the network where Python placed it (no physics until asked), and
// show the selected actor's statements and claims in the side panel. Every text from the
// articles is written with textContent, never as HTML.
(function () {
  "use strict";
  var started = performance.now();
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var ID_PREFIX = "https://w3id.org/newskg/id/";
  var status = document.getElementById("status");
  var actors = data.actors;
  function label(id) {
    if (!id) return null;
    return actors[id] ? actors[id].label : (data.others[id] || id);
  }
  // Expand the compact rows Python wrote (see kg/view/page.py) into vis-network items.
  var nodeItems = data.nodes.map(function (row) {
    var style = data.styles[actors[row[0]].kind];
    var centre = row[0] === data.centre;
    return {
      id: row[0], label: row[1], x: row[2], y: row[3], size: row[4], shape: style.shape,
      color: { background: style.colour, border: centre ? "#111111" : "#ffffff" },
      borderWidth: centre ? 4 : 1
    };
  });
  // Edges are drawn by this script under the nodes, not handed to vis-network: it builds a
  // heavy object per edge (fonts, options), which at 10 000 edges took a second before the
  // first picture. vis only gets them, undrawn, as springs when the reader asks for physics.
  var edgeItems = data.edges.map(function (row, i) {
    var kind = data.edgeKinds[row[2]], facts = row[3], n = facts.length;
    var item = {
      id: "e" + i, from: row[0], to: row[1], kind: kind.kind, facts: facts, colour: kind.colour,
      opacity: kind.kind === "speech" ? 0.55 : 0.9, width: n ? 1 + Math.log2(n) : 1,
      dashed: kind.kind === "affiliation" || kind.kind === "located"
    };
    if (row.length > 4) item.note = { text: row[4], x: row[5], y: row[6] };
    return item;
  });
  var edgeById = {};
  edgeItems.forEach(function (e) { edgeById[e.id] = e; });
  function edgeTitle(e) {
    var n = e.facts.length, who = label(e.from) + " → " + label(e.to);
    if (e.kind === "speech") return who + " : " + n + " déclaration" + (n > 1 ? "s" : "") + " à son sujet";
    if (e.kind === "deployment") return who + " : " + n + " revendication" + (n > 1 ? "s" : "");
    return label(e.from) + (e.kind === "affiliation" ? " affilié à " : " situé en ") + label(e.to);
  }
  var sizeOf = {};
  nodeItems.forEach(function (n) { sizeOf[n.id] = n.size; });
  var nodes = new vis.DataSet(nodeItems);
  var springs = new vis.DataSet();
  var allowedKinds = {};
  var allowedArticles = null; // null: every article
  Object.keys(data.styles).forEach(function (k) { allowedKinds[k] = true; });

  function nodeShown(node) {
    var a = actors[node.id];
    if (!allowedKinds[a.kind]) return false;
    if (!allowedArticles || node.id === selected) return true;
    return a.articles.some(function (i) { return allowedArticles[i]; });
  }
  function edgeShown(edge) {
    if (!allowedArticles) return true;
    var facts = edge.kind === "speech" ? data.statements : edge.kind === "deployment" ? data.claims : null;
    if (!facts) return true;
    return edge.facts.some(function (i) { return allowedArticles[facts[i].article]; });
  }

  var nodeView = new vis.DataView(nodes, { filter: nodeShown });
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodeView, edges: springs }, data.options);
  var selected = null;

  var drawn = []; // the edges drawn: both ends shown and kept by the filters
  function refreshEdges() {
    var shown = {};
    nodeView.getIds().forEach(function (id) { shown[id] = true; });
    drawn = edgeItems.filter(function (e) { return shown[e.from] && shown[e.to] && edgeShown(e); });
  }
  refreshEdges();

  // One path per style (kind and width), so ten thousand edges are a few dozen canvas calls.
  var hovered = null;
  function strokeEdges(ctx, list, at, colour, alpha, width, dashed) {
    var head = 6 + 2 * width, heads = [];
    var arrows = !dashed && head * network.getScale() >= 2; // heads under 2 pixels are not drawn
    ctx.globalAlpha = alpha;
    ctx.strokeStyle = ctx.fillStyle = colour;
    ctx.lineWidth = width;
    // Dashes shorter than 2 pixels (a big graph seen whole) are drawn as a line: millions of
    // them took the browser most of a second to paint.
    ctx.setLineDash(dashed && 5 * network.getScale() >= 2 ? [5, 5] : []);
    ctx.beginPath();
    list.forEach(function (e) {
      var a = at[e.from], b = at[e.to];
      if (!a || !b) return; // a filter just hid an end (the edges are worked out again next)
      var dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy) || 1, ux = dx / d, uy = dy / d;
      ctx.moveTo(a.x, a.y);
      if (!arrows) { ctx.lineTo(b.x, b.y); return; }
      var tx = b.x - ux * (sizeOf[e.to] + 2), ty = b.y - uy * (sizeOf[e.to] + 2); // the arrow's tip
      ctx.lineTo(tx - ux * head * 0.8, ty - uy * head * 0.8);
      heads.push(tx, ty, ux, uy);
    });
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.beginPath();
    for (var i = 0; i < heads.length; i += 4) {
      var tx = heads[i], ty = heads[i + 1], ux = heads[i + 2], uy = heads[i + 3];
      var bx = tx - ux * head, by = ty - uy * head, w = head * 0.45;
      ctx.moveTo(tx, ty);
      ctx.lineTo(bx - uy * w, by + ux * w);
      ctx.lineTo(bx + uy * w, by - ux * w);
      ctx.closePath();
    }
    ctx.fill();
  }
  network.on("beforeDrawing", function (ctx) {
    if (!drawn.length) return;
    var at = network.getPositions(), chosen = {}, groups = {}, strong = [];
    network.getSelectedNodes().forEach(function (id) { chosen[id] = true; });
    drawn.forEach(function (e) {
      if (chosen[e.from] || chosen[e.to] || e === hovered) { strong.push(e); return; }
      var key = e.kind + " " + e.width;
      (groups[key] || (groups[key] = [])).push(e);
    });
    ctx.save();
    Object.keys(groups).forEach(function (key) {
      var e = groups[key][0];
      strokeEdges(ctx, groups[key], at, e.colour, e.opacity, e.width, e.dashed);
    });
    strong.forEach(function (e) { strokeEdges(ctx, [e], at, "#333333", 1, e.width + 1, e.dashed); });
    ctx.restore();
  });

  // The edge under a point of the canvas (within a few pixels), for hover and click.
  function edgeAt(p) {
    var at = network.getPositions(), best = null, bestD = 5 / network.getScale();
    drawn.forEach(function (e) {
      var a = at[e.from], b = at[e.to];
      if (!a || !b) return;
      var dx = b.x - a.x, dy = b.y - a.y, len = dx * dx + dy * dy;
      var t = len ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len)) : 0;
      var d = Math.sqrt(Math.pow(p.x - a.x - t * dx, 2) + Math.pow(p.y - a.y - t * dy, 2)) - e.width / 2;
      if (d < bestD) { bestD = d; best = e; }
    });
    return best;
  }
  var tip = document.createElement("div");
  tip.className = "edge-tip";
  tip.hidden = true;
  document.getElementById("network-box").appendChild(tip);
  var pointer = null;
  function hoverEdge() {
    var p = pointer;
    pointer = null;
    var found = p && !network.getNodeAt(p) ? edgeAt(network.DOMtoCanvas(p)) : null;
    if (found !== hovered) { hovered = found; network.redraw(); }
    tip.hidden = !found;
    if (found) {
      tip.textContent = edgeTitle(found);
      tip.style.left = (p.x + 14) + "px";
      tip.style.top = (p.y + 14) + "px";
    }
  }
  container.addEventListener("mousemove", function (ev) {
    var box = container.getBoundingClientRect();
    if (!pointer) requestAnimationFrame(hoverEdge);
    pointer = { x: ev.clientX - box.left, y: ev.clientY - box.top };
  });
  container.addEventListener("mouseleave", function () { pointer = null; hovered = null; tip.hidden = true; network.redraw(); });

  // Deployment figures: a note where Python found room, tied to the middle of its edge.
  var NOTE_FONT = 13;
  var notes = edgeItems.filter(function (e) { return e.note; });
  network.on("afterDrawing", function (ctx) {
    if (!notes.length) return;
    var shown = {};
    drawn.forEach(function (e) { shown[e.id] = true; });
    ctx.save();
    ctx.font = NOTE_FONT + "px sans-serif";
    ctx.textBaseline = "middle";
    notes.forEach(function (e) {
      if (!shown[e.id]) return;
      var ends = network.getPositions([e.from, e.to]);
      if (!ends[e.from] || !ends[e.to]) return;
      var mx = (ends[e.from].x + ends[e.to].x) / 2, my = (ends[e.from].y + ends[e.to].y) / 2;
      var lines = e.note.text.split("\n");
      var w = Math.max.apply(null, lines.map(function (l) { return ctx.measureText(l).width; })) + 12;
      var h = lines.length * (NOTE_FONT + 3) + 8;
      var x = e.note.x - w / 2, y = e.note.y - h / 2;
      ctx.strokeStyle = "#8c2f1b";
      ctx.lineWidth = 1;
      ctx.setLineDash([4, 3]);
      ctx.beginPath(); ctx.moveTo(mx, my); ctx.lineTo(e.note.x, e.note.y); ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = "rgba(255,250,247,0.96)";
      ctx.fillRect(x, y, w, h);
      ctx.strokeRect(x, y, w, h);
      lines.forEach(function (line, i) {
        ctx.fillStyle = i === 0 ? "#8c2f1b" : "#2b2b2b";
        ctx.font = (i === 0 ? "bold " : "") + NOTE_FONT + "px sans-serif";
        ctx.fillText(line, x + 6, y + 4 + (NOTE_FONT + 3) * (i + 0.5));
      });
    });
    ctx.restore();
  });

  network.once("afterDrawing", function () {
    var ms = Math.round(performance.now() - started);
    document.body.dataset.stabilized = "true"; // drawn where Python placed it: nothing moves
    document.body.dataset.layoutMs = String(ms);
    status.textContent = data.nodes.length ? "Dessiné en " + ms + " ms." : "Aucun acteur à afficher.";
  });
  network.fit({ animation: false });

  // --- side panel -----------------------------------------------------------

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }
  function showTab(name) {
    document.getElementById("actor-panel").hidden = name !== "actor";
    document.getElementById("claims-panel").hidden = name !== "claims";
    document.getElementById("tab-actor").classList.toggle("active", name === "actor");
    document.getElementById("tab-claims").classList.toggle("active", name === "claims");
  }
  Array.prototype.forEach.call(document.querySelectorAll(".tabs button"), function (b) {
    b.addEventListener("click", function () { showTab(b.dataset.tab); listMoreClaims(); });
  });

  function articleLine(index) {
    if (index === null || index === undefined) return "article inconnu";
    var a = data.articles[index];
    return [a.title, a.outlet, a.date].filter(Boolean).join(" — ");
  }
  function statementItem(s) {
    var item = el("div", "item statement");
    var head = el("div", "meta");
    head.appendChild(el("span", "kind", s.kind));
    var who = label(s.speaker) || "locuteur inconnu";
    head.appendChild(document.createTextNode(" " + who + (s.role ? " (" + s.role + ")" : "") +
      (s.verb ? " — verbe : " + s.verb : "")));
    item.appendChild(head);
    item.appendChild(el("p", "quote", "« " + s.quote + " »"));
    if (s.about.length) {
      item.appendChild(el("div", "meta", "Au sujet de : " + s.about.map(label).join(", ")));
    }
    item.appendChild(el("div", "meta article", articleLine(s.article)));
    var ev = el("p", "evidence");
    if (s.evidence.length === 2) { // [before, after]: the quote is highlighted between them
      ev.appendChild(document.createTextNode(s.evidence[0]));
      ev.appendChild(el("mark", null, s.quote));
      ev.appendChild(document.createTextNode(s.evidence[1]));
    } else {
      ev.textContent = s.evidence[0];
    }
    item.appendChild(ev);
    return item;
  }

  function claimItem(c, role) {
    var item = el("div", "item claim");
    var head = el("div", "meta");
    head.appendChild(el("span", "kind claim", role || "revendication"));
    head.appendChild(document.createTextNode(" " + (label(c.claimant) || "l'article lui-même") + " :"));
    item.appendChild(head);
    var route = (label(c.origin) || "?") + " → " + (label(c.destination) || "?") +
      (c.place ? " / " + label(c.place) : "");
    item.appendChild(el("p", "quote", c.troops + (c.status ? " (" + c.status + ")" : "") + ", " + route));
    item.appendChild(el("div", "meta article", articleLine(c.article)));
    item.appendChild(el("p", "evidence", c.evidence[0]));
    return item;
  }

  function roleIn(c, id) {
    var roles = [];
    if (c.claimant === id) roles.push("revendique");
    if (c.origin === id) roles.push("origine");
    if (c.destination === id) roles.push("destination");
    if (c.place === id) roles.push("lieu");
    return roles.join(", ");
  }

  function showActor(id) {
    var a = actors[id];
    var panel = document.getElementById("actor-panel");
    panel.textContent = "";
    if (!a) return;
    var style = data.styles[a.kind];
    var head = el("div", "actor-head");
    var symbol = el("span", "symbol", style.symbol);
    symbol.style.color = style.colour;
    head.appendChild(symbol);
    head.appendChild(el("h2", "name", a.label));
    head.appendChild(el("span", "count", style.name));
    panel.appendChild(head);
    var dl = el("dl", "facts");
    function row(name, value) {
      if (!value) return;
      dl.appendChild(el("dt", null, name));
      var dd = el("dd");
      if (typeof value === "string") dd.textContent = value; else dd.appendChild(value);
      dl.appendChild(dd);
    }
    row("Aussi appelé", a.aliases.join(", "));
    row("Rôle", a.roles.join(", "));
    row("Affilié à", a.affiliations.map(function (x) { return x[1]; }).join(", "));
    row("Situé en", a.located ? a.located[1] : "");
    if (a.links.length) {
      var links = el("span");
      a.links.forEach(function (l, i) {
        if (i) links.appendChild(document.createTextNode(", "));
        var link = el("a", null, l[0]);
        link.href = l[1];
        link.target = "_blank";
        link.rel = "noopener noreferrer";
        links.appendChild(link);
      });
      row("Lien", links);
    }
    row("Mentionné", a.mentions + " article" + (a.mentions > 1 ? "s" : ""));
    row("Identifiant", id);
    panel.appendChild(dl);
    var said = a.statements.map(function (i) { return data.statements[i]; })
      .filter(function (s) { return s.speaker === id; });
    panel.appendChild(el("h3", null, "Déclarations (" + said.length + ")"));
    var list = el("div", "statements");
    list.id = "actor-statements";
    said.forEach(function (s) { list.appendChild(statementItem(s)); });
    if (!said.length) list.appendChild(el("p", "empty", "Aucune déclaration."));
    panel.appendChild(list);
    var heard = data.statements.filter(function (s) { return s.about.indexOf(id) >= 0; });
    if (heard.length) {
      panel.appendChild(el("h3", null, "Déclarations à son sujet (" + heard.length + ")"));
      heard.forEach(function (s) { panel.appendChild(statementItem(s)); });
    }
    panel.appendChild(el("h3", null, "Revendications de troupes (" + a.claims.length + ")"));
    var claims = el("div", "claims-list");
    claims.id = "actor-claims";
    a.claims.forEach(function (i) { claims.appendChild(claimItem(data.claims[i], roleIn(data.claims[i], id))); });
    if (!a.claims.length) claims.appendChild(el("p", "empty", "Aucune."));
    panel.appendChild(claims);
    showTab("actor");
    panel.scrollTop = 0;
  }

  function showEdge(edgeId) {
    var e = edgeById[edgeId];
    var panel = document.getElementById("actor-panel");
    panel.textContent = "";
    panel.appendChild(el("h2", null, edgeTitle(e)));
    var list = e.facts;
    if (e.kind === "speech") list.forEach(function (i) { panel.appendChild(statementItem(data.statements[i])); });
    else if (e.kind === "deployment") list.forEach(function (i) { panel.appendChild(claimItem(data.claims[i])); });
    showTab("actor");
  }

  function select(id, move) {
    selected = id;
    nodeView.refresh();
    refreshEdges();
    network.selectNodes([id]);
    if (move) network.focus(id, { scale: Math.max(network.getScale(), 1), animation: false });
    showActor(id);
    document.body.dataset.selected = id;
  }

  network.on("click", function (params) {
    if (params.nodes.length) select(params.nodes[0], false);
    else {
      var edge = edgeAt(params.pointer.canvas);
      if (edge) showEdge(edge.id);
    }
  });

  // --- search ---------------------------------------------------------------

  var entries = Object.keys(actors).map(function (id) {
    return { id: id, ids: [id, ID_PREFIX + id], keys: actors[id].keys };
  });
  var search = document.getElementById("search");
  var results = document.getElementById("search-results");
  function runSearch() {
    var query = search.value;
    results.textContent = "";
    if (!query.trim()) { results.hidden = true; return; }
    var found = NewsKGNames.matches(query, entries);
    if (found.length === 1) {
      results.hidden = true;
      select(found[0].id, true);
      return;
    }
    results.hidden = false;
    if (!found.length) { results.appendChild(el("p", null, "Aucun acteur de ce nom.")); return; }
    found.slice(0, 50).forEach(function (e) {
      var b = el("button", null, actors[e.id].label + " (" + data.styles[actors[e.id].kind].name + ")");
      b.type = "button";
      b.addEventListener("click", function () { results.hidden = true; select(e.id, true); });
      results.appendChild(b);
    });
  }
  search.addEventListener("input", runSearch);
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") runSearch(); });

  // --- filters --------------------------------------------------------------

  function applyFilters() {
    Array.prototype.forEach.call(document.querySelectorAll("input[name=kind]"), function (c) {
      allowedKinds[c.value] = c.checked;
    });
    var article = document.getElementById("filter-article").value;
    var outlet = document.getElementById("filter-outlet").value;
    var from = document.getElementById("filter-from").value;
    var to = document.getElementById("filter-to").value;
    if (article === "" && outlet === "" && !from && !to) {
      allowedArticles = null;
    } else {
      allowedArticles = {};
      data.articles.forEach(function (a, i) {
        var ok = (article === "" || String(i) === article) && (outlet === "" || a.outlet === outlet) &&
          (!from || (a.date && a.date >= from)) && (!to || (a.date && a.date <= to));
        if (ok) allowedArticles[i] = true;
      });
    }
    nodeView.refresh();
    refreshEdges();
    network.redraw();
    Array.prototype.forEach.call(document.querySelectorAll("#claims-table tbody tr"), function (tr) {
      tr.hidden = !!allowedArticles && !allowedArticles[tr.dataset.article];
    });
    listMoreClaims();
    status.textContent = nodeView.length + " acteur" + (nodeView.length > 1 ? "s" : "") + " affiché" +
      (nodeView.length > 1 ? "s" : "") + ".";
  }
  document.getElementById("filters").addEventListener("change", applyFilters);

  // --- claims table: rows move in from their template (see actors.html) as the panel
  // is scrolled towards them: a thousand rows laid out at once took half a second.

  var rowsLater = document.getElementById("claims-rows-later").content;
  var claimRows = document.getElementById("claims-rows");
  var panelBox = document.getElementById("panel");
  function listClaims(n) {
    var batch = document.createDocumentFragment();
    for (var i = 0; i < n && rowsLater.firstElementChild; i++) {
      var tr = rowsLater.firstElementChild;
      tr.hidden = !!allowedArticles && !allowedArticles[tr.dataset.article];
      batch.appendChild(tr);
    }
    claimRows.appendChild(batch);
    if (!rowsLater.firstElementChild) document.body.dataset.claimsListed = "true";
  }
  function listMoreClaims() { // until the table reaches a screen below what is shown
    while (rowsLater.firstElementChild && !document.getElementById("claims-panel").hidden &&
           claimRows.getBoundingClientRect().bottom < panelBox.getBoundingClientRect().bottom + 900) {
      listClaims(50);
    }
  }
  panelBox.addEventListener("scroll", listMoreClaims, { passive: true });
  listClaims(50);

  // --- physics on demand ------------------------------------------------------

  var physics = document.getElementById("physics");
  physics.addEventListener("click", function () {
    var on = physics.getAttribute("aria-pressed") !== "true";
    physics.setAttribute("aria-pressed", String(on));
    physics.textContent = on ? "Figer" : "Animer";
    if (on && !springs.length) {
      springs.add(edgeItems.map(function (e) { return { id: e.id, from: e.from, to: e.to, hidden: true }; }));
    }
    network.setOptions({ physics: { enabled: on } });
  });
  document.getElementById("fit").addEventListener("click", function () { network.fit({ animation: false }); });

  if (data.centre) select(data.centre, false);
  window.network = network; // for the browser tests and the curious
  window.newskg = { select: select, data: data, nodes: nodeItems, nodeView: nodeView,
    drawnEdges: function () { return drawn.map(function (e) { return e.id; }); } };
})();
