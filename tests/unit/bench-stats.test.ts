import { describe, it, expect } from 'vitest';
import { cumulativeLayoutShift, formatTable, kB, longTaskCount, markdownTable, median, quantile, ratio, totalBlockingTime } from '../../bench/lib/stats.mjs';

describe('bench statistics', () => {
  it('median of odd and even counts, ignoring non-numbers, NaN when empty', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([2, NaN, 1, Infinity, 3])).toBe(2);
    expect(median([])).toBeNaN();
  });

  it('does not reorder the caller’s array', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('quantile interpolates between ranks', () => {
    expect(quantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(quantile([10, 20], 0.25)).toBe(12.5);
    expect(quantile([7], 0.9)).toBe(7);
    expect(quantile([1, 2, 3], 2)).toBe(3);
  });

  it('total blocking time sums the part of each task over 50 ms', () => {
    expect(totalBlockingTime([30, 50, 51, 120, 250])).toBe(1 + 70 + 200);
    expect(totalBlockingTime([])).toBe(0);
    expect(totalBlockingTime([80], 30)).toBe(50);
    expect(longTaskCount([30, 50, 51, 120])).toBe(2);
  });

  it('layout shift leaves out shifts after input', () => {
    expect(cumulativeLayoutShift([])).toBe(0);
    expect(cumulativeLayoutShift([{ value: 0.1, hadRecentInput: false }, { value: 0.5, hadRecentInput: true }, { value: 0.02, hadRecentInput: false }])).toBeCloseTo(0.12);
  });

  it('ratio is NaN without a positive denominator', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(3, 0)).toBeNaN();
    expect(ratio(NaN, 2)).toBeNaN();
  });

  it('formats kB as 1000 bytes and aligns tables', () => {
    expect(kB(74_086)).toBe('74.1');
    expect(kB(NaN)).toBe('n/a');
    expect(formatTable([['a', 'b'], ['long name', 1]])).toBe('a          b\n---------  -\nlong name  1');
    expect(markdownTable([['a', 'b'], ['x', 2]])).toBe('| a | b |\n|---|---:|\n| x | 2 |');
  });
});
