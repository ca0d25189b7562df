import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import {
  createApp, drawnPixels, expectOneCopyEach, expectSuccess, expectTypeCheckPasses, expectTypeErrorsAtMarkedLines, pack, run, TMP, visitBuiltApp, writeLockfile, type Packed,
} from './helpers.js';

/**
 * A Vite + TypeScript app that already uses Lit and Chart.js adds trade-widgets:
 * `npm install trade-widgets`, `import 'trade-widgets/trade-ranking.js'`, `document.createElement`.
 */
describe('a Vite + TypeScript app that already uses Lit and Chart.js', () => {
  let packed: Packed;
  let app: string;
  const chromium: { browser?: Browser } = {};

  beforeAll(async () => {
    packed = await pack(join(TMP, 'pack-vite-app'));
    app = createApp('vite-app');
    writeLockfile(app);
    expectSuccess(await run('npm', ['ci', '--offline'], app), 'npm ci --offline (the app before trade-widgets)');
    expectSuccess(await run('npm', ['install', '--offline', packed.path], app), 'npm install --offline trade-widgets.tgz');
  });

  afterAll(async () => {
    await chromium.browser?.close();
  });

  it('installs trade-widgets with the app’s own Lit and Chart.js: one copy of each', async () => {
    await expectOneCopyEach(app);
    const tree = expectSuccess(await run('npm', ['ls', 'lit', 'chart.js'], app), 'npm ls').stdout;
    expect(tree).toMatch(/trade-widgets@\d/);
    expect(tree).toMatch(/lit@[\d.]+ deduped/);
    expect(tree).toMatch(/chart\.js@[\d.]+ deduped/);
  });

  it('type-checks: document.createElement gives the element class, its properties and events', async () => {
    await expectTypeCheckPasses(app);
  });

  it('fails to type-check wrong property types, event details and tag names', async () => {
    // Exactly the lines marked ✗ fail, and nothing else does.
    await expectTypeErrorsAtMarkedLines(app, 'type-errors/wrong-types.ts');
  });

  it('builds with its own Vite and draws the chart in Chromium, sharing the app’s Chart.js and Lit', async () => {
    await visitBuiltApp(app, chromium, async (page, errors) => {
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
    });
  });
});
