/**
 * Issue 8: the bad-input corpus (tests/fixtures/bad-input.ts) against every tag, through the `data`
 * attribute, the `data` property, `src` bodies served as blob: URLs, and every attribute.
 * The HTTP cases (404, timeout, redirects, 50 MB) run in tests/pages/bad-src.test.ts.
 *
 * For each case: no uncaught error or unhandled rejection, no script ran, no markup injected, either
 * a visible message in [part=error] or a chart of the good rows with a note of the dropped ones, a
 * console.warn naming the input, Object.prototype untouched, and a sibling widget still drawn.
 */
import { describe, it, expect } from 'vitest';
import '../../src/index.js';
import { WIDGET_BOXES } from '../../src/core/layout.js';
import { liveCharts } from '../../src/core/chart-controller.js';
import { TradeChartWidget } from '../../src/core/chart-widget.js';
import { parseCsvRecords } from '../../src/core/csv.js';
import type { TradeWidget } from '../../src/core/widget-element.js';
import type { TradeDatum } from '../../src/core/types.js';
import { BAD_INPUT_CASES, appliesTo, caseBody, outcomeFor, warningFor, type BadInputCase } from '../fixtures/bad-input.js';
import { canaryTripped, injectedMarkup, prototypeFingerprint, watchPageErrors } from './safety.js';

const TAGS = Object.keys(WIDGET_BOXES);
const BROWSER_CASES = BAD_INPUT_CASES.filter((c) => c.path !== 'src-http');
/** A card shows one number: the first good row. */
const ROWS_SHOWN: Record<string, number> = { 'trade-figure': 1 };
/** Characters that must never reach a drawn label: controls, zero-width, bidi overrides and isolates. */
const HIDDEN_CHARACTERS = /[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function waitUntil(condition: () => boolean, timeout: number): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) return;
    await frame();
  }
}

const errorPart = (el: Element) => el.shadowRoot?.querySelector<HTMLElement>('[part~="error"]') ?? null;
const text = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Settled: an error is shown, or a chart exists (canvas widgets), or nothing is loading any more (cards). */
function settled(el: TradeWidget): boolean {
  if (!el.hasUpdated) return false;
  if (errorPart(el)) return true;
  if (el instanceof TradeChartWidget) return Boolean(el.chart);
  return !el.shadowRoot!.querySelector('.loading');
}

/** The labels a reader sees: chart categories (canvas widgets) and the table's row headers. */
function drawnLabels(el: TradeWidget): string[] {
  const table = [...el.shadowRoot!.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent ?? '');
  const chart = el instanceof TradeChartWidget ? ((el.chart?.data.labels ?? []) as unknown[]).flat().map(String) : [];
  return [...table, ...chart];
}

interface Mounted {
  el: TradeWidget;
  sibling: TradeChartWidget;
  warnings: string[];
  errors: string[];
}

async function mountCase(tag: string, c: BadInputCase, body: (m: Mounted) => void | Promise<void>): Promise<void> {
  const watch = watchPageErrors();
  const warnings: string[] = [];
  const originalWarn = console.warn;
  console.warn = (...args: unknown[]) => { warnings.push(args.map(String).join(' ')); };
  const container = document.createElement('div');
  container.style.width = '640px';
  let blobUrl: string | undefined;
  try {
    const el = document.createElement(tag) as TradeWidget;
    el.setAttribute('eager', '');
    for (const [name, value] of Object.entries(c.attributes ?? {})) el.setAttribute(name, value);
    if (c.dataAttribute !== undefined) el.setAttribute('data', c.dataAttribute);
    if (c.dataProperty) el.data = c.dataProperty() as TradeDatum[];
    if (c.url !== undefined) el.setAttribute('src', c.url);
    else if (c.body !== undefined) {
      blobUrl = URL.createObjectURL(new Blob([caseBody(c)], { type: c.type ?? '' }));
      el.setAttribute('src', blobUrl);
    }
    const sibling = document.createElement('trade-ranking');
    sibling.setAttribute('eager', '');
    container.append(el, sibling);
    document.body.append(container);
    await waitUntil(() => settled(el) && settled(sibling), 5000);
    // A few more frames: late warnings, late errors, a second render.
    for (let i = 0; i < 3; i++) await frame();
    await body({ el, sibling, warnings, errors: watch.errors });
  } finally {
    console.warn = originalWarn;
    watch.stop();
    container.remove();
    if (blobUrl) URL.revokeObjectURL(blobUrl);
  }
}

describe('the tag table', () => {
  it('has every tag of WIDGET_BOXES registered by src/index.ts', () => {
    expect(TAGS.length).toBeGreaterThanOrEqual(5);
    for (const tag of TAGS) expect(customElements.get(tag), tag).toBeDefined();
  });

  it('has a corpus of at least 40 cases over every input path', () => {
    expect(BAD_INPUT_CASES.length).toBeGreaterThanOrEqual(40);
    const paths = new Set(BAD_INPUT_CASES.map((c) => c.path));
    expect([...paths].sort()).toEqual(['attribute', 'data-attribute', 'data-property', 'src-csv', 'src-http', 'src-json']);
  });
});

describe.each(TAGS)('<%s> with bad input', (tag) => {
  const cases = BROWSER_CASES.filter((c) => appliesTo(c, tag));

  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const prototypesBefore = prototypeFingerprint();
    const outcome = outcomeFor(c, tag);
    await mountCase(tag, c, ({ el, sibling, warnings, errors }) => {
      // Nothing thrown into the page, nothing executed, nothing injected, nothing polluted.
      expect(errors, 'uncaught errors').toEqual([]);
      expect(canaryTripped(), 'a payload ran').toBe(false);
      expect(injectedMarkup(), 'injected markup').toEqual([]);
      expect(prototypeFingerprint(), 'Object.prototype changed').toBe(prototypesBefore);

      // What the reader sees.
      const error = errorPart(el);
      const isChart = el instanceof TradeChartWidget;
      if (outcome.kind === 'error') {
        expect(error, 'an error message').not.toBeNull();
        expect(error!.getAttribute('role')).toBe('alert');
        expect(error!.getBoundingClientRect().height, 'the message is visible').toBeGreaterThan(0);
        expect(text(error)).not.toBe('');
        if (outcome.message) expect(text(error)).toMatch(outcome.message);
        if (isChart) expect(el.chart, 'no chart of unusable data').toBeUndefined();
        expect([...liveCharts].some((chart) => chart.canvas.getRootNode() === el.shadowRoot), 'no live chart').toBe(false);
      } else {
        expect(text(error), 'no error message').toBe('');
        if (isChart) {
          expect(el.chart, 'a chart').toBeDefined();
          expect(liveCharts.has(el.chart!)).toBe(true);
        } else {
          expect(text(el.shadowRoot!.querySelector('[part~="chart"]')), 'a card').not.toBe('');
        }
        const rows = el.shadowRoot!.querySelectorAll('tbody tr').length;
        if (outcome.rows !== undefined) expect(rows, 'rows drawn').toBe(Math.min(outcome.rows, ROWS_SHOWN[tag] ?? Infinity));
        else expect(rows).toBeGreaterThan(0);
        const notes = text(el.shadowRoot!.querySelector('[part~="notes"]'));
        if (outcome.dropped) expect(notes).toContain(`${outcome.dropped} row(s) were left out`);
        if (outcome.dropped === 0) expect(notes).not.toContain('left out');
        const labels = drawnLabels(el);
        expect(labels.filter((label) => HIDDEN_CHARACTERS.test(label)), 'hidden characters in labels').toEqual([]);
        if (c.maxLabelLength) for (const label of labels) expect(label.length).toBeLessThanOrEqual(c.maxLabelLength);
        if (c.csvSafe) {
          const cells = parseCsvRecords(el.csv()).flat();
          expect(cells.filter((cell) => /^[=+@\t\r]/.test(cell) || /^-(?!\d+(\.\d+)?$)/.test(cell)), 'formula cells').toEqual([]);
        }
      }
      if (c.shows) expect(el.shadowRoot!.textContent).toContain(c.shows);

      // The console says what was wrong, naming the input or attribute; legitimate input says nothing.
      const own = warnings.filter((w) => w.startsWith(`[${tag}]`));
      const warning = warningFor(c, tag);
      if (warning) expect(own.join('\n')).toContain(warning);
      else expect(own).toEqual([]);

      // The rest of the page is untouched: a sibling widget still draws its chart.
      expect(errorPart(sibling)).toBeNull();
      expect(sibling.chart, 'the sibling chart').toBeDefined();
      expect(sibling.chart!.data.labels).toHaveLength(4);
    });
    expect(prototypeFingerprint(), 'Object.prototype changed').toBe(prototypesBefore);
  });
});
