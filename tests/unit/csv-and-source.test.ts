import { describe, it, expect } from 'vitest';
import { csvToObjects, parseCsvRecords } from '../../src/core/csv.js';
import { parseBody } from '../../src/core/load-source.js';
import { tableModel, tableToCsv } from '../../src/core/table.js';
import { normalizeLocale } from '../../src/core/i18n.js';
import { preUpgradeStylesheet, WIDGET_BOXES } from '../../src/core/layout.js';

describe('CSV', () => {
  it('reads quoted fields, doubled quotes, CRLF and a BOM', () => {
    const records = parseCsvRecords('\ufeffregion,value,note\r\n"Anhui",1013.6,"first ""central"" province, 2025"\r\nHenan,935.67,\r\n');
    expect(records).toEqual([
      ['region', 'value', 'note'],
      ['Anhui', '1013.6', 'first "central" province, 2025'],
      ['Henan', '935.67', ''],
    ]);
  });
  it('maps Chinese headers and detects semicolons', () => {
    expect(csvToObjects('地区;数值\n安徽;"1,013.6"')).toEqual([{ region: '安徽', value: '1,013.6' }]);
  });
  it('fails clearly on an unclosed quote', () => {
    expect(() => parseCsvRecords('region,value\n"Anhui,1')).toThrow('a quoted field is not closed');
  });
});

describe('parseBody', () => {
  it('tells JSON, CSV and HTML apart by content', () => {
    expect(parseBody('[{"region":"Anhui","value":1}]', 'text/plain')).toEqual({ data: [{ region: 'Anhui', value: 1 }] });
    expect(parseBody('region,value\nAnhui,1', 'text/csv')).toEqual({ data: [{ region: 'Anhui', value: '1' }] });
    expect(parseBody('<!doctype html><p>Not found', 'text/html')).toEqual({ problem: { code: 'fetchHtml' } });
    expect(parseBody('{"broken":', 'application/json')).toMatchObject({ problem: { code: 'json' } });
  });
});

describe('table and CSV download', () => {
  const rows = [
    { key: 'guangdong', name: 'Guangdong', value: 9000, lowerBound: true, source: 'China Daily Brief, 2026' },
    { key: 'x', name: '=HYPERLINK("evil")', value: 1 },
  ];
  it('formats cells for people and keeps raw numbers for the CSV', () => {
    const table = tableModel(rows, 'yuan', 'en', 'Title');
    expect(table.cells[0]).toEqual(['Guangdong', 'more than 9 trillion yuan', 'lower bound', 'China Daily Brief, 2026']);
    const csv = tableToCsv(table, 'Value (billion yuan)');
    expect(csv.startsWith('\ufeffName,Value (billion yuan),Note,Source\r\n')).toBe(true);
    expect(csv).toContain('Guangdong,9000,lower bound,"China Daily Brief, 2026"');
    // Spreadsheet formulas are neutralised.
    expect(csv).toContain(`"'=HYPERLINK(""evil"")",1`);
  });
});

describe('locale and layout', () => {
  it('normalises language tags', () => {
    expect(normalizeLocale('zh')).toBe('zh-CN');
    expect(normalizeLocale('zh-Hans-CN')).toBe('zh-CN');
    expect(normalizeLocale('en-GB')).toBe('en');
    expect(normalizeLocale('fr')).toBeUndefined();
  });
  it('writes one :not(:defined) box per tag, under 1 KB gzip', async () => {
    const css = preUpgradeStylesheet();
    for (const tag of Object.keys(WIDGET_BOXES)) expect(css).toContain(`${tag}:not(:defined){display:block`);
    const { gzipSync } = await import('node:zlib');
    expect(gzipSync(css, { level: 9 }).length).toBeLessThan(1024);
  });
});
