import { describe, it, expect } from 'vitest';
import partners from '../../data/anhui-partners-2025.json';
import totals from '../../data/regional-totals-2025.json';
import { aseanShare, beltRoadShareCheck, defaultPartnerRows, shareOf, SHARE_MAX } from '../../src/elements/trade-partners/partners-data.js';
import { labelPieces, wrapLabel } from '../../src/elements/trade-partners/partners-chart.js';
import { describeProblem, parseRows } from '../../src/core/rows.js';

const figures = partners.figures;
const total = totals.figures['anhui-trade-2025'].value;

describe('shares of Anhui\'s total trade', () => {
  it('computes a share as a percentage of the whole, rounded', () => {
    expect(shareOf(141.5, 1013.6)).toBe(13.96);
    expect(shareOf(550.33, 1013.6, 1)).toBe(54.3);
    expect(shareOf(50, 200, 0)).toBe(25);
    expect(shareOf(1, 0)).toBeNaN();
    expect(shareOf(Number.NaN, 10)).toBeNaN();
  });

  it('derives ASEAN\'s share from the sourced amounts, matching the data file', () => {
    expect(aseanShare()).toBe(shareOf(figures['anhui-asean-trade-2025'].value, total));
    expect(aseanShare()).toBe(figures['anhui-asean-share-of-trade-2025'].value);
  });

  it('cross-checks the sourced Belt-and-Road 54% against 550.33 / 1,013.6', () => {
    expect(beltRoadShareCheck()).toBe(54.3);
    expect(Math.abs(beltRoadShareCheck() - figures['anhui-bri-share-of-trade-2025'].value)).toBeLessThan(0.5);
  });

  it('builds the default rows: ASEAN derived, Belt-and-Road sourced, amounts in the notes', () => {
    const [asean, beltRoad] = defaultPartnerRows('en');
    expect(asean).toMatchObject({ region: 'asean', label: 'ASEAN', value: 13.96, derived: true, period: '2025', source: 'China Daily Brief, 2026' });
    expect(asean.note).toBe("141.5 billion yuan; Anhui's largest trading partner");
    expect(beltRoad).toMatchObject({ region: 'belt-and-road', label: 'Belt-and-Road economies (incl. ASEAN)', value: 54 });
    expect(beltRoad.derived).toBeUndefined();
    expect(beltRoad.note).toBe('550.33 billion yuan; the source gives 54% (computed: 54.3%)');
    for (const row of [asean, beltRoad]) expect(row.value).toBeLessThanOrEqual(SHARE_MAX);
  });

  it('writes the default rows in Chinese', () => {
    const [asean, beltRoad] = defaultPartnerRows('zh-CN');
    expect(asean.label).toBe('东盟');
    expect(asean.note).toBe('1,415亿元；安徽第一大贸易伙伴');
    expect(beltRoad.label).toBe('“一带一路”经济体（含东盟）');
    expect(beltRoad.note).toBe('5,503.3亿元；资料来源为54%（计算值为54.3%）');
  });
});

describe('category labels in lines', () => {
  const measure = (text: string) => text.length * 7;

  it('breaks English between words only', () => {
    expect(labelPieces('Belt-and-Road economies (incl. ASEAN)', 'en')).toEqual(['Belt-and-Road ', 'economies ', '(incl. ASEAN)']);
    const lines = wrapLabel('Belt-and-Road economies (incl. ASEAN)', 100, measure, 'en');
    expect(lines).toEqual(['Belt-and-Road', 'economies', '(incl. ASEAN)']);
  });

  it('keeps a label that fits on one line as a string', () => {
    expect(wrapLabel('ASEAN', 100, measure, 'en')).toBe('ASEAN');
    expect(wrapLabel('Belt-and-Road economies (incl. ASEAN)', 400, measure, 'en')).toBe('Belt-and-Road economies (incl. ASEAN)');
  });

  it('breaks Chinese between words, punctuation kept with its word', () => {
    const text = '“一带一路”经济体（含东盟）';
    const pieces = labelPieces(text, 'zh-CN');
    expect(pieces.join('')).toBe(text);
    for (const piece of pieces) {
      expect(piece).not.toMatch(/^[”）]/);
      expect(piece).not.toMatch(/[“（]$/);
    }
    const lines = wrapLabel(text, 60, measure, 'zh-CN') as string[];
    expect(lines.join('')).toBe(text);
    for (const line of lines) expect(line).not.toMatch(/^[”）]/);
  });
});

describe('shares above 100 (core rule maxValue)', () => {
  it('leaves out a value larger than the maximum, with a reason in both languages', () => {
    const parsed = parseRows([{ label: 'ASEAN', value: 141.5 }, { label: 'B&R', value: 54 }], 'en', { maxValue: SHARE_MAX });
    expect(parsed.rows.map((r) => r.name)).toEqual(['B&R']);
    expect(parsed.dropped).toEqual([{ code: 'tooLarge', row: 1, field: 'value', detail: '141.5', limit: 100 }]);
    expect(describeProblem(parsed.dropped[0], 'en')).toBe('Row 1: "value" 141.5 is larger than 100.');
    expect(describeProblem(parsed.dropped[0], 'zh-CN')).toBe('第1行："value" 141.5 大于100。');
    expect(parseRows([{ label: 'x', value: 100 }], 'en', { maxValue: 100 }).rows).toHaveLength(1);
  });

  it('keeps notes and sources longer than a label (up to 400 characters)', () => {
    const note = 'n'.repeat(150);
    const [row] = parseRows([{ label: 'x', value: 1, note, source: note }], 'en').rows;
    expect(row.note).toBe(note);
    expect(row.source).toBe(note);
    expect(parseRows([{ label: 'x'.repeat(100), value: 1 }], 'en').rows[0].name).toHaveLength(80);
  });
});
