/**
 * Issue 8: lifecycle under stress, every tag. Mounting and unmounting 1,000 times, 100 attribute
 * changes in one frame, and moving an element between containers must leave no Chart.js instance
 * (our `liveCharts` and Chart.js's own `Chart.instances`) and no page-signal listener behind, and keep
 * exactly one chart per mounted widget. The heap check is in tests/pages/leaks.test.ts (it needs
 * Chromium started with --expose-gc).
 */
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { Chart } from 'chart.js';
import '../../src/index.js';
import { WIDGET_BOXES } from '../../src/core/layout.js';
import { liveCharts } from '../../src/core/chart-controller.js';
import { pageSignalListenerCount } from '../../src/core/page-signals.js';
import { TradeChartWidget } from '../../src/core/chart-widget.js';
import type { TradeWidget } from '../../src/core/widget-element.js';
import { watchPageErrors } from './safety.js';

const TAGS = Object.keys(WIDGET_BOXES);
const CYCLES = 1000;
const BATCH = 20;

/** Views of the elements that have them, to switch between in the attribute storm. */
const VIEWS: Record<string, string[]> = { 'province-growth': ['rates', 'climb'], 'export-mix': ['new-three', 'balance'] };
const ROWS_A = JSON.stringify([{ region: 'anhui', value: 13.5 }, { region: 'henan', value: 9.2 }]);
const ROWS_B = JSON.stringify([{ region: 'anhui', value: 13.5 }, { region: 'henan', value: 9.2 }, { region: 'hubei', value: 7.1 }]);

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const chartInstances = () => Object.keys(Chart.instances).length;

async function waitUntil(condition: () => boolean, timeout = 3000): Promise<boolean> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) return false;
    await frame();
  }
  return true;
}

/** A widget is drawn when its chart exists (canvas widgets) or it has rendered its card. */
const drawn = (el: TradeWidget) => (el instanceof TradeChartWidget ? Boolean(el.chart) : el.hasUpdated && !el.shadowRoot!.querySelector('.loading'));
/** The live charts whose canvas is inside this widget. */
const chartsOf = (el: TradeWidget) => [...liveCharts].filter((chart) => chart.canvas.getRootNode() === el.shadowRoot);

function widget(tag: string, attributes: Record<string, string> = {}): TradeWidget {
  const el = document.createElement(tag) as TradeWidget;
  el.setAttribute('eager', '');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

let container: HTMLDivElement;
let watch: ReturnType<typeof watchPageErrors>;
let baseline: { live: number; instances: number; listeners: number };

beforeEach(() => {
  container = document.createElement('div');
  container.style.width = '640px';
  document.body.append(container);
  watch = watchPageErrors();
  baseline = { live: liveCharts.size, instances: chartInstances(), listeners: pageSignalListenerCount() };
});

afterEach(() => {
  container.remove();
  watch.stop();
});

function expectBaseline(): void {
  expect(liveCharts.size, 'liveCharts').toBe(baseline.live);
  expect(chartInstances(), 'Chart.instances').toBe(baseline.instances);
  expect(pageSignalListenerCount(), 'page-signal listeners').toBe(baseline.listeners);
  expect(watch.errors, 'uncaught errors').toEqual([]);
}

describe('lifecycle under stress', () => {
  it(`mounts and unmounts ${CYCLES} widgets of every tag, drawn or mid-fetch, and leaves nothing behind`, async () => {
    const blob = URL.createObjectURL(new Blob([ROWS_B], { type: 'application/json' }));
    let created = 0;
    let peak = 0;
    try {
      for (let start = 0; start < CYCLES; start += BATCH) {
        const batch = Array.from({ length: BATCH }, (_, i) => {
          const n = start + i;
          const tag = TAGS[n % TAGS.length];
          // Thirds: bundled data, the data attribute, src (often removed while its fetch is in flight).
          return widget(tag, n % 3 === 0 ? {} : n % 3 === 1 ? { data: ROWS_A } : { src: blob });
        });
        container.append(...batch);
        expect(pageSignalListenerCount()).toBe(baseline.listeners + BATCH);
        // Every other batch is removed once drawn; the others after one frame, mid-render or mid-fetch.
        if ((start / BATCH) % 2 === 0) {
          expect(await waitUntil(() => batch.every(drawn)), 'the batch drew').toBe(true);
          created += batch.filter((el) => el instanceof TradeChartWidget).length;
        } else await frame();
        peak = Math.max(peak, liveCharts.size - baseline.live);
        for (const el of batch) el.remove();
      }
      for (let i = 0; i < 5; i++) await frame();
    } finally {
      URL.revokeObjectURL(blob);
    }
    console.log(`[lifecycle] ${CYCLES} mount/unmount cycles: ${created} charts drawn (peak ${peak} live at once); after: liveCharts ${liveCharts.size} (baseline ${baseline.live}), Chart.instances ${chartInstances()} (baseline ${baseline.instances}), page-signal listeners ${pageSignalListenerCount()} (baseline ${baseline.listeners})`);
    expect(created, "charts drawn before removal").toBeGreaterThanOrEqual(300);
    expect(peak).toBeGreaterThan(0);
    expectBaseline();
  }, 120_000);

  it('absorbs 100 attribute changes in one frame with exactly one chart per widget', async () => {
    const widgets = TAGS.map((tag) => widget(tag));
    container.append(...widgets);
    expect(await waitUntil(() => widgets.every(drawn))).toBe(true);
    const charted = widgets.filter((el) => el instanceof TradeChartWidget);
    const changes: Array<(el: TradeWidget, i: number) => void> = [
      (el, i) => el.setAttribute('theme', ['light', 'dark', 'auto'][i % 3]),
      (el, i) => el.setAttribute('lang', i % 2 ? 'zh-CN' : 'en'),
      (el, i) => el.setAttribute('data', i % 2 ? ROWS_A : ROWS_B),
      (el, i) => el.setAttribute('height', String(300 + (i % 7) * 20)),
      (el, i) => el.toggleAttribute('show-table', i % 2 === 0),
      (el, i) => el.setAttribute('highlight', i % 2 ? 'henan' : 'anhui'),
      (el, i) => el.setAttribute('heading', `Heading ${i}`),
      (el, i) => { if (VIEWS[el.localName]) el.setAttribute('view', VIEWS[el.localName][i % 2]); },
      (el, i) => el.setAttribute('aspect-ratio', i % 2 ? '4/3' : '16/9'),
      (el, i) => el.toggleAttribute('no-png', i % 2 === 0),
    ];
    for (let i = 0; i < 100; i++) for (const el of widgets) changes[i % changes.length](el, i);
    // The last change of each kind: show the chart, data B, English, height 300 + (99 % 7) * 20.
    for (const el of widgets) el.removeAttribute('show-table');
    await frame();
    expect(await waitUntil(() => widgets.every(drawn))).toBe(true);
    for (let i = 0; i < 5; i++) await frame();
    for (const el of charted) {
      expect(chartsOf(el), `${el.localName}: exactly one chart`).toHaveLength(1);
      expect((el as TradeChartWidget).chart!.canvas.isConnected, `${el.localName}: the chart's canvas is in the page`).toBe(true);
    }
    expect(liveCharts.size).toBe(baseline.live + charted.length);
    expect(chartInstances()).toBe(baseline.instances + charted.length);
    expect(pageSignalListenerCount()).toBe(baseline.listeners + widgets.length);
    console.log(`[lifecycle] 100 attribute changes in one frame on ${widgets.length} widgets: ${liveCharts.size - baseline.live} live charts for ${charted.length} canvas widgets`);
    container.replaceChildren();
    await frame();
    expectBaseline();
  });

  it('keeps exactly one chart when an element moves between containers', async () => {
    const other = document.createElement('div');
    other.style.width = '480px';
    container.after(other);
    try {
      const widgets = TAGS.map((tag) => widget(tag));
      container.append(...widgets);
      expect(await waitUntil(() => widgets.every(drawn))).toBe(true);
      const charted = widgets.filter((el): el is TradeChartWidget => el instanceof TradeChartWidget);
      for (let move = 0; move < 10; move++) {
        // Even moves wait for the redraw; odd moves go back and forth within one frame.
        const target = move % 2 ? container : other;
        for (const el of widgets) target.append(el);
        if (move % 2) for (const el of widgets) (target === container ? other : container).append(el);
        await frame();
        expect(await waitUntil(() => widgets.every(drawn))).toBe(true);
        for (const el of charted) {
          expect(chartsOf(el), `${el.localName} after move ${move}`).toHaveLength(1);
          expect(el.chart!.canvas.isConnected).toBe(true);
        }
        expect(liveCharts.size).toBe(baseline.live + charted.length);
        expect(chartInstances()).toBe(baseline.instances + charted.length);
        expect(pageSignalListenerCount()).toBe(baseline.listeners + widgets.length);
      }
      // The chart follows the new column's width.
      for (const el of charted) expect(el.chart!.width).toBeLessThanOrEqual(480);
      for (const el of widgets) el.remove();
      await frame();
      expectBaseline();
    } finally {
      other.remove();
    }
  });
});

describe('first render', () => {
  it('waits for the page to get a turn, so many widgets upgrade in many short tasks', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    try {
      const widgets = TAGS.map((tag) => container.appendChild(document.createElement(tag)) as TradeWidget);
      // Lit alone would render within these microtasks, all widgets in the task that connected them.
      for (let i = 0; i < 10; i++) await Promise.resolve();
      expect(widgets.map((w) => w.hasUpdated)).toEqual(TAGS.map(() => false));
      await Promise.all(widgets.map((w) => w.updateComplete));
      expect(widgets.map((w) => Boolean(w.shadowRoot?.querySelector('[part~="frame"]')))).toEqual(TAGS.map(() => true));
    } finally {
      container.remove();
    }
  });
});
