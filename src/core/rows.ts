import type { DataProblem, Locale, Row, TradeDatum } from './types.js';
import { messagesFor } from './i18n.js';

export interface RowRules {
  /** Growth rates may be negative; trade values may not. */
  allowNegative?: boolean;
  /** More rows than this are refused as a whole, not silently cut. */
  maxRows?: number;
  /** The largest value that makes sense (a share of a whole: 100); larger rows are left out with a reason. */
  maxValue?: number;
  /** A time series: rows are keyed by their `period` ("2020"), which also names them unless a `label` does. */
  periodNames?: boolean;
}

export interface ParsedRows {
  rows: Row[];
  /** Rows that were left out, each with the reason. */
  dropped: DataProblem[];
  /** Set when nothing usable remains: the widget shows this instead of a chart. */
  fatal?: DataProblem;
}

export const DEFAULT_MAX_ROWS = 500;
const MAX_LABEL_LENGTH = 80;
/** Notes and sources are read in the table and the footer, not drawn beside a bar: they may be longer. */
const MAX_NOTE_LENGTH = 400;
// Bidi overrides/isolates and zero-width characters reorder or hide label text on a canvas.
const INVISIBLE_CONTROLS = /[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** A label as drawn: no control or invisible characters, at most 80 characters (or `max`). */
export function cleanLabel(text: string, max = MAX_LABEL_LENGTH): string {
  const clean = text.replace(INVISIBLE_CONTROLS, '').replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** "1,013.6", "1 013.6", " 935.67 " → number; anything else non-numeric → NaN. */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return Number.NaN;
  const compact = value.trim().replace(/[\s_]/g, '');
  // Commas only as thousands separators in groups of three: a decimal comma ("935,67", "1.013,6")
  // is refused with a message rather than read as 93567 or 1.0136.
  if (compact.includes(',') && !/^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(compact)) return Number.NaN;
  const plain = compact.replace(/,/g, '');
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(plain) ? Number(plain) : Number.NaN;
}

/** A user's value as text for a message; never throws (null-prototype objects, throwing toString). */
function showValue(value: unknown): string {
  try {
    return cleanLabel(String(value));
  } catch {
    return Object.prototype.toString.call(value);
  }
}

function toFlag(value: unknown): boolean {
  if (typeof value === 'string') return /^(true|yes|1|y|是)$/i.test(value.trim());
  return value === true || value === 1;
}

const own = (object: object, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(object, key) ? (object as Record<string, unknown>)[key] : undefined;

/** Region ids by every name a user may type: "anhui", "Anhui", "安徽". */
const regionIdsByName = new Map<string, string>();
function regionId(name: string): string | undefined {
  if (!regionIdsByName.size) {
    for (const locale of ['en', 'zh-CN'] as Locale[]) {
      for (const [id, label] of Object.entries(messagesFor(locale).regions)) {
        regionIdsByName.set(label.toLowerCase(), id);
        regionIdsByName.set(id, id);
      }
    }
  }
  return regionIdsByName.get(name.toLowerCase());
}

/** The key that `highlight` and events use: a known region's id, else the cleaned name. */
export function rowKey(name: string): string {
  const clean = cleanLabel(name);
  return regionId(clean) ?? clean.toLowerCase();
}

function optionalText(object: object, key: string, max = MAX_LABEL_LENGTH): string | undefined {
  const value = own(object, key);
  return typeof value === 'string' && value.trim() ? cleanLabel(value, max) : undefined;
}

/** One input row → a Row, or the reason it cannot be drawn. Reads only known own fields. */
function parseRow(input: unknown, rowNumber: number, rules: RowRules, locale: Locale): Row | DataProblem {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { code: 'rowNotObject', row: rowNumber };
  const region = own(input, 'region');
  const label = own(input, 'label');
  // In a time series the period names the row and keys it (one region's years are not duplicates).
  const named = (v: unknown) => (typeof v === 'string' && v.trim()) || typeof v === 'number';
  const seriesPeriod = rules.periodNames && named(own(input, 'period')) ? own(input, 'period') : undefined;
  const rawName = [label, seriesPeriod, region].find(named);
  if (rawName === undefined) return { code: 'noName', row: rowNumber, field: 'region' };
  const rawValue = own(input, 'value');
  if (rawValue === undefined || rawValue === null || rawValue === '') return { code: 'noValue', row: rowNumber, field: 'value' };
  const value = toNumber(rawValue);
  const shown = showValue(rawValue);
  if (!Number.isFinite(value)) return { code: 'notNumber', row: rowNumber, field: 'value', detail: shown };
  if (value < 0 && !rules.allowNegative) return { code: 'negative', row: rowNumber, field: 'value', detail: shown };
  if (rules.maxValue !== undefined && value > rules.maxValue) return { code: 'tooLarge', row: rowNumber, field: 'value', detail: shown, limit: rules.maxValue };
  const key = rowKey(String(seriesPeriod ?? (typeof region === 'string' && region.trim() ? region : rawName)));
  const name = cleanLabel(String(rawName));
  // Own keys only: a region called "constructor" or "__proto__" must not find Object.prototype's members.
  const known = own(messagesFor(locale).regions, key) as string | undefined;
  const row: Row = { key, name: typeof label === 'string' && label.trim() ? name : (known ?? name), value };
  for (const flag of ['lowerBound', 'approximate', 'derived', 'partial'] as const) {
    if (toFlag(own(input, flag))) row[flag] = true;
  }
  const source = optionalText(input, 'source', MAX_NOTE_LENGTH);
  const note = optionalText(input, 'note', MAX_NOTE_LENGTH);
  const period = optionalText(input, 'period');
  if (source) row.source = source;
  if (note) row.note = note;
  if (period) row.period = period;
  return row;
}

/**
 * Validates user data row by row. Good rows are kept, bad ones are listed with their reason;
 * when nothing usable remains, `fatal` says why and the widget draws no chart.
 */
export function parseRows(input: unknown, locale: Locale, rules: RowRules = {}): ParsedRows {
  try {
    return parseList(input, locale, rules);
  } catch {
    // The list itself cannot be read (a Proxy whose traps throw): unusable, but never an exception in the host page.
    return { rows: [], dropped: [], fatal: { code: 'notArray' } };
  }
}

function parseList(input: unknown, locale: Locale, rules: RowRules): ParsedRows {
  const maxRows = rules.maxRows ?? DEFAULT_MAX_ROWS;
  if (!Array.isArray(input)) return { rows: [], dropped: [], fatal: { code: 'notArray' } };
  if (input.length === 0) return { rows: [], dropped: [], fatal: { code: 'empty' } };
  if (input.length > maxRows) return { rows: [], dropped: [], fatal: { code: 'tooMany', count: input.length, limit: maxRows } };
  const rows: Row[] = [];
  const dropped: DataProblem[] = [];
  const seen = new Set<string>();
  input.forEach((item: unknown, index) => {
    let parsed: Row | DataProblem;
    try {
      parsed = parseRow(item as TradeDatum, index + 1, rules, locale);
    } catch {
      // A getter or Proxy trap of the user's object threw: that row cannot be read, the others can.
      parsed = { code: 'rowNotObject', row: index + 1 };
    }
    if ('code' in parsed) {
      dropped.push(parsed);
    } else if (seen.has(parsed.key)) {
      dropped.push({ code: 'duplicate', row: index + 1, detail: parsed.name });
    } else {
      seen.add(parsed.key);
      rows.push(parsed);
    }
  });
  if (!rows.length) return { rows, dropped, fatal: dropped[0] ?? { code: 'empty' } };
  return { rows, dropped };
}

/** A problem in words, in the widget's locale. */
export function describeProblem(problem: DataProblem, locale: Locale): string {
  const e = messagesFor(locale).errors;
  const row = problem.row ?? 0;
  const detail = problem.detail ?? '';
  switch (problem.code) {
    case 'json': return e.json(detail);
    case 'csv': return e.csv(detail);
    case 'notArray': return e.notArray;
    case 'empty': return e.empty;
    case 'tooMany': return e.tooMany(problem.count ?? 0, problem.limit ?? DEFAULT_MAX_ROWS);
    case 'rowNotObject': return e.rowNotObject(row);
    case 'noName': return e.noName(row);
    case 'noValue': return e.noValue(row);
    case 'notNumber': return e.notNumber(row, detail);
    case 'negative': return e.negative(row, detail);
    case 'tooLarge': return e.tooLarge(row, detail, problem.limit ?? 0);
    case 'duplicate': return e.duplicate(row, detail);
    case 'badAttribute': return e.badAttributeValue(problem.field ?? '', detail, problem.allowed);
    case 'fetchFailed': return e.fetchFailed(detail);
    case 'fetchTimeout': return e.fetchTimeout(problem.count ?? 0);
    case 'fetchHtml': return e.fetchHtml;
    case 'fetchTooLarge': return e.fetchTooLarge(problem.count ?? 0);
  }
}
