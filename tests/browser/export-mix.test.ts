import { describe, it, expect } from 'vitest';
import { html } from '@open-wc/testing';
import '../../src/elements/export-mix/export-mix.js';
import type { ExportMix } from '../../src/elements/export-mix/export-mix.js';
import exportsFile from '../../data/anhui-exports-2025.json';
import { mount, partText, captureWarnings, settle, referenceDrawnAt } from './helpers.js';

const figures = exportsFile.figures;
const exportsValue = figures['anhui-exports-2025'].value;
const segmentValues = [figures['anhui-ev-exports-2025'].value, figures['anhui-batteries-pv-exports-2025'].value, figures['anhui-other-exports-2025'].value];

const tableRows = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [tr.querySelector('th')!.textContent, ...[...tr.querySelectorAll('td')].map((td) => td.textContent)]);
/** The CSV's value column: the raw numbers the table shows. */
const csvValues = (el: ExportMix) =>
  el
    .csv()
    .trim()
    .split('\r\n')
    .slice(1)
    .map((line) => Number(line.split(',')[1]));

describe('<export-mix> new three (default view)', () => {
  it('draws 2025 exports as one stacked bar of three parts, one dataset each', async () => {
    const el = await mount<ExportMix>(html`<export-mix eager></export-mix>`);
    const chart = el.chart!;
    expect(chart.options.indexAxis).toBe('y');
    expect(chart.data.labels).toEqual(['Exports, 2025']);
    expect(chart.data.datasets.map((d) => d.label)).toEqual(['Electric vehicles', 'Batteries and PV', 'Other exports']);
    const shares = chart.data.datasets.map((d) => d.data[0] as number);
    shares.forEach((share, index) => expect(share).toBeCloseTo((segmentValues[index] / exportsValue) * 100, 9));
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9);
    const x = chart.options.scales!.x!;
    expect(x.stacked).toBe(true);
    expect(x.max).toBe(100);
    // Each part in its own series colour.
    expect(new Set(chart.data.datasets.map((d) => d.backgroundColor)).size).toBe(3);
  });

  it('has parts that add up to the exports, listed in the table with their flags', async () => {
    const el = await mount<ExportMix>(html`<export-mix eager></export-mix>`);
    const values = csvValues(el);
    expect(values).toEqual(segmentValues);
    expect(values.reduce((a, b) => a + b, 0)).toBeCloseTo(exportsValue, 9);
    const rows = tableRows(el);
    expect(rows.map((row) => row.slice(0, 2))).toEqual([
      ['Electric vehicles', '60.9 billion yuan'],
      ['Batteries and PV', '41 billion yuan'],
      ['Other exports', '580.5 billion yuan'],
    ]);
    expect(rows[0][2]).not.toContain('derived');
    expect(rows[1][2]).toContain('derived');
    expect(rows[1][2]).toContain('minus electric vehicles');
    expect(rows[2][2]).toContain('derived');
    expect(partText(el, 'notes')).toContain('Batteries and PV, Other exports: derived');
  });

  it("shows the new three's share, computed from the parts, as derived", async () => {
    const el = await mount<ExportMix>(html`<export-mix eager></export-mix>`);
    const share = figures['anhui-new-three-share-of-exports-2025'].value;
    expect(share.toFixed(1)).toBe('14.9');
    expect(partText(el, 'subtitle')).toBe('Exports, 2025: 682.31 billion yuan. The "new three" (EVs, batteries, PV): 14.9% (derived)');
  });

  it('draws the "over 70%" share of mechanical and electrical goods as a line, never as a part', async () => {
    const el = await mount<ExportMix>(html`<export-mix eager></export-mix>`);
    const chart = el.chart!;
    const me = figures['anhui-me-share-of-exports-2025'];
    expect(me.lowerBound).toBe(true);
    expect(chart.data.datasets).toHaveLength(3);
    expect(chart.data.datasets.some((d) => /mechanical/i.test(String(d.label)))).toBe(false);
    expect(chart.data.datasets.some((d) => d.data[0] === me.value)).toBe(false);
    expect(referenceDrawnAt(chart, me.value)).toBe(true);
    expect(referenceDrawnAt(chart, 50)).toBe(false);
    expect(tableRows(el).map((row) => row[0])).not.toContain('Mechanical and electrical goods');
    expect(partText(el, 'notes')).toContain('over 70% of exports (a lower bound); they include the new three');
  });

  it('maps each row to its segment for pointer and keyboard', async () => {
    const el = await mount<ExportMix>(html`<export-mix eager></export-mix>`);
    const hovered: (string | undefined)[] = [];
    el.addEventListener('trade-hover', (event) => hovered.push(event.detail?.row.name));
    const box = el.shadowRoot!.querySelector<HTMLElement>('.canvas-box')!;
    for (const key of ['ArrowDown', 'ArrowDown', 'End']) box.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    expect(hovered).toEqual(['Electric vehicles', 'Batteries and PV', 'Other exports']);
    expect(el.chart!.getActiveElements().map((a) => [a.datasetIndex, a.index])).toEqual([[2, 0]]);
  });

  it('speaks Chinese', async () => {
    const el = await mount<ExportMix>(html`<export-mix eager lang="zh-CN"></export-mix>`);
    expect(el.chart!.data.datasets.map((d) => d.label)).toEqual(['电动汽车', '锂电池和光伏产品', '其他出口']);
    expect(tableRows(el).map((row) => row[1])).toEqual(['608.5亿元', '409.8亿元', '5,804.8亿元']);
    expect(partText(el, 'subtitle')).toBe('2025年出口6,823.1亿元，“新三样”（电动汽车、锂电池、光伏产品）占14.9%（推算值）');
    expect(partText(el, 'notes')).toContain('机电产品占出口70%以上（下限）');
  });
});

describe('<export-mix view="balance">', () => {
  it('draws exports and imports as two bars with their sum, derived, in the subtitle', async () => {
    const el = await mount<ExportMix>(html`<export-mix eager view="balance"></export-mix>`);
    const chart = el.chart!;
    expect(chart.data.labels).toEqual(['Exports', 'Imports']);
    expect(chart.data.datasets).toHaveLength(1);
    expect(chart.data.datasets[0].data).toEqual([exportsValue, figures['anhui-imports-2025'].value]);
    expect(partText(el, 'subtitle')).toBe('Goods, 2025. Exports plus imports: 1.0136 trillion yuan (sum, derived)');
    expect(tableRows(el).map((row) => row.slice(0, 2))).toEqual([
      ['Exports', '682.3 billion yuan'],
      ['Imports', '331.3 billion yuan'],
    ]);
  });

  it('speaks Chinese', async () => {
    const el = await mount<ExportMix>(html`<export-mix eager view="balance" lang="zh-CN"></export-mix>`);
    expect(el.chart!.data.labels).toEqual(['出口', '进口']);
    expect(partText(el, 'subtitle')).toBe('2025年货物贸易。出口与进口合计1.0136万亿元（加总推算）');
  });
});

describe('<export-mix> attributes and data', () => {
  it('switches view with the view attribute and property', async () => {
    const el = await mount<ExportMix>(html`<export-mix eager></export-mix>`);
    expect(el.chart!.data.datasets).toHaveLength(3);
    el.setAttribute('view', 'balance');
    await settle(el);
    expect(el.chart!.data.labels).toEqual(['Exports', 'Imports']);
    expect(el.chart!.options.scales!.x!.stacked).toBeFalsy();
    el.view = 'new-three';
    await settle(el);
    expect(el.chart!.data.datasets).toHaveLength(3);
  });

  it('warns once about an unknown view and draws the new three', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await mount<ExportMix>(html`<export-mix eager view="pie"></export-mix>`);
      expect(el.chart!.data.datasets).toHaveLength(3);
      el.requestUpdate();
      await settle(el);
    });
    const about = warnings.filter((w) => w.includes('view="pie"'));
    expect(about).toHaveLength(1);
    expect(about[0]).toContain('[export-mix]');
    expect(about[0]).toContain('new-three, balance');
  });

  it("splits the user's own whole into parts, with no 70% line", async () => {
    const data = JSON.stringify([
      { label: 'Machinery', value: 300 },
      { label: 'Textiles', value: 100, derived: true },
      { label: 'Other', value: 100 },
    ]);
    const el = await mount<ExportMix>(html`<export-mix eager data=${data}></export-mix>`);
    const chart = el.chart!;
    expect(chart.data.datasets.map((d) => [d.label, d.data[0]])).toEqual([
      ['Machinery', 60],
      ['Textiles', 20],
      ['Other', 20],
    ]);
    expect(referenceDrawnAt(chart, 70)).toBe(false);
    expect(partText(el, 'title')).toBe('Exports by product');
    expect(partText(el, 'subtitle')).toBe('Total: 500 billion yuan (sum, derived)');
    expect(partText(el, 'notes')).toContain('Textiles: derived');
  });

  it('refuses more parts than a stacked bar can tell apart', async () => {
    const data = JSON.stringify(Array.from({ length: 7 }, (_, i) => ({ label: `Part ${i + 1}`, value: 10 })));
    const warnings = await captureWarnings(async () => {
      const el = await mount<ExportMix>(html`<export-mix eager data=${data}></export-mix>`);
      expect(el.chart).toBeUndefined();
      expect(partText(el, 'error')).toContain('at most 6');
    });
    expect(warnings.join()).toContain('[export-mix] cannot use the data attribute');
  });

  it('shows a message and warns for malformed data, without throwing', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await mount<ExportMix>(html`<export-mix eager view="balance" data='[{"label": "Exports", "value": }]'></export-mix>`);
      expect(el.chart).toBeUndefined();
      expect(partText(el, 'error')).toContain('not valid JSON');
    });
    expect(warnings.join()).toContain('[export-mix] cannot use the data attribute');
  });
});
