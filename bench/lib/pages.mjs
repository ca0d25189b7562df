/** The benchmark's HTML pages, as strings (pure). Paths are server-absolute (`/dist/cdn/…`). */

const STYLE = 'body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1f2933}main{width:720px;max-width:100%;margin:0 auto;padding:0 16px;box-sizing:border-box}';

/** Marks `script-start` as the head is parsed; `__benchPainted()` marks the end and stores the duration. */
const TIMING = `performance.mark('script-start');
window.__benchPainted = () => {
  performance.mark('chart-painted');
  window.__firstChart = performance.measure('first-chart', 'script-start', 'chart-painted').duration;
};`;

const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * One widget drawn eagerly from a CDN entry; the end is the first frame after its `trade-ready`.
 * The start mark is the first thing in <head> on both pages, before the stylesheet (an inline script
 * after a stylesheet waits for it, while the module download has already begun).
 */
export function widgetPage({ tag, script, css }) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<script>${TIMING}
document.addEventListener('trade-ready', () => requestAnimationFrame(window.__benchPainted), { once: true });</script>
<title>bench: ${escape(tag)}</title>
<link rel="stylesheet" href="${escape(css)}">
<style>${STYLE}</style>
<script type="module" src="${escape(script)}"></script>
</head><body><main><${tag} eager></${tag}></main></body></html>
`;
}

/** The same chart with plain Chart.js (see floor.mjs, baselineSource): a fixed-size canvas, same data. */
export function baselinePage({ script, spec }) {
  const json = JSON.stringify(spec).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<script>${TIMING}</script>
<title>bench: baseline</title>
<style>${STYLE}#box{width:${spec.width}px;height:${spec.height}px}</style>
<script type="application/json" id="spec">${json}</script>
<script type="module" src="${escape(script)}"></script>
</head><body><main><div id="box"><canvas id="chart" width="${spec.width}" height="${spec.height}"></canvas></div></main></body></html>
`;
}

const PARAGRAPHS = [
  'Foreign trade of the inland provinces grew faster than the national total last year, led by electric vehicles, batteries and solar products shipped through new rail and river routes.',
  'Economists caution that a single year of rapid growth says little about the trend: part of the increase reflects factories that moved inland from the coast, and prices of some exports fell.',
  'Provincial statistics bureaus publish their totals in yuan, in hundreds of millions (亿), and revise them in the following months; the figures here are the first published values.',
];

/**
 * A long article with `count` widgets, tags taken in turn, two paragraphs between widgets. Long tasks
 * and layout shifts are observed from the head (buffered), before any script of ours runs.
 */
export function articlePage({ tags, count, script, css }) {
  const blocks = [];
  for (let i = 0; i < count; i++) {
    blocks.push(`<h2>Section ${i + 1}</h2>`, `<p>${PARAGRAPHS[i % 3]}</p>`, `<p>${PARAGRAPHS[(i + 1) % 3]}</p>`);
    const tag = tags[i % tags.length];
    blocks.push(`<${tag}></${tag}>`);
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>bench: ${count} widgets</title>
<link rel="stylesheet" href="${escape(css)}">
<style>${STYLE}</style>
<script>
window.__bench = { longTasks: [], shifts: [], ready: 0, lastActivity: 0 };
const note = () => { window.__bench.lastActivity = performance.now(); };
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__bench.longTasks.push({ start: e.startTime, duration: e.duration }); note(); }).observe({ type: 'longtask', buffered: true });
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__bench.shifts.push({ start: e.startTime, value: e.value, hadRecentInput: e.hadRecentInput }); }).observe({ type: 'layout-shift', buffered: true });
document.addEventListener('trade-ready', () => { window.__bench.ready++; note(); });
</script>
<script type="module" src="${escape(script)}"></script>
</head><body><main><h1>Inland provinces and the trillion-yuan club</h1>
${blocks.join('\n')}
</main></body></html>
`;
}
