/* The overview network: positions come from Python, physics is off, the most connected nodes come first. */
(function () {
  "use strict";
  var data = window.KG_OVERVIEW;
  var container = document.getElementById("network");
  if (!data || !container || !window.vis) return;
  var total = data.nodes.length;
  var param = new URLSearchParams(window.location.search).get("top");
  var shown = param === "all" ? total : Math.min(total, parseInt(param, 10) > 0 ? parseInt(param, 10) : data.top);
  var step = Math.max(data.top, 500);

  function edgesBetween(lo, hi) {
    var out = [];
    for (var i = 0; i < data.edges.length; i++) {
      var e = data.edges[i], m = Math.max(e.from, e.to);
      if (m >= lo && m < hi) out.push(e);
    }
    return out;
  }

  /* Zoomed in, labels keep their size on screen (a smaller font in canvas units), so more of them fit: a node
     with "zoom" (from Python's place_labels) shows its label from that many times the first zoom on. */
  var FONT = data.options.nodes.font.size, firstScale = null, level = 1;
  function labelled(n) { return !n.zoom || n.zoom <= level; }
  function drawn(n) {
    if (labelled(n)) return n;
    var copy = Object.assign({}, n);
    delete copy.label;
    return copy;
  }
  function drawnNodes(list) { return list.map(drawn); }

  var nodes = new vis.DataSet(drawnNodes(data.nodes.slice(0, shown)));
  var edges = new vis.DataSet(edgesBetween(0, shown));
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  window.kgNetwork = network;
  network.once("afterDrawing", function () {
    firstScale = network.getScale();
    window.kgFirstPaint = performance.now();
    document.body.setAttribute("data-painted", String(shown));
    document.dispatchEvent(new Event("kg:painted"));
  });

  var label = document.getElementById("shown");
  var more = document.getElementById("more");
  var all = document.getElementById("all");
  function status() {
    label.textContent = "显示 " + shown.toLocaleString() + " / " + total.toLocaleString() + " 个节点" +
      (data.unconnected ? "（另有 " + data.unconnected.toLocaleString() + " 个无连接，可搜索）" : "");
    more.disabled = all.disabled = shown >= total;
  }
  function showUpTo(n) {
    n = Math.min(total, n);
    if (n <= shown) return;
    nodes.add(drawnNodes(data.nodes.slice(shown, n)));
    edges.add(edgesBetween(shown, n));
    shown = n;
    status();
  }
  function relevel(scale) {
    var next = 1;
    while (next < 8 && firstScale !== null && scale >= 2 * next * firstScale) next *= 2;
    if (next === level) return;
    level = next;
    network.setOptions({ nodes: { font: { size: FONT / level } } });
    nodes.update(data.nodes.slice(0, shown).filter(function (n) { return n.zoom; })
      .map(function (n) { return { id: n.id, label: labelled(n) ? n.label : "" }; }));
  }
  network.on("zoom", function (params) { relevel(params.scale); });
  network.on("animationFinished", function () { relevel(network.getScale()); });     /* kgLocate's focus */
  more.addEventListener("click", function () { showUpTo(shown + step); });
  all.addEventListener("click", function () { showUpTo(total); });
  status();

  var info = document.getElementById("info");
  function inspect(id) {
    var node = data.nodes[id];
    info.textContent = "";
    if (!node) { info.hidden = true; return; }
    var lines = String(node.title || node.label).split("\n");
    var head = document.createElement("strong");
    head.textContent = lines[0];
    info.appendChild(head);
    lines.slice(1).forEach(function (line) {
      var p = document.createElement("div");
      p.textContent = line;
      info.appendChild(p);
    });
    if (node.url) {
      var a = document.createElement("a");
      a.href = node.url;
      a.textContent = "打开页面 open page →";
      info.appendChild(a);
    }
    info.hidden = false;
  }
  network.on("click", function (params) { inspect(params.nodes.length ? params.nodes[0] : -1); });
  network.on("doubleClick", function (params) {
    var node = params.nodes.length ? data.nodes[params.nodes[0]] : null;
    if (node && node.url) window.location.href = node.url;
  });

  /* Select the shown nodes of these pages (the search's hits), or none. */
  window.kgSelect = function (urls) {
    var ids = [];
    urls.forEach(function (u) { var id = byUrl[u]; if (id !== undefined && id < shown) ids.push(id); });
    network.selectNodes(ids);
  };

  var byUrl = {};
  data.nodes.forEach(function (n) { if (n.url) byUrl[n.url] = n.id; });
  /* Show and select the node of a page (used by the search results). */
  window.kgLocate = function (url) {
    var id = byUrl[url];
    if (id === undefined) return false;
    showUpTo(id + 1);
    network.selectNodes([id]);
    network.focus(id, { scale: 1.2 });
    inspect(id);
    return true;
  };
})();
