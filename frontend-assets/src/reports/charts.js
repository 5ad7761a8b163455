// The reports page's charts, an enhancement only: each section's table stays the page's content (and its meaning
// without JavaScript); this draws a chart of the table above it. A table opts in with data-chart="bar", "line" or
// "stacked"; its row headers are the labels, each column whose header carries data-series is a data set, and each
// cell's data-value is the number (the cell's text is formatted for people).
import Chart from 'chart.js/auto';

const COLOURS = ['#1d5fa8', '#c0562b', '#2f8552', '#8a4fb0', '#b08a1d', '#4f7d8a', '#a83c6a', '#6b6b6b'];

function chartOf(table) {
  const kind = table.dataset.chart;
  const headers = Array.from(table.tHead.rows[0].cells);
  const rows = Array.from(table.tBodies[0].rows);
  if (rows.length === 0) return;
  const labels = rows.map((row) => row.cells[0].textContent.trim());
  const datasets = headers
    .map((header, column) => ({ header, column }))
    .filter(({ header }) => header.hasAttribute('data-series'))
    .map(({ header, column }, n) => ({
      label: header.textContent.trim(),
      data: rows.map((row) => Number(row.cells[column].dataset.value ?? Number.NaN)),
      backgroundColor: COLOURS[n % COLOURS.length],
      borderColor: COLOURS[n % COLOURS.length],
    }));
  const figure = document.createElement('div');
  figure.className = 'chart';
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  const caption = table.caption ? table.caption.textContent.trim() : '';
  canvas.setAttribute('aria-label', `Chart of the table below: ${caption}`);
  figure.appendChild(canvas);
  const wrap = table.closest('.table-wrap') || table;
  wrap.parentNode.insertBefore(figure, wrap);
  const stacked = kind === 'stacked';
  new Chart(canvas, {
    type: kind === 'line' ? 'line' : 'bar',
    data: { labels, datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { x: { stacked }, y: { stacked, beginAtZero: true } },
      plugins: { legend: { display: datasets.length > 1 } },
    },
  });
  figure.dataset.drawn = 'true';
}

document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('table[data-chart]').forEach(chartOf);
});
