/* A person's ego network: data from the page's JSON block, positions from Python, physics off. */
(function () {
  "use strict";
  var holder = document.getElementById("ego");
  var block = document.getElementById("ego-data");
  if (!holder || !block || !window.vis) return;
  var data = JSON.parse(block.textContent);
  var network = new vis.Network(holder, { nodes: new vis.DataSet(data.nodes), edges: new vis.DataSet(data.edges) }, {
    physics: { enabled: false },
    layout: { improvedLayout: false },
    interaction: { hover: true, tooltipDelay: 120 },
    nodes: { borderWidth: 1, font: { face: "Noto Sans CJK SC, sans-serif" } },
    edges: { smooth: false, color: { color: "#c8c8c8", highlight: "#555555" }, width: 1 }
  });
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  network.on("click", function (params) {
    var node = params.nodes.length ? byId[params.nodes[0]] : null;
    if (node && node.url) window.location.href = node.url;
  });
  network.once("afterDrawing", function () { document.body.setAttribute("data-painted", "1"); });
})();
