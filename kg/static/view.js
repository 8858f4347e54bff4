// Draw the graph from the JSON in #graph-data, then stop the physics once the
// layout has stabilised so a large graph does not keep moving.
(function () {
  "use strict";
  var started = performance.now();
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var status = document.getElementById("status");
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var network = new vis.Network(
    document.getElementById("network"), { nodes: nodes, edges: edges }, data.options
  );
  var finished = false;

  function stabilised() {
    if (finished) return;
    finished = true;
    network.setOptions({ physics: { enabled: false } });
    var ms = Math.round(performance.now() - started);
    document.body.dataset.stabilized = "true";
    document.body.dataset.layoutMs = String(ms);
    status.textContent = data.nodes.length
      ? "Disposition stable (" + ms + " ms). Survolez un nœud ou un lien pour le détail ; " +
        "molette pour zoomer, glisser pour déplacer."
      : "Aucun nœud à afficher.";
  }

  network.on("stabilizationProgress", function (p) {
    status.textContent = "Mise en place du graphe… " + Math.round((100 * p.iterations) / p.total) + " %";
  });
  network.once("stabilizationIterationsDone", stabilised);
  if (!data.nodes.length) stabilised();

  window.network = network; // for the browser tests and the curious
})();
