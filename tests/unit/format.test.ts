import { describe, it, expect } from 'vitest';
import { formatYuan, formatYuanTick, formatPercent, formatRowValue, describeFlags, formatYuanShort } from '../../src/core/format.js';
import type { Row } from '../../src/core/types.js';

const row = (value: number, extra: Partial<Row> = {}): Row => ({ key: 'x', name: 'X', value, ...extra });

describe('formatYuan', () => {
  it('writes trillions and billions in English', () => {
    expect(formatYuan(1013.6, 'en')).toBe('1.01 trillion yuan');
    expect(formatYuan(935.67, 'en')).toBe('935.7 billion yuan');
    expect(formatYuan(45470, 'en')).toBe('45.47 trillion yuan');
    expect(formatYuan(1013.6, 'en', 4)).toBe('1.0136 trillion yuan');
  });
  it('writes 万亿 and 亿 in Chinese (1 bn = 10 亿)', () => {
    expect(formatYuan(1013.6, 'zh-CN')).toBe('1.01万亿元');
    expect(formatYuan(935.67, 'zh-CN')).toBe('9,356.7亿元');
    expect(formatYuan(111.84, 'zh-CN')).toBe('1,118.4亿元');
  });
  it('abbreviates axis ticks and short labels', () => {
    expect(formatYuanTick(0, 'en')).toBe('0 bn');
    expect(formatYuanTick(2000, 'en')).toBe('2 tn');
    expect(formatYuanTick(500, 'zh-CN')).toBe('5,000亿');
    expect(formatYuanShort(935.67, 'en')).toBe('935.7 bn');
    expect(formatYuanShort(1013.6, 'zh-CN')).toBe('1.01万亿');
  });
});

describe('formatPercent', () => {
  it('signs growth and keeps one decimal', () => {
    expect(formatPercent(17.3, 'en', true)).toBe('+17.3%');
    expect(formatPercent(-2.5, 'en', true)).toBe('−2.5%');
    expect(formatPercent(54, 'zh-CN')).toBe('54%');
  });
});

describe('honest-data wording', () => {
  it('says "more than" for a lower bound and "~" for an approximation', () => {
    expect(formatRowValue(row(9000, { lowerBound: true }), 'yuan', 'en')).toBe('more than 9 trillion yuan');
    expect(formatRowValue(row(9000, { lowerBound: true }), 'yuan', 'zh-CN')).toBe('超过9万亿元');
    expect(formatRowValue(row(5500, { approximate: true }), 'yuan', 'en')).toBe('~5.5 trillion yuan');
  });
  it('lists the flags in words', () => {
    expect(describeFlags(row(1, { derived: true, partial: true }), 'en')).toBe('derived, partial period');
    expect(describeFlags(row(1, { lowerBound: true }), 'zh-CN')).toBe('下限值');
    expect(describeFlags(row(1), 'en')).toBe('');
  });
});
