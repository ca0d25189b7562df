import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createAppWithPackage, drawnPixels, expectOneCopyEach, expectTypeCheckPasses, expectTypeErrorsAtMarkedLines, visitBuiltApp } from './helpers.js';

/**
 * A React 19 app (Vite + @vitejs/plugin-react) renders a widget as JSX: `import 'trade-widgets'`,
 * `import type {} from 'trade-widgets/react'`, props set as properties (rows as an array) or
 * attributes, and `ontrade-ready` as an event listener.
 */
describe('a React 19 app', () => {
  let app: string;
  const chromium: { browser?: Browser } = {};

  beforeAll(async () => {
    ({ app } = await createAppWithPackage('react-app'));
  });

  afterAll(async () => {
    await chromium.browser?.close();
  });

  it('has one copy of Lit and Chart.js, trade-widgets’ own', async () => {
    await expectOneCopyEach(app);
  });

  it('type-checks the widget as a JSX element with typed props and event handlers', async () => {
    await expectTypeCheckPasses(app);
  });

  it('fails to type-check wrong prop types, handlers and tag names', async () => {
    // Exactly the lines marked ✗ fail, and nothing else does.
    await expectTypeErrorsAtMarkedLines(app, 'type-errors/WrongProps.tsx');
  });

  it('builds with its own Vite and draws the chart from React’s props', async () => {
    await visitBuiltApp(app, chromium, async (page, errors) => {
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
    await page.waitForFunction(() => document.querySelector('province-growth')?.chart);
    expect(await page.evaluate(() => document.querySelector('province-growth')!.chart!.data.datasets[0].data)).toEqual([545.15, null, null, null, null, 1013.6]);
    expect(errors).toEqual([]);
    });
  });
});
