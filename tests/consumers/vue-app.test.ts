import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createAppWithPackage, drawnPixels, expectOneCopyEach, visitBuiltApp } from './helpers.js';

/**
 * A Vue 3 app (Vite + @vitejs/plugin-vue, single-file components) uses widgets in its template:
 * `isCustomElement` in vite.config.ts, `:data` bound to an array, attributes, a boolean attribute,
 * a reactive `:view`, and `@trade-ready` as an event listener.
 */
describe('a Vue 3 app', () => {
  let app: string;
  const chromium: { browser?: Browser } = {};

  beforeAll(async () => {
    ({ app } = await createAppWithPackage('vue-app'));
  });

  afterAll(async () => {
    await chromium.browser?.close();
  });

  it('has one copy of Lit and Chart.js, trade-widgets’ own', async () => {
    await expectOneCopyEach(app);
  });

  it('builds with its own Vite and draws the chart from the template’s bindings', async () => {
    await visitBuiltApp(app, chromium, async (page, errors) => {
      // `@trade-ready` reached Vue: the handler changed state and Vue re-rendered.
      await page.waitForFunction(() => document.querySelector('#status')?.textContent === 'ready', undefined, { timeout: 20_000 });
      expect(await drawnPixels(page, 'trade-ranking')).toBeGreaterThan(1000);
      const facts = await page.evaluate(() => {
        const ranking = document.querySelector('trade-ranking')!;
        const buttons = [...ranking.shadowRoot!.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') ?? b.textContent);
        return {
          // The rows array arrived as the `data` property (an attribute would read "[object Object]").
          labels: ranking.chart!.data.labels,
          values: ranking.chart!.data.datasets[0].data,
          threshold: ranking.threshold,
          theme: ranking.getAttribute('theme'),
          noCsv: ranking.noCsv,
          csvButton: buttons.some((label) => label?.includes('CSV')),
          headingLevel: ranking.shadowRoot!.querySelector('[part~="title"]')!.getAttribute('aria-level'),
        };
      });
      expect(facts).toEqual({ labels: ['安徽', '河南', '湖北'], values: [1013.6, 935.67, 834.01], threshold: 900, theme: 'dark', noCsv: true, csvButton: false, headingLevel: '2' });

      // A reactive binding switches the view: the same element redraws the other chart.
      // Vue sets `view` as the element's property (it has one by that name), as React 19 would.
      const growthValues = () => page.evaluate(() => document.querySelector('province-growth')!.chart?.data.datasets[0].data);
      await page.waitForFunction(() => document.querySelector('province-growth')?.chart);
      expect(await growthValues()).toEqual([17.3, 14.1]);
      await page.click('#climb');
      await expect.poll(growthValues).toEqual([545.15, null, null, null, null, 1013.6]);
      expect(await page.evaluate(() => document.querySelector('province-growth')!.view)).toBe('climb');
      expect(errors).toEqual([]);
    });
  });
});
