import type { Locale, Row } from '../../core/types.js';
import { formatNumber, formatPercent, formatYuan } from '../../core/format.js';
import { messagesFor } from '../../core/i18n.js';

/** What a card's number counts: billions of yuan, a percentage, a plain count, or vehicles. */
export const FIGURE_UNITS = ['yuan-bn', 'percent', 'count', 'vehicles'] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

/** The unit named by an attribute ("Yuan-BN " → "yuan-bn"), or undefined when it is not one. */
export function parseUnit(text: string | undefined | null): FigureUnit | undefined {
  const wanted = text?.trim().toLowerCase();
  return FIGURE_UNITS.find((unit) => unit === wanted);
}

/** Counts in the words a reader uses: "1.228 million" / "122.8万", "189". */
export function formatCount(value: number, locale: Locale): string {
  const units = messagesFor(locale).units;
  if (locale === 'zh-CN' && Math.abs(value) >= 1e4) return units.million(formatNumber(value / 1e4, locale, 2));
  if (locale !== 'zh-CN' && Math.abs(value) >= 1e6) return units.million(formatNumber(value / 1e6, locale, 3));
  return formatNumber(value, locale, 2);
}

/**
 * A card's number as text, at the precision the source gives ("1.0136 trillion yuan" / "1.0136万亿元",
 * "13.96%", "1.228 million vehicles"), with its honest-data qualifier ("more than", "~").
 */
export function formatFigureValue(row: Pick<Row, 'value' | 'lowerBound' | 'approximate'>, unit: FigureUnit, locale: Locale): string {
  const t = messagesFor(locale);
  const core =
    unit === 'yuan-bn'
      ? formatYuan(row.value, locale, 4)
      : unit === 'percent'
        ? formatPercent(row.value, locale, false, 2)
        : unit === 'vehicles'
          ? t.figure.vehicles(formatCount(row.value, locale))
          : formatCount(row.value, locale);
  if (row.lowerBound) return locale === 'zh-CN' ? `${t.flags.lowerBoundMark}${core}` : `${t.flags.lowerBoundMark} ${core}`;
  if (row.approximate) return `~${core}`;
  return core;
}

/** Splits a formatted value around its number, so the number can be drawn large: "more than " · "9" · " trillion yuan". */
export function splitNumber(text: string): { before: string; number: string; after: string } {
  const match = /[−+-]?\d(?:[\d,.\u00a0\u202f ]*\d)?/.exec(text);
  if (!match) return { before: '', number: text, after: '' };
  return { before: text.slice(0, match.index), number: match[0], after: text.slice(match.index + match[0].length) };
}

const monthName = (month: number, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1)));

function formatMonth(year: number, month: number, locale: Locale): string {
  return locale === 'zh-CN' ? `${year}年${month}月` : `${monthName(month, locale)} ${year}`;
}

/**
 * A data period in words: "2025" → "2025" / "2025年"; "2025-12" → "December 2025" / "2025年12月";
 * "2025-01/2025-08" → "January–August 2025" / "2025年1–8月". Other text is returned as given.
 */
export function formatPeriod(period: string, locale: Locale): string {
  const text = period.trim();
  let m = /^(\d{4})$/.exec(text);
  if (m) return locale === 'zh-CN' ? `${m[1]}年` : m[1];
  m = /^(\d{4})-(\d{2})$/.exec(text);
  if (m) return formatMonth(Number(m[1]), Number(m[2]), locale);
  m = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/.exec(text);
  if (m) {
    const [y1, m1, y2, m2] = m.slice(1).map(Number);
    if (y1 !== y2) return `${formatMonth(y1, m1, locale)}–${formatMonth(y2, m2, locale)}`;
    return locale === 'zh-CN' ? `${y1}年${m1}–${m2}月` : `${monthName(m1, locale)}–${monthName(m2, locale)} ${y1}`;
  }
  return text;
}

/** A growth rate as the card shows it: "+17.3% year on year" / "同比增长17.3%". */
export function formatChange(change: number, locale: Locale): string {
  return messagesFor(locale).figure.change(formatPercent(change, locale, true), formatPercent(Math.abs(change), locale), change < 0);
}

/** The row's honest-data marks in words, one per flag: lower bound, approximate, derived, partial period. */
export function markWords(row: Row, locale: Locale): string[] {
  const t = messagesFor(locale);
  const marks: string[] = [];
  if (row.lowerBound) marks.push(t.figure.marks.lowerBound);
  if (row.approximate) marks.push(t.figure.marks.approximate);
  if (row.derived) marks.push(t.figure.marks.derived);
  if (row.partial) marks.push(row.period ? t.figure.marks.partial(formatPeriod(row.period, locale)) : t.flags.partial);
  return marks;
}
