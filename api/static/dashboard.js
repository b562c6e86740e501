// Dashboard charts from the /stats aggregates (embedded in the page), drawn with Chart.js served by Marsad.
(function () {
  "use strict";
  const missing = document.getElementById("vendor-missing");
  if (typeof Chart === "undefined") { missing.hidden = false; return; }
  const stats = JSON.parse(document.getElementById("stats-data").textContent);
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.locale = "ar-MA";
  const palette = ["#0b6e4f", "#1565c0", "#f9a825", "#c2185b", "#6a1b9a", "#ef6c00", "#00838f", "#5d4037", "#558b2f"];
  const drawn = [];

  function draw(id, config) {
    const canvas = document.getElementById(id);
    config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false,
      plugins: { legend: { rtl: true, position: "bottom" }, tooltip: { rtl: true } } }, config.options || {});
    drawn.push(new Chart(canvas, config));
    canvas.dataset.drawn = "true";
  }

  function pivot(rows, seriesKey, label, valueKey) {
    const years = [...new Set(rows.map(r => r.year === null ? "—" : String(r.year)))].sort();
    const series = [...new Set(rows.map(seriesKey))];
    return { labels: years, datasets: series.map((name, i) => ({ label: name, backgroundColor: palette[i % palette.length],
      data: years.map(y => rows.filter(r => seriesKey(r) === name && String(r.year === null ? "—" : r.year) === y)
        .reduce((sum, r) => sum + r[valueKey], 0)) })) };
  }

  draw("chart-events", { type: "bar", data: pivot(stats.events_per_institution_year, r => r.institution.label, "", "events"),
    options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } } });
  draw("chart-decisions", { type: "bar", data: pivot(stats.decisions_by_kind_year, r => r.kind, "", "decisions"),
    options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } } });
  draw("chart-chairs", { type: "bar", data: { labels: stats.top_chairs.map(c => c.label),
    datasets: [{ label: "عدد الرئاسات", backgroundColor: palette[3], data: stats.top_chairs.map(c => c.events) }] },
    options: { indexAxis: "y", scales: { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { position: "right" } } } });
  draw("chart-partners", { type: "doughnut", data: { labels: stats.partnerships_per_territorial_body.map(c => c.label),
    datasets: [{ backgroundColor: palette, data: stats.partnerships_per_territorial_body.map(c => c.partnerships) }] } });
  document.body.dataset.charts = String(drawn.length);
})();
