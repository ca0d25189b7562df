import { describe, it, expect } from 'vitest';
import { commands } from 'vitest/browser';
import { html } from '@open-wc/testing';
import '../../src/elements/trade-ranking/trade-ranking.js';
import type { TradeRanking } from '../../src/elements/trade-ranking/trade-ranking.js';
import totals from '../../data/regional-totals-2025.json';
import { mount, partText, captureWarnings, referenceDrawnAt } from './helpers.js';

const figures = totals.figures;

describe('<trade-ranking> with the bundled data', () => {
  it('draws the sourced regions in rank order with their values', async () => {
    const el = await mount<TradeRanking>(html`<trade-ranking eager></trade-ranking>`);
    const chart = el.chart!;
    expect(chart).toBeTruthy();
    expect(chart.data.labels).toEqual(['Guangdong', 'Anhui', 'Henan', 'Hubei']);
    expect(chart.data.datasets[0].data).toEqual([
      figures['guangdong-trade-2025'].value,
      figures['anhui-trade-2025'].value,
      figures['henan-trade-2025'].value,
      figures['hubei-trade-2025'].value,
    ]);
  });

  it('highlights Anhui by default and another region on request', async () => {
    const el = await mount<TradeRanking>(html`<trade-ranking eager></trade-ranking>`);
    const colors = el.chart!.data.datasets[0].backgroundColor as string[];
    expect(colors[1]).not.toBe(colors[0]);
    expect(colors[0]).toBe(colors[2]);
    el.highlight = 'henan';
    await el.updateComplete;
    const after = el.chart!.data.datasets[0].backgroundColor as string[];
    expect(after[2]).toBe(colors[1]);
    expect(after[1]).toBe(colors[0]);
  });

  it('draws the 1-trillion threshold, interrupted behind the value label it would cross out', async () => {
    // Without motion the bars are at their final length when the pixels are read.
    await commands.emulateMedia({ reducedMotion: 'reduce' });
    const el = await mount<TradeRanking>(html`<trade-ranking eager style="width: 720px"></trade-ranking>`).finally(() => commands.emulateMedia({ reducedMotion: null }));
    const chart = el.chart!;
    expect(el.chartController.animatedFirstDraw).toBe(false);
    expect(referenceDrawnAt(chart, 1000)).toBe(true);
    // Henan's 935.7 billion ends just short of the line, between the bar's end and its label.
    const ratio = chart.currentDevicePixelRatio;
    const lineX = Math.floor(chart.scales.x.getPixelForValue(1000) * ratio);
    const henan = chart.getDatasetMeta(0).data[2];
    const anhui = chart.getDatasetMeta(0).data[1];
    const pixelAt = (y: number) => chart.ctx.getImageData(lineX, Math.round(y * ratio), 1, 1).data;
    const light = (y: number) => {
      const [r, g, b, a] = pixelAt(y);
      return a > 200 && r > 200 && g > 200 && b > 200;
    };
    for (let dy = -5; dy <= 5; dy++) expect(light(henan.y + dy), `line pixel at Henan's label, dy ${dy}`).toBe(true);
    // Between two rows the line is drawn as usual.
    expect(light((henan.y + anhui.y) / 2)).toBe(false);
  });

  it('marks Guangdong as a lower bound in the table and the notes', async () => {
    const el = await mount<TradeRanking>(html`<trade-ranking eager></trade-ranking>`);
    const firstRow = el.shadowRoot!.querySelector('tbody tr')!;
    expect(firstRow.textContent).toContain('more than 9 trillion yuan');
    expect(firstRow.textContent).toContain('lower bound');
    expect(partText(el, 'notes')).toContain('Guangdong: a lower bound');
    expect(partText(el, 'source')).toBe('Source: China Daily Brief, 2026');
  });

  it('formats Chinese labels and units', async () => {
    const el = await mount<TradeRanking>(html`<trade-ranking eager lang="zh-CN"></trade-ranking>`);
    expect(el.chart!.data.labels).toEqual(['广东', '安徽', '河南', '湖北']);
    const cells = [...el.shadowRoot!.querySelectorAll('tbody td.number')].map((td) => td.textContent);
    expect(cells).toEqual(['超过9万亿元', '1.01万亿元', '9,356.7亿元', '8,340.1亿元']);
  });

  it('shows a message and warns for malformed data, without throwing', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await mount<TradeRanking>(html`<trade-ranking eager data="[{region: 'x'"></trade-ranking>`);
      expect(el.chart).toBeUndefined();
      expect(partText(el, 'error')).toContain('not valid JSON');
    });
    expect(warnings.join()).toContain('[trade-ranking] cannot use the data attribute');
  });
});
