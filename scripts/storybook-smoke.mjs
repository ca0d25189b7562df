// Opens every story and docs page of the static Storybook (storybook-static/, `npm run build-storybook`)
// in headless Chromium and checks that designers see something: each widget story shows its element
// (defined, rendered), each widget's docs page lists its events and CSS properties (from
// custom-elements.json), each guide has its title, and no page throws.
// `node scripts/storybook-smoke.mjs [report.json]` writes { numPassedTests, numFailedTests } for .ci/summary.mjs.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { browserPath, CHROMIUM_ARGS } from './browser-path.mjs';
import { serveStatic } from './static-server.mjs';

const root = join(import.meta.dirname, '..', 'storybook-static');
const report = process.argv[2];
// Generous: a cold CI machine with two cores takes seconds for the first docs page; a pass costs no wait.
const WAIT = 30_000;
const { entries } = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const list = Object.values(entries);
const server = await serveStatic(root);
const browser = await chromium.launch({ executablePath: browserPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, reducedMotion: 'reduce' });
let errors = [];
page.on('pageerror', (error) => errors.push(error.message));
/** Loads an entry's page. Some pages replace their URL while loading, which Playwright reports as an interrupted navigation. */
async function open(entry) {
  try {
    await page.goto(`${server.url}/iframe.html?id=${entry.id}&viewMode=${entry.type}`);
  } catch (error) {
    if (!/interrupted by another navigation/.test(error.message)) throw error;
  }
}

// One page for all entries: Storybook's preview switches story through its channel, as its manager does.
await open(list[0]);
await page.waitForFunction(() => window.__STORYBOOK_ADDONS_CHANNEL__, undefined, { timeout: 30_000 });

let passed = 0;
let failed = 0;
for (const entry of list) {
  errors = [];
  const widget = /^Widgets\/(.+)$/.exec(entry.title)?.[1];
  let problem = '';
  try {
    let outcome = '';
    try {
      // The first entry was opened by URL above and may have rendered already: switching to the
      // story that is showing emits no event, so only the page checks below apply to it.
      if (entry === list[0]) throw new Error('opened by URL');
      await page.waitForFunction(() => window.__STORYBOOK_ADDONS_CHANNEL__, undefined, { timeout: 10_000 });
      outcome = await page.evaluate(
        ({ storyId, viewMode, wait }) =>
          new Promise((resolve) => {
            const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
            const events = ['storyRendered', 'docsRendered', 'storyErrored', 'storyThrewException', 'storyMissing'];
            const timer = setTimeout(() => finish('timeout'), wait);
            const handlers = events.map((name) => [name, () => finish(name)]);
            function finish(name) {
              clearTimeout(timer);
              for (const [event, handler] of handlers) channel.off(event, handler);
              resolve(name);
            }
            for (const [event, handler] of handlers) channel.on(event, handler);
            channel.emit('setCurrentStory', { storyId, viewMode });
          }),
        { storyId: entry.id, viewMode: entry.type, wait: WAIT },
      );
      // No render event in time (a busy machine): load the entry on its own; the checks below decide.
      if (outcome === 'timeout') throw new Error(outcome);
    } catch {
      // The preview reloaded under us, or the entry is the one opened by URL: (re)open it on its own.
      errors = [];
      if (entry !== list[0]) await open(entry);
      outcome = entry.type === 'docs' ? 'docsRendered' : 'storyRendered';
    }
    if (outcome !== 'storyRendered' && outcome !== 'docsRendered') throw new Error(outcome);
    if (entry.type === 'story') {
      // A widget story shows that widget; any other story shows some custom element of ours.
      await page.waitForFunction(
        (tag) => [...document.querySelectorAll('#storybook-root *')].some((el) => (tag ? el.localName === tag : el.localName.includes('-')) && customElements.get(el.localName) && el.shadowRoot?.querySelector('[part~="frame"]')),
        widget,
        { timeout: WAIT },
      );
    } else {
      await page.waitForSelector('#storybook-docs h1, #storybook-docs .sbdocs-title', { timeout: WAIT });
      if (widget) {
        await page.waitForFunction(() => document.querySelector('#storybook-docs')?.textContent?.includes('trade-ready'), undefined, { timeout: WAIT });
        const text = await page.textContent('#storybook-docs');
        for (const expected of ['trade-ready', '--trade-font', 'heading-level']) if (!text.includes(expected)) problem ||= `docs lack "${expected}"`;
      }
    }
  } catch (error) {
    problem = error.message.split('\n')[0];
  }
  if (errors.length) problem ||= `page error: ${errors[0]}`;
  if (problem) {
    failed++;
    console.log(`✗ ${entry.id}: ${problem}`);
  } else {
    passed++;
    console.log(`✓ ${entry.id}`);
  }
}

// The controls reach the widget: an attribute control and a CSS custom property (theming) control,
// given as URL args the way Storybook's Controls panel sets them.
{
  const id = 'controls: an attribute and a --trade-* colour reach <trade-ranking>';
  let problem = '';
  try {
    errors = [];
    await page.goto(`${server.url}/iframe.html?id=widgets-trade-ranking--default&viewMode=story&args=--trade-bar:!hex(00aa00);heading-level:2`);
    await page.waitForFunction(() => document.querySelector('trade-ranking')?.chart, undefined, { timeout: WAIT });
    const seen = await page.evaluate(() => {
      const el = document.querySelector('trade-ranking');
      return { level: el.shadowRoot.querySelector('[part~="title"]').getAttribute('aria-level'), colors: el.chart.data.datasets[0].backgroundColor };
    });
    if (seen.level !== '2') problem = `heading level ${seen.level}`;
    else if (!seen.colors.includes('rgb(0, 170, 0)')) problem = `bar colours ${seen.colors.join(' ')}`;
    if (errors.length) problem ||= `page error: ${errors[0]}`;
  } catch (error) {
    problem = error.message.split('\n')[0];
  }
  if (problem) {
    failed++;
    console.log(`✗ ${id}: ${problem}`);
  } else {
    passed++;
    console.log(`✓ ${id}`);
  }
}

await browser.close();
await server.close();
console.log(`Storybook: ${passed} passed, ${failed} failed`);
if (report) writeFileSync(report, JSON.stringify({ numPassedTests: passed, numFailedTests: failed }));
process.exit(failed ? 1 : 0);
