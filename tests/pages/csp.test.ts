/**
 * Issue 8: the CDN build under a strict Content-Security-Policy. A page sent with the policy loads
 * dist/cdn/trade-widgets.css and dist/cdn/trade-widgets.js (no inline script or style anywhere) and
 * renders every widget; `securitypolicyviolation` events and console errors must be zero, and every
 * widget must have drawn. A second, locked-down policy (default-src 'none', a Trusted Types allow-list)
 * also fetches `src`, prints and downloads: it is the policy README recommends.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../../scripts/static-server.mjs';
import { WIDGET_BOXES } from '../../src/core/layout.js';
import { launchChromium } from './browser.js';

const TAGS = Object.keys(WIDGET_BOXES);

/** The policy the issue names. */
const STRICT = "script-src 'self'; style-src 'self'; object-src 'none'; require-trusted-types-for 'script'";
/** Everything else closed too: what a site needs for the widgets, and nothing more (README, "Security and CSP"). */
const LOCKED_DOWN = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const ROWS = JSON.stringify([{ region: 'anhui', value: 13.5 }, { region: 'henan', value: 9.2 }]);

function page(): string {
  const widgets = TAGS.map((tag) => `<${tag} eager></${tag}>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP</title>
<link rel="stylesheet" href="/cdn/trade-widgets.css"></head>
<body><main>${widgets}
<trade-ranking id="from-src" eager src="/rows.json"></trade-ranking></main>
<script type="module" src="/cdn/trade-widgets.js"></script></body></html>`;
}

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  const send = (csp: string) => (_request: IncomingMessage, response: ServerResponse) =>
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp }).end(page());
  server = await serveStatic('dist', {
    routes: {
      '/strict.html': send(STRICT),
      '/locked-down.html': send(LOCKED_DOWN),
      // No favicon request noise in the console.
      '/favicon.ico': (_request, response) => response.writeHead(204).end(),
      '/rows.json': (_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(ROWS),
    },
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

async function openUnderPolicy(path: string) {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 }, acceptDownloads: true });
  const tab = await context.newPage();
  const consoleErrors: string[] = [];
  tab.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
  tab.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  tab.on('response', (response) => { if (response.status() >= 400) consoleErrors.push(`HTTP ${response.status()} ${response.url()}`); });
  // Installed by the browser, not by the page: the policy does not apply to it.
  await tab.addInitScript(() => {
    const violations: Violation[] = [];
    (window as unknown as { __violations: Violation[] }).__violations = violations;
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push({ directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample });
    }, true);
  });
  const response = await tab.goto(`${server.url}${path}`);
  const header = (await response!.allHeaders())['content-security-policy'];
  await tab.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), TAGS, { timeout: 15_000 });
  await tab.waitForFunction(() => [...document.querySelectorAll('main > *')].every((el) => {
    const widget = el as HTMLElement & { chart?: unknown; hasUpdated?: boolean };
    return 'chart' in widget ? Boolean(widget.chart) : Boolean(widget.hasUpdated && widget.shadowRoot?.querySelector('[part~="value"]'));
  }), undefined, { timeout: 15_000 });
  await tab.waitForTimeout(300);
  const violations = () => tab.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);
  return { context, tab, header, consoleErrors, violations };
}

/** What each widget drew: painted canvas pixels, or the card's number. */
function drawing() {
  return [...document.querySelectorAll('main > *')].map((el) => {
    const root = el.shadowRoot!;
    const canvas = root.querySelector('canvas');
    let painted = 0;
    if (canvas) {
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
    }
    return {
      tag: el.localName,
      id: el.id,
      canvas: Boolean(canvas),
      painted,
      card: root.querySelector('[part~="value"]')?.textContent?.trim() ?? '',
      error: root.querySelector('[part~="error"]')?.textContent?.trim() ?? '',
      adoptedSheets: root.adoptedStyleSheets.length,
      styleElements: root.querySelectorAll('style').length,
    };
  });
}

/**
 * Proof the policy is enforced, not merely sent: a script from a data: URL is refused (script-src) and a
 * string into an HTML sink is refused (Trusted Types). (Not eval: DevTools' evaluation may bypass it.)
 */
function probeHtmlSink() {
  let htmlSinkRefused = false;
  try {
    document.createElement('div').innerHTML = '<b>x</b>';
  } catch {
    htmlSinkRefused = true;
  }
  return htmlSinkRefused;
}
/** A string, not a function: the test runner would rewrite a dynamic import() in this file's code. */
const PROBE_SCRIPT = "import('data:text/javascript,window.__dataScriptRan=true').then(() => 'ran', () => window.__dataScriptRan ? 'ran' : 'refused')";

describe('under a strict Content-Security-Policy', () => {
  for (const [name, path, policy] of [['strict (the issue\'s policy)', '/strict.html', STRICT], ['locked down (README\'s policy)', '/locked-down.html', LOCKED_DOWN]] as const) {
    it(`renders every widget with zero violations: ${name}`, async () => {
      const { context, tab, header, consoleErrors, violations } = await openUnderPolicy(path);
      try {
        expect(header).toBe(policy);
        const drawn = await tab.evaluate(drawing);
        const sheet = await tab.evaluate(() => [...document.styleSheets].some((s) => s.href?.endsWith('/cdn/trade-widgets.css') && s.cssRules.length > 0));
        const before = await violations();
        console.log(`[csp] ${name}: ${drawn.map((d) => `${d.id || d.tag} ${d.canvas ? `${d.painted} px painted` : `card "${d.card}"`}`).join('; ')}; violations ${before.length}, console errors ${consoleErrors.length}`);
        expect(before, 'securitypolicyviolation events').toEqual([]);
        expect(consoleErrors, 'console errors').toEqual([]);
        expect(sheet, 'trade-widgets.css applied').toBe(true);
        expect(drawn.map((d) => d.tag).sort()).toEqual([...TAGS, 'trade-ranking'].sort());
        for (const d of drawn) {
          expect(d.error, `${d.tag}: no error`).toBe('');
          // The widgets' own styles are constructable stylesheets: no <style> that style-src would block.
          expect(d.adoptedSheets, `${d.tag}: adopted stylesheets`).toBeGreaterThan(0);
          expect(d.styleElements, `${d.tag}: <style> elements`).toBe(0);
          if (d.canvas) expect(d.painted, `${d.tag}: painted pixels`).toBeGreaterThan(2000);
          else expect(d.card, `${d.tag}: the card's number`).not.toBe('');
        }

        // The locked-down policy also covers printing (a data: snapshot) and both downloads (blob: URLs).
        if (path === '/locked-down.html') {
          await tab.emulateMedia({ media: 'print' });
          await tab.waitForFunction(() => [...document.querySelectorAll('main > *')].every((el) => {
            const image = el.shadowRoot!.querySelector<HTMLImageElement>('img.print-image');
            return !image || image.src.startsWith('data:image/png');
          }), undefined, { timeout: 5000 });
          await tab.emulateMedia({ media: 'screen' });
          for (const label of ['Download CSV', 'Download PNG']) {
            const [download] = await Promise.all([
              tab.waitForEvent('download', { timeout: 5000 }),
              tab.evaluate((text) => {
                const button = [...document.querySelector('trade-ranking')!.shadowRoot!.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === text);
                button!.click();
              }, label),
            ]);
            expect(download.suggestedFilename()).toMatch(/^trade-ranking-en\.(csv|png)$/);
          }
          await tab.waitForTimeout(200);
          expect(await violations(), 'violations while printing and downloading').toEqual([]);
          expect(consoleErrors).toEqual([]);
        }

        // Enforced, not only sent: the page itself cannot eval or write HTML strings.
        expect(await tab.evaluate(PROBE_SCRIPT), 'a data: script').toBe('refused');
        expect(await tab.evaluate(probeHtmlSink), 'a string into innerHTML refused').toBe(true);
        // Violation reports arrive as events after the refusal: wait for them rather than a fixed time.
        await expect.poll(async () => (await violations()).map((v) => v.directive).sort()).toEqual(['require-trusted-types-for', 'script-src-elem']);
      } finally {
        await context.close();
      }
    });
  }
});
