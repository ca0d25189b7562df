import { describe, it, expect } from 'vitest';
import { html } from '@open-wc/testing';
import '../../src/elements/trade-figure/trade-figure.js';
import type { TradeFigure } from '../../src/elements/trade-figure/trade-figure.js';
import { FIGURE_IDS } from '../../src/elements/trade-figure/figure-data.js';
import totals from '../../data/regional-totals-2025.json';
import { mount, partText, captureWarnings, settle } from './helpers.js';

const card = (el: TradeFigure) => ({
  value: partText(el, 'value'),
  change: partText(el, 'change'),
  label: partText(el, 'label'),
  mark: partText(el, 'mark'),
  title: partText(el, 'title'),
  source: partText(el, 'source'),
});

const figureCard = (figure: string, lang = 'en', width = 640) =>
  mount<TradeFigure>(html`<trade-figure figure=${figure} lang=${lang}></trade-figure>`, width);

describe('<trade-figure> with a bundled figure', () => {
  it('shows Anhui\'s 2025 trade by default: number, change, label, place and period, source', async () => {
    const el = await mount<TradeFigure>(html`<trade-figure></trade-figure>`);
    const figures = totals.figures;
    expect(figures['anhui-trade-2025'].value).toBe(1013.6);
    expect(card(el)).toEqual({
      value: '1.0136 trillion yuan',
      change: '+17.3% year on year',
      label: "Anhui's foreign trade in goods",
      mark: '',
      title: 'Anhui · 2025',
      source: 'Source: China Daily Brief, 2026',
    });
    expect(el.shadowRoot!.querySelector('canvas')).toBeNull();
    expect(el.shadowRoot!.querySelector('#summary')!.textContent).toBe("Anhui's foreign trade in goods: 1.0136 trillion yuan, +17.3% year on year.");
  });

  it('writes the same card in Chinese', async () => {
    const el = await figureCard('anhui-trade', 'zh-CN');
    expect(card(el)).toEqual({
      value: '1.0136万亿元',
      change: '同比增长17.3%',
      label: '安徽货物贸易进出口总值',
      mark: '',
      title: '安徽 · 2025年',
      source: '数据来源：China Daily Brief，2026年',
    });
    expect(el.shadowRoot!.querySelector('#summary')!.textContent).toBe('安徽货物贸易进出口总值：1.0136万亿元，同比增长17.3%。');
  });

  it('shows several figures in their own units, in English and Chinese', async () => {
    const expected: Record<string, [string, string, string?, string?]> = {
      'anhui-vehicles': ['1.228 million vehicles', '122.8万辆'],
      'anhui-new-three': ['101.83 billion yuan', '1,018.3亿元'],
      'china-trade': ['45.47 trillion yuan', '45.47万亿元', '+3.8% year on year', '同比增长3.8%'],
      'henan-trade': ['935.67 billion yuan', '9,356.7亿元', '+14.1% year on year', '同比增长14.1%'],
      'partners-growth': ['189', '189'],
      'belt-road-share': ['54%', '54%'],
      'anhui-exports': ['682.31 billion yuan', '6,823.1亿元'],
    };
    for (const [figure, [en, zh, changeEn = '', changeZh = '']] of Object.entries(expected)) {
      const english = await figureCard(figure);
      expect(partText(english, 'value'), figure).toBe(en);
      expect(partText(english, 'change'), figure).toBe(changeEn);
      const chinese = await figureCard(figure, 'zh-CN');
      expect(partText(chinese, 'value'), figure).toBe(zh);
      expect(partText(chinese, 'change'), figure).toBe(changeZh);
    }
    expect(partText(await figureCard('partners-growth'), 'label')).toBe("Countries and regions with which Anhui's trade grew");
    expect(partText(await figureCard('anhui-vehicles', 'zh-CN'), 'label')).toBe('安徽汽车出口量（含底盘）');
  });

  it('marks a partial period in words, with the period', async () => {
    const december = await figureCard('anhui-december');
    expect(card(december)).toMatchObject({
      value: '111.84 billion yuan',
      change: '+35.9% year on year',
      mark: 'Partial period: December 2025 only',
      title: 'Anhui · December 2025',
    });
    const janAug = await figureCard('anhui-jan-aug');
    expect(card(janAug)).toMatchObject({
      value: '629.43 billion yuan',
      change: '+13.8% year on year',
      mark: 'Partial period: January–August 2025 only',
      source: 'Source: Hefei Customs via PR Newswire, 19 Sep 2025',
    });
    const chinese = await figureCard('anhui-jan-aug', 'zh-CN');
    expect(partText(chinese, 'mark')).toBe('非全年数据：仅为2025年1–8月');
    expect(partText(chinese, 'source')).toBe('数据来源：合肥海关（美通社），2025年9月19日');
    expect(partText(await figureCard('anhui-december', 'zh-CN'), 'mark')).toBe('非全年数据：仅为2025年12月');
  });

  it('gives Guangdong as a lower bound, never as an exact 9 trillion', async () => {
    const el = await figureCard('guangdong-trade');
    expect(partText(el, 'value')).toBe('more than 9 trillion yuan');
    expect(partText(el, 'mark')).toBe('Lower bound: the source says only "more than"');
    expect(el.shadowRoot!.querySelector('tbody td.number')!.textContent).toBe('more than 9 trillion yuan');
    const chinese = await figureCard('guangdong-trade', 'zh-CN');
    expect(partText(chinese, 'value')).toBe('超过9万亿元');
    expect(partText(chinese, 'mark')).toContain('下限值');
  });

  it('marks derived and approximate figures', async () => {
    const asean = await figureCard('asean-share');
    expect(partText(asean, 'value')).toBe('13.96%');
    expect(partText(asean, 'mark')).toBe('Derived: computed by the project from sourced figures');
    const revenue = await figureCard('anhui-industry-2024');
    expect(partText(revenue, 'value')).toBe('~5.5 trillion yuan');
    expect(partText(revenue, 'mark')).toBe('Approximate: the source says "around"');
  });

  it('gives Hubei the consistent value, no growth rate, and the contradiction note', async () => {
    const el = await figureCard('hubei-trade');
    expect(partText(el, 'value')).toBe('834.01 billion yuan');
    expect(partText(el, 'change')).toBe('');
    expect(partText(el, 'notes')).toContain('"8.34 trillion"');
    expect(partText(el, 'notes')).toContain('no growth rate');
    const chinese = await figureCard('hubei-trade', 'zh-CN');
    expect(partText(chinese, 'value')).toBe('8,340.1亿元');
    expect(partText(chinese, 'notes')).toContain('“8.34万亿元”');
  });

  it('puts the same figure in the table and the CSV', async () => {
    const el = await mount<TradeFigure>(html`<trade-figure></trade-figure>`);
    const cells = [...el.shadowRoot!.querySelectorAll('tbody tr > *')].map((cell) => cell.textContent);
    expect(cells).toEqual(["Anhui's foreign trade in goods", '1.0136 trillion yuan', 'Change: +17.3% year on year', 'China Daily Brief, 2026']);
    const csv = el.csv().replace(/^\ufeff/, '').split('\r\n');
    expect(csv[0]).toBe('Name,Value (billion yuan),Note,Source');
    expect(csv[1]).toBe("Anhui's foreign trade in goods,1013.6,Change: +17.3% year on year,\"China Daily Brief, 2026\"");
    const vehicles = await figureCard('anhui-vehicles');
    expect(vehicles.csv().split('\r\n')[0]).toBe('\ufeffName,Value (vehicles),Note,Source');
    expect(vehicles.csv().split('\r\n')[1]).toMatch(/,1228000,/);
    const december = await figureCard('anhui-december');
    expect(december.shadowRoot!.querySelector('tbody tr')!.textContent).toContain('partial period · Change: +35.9% year on year');
  });

  it('announces trade-ready once the card is shown', async () => {
    const el = document.createElement('trade-figure');
    const ready = new Promise<void>((resolve) => el.addEventListener('trade-ready', () => resolve(), { once: true }));
    document.body.append(el);
    await ready;
    expect(partText(el, 'value')).toBe('1.0136 trillion yuan');
    el.remove();
  });

  it('shows an error and warns for an unknown figure', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await figureCard('anhui-gdp');
      expect(partText(el, 'value')).toBe('');
      const error = partText(el, 'error');
      expect(error).toContain('figure="anhui-gdp"');
      expect(error).toContain('anhui-trade');
      expect(error).toContain('belt-road-share');
      const chinese = await figureCard('anhui-gdp', 'zh-CN');
      expect(partText(chinese, 'error')).toContain('属性 figure="anhui-gdp" 无效');
    });
    expect(warnings.join()).toContain('[trade-figure] cannot use its attributes: The attribute figure="anhui-gdp" is not one of:');
    // One warning per element (two were mounted), not one per render.
    expect(warnings.filter((w) => w.includes('anhui-gdp'))).toHaveLength(2);
  });

  it('lists every figure id it knows', () => {
    expect(FIGURE_IDS).toEqual(expect.arrayContaining([
      'anhui-trade', 'anhui-vehicles', 'anhui-new-three', 'anhui-december', 'anhui-jan-aug', 'china-trade',
      'henan-trade', 'hubei-trade', 'guangdong-trade', 'partners-growth', 'belt-road-share',
    ]));
  });
});

describe('<trade-figure> given by attributes or data', () => {
  it('shows a figure given by attributes, with its flags and source line', async () => {
    const el = await mount<TradeFigure>(html`<trade-figure
      value="1234.5" unit="yuan-bn" label="Zhejiang's trade, first half" change="-2.5" period="2025-01/2025-06" partial
      source-line="Our newsroom"></trade-figure>`);
    expect(card(el)).toEqual({
      value: '1.2345 trillion yuan',
      change: '−2.5% year on year',
      label: "Zhejiang's trade, first half",
      mark: 'Partial period: January–June 2025 only',
      title: 'Key figure · January–June 2025',
      source: 'Source: Our newsroom',
    });
    el.lang = 'zh-CN';
    await settle(el);
    expect(partText(el, 'change')).toBe('同比下降2.5%');
    expect(partText(el, 'value')).toBe('1.2345万亿元');
  });

  it('reads value in the unit given, and a value attribute wins over figure', async () => {
    const share = await mount<TradeFigure>(html`<trade-figure figure="anhui-trade" value="12.5" unit="percent" label="Share"></trade-figure>`);
    expect(partText(share, 'value')).toBe('12.5%');
    expect(partText(share, 'change')).toBe('');
    expect(partText(share, 'source')).toBe('Source: Data supplied by the publisher');
    const count = await mount<TradeFigure>(html`<trade-figure value="2500000" unit="count" label="Containers" lower-bound></trade-figure>`);
    expect(partText(count, 'value')).toBe('more than 2.5 million');
    expect(partText(count, 'mark')).toContain('Lower bound');
  });

  it('lets label and change replace a bundled figure\'s own', async () => {
    const el = await mount<TradeFigure>(html`<trade-figure figure="henan-trade" label="Henan, 2025" change="14"></trade-figure>`);
    expect(partText(el, 'value')).toBe('935.67 billion yuan');
    expect(partText(el, 'label')).toBe('Henan, 2025');
    expect(partText(el, 'change')).toBe('+14% year on year');
  });

  it('takes the first row of the shared data contract', async () => {
    const data = JSON.stringify([
      { region: 'Anhui', value: 629.43, period: '2025-01/2025-08', partial: true, source: 'Hefei Customs' },
      { region: 'Henan', value: 1 },
    ]);
    const el = await mount<TradeFigure>(html`<trade-figure data=${data} change="13.8"></trade-figure>`);
    expect(card(el)).toEqual({
      value: '629.43 billion yuan',
      change: '+13.8% year on year',
      label: 'Anhui',
      mark: 'Partial period: January–August 2025 only',
      title: 'Key figure · January–August 2025',
      source: 'Source: Hefei Customs',
    });
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).toHaveLength(1);
  });

  it('shows a message and warns for a bad unit, change or value, without throwing', async () => {
    const warnings = await captureWarnings(async () => {
      const unit = await mount<TradeFigure>(html`<trade-figure value="5" unit="furlongs"></trade-figure>`);
      expect(partText(unit, 'error')).toContain('unit="furlongs" is not one of: yuan-bn, percent, count, vehicles');
      const change = await mount<TradeFigure>(html`<trade-figure figure="anhui-trade" change="a lot"></trade-figure>`);
      expect(partText(change, 'error')).toContain('change="a lot" is not a number');
      const value = await mount<TradeFigure>(html`<trade-figure value="lots" label="X"></trade-figure>`);
      expect(partText(value, 'error')).toContain('"value" lots is not a finite number');
      const json = await mount<TradeFigure>(html`<trade-figure data="[{oops"></trade-figure>`);
      expect(partText(json, 'error')).toContain('not valid JSON');
    });
    const all = warnings.join('\n');
    expect(all).toContain('[trade-figure] cannot use its attributes: The attribute unit="furlongs"');
    expect(all).toContain('[trade-figure] cannot use the data attribute');
  });
});

describe('<trade-figure> fits its reserved box', () => {
  const cases = ['anhui-trade', 'anhui-new-three', 'anhui-jan-aug', 'hubei-trade', 'guangdong-trade', 'partners-growth'];
  for (const width of [320, 1000]) {
    for (const lang of ['en', 'zh-CN']) {
      it(`at ${width} px in ${lang}: nothing overflows the card or the widget`, async () => {
        for (const figure of cases) {
          const el = await figureCard(figure, lang, width);
          const host = el.getBoundingClientRect();
          expect(host.height, `${figure} height`).toBeGreaterThanOrEqual(219);
          expect(host.height, `${figure} height`).toBeLessThanOrEqual(300.5);
          const body = el.shadowRoot!.querySelector('.card')!.getBoundingClientRect();
          expect(body.height, `${figure} card height`).toBeGreaterThan(40);
          for (const part of el.shadowRoot!.querySelectorAll('.card p, .card span, footer p, footer button')) {
            const rect = part.getBoundingClientRect();
            if (!rect.width) continue;
            const where = `${figure} ${part.className || part.tagName}: ${part.textContent}`;
            expect(rect.right, where).toBeLessThanOrEqual(host.right + 0.5);
            expect(rect.bottom, where).toBeLessThanOrEqual(host.bottom + 0.5);
            if (part.closest('.card')) {
              expect(rect.top, where).toBeGreaterThanOrEqual(body.top - 0.5);
              expect(rect.bottom, where).toBeLessThanOrEqual(body.bottom + 0.5);
            }
          }
          el.parentElement!.remove();
        }
      });
    }
  }
});
