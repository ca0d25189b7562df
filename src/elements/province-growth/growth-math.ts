/** Growth arithmetic and the year axis of the climb view: pure, no DOM, no locale. */

/** A whole calendar year ("2020") from a period; a part of a year ("2025-12", "2025-01/2025-08") is not one. */
export function wholeYear(period: string | undefined): number | undefined {
  const match = /^\s*(\d{4})\s*$/.exec(period ?? '');
  return match ? Number(match[1]) : undefined;
}

/**
 * Compound annual growth rate in percent from a first to a last value `years` apart:
 * ((last / first)^(1 / years) − 1) × 100. Undefined when it cannot be computed honestly.
 */
export function compoundAnnualGrowth(first: number, last: number, years: number): number | undefined {
  if (!(first > 0) || !(last > 0) || !(years > 0) || !Number.isFinite(first + last + years)) return undefined;
  return ((last / first) ** (1 / years) - 1) * 100;
}

/** The longest run of years a time axis spreads out; longer spans fall back to one category per row. */
export const MAX_YEAR_SPAN = 60;

export interface TimeAxis {
  /** One category per year from the first to the last row's year (or one per row when rows are not whole years). */
  categories: string[];
  /** The category index of each row, in row order. */
  slots: number[];
  /** Years between the first and the last with no row: drawn as empty categories, never filled in. */
  gaps: number[];
  /** True when the categories are consecutive years. */
  years: boolean;
}

interface Dated {
  name: string;
  key: string;
  period?: string;
}

/** The year a row stands for: its period, else its key (a row named by its period). */
export function rowYear(row: Dated): number | undefined {
  return wholeYear(row.period) ?? wholeYear(row.key);
}

/** Rows in year order when every row is a whole year; otherwise the order they came in. */
export function sortByYear<T extends Dated>(rows: T[]): T[] {
  const years = rows.map(rowYear);
  if (years.some((year) => year === undefined)) return rows;
  return rows.map((row, index) => ({ row, year: years[index]! })).sort((a, b) => a.year - b.year).map(({ row }) => row);
}

/** The category axis of a time series: every year from first to last, with the missing ones as gaps. */
export function timeAxis(rows: Dated[]): TimeAxis {
  const years = rows.map(rowYear);
  const byRow = (): TimeAxis => ({ categories: rows.map((row) => row.name), slots: rows.map((_, index) => index), gaps: [], years: false });
  if (!rows.length || years.some((year) => year === undefined)) return byRow();
  const first = Math.min(...(years as number[]));
  const last = Math.max(...(years as number[]));
  if (last - first + 1 > MAX_YEAR_SPAN || new Set(years).size !== years.length) return byRow();
  const categories = Array.from({ length: last - first + 1 }, (_, index) => String(first + index));
  const present = new Set(years);
  return {
    categories,
    slots: years.map((year) => year! - first),
    gaps: categories.map(Number).filter((year) => !present.has(year)),
    years: true,
  };
}

/** Missing years as ranges: [2021, 2022, 2023, 2024, 2027] → "2021–2024, 2027". */
export function yearRanges(years: number[], separator = ', '): string {
  const ranges: string[] = [];
  let start: number | undefined;
  let previous: number | undefined;
  for (const year of [...years].sort((a, b) => a - b)) {
    if (start !== undefined && previous !== undefined && year === previous + 1) {
      previous = year;
      continue;
    }
    if (start !== undefined) ranges.push(start === previous ? String(start) : `${start}–${previous}`);
    start = previous = year;
  }
  if (start !== undefined) ranges.push(start === previous ? String(start) : `${start}–${previous}`);
  return ranges.join(separator);
}

/** Fastest first; ties keep their input order. */
export function rankRates<T extends { value: number }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => b.value - a.value);
}

/**
 * The low end of a growth axis with room left of the lowest (negative) bar for its label:
 * `labelWidth` pixels on a plot `plotWidth` pixels wide. Undefined when nothing is negative.
 */
export function roomBelow(values: number[], labelWidth: number, plotWidth: number): number | undefined {
  const low = Math.min(0, ...values);
  if (low >= 0 || plotWidth <= labelWidth * 2) return low < 0 ? low : undefined;
  const high = Math.max(0, ...values);
  const range = high - low;
  return low - (labelWidth * range) / (plotWidth - labelWidth);
}
