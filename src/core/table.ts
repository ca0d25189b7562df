import type { Locale, Row } from './types.js';
import { describeFlags, formatRowValue, type ValueKind } from './format.js';
import { messagesFor } from './i18n.js';

/** The data table as plain strings: the same rows, in the same order, the chart draws. */
export interface TableModel {
  caption: string;
  headers: string[];
  /** Raw values for the CSV; `cells` for people. */
  cells: string[][];
  raw: (string | number)[][];
}

export function tableModel(rows: Row[], kind: ValueKind, locale: Locale, caption: string): TableModel {
  const t = messagesFor(locale).frame;
  const headers = [t.columnName, t.columnValue, t.columnNote, t.columnSource];
  const note = (row: Row) => [describeFlags(row, locale), row.note ?? ''].filter(Boolean).join(' · ');
  return {
    caption,
    headers,
    cells: rows.map((row) => [row.name, formatRowValue(row, kind, locale), note(row), row.source ?? '']),
    raw: rows.map((row) => [row.name, row.value, note(row), row.source ?? '']),
  };
}

/** A CSV field, quoted when needed; a leading =, +, - or @ is neutralised so spreadsheets never run it. */
function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 CSV with a BOM, so Excel opens Chinese text correctly. */
export function tableToCsv(table: TableModel, valueHeader: string): string {
  const headers = [table.headers[0], valueHeader, table.headers[2], table.headers[3]];
  const lines = [headers, ...table.raw].map((line) => line.map(csvField).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
