import { describe, it, expect } from 'vitest';
import { compoundAnnualGrowth, rankRates, roomBelow, rowYear, sortByYear, timeAxis, wholeYear, yearRanges } from '../../src/elements/province-growth/growth-math.js';
import totals from '../../data/regional-totals-2025.json';

const figures = totals.figures;
const row = (name: string, period?: string) => ({ name, key: name.toLowerCase(), period });

describe('compoundAnnualGrowth', () => {
  it("gives Anhui's derived 2020–2025 rate from the two sourced totals", () => {
    const first = figures['anhui-trade-2020'];
    const last = figures['anhui-trade-2025'];
    const rate = compoundAnnualGrowth(first.value, last.value, Number(last.period) - Number(first.period))!;
    expect(rate).toBeCloseTo(13.2, 1);
    expect(Number(rate.toFixed(figures['anhui-trade-cagr-2020-2025'].derived.decimals))).toBe(figures['anhui-trade-cagr-2020-2025'].value);
  });

  it('compounds: growing 10% a year for two years is 21%', () => {
    expect(compoundAnnualGrowth(100, 121, 2)).toBeCloseTo(10, 10);
    expect(compoundAnnualGrowth(100, 81, 2)).toBeCloseTo(-10, 10);
  });

  it('refuses what it cannot compute honestly', () => {
    expect(compoundAnnualGrowth(0, 100, 5)).toBeUndefined();
    expect(compoundAnnualGrowth(-5, 100, 5)).toBeUndefined();
    expect(compoundAnnualGrowth(100, 200, 0)).toBeUndefined();
    expect(compoundAnnualGrowth(Number.NaN, 200, 3)).toBeUndefined();
  });
});

describe('wholeYear and rowYear', () => {
  it('reads whole years only: partial periods are not years', () => {
    expect(wholeYear('2020')).toBe(2020);
    expect(wholeYear(' 2025 ')).toBe(2025);
    expect(wholeYear(figures['anhui-trade-2025-12'].period)).toBeUndefined();
    expect(wholeYear(figures['anhui-trade-2025-01-08'].period)).toBeUndefined();
    expect(wholeYear(undefined)).toBeUndefined();
    expect(wholeYear('Anhui')).toBeUndefined();
  });

  it('falls back to the key of a row named by its period', () => {
    expect(rowYear({ name: 'End of plan', key: 'end of plan', period: '2020' })).toBe(2020);
    expect(rowYear({ name: '2019', key: '2019' })).toBe(2019);
  });
});

describe('timeAxis', () => {
  it('spreads 2020 and 2025 over six years and leaves 2021–2024 empty', () => {
    const axis = timeAxis([row('2020', '2020'), row('2025', '2025')]);
    expect(axis.categories).toEqual(['2020', '2021', '2022', '2023', '2024', '2025']);
    expect(axis.slots).toEqual([0, 5]);
    expect(axis.gaps).toEqual([2021, 2022, 2023, 2024]);
    expect(axis.years).toBe(true);
  });

  it('uses one category per row when a row is not a whole year', () => {
    const axis = timeAxis([row('2024', '2024'), row('Jan–Aug 2025', '2025-01/2025-08')]);
    expect(axis).toEqual({ categories: ['2024', 'Jan–Aug 2025'], slots: [0, 1], gaps: [], years: false });
  });

  it('does not spread a span too long to read', () => {
    expect(timeAxis([row('1900', '1900'), row('2025', '2025')]).years).toBe(false);
  });

  it('is empty for no rows', () => {
    expect(timeAxis([]).categories).toEqual([]);
  });
});

describe('sortByYear, rankRates', () => {
  it('orders years, and leaves undated rows as given', () => {
    expect(sortByYear([row('2025', '2025'), row('2020', '2020')]).map((r) => r.name)).toEqual(['2020', '2025']);
    expect(sortByYear([row('b'), row('a')]).map((r) => r.name)).toEqual(['b', 'a']);
  });

  it('ranks the fastest first', () => {
    expect(rankRates([{ value: 14.1 }, { value: -2 }, { value: 17.3 }]).map((r) => r.value)).toEqual([17.3, 14.1, -2]);
  });
});

describe('yearRanges', () => {
  it('joins consecutive years', () => {
    expect(yearRanges([2021, 2022, 2023, 2024])).toBe('2021–2024');
    expect(yearRanges([2024, 2021, 2022, 2027])).toBe('2021–2022, 2024, 2027');
    expect(yearRanges([2021], '、')).toBe('2021');
    expect(yearRanges([])).toBe('');
  });
});

describe('roomBelow', () => {
  it('leaves the axis alone without a fall', () => {
    expect(roomBelow([17.3, 14.1, 3.8], 50, 400)).toBeUndefined();
  });

  it('extends the axis below a fall by the width of its label', () => {
    const low = roomBelow([17.3, -2.4], 50, 400)!;
    expect(low).toBeLessThan(-2.4);
    // The label's share of the plot equals the added room's share of the range.
    expect((-2.4 - low) / (17.3 - low)).toBeCloseTo(50 / 400, 10);
  });
});

describe('the default rows (pure modules: importable without a DOM)', () => {
  it('rates: the regions with a sourced 2025 rate, and no Hubei', async () => {
    const { defaultRateRows, NATIONAL_RATE } = await import('../../src/elements/province-growth/growth-data.js');
    const rows = defaultRateRows('en');
    expect(rows.map((r) => [r.region, r.value])).toEqual([['anhui', 17.3], ['henan', 14.1]]);
    expect(rows.some((r) => r.region === 'hubei')).toBe(false);
    expect(NATIONAL_RATE.value).toBe(figures['china-trade-growth-2025'].value);
  });

  it('climb: the two sourced totals named by their years, none in between', async () => {
    const { defaultClimbRows } = await import('../../src/elements/province-growth/growth-data.js');
    const rows = defaultClimbRows('en', 'note');
    expect(rows.map((r) => [r.label, r.period, r.value])).toEqual([['2020', '2020', 545.15], ['2025', '2025', 1013.6]]);
    expect(rows[0].note).toBe('note');
  });

  it('the chart modules load in Node', async () => {
    await expect(import('../../src/elements/province-growth/growth-chart.js')).resolves.toHaveProperty('climbChart');
    await expect(import('../../src/elements/export-mix/mix-chart.js')).resolves.toHaveProperty('segmentsChart');
  });
});
