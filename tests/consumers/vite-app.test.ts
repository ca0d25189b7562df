import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../../scripts/static-server.mjs';
import { createApp, drawnPixels, expectSuccess, launchChromium, markedLines, pack, run, tscErrors, TMP, writeLockfile, type Packed } from './helpers.js';

/**
 * A Vite + TypeScript app that already uses Lit and Chart.js adds trade-widgets:
 * `npm install trade-widgets`, `import 'trade-widgets/trade-ranking.js'`, `document.createElement`.
 */
describe('a Vite + TypeScript app that already uses Lit and Chart.js', () => {
  let packed: Packed;
  let app: string;
  let browser: Browser | undefined;

  beforeAll(async () => {
    packed = await pack(join(TMP, 'pack-vite-app'));
    app = createApp('vite-app');
    writeLockfile(app);
    expectSuccess(await run('npm', ['ci', '--offline'], app), 'npm ci --offline (the app before trade-widgets)');
    expectSuccess(await run('npm', ['install', '--offline', packed.path], app), 'npm install --offline trade-widgets.tgz');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('installs trade-widgets with the app’s own Lit and Chart.js: one copy of each', async () => {
    const names = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', 'chart.js'];
    const parseable = expectSuccess(await run('npm', ['ls', ...names, '--all', '--parseable'], app), 'npm ls');
    const paths = parseable.stdout.split('\n').filter((line) => line.includes('node_modules'));
    for (const name of names) {
      expect(paths.filter((path) => path.replace(/\\/g, '/').endsWith(`node_modules/${name}`)), name).toHaveLength(1);
    }
    const tree = expectSuccess(await run('npm', ['ls', 'lit', 'chart.js'], app), 'npm ls').stdout;
    expect(tree).toMatch(/trade-widgets@\d/);
    expect(tree).toMatch(/lit@[\d.]+ deduped/);
    expect(tree).toMatch(/chart\.js@[\d.]+ deduped/);
  });

  it('type-checks: document.createElement gives the element class, its properties and events', async () => {
    const result = await run(join(app, 'node_modules/.bin/tsc'), ['--noEmit', '-p', 'tsconfig.json'], app);
    expect(tscErrors(result.stdout + result.stderr)).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('fails to type-check wrong property types, event details and tag names', async () => {
    const result = await run(join(app, 'node_modules/.bin/tsc'), ['--noEmit', '-p', 'tsconfig.errors.json'], app);
    expect(result.code).not.toBe(0);
    const errors = tscErrors(result.stdout + result.stderr);
    const file = 'type-errors/wrong-types.ts';
    // Exactly the marked lines fail, and nothing else does.
    expect(errors.filter((e) => e.file !== file)).toEqual([]);
    expect([...new Set(errors.map((e) => e.line))]).toEqual(markedLines(join(app, file)));
  });

  it('builds with its own Vite and draws the chart in Chromium, sharing the app’s Chart.js and Lit', async () => {
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
      await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
      expect(await drawnPixels(page, 'trade-ranking')).toBeGreaterThan(1000);
      const facts = await page.evaluate(() => {
        type AppWindow = typeof window & { appChart: { getChart(canvas: HTMLCanvasElement): unknown }; litHtmlVersions?: string[]; litElementVersions?: string[] };
        const w = window as AppWindow;
        const ranking = document.querySelector('trade-ranking')!;
        const canvas = ranking.shadowRoot!.querySelector('canvas')!;
        return {
          // Chart.js keeps its charts in module state: the app's import finds the widget's chart only if both are one copy.
          sameChartJs: w.appChart.getChart(canvas) === ranking.chart && ranking.chart !== undefined,
          ownChartStill: Boolean(w.appChart.getChart(document.querySelector<HTMLCanvasElement>('#own-chart')!)),
          litHtmlCopies: w.litHtmlVersions?.length,
          litElementCopies: w.litElementVersions?.length,
          header: document.querySelector('app-header')!.shadowRoot!.textContent,
          labels: ranking.chart!.data.labels,
        };
      });
      expect(facts).toMatchObject({ sameChartJs: true, ownChartStill: true, litHtmlCopies: 1, litElementCopies: 1, header: 'News desk' });
      expect(facts.labels).toContain('Anhui');
      expect(errors).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
