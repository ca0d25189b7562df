import type { Locale, Row } from './types.js';
import { messagesFor } from './i18n.js';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A cached `Intl.NumberFormat`: formatting a long table must not build one per cell. */
function numberFormat(locale: Locale, maxDigits: number, minDigits = 0): Intl.NumberFormat {
  const key = `${locale}|${maxDigits}|${minDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: maxDigits, minimumFractionDigits: minDigits });
    numberFormats.set(key, format);
  }
  return format;
}

export function formatNumber(value: number, locale: Locale, maxDigits = 2, minDigits = 0): string {
  return numberFormat(locale, maxDigits, minDigits).format(value);
}

/** One trillion yuan in billions: the club's threshold and the unit switch point. */
export const TRILLION_IN_BN = 1000;

/**
 * Money given in billions of yuan, in words a reader uses: "1.01 trillion yuan" / "1.01万亿元",
 * "935.7 billion yuan" / "9,356.7亿元" (Chinese counts in 亿 = 0.1 bn).
 */
export function formatYuan(billions: number, locale: Locale, digits?: number): string {
  const units = messagesFor(locale).units;
  if (Math.abs(billions) >= TRILLION_IN_BN) {
    return units.trillionYuan(formatNumber(billions / TRILLION_IN_BN, locale, digits ?? 2));
  }
  const inLocalUnit = locale === 'zh-CN' ? billions * 10 : billions;
  return units.billionYuan(formatNumber(inLocalUnit, locale, digits ?? 1));
}

/** Short axis ticks: "500 bn", "1 tn" / "5,000亿", "1万亿". */
export function formatYuanTick(billions: number, locale: Locale): string {
  const units = messagesFor(locale).units;
  if (billions !== 0 && Math.abs(billions) >= TRILLION_IN_BN) {
    return units.tickTrillion(formatNumber(billions / TRILLION_IN_BN, locale, 2));
  }
  return units.tickBillion(formatNumber(locale === 'zh-CN' ? billions * 10 : billions, locale, 0));
}

/** "17.3%"; with `signed`, "+17.3%" (growth). */
export function formatPercent(value: number, locale: Locale, signed = false, digits = 1): string {
  const text = messagesFor(locale).units.percent(formatNumber(Math.abs(value), locale, digits));
  if (!signed) return value < 0 ? `−${text}` : text;
  return `${value < 0 ? '−' : '+'}${text}`;
}

export type ValueKind = 'yuan' | 'percent' | 'growth';

/** A row's value as text, with its honest-data qualifier: "more than 9 trillion yuan", "~5.5 trillion yuan". */
export function formatRowValue(row: Row, kind: ValueKind, locale: Locale): string {
  const flags = messagesFor(locale).flags;
  const core =
    kind === 'yuan' ? formatYuan(row.value, locale) : formatPercent(row.value, locale, kind === 'growth');
  if (row.lowerBound) return locale === 'zh-CN' ? `${flags.lowerBoundMark}${core}` : `${flags.lowerBoundMark} ${core}`;
  if (row.approximate) return `~${core}`;
  return core;
}

/** The flags a row carries, as words: "lower bound, derived". Empty when it has none. */
export function describeFlags(row: Row, locale: Locale): string {
  const flags = messagesFor(locale).flags;
  const words: string[] = [];
  if (row.lowerBound) words.push(flags.lowerBound);
  if (row.approximate) words.push(flags.approximate);
  if (row.derived) words.push(flags.derived);
  if (row.partial) words.push(flags.partial);
  return words.join(locale === 'zh-CN' ? '，' : ', ');
}

/** Short value labels for narrow columns: "1.01 tn", "935.7 bn" / "1.01万亿", "9,356.7亿". */
export function formatYuanShort(billions: number, locale: Locale): string {
  const units = messagesFor(locale).units;
  if (Math.abs(billions) >= TRILLION_IN_BN) return units.tickTrillion(formatNumber(billions / TRILLION_IN_BN, locale, 2));
  return units.tickBillion(formatNumber(locale === 'zh-CN' ? billions * 10 : billions, locale, 1));
}
