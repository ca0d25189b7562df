import { describe, it, expect } from 'vitest';
import { parseRows, cleanLabel, toNumber, describeProblem, rowKey } from '../../src/core/rows.js';

describe('toNumber', () => {
  it('reads numbers with thousands separators and rejects the rest', () => {
    expect(toNumber('1,013.6')).toBe(1013.6);
    expect(toNumber(' 935.67 ')).toBe(935.67);
    expect(toNumber('1 013.6')).toBe(1013.6);
    expect(toNumber('abc')).toBeNaN();
    expect(toNumber('NaN')).toBeNaN();
    expect(toNumber('Infinity')).toBeNaN();
    expect(toNumber(null)).toBeNaN();
    expect(toNumber('12abc')).toBeNaN();
  });
});

describe('cleanLabel', () => {
  it('removes bidi overrides and zero-width characters and shortens long labels', () => {
    expect(cleanLabel('An\u200bhui\u202e')).toBe('Anhui');
    const long = cleanLabel('x'.repeat(200));
    expect(long).toHaveLength(80);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('rowKey', () => {
  it('maps English and Chinese names of known regions to one id', () => {
    expect(rowKey('Anhui')).toBe('anhui');
    expect(rowKey('安徽')).toBe('anhui');
    expect(rowKey('Jiangsu')).toBe('jiangsu');
  });
});

describe('parseRows', () => {
  it('keeps good rows, names the bad ones by row number and field', () => {
    const parsed = parseRows(
      [
        { region: 'Anhui', value: 1013.6 },
        { region: 'Henan', value: 'abc' },
        { region: 'Hubei' },
        { value: 5 },
        { region: 'Guangdong', value: -1 },
        { region: 'anhui', value: 3 },
        'oops',
      ],
      'en',
    );
    expect(parsed.rows.map((r) => r.key)).toEqual(['anhui']);
    expect(parsed.dropped.map((p) => [p.code, p.row])).toEqual([
      ['notNumber', 2],
      ['noValue', 3],
      ['noName', 4],
      ['negative', 5],
      ['duplicate', 6],
      ['rowNotObject', 7],
    ]);
    expect(describeProblem(parsed.dropped[0], 'en')).toBe('Row 2: "value" abc is not a finite number.');
  });

  it('refuses non-arrays, empty and oversized input as a whole', () => {
    expect(parseRows({ region: 'Anhui' }, 'en').fatal?.code).toBe('notArray');
    expect(parseRows([], 'en').fatal?.code).toBe('empty');
    const many = Array.from({ length: 10_000 }, (_, i) => ({ region: `R${i}`, value: i }));
    const tooMany = parseRows(many, 'en');
    expect(tooMany.fatal).toMatchObject({ code: 'tooMany', count: 10_000, limit: 500 });
    expect(describeProblem(tooMany.fatal!, 'zh-CN')).toBe('数据共有10000行，最多只能绘制500行。');
  });

  it('translates known regions, keeps labels, reads flags from strings', () => {
    const parsed = parseRows([{ region: 'anhui', value: '1,013.6', derived: 'true' }, { label: 'Yangtze Delta', value: 1 }], 'zh-CN');
    expect(parsed.rows[0]).toMatchObject({ key: 'anhui', name: '安徽', value: 1013.6, derived: true });
    expect(parsed.rows[1].name).toBe('Yangtze Delta');
  });

  it('allows negatives where the rules say so (growth rates)', () => {
    expect(parseRows([{ region: 'X', value: -3 }], 'en', { allowNegative: true }).rows[0].value).toBe(-3);
  });

  it('ignores inherited and prototype keys', () => {
    const hostile = JSON.parse('[{"__proto__": {"polluted": true}, "region": "Anhui", "value": 1}]');
    const parsed = parseRows(hostile, 'en');
    expect(parsed.rows).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
