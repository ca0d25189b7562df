/** Sources of the reference bundles: the floor (Chart.js parts + Lit) and the hand-written baseline page. */

/** The identifiers passed to `Chart.register(…)` in a module's source (src/core/chart-registry.ts). */
export function registeredParts(source) {
  const parts = [];
  for (const call of source.matchAll(/\bChart\.register\(([^)]*)\)/g)) {
    for (const name of call[1].split(',').map((part) => part.trim().replace(/^\.\.\./, ''))) {
      if (/^[A-Za-z_$][\w$]*$/.test(name) && !parts.includes(name)) parts.push(name);
    }
  }
  return parts;
}

/** The floor: exactly those Chart.js parts registered, plus a LitElement with one property; nothing of ours. */
export function floorSource(parts) {
  const names = ['Chart', ...parts.filter((part) => part !== 'Chart')];
  return `import { ${names.join(', ')} } from 'chart.js';
import { LitElement, html } from 'lit';
Chart.register(${parts.join(', ')});
class FloorChart extends LitElement {
  static properties = { label: {} };
  render() { return html\`<canvas></canvas>\`; }
  firstUpdated() {
    this.chart = new Chart(this.renderRoot.querySelector('canvas'), { type: 'bar', data: { labels: [this.label], datasets: [{ data: [1] }] } });
  }
}
customElements.define('floor-chart', FloorChart);
`;
}

/**
 * The baseline: plain Chart.js with the same parts, no Lit. Reads labels, values, colours and size
 * from <script type="application/json" id="spec"> and marks `chart-painted` in the first frame after
 * Chart.js rendered (afterRender + requestAnimationFrame), as the widget page does after trade-ready.
 */
export function baselineSource(parts) {
  const names = ['Chart', ...parts.filter((part) => part !== 'Chart')];
  return `import { ${names.join(', ')} } from 'chart.js';
Chart.register(${parts.join(', ')});
const spec = JSON.parse(document.getElementById('spec').textContent);
const canvas = document.getElementById('chart');
let painted = false;
new Chart(canvas, {
  type: 'bar',
  data: { labels: spec.labels, datasets: [{ data: spec.values, backgroundColor: spec.colors, borderRadius: 2, barPercentage: 0.8, categoryPercentage: 0.9 }] },
  options: { indexAxis: 'y', responsive: false, maintainAspectRatio: false, animation: false },
  plugins: [{
    id: 'bench-painted',
    afterRender() {
      if (painted) return;
      painted = true;
      requestAnimationFrame(() => window.__benchPainted());
    },
  }],
});
`;
}
