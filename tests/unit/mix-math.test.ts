import { describe, it, expect } from 'vitest';
import { newThreeShare, shareOf, sharesOf, sumOf } from '../../src/elements/export-mix/mix-math.js';
import exportsFile from '../../data/anhui-exports-2025.json';
import totals from '../../data/regional-totals-2025.json';

const figures = exportsFile.figures;
const segments = [
  { key: 'ev', value: figures['anhui-ev-exports-2025'].value },
  { key: 'batteries-pv', value: figures['anhui-batteries-pv-exports-2025'].value },
  { key: 'other', value: figures['anhui-other-exports-2025'].value },
];

describe('the export segments', () => {
  it('add up to the exports', () => {
    expect(sumOf(segments.map((s) => s.value))).toBeCloseTo(figures['anhui-exports-2025'].value, 9);
  });

  it('have shares that add up to 100', () => {
    expect(sumOf(sharesOf(segments.map((s) => s.value)))).toBeCloseTo(100, 9);
  });

  it("give the new three's share of exports, nearly 15%", () => {
    const share = newThreeShare(segments, ['ev', 'batteries-pv'])!;
    expect(share).toBeCloseTo(figures['anhui-new-three-share-of-exports-2025'].value, 2);
    expect(share).toBeCloseTo(shareOf(figures['anhui-new-three-exports-2025'].value, figures['anhui-exports-2025'].value)!, 9);
    expect(share).toBeLessThan(15);
  });

  it('need every new-three part to give that share', () => {
    expect(newThreeShare(segments.slice(1), ['ev', 'batteries-pv'])).toBeUndefined();
  });
});

describe('sums and shares', () => {
  it('exports plus imports is the derived total, matching the reported one to rounding', () => {
    const sum = sumOf([figures['anhui-exports-2025'].value, figures['anhui-imports-2025'].value]);
    expect(sum).toBeCloseTo(totals.figures['anhui-exports-plus-imports-2025'].value, 9);
    expect(Math.abs(sum - totals.figures['anhui-trade-2025'].value)).toBeLessThan(0.05);
  });

  it('guard against an empty or zero whole', () => {
    expect(sharesOf([0, 0])).toEqual([0, 0]);
    expect(shareOf(5, 0)).toBeUndefined();
    expect(sumOf([])).toBe(0);
  });
});

describe('the default export rows', () => {
  it('are the three parts, the derived ones flagged, keyed the same in both languages', async () => {
    const { defaultSegmentRows, defaultBalanceRows } = await import('../../src/elements/export-mix/mix-data.js');
    const { messagesFor } = await import('../../src/core/i18n.js');
    const en = defaultSegmentRows('en', messagesFor('en').exportMix);
    const zh = defaultSegmentRows('zh-CN', messagesFor('zh-CN').exportMix);
    expect(en.map((r) => [r.region, r.label, r.value, Boolean(r.derived)])).toEqual([
      ['ev', 'Electric vehicles', 60.85, false],
      ['batteries-pv', 'Batteries and PV', 40.98, true],
      ['other', 'Other exports', 580.48, true],
    ]);
    expect(zh.map((r) => r.region)).toEqual(en.map((r) => r.region));
    expect(zh.map((r) => r.label)).toEqual(['电动汽车', '锂电池和光伏产品', '其他出口']);
    expect(defaultBalanceRows('en', messagesFor('en').exportMix).map((r) => [r.label, r.value])).toEqual([['Exports', 682.31], ['Imports', 331.25]]);
  });
});
