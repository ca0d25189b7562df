#!/usr/bin/env node
/**
 * `npm run bench`: bundle sizes against the floor (Chart.js parts + Lit), time to the first chart
 * against plain Chart.js, and a 50-widget article (TBT, CLS, charts created, heap), unthrottled and
 * with the CPU throttled 4×. Prints tables and writes bench/results.json. Method: BENCHMARKS.md.
 *
 * Environment: BENCH_RUNS (first-chart runs per variant, default 15), BENCH_PAGE_RUNS (50-widget
 * page runs, default 5), CHROME_PATH (browser), BENCH_MARKDOWN=1 (also print Markdown tables).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, totalmem } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { browserPath, CHROMIUM_ARGS } from '../scripts/browser-path.mjs';
import { serveStatic } from '../scripts/static-server.mjs';
import { followChunks } from '../scripts/chunks.mjs';
import { sizeOfFiles } from './lib/sizes.mjs';
import { bundleSource, cdnBuildSettings } from './lib/bundle.mjs';
import { baselineSource, floorSource, registeredParts } from './lib/floor.mjs';
import { articlePage, baselinePage, widgetPage } from './lib/pages.mjs';
import { modificationTimes, outputTimes, staleReason } from './lib/build-state.mjs';
import { cumulativeLayoutShift, formatTable, kB, longTaskCount, markdownTable, median, ms, ratio, totalBlockingTime } from './lib/stats.mjs';

const root = resolve(import.meta.dirname, '..');
const work = join(root, 'bench/.build');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 15));
const PAGE_RUNS = Math.max(1, Number(process.env.BENCH_PAGE_RUNS ?? 5));
const WIDGETS = 50;
const THROTTLE = 4;
const FIRST_CHART_TAG = 'trade-ranking';
const VIEWPORT = { width: 1280, height: 800 };
const KB = 1000;

/** The budgets (docs: BENCHMARKS.md). Byte budgets are gzip -9, 1 kB = 1000 B. */
const BUDGET = {
  allWidgetsGzip: 80 * KB,
  allWidgetsOverFloor: 1.15,
  ownCodeGzip: 12 * KB,
  elementGzip: 70 * KB,
  cssGzip: 1 * KB,
  firstChartOverBaseline: 1.2,
  cls: 0,
  tbt: 200,
};

/** Strings that exist once per copy of Lit and of Chart.js in a minified bundle. */
const MARKERS = { lit: 'litHtmlVersions', 'chart.js': 'Canvas is already in use' };

const log = (...args) => console.error('[bench]', ...args);
const rel = (path) => relative(root, path);

// ---- build -----------------------------------------------------------------------------------

function sourceTags() {
  const dir = join(root, 'src/elements');
  return existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() : [];
}

function cdnTags() {
  const dir = join(root, 'dist/cdn');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js') && f !== 'trade-widgets.js').map((f) => basename(f, '.js')).sort() : [];
}

function ensureBuilt() {
  const scripts = readdirSync(join(root, 'scripts')).filter((f) => f.endsWith('.ts')).map((f) => `scripts/${f}`);
  const inputs = modificationTimes(root, ['src', 'data', 'vite.config.ts', 'package.json', 'tsconfig.json', 'tsconfig.build.json', ...scripts]);
  const outputs = outputTimes(root, ['dist/cdn/trade-widgets.js', 'dist/cdn/trade-widgets.css', 'dist/index.js']);
  const built = new Set(cdnTags());
  const reason = staleReason({ inputs, outputs, missingTags: sourceTags().filter((tag) => !built.has(tag)) });
  if (!reason) {
    log('dist/ is up to date');
    return false;
  }
  log(`building (${reason}): npm run build`);
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`);
  return true;
}

// ---- sizes -----------------------------------------------------------------------------------

const readText = (path) => readFileSync(path, 'utf8');

function graph(entry) {
  return followChunks(join(root, entry), readText);
}

/** Aliases for `trade-widgets/<sub>` as an installed copy of this package resolves them (package.json exports). */
function packageAliases() {
  const pkg = JSON.parse(readText(join(root, 'package.json')));
  const aliases = [];
  for (const [key, target] of Object.entries(pkg.exports ?? {})) {
    const file = typeof target === 'string' ? target : target?.default ?? target?.import;
    if (!file || key.includes('*')) continue;
    const specifier = key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`;
    aliases.push({ find: new RegExp(`^${specifier.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`), replacement: join(root, file) });
  }
  return { name: pkg.name, aliases, exports: pkg.exports ?? {} };
}

async function measureSizes(tags, settings) {
  const all = graph('dist/cdn/trade-widgets.js');
  const elements = Object.fromEntries(tags.map((tag) => [tag, graph(`dist/cdn/${tag}.js`)]));
  const css = join(root, 'dist/cdn/trade-widgets.css');

  const parts = registeredParts(readText(join(root, 'src/core/chart-registry.ts')));
  log(`floor: Chart.js parts registered in src/core/chart-registry.ts: ${parts.join(', ')} + Lit`);
  const floor = await bundleSource(join(work, 'floor'), 'floor', floorSource(parts), settings);
  const floorDefault = await bundleSource(join(work, 'floor-default'), 'floor', floorSource(parts));
  const baseline = await bundleSource(join(work, 'baseline'), 'baseline', baselineSource(parts), settings);

  const pkg = packageAliases();
  const npmApp = {};
  for (const tag of tags) {
    const key = `./${tag}.js`;
    const specifier = pkg.exports[key] ? `${pkg.name}/${tag}.js` : join(root, `dist/elements/${tag}/${tag}.js`);
    if (!existsSync(join(root, `dist/elements/${tag}/${tag}.js`))) continue;
    log(`npm build as an app bundles it: import '${specifier}'`);
    npmApp[tag] = await bundleSource(join(work, `npm-app/${tag}`), tag, `import '${specifier}';\n`, { app: true, alias: pkg.aliases });
  }

  const files = { all, elements, css: [css], floor, floorDefault, baseline, npmApp };
  const size = (list) => ({ ...sizeOfFiles(list), paths: list.map(rel) });
  return {
    files,
    parts,
    all: size(all),
    elements: Object.fromEntries(Object.entries(elements).map(([tag, list]) => [tag, size(list)])),
    css: size([css]),
    floor: size(floor),
    floorDefault: size(floorDefault),
    baseline: size(baseline),
    npmApp: Object.fromEntries(Object.entries(npmApp).map(([tag, list]) => [tag, size(list)])),
  };
}

/**
 * Which files of dist/cdn hold a copy of Lit and of Chart.js: one each means every element entry that
 * needs them reaches the same file, so two elements on a page download them once. The pair check
 * takes two entries that both use Chart.js and compares what they download together with the sum.
 */
function sharedChunks(sizes, tags) {
  const cdnFiles = readdirSync(join(root, 'dist/cdn'), { recursive: true }).map(String).filter((f) => f.endsWith('.js')).map((f) => join(root, 'dist/cdn', f));
  const copies = Object.fromEntries(Object.entries(MARKERS).map(([name, marker]) => [name, cdnFiles.filter((file) => readText(file).includes(marker)).map(rel)]));
  const once = Object.values(copies).every((list) => list.length === 1);
  const uses = (tag, name) => sizes.files.elements[tag].map(rel).some((file) => copies[name].includes(file));
  const users = Object.fromEntries(Object.keys(MARKERS).map((name) => [name, tags.filter((tag) => uses(tag, name))]));
  const chartTags = users['chart.js'];
  let pair;
  if (chartTags.length >= 2) {
    const [a, b] = chartTags;
    const union = [...new Set([...sizes.files.elements[a], ...sizes.files.elements[b]])];
    pair = { tags: [a, b], unionGzip: sizeOfFiles(union).gzip, sumGzip: sizes.elements[a].gzip + sizes.elements[b].gzip, files: union.map(rel) };
  }
  return { copies, users, once, pass: once, pair };
}

// ---- browser ---------------------------------------------------------------------------------

/** Rejects when `promise` takes longer than `ms`: a stuck browser call fails the bench instead of hanging it. */
function within(ms, label, promise) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label}: no answer from the browser in ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function openPage(browser, url, throttle) {
  const context = await within(30_000, 'new context', browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, reducedMotion: 'reduce' }));
  const page = await within(30_000, 'new page', context.newPage());
  const cdp = await within(30_000, 'CDP session', context.newCDPSession(page));
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url, { waitUntil: 'commit' });
  return { context, page, cdp, errors };
}

async function firstChart(browser, url, throttle) {
  const { context, page, errors } = await openPage(browser, url, throttle);
  try {
    const handle = await page.waitForFunction(() => window.__firstChart, null, { timeout: 60_000, polling: 50 });
    return await handle.jsonValue();
  } catch (error) {
    throw new Error(`${url}: no first chart (${errors.join('; ') || error.message})`);
  } finally {
    await within(30_000, 'close context', context.close());
  }
}

/** Labels, values, colours and canvas size of the widget's chart, for the baseline page. */
async function calibrate(browser, url, tag) {
  const { context, page } = await openPage(browser, url, 1);
  try {
    await page.waitForFunction(() => window.__firstChart, null, { timeout: 60_000 });
    return await page.evaluate((name) => {
      const chart = document.querySelector(name).chart;
      const dataset = chart.data.datasets[0];
      return { labels: chart.data.labels, values: dataset.data, colors: dataset.backgroundColor, width: chart.width, height: chart.height };
    }, tag);
  } finally {
    await within(30_000, 'close context', context.close());
  }
}

async function article(browser, url, tags, throttle) {
  const { context, page, cdp, errors } = await openPage(browser, url, throttle);
  try {
    await page.waitForLoadState('load', { timeout: 120_000 });
    await page.evaluate((names) => Promise.all(names.map((name) => customElements.whenDefined(name))), tags);
    // Settled: no long task and no trade-ready for `quiet` ms.
    const quiet = throttle > 1 ? 2000 : 1000;
    const deadline = Date.now() + (throttle > 1 ? 60_000 : 20_000);
    for (;;) {
      const idle = await page.evaluate(() => performance.now() - Math.max(window.__bench.lastActivity, 0));
      if (idle > quiet || Date.now() > deadline) break;
      await page.waitForTimeout(200);
    }
    const seen = await page.evaluate((names) => {
      const widgets = [...document.querySelectorAll(names.join(','))];
      const near = widgets.filter((el) => el.getBoundingClientRect().top < innerHeight + 300).length;
      return {
        widgets: widgets.length,
        upgraded: widgets.filter((el) => el.shadowRoot).length,
        charts: widgets.filter((el) => el.chart).length,
        nearViewport: near,
        ready: window.__bench.ready,
        longTasks: window.__bench.longTasks,
        shifts: window.__bench.shifts,
      };
    }, tags);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? NaN;
    const durations = seen.longTasks.map((task) => task.duration);
    return {
      tbt: totalBlockingTime(durations),
      longTasks: longTaskCount(durations),
      longestTask: Math.max(0, ...durations),
      cls: cumulativeLayoutShift(seen.shifts),
      widgets: seen.widgets,
      upgraded: seen.upgraded,
      charts: seen.charts,
      nearViewport: seen.nearViewport,
      heapBytes: heap,
      errors,
    };
  } finally {
    await within(30_000, 'close context', context.close());
  }
}

function summarizeArticle(runs) {
  const pick = (key) => median(runs.map((run) => run[key]));
  return {
    tbt: pick('tbt'),
    longTasks: pick('longTasks'),
    longestTask: pick('longestTask'),
    cls: Math.max(...runs.map((run) => run.cls)),
    widgets: runs[0].widgets,
    upgraded: pick('upgraded'),
    charts: pick('charts'),
    nearViewport: pick('nearViewport'),
    heapBytes: pick('heapBytes'),
    errors: [...new Set(runs.flatMap((run) => run.errors))],
    runs,
  };
}

// ---- main ------------------------------------------------------------------------------------

function machine(browserVersion) {
  let os = `Linux ${release()}`;
  try {
    os = /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? os;
  } catch {}
  return {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(totalmem() / 1e9),
    os,
    node: process.version,
    chromium: browserVersion,
    // Other work on the machine skews the timings (not the sizes): 1-minute load average at the start.
    loadAverage: Number(loadavg()[0].toFixed(2)),
  };
}

async function main() {
  const started = Date.now();
  const rebuilt = ensureBuilt();
  // Elements = CDN entries that have a source folder (dist/cdn may hold other top-level scripts).
  const sources = sourceTags();
  const tags = cdnTags().filter((tag) => sources.includes(tag));
  const missing = sources.filter((tag) => !tags.includes(tag));
  if (missing.length) log(`warning: no CDN entry for ${missing.join(', ')}`);
  if (!tags.length) throw new Error('no element entries in dist/cdn');
  log(`elements in dist/cdn: ${tags.join(', ')}`);

  const settings = await cdnBuildSettings(root);
  const sizes = await measureSizes(tags, settings);
  const shared = sharedChunks(sizes, tags);

  // Pages.
  const pages = join(work, 'pages');
  mkdirSync(pages, { recursive: true });
  const css = '/dist/cdn/trade-widgets.css';
  const tag = tags.includes(FIRST_CHART_TAG) ? FIRST_CHART_TAG : tags[0];
  writeFileSync(join(pages, 'widget.html'), widgetPage({ tag, script: `/dist/cdn/${tag}.js`, css }));
  writeFileSync(join(pages, 'widget-all.html'), widgetPage({ tag, script: '/dist/cdn/trade-widgets.js', css }));
  writeFileSync(join(pages, 'article.html'), articlePage({ tags, count: WIDGETS, script: '/dist/cdn/trade-widgets.js', css }));

  const server = await serveStatic(root);
  const browser = await chromium.launch({ executablePath: browserPath(), args: CHROMIUM_ARGS, headless: true });
  const results = { date: new Date().toISOString(), machine: machine(browser.version()), runs: { firstChart: RUNS, article: PAGE_RUNS }, rebuilt, tags };
  try {
    const page = (name) => `${server.url}/bench/.build/pages/${name}`;
    const spec = await calibrate(browser, page('widget.html'), tag);
    writeFileSync(join(pages, 'baseline.html'), baselinePage({ script: `/${rel(sizes.files.baseline[0])}`, spec }));
    log(`first chart: <${tag} eager> ${spec.width}×${spec.height} px, ${spec.labels.length} bars; ${RUNS} runs per variant, interleaved`);

    const variants = { ours: page('widget.html'), oursAll: page('widget-all.html'), baseline: page('baseline.html') };
    const timings = {};
    for (const [label, throttle] of [['unthrottled', 1], ['throttled4x', THROTTLE]]) {
      const samples = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
      const names = Object.keys(variants);
      for (const name of names) await firstChart(browser, variants[name], throttle); // warm-up, discarded
      for (let run = 0; run < RUNS; run++) {
        // Rotate the order each run so no variant always goes first.
        for (let k = 0; k < names.length; k++) {
          const name = names[(run + k) % names.length];
          samples[name].push(await firstChart(browser, variants[name], throttle));
        }
      }
      const medians = Object.fromEntries(names.map((name) => [name, median(samples[name])]));
      timings[label] = { medians, ratio: ratio(medians.ours, medians.baseline), ratioAll: ratio(medians.oursAll, medians.baseline), samples };
      log(`first chart ${label}: ours ${ms(medians.ours)} ms, all-widgets ${ms(medians.oursAll)} ms, baseline ${ms(medians.baseline)} ms`);
    }

    const articles = {};
    for (const [label, throttle] of [['unthrottled', 1], ['throttled4x', THROTTLE]]) {
      await article(browser, page('article.html'), tags, throttle); // warm-up, discarded
      const runs = [];
      for (let run = 0; run < PAGE_RUNS; run++) runs.push(await article(browser, page('article.html'), tags, throttle));
      articles[label] = summarizeArticle(runs);
      log(`${WIDGETS}-widget page ${label}: TBT ${ms(articles[label].tbt)} ms, CLS ${articles[label].cls}`);
    }
    Object.assign(results, { firstChart: { tag, spec: { width: spec.width, height: spec.height, bars: spec.labels.length }, ...timings }, article: articles });
  } finally {
    await browser.close();
    await server.close();
  }

  // Ratios and budgets.
  const own = sizes.all.gzip - sizes.floor.gzip;
  const worstElement = Object.entries(sizes.elements).sort((a, b) => b[1].gzip - a[1].gzip)[0];
  const budgets = [
    { name: 'all-widgets CDN gzip', value: `${kB(sizes.all.gzip)} kB`, limit: `≤ ${kB(BUDGET.allWidgetsGzip)} kB`, pass: sizes.all.gzip <= BUDGET.allWidgetsGzip },
    { name: 'all-widgets CDN / floor', value: ratio(sizes.all.gzip, sizes.floor.gzip).toFixed(3), limit: `≤ ${BUDGET.allWidgetsOverFloor}`, pass: ratio(sizes.all.gzip, sizes.floor.gzip) <= BUDGET.allWidgetsOverFloor },
    { name: 'our own code (all-widgets − floor) gzip', value: `${kB(own)} kB`, limit: `≤ ${kB(BUDGET.ownCodeGzip)} kB`, pass: own <= BUDGET.ownCodeGzip },
    { name: `largest element entry + chunks gzip (${worstElement?.[0]})`, value: `${kB(worstElement?.[1].gzip)} kB`, limit: `≤ ${kB(BUDGET.elementGzip)} kB`, pass: Object.values(sizes.elements).every((s) => s.gzip <= BUDGET.elementGzip) },
    { name: 'Lit and Chart.js each in one shared chunk', value: Object.entries(shared.copies).map(([k, v]) => `${k}: ${v.length} file${v.length === 1 ? '' : 's'}`).join(', '), limit: '1 file each', pass: shared.pass },
    { name: 'pre-upgrade CSS gzip', value: `${sizes.css.gzip} B`, limit: `≤ ${BUDGET.cssGzip} B`, pass: sizes.css.gzip <= BUDGET.cssGzip },
    { name: 'first chart / baseline (unthrottled)', value: results.firstChart.unthrottled.ratio.toFixed(2), limit: `≤ ${BUDGET.firstChartOverBaseline}`, pass: results.firstChart.unthrottled.ratio <= BUDGET.firstChartOverBaseline },
    { name: 'first chart / baseline (CPU 4×)', value: results.firstChart.throttled4x.ratio.toFixed(2), limit: `≤ ${BUDGET.firstChartOverBaseline}`, pass: results.firstChart.throttled4x.ratio <= BUDGET.firstChartOverBaseline },
    { name: `CLS, ${WIDGETS}-widget page (worst run, both)`, value: String(Math.max(results.article.unthrottled.cls, results.article.throttled4x.cls)), limit: '0', pass: results.article.unthrottled.cls === 0 && results.article.throttled4x.cls === 0 },
    { name: `TBT, ${WIDGETS}-widget page (unthrottled)`, value: `${ms(results.article.unthrottled.tbt)} ms`, limit: `≤ ${BUDGET.tbt} ms`, pass: results.article.unthrottled.tbt <= BUDGET.tbt },
  ];
  Object.assign(results, {
    settings: { cdn: settings },
    sizes: { ...sizes, files: undefined },
    ratios: {
      allOverFloor: ratio(sizes.all.gzip, sizes.floor.gzip),
      allOverFloorDefault: ratio(sizes.all.gzip, sizes.floorDefault.gzip),
      ownCodeGzip: own,
      ownCodeGzipVsDefaultFloor: sizes.all.gzip - sizes.floorDefault.gzip,
      elementOverFloor: Object.fromEntries(Object.entries(sizes.elements).map(([name, s]) => [name, ratio(s.gzip, sizes.floor.gzip)])),
    },
    shared,
    budgets,
    seconds: Math.round((Date.now() - started) / 1000),
    loadAverageEnd: Number(loadavg()[0].toFixed(2)),
  });
  writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  print(results);
  log(`wrote bench/results.json in ${results.seconds} s`);
}

function tables(r) {
  const s = r.sizes;
  const row = (what, size, note = '') => [what, size.files, kB(size.raw), kB(size.gzip), kB(size.brotli), note];
  const sizeRows = [
    ['bundle (kB, 1 kB = 1000 B)', 'files', 'raw', 'gzip -9', 'brotli', 'note'],
    row('CDN all widgets: trade-widgets.js + chunks', s.all, `${r.ratios.allOverFloor.toFixed(2)}× floor`),
    ...Object.entries(s.elements).map(([tag, size]) => row(`CDN ${tag}.js + chunks`, size, `${r.ratios.elementOverFloor[tag].toFixed(2)}× floor`)),
    [`pre-upgrade CSS (trade-widgets.css)`, 1, `${s.css.raw} B`, `${s.css.gzip} B`, `${s.css.brotli} B`, ''],
    ...Object.entries(s.npmApp).map(([tag, size]) => row(`npm build in an app: import 'trade-widgets/${tag}.js'`, size, 'vite app build, minified')),
    row('floor: Chart.js parts + Lit, CDN build settings', s.floor, s.parts ? s.parts.join(' ') : ''),
    row('floor, default Vite settings', s.floorDefault, 'reference'),
    row('baseline page bundle (plain Chart.js)', s.baseline, ''),
    ['our own code = all widgets − floor (gzip)', '', '', kB(r.ratios.ownCodeGzip), '', `${kB(r.ratios.ownCodeGzipVsDefaultFloor)} vs default floor`],
  ];
  if (r.shared.pair) sizeRows.push([`two entries (${r.shared.pair.tags.join(' + ')}) downloaded together`, r.shared.pair.files.length, '', kB(r.shared.pair.unionGzip), '', `vs ${kB(r.shared.pair.sumGzip)} if nothing shared`]);
  const f = r.firstChart;
  const a = r.article;
  const timeRows = [
    ['timing (median)', 'unthrottled', `CPU ${THROTTLE}×`],
    [`first chart: <${f.tag}> per-element entry (ms)`, ms(f.unthrottled.medians.ours), ms(f.throttled4x.medians.ours)],
    [`first chart: <${f.tag}> via trade-widgets.js (ms)`, ms(f.unthrottled.medians.oursAll), ms(f.throttled4x.medians.oursAll)],
    ['first chart: plain Chart.js baseline (ms)', ms(f.unthrottled.medians.baseline), ms(f.throttled4x.medians.baseline)],
    ['ratio ours / baseline (all-widgets / baseline)', `${f.unthrottled.ratio.toFixed(2)} (${f.unthrottled.ratioAll.toFixed(2)})`, `${f.throttled4x.ratio.toFixed(2)} (${f.throttled4x.ratioAll.toFixed(2)})`],
    [`${WIDGETS} widgets: total blocking time (ms)`, ms(a.unthrottled.tbt), ms(a.throttled4x.tbt)],
    [`${WIDGETS} widgets: long tasks (longest, ms)`, `${a.unthrottled.longTasks} (${ms(a.unthrottled.longestTask)})`, `${a.throttled4x.longTasks} (${ms(a.throttled4x.longestTask)})`],
    [`${WIDGETS} widgets: CLS (worst run)`, a.unthrottled.cls, a.throttled4x.cls],
    [`${WIDGETS} widgets: charts created at load / widgets (near viewport)`, `${a.unthrottled.charts} / ${a.unthrottled.widgets} (${a.unthrottled.nearViewport})`, `${a.throttled4x.charts} / ${a.throttled4x.widgets} (${a.throttled4x.nearViewport})`],
    [`${WIDGETS} widgets: JS heap after GC (MB)`, (a.unthrottled.heapBytes / 1e6).toFixed(1), (a.throttled4x.heapBytes / 1e6).toFixed(1)],
  ];
  const budgetRows = [['budget', 'value', 'limit', 'status'], ...r.budgets.map((b) => [b.name, b.value, b.limit, b.pass ? 'pass' : 'FAIL'])];
  return { sizeRows, timeRows, budgetRows };
}

function print(r) {
  const { sizeRows, timeRows, budgetRows } = tables(r);
  const m = r.machine;
  const out = [
    `trade-widgets bench, ${r.date}: ${m.nproc} × ${m.cpu}, ${m.os}, Node ${m.node}, Chromium ${m.chromium}, load average ${m.loadAverage} at start, ${r.loadAverageEnd} at end`,
    `elements: ${r.tags.join(', ')}; first chart ${r.runs.firstChart} runs per variant, ${WIDGETS}-widget page ${r.runs.article} runs`,
    '',
    formatTable(sizeRows),
    '',
    formatTable(timeRows),
    '',
    formatTable(budgetRows),
  ];
  const errors = [...r.article.unthrottled.errors, ...r.article.throttled4x.errors];
  if (errors.length) out.push('', `page errors: ${errors.join(' | ')}`);
  console.log(out.join('\n'));
  if (process.env.BENCH_MARKDOWN) console.log(['', markdownTable(sizeRows), '', markdownTable(timeRows), '', markdownTable(budgetRows)].join('\n'));
}

// The whole run takes 2–4 minutes on 2 cores; past 15 something is stuck.
setTimeout(() => {
  console.error('[bench] gave up after 15 minutes');
  process.exit(1);
}, 15 * 60_000).unref();

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
