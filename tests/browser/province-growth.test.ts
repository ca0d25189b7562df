import { describe, it, expect } from 'vitest';
import { html } from '@open-wc/testing';
import '../../src/elements/province-growth/province-growth.js';
import type { ProvinceGrowth } from '../../src/elements/province-growth/province-growth.js';
import totals from '../../data/regional-totals-2025.json';
import { mount, partText, captureWarnings, settle, referenceDrawnAt } from './helpers.js';

const figures = totals.figures;

const tableRows = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [tr.querySelector('th')!.textContent, ...[...tr.querySelectorAll('td')].map((td) => td.textContent)]);
const summaryText = (el: Element) => el.shadowRoot!.querySelector('#summary')!.textContent!.replace(/\s+/g, ' ').trim();

describe('<province-growth> rates (default view)', () => {
  it('draws the regions with a sourced 2025 rate, fastest first, and no Hubei', async () => {
    const el = await mount<ProvinceGrowth>(html`<province-growth eager></province-growth>`);
    const chart = el.chart!;
    expect(chart.data.labels).toEqual(['Anhui', 'Henan']);
    expect(chart.data.datasets).toHaveLength(1);
    expect(chart.data.datasets[0].data).toEqual([figures['anhui-trade-growth-2025'].value, figures['henan-trade-growth-2025'].value]);
    expect(chart.options.indexAxis).toBe('y');
    expect(partText(el, 'notes')).toContain('Hubei is not shown: the source gives no rate for it.');
  });

  it("draws China's rate from the data file as the reference line", async () => {
    const el = await mount<ProvinceGrowth>(html`<province-growth eager></province-growth>`);
    const national = figures['china-trade-growth-2025'].value;
    expect(national).toBe(3.8);
    expect(referenceDrawnAt(el.chart!, national)).toBe(true);
    expect(referenceDrawnAt(el.chart!, 10)).toBe(false);
    expect(summaryText(el)).toContain("Anhui's trade grew 17.3%, Henan's 14.1%, against 3.8% for China as a whole.");
  });

  it('moves the reference with the attribute and hides it with 0 or an empty value', async () => {
    const el = await mount<ProvinceGrowth>(html`<province-growth eager reference="10"></province-growth>`);
    expect(referenceDrawnAt(el.chart!, 10)).toBe(true);
    expect(referenceDrawnAt(el.chart!, 3.8)).toBe(false);
    expect(summaryText(el)).toContain('against a reference of 10%');
    el.setAttribute('reference', '0');
    await settle(el);
    expect(referenceDrawnAt(el.chart!, 10)).toBe(false);
    expect(referenceDrawnAt(el.chart!, 3.8)).toBe(false);
    expect(summaryText(el)).not.toContain('against');
    el.setAttribute('reference', '');
    await settle(el);
    expect(referenceDrawnAt(el.chart!, 3.8)).toBe(false);
    el.removeAttribute('reference');
    await settle(el);
    expect(referenceDrawnAt(el.chart!, 3.8)).toBe(true);
  });

  it('shows growth values with a sign in the table, and reads them as growth in the CSV', async () => {
    const el = await mount<ProvinceGrowth>(html`<province-growth eager></province-growth>`);
    expect(tableRows(el)).toEqual([
      ['Anhui', '+17.3%', '', 'China Daily Brief, 2026'],
      ['Henan', '+14.1%', '', 'China Daily Brief, 2026'],
    ]);
    expect(el.csv().split('\r\n')[0]).toContain('Value (%)');
  });

  it('keeps the partial periods off the axis and names them, flagged partial, in a note', async () => {
    const el = await mount<ProvinceGrowth>(html`<province-growth eager></province-growth>`);
    const values = el.chart!.data.datasets[0].data;
    expect(values).not.toContain(figures['anhui-trade-growth-2025-01-08'].value);
    expect(values).not.toContain(figures['anhui-trade-growth-2025-12'].value);
    const notes = partText(el, 'notes');
    expect(notes).toContain('Partial periods, not drawn');
    expect(notes).toContain('January–August 2025 +13.8%');
    expect(notes).toContain('December 2025 +35.9%');
  });

  it('speaks Chinese', async () => {
    const el = await mount<ProvinceGrowth>(html`<province-growth eager lang="zh-CN"></province-growth>`);
    expect(el.chart!.data.labels).toEqual(['安徽', '河南']);
    expect(partText(el, 'title')).toBe('安徽、河南外贸增速跑赢全国');
    expect(partText(el, 'notes')).toContain('资料来源未给出湖北的增速');
    expect(summaryText(el)).toContain('安徽外贸增长17.3%，河南增长14.1%，全国整体为3.8%。');
  });
});

describe('<province-growth view="climb">', () => {
  it('puts 2020 and 2025 on a year axis and leaves 2021–2024 empty, never filled in', async () => {
    const el = await mount<ProvinceGrowth>(html`<province-growth eager view="climb"></province-growth>`);
    const chart = el.chart!;
    expect(chart.options.indexAxis).toBe('x');
    expect(chart.data.labels).toEqual(['2020', ['2021', 'n/a'], ['2022', 'n/a'], ['2023', 'n/a'], ['2024', 'n/a'], '2025']);
    expect(chart.data.datasets[0].data).toEqual([figures['anhui-trade-2020'].value, null, null, null, null, figures['anhui-trade-2025'].value]);
    expect(partText(el, 'notes')).toContain('2021–2024: not in the sources (n/a).');
  });

  it('shows the compound annual growth, computed from the data and marked derived', async () => {
    const el = await mount<ProvinceGrowth>(html`<province-growth eager view="climb"></province-growth>`);
    const cagr = figures['anhui-trade-cagr-2020-2025'];
    expect(cagr.derived.op).toBe('cagr-percent');
    expect(partText(el, 'subtitle')).toBe(`Average growth 2020–2025: +${cagr.value}% a year (derived)`);
    expect(summaryText(el)).toContain('a derived average of +13.2% a year');
  });

  it('keeps the partial 2025 totals off the year axis', async () => {
    const el = await mount<ProvinceGrowth>(html`<province-growth eager view="climb"></province-growth>`);
    const values = el.chart!.data.datasets[0].data;
    expect(values).not.toContain(figures['anhui-trade-2025-01-08'].value);
    expect(values).not.toContain(figures['anhui-trade-2025-12'].value);
    expect((el.chart!.data.labels as unknown[]).flat()).not.toContain('2025-12');
  });

  it('lists only the sourced years in the table, as yuan', async () => {
    const el = await mount<ProvinceGrowth>(html`<province-growth eager view="climb"></province-growth>`);
    const rows = tableRows(el);
    expect(rows.map((row) => row.slice(0, 2))).toEqual([
      ['2020', '545.2 billion yuan'],
      ['2025', '1.01 trillion yuan'],
    ]);
    expect(rows[0][2]).toContain('13th Five-Year Plan');
    expect(el.csv().split('\r\n')[0]).toContain('Value (billion yuan)');
  });

  it('speaks Chinese', async () => {
    const el = await mount<ProvinceGrowth>(html`<province-growth eager view="climb" lang="zh-CN"></province-growth>`);
    expect(el.chart!.data.labels).toEqual(['2020', ['2021', '无数据'], ['2022', '无数据'], ['2023', '无数据'], ['2024', '无数据'], '2025']);
    expect(tableRows(el).map((row) => row[1])).toEqual(['5,451.5亿元', '1.01万亿元']);
    expect(partText(el, 'subtitle')).toBe('2020–2025年年均增长+13.2%（推算值）');
    expect(partText(el, 'notes')).toContain('2021–2024年：资料来源未提供数值');
  });
});

describe('<province-growth> attributes and data', () => {
  it('switches view, value kind and default rows with the view attribute', async () => {
    const el = await mount<ProvinceGrowth>(html`<province-growth eager></province-growth>`);
    expect(el.chart!.data.labels).toEqual(['Anhui', 'Henan']);
    el.setAttribute('view', 'climb');
    await settle(el);
    expect(el.chart!.data.datasets[0].data).toEqual([545.15, null, null, null, null, 1013.6]);
    expect(tableRows(el)[1][1]).toBe('1.01 trillion yuan');
    el.view = 'rates';
    await settle(el);
    expect(el.chart!.data.labels).toEqual(['Anhui', 'Henan']);
    expect(tableRows(el)[0][1]).toBe('+17.3%');
  });

  it('warns once about an unknown view and draws the rates', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await mount<ProvinceGrowth>(html`<province-growth eager view="bogus"></province-growth>`);
      expect(el.chart!.data.labels).toEqual(['Anhui', 'Henan']);
      el.highlight = 'henan';
      await settle(el);
      el.requestUpdate();
      await settle(el);
    });
    const about = warnings.filter((w) => w.includes('view="bogus"'));
    expect(about).toHaveLength(1);
    expect(about[0]).toContain('[province-growth]');
    expect(about[0]).toContain('rates, climb');
  });

  it("draws the user's growth rates, negatives included, with no national line unless asked", async () => {
    const data = JSON.stringify([
      { region: 'Jiangsu', value: -2.4 },
      { region: 'Anhui', value: 17.3 },
    ]);
    const el = await mount<ProvinceGrowth>(html`<province-growth eager data=${data}></province-growth>`);
    expect(el.chart!.data.labels).toEqual(['Anhui', 'Jiangsu']);
    expect(el.chart!.data.datasets[0].data).toEqual([17.3, -2.4]);
    expect(el.chart!.scales.x.min).toBeLessThan(-2.4);
    expect(referenceDrawnAt(el.chart!, 3.8)).toBe(false);
    expect(partText(el, 'title')).toBe('Growth of foreign trade');
    expect(summaryText(el)).toContain("Anhui's trade grew 17.3%, Jiangsu's fell 2.4%.");
    el.setAttribute('reference', '5');
    await settle(el);
    expect(referenceDrawnAt(el.chart!, 5)).toBe(true);
  });

  it("spreads the user's years over a year axis and derives their average growth", async () => {
    const data = JSON.stringify([
      { period: '2022', value: 750 },
      { period: '2019', value: 400 },
    ]);
    const el = await mount<ProvinceGrowth>(html`<province-growth eager view="climb" data=${data}></province-growth>`);
    expect(el.chart!.data.labels).toEqual(['2019', ['2020', 'n/a'], ['2021', 'n/a'], '2022']);
    expect(el.chart!.data.datasets[0].data).toEqual([400, null, null, 750]);
    const rate = ((750 / 400) ** (1 / 3) - 1) * 100;
    expect(partText(el, 'subtitle')).toBe(`Average growth 2019–2022: +${rate.toFixed(1)}% a year (derived)`);
    expect(partText(el, 'notes')).toContain('2020–2021: not in the data (n/a).');
    expect(partText(el, 'source')).toBe('Source: Data supplied by the publisher');
  });

  it('shows a message and warns for malformed data, without throwing', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await mount<ProvinceGrowth>(html`<province-growth eager view="climb" data="[{period: 2020"></province-growth>`);
      expect(el.chart).toBeUndefined();
      expect(partText(el, 'error')).toContain('not valid JSON');
    });
    expect(warnings.join()).toContain('[province-growth] cannot use the data attribute');
  });

  it('refuses negative totals in the climb view', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await mount<ProvinceGrowth>(html`<province-growth eager view="climb" data='[{"period":"2020","value":-5}]'></province-growth>`);
      expect(el.chart).toBeUndefined();
      expect(partText(el, 'error')).toContain('is negative');
    });
    expect(warnings.join()).toContain('[province-growth]');
  });
});
