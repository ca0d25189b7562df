/** Shared by the distribution page tests (CDN embeds, iframe embeds, embed-code generator). */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { browserPath, CHROMIUM_ARGS } from '../../scripts/browser-path.mjs';
import type { StaticServerOptions } from '../../scripts/static-server.mjs';

type Route = NonNullable<StaticServerOptions['routes']>[string];

export const ROOT = resolve(import.meta.dirname, '../..');
export const CDN = join(ROOT, 'dist/cdn');

/** The tags with a file of their own in dist/cdn (the CDN build makes one per element folder). */
export function cdnTags(): string[] {
  const elements = join(ROOT, 'src/elements');
  return readdirSync(elements, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(CDN, `${entry.name}.js`)))
    .map((entry) => entry.name)
    .sort();
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: browserPath(), args: CHROMIUM_ARGS });
}

/** Records what a reader's browser would show in its console: errors, page errors and notes. */
export function watchConsole(page: Page): { errors: string[]; notes: string[] } {
  const log = { errors: [] as string[], notes: [] as string[] };
  page.on('pageerror', (error) => log.errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(message.text());
    else if (message.type() === 'info' || message.type() === 'warning') log.notes.push(message.text());
  });
  return log;
}

/** A script for the top of a test page: collects which elements fired `trade-ready`. */
export const READY_PROBE = `<script>window.__ready = []; document.addEventListener('trade-ready', (e) => __ready.push(e.target.localName), true);</script>`;

/** Waits until every tag has fired `trade-ready` at least once. */
export async function waitReady(page: Page, tags: string[], timeout = 20_000): Promise<void> {
  await page.waitForFunction((wanted) => wanted.every((tag) => (window as unknown as { __ready: string[] }).__ready.includes(tag)), tags, { timeout });
}

export interface Drawn {
  tag: string;
  /** Painted (non-transparent) pixels of the canvas, or -1 when the element draws no canvas. */
  pixels: number;
  /** Characters of text in the shadow root (the frame, a card's figure). */
  text: number;
}

/** What each matching element shows: painted canvas pixels and text. */
export function drawn(target: Pick<Page, 'evaluate'>, selector: string): Promise<Drawn[]> {
  return target.evaluate((sel) => {
    return [...document.querySelectorAll(sel)].map((host) => {
      const canvas = host.shadowRoot?.querySelector('canvas');
      let pixels = -1;
      if (canvas) {
        pixels = 0;
        if (canvas.width && canvas.height) {
          const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
          for (let i = 3; i < data.length; i += 4) if (data[i] > 0) pixels++;
        }
      }
      return { tag: host.localName, pixels, text: host.shadowRoot?.textContent?.replace(/\s+/g, '').length ?? 0 };
    });
  }, selector);
}

/** True when an element shows its chart: a painted canvas, or text for an element without one. */
export function showsChart(result: Drawn): boolean {
  return result.pixels === -1 ? result.text > 0 : result.pixels > 1000;
}

/** A minimal article page around `body`, with `head` in its head. */
export function articlePage(head: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Article</title>${READY_PROBE}${head}</head>
<body style="margin:0;font-family:Georgia,serif"><main style="max-width:680px;margin:0 auto">${body}</main></body></html>`;
}

/** A route of scripts/static-server.mjs that answers an HTML page. */
export function htmlRoute(body: string): Route {
  return (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  };
}
