// Graph explorer: events with who chaired and attended them (from /graph), click a node to expand it
// (/graph/expand, over the RDF store: works without Neo4j), double-click to open its page.
(function () {
  "use strict";
  const box = document.getElementById("graph");
  if (typeof cytoscape === "undefined") { document.getElementById("vendor-missing").hidden = false; return; }
  const colors = { person: "#c2185b", event: "#f9a825", institution: "#1565c0", post: "#6a1b9a", decision: "#2e7d32",
    agreement: "#ef6c00", tenure: "#90a4ae", document: "#5d4037" };
  const cy = cytoscape({ container: box, wheelSensitivity: 0.3, style: [
    { selector: "node", style: { "label": "data(label)", "background-color": e => colors[e.data("type")] || "#78909c",
      "font-size": 11, "text-wrap": "ellipsis", "text-max-width": 140, "width": 22, "height": 22,
      "font-family": getComputedStyle(document.body).fontFamily } },
    { selector: "node.expanded", style: { "border-width": 3, "border-color": "#263238" } },
    { selector: "edge", style: { "label": "data(label)", "font-size": 8, "curve-style": "bezier", "width": 1.5,
      "target-arrow-shape": "triangle", "line-color": "#b0bec5", "target-arrow-color": "#b0bec5", "color": "#607d8b" } },
  ] });
  window.marsadGraph = cy;

  function add(graph) {
    const fresh = [];
    graph.nodes.forEach(n => { if (cy.getElementById(n.id).empty()) fresh.push({ group: "nodes", data: n }); });
    graph.edges.forEach(e => { if (cy.getElementById(e.id).empty()) fresh.push({ group: "edges", data: e }); });
    cy.add(fresh);
    box.dataset.nodes = String(cy.nodes().length);
    box.dataset.edges = String(cy.edges().length);
    return fresh.length;
  }
  function layout() { cy.layout({ name: "cose", animate: false, randomize: false, nodeRepulsion: 9000 }).run(); }

  async function load(params) {
    const response = await fetch("/graph?" + params.toString());
    const graph = await response.json();
    cy.elements().remove();
    add(graph);
    layout();
    box.dataset.ready = "true";
  }

  cy.on("tap", "node", async evt => {
    const node = evt.target;
    const response = await fetch("/graph/expand?node=" + encodeURIComponent(node.id()));
    if (!response.ok) return;
    const added = add(await response.json());
    node.addClass("expanded");
    box.dataset.expanded = node.id();
    if (added) layout();
  });
  cy.on("dbltap", "node", evt => {
    const d = evt.target.data();
    if (["person", "event", "institution", "post", "decision", "agreement", "document"].includes(d.type)) {
      window.location.href = "/ui/" + d.type + "/" + d.key;
    }
  });

  const form = document.getElementById("graph-filters");
  form.addEventListener("submit", evt => {
    evt.preventDefault();
    const params = new URLSearchParams();
    new FormData(form).forEach((value, key) => { if (value) params.set(key, value); });
    load(params);
  });
  load(new URLSearchParams());
})();
