import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { extname, join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CDN, launch, ROOT, waitReady, watchConsole } from './distribution-helpers.js';
import { FIGURE_IDS } from '../../src/elements/trade-figure/figure-data.js';

/**
 * demo/generator.html as an editor uses it: pick a widget, set options, copy a snippet; then the
 * snippet pasted into an article (script snippet from jsDelivr, iframe snippet from the newsroom's
 * own copy of dist/cdn) must show that widget with those options.
 */
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const JSDELIVR = `https://cdn.jsdelivr.net/npm/trade-widgets@${version}/dist/cdn/`;
/** The newsroom's own copy of dist/cdn, for the iframe page (npm CDNs serve HTML as text/plain). */
const EMBED_BASE = `https://widgets.news.example/trade-widgets@${version}/`;

interface ManifestAttribute { name: string }
const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8')) as {
  modules: { declarations?: { customElement?: boolean; tagName?: string; attributes?: ManifestAttribute[] }[] }[];
};
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
const manifestTags = elements.map((d) => d.tagName!).sort();
/** The bundled facts `<trade-figure figure>` names, from the source (the manifest must spell them out). */
const figureIds = FIGURE_IDS as readonly string[];
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html' };

function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createNetServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** Serves `base`'s URLs from dist/cdn. */
async function serveCdnAt(context: BrowserContext, base: string): Promise<void> {
  await context.route(`${base}**`, async (route) => {
    const path = new URL(route.request().url()).pathname.slice(new URL(base).pathname.length);
    const file = join(CDN, path);
    if (!file.startsWith(CDN)) return route.fulfill({ status: 403 });
    try {
      await route.fulfill({ body: readFileSync(file), headers: { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' } });
    } catch {
      await route.fulfill({ status: 404 });
    }
  });
}

/** jsDelivr and the newsroom's widget host, served from dist/cdn, and an article page at https://news.example/. */
async function newsroom(context: BrowserContext, article: string): Promise<void> {
  await serveCdnAt(context, JSDELIVR);
  await serveCdnAt(context, EMBED_BASE);
  await context.route('https://news.example/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><script>window.__ready = []; document.addEventListener('trade-ready', (e) => __ready.push(e.target.localName), true);</script></head><body style="margin:0"><main style="width:680px">${article}</main></body></html>` }),
  );
}

describe('the embed-code generator (demo/generator.html)', () => {
  let vite: ViteDevServer;
  let viteUrl: string;
  let browser: Browser;
  let page: Page;
  let log: ReturnType<typeof watchConsole>;
  const tag = manifestTags.includes('trade-ranking') ? 'trade-ranking' : manifestTags[0];
  const rows = [{ region: 'anhui', value: 1013.6 }, { region: 'henan', value: 935.67 }];
  const heading = 'Anhui "joins" <the club>';

  beforeAll(async () => {
    const port = await freePort();
    vite = await createServer({
      configFile: join(ROOT, 'vite.config.ts'),
      root: ROOT,
      logLevel: 'warn',
      cacheDir: join(ROOT, 'tests/.tmp/vite-generator'),
      optimizeDeps: { entries: ['demo/generator.html'] },
      server: { host: '127.0.0.1', port, strictPort: true, hmr: false, watch: null },
    });
    await vite.listen();
    viteUrl = `http://127.0.0.1:${port}`;
    browser = await launch();
    const context = await browser.newContext({ viewport: { width: 1100, height: 2400 }, reducedMotion: 'reduce' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: viteUrl });
    page = await context.newPage();
    log = watchConsole(page);
    page.on('response', (response) => {
      if (response.status() >= 400) log.errors.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${viteUrl}/demo/generator.html?embed-base=${encodeURIComponent(EMBED_BASE)}`);
    await page.waitForSelector('#twg-script');
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await vite?.close();
  });

  it('offers every element of custom-elements.json, each with its attributes as options', async () => {
    expect(await page.$$eval('#twg-widget option', (options) => options.map((o) => (o as HTMLOptionElement).value))).toEqual(manifestTags);
    for (const element of elements) {
      await page.selectOption('#twg-widget', element.tagName!);
      const names = await page.$$eval('[data-attribute]', (inputs) => inputs.map((i) => (i as HTMLElement).dataset.attribute));
      expect(names).toEqual((element.attributes ?? []).map((a) => a.name));
    }
  });

  it('is usable with a screen reader and a keyboard: no axe violations (WCAG 2.2 A/AA)', async () => {
    await page.addScriptTag({ content: readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
  });

  it('fits a phone: no sideways scrolling at 375 px, whatever widget is picked', async () => {
    const phone = await browser.newPage({ viewport: { width: 375, height: 800 } });
    try {
      await phone.goto(`${viteUrl}/demo/generator.html`);
      await phone.waitForSelector('#twg-script');
      for (const element of elements) {
        await phone.selectOption('#twg-widget', element.tagName!);
        expect(await phone.evaluate(() => document.documentElement.scrollWidth), element.tagName).toBeLessThanOrEqual(375);
      }
    } finally {
      await phone.close();
    }
  });

  it('offers an attribute with a fixed set of values as a list: the view, the bundled fact', async () => {
    await page.selectOption('#twg-widget', 'province-growth');
    const choices = (attribute: string) => page.$$eval(`select[data-attribute="${attribute}"] option`, (options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(await choices('view')).toEqual(['rates', 'climb']);
    expect(await page.inputValue('[data-attribute="view"]')).toBe('rates');
    await page.selectOption('[data-attribute="view"]', 'climb');
    expect(await page.inputValue('#twg-script')).toContain('<province-growth view="climb"></province-growth>');
    await expect.poll(() => page.$eval('.twg-preview province-growth', (el) => (el as HTMLElement & { chart?: { data: { labels: unknown[] } } }).chart?.data.labels.length)).toBe(6);

    // An optional choice starts unset, so the snippet leaves the widget's own default in place.
    await page.selectOption('#twg-widget', 'trade-figure');
    expect(await choices('figure')).toEqual(['', ...figureIds]);
    expect(await page.inputValue('[data-attribute="figure"]')).toBe('');
    expect(await page.inputValue('#twg-script')).toContain('<trade-figure></trade-figure>');
    await page.selectOption('[data-attribute="figure"]', 'henan-trade');
    expect(await page.inputValue('#twg-script')).toContain('<trade-figure figure="henan-trade"></trade-figure>');
  });

  it('writes the script snippet for the chosen options, copies it, and previews the widget live', async () => {
    await page.selectOption('#twg-widget', tag);
    await page.fill('[data-attribute="lang"]', 'zh-CN');
    await page.selectOption('[data-attribute="theme"]', 'dark');
    await page.fill('[data-attribute="heading"]', heading);
    await page.fill('[data-attribute="data"]', JSON.stringify(rows));
    await page.check('[data-attribute="no-csv"]');
    const snippet = await page.inputValue('#twg-script');
    const order = elements.find((e) => e.tagName === tag)!.attributes!.map((a) => a.name);
    const chosen: [string, string][] = [
      ['lang', ' lang="zh-CN"'],
      ['theme', ' theme="dark"'],
      ['heading', ' heading="Anhui &quot;joins&quot; &lt;the club&gt;"'],
      ['data', ` data="${JSON.stringify(rows).replace(/"/g, '&quot;')}"`],
      ['no-csv', ' no-csv'],
    ];
    chosen.sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
    expect(snippet).toBe(
      [
        `<link rel="stylesheet" href="${JSDELIVR}trade-widgets.css">`,
        `<script type="module" src="${JSDELIVR}${tag}.js"></script>`,
        `<${tag}${chosen.map(([, text]) => text).join('')}></${tag}>`,
      ].join('\n'),
    );

    await page.click('button[data-copies="twg-script"]');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

    const preview = await page.$eval(`.twg-preview ${tag}`, (el) => Object.fromEntries(el.getAttributeNames().map((n) => [n, el.getAttribute(n)])));
    expect(preview).toEqual({ lang: 'zh-CN', theme: 'dark', heading, data: JSON.stringify(rows), 'no-csv': '' });
    await expect.poll(() => page.$eval(`.twg-preview ${tag}`, (el) => el.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim())).toBe(heading);
    expect(log.errors).toEqual([]);
  });

  it('makes a script snippet that works pasted into an article', async () => {
    const snippet = await page.inputValue('#twg-script');
    const context = await browser.newContext({ viewport: { width: 1000, height: 1400 }, reducedMotion: 'reduce' });
    await newsroom(context, `<p>Before.</p>${snippet}<p>After.</p>`);
    const article = await context.newPage();
    const articleLog = watchConsole(article);
    await article.goto('https://news.example/article');
    await waitReady(article, [tag]);
    const facts = await article.$eval(tag, (el) => ({
      title: el.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim(),
      rows: el.shadowRoot!.querySelectorAll('tbody tr').length,
      theme: el.getAttribute('theme'),
      lang: el.getAttribute('lang'),
    }));
    expect(facts).toEqual({ title: heading, rows: rows.length, theme: 'dark', lang: 'zh-CN' });
    expect(articleLog.errors).toEqual([]);
    await context.close();
  });

  it('makes an iframe snippet (and a resizer line) that work pasted into an article', async () => {
    const iframe = await page.inputValue('#twg-iframe');
    const resizer = await page.inputValue('#twg-resizer');
    expect(iframe).toMatch(new RegExp(`^<iframe src="${EMBED_BASE.replace(/[.?]/g, '\\$&')}embed\\.html\\?widget=${tag}&amp;[^"]+" title="[^"]+" width="100%" height="\\d+" style="border:0;width:100%" loading="lazy"></iframe>$`));
    expect(resizer).toBe(`<script src="${JSDELIVR}resizer.js" async></script>`);
    const context = await browser.newContext({ viewport: { width: 1000, height: 1400 }, reducedMotion: 'reduce' });
    await newsroom(context, `<p>Before.</p>${iframe}<p>After.</p>${resizer}`);
    const article = await context.newPage();
    await article.goto('https://news.example/iframe-article');
    const frame = (await (await article.waitForSelector('iframe')).contentFrame())!;
    await frame.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.querySelector('[part~="title"]'), tag);
    const attributes = await frame.$eval(tag, (el) => Object.fromEntries(el.getAttributeNames().map((n) => [n, el.getAttribute(n)])));
    expect(attributes).toEqual({ lang: 'zh-CN', theme: 'dark', heading, data: JSON.stringify(rows), 'no-csv': '' });
    await expect
      .poll(async () => {
        const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
        return (await article.$eval('iframe', (el) => el.getBoundingClientRect().height)) === content;
      }, { timeout: 15_000 })
      .toBe(true);
    await context.close();
  });
});
