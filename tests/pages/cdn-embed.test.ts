import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { serveStatic } from '../../scripts/static-server.mjs';
import { articlePage, CDN, cdnTags, drawn, htmlRoute, launch, ROOT, showsChart, waitReady, watchConsole } from './distribution-helpers.js';

/**
 * What a CMS editor pastes: `<link rel="stylesheet" href=".../trade-widgets.css">`,
 * `<script type="module" src=".../trade-widgets.js">` and the tags, in the places and combinations
 * real pages produce: in <head>, at the end of <body>, twice, and beside another build of itself.
 */
const tags = cdnTags();
const OTHER = join(ROOT, 'tests/.tmp/cdn-other-build');
const cdn = '/dist/cdn';
const other = `/${relative(ROOT, OTHER).replace(/\\/g, '/')}`;
const widgets = tags.map((tag) => `<p>Paragraph before the chart.</p><${tag}></${tag}>`).join('\n');
const snippet = (base: string) => `<link rel="stylesheet" href="${base}/trade-widgets.css"><script type="module" src="${base}/trade-widgets.js"></script>`;

const pages: Record<string, string> = {
  '/head.html': articlePage(snippet(cdn), widgets),
  '/body-end.html': articlePage('', `${widgets}\n${snippet(cdn)}`),
  '/twice.html': articlePage(snippet(cdn), `${widgets}\n${snippet(cdn)}\n<script type="module" src="${cdn}/${tags[0]}.js"></script>`),
  '/two-builds.html': articlePage(snippet(cdn), `${widgets}\n${snippet(other)}`),
  '/every-file.html': articlePage(
    `<link rel="stylesheet" href="${cdn}/trade-widgets.css">${tags.map((tag) => `<script type="module" src="${cdn}/${tag}.js"></script>`).join('')}<script type="module" src="${cdn}/trade-widgets.js"></script>`,
    widgets,
  ),
};

describe('the CDN build in a news page', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    // "A different build of itself": the same files under another path, as another version on a CDN.
    rmSync(OTHER, { recursive: true, force: true });
    cpSync(CDN, OTHER, { recursive: true });
    const routes = Object.fromEntries(Object.entries(pages).map(([path, html]) => [path, htmlRoute(html)]));
    server = await serveStatic(ROOT, { routes });
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string): Promise<{ page: Page; log: ReturnType<typeof watchConsole>; requests: string[] }> {
    const context = await browser.newContext({ viewport: { width: 900, height: 3600 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const log = watchConsole(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}${path}`);
    await waitReady(page, tags);
    return { page, log, requests };
  }

  async function expectCharts(page: Page): Promise<void> {
    const results = await drawn(page, tags.join(','));
    expect(results.map((r) => r.tag)).toEqual(tags);
    expect(results.filter((r) => !showsChart(r))).toEqual([]);
  }

  it('draws every widget when the script is in <head>', async () => {
    const { page, log } = await open('/head.html');
    await expectCharts(page);
    expect(log.errors).toEqual([]);
    await page.context().close();
  });

  it('draws every widget when the script is at the end of <body>', async () => {
    const { page, log } = await open('/body-end.html');
    await expectCharts(page);
    expect(log.errors).toEqual([]);
    await page.context().close();
  });

  it('is harmless twice on one page: one download, one definition, no note', async () => {
    const { page, log, requests } = await open('/twice.html');
    await expectCharts(page);
    expect(log.errors).toEqual([]);
    expect(requests.filter((path) => path === `${cdn}/trade-widgets.js`)).toHaveLength(1);
    expect(log.notes.filter((note) => note.includes('already defined'))).toEqual([]);
    await page.context().close();
  });

  it('meets another build of itself: the first definition wins, the second says so, nothing throws', async () => {
    const { page, log, requests } = await open('/two-builds.html');
    await expectCharts(page);
    // Both builds ran (the second one's files were fetched), and neither threw "already been used with this registry".
    expect(requests).toContain(`${other}/trade-widgets.js`);
    expect(log.errors).toEqual([]);
    for (const tag of tags) {
      expect(log.notes).toContain(`[trade-widgets] <${tag}> is already defined on this page; the first definition is kept.`);
    }
    // A string, so that Vitest leaves the page's dynamic import() alone.
    const winners = await page.evaluate(`(async () => {
      const result = [];
      for (const tag of ${JSON.stringify(tags)}) {
        // Each element file exports its class: the defined one must be the first build's.
        const a = await import('${cdn}/' + tag + '.js');
        const b = await import('${other}/' + tag + '.js');
        const defined = customElements.get(tag);
        result.push({ tag, fromFirst: Object.values(a).includes(defined), fromSecond: Object.values(b).includes(defined) });
      }
      return result;
    })()`);
    expect(winners).toEqual(tags.map((tag) => ({ tag, fromFirst: true, fromSecond: false })));
    await page.context().close();
  });

  it('shares chunks between the per-element files: Lit and Chart.js download once', async () => {
    const { page, log, requests } = await open('/every-file.html');
    await expectCharts(page);
    expect(log.errors).toEqual([]);
    const scripts = requests.filter((path) => path.startsWith(`${cdn}/`) && path.endsWith('.js'));
    // Each file is requested once, and the files loaded include every element's own.
    expect(scripts.length).toBe(new Set(scripts).size);
    for (const tag of tags) expect(scripts).toContain(`${cdn}/${tag}.js`);
    const chunkFiles = readdirSync(join(CDN, 'chunks')).map((name) => `${cdn}/chunks/${name}`);
    const withLit = chunkFiles.filter((path) => readFileSync(join(ROOT, path), 'utf8').includes('litHtmlVersions'));
    const withChartJs = chunkFiles.filter((path) => readFileSync(join(ROOT, path), 'utf8').includes('Canvas is already in use'));
    expect(withLit).toHaveLength(1);
    expect(withChartJs).toHaveLength(1);
    expect(scripts.filter((path) => path === withLit[0])).toHaveLength(1);
    expect(scripts.filter((path) => path === withChartJs[0])).toHaveLength(1);
    await page.context().close();
  });

  it('keeps the entry files thin and the build self-contained (relative imports only)', () => {
    for (const name of ['trade-widgets.js', ...tags.map((tag) => `${tag}.js`)]) {
      const code = readFileSync(join(CDN, name), 'utf8');
      expect(code.includes('litHtmlVersions') || code.includes('Canvas is already in use'), `${name} bundles Lit or Chart.js itself`).toBe(false);
    }
    const files = [...readdirSync(CDN).filter((n) => n.endsWith('.js')), ...readdirSync(join(CDN, 'chunks')).map((n) => `chunks/${n}`)];
    for (const name of files) {
      if (!statSync(join(CDN, name)).isFile()) continue;
      const code = readFileSync(join(CDN, name), 'utf8');
      const specifiers = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]([^"'`]+)["'`]/g)].map((m) => m[1]);
      expect(specifiers.filter((s) => !s.startsWith('./') && !s.startsWith('../')), name).toEqual([]);
    }
  });
});
