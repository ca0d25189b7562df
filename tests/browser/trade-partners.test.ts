import { describe, it, expect } from 'vitest';
import { html } from '@open-wc/testing';
import '../../src/elements/trade-partners/trade-partners.js';
import type { TradePartners } from '../../src/elements/trade-partners/trade-partners.js';
import partners from '../../data/anhui-partners-2025.json';
import totals from '../../data/regional-totals-2025.json';
import { mount, partText, captureWarnings, settle } from './helpers.js';

const figures = partners.figures;
const total = totals.figures['anhui-trade-2025'].value;

/** Category labels as read, whether Chart.js got one line or several. */
const labelsOf = (el: TradePartners, joiner = ' ') => (el.chart!.data.labels as (string | string[])[]).map((label) => [label].flat().join(joiner));
const bodyRows = (el: TradePartners) => [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => tr.textContent!.replace(/\s+/g, ' '));

describe('<trade-partners> with the bundled data', () => {
  it('draws ASEAN and Belt-and-Road as shares of Anhui\'s total trade, from the data', async () => {
    const el = await mount<TradePartners>(html`<trade-partners eager></trade-partners>`);
    const chart = el.chart!;
    expect(labelsOf(el)).toEqual(['ASEAN', 'Belt-and-Road economies (incl. ASEAN)']);
    const [shares, track] = chart.data.datasets;
    // ASEAN: computed from the two sourced amounts, equal to the data file's derived figure.
    expect(shares.data[0]).toBe(figures['anhui-asean-share-of-trade-2025'].value);
    expect(shares.data[0]).toBeCloseTo((figures['anhui-asean-trade-2025'].value / total) * 100, 2);
    // Belt-and-Road: the sourced 54%, which the amounts confirm (550.33 / 1,013.6 = 54.3%).
    expect(shares.data[1]).toBe(figures['anhui-bri-share-of-trade-2025'].value);
    expect(Math.abs((figures['anhui-bri-trade-2025'].value / total) * 100 - (shares.data[1] as number))).toBeLessThan(0.5);
    // Each bar on its own 0–100% track.
    expect(track.data).toEqual([100, 100]);
    const x = chart.options.scales!.x!;
    expect(x.min).toBe(0);
    expect(x.max).toBe(100);
  });

  it('never stacks the overlapping shares', async () => {
    const el = await mount<TradePartners>(html`<trade-partners eager></trade-partners>`);
    const scales = el.chart!.options.scales!;
    expect(scales.x!.stacked).toBeFalsy();
    expect(scales.y!.stacked).toBeFalsy();
    for (const dataset of el.chart!.data.datasets) expect((dataset as { grouped?: boolean }).grouped).toBe(false);
    // The value axis is a share of one whole: both values sit on it separately, their sum is never drawn.
    const bars = el.chart!.getDatasetMeta(0).data.map((bar) => bar.getProps(['x', 'base'], true) as unknown as { x: number; base: number });
    expect(bars[0].base).toBe(bars[1].base);
    expect(bars[1].x).toBeGreaterThan(bars[0].x);
  });

  it('says the two bars overlap and must not be added', async () => {
    const el = await mount<TradePartners>(html`<trade-partners eager></trade-partners>`);
    const notes = partText(el, 'notes');
    expect(notes).toContain('ASEAN members are also Belt-and-Road partners');
    expect(notes).toContain('must not be added');
    expect(notes).toContain('ASEAN: derived');
    expect(el.shadowRoot!.querySelector('#summary')!.textContent).toContain('The shares overlap and must not be added.');
  });

  it('shows the total and the 189 partners with growing trade in the frame', async () => {
    const el = await mount<TradePartners>(html`<trade-partners eager></trade-partners>`);
    expect(partText(el, 'title')).toBe('Where Anhui trades');
    const subtitle = partText(el, 'subtitle');
    expect(subtitle).toContain(`${figures['anhui-partners-with-growth-2025'].value} countries and regions`);
    expect(subtitle).toContain('1.0136 trillion yuan');
    expect(partText(el, 'source')).toBe('Source: China Daily Brief, 2026');
  });

  it('lists the shares, flags and amounts in the table and the CSV', async () => {
    const el = await mount<TradePartners>(html`<trade-partners eager></trade-partners>`);
    const [asean, beltRoad] = bodyRows(el);
    expect(asean).toContain('ASEAN');
    expect(asean).toContain('14%');
    expect(asean).toContain('derived');
    expect(asean).toContain('141.5 billion yuan');
    expect(asean).toContain("Anhui's largest trading partner");
    expect(beltRoad).toContain('54%');
    expect(beltRoad).toContain('550.33 billion yuan');
    expect(beltRoad).toContain('computed: 54.3%');
    expect(beltRoad).not.toContain('derived');
    const csv = el.csv().replace(/^\ufeff/, '').split('\r\n');
    expect(csv[0]).toBe('Name,Value (%),Note,Source');
    expect(csv[1]).toMatch(/^ASEAN,13\.96,/);
    expect(csv[2]).toMatch(/^Belt-and-Road economies \(incl\. ASEAN\),54,/);
  });

  it('speaks Chinese', async () => {
    const el = await mount<TradePartners>(html`<trade-partners eager lang="zh-CN"></trade-partners>`);
    expect(labelsOf(el, '')).toEqual(['东盟', '“一带一路”经济体（含东盟）']);
    expect(partText(el, 'title')).toBe('安徽的主要贸易伙伴');
    expect(partText(el, 'subtitle')).toContain('189个国家和地区');
    expect(partText(el, 'subtitle')).toContain('1.0136万亿元');
    expect(partText(el, 'notes')).toContain('两个条形相互重叠，不可相加');
    const cells = [...el.shadowRoot!.querySelectorAll('tbody td.number')].map((td) => td.textContent);
    expect(cells).toEqual(['14%', '54%']);
    expect(bodyRows(el)[0]).toContain('1,415亿元');
    expect(bodyRows(el)[1]).toContain('5,503.3亿元');
    expect(partText(el, 'source')).toBe('数据来源：China Daily Brief，2026年');
  });

  it('announces the share bar when the keyboard moves to a row', async () => {
    const el = await mount<TradePartners>(html`<trade-partners eager></trade-partners>`);
    const box = el.shadowRoot!.querySelector<HTMLElement>('.canvas-box')!;
    box.focus();
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await settle(el);
    expect(el.shadowRoot!.querySelector('[aria-live]')!.textContent).toContain('ASEAN: 14%, 1 of 2, derived');
  });

  it('wraps long category labels in a narrow column', async () => {
    const el = await mount<TradePartners>(html`<trade-partners eager></trade-partners>`, 320);
    const labels = el.chart!.data.labels as (string | string[])[];
    expect(Array.isArray(labels[1])).toBe(true);
    expect((labels[1] as string[]).join(' ')).toBe('Belt-and-Road economies (incl. ASEAN)');
    expect(el.chart!.options.scales!.x!.stacked).toBeFalsy();
  });
});

describe('<trade-partners> with the user\'s data', () => {
  it('reads values as shares in percent, each on its own track', async () => {
    const data = JSON.stringify([
      { label: 'ASEAN', value: 13.96, derived: true },
      { label: 'European Union', value: '9.5', source: 'Our newsroom' },
    ]);
    const el = await mount<TradePartners>(html`<trade-partners eager data=${data}></trade-partners>`);
    expect(labelsOf(el)).toEqual(['ASEAN', 'European Union']);
    expect(el.chart!.data.datasets[0].data).toEqual([13.96, 9.5]);
    expect(el.chart!.data.datasets[1].data).toEqual([100, 100]);
    expect(partText(el, 'title')).toBe('Share of total trade');
    expect(partText(el, 'subtitle')).toBe('Each bar on its own 0–100% scale');
    expect(partText(el, 'notes')).toContain('need not add up to 100%');
    expect(partText(el, 'source')).toBe('Source: Our newsroom');
  });

  it('leaves out a value above 100 (an amount, not a share) and says so', async () => {
    const data = JSON.stringify([{ label: 'ASEAN', value: 141.5 }, { label: 'Belt and Road', value: 54 }]);
    const warnings = await captureWarnings(async () => {
      const el = await mount<TradePartners>(html`<trade-partners eager data=${data}></trade-partners>`);
      expect(labelsOf(el)).toEqual(['Belt and Road']);
      expect(partText(el, 'notes')).toContain('Row 1: "value" 141.5 is larger than 100.');
    });
    expect(warnings.join()).toContain('[trade-partners] left rows out of the data attribute');
  });

  it('shows a message and warns when nothing is usable, without throwing', async () => {
    const warnings = await captureWarnings(async () => {
      const bad = await mount<TradePartners>(html`<trade-partners eager data="[{label: 'x'"></trade-partners>`);
      expect(bad.chart).toBeUndefined();
      expect(partText(bad, 'error')).toContain('not valid JSON');
      const amounts = await mount<TradePartners>(html`<trade-partners eager data='[{"label":"ASEAN","value":141.5}]'></trade-partners>`);
      expect(amounts.chart).toBeUndefined();
      expect(partText(amounts, 'error')).toContain('larger than 100');
    });
    expect(warnings.join()).toContain('[trade-partners] cannot use the data attribute');
  });
});
