import { describe, it, expect } from 'vitest';
import totals from '../../data/regional-totals-2025.json';
import exportsData from '../../data/anhui-exports-2025.json';
import partners from '../../data/anhui-partners-2025.json';
import industry from '../../data/anhui-industry.json';
import { bundledCard, CARD_FIGURES, FIGURE_IDS, parseFigureId } from '../../src/elements/trade-figure/figure-data.js';
import {
  formatChange,
  formatCount,
  formatFigureValue,
  formatPeriod,
  markWords,
  parseUnit,
  splitNumber,
} from '../../src/elements/trade-figure/figure-format.js';
import { citations } from '../../src/core/figures.js';
import { describeProblem } from '../../src/core/rows.js';
import type { Row } from '../../src/core/types.js';

const allFigures: Record<string, { value: number; period: string; lowerBound?: boolean; approximate?: boolean; partial?: boolean; derived?: object }> = {
  ...totals.figures,
  ...exportsData.figures,
  ...partners.figures,
  ...industry.figures,
};
const row = (value: number, extra: Partial<Row> = {}): Row => ({ key: 'x', name: 'X', value, ...extra });

describe('formatPeriod', () => {
  it('writes years, months and ranges in words', () => {
    expect(formatPeriod('2025', 'en')).toBe('2025');
    expect(formatPeriod('2025', 'zh-CN')).toBe('2025年');
    expect(formatPeriod('2025-12', 'en')).toBe('December 2025');
    expect(formatPeriod('2025-12', 'zh-CN')).toBe('2025年12月');
    expect(formatPeriod('2025-01/2025-08', 'en')).toBe('January–August 2025');
    expect(formatPeriod('2025-01/2025-08', 'zh-CN')).toBe('2025年1–8月');
    expect(formatPeriod('2024-11/2025-02', 'en')).toBe('November 2024–February 2025');
    expect(formatPeriod(' first half ', 'en')).toBe('first half');
  });
});

describe('card numbers', () => {
  it('keeps the precision the source gives', () => {
    expect(formatFigureValue(row(1013.6), 'yuan-bn', 'en')).toBe('1.0136 trillion yuan');
    expect(formatFigureValue(row(1013.6), 'yuan-bn', 'zh-CN')).toBe('1.0136万亿元');
    expect(formatFigureValue(row(550.33), 'yuan-bn', 'en')).toBe('550.33 billion yuan');
    expect(formatFigureValue(row(550.33), 'yuan-bn', 'zh-CN')).toBe('5,503.3亿元');
    expect(formatFigureValue(row(13.96), 'percent', 'en')).toBe('13.96%');
  });

  it('counts in millions and 万', () => {
    expect(formatCount(1228000, 'en')).toBe('1.228 million');
    expect(formatCount(1228000, 'zh-CN')).toBe('122.8万');
    expect(formatCount(189, 'en')).toBe('189');
    expect(formatFigureValue(row(1228000), 'vehicles', 'en')).toBe('1.228 million vehicles');
    expect(formatFigureValue(row(1228000), 'vehicles', 'zh-CN')).toBe('122.8万辆');
  });

  it('qualifies lower bounds and approximations', () => {
    expect(formatFigureValue(row(9000, { lowerBound: true }), 'yuan-bn', 'en')).toBe('more than 9 trillion yuan');
    expect(formatFigureValue(row(9000, { lowerBound: true }), 'yuan-bn', 'zh-CN')).toBe('超过9万亿元');
    expect(formatFigureValue(row(5500, { approximate: true }), 'yuan-bn', 'en')).toBe('~5.5 trillion yuan');
  });

  it('splits the number from its words', () => {
    expect(splitNumber('more than 9 trillion yuan')).toEqual({ before: 'more than ', number: '9', after: ' trillion yuan' });
    expect(splitNumber('1.0136万亿元')).toEqual({ before: '', number: '1.0136', after: '万亿元' });
    expect(splitNumber('9,356.7亿元')).toEqual({ before: '', number: '9,356.7', after: '亿元' });
    expect(splitNumber('超过9万亿元')).toEqual({ before: '超过', number: '9', after: '万亿元' });
    expect(splitNumber('−2.5%')).toEqual({ before: '', number: '−2.5', after: '%' });
    expect(splitNumber('n/a')).toEqual({ before: '', number: 'n/a', after: '' });
  });

  it('writes the change with its sign or direction', () => {
    expect(formatChange(17.3, 'en')).toBe('+17.3% year on year');
    expect(formatChange(-2.5, 'en')).toBe('−2.5% year on year');
    expect(formatChange(17.3, 'zh-CN')).toBe('同比增长17.3%');
    expect(formatChange(-2.5, 'zh-CN')).toBe('同比下降2.5%');
  });

  it('names every honest-data flag in words', () => {
    expect(markWords(row(1, { lowerBound: true, approximate: true, derived: true, partial: true, period: '2025-12' }), 'en')).toEqual([
      'Lower bound: the source says only "more than"',
      'Approximate: the source says "around"',
      'Derived: computed by the project from sourced figures',
      'Partial period: December 2025 only',
    ]);
    expect(markWords(row(1, { partial: true, period: '2025-01/2025-08' }), 'zh-CN')).toEqual(['非全年数据：仅为2025年1–8月']);
    expect(markWords(row(1), 'en')).toEqual([]);
  });

  it('reads units and figure ids loosely', () => {
    expect(parseUnit(' Percent ')).toBe('percent');
    expect(parseUnit('furlongs')).toBeUndefined();
    expect(parseFigureId('Anhui-Trade')).toBe('anhui-trade');
    expect(parseFigureId('anhui-gdp')).toBeUndefined();
  });
});

describe('bundled cards', () => {
  it('offers the facts the brief lists', () => {
    for (const id of ['anhui-trade', 'anhui-vehicles', 'anhui-new-three', 'anhui-december', 'anhui-jan-aug', 'china-trade', 'henan-trade', 'hubei-trade', 'guangdong-trade', 'partners-growth', 'belt-road-share']) {
      expect(FIGURE_IDS).toContain(id);
    }
  });

  it.each(FIGURE_IDS)('%s comes from its data figure, with its flags, in both languages', (id) => {
    const definition: { value: string; change?: string } = CARD_FIGURES[id];
    const figure = allFigures[definition.value];
    expect(figure, definition.value).toBeDefined();
    for (const locale of ['en', 'zh-CN'] as const) {
      const card = bundledCard(id, locale);
      expect(card.row.value).toBe(figure.value);
      expect(card.row.period).toBe(figure.period);
      expect(card.row.label?.length).toBeGreaterThan(0);
      expect(card.row.label!.length).toBeLessThanOrEqual(80);
      expect(Boolean(card.row.lowerBound)).toBe(Boolean(figure.lowerBound));
      expect(Boolean(card.row.approximate)).toBe(Boolean(figure.approximate));
      expect(Boolean(card.row.partial)).toBe(Boolean(figure.partial));
      expect(Boolean(card.row.derived)).toBe(Boolean(figure.derived));
      expect(card.change).toBe(definition.change ? allFigures[definition.change].value : undefined);
      expect(card.title.length).toBeGreaterThan(0);
    }
  });

  it('marks the partial periods and names their source', () => {
    const december = bundledCard('anhui-december', 'en');
    expect(december.row.partial).toBe(true);
    expect(december.title).toBe('Anhui · December 2025');
    const janAug = bundledCard('anhui-jan-aug', 'zh-CN');
    expect(janAug.row.partial).toBe(true);
    expect(janAug.title).toBe('安徽 · 2025年1–8月');
    expect(citations(janAug.figures, 'en')).toBe('Hefei Customs via PR Newswire, 19 Sep 2025');
  });

  it('gives Guangdong as a lower bound and Hubei with its note and no change', () => {
    expect(bundledCard('guangdong-trade', 'en').row.lowerBound).toBe(true);
    const hubei = bundledCard('hubei-trade', 'en');
    expect(hubei.change).toBeUndefined();
    expect(hubei.row.note).toContain('8.34 trillion');
    expect(bundledCard('hubei-trade', 'zh-CN').row.note).toContain('8.34万亿元');
  });
});

describe('attribute problems (core code badAttribute)', () => {
  it('lists the allowed values, or says a number was expected', () => {
    expect(describeProblem({ code: 'badAttribute', field: 'figure', detail: 'x', allowed: 'a, b' }, 'en')).toBe('The attribute figure="x" is not one of: a, b.');
    expect(describeProblem({ code: 'badAttribute', field: 'change', detail: 'lots' }, 'en')).toBe('The attribute change="lots" is not a number.');
    expect(describeProblem({ code: 'badAttribute', field: 'figure', detail: 'x', allowed: 'a, b' }, 'zh-CN')).toBe('属性 figure="x" 无效，可选值为：a, b。');
  });
});
