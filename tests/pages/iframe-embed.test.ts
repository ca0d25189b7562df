import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { serveStatic } from '../../scripts/static-server.mjs';
import { CDN, cdnTags, drawn, htmlRoute, launch, showsChart, watchConsole } from './distribution-helpers.js';

/**
 * For CMSes that strip scripts: the article holds only an <iframe> of dist/cdn/embed.html (served
 * from another origin), and the site's template includes resizer.js once. The iframe must take
 * its content's height, and follow it when the column's width changes.
 */
const tags = cdnTags();
type Server = Awaited<ReturnType<typeof serveStatic>>;
const html = htmlRoute;

describe('the iframe embed page and resizer.js', () => {
  let browser: Browser;
  let embeds: Server; // where dist/cdn is hosted (the widgets' origin)
  let elsewhere: Server; // a third origin
  let site: Server; // the news site: article pages and resizer.js

  function article(iframes: string): string {
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Article</title>
<script>window.__messages = []; addEventListener('message', (e) => __messages.push(e.data));</script></head>
<body style="margin:0"><div id="column" style="width:680px">${iframes}</div>
<script src="/resizer.js" async></script><script src="/resizer.js" async></script></body></html>`;
  }

  beforeAll(async () => {
    embeds = await serveStatic(CDN);
    elsewhere = await serveStatic(CDN);
    const resizer = readFileSync(join(CDN, 'resizer.js'));
    const frame = (id: string, query: string) =>
      `<iframe id="${id}" src="${embeds.url}/embed.html?${query}" title="Chart" width="100%" height="150" style="border:0;width:100%"></iframe>`;
    site = await serveStatic(CDN, {
      routes: {
        '/resizer.js': (_request, response) => {
          response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(resizer);
        },
        '/article.html': html(article(tags.map((tag) => frame(tag, `widget=${tag}&id=${tag}-1`)).join('\n'))),
        '/options.html': html(article(frame('options', `widget=${tags[0]}&lang=zh-CN&theme=dark&heading=${encodeURIComponent('标题 <b>bold</b>')}&onclick=alert(1)&id=opt`))),
        '/two.html': html(article(`${frame('first', `widget=${tags[0]}&id=first`)}${frame('second', `widget=${tags[0]}&height=300&id=second`)}`)),
        '/unknown.html': html(article(frame('unknown', `widget=${encodeURIComponent('<img src=x onerror=alert(1)>')}&id=bad`))),
      },
    });
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await Promise.all([embeds?.close(), elsewhere?.close(), site?.close()]);
  });

  async function open(path: string): Promise<{ page: Page; log: ReturnType<typeof watchConsole> }> {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1600 }, reducedMotion: 'reduce' });
    const log = watchConsole(page);
    await page.goto(`${site.url}${path}`);
    return { page, log };
  }

  async function frameOf(page: Page, id: string): Promise<Frame> {
    const handle = await page.waitForSelector(`#${id}`);
    const frame = await handle.contentFrame();
    if (!frame) throw new Error(`#${id} has no frame`);
    await frame.waitForLoadState('load');
    return frame;
  }

  const frameHeight = (page: Page, id: string) => page.$eval(`#${id}`, (el) => el.getBoundingClientRect().height);
  const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));

  /** Scrolls the iframe into view (Chromium pauses rendering in off-screen cross-origin frames, as for a reader) and waits until it has its content's height. */
  async function waitHeightMatches(page: Page, id: string, frame: Frame): Promise<number> {
    await page.$eval(`#${id}`, (el) => el.scrollIntoView({ block: 'center' }));
    let sizes = { id, iframe: 0, content: 0 };
    await expect
      .poll(async () => {
        sizes = { id, content: await contentHeight(frame), iframe: await frameHeight(page, id) };
        return sizes;
      }, { timeout: 15_000 })
      .toSatisfy((s: typeof sizes) => s.content > 0 && s.iframe === s.content);
    return sizes.content;
  }

  it('ships resizer.js as a classic script under 1 KB', () => {
    const code = readFileSync(join(CDN, 'resizer.js'), 'utf8');
    expect(Buffer.byteLength(code)).toBeLessThan(1024);
    expect(code).not.toMatch(/\bimport\b|\bexport\b/);
  });

  it('sizes each iframe to its widget, and posts its height with its id', async () => {
    const { page, log } = await open('/article.html');
    for (const tag of tags) {
      const frame = await frameOf(page, tag);
      await frame.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.querySelector('[part~="frame"]'), tag);
      const height = await waitHeightMatches(page, tag, frame);
      expect(height).toBeGreaterThan(150);
      await expect.poll(async () => (await drawn(frame, tag)).filter(showsChart).length, { timeout: 15_000 }).toBe(1);
      const messages = await page.evaluate(() => (window as unknown as { __messages: { type: string; id: string; height: number }[] }).__messages);
      expect(messages).toContainEqual({ type: 'trade-widgets:height', id: `${tag}-1`, height });
    }
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('sizes two iframes from the same origin each by its own messages', async () => {
    const { page } = await open('/two.html');
    const first = await waitHeightMatches(page, 'first', await frameOf(page, 'first'));
    const second = await waitHeightMatches(page, 'second', await frameOf(page, 'second'));
    expect(second).toBe(300);
    expect(first).not.toBe(300);
    await page.close();
  });

  it('follows the content when the column’s width changes', async () => {
    const { page } = await open('/article.html');
    const tag = tags[0];
    const frame = await frameOf(page, tag);
    const before = await waitHeightMatches(page, tag, frame);
    await page.$eval('#column', (column) => {
      (column as HTMLElement).style.width = '900px';
    });
    await expect.poll(() => contentHeight(frame), { timeout: 10_000 }).not.toBe(before);
    const after = await waitHeightMatches(page, tag, frame);
    expect(after).toBeGreaterThan(before);
    await page.close();
  });

  it('passes every other query parameter as an attribute, with setAttribute and only known names', async () => {
    const { page } = await open('/options.html');
    const frame = await frameOf(page, 'options');
    const tag = tags[0];
    await frame.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.querySelector('[part~="title"]'), tag);
    const facts = await frame.evaluate((t) => {
      const element = document.querySelector(t)!;
      return {
        attributes: Object.fromEntries(element.getAttributeNames().map((name) => [name, element.getAttribute(name)])),
        title: element.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim(),
        injected: element.shadowRoot!.querySelectorAll('b').length + document.querySelectorAll('b').length,
        lang: document.documentElement.lang,
      };
    }, tag);
    expect(facts.attributes).toEqual({ lang: 'zh-CN', theme: 'dark', heading: '标题 <b>bold</b>' });
    expect(facts.title).toBe('标题 <b>bold</b>');
    expect(facts.injected).toBe(0);
    expect(facts.lang).toBe('zh-CN');
    await page.close();
  });

  it('shows a message, as text, for an unknown widget and still posts its height', async () => {
    const { page } = await open('/unknown.html');
    const frame = await frameOf(page, 'unknown');
    const message = await frame.waitForSelector('[role="alert"]');
    expect(await message.textContent()).toContain('Unknown widget "<img src=x onerror=alert(1)>"');
    expect(await message.textContent()).toContain(tags.join(', '));
    expect(await frame.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    const height = await waitHeightMatches(page, 'unknown', frame);
    expect(height).toBeLessThan(150);
    await page.close();
  });

  it('ignores height messages from the page itself and from a frame now on another origin', async () => {
    const { page } = await open('/article.html');
    const tag = tags[0];
    const frame = await frameOf(page, tag);
    const height = await waitHeightMatches(page, tag, frame);
    // The page posts a message to itself: event.source is the page, not one of its iframes.
    await page.evaluate((id) => postMessage({ type: 'trade-widgets:height', id, height: 33 }, '*'), `${tag}-1`);
    await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    expect(await frameHeight(page, tag)).toBe(height);

    // The iframe navigates to another origin (its src attribute still names the embeds' origin),
    // whose page then claims a height: event.origin is not the src's origin.
    await page.$eval(`#${tag}`, (iframe, url) => {
      (iframe as HTMLIFrameElement).contentWindow!.location.href = url;
    }, `${elsewhere.url}/embed.html?widget=${tags[0]}&id=impostor&height=40`);
    await expect.poll(() => page.frames().some((f) => f.url().startsWith(elsewhere.url)), { timeout: 10_000 }).toBe(true);
    const moved = page.frames().find((f) => f.url().startsWith(elsewhere.url))!;
    await moved.waitForLoadState('load');
    await moved.evaluate(() => parent.postMessage({ type: 'trade-widgets:height', id: 'impostor', height: 40 }, '*'));
    await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    expect(await frameHeight(page, tag)).toBe(height);
    await page.close();
  });
});
