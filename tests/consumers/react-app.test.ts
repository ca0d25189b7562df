import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../../scripts/static-server.mjs';
import {
  createApp, drawnPixels, expectSuccess, launchChromium, markedLines, pack, run, tarballLockEntry, tscErrors, TMP, writeLockfile, type Packed,
} from './helpers.js';

/**
 * A React 19 app (Vite + @vitejs/plugin-react) renders a widget as JSX: `import 'trade-widgets'`,
 * `import type {} from 'trade-widgets/react'`, props set as properties (rows as an array) or
 * attributes, and `ontrade-ready` as an event listener.
 */
describe('a React 19 app', () => {
  let packed: Packed;
  let app: string;
  let browser: Browser | undefined;

  beforeAll(async () => {
    packed = await pack(join(TMP, 'pack-react-app'));
    app = createApp('react-app');
    // React apps have no Lit or Chart.js of their own, so trade-widgets' dependencies come with it:
    // the lock holds the tarball (as after `npm install trade-widgets`) and npm ci installs all offline.
    const pkg = join(app, 'package.json');
    const manifest = JSON.parse(readFileSync(pkg, 'utf8'));
    const spec = `file:${relative(app, packed.path).replace(/\\/g, '/')}`;
    manifest.dependencies = { ...manifest.dependencies, 'trade-widgets': spec };
    writeFileSync(pkg, `${JSON.stringify(manifest, null, 2)}\n`);
    writeLockfile(app, { 'node_modules/trade-widgets': tarballLockEntry(packed.path, spec.slice('file:'.length)) });
    expectSuccess(await run('npm', ['ci', '--offline'], app), 'npm ci --offline');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('has one copy of Lit and Chart.js, trade-widgets’ own', async () => {
    const names = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', 'chart.js'];
    const parseable = expectSuccess(await run('npm', ['ls', ...names, '--all', '--parseable'], app), 'npm ls');
    const paths = parseable.stdout.split('\n').filter((line) => line.includes('node_modules'));
    for (const name of names) {
      expect(paths.filter((path) => path.replace(/\\/g, '/').endsWith(`node_modules/${name}`)), name).toHaveLength(1);
    }
  });

  it('type-checks the widget as a JSX element with typed props and event handlers', async () => {
    const result = await run(join(app, 'node_modules/.bin/tsc'), ['--noEmit', '-p', 'tsconfig.json'], app);
    expect(tscErrors(result.stdout + result.stderr)).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('fails to type-check wrong prop types, handlers and tag names', async () => {
    const result = await run(join(app, 'node_modules/.bin/tsc'), ['--noEmit', '-p', 'tsconfig.errors.json'], app);
    expect(result.code).not.toBe(0);
    const errors = tscErrors(result.stdout + result.stderr);
    const file = 'type-errors/WrongProps.tsx';
    expect(errors.filter((e) => e.file !== file)).toEqual([]);
    expect([...new Set(errors.map((e) => e.line))]).toEqual(markedLines(join(app, file)));
  });

  it('builds with its own Vite and draws the chart from React’s props', async () => {
    expectSuccess(await run(join(app, 'node_modules/.bin/vite'), ['build'], app), 'vite build');
    const server = await serveStatic(join(app, 'dist'));
    try {
      browser = await launchChromium();
      const page = await browser.newPage({ viewport: { width: 1000, height: 1200 }, reducedMotion: 'reduce' });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(`${server.url}/`);
      // `ontrade-ready` reached React: the handler set state and React re-rendered.
      await page.waitForFunction(() => document.querySelector('#status')?.textContent === 'ready: 3 bars', undefined, { timeout: 20_000 });
      expect(await drawnPixels(page, 'trade-ranking')).toBeGreaterThan(1000);
      const facts = await page.evaluate(() => {
        const ranking = document.querySelector('trade-ranking')!;
        return {
          // The rows array arrived as the `data` property (an attribute would read "[object Object]").
          labels: ranking.chart!.data.labels,
          values: ranking.chart!.data.datasets[0].data,
          threshold: ranking.threshold,
          theme: ranking.getAttribute('theme'),
          noCsv: ranking.hasAttribute('no-csv'),
          headingLevel: ranking.shadowRoot!.querySelector('[part~="title"]')!.getAttribute('aria-level'),
        };
      });
      expect(facts).toEqual({ labels: ['安徽', '河南', '湖北'], values: [1013.6, 935.67, 834.01], threshold: 900, theme: 'dark', noCsv: true, headingLevel: '2' });
      expect(errors).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
