/**
 * A small RFC 4180 CSV reader (quoted fields, doubled quotes, CRLF, BOM, comma/semicolon/tab).
 * Hand-written rather than a dependency: it is 1 KB where the well-kept parsers are 7 KB+ gzip,
 * and the widgets' byte budget counts every kilobyte.
 */

const HEADER_ALIASES: Record<string, string> = {
  region: 'region', province: 'region', name: 'label', label: 'label', value: 'value',
  source: 'source', note: 'note', period: 'period',
  lowerbound: 'lowerBound', approximate: 'approximate', derived: 'derived', partial: 'partial',
  地区: 'region', 省份: 'region', 省市: 'region', 名称: 'label', 标签: 'label', 数值: 'value', 金额: 'value',
  值: 'value', 来源: 'source', 数据来源: 'source', 备注: 'note', 说明: 'note', 时期: 'period', 期间: 'period',
};

/** Splits CSV text into records of fields. Throws a plain Error with a readable message on an unclosed quote. */
export function parseCsvRecords(text: string): string[][] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = source.slice(0, source.search(/\r?\n|$/));
  const delimiter = [',', ';', '\t'].reduce((best, d) => (firstLine.split(d).length > firstLine.split(best).length ? d : best));
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') { field += '"'; i++; }
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) { record.push(field); field = ''; }
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += char;
  }
  if (quoted) throw new Error('a quoted field is not closed');
  if (field !== '' || record.length) { record.push(field); records.push(record); }
  return records.filter((r) => r.some((cell) => cell.trim() !== ''));
}

/** The row field a CSV header names. Own keys only: "constructor" or "__proto__" must not find Object.prototype's members. */
function headerKey(header: string): string {
  const key = header.trim().toLowerCase().replace(/[\s_-]/g, '');
  return Object.hasOwn(HEADER_ALIASES, key) ? HEADER_ALIASES[key] : header.trim();
}

/** CSV with a header row → objects keyed by the row contract's field names (English or Chinese headers). */
export function csvToObjects(text: string): Record<string, string>[] {
  const [header, ...body] = parseCsvRecords(text);
  if (!header) return [];
  const keys = header.map(headerKey);
  return body.map((cells) => {
    const object: Record<string, string> = Object.create(null);
    keys.forEach((key, i) => { if (cells[i] !== undefined) object[key] = cells[i].trim(); });
    return object;
  });
}
