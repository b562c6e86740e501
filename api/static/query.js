// Query page: runs SPARQL on /sparql and Cypher on /cypher, shows a table, offers CSV and JSON downloads.
(function () {
  "use strict";
  const form = document.getElementById("query-form");
  const text = document.getElementById("query-text");
  const status = document.getElementById("status");
  const results = document.getElementById("results");
  const examples = JSON.parse(document.getElementById("examples-data").textContent);
  const csvButton = document.getElementById("download-csv");
  const jsonButton = document.getElementById("download-json");
  let last = null;

  document.getElementById("examples").addEventListener("change", evt => {
    const example = examples[Number(evt.target.value)];
    text.value = example.text;
    form.querySelector(`input[value="${example.language}"]`).checked = true;
  });

  function cell(value) {
    if (value === null || value === undefined) return "";
    return typeof value === "object" ? JSON.stringify(value) : String(value);
  }
  function show(columns, rows) {
    const table = document.createElement("table");
    const head = table.createTHead().insertRow();
    columns.forEach(c => { const th = document.createElement("th"); th.textContent = c; head.appendChild(th); });
    const body = table.createTBody();
    rows.forEach(row => { const tr = body.insertRow(); row.forEach(v => { tr.insertCell().textContent = cell(v); }); });
    results.replaceChildren(table);
    results.dataset.rows = String(rows.length);
    last = { columns, rows };
    csvButton.disabled = jsonButton.disabled = false;
  }
  function download(name, type, content) {
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([content], { type }));
    link.download = name;
    link.click();
  }
  csvButton.addEventListener("click", () => {
    const quote = v => /[",\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
    const lines = [last.columns.map(quote).join(",")].concat(last.rows.map(r => r.map(v => quote(cell(v))).join(",")));
    download("marsad-results.csv", "text/csv", lines.join("\r\n") + "\r\n");
  });
  jsonButton.addEventListener("click", () => {
    const objects = last.rows.map(r => Object.fromEntries(last.columns.map((c, i) => [c, r[i]])));
    download("marsad-results.json", "application/json", JSON.stringify(objects, null, 2));
  });

  form.addEventListener("submit", async evt => {
    evt.preventDefault();
    const language = form.querySelector("input[name=language]:checked").value;
    status.textContent = "…";
    status.className = "";
    results.dataset.rows = "";
    try {
      let response;
      if (language === "sparql") {
        response = await fetch("/sparql", { method: "POST", body: text.value,
          headers: { "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json" } });
      } else {
        response = await fetch("/cypher", { method: "POST", body: JSON.stringify({ query: text.value, parameters: {} }),
          headers: { "Content-Type": "application/json" } });
      }
      const data = await response.json();
      if (!response.ok) throw new Error(data.error ? data.error.message : response.statusText);
      if (language === "sparql") {
        if ("boolean" in data) show(["ask"], [[data.boolean]]);
        else show(data.head.vars, data.results.bindings.map(b => data.head.vars.map(v => b[v] ? b[v].value : null)));
      } else {
        show(data.columns, data.rows);
      }
      status.textContent = results.dataset.rows + " صف";
    } catch (err) {
      status.textContent = err.message;
      status.className = "error";
      results.replaceChildren();
      results.dataset.rows = "error";
    }
  });
})();
