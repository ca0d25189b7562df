import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { serveStatic } from '../../scripts/static-server.mjs';
import { WIDGET_BOXES } from '../../src/core/layout.js';
import { launchChromium } from './browser.js';

const TAGS = Object.keys(WIDGET_BOXES);
const SCRIPT_DELAY_MS = 1000;
const FONT_DELAY_MS = 1500;

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const html = (body: string) => (_request: IncomingMessage, response: ServerResponse) =>
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);

/** A news article with every widget, the CMS snippet's stylesheet in the head and the module script at the end of the body. */
function articlePage(lang: string): string {
  const paragraph = '<p>Anhui became the first central province whose foreign trade passed one trillion yuan in a year; its neighbours follow closely.</p>';
  const widgets = TAGS.map((tag) => `${paragraph}<${tag} eager></${tag}>`).join('\n');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/cdn/trade-widgets.css">
<style>body{margin:0;font:16px/1.5 system-ui,'Noto Sans CJK SC',sans-serif}main{max-width:680px;margin:0 auto;padding:16px}</style>
</head><body><main><h1>Trade map shifts inland</h1>${widgets}${paragraph}</main>
<script type="module" src="/slow/trade-widgets.js"></script></body></html>`;
}

/** A font file from the machine (DejaVu Sans Mono first: its widths differ from the fallback's). */
function fontFile(): string {
  const candidates = [
    '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf',
    '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
    '/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf',
  ];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`no test font found (apt-get install fonts-dejavu-core): tried ${candidates.join(', ')}`);
  return found;
}

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  server = await serveStatic('dist', {
    routes: {
      '/article-en.html': html(articlePage('en')),
      '/article-zh.html': html(articlePage('zh-CN')),
      // The CDN entry, a second late: its chunks load from /slow/chunks/, served below from dist/cdn.
      '/slow/trade-widgets.js': async (_request: IncomingMessage, response: ServerResponse) => {
        await delay(SCRIPT_DELAY_MS);
        response.writeHead(200, { 'content-type': 'text/javascript' }).end(await readFile('dist/cdn/trade-widgets.js'));
      },
      '/late-font.ttf': async (_request: IncomingMessage, response: ServerResponse) => {
        await delay(FONT_DELAY_MS);
        response.writeHead(200, { 'content-type': 'font/ttf' }).end(await readFile(fontFile()));
      },
      '/font-page.html': html(`<!doctype html><html lang="en"><head><meta charset="utf-8">
<style>@font-face{font-family:"Late Face";src:url(/late-font.ttf)}body{margin:0}div{width:640px;font:15px "Late Face",sans-serif}</style>
</head><body><div><trade-ranking eager></trade-ranking></div><script type="module" src="/cdn/trade-widgets.js"></script></body></html>`),
    },
    rewrite: (path: string) => (path.startsWith('/slow/') ? `/cdn/${path.slice('/slow/'.length)}` : path),
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('no layout shift before and after the script arrives', () => {
  for (const width of [360, 1024]) {
    for (const lang of ['en', 'zh']) {
      it(`sums to 0 at ${width} px in ${lang}`, async () => {
        const page = await browser.newPage({ viewport: { width, height: 800 } });
        await page.addInitScript(() => {
          const win = window as unknown as { __shifts: number[] };
          win.__shifts = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
              if (!entry.hadRecentInput) win.__shifts.push(entry.value);
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        // Not waiting for `load`: a module script delays it, and the point is the page before the script.
        await page.goto(`${server.url}/article-${lang}.html`, { waitUntil: 'commit' });
        await page.waitForSelector(TAGS[TAGS.length - 1], { state: 'attached' });
        // At first paint, before the script: the page paints once its stylesheets are in (they block
        // rendering), so measure then. Measured earlier, a cold stylesheet still on its way gives 0s
        // for boxes the reader never sees.
        await page.waitForFunction(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].every((link) => link.sheet));
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
        // Before the script: every tag already has its final box.
        const heights = () => page.evaluate((tags) => tags.map((tag) => document.querySelector(tag)!.getBoundingClientRect().height), TAGS);
        const before = await heights();
        expect(await page.evaluate((tag) => Boolean(customElements.get(tag)), TAGS[0])).toBe(false);
        await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), TAGS, { timeout: 10_000 });
        // Until the last chart is drawn (every widget with a canvas has its Chart.js instance).
        await page.waitForFunction(
          (tags) => tags.every((tag) => {
            const el = document.querySelector(tag) as unknown as { chart?: unknown; shadowRoot: ShadowRoot };
            return el.chart || !el.shadowRoot.querySelector('canvas');
          }),
          TAGS,
          { timeout: 10_000 },
        );
        await page.waitForTimeout(600);
        const after = await heights();
        const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
        console.log(`CLS at ${width} px, ${lang}: ${shifts.reduce((sum, value) => sum + value, 0)} (${shifts.length} shifts); heights ${after.join(', ')}`);
        expect(errors).toEqual([]);
        expect(after).toEqual(before);
        expect(before.every((height) => height > 150)).toBe(true);
        expect(shifts.reduce((sum, value) => sum + value, 0)).toBe(0);
        await page.close();
      });
    }
  }
});

describe('late web fonts', () => {
  it('redraws once when the inherited family arrives, and not for unrelated fonts', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 800 } });
    // Not waiting for `load`: a web font in use delays it, and the point is the chart before the font.
    await page.goto(`${server.url}/font-page.html`, { waitUntil: 'commit' });
    const probe = () =>
      page.evaluate(() => {
        const el = document.querySelector('trade-ranking') as unknown as {
          chart: { scales: { y: { width: number } } };
          chartController: { redraws: number };
        };
        return {
          redraws: el.chartController.redraws,
          family: getComputedStyle(document.querySelector('trade-ranking')!).fontFamily,
          loaded: document.fonts.check('15px "Late Face"'),
          labelWidth: el.chart.scales.y.width,
        };
      });
    await page.waitForFunction(() => (document.querySelector('trade-ranking') as unknown as { chart?: unknown }).chart);
    const first = await probe();
    expect(first.loaded).toBe(false);
    expect(first.family).toContain('Late Face');
    await page.waitForFunction(() => document.fonts.check('15px "Late Face"'), undefined, { timeout: 10_000 });
    await page.waitForTimeout(300);
    const second = await probe();
    expect(second.redraws).toBe(first.redraws + 1);
    // The labels are now measured in the arrived face: the label column changed width.
    expect(second.labelWidth).not.toBe(first.labelWidth);
    // An unrelated font loading later does not redraw the chart.
    await page.evaluate(async () => {
      const face = new FontFace('Unrelated Face', 'url(/late-font.ttf)');
      document.fonts.add(face);
      await face.load();
    });
    await page.waitForTimeout(300);
    expect((await probe()).redraws).toBe(second.redraws);
    await page.close();
  });
});
